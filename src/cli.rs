//! The `sinergi` command line: the GUI by default, and headless subcommands that
//! run the very same model, store and analysis code, for scripts and tests.

use crate::analysis::{Summary, TriangulationIndex};
use crate::chart::svg::Theme;
use crate::i18n::{self, Msg};
use crate::model::{CURRENT_SCHEMA_VERSION, Lang, Project};
use crate::report::{self, ChartExport, ChartFormat, ExportError};
use crate::store;
use clap::{Args, Parser, Subcommand, ValueEnum};
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
    /// Draw the radar chart into a PNG or SVG file (no window or GPU needed).
    Chart(ChartArgs),
    /// Write the report: one self-contained HTML file that prints on A4.
    Report {
        /// The project file.
        file: PathBuf,
        /// The HTML file to write.
        #[arg(long)]
        out: PathBuf,
    },
    /// Write actors, activities, roles, sources, evidence and scores as CSV files.
    ExportCsv {
        /// The project file.
        file: PathBuf,
        /// The folder to write into (made if missing).
        #[arg(long)]
        out: PathBuf,
    },
}

/// `sinergi chart`'s arguments.
#[derive(Debug, Args)]
pub struct ChartArgs {
    /// The project file.
    pub file: PathBuf,
    /// The image to write; its extension, .png or .svg, picks the format.
    #[arg(long)]
    pub out: PathBuf,
    /// Width in pixels.
    #[arg(long, default_value_t = 1920, value_parser = clap::value_parser!(u32).range(1..=16384))]
    pub width: u32,
    /// Height in pixels.
    #[arg(long, default_value_t = 1080, value_parser = clap::value_parser!(u32).range(1..=16384))]
    pub height: u32,
    /// An assessment to draw, by id; repeat for several (default: all).
    #[arg(long = "assessment", value_name = "ID")]
    pub assessments: Vec<String>,
    /// Colour scheme.
    #[arg(long, value_enum, default_value_t = ThemeArg::Light)]
    pub theme: ThemeArg,
}

/// `--theme` values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ThemeArg {
    /// Dark on white.
    Light,
    /// Light on dark.
    Dark,
}

impl From<ThemeArg> for Theme {
    fn from(arg: ThemeArg) -> Theme {
        match arg {
            ThemeArg::Light => Theme::Light,
            ThemeArg::Dark => Theme::Dark,
        }
    }
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
        Command::Chart(args) => chart(args, lang, out, err),
        Command::Report { file, out: target } => export(file, lang, out, err, |project| {
            report::write_report(project, lang, target).map(|()| vec![target.clone()])
        }),
        Command::ExportCsv { file, out: folder } => export(file, lang, out, err, |project| {
            report::export_csv(project, folder, lang)
        }),
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

fn chart(
    args: &ChartArgs,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> std::io::Result<ExitCode> {
    let ChartArgs {
        file,
        out: target,
        width,
        height,
        assessments,
        theme,
    } = args;
    let Some(format) = ChartFormat::from_path(target) else {
        let error = ExportError::UnknownFormat {
            path: target.clone(),
        };
        writeln!(err, "{}", error.describe(lang, file))?;
        return Ok(ExitCode::from(2));
    };
    let chart = ChartExport {
        assessments: assessments.iter().map(|id| id.as_str().into()).collect(),
        width: *width,
        height: *height,
        theme: (*theme).into(),
        lang,
    };
    export(file, lang, out, err, |project| {
        let bytes = report::chart_bytes(project, &chart, format)?;
        report::write_file(target, &bytes)?;
        Ok(vec![target.clone()])
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
