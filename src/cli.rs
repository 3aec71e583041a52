//! The `sinergi` command line: the GUI by default, and headless subcommands that
//! run the very same model, store and analysis code, for scripts and tests.

use crate::analysis::{Summary, TriangulationIndex};
use crate::i18n::{self, Msg};
use crate::model::{CURRENT_SCHEMA_VERSION, Lang, Project};
use crate::store;
use clap::{Parser, Subcommand, ValueEnum};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Sinergi: assess collaborative governance, with every score traced to its evidence.
#[derive(Debug, Parser)]
#[command(name = "sinergi", version)]
pub struct Cli {
    /// A project file (.ron) to open in the window.
    pub file: Option<PathBuf>,
    /// Language of the interface and of the output: id (Bahasa Indonesia) or en.
    #[arg(long, global = true, value_enum)]
    pub lang: Option<LangArg>,
    /// What to do without a window.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// `--lang` values.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum LangArg {
    /// Bahasa Indonesia.
    Id,
    /// English.
    En,
}

impl From<LangArg> for Lang {
    fn from(arg: LangArg) -> Lang {
        match arg {
            LangArg::Id => Lang::Id,
            LangArg::En => Lang::En,
        }
    }
}

/// The headless subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Load and validate a project; print a summary, or every problem found.
    Check {
        /// The project file.
        file: PathBuf,
    },
    /// Rewrite a project in the current schema version (atomically, keeping a .bak).
    Upgrade {
        /// The project file.
        file: PathBuf,
    },
}

impl Cli {
    /// The language asked for, or the system's.
    pub fn language(&self) -> Lang {
        self.lang.map_or_else(i18n::system_lang, Lang::from)
    }
}

/// Runs a subcommand, writing to `out` (results) and `err` (problems).
pub fn run(command: &Command, lang: Lang, out: &mut dyn Write, err: &mut dyn Write) -> ExitCode {
    let result = match command {
        Command::Check { file } => check(file, lang, out, err),
        Command::Upgrade { file } => upgrade(file, lang, out, err),
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
        Msg::CliProblemCount.fill(lang, &[&file.display(), &problems.len()])
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
    for (key, count) in [
        ("indicators", summary.indicators),
        ("actors", summary.actors),
        ("activities", summary.activities),
        ("roles", summary.roles),
        ("sources", summary.sources),
        ("evidence", summary.evidence),
        ("assessments", summary.assessments),
        ("inhibiting_factors", summary.inhibiting_factors),
        ("recommendations", summary.recommendations),
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
