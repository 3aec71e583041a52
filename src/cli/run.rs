//! Running the headless subcommands: load, validate, then check, upgrade or
//! write an export, with messages in the chosen language and exit codes
//! scripts can rely on (0 done, 1 the project or the output failed, 2 usage).
//! Every line goes out through [`say`], which escapes control characters: what
//! a project holds can never print a line of its own.

use super::args::Command;
use super::export_args::ExportCommand;
use super::import_cmd;
use crate::analysis::{Summary, TriangulationIndex, broken_anchors};
use crate::i18n::{self, Msg};
use crate::model::{CURRENT_SCHEMA_VERSION, Lang, Project};
use crate::report::{self, ExportError, ExportSettings, ExportTarget};
use crate::store::{self, paths};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Runs a subcommand, writing to `out` (results) and `err` (problems), with
/// messages in `lang`. Exports are written in `asked` (the `--lang` given) or
/// else in the study's own language.
pub fn run(
    command: &Command,
    lang: Lang,
    asked: Option<Lang>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> ExitCode {
    let result = match command {
        Command::Check { file } => check(file, lang, out, err),
        Command::Upgrade {
            file,
            drop_comments,
        } => upgrade(file, *drop_comments, lang, out, err),
        Command::Import {
            file,
            docs,
            kind,
            title,
        } => import_cmd::import(
            &import_cmd::Request {
                file,
                docs,
                kind: kind.map(Into::into),
                title: title.as_deref(),
            },
            lang,
            (out, err),
            load_valid,
        ),
        Command::Export(export) => run_export(export, lang, asked, out, err),
        Command::ImportQdpx {
            file,
            package,
            mapping,
        } => super::import_qdpx::import_qdpx(
            (file, package, mapping.as_deref()),
            lang,
            (out, err),
            load_valid,
        ),
    };
    // A closed pipe (`sinergi check f | head`) is not the project's problem.
    result.unwrap_or(ExitCode::from(1))
}

/// Writes `line` and a line break, with every control character in it escaped
/// (`\n`, `\u{1b}`), so a title, an id or a file name cannot add lines of its
/// own to the output or move the terminal's cursor.
fn say(to: &mut dyn Write, line: &str) -> std::io::Result<()> {
    writeln!(to, "{}", i18n::printable(line))
}

/// A path as printed: in the form people know (see [`paths::display`]).
fn shown(path: &Path) -> String {
    paths::display(path)
}

/// Loads and validates, printing problems to `err`. `None` when the file is unusable.
fn load_valid(file: &Path, lang: Lang, err: &mut dyn Write) -> std::io::Result<Option<Project>> {
    let project = match store::load(file) {
        Ok(project) => project,
        Err(error) => {
            say(err, &i18n::describe_load_error(lang, &error))?;
            return Ok(None);
        }
    };
    let problems = project.validate();
    if problems.is_empty() {
        return Ok(Some(project));
    }
    for problem in &problems {
        say(
            err,
            &format!("{}: {}", shown(file), i18n::describe_problem(lang, problem)),
        )?;
    }
    say(
        err,
        &Msg::CliProblemCount.count(lang, problems.len(), &[&shown(file), &problems.len()]),
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
    say(out, &format!("file: {}", shown(file)))?;
    say(out, &format!("schema_version: {}", project.schema_version))?;
    say(out, &format!("title: {}", summary.title))?;
    say(out, &format!("framework: {}", summary.framework))?;
    if let Some(second) = &summary.second_framework {
        say(out, &format!("second_framework: {second}"))?;
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
        ("relations", summary.relations),
        ("collaboration_levels", summary.collaboration_levels),
        ("texts", summary.texts),
        ("anchored", summary.anchored),
        ("broken_anchors", summary.broken_anchors),
    ] {
        say(out, &format!("{key}: {count}"))?;
    }
    for indicator in &summary.per_indicator {
        say(
            out,
            &format!("evidence.{}: {}", indicator.id, indicator.notes),
        )?;
    }
    for indicator in &summary.per_indicator {
        say(
            out,
            &format!(
                "triangulation.{}: {}",
                indicator.id,
                indicator.triangulation.key()
            ),
        )?;
    }
    // A broken anchor is reported, not refused: the note and its words are
    // whole; only its place in the text must be chosen again.
    for note in broken_anchors(&project) {
        let source = project.note(&note).map_or("", |n| n.source.as_str());
        say(
            err,
            &format!(
                "{}: {}",
                shown(file),
                Msg::WarningBrokenAnchor.fill(lang, &[&note, &source])
            ),
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

fn upgrade(
    file: &Path,
    drop_comments: bool,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<ExitCode> {
    let Some(mut project) = load_valid(file, lang, err)? else {
        say(err, &Msg::CliUpgradeRefused.fill(lang, &[&shown(file)]))?;
        return Ok(ExitCode::from(1));
    };
    // The model has no place for comments: say so before they are lost. The
    // file was just read whole, so reading it again costs little.
    if !drop_comments {
        let lines = store::read_text(file)
            .map(|text| store::comment_lines(&text))
            .unwrap_or_default();
        if let Some(first) = lines.first() {
            say(
                err,
                &Msg::CliCommentsDropped.fill(lang, &[&shown(file), first]),
            )?;
            say(err, &Msg::CliUpgradeRefused.fill(lang, &[&shown(file)]))?;
            return Ok(ExitCode::from(1));
        }
    }
    project.schema_version = CURRENT_SCHEMA_VERSION;
    match store::save(file, &project) {
        Ok(_) => {
            say(
                out,
                &Msg::CliUpgraded.fill(lang, &[&shown(file), &CURRENT_SCHEMA_VERSION]),
            )?;
            Ok(ExitCode::SUCCESS)
        }
        Err(error) => {
            say(err, &i18n::describe_save_error(lang, &error))?;
            Ok(ExitCode::from(1))
        }
    }
}

/// Writes one export, after checking (before the project is read) that the
/// output's extension is one the format writes: a wrong one is a usage error.
fn run_export(
    command: &ExportCommand,
    lang: Lang,
    asked: Option<Lang>,
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
            say(err, &error.describe(lang, &command.file))?;
            return Ok(ExitCode::from(2));
        }
    }
    export(&command.file, lang, out, err, |project| {
        // Checked once the project has loaded, so it is known to be a project.
        report::refuse_overwriting_project(&command.file, &spec.outputs(&command.out))?;
        let settings = ExportSettings {
            lang: asked.unwrap_or(project.study.language),
            ..command.settings.clone()
        };
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
                say(out, &Msg::ExportWritten.fill(lang, &[&shown(&path)]))?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(error) => {
            say(err, &error.describe(lang, file))?;
            Ok(ExitCode::from(1))
        }
    }
}
