//! The hostile corpus: inputs that must never make Sinergi panic, hang or take
//! unbounded memory. Each file is generated at test time in a temporary folder.
//! For each one, `store::load` returns without panicking, and `sinergi check`
//! exits 1 (or 0 for the rare cut that is still a valid project) with every
//! stderr line in the form `FILE:LINE:COL: message` or `FILE: message`.

use crate::common::{
    Run, assert_diagnostics, parse_position, run_with_timeout, sinergi, v1_fixture,
};
use sinergi::store::{self, LoadError, MAX_FILE_BYTES};
use std::fs;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

/// Generous for a debug build on a slow CI machine; a hang takes forever.
const TIME_LIMIT: Duration = Duration::from_mins(1);

/// Address space the CLI may use on hostile input (unix), far above a real project's needs.
const MEMORY_LIMIT_KIB: u64 = 2 * 1024 * 1024;

/// What a case must give.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Expect {
    /// A load error or validation problems: exit 1.
    Refused,
    /// Whatever it is, consistently: exit 0 exactly when it loads and validates.
    Either,
}

struct Case {
    name: String,
    path: PathBuf,
    expect: Expect,
}

struct Corpus {
    dir: tempfile::TempDir,
    cases: Vec<Case>,
}

impl Corpus {
    fn new() -> Self {
        Corpus {
            dir: tempfile::tempdir().expect("a temporary folder"),
            cases: Vec::new(),
        }
    }

    fn add_file(&mut self, name: &str, bytes: impl AsRef<[u8]>, expect: Expect) -> PathBuf {
        let path = self.dir.path().join(name);
        fs::write(&path, bytes).expect("write a corpus file");
        self.add_path(name, path.clone(), expect);
        path
    }

    fn add_path(&mut self, name: &str, path: PathBuf, expect: Expect) {
        self.cases.push(Case {
            name: name.to_owned(),
            path,
            expect,
        });
    }
}

fn fixture_bytes() -> Vec<u8> {
    fs::read(v1_fixture()).expect("read the v1 fixture")
}

fn fixture_text() -> String {
    fs::read_to_string(v1_fixture()).expect("read the v1 fixture")
}

/// A deterministic byte stream (xorshift), so a failure reproduces.
fn pseudo_random_bytes(len: usize, mut seed: u64) -> Vec<u8> {
    (0..len)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed >> 24) as u8
        })
        .collect()
}

/// `store::load` in-process: never a panic, always within the time limit.
/// Returns whether the file loaded and validated.
fn load_without_panic(case: &Case) -> Result<bool, String> {
    let started = Instant::now();
    let outcome = catch_unwind(AssertUnwindSafe(|| {
        store::load(&case.path).map(|project| project.validate().is_empty())
    }));
    let elapsed = started.elapsed();
    if elapsed > TIME_LIMIT {
        return Err(format!("{}: store::load took {elapsed:?}", case.name));
    }
    match outcome {
        Ok(Ok(valid)) => Ok(valid),
        Ok(Err(_)) => Ok(false),
        Err(_) => Err(format!("{}: store::load panicked", case.name)),
    }
}

/// `sinergi --lang en check FILE`, under a memory limit where the platform has one.
fn check_bounded(path: &Path) -> Run {
    let command = if cfg!(unix) && Path::new("/bin/sh").exists() {
        let mut command = Command::new("/bin/sh");
        command
            .arg("-c")
            .arg(format!(
                "ulimit -v {MEMORY_LIMIT_KIB} && exec \"$0\" \"$@\""
            ))
            .arg(env!("CARGO_BIN_EXE_sinergi"))
            .args(["--lang", "en", "check"])
            .arg(path);
        command
    } else {
        let mut command = sinergi();
        command.arg("check").arg(path);
        command
    };
    run_with_timeout(command, TIME_LIMIT)
}

/// Runs every case through `store::load` and the CLI; returns every failure.
fn run_corpus(corpus: &Corpus) -> Vec<String> {
    let mut failures = Vec::new();
    for case in &corpus.cases {
        let valid = match load_without_panic(case) {
            Ok(valid) => valid,
            Err(failure) => {
                failures.push(failure);
                continue;
            }
        };
        if case.expect == Expect::Refused && valid {
            failures.push(format!(
                "{}: loaded and validated, but must be refused",
                case.name
            ));
        }
        let result = check_bounded(&case.path);
        let want = i32::from(!valid);
        if result.code != Some(want) {
            failures.push(format!(
                "{}: `check` exited {:?} (signal {:?}), expected {want}\nstderr: {}",
                case.name,
                result.code,
                result.signal,
                result.stderr.chars().take(2000).collect::<String>()
            ));
            continue;
        }
        if want == 1 {
            let outcome = catch_unwind(|| {
                assert_diagnostics(&result.stderr, &case.path);
            });
            if outcome.is_err() {
                failures.push(format!(
                    "{}: stderr not in FILE:LINE:COL / FILE: form:\n{}",
                    case.name,
                    result.stderr.chars().take(2000).collect::<String>()
                ));
            }
            if !result.stdout.is_empty() {
                failures.push(format!(
                    "{}: a summary was printed for a refused file",
                    case.name
                ));
            }
        }
    }
    failures
}

fn assert_no_failures(failures: &[String]) {
    assert!(
        failures.is_empty(),
        "{} failure(s):\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

#[test]
fn empty_blank_and_garbage_files_are_refused_cleanly() {
    let mut corpus = Corpus::new();
    corpus.add_file("empty.ron", "", Expect::Refused);
    corpus.add_file("whitespace.ron", " \n\t\r\n   \n", Expect::Refused);
    corpus.add_file(
        "comment-only.ron",
        "// nothing here\n/* nor here */",
        Expect::Refused,
    );
    corpus.add_file(
        "unterminated-comment.ron",
        "(/* schema_version: 1,",
        Expect::Refused,
    );
    corpus.add_file("nul-bytes.ron", [0u8; 64], Expect::Refused);
    corpus.add_file(
        "binary-garbage.bin",
        pseudo_random_bytes(4096, 0x5EED),
        Expect::Refused,
    );
    let alphabet = b" ()[]{}:,\"'\\rb#0123456789.-+eE_abcxyzSomeNone\n\t";
    let ascii: Vec<u8> = pseudo_random_bytes(8192, 42)
        .into_iter()
        .map(|b| alphabet[usize::from(b) % alphabet.len()])
        .collect();
    corpus.add_file("ron-ish-garbage.ron", ascii, Expect::Refused);
    corpus.add_file(
        "json.ron",
        "{\"schema_version\": 1, \"study\": {\"title\": \"x\"}}",
        Expect::Refused,
    );
    corpus.add_file("unit.ron", "()", Expect::Refused);
    corpus.add_file("bare-version.ron", "(schema_version: 1)", Expect::Refused);
    corpus.add_file("lone-quote.ron", "\"", Expect::Refused);
    corpus.add_file("raw-string.ron", "r###\"", Expect::Refused);
    corpus.add_file("minus.ron", "(schema_version: -", Expect::Refused);
    corpus.add_file("utf16.ron", [0xFF, 0xFE, b'(', 0, b')', 0], Expect::Refused);
    let mut twice = fixture_bytes();
    twice.extend(fixture_bytes());
    corpus.add_file("fixture-twice.ron", twice, Expect::Refused);
    assert_no_failures(&run_corpus(&corpus));
}

#[test]
fn invalid_utf8_is_refused_at_its_line_and_column() {
    let mut corpus = Corpus::new();
    let text = fixture_text();
    // Replace the third character of line 5 with a byte that is never UTF-8.
    let line_start: usize = text.lines().take(4).map(|l| l.len() + 1).sum();
    let mut bytes = text.into_bytes();
    bytes[line_start + 2] = 0xFF;
    let path = corpus.add_file("invalid-utf8.ron", bytes, Expect::Refused);
    // A lone continuation byte and an overlong encoding, at the very start.
    corpus.add_file("continuation.ron", [0x80, b'(', b')'], Expect::Refused);
    corpus.add_file("overlong.ron", [b'(', 0xC0, 0xAF, b')'], Expect::Refused);
    // A surrogate encoded in UTF-8 (CESU), inside a string.
    let mut cesu = b"(schema_version: 1, study: (title: \"".to_vec();
    cesu.extend([0xED, 0xA0, 0x80]);
    cesu.extend(b"\"))");
    corpus.add_file("surrogate.ron", cesu, Expect::Refused);
    assert_no_failures(&run_corpus(&corpus));

    match store::load(&path) {
        Err(LoadError::NotUtf8 { line, column, .. }) => assert_eq!((line, column), (5, 3)),
        other => panic!("expected NotUtf8, got {other:?}"),
    }
    let result = check_bounded(&path);
    let lines = assert_diagnostics(&result.stderr, &path);
    let rest = lines[0]
        .strip_prefix(&format!("{}:", path.display()))
        .expect("prefix");
    let (line, column, _) =
        parse_position(rest).unwrap_or_else(|| panic!("no LINE:COL: {}", lines[0]));
    assert_eq!((line, column), (5, 3), "{}", lines[0]);
}

#[test]
fn truncated_copies_of_the_fixture_are_refused_or_consistent() {
    let mut corpus = Corpus::new();
    let bytes = fixture_bytes();
    let mut cuts: Vec<usize> = (0..bytes.len()).step_by(50).collect();
    // A few cuts just before the end, where the project is almost complete.
    cuts.extend((1..=4).map(|back| bytes.len() - back));
    for cut in cuts {
        // Cutting only the final newline leaves a valid project; everything
        // shorter must be refused, and is checked to be.
        let expect = if cut + 1 >= bytes.len() {
            Expect::Either
        } else {
            Expect::Refused
        };
        corpus.add_file(&format!("cut-{cut:05}.ron"), &bytes[..cut], expect);
    }
    assert!(
        corpus.cases.len() > 50,
        "the fixture is too small to be a good corpus"
    );
    assert_no_failures(&run_corpus(&corpus));
}

#[test]
fn deep_nesting_is_refused_without_exhausting_the_stack() {
    const DEPTH: usize = 100_000;
    let mut corpus = Corpus::new();
    corpus.add_file("parens.ron", "(".repeat(DEPTH), Expect::Refused);
    corpus.add_file("brackets.ron", "[".repeat(DEPTH), Expect::Refused);
    corpus.add_file("braces.ron", "{".repeat(DEPTH), Expect::Refused);
    corpus.add_file(
        "balanced.ron",
        format!("{}{}", "(".repeat(DEPTH), ")".repeat(DEPTH)),
        Expect::Refused,
    );
    corpus.add_file("mixed.ron", "([{".repeat(DEPTH / 3), Expect::Refused);
    let head = "(schema_version: 1, study: (title: \"t\", researchers: ";
    corpus.add_file(
        "in-a-list.ron",
        format!("{head}{}", "[".repeat(DEPTH)),
        Expect::Refused,
    );
    corpus.add_file(
        "nested-some.ron",
        format!(
            "(schema_version: 1, network: (form: {}",
            "Some(".repeat(DEPTH)
        ),
        Expect::Refused,
    );
    corpus.add_file(
        "nested-tuples-in-study.ron",
        format!("(schema_version: 1, study: {}", "(title: ".repeat(DEPTH)),
        Expect::Refused,
    );
    // Deep nesting inside an otherwise complete project.
    let text = fixture_text();
    let deep = text.replacen(
        "researchers: [",
        &format!("researchers: [{}", "[".repeat(DEPTH)),
        1,
    );
    corpus.add_file("deep-in-fixture.ron", deep, Expect::Refused);
    assert_no_failures(&run_corpus(&corpus));
}

#[test]
fn thirty_megabyte_strings_are_handled_in_bounded_time() {
    const BIG: usize = 30 * 1024 * 1024;
    let mut corpus = Corpus::new();
    let text = fixture_text();
    let title = "title: \"Kolaborasi pelatihan pengrajin \\\"Kampung Perak\\\"\"";
    assert!(
        text.contains(title),
        "the fixture's title changed; update this test"
    );
    let with_title = |value: &str| text.replacen(title, &format!("title: {value}"), 1);

    corpus.add_file(
        "huge-title.ron",
        with_title(&format!("\"{}\"", "a".repeat(BIG))),
        Expect::Refused,
    );
    corpus.add_file(
        "huge-escaped-title.ron",
        with_title(&format!("\"{}\"", "\\\"".repeat(BIG / 2))),
        Expect::Refused,
    );
    corpus.add_file(
        "huge-unicode-title.ron",
        with_title(&format!("\"{}\"", "é".repeat(BIG / 2))),
        Expect::Refused,
    );
    corpus.add_file(
        "huge-unterminated.ron",
        with_title(&format!("\"{}", "a".repeat(BIG))),
        Expect::Refused,
    );
    corpus.add_file(
        "huge-identifier.ron",
        with_title(&"a".repeat(BIG)),
        Expect::Refused,
    );
    corpus.add_file(
        "huge-number.ron",
        with_title(&"9".repeat(BIG)),
        Expect::Refused,
    );
    corpus.add_file(
        "huge-colour.ron",
        text.replacen("\"#0072b2\"", &format!("\"#{}\"", "0\n".repeat(BIG / 2)), 1),
        Expect::Refused,
    );
    corpus.add_file("huge-whitespace.ron", " ".repeat(BIG), Expect::Refused);
    let started = Instant::now();
    assert_no_failures(&run_corpus(&corpus));
    assert!(
        started.elapsed() < Duration::from_mins(8),
        "the huge-string corpus took {:?}",
        started.elapsed()
    );
}

#[test]
fn odd_numbers_do_not_panic() {
    let mut corpus = Corpus::new();
    let text = fixture_text();
    for (name, value) in [
        ("inf", "inf"),
        ("nan", "NaN"),
        ("huge-exponent", "1e999999"),
        ("tiny", "1e-999999"),
        ("negative-zero", "-0.0"),
        ("hex", "0x3"),
        ("u64-max", "18446744073709551615"),
        ("big-int", "340282366920938463463374607431768211456"),
    ] {
        corpus.add_file(
            &format!("score-{name}.ron"),
            text.replacen("score: Some(3)", &format!("score: Some({value})"), 1),
            Expect::Refused,
        );
        corpus.add_file(
            &format!("scale-{name}.ron"),
            text.replacen("min: 1,", &format!("min: {value},"), 1),
            Expect::Either,
        );
    }
    assert_no_failures(&run_corpus(&corpus));
}

#[test]
fn a_folder_a_missing_path_and_an_oversized_file_are_refused() {
    let mut corpus = Corpus::new();
    let folder = corpus.dir.path().join("a-folder.ron");
    fs::create_dir(&folder).expect("create a folder");
    corpus.add_path("folder", folder.clone(), Expect::Refused);
    let missing = corpus.dir.path().join("does-not-exist.ron");
    corpus.add_path("missing", missing.clone(), Expect::Refused);

    // A sparse file just over the limit: cheap to make, never read.
    let huge = corpus.dir.path().join("huge.ron");
    let file = fs::File::create(&huge).expect("create");
    file.set_len(MAX_FILE_BYTES + 1)
        .expect("make a sparse file");
    drop(file);
    corpus.add_path("over-128-MiB", huge.clone(), Expect::Refused);
    #[cfg(unix)]
    if Path::new("/dev/zero").exists() {
        // Reports no size, never ends: the read must stop at the limit.
        corpus.add_path("dev-zero", PathBuf::from("/dev/zero"), Expect::Refused);
    }
    assert_no_failures(&run_corpus(&corpus));

    assert!(matches!(
        store::load(&folder),
        Err(LoadError::IsDirectory { .. })
    ));
    assert!(matches!(store::load(&missing), Err(LoadError::Io { .. })));
    match store::load(&huge) {
        Err(LoadError::TooLarge { bytes, limit, .. }) => {
            assert_eq!(bytes, MAX_FILE_BYTES + 1);
            assert_eq!(limit, MAX_FILE_BYTES);
        }
        other => panic!("expected TooLarge, got {other:?}"),
    }
    // Exactly at the limit is read (and then refused as not a project).
    let at_limit = corpus.dir.path().join("at-limit.ron");
    let file = fs::File::create(&at_limit).expect("create");
    file.set_len(MAX_FILE_BYTES).expect("make a sparse file");
    drop(file);
    assert!(matches!(
        store::load(&at_limit),
        Err(LoadError::Syntax { .. })
    ));
}

#[test]
fn windows_line_endings_and_a_byte_order_mark_still_load() {
    let text = fixture_text();
    let expected = store::load(&v1_fixture()).expect("fixture loads");
    let dir = tempfile::tempdir().expect("a temporary folder");
    for (name, content) in [
        ("crlf.ron", text.replace('\n', "\r\n")),
        ("bom.ron", format!("\u{feff}{text}")),
    ] {
        let path = dir.path().join(name);
        fs::write(&path, content).expect("write");
        let project = store::load(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(project, expected, "{name}");
    }
}
