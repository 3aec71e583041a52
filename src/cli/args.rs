//! The command line's shape: the window by default, a project file to open, the
//! language, and the headless subcommands.

use super::export_args::ExportCommand;
use crate::i18n;
use crate::model::{Lang, SourceKind};
use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Sinergi: assess collaborative governance, with every score traced to its evidence.
#[derive(Debug, Parser)]
#[command(name = "sinergi", version)]
pub struct Cli {
    /// A project file (.sinergi, or .ron) to open in the window.
    pub file: Option<PathBuf>,
    /// Language of the interface and of the output: id (Bahasa Indonesia) or en.
    /// Exports default to the study's own language.
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

/// `--kind` values: the kinds of source.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum KindArg {
    /// An interview.
    Interview,
    /// A focus group discussion.
    FocusGroup,
    /// An observation.
    Observation,
    /// A questionnaire or survey.
    Questionnaire,
    /// A document.
    Document,
    /// Secondary data.
    SecondaryData,
}

impl From<KindArg> for SourceKind {
    fn from(arg: KindArg) -> SourceKind {
        match arg {
            KindArg::Interview => SourceKind::Interview,
            KindArg::FocusGroup => SourceKind::FocusGroup,
            KindArg::Observation => SourceKind::Observation,
            KindArg::Questionnaire => SourceKind::Questionnaire,
            KindArg::Document => SourceKind::Document,
            KindArg::SecondaryData => SourceKind::SecondaryData,
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
        /// Rewrite it even though it has comments, which the rewrite drops
        /// (the old file, comments and all, is kept as .bak).
        #[arg(long)]
        drop_comments: bool,
    },
    /// Import a REFI-QDA project (.qdpx) from NVivo, ATLAS.ti, MAXQDA or QualCoder
    ///
    /// Its text sources, coded passages as anchored evidence notes and cases as
    /// actors, all or nothing. Codes map to indicators by the saved mapping or
    /// by name; the others become tags.
    #[command(name = "import-qdpx")]
    ImportQdpx {
        /// The Sinergi project to add to (saved atomically, keeping a .bak).
        file: PathBuf,
        /// The REFI-QDA project.
        package: PathBuf,
        /// The code mapping to read and to save (default: PACKAGE.qdpx-mapping.ron
        /// beside the package).
        #[arg(long)]
        mapping: Option<PathBuf>,
    },
    /// Add a source per document (.txt, .md, .docx, .odt, .pdf) with its full
    /// text; all or nothing, saved atomically (keeping a .bak).
    Import {
        /// The project file.
        file: PathBuf,
        /// The documents, one source each.
        #[arg(required = true, value_name = "DOC")]
        docs: Vec<PathBuf>,
        /// The kind of source [default: what the file name says (wawancara, interview,
        /// observasi, fgd, kuesioner...), else interview; document for a PDF].
        #[arg(long, value_enum)]
        kind: Option<KindArg>,
        /// The source's title (with one document; default: from the file name).
        #[arg(long, value_name = "T")]
        title: Option<String>,
    },
    /// Write an export; one subcommand per format (chart, report, export-csv, ...).
    #[command(flatten)]
    Export(ExportCommand),
}

impl Cli {
    /// The language asked for, or the system's.
    pub fn language(&self) -> Lang {
        self.lang.map_or_else(i18n::system_lang, Lang::from)
    }
}
