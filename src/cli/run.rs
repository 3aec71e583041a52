//! Running the headless subcommands: load, validate, then check, upgrade or
//! write an export, with messages in the chosen language and exit codes
//! scripts can rely on (0 done, 1 the project or the output failed, 2 usage).

use super::args::Command;
use super::export_args::ExportCommand;
use crate::analysis::{Summary, TriangulationIndex, broken_anchors};
use crate::i18n::{self, Msg};
use crate::model::{CURRENT_SCHEMA_VERSION, Lang, Project};
use crate::report::{ExportError, ExportSettings, ExportTarget};
use crate::store;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Runs a subcommand, writing to `out` (results) and `err` (problems).
pub fn run(command: &Command, lang: Lang, out: &mut dyn Write, err: &mut dyn Write) -> ExitCode {
    let result = match command {
        Command::Check { file } => check(file, lang, out, err),
        Command::Upgrade { file } => upgrade(file, lang, out, err),
        Command::Export(export) => run_export(export, lang, out, err),
    };
    // A closed pipe (`sinergi check f | head`) is not the project's problem.
    result.unwrap_or(ExitCode::from(1))
}

/// Loads and validates, printing problems to `err`. `None` when the file is unusable.
fn load_valid(file: &Path, lang: Lang, err: &mut dyn Write) -> std::io::Result<Option<Project>> {
    let project = match store::load(file) {
        Ok(project) => project,
        Err(error) => {
            writeln!(err, "{}", i18n::describe_load_error(lang, &error))?;
            return Ok(None);
        }
    };
    let problems = project.validate();
    if problems.is_empty() {
        return Ok(Some(project));
    }
    for problem in &problems {
        writeln!(
            err,
            "{}: {}",
            file.display(),
            i18n::describe_problem(lang, problem)
        )?;
    }
    writeln!(
        err,
        "{}",
        Msg::CliProblemCount.count(lang, problems.len(), &[&file.display(), &problems.len()])
    )?;
    Ok(None)
}

fn check(
    file: &Path,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<ExitCode> {
    let Some(project) = load_valid(file, lang, err)? else {
        return Ok(ExitCode::from(1));
    };
    let summary = Summary::of(&project, &TriangulationIndex::build(&project), lang);
    writeln!(out, "file: {}", file.display())?;
    writeln!(out, "schema_version: {}", project.schema_version)?;
    writeln!(out, "title: {}", summary.title)?;
    writeln!(out, "framework: {}", summary.framework)?;
    if let Some(second) = &summary.second_framework {
        writeln!(out, "second_framework: {second}")?;
    }
    for (key, count) in [
        ("frameworks", summary.frameworks),
        ("indicators", summary.indicators),
        ("actors", summary.actors),
        ("activities", summary.activities),
        ("roles", summary.roles),
        ("sources", summary.sources),
        ("evidence", summary.evidence),
        ("assessments", summary.assessments),
        ("supporting_factors", summary.supporting_factors),
        ("inhibiting_factors", summary.inhibiting_factors),
        ("recommendations", summary.recommendations),
        ("texts", summary.texts),
        ("anchored", summary.anchored),
        ("broken_anchors", summary.broken_anchors),
    ] {
        writeln!(out, "{key}: {count}")?;
    }
    for indicator in &summary.per_indicator {
        writeln!(out, "evidence.{}: {}", indicator.id, indicator.notes)?;
    }
    for indicator in &summary.per_indicator {
        writeln!(
            out,
            "triangulation.{}: {}",
            indicator.id,
            indicator.triangulation.key()
        )?;
    }
    // A broken anchor is reported, not refused: the note and its words are
    // whole; only its place in the text must be chosen again.
    for note in broken_anchors(&project) {
        let source = project.note(&note).map_or("", |n| n.source.as_str());
        writeln!(
            err,
            "{}: {}",
            file.display(),
            Msg::WarningBrokenAnchor.fill(lang, &[&note, &source])
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

fn upgrade(
    file: &Path,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<ExitCode> {
    let Some(mut project) = load_valid(file, lang, err)? else {
        writeln!(
            err,
            "{}",
            Msg::CliUpgradeRefused.fill(lang, &[&file.display()])
        )?;
        return Ok(ExitCode::from(1));
    };
    project.schema_version = CURRENT_SCHEMA_VERSION;
    match store::save(file, &project) {
        Ok(_) => {
            writeln!(
                out,
                "{}",
                Msg::CliUpgraded.fill(lang, &[&file.display(), &CURRENT_SCHEMA_VERSION])
            )?;
            Ok(ExitCode::SUCCESS)
        }
        Err(error) => {
            writeln!(err, "{}", i18n::describe_save_error(lang, &error))?;
            Ok(ExitCode::from(1))
        }
    }
}

/// Writes one export, after checking (before the project is read) that the
/// output's extension is one the format writes: a wrong one is a usage error.
fn run_export(
    command: &ExportCommand,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<ExitCode> {
    let spec = command.format.spec();
    if let ExportTarget::File(extensions) = spec.target {
        let extension = command
            .out
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase());
        if !extension.is_some_and(|e| extensions.contains(&e.as_str())) {
            let error = ExportError::UnknownFormat {
                path: command.out.clone(),
                expected: extensions,
            };
            writeln!(err, "{}", error.describe(lang, &command.file))?;
            return Ok(ExitCode::from(2));
        }
    }
    let settings = ExportSettings {
        lang,
        ..command.settings.clone()
    };
    export(&command.file, lang, out, err, |project| {
        (spec.write)(project, &settings, &command.out)
    })
}

/// Loads and validates `file`, runs `make` on it, and reports what was written.
fn export(
    file: &Path,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
    make: impl FnOnce(&Project) -> Result<Vec<PathBuf>, ExportError>,
) -> std::io::Result<ExitCode> {
    let Some(project) = load_valid(file, lang, err)? else {
        return Ok(ExitCode::from(1));
    };
    match make(&project) {
        Ok(written) => {
            for path in written {
                writeln!(out, "{}", Msg::ExportWritten.fill(lang, &[&path.display()]))?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(error) => {
            writeln!(err, "{}", error.describe(lang, file))?;
            Ok(ExitCode::from(1))
        }
    }
}
