//! House rules about how the source is put together, checked on every test run:
//! no file imports another that imports it back (directly or through a chain),
//! and each layer uses only the layers below it (see ARCHITECTURE.md).
//!
//! The check reads `src/` as text: every `crate::`, `super::` and `self::` path
//! (in `use` items and inline) is resolved to the file that defines the module
//! it names. A path into a module's re-exports counts as using that module's
//! `mod.rs`, which is why a module's files import their siblings directly.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// One source file: its module path (`["ui", "panels", "chart"]`) and its text
/// with comments and literals blanked out.
struct SourceFile {
    module: Vec<String>,
    code: String,
}

fn source_files() -> Vec<SourceFile> {
    let src = super::common::root().join("src");
    let mut files = Vec::new();
    collect(&src, &src, &mut files);
    files
}

fn collect(src: &Path, dir: &Path, files: &mut Vec<SourceFile>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("src is readable")
        .map(|entry| entry.expect("src entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(src, &path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let relative = path.strip_prefix(src).expect("under src");
            // The binary is its own crate; it reaches the library as `sinergi::`.
            if relative == Path::new("main.rs") {
                continue;
            }
            let mut module: Vec<String> = relative
                .with_extension("")
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if module
                .last()
                .is_some_and(|last| last == "mod" || last == "lib")
            {
                module.pop();
            }
            let text = std::fs::read_to_string(&path).expect("source is UTF-8");
            files.push(SourceFile {
                module,
                code: blank_comments_and_literals(&text),
            });
        }
    }
}

/// The text with comments, string and char literals replaced by spaces, so that
/// a path quoted in a doc comment or a message is not taken for an import.
fn blank_comments_and_literals(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && chars.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && chars.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
            out.push(' ');
        } else if c == 'r' && (next == Some('"') || next == Some('#')) && !ident_before(&chars, i) {
            // A raw string: r"..." or r#"..."#.
            let mut j = i + 1;
            let mut hashes = 0;
            while chars.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if chars.get(j) == Some(&'"') {
                j += 1;
                loop {
                    if j >= chars.len() {
                        break;
                    }
                    if chars[j] == '"' && (0..hashes).all(|h| chars.get(j + 1 + h) == Some(&'#')) {
                        j += 1 + hashes;
                        break;
                    }
                    j += 1;
                }
                out.push_str("\"\"");
                i = j;
            } else {
                out.push(c);
                i += 1;
            }
        } else if c == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                if chars[i] == '\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
            out.push_str("\"\"");
        } else if c == '\'' && is_char_literal(&chars, i) {
            i += 1;
            while i < chars.len() && chars[i] != '\'' {
                if chars[i] == '\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
            out.push_str("' '");
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn ident_before(chars: &[char], i: usize) -> bool {
    i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '_')
}

/// Tells `'a'` and `'\n'` from a lifetime such as `'a`.
fn is_char_literal(chars: &[char], i: usize) -> bool {
    matches!(
        (chars.get(i + 1), chars.get(i + 2)),
        (Some('\\'), _) | (Some(_), Some('\''))
    )
}

/// Every path the code names that starts at `crate`, `super` or `self`, and every
/// `use` path, with the inline modules (`mod tests { .. }`) it sits in. `use`
/// trees are expanded.
fn named_paths(code: &str) -> Vec<(Vec<String>, Vec<String>)> {
    let tokens = tokenize(code);
    let mut paths = Vec::new();
    let mut inline: Vec<(String, usize)> = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    while i < tokens.len() {
        let token = tokens[i].as_str();
        match token {
            "{" => depth += 1,
            "}" => {
                depth = depth.saturating_sub(1);
                if inline.last().is_some_and(|(_, d)| *d == depth) {
                    inline.pop();
                }
            }
            "mod" if tokens.get(i + 2).is_some_and(|t| t == "{") => {
                inline.push((tokens[i + 1].clone(), depth));
            }
            "use" => {
                let (trees, end) = use_tree(&tokens, i + 1, &[]);
                let scope: Vec<String> = inline.iter().map(|(name, _)| name.clone()).collect();
                for tree in trees {
                    // Other first segments name a crate, or a child module (resolved later).
                    paths.push((scope.clone(), tree));
                }
                i = end;
                continue;
            }
            "crate" | "super" | "self" if tokens.get(i + 1).is_some_and(|t| t == "::") => {
                let previous = i.checked_sub(1).map(|p| tokens[p].as_str());
                if previous != Some("::") {
                    let mut path = vec![token.to_owned()];
                    let mut j = i + 1;
                    while tokens.get(j).is_some_and(|t| t == "::")
                        && tokens.get(j + 1).is_some_and(|t| is_ident(t))
                    {
                        path.push(tokens[j + 1].clone());
                        j += 2;
                    }
                    let scope = inline.iter().map(|(name, _)| name.clone()).collect();
                    paths.push((scope, path));
                    i = j;
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
    paths
}

fn is_ident(token: &str) -> bool {
    token
        .chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() || c == '_')
}

/// Expands a `use` tree starting at `tokens[start]`; returns its paths and the
/// position after the tree's end (`;` for the top level).
fn use_tree(tokens: &[String], start: usize, prefix: &[String]) -> (Vec<Vec<String>>, usize) {
    let mut paths = Vec::new();
    let mut path = prefix.to_vec();
    let mut i = start;
    while i < tokens.len() {
        match tokens[i].as_str() {
            "::" => i += 1,
            "{" => {
                i += 1;
                loop {
                    let (inner, end) = use_tree(tokens, i, &path);
                    paths.extend(inner);
                    i = end;
                    match tokens.get(i).map(String::as_str) {
                        Some(",") => i += 1,
                        Some("}") => {
                            i += 1;
                            break;
                        }
                        _ => break,
                    }
                    if tokens.get(i).is_some_and(|t| t == "}") {
                        i += 1;
                        break;
                    }
                }
                return (paths, skip_to_end(tokens, i));
            }
            "as" => i += 2,
            "," | "}" | ";" => {
                if path.len() > prefix.len() {
                    paths.push(path);
                }
                let end = if tokens[i] == ";" { i + 1 } else { i };
                return (paths, end);
            }
            token => {
                path.push(token.to_owned());
                i += 1;
            }
        }
    }
    (paths, i)
}

fn skip_to_end(tokens: &[String], i: usize) -> usize {
    match tokens.get(i).map(String::as_str) {
        Some(";") => i + 1,
        _ => i,
    }
}

fn tokenize(code: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    let chars: Vec<char> = code.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_alphanumeric() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            tokens.push(chars[start..i].iter().collect());
        } else if c == ':' && chars.get(i + 1) == Some(&':') {
            tokens.push("::".into());
            i += 2;
        } else if c.is_whitespace() {
            i += 1;
        } else {
            tokens.push(c.to_string());
            i += 1;
        }
    }
    tokens
}

/// The absolute module path a relative path names, from a file at `module` inside
/// the inline modules `scope`.
fn absolute(module: &[String], scope: &[String], path: &[String]) -> Vec<String> {
    let mut base: Vec<String> = module.iter().chain(scope).cloned().collect();
    let mut rest = path;
    match rest.first().map(String::as_str) {
        Some("crate") => {
            base.clear();
            rest = &rest[1..];
        }
        Some("self") => rest = &rest[1..],
        _ => {}
    }
    while rest.first().is_some_and(|s| s == "super") {
        base.pop();
        rest = &rest[1..];
    }
    base.extend(rest.iter().cloned());
    base
}

/// Which file each module-to-module import lands in: the longest prefix of the
/// path that is a file's module.
fn file_graph(files: &[SourceFile]) -> BTreeMap<String, BTreeSet<String>> {
    let modules: BTreeSet<Vec<String>> = files.iter().map(|f| f.module.clone()).collect();
    let name = |module: &[String]| {
        if module.is_empty() {
            "crate".to_owned()
        } else {
            module.join("::")
        }
    };
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let from = name(&file.module);
        let edges = graph.entry(from.clone()).or_default();
        for (scope, mut path) in named_paths(&file.code) {
            let relative = !matches!(
                path.first().map(String::as_str),
                Some("crate" | "super" | "self")
            );
            if relative {
                // `use child::Item` in a module names its own child module.
                let mut child: Vec<String> = file.module.iter().chain(&scope).cloned().collect();
                child.push(path[0].clone());
                if !modules.contains(&child) {
                    continue;
                }
                path.insert(0, "self".to_owned());
            }
            let target = absolute(&file.module, &scope, &path);
            let Some(len) = (0..=target.len())
                .rev()
                .find(|&n| modules.contains(&target[..n]))
            else {
                continue;
            };
            let to = name(&target[..len]);
            // The crate root only declares modules; every path passes through it.
            if to != from && to != "crate" {
                edges.insert(to);
            }
        }
    }
    graph
}

/// Every cycle of files (strongly connected components of more than one file).
fn cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    // Kosaraju: finish order on the graph, then components on its reverse.
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        seen: &mut BTreeSet<String>,
        order: &mut Vec<String>,
    ) {
        if !seen.insert(node.to_owned()) {
            return;
        }
        for next in graph.get(node).into_iter().flatten() {
            visit(next, graph, seen, order);
        }
        order.push(node.to_owned());
    }
    let mut seen = BTreeSet::new();
    let mut order = Vec::new();
    for node in graph.keys() {
        visit(node, graph, &mut seen, &mut order);
    }
    let mut reverse: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (from, targets) in graph {
        for to in targets {
            reverse.entry(to.clone()).or_default().insert(from.clone());
        }
    }
    let mut assigned = BTreeSet::new();
    let mut components = Vec::new();
    for node in order.iter().rev() {
        let mut component = Vec::new();
        visit(node, &reverse, &mut assigned, &mut component);
        if component.len() > 1 {
            component.sort();
            components.push(component);
        }
    }
    components
}

#[test]
fn no_file_imports_a_file_that_imports_it_back() {
    let graph = file_graph(&source_files());
    let found = cycles(&graph);
    let described: Vec<String> = found
        .iter()
        .map(|component| {
            let edges: Vec<String> = component
                .iter()
                .flat_map(|from| {
                    graph[from]
                        .iter()
                        .filter(|to| component.contains(to))
                        .map(move |to| format!("{from} -> {to}"))
                })
                .collect();
            edges.join(", ")
        })
        .collect();
    assert!(found.is_empty(), "import cycles:\n{}", described.join("\n"));
}

/// The layers, lowest first, and which top-level modules each may use.
const LAYERS: &[(&str, &[&str])] = &[
    ("model", &[]),
    ("synth", &["model"]),
    ("store", &["model"]),
    ("import", &["model"]),
    ("i18n", &["model", "store", "import"]),
    ("analysis", &["model", "i18n", "synth", "import"]),
    (
        "document",
        &["model", "store", "analysis", "synth", "import"],
    ),
    ("chart", &["model", "i18n", "analysis", "import"]),
    (
        "refi",
        &["model", "store", "i18n", "analysis", "document", "chart"],
    ),
    (
        "report",
        &[
            "model", "store", "i18n", "analysis", "document", "chart", "import", "refi",
        ],
    ),
    (
        "cli",
        &[
            "model", "store", "i18n", "analysis", "document", "chart", "report", "import", "refi",
        ],
    ),
    (
        "ui",
        &[
            "model", "store", "i18n", "analysis", "document", "chart", "report", "synth", "import",
            "refi",
        ],
    ),
];

#[test]
fn each_layer_uses_only_the_layers_below_it() {
    let graph = file_graph(&source_files());
    let mut wrong = Vec::new();
    for (from, targets) in &graph {
        if from == "crate" {
            // lib.rs only declares the layers.
            continue;
        }
        let from_top = from.split("::").next().unwrap_or_default();
        let Some((_, allowed)) = LAYERS.iter().find(|(layer, _)| *layer == from_top) else {
            wrong.push(format!(
                "{from} is in no layer: add it to LAYERS and ARCHITECTURE.md"
            ));
            continue;
        };
        for to in targets {
            let to_top = to.split("::").next().unwrap_or_default();
            if to_top != from_top && !allowed.contains(&to_top) {
                wrong.push(format!("{from} uses {to}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "layer rules broken:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn only_the_window_knows_egui() {
    let mut wrong = Vec::new();
    for file in source_files() {
        if file.module.first().is_some_and(|top| top == "ui") {
            continue;
        }
        for word in ["egui", "eframe", "egui_plot", "egui_extras", "rfd"] {
            if tokenize(&file.code).iter().any(|t| t == word) {
                wrong.push(format!("{} names {word}", file.module.join("::")));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_import_reader_understands_use_trees_and_inline_modules() {
    let code = blank_comments_and_literals(
        "use crate::{a::B, c::{d, e::F}};\n// use crate::zz;\nlet s = \"crate::yy\";\n\
         mod tests { use super::*; fn f() { crate::g::h(); } }",
    );
    let paths: Vec<String> = named_paths(&code)
        .into_iter()
        .map(|(scope, path)| format!("{}|{}", scope.join("/"), path.join("::")))
        .collect();
    assert_eq!(
        paths,
        [
            "|crate::a::B",
            "|crate::c::d",
            "|crate::c::e::F",
            "tests|super::*",
            "tests|crate::g::h"
        ]
    );
    let module = vec!["ui".to_owned(), "app".to_owned()];
    assert_eq!(
        absolute(&module, &["tests".into()], &["super".into(), "X".into()]),
        ["ui", "app", "X"]
    );
    assert_eq!(
        absolute(&module, &[], &["super".into(), "edit".into()]),
        ["ui", "edit"]
    );
}
