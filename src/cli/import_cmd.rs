//! `sinergi import FILE.ron DOC...`: a source per document, holding its full
//! text, all or nothing. Every document is read before anything is written; if
//! one fails, each failure is printed (`DOC: reason`), the project file is left
//! as it was, and the exit code is 1. Otherwise the project is saved atomically
//! (keeping `FILE.ron.bak`) and each new source is named on its own line.

use crate::i18n::{self, Msg};
use crate::import::{already_imported, new_sources, read_source_text};
use crate::model::{Lang, Project, SourceKind};
use crate::store;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// What was asked for.
pub(super) struct Request<'a> {
    /// The project file.
    pub file: &'a Path,
    /// The documents, one source each.
    pub docs: &'a [PathBuf],
    /// The kind every new source gets, if given.
    pub kind: Option<SourceKind>,
    /// The title, for a single document.
    pub title: Option<&'a str>,
}

/// Loads and validates a project, printing its problems (the other
/// subcommands' way, passed in so that this file does not depend on theirs).
type LoadValid = fn(&Path, Lang, &mut dyn Write) -> std::io::Result<Option<Project>>;

/// Runs `sinergi import`.
pub(super) fn import(
    request: &Request<'_>,
    lang: Lang,
    (out, err): (&mut dyn Write, &mut dyn Write),
    load_valid: LoadValid,
) -> std::io::Result<ExitCode> {
    let refused = |err: &mut dyn Write| -> std::io::Result<ExitCode> {
        let file = request.file.display();
        writeln!(err, "{}", Msg::CliImportRefused.fill(lang, &[&file]))?;
        Ok(ExitCode::from(1))
    };
    let Some(mut project) = load_valid(request.file, lang, err)? else {
        return refused(err);
    };
    let title = match (request.title, request.docs.len()) {
        (Some(title), 1) if !title.trim().is_empty() => Some(title.trim()),
        (Some(_), n) if n > 1 => {
            writeln!(err, "{}", Msg::CliImportTitleIgnored.get(lang))?;
            None
        }
        _ => None,
    };
    let mut imported = Vec::with_capacity(request.docs.len());
    let mut failed = false;
    for doc in request.docs {
        match read_source_text(doc) {
            Ok(text) => imported.push((doc.clone(), text)),
            Err(error) => {
                writeln!(err, "{}", i18n::describe_import_error(lang, doc, &error))?;
                failed = true;
            }
        }
    }
    if failed {
        return refused(err);
    }
    let again = already_imported(&project, request.docs);
    if again > 0 {
        writeln!(err, "{}", Msg::ImportedAgain.count(lang, again, &[&again]))?;
    }
    let sources = new_sources(&project, imported, request.kind, title);
    let added: Vec<_> = request
        .docs
        .iter()
        .zip(&sources)
        .map(|(doc, source)| (doc, source.id.clone(), source.text.chars().count()))
        .collect();
    project.sources.extend(sources);
    let problems = project.validate();
    if !problems.is_empty() {
        for problem in &problems {
            let file = request.file.display();
            writeln!(err, "{file}: {}", i18n::describe_problem(lang, problem))?;
        }
        return refused(err);
    }
    if let Err(error) = store::save(request.file, &project) {
        writeln!(err, "{}", i18n::describe_save_error(lang, &error))?;
        return refused(err);
    }
    for (doc, id, characters) in added {
        let line = Msg::CliImportAdded.count(lang, characters, &[&doc.display(), &id, &characters]);
        writeln!(out, "{line}")?;
    }
    Ok(ExitCode::SUCCESS)
}
