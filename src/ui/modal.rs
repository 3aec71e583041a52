//! The dialogs that can stand in front of the workbench, as data: which one is
//! open and what it asks about. `dialogs.rs` draws them; the app acts on the
//! answers.

use super::files::DialogPurpose;
use crate::analysis::ImportPlan;
use crate::chart::svg::Theme;
use crate::document::{FrameworkEdit, FrameworkEffects, ItemRef};
use crate::model::{AssessmentId, Framework, Lang};
use crate::report::{ChartExport, ChartFormat, CsvSeparator, ExportFormat, ExportSettings};
use std::path::PathBuf;

/// What the user wanted to do when the unsaved-changes question interrupted.
#[derive(Clone, Debug, PartialEq)]
pub enum Intent {
    /// Start a new project.
    New,
    /// Choose a file to open.
    Open,
    /// Open the example.
    OpenExample,
    /// Open this file.
    OpenPath(PathBuf),
    /// Close the window.
    Quit,
}

/// A dialog in front of the workbench.
#[derive(Clone, Debug, PartialEq)]
pub enum Modal {
    /// "Save changes?" before carrying out the intent.
    Unsaved(Intent),
    /// "Delete?" for an item that is referred to, with what refers to it.
    ConfirmDelete(ItemRef, String),
    /// Something went wrong: a title and one message per line.
    Error(String, Vec<String>),
    /// No native dialog could be shown: type a path instead.
    PathPrompt(DialogPurpose, String),
    /// Keyboard shortcuts.
    Shortcuts,
    /// About Sinergi.
    About,
    /// A recovery copy from a run that did not end cleanly: restore it?
    Recover {
        /// When it was made (seconds since 1970).
        made: u64,
        /// The file it belongs to.
        original: Option<PathBuf>,
    },
    /// The file changed on disk since it was opened or saved here.
    ChangedOnDisk(PathBuf),
    /// Saving failed; Save As is offered.
    SaveFailed(Vec<String>),
    /// An export's choices; the language is the study's, offered as the default.
    ExportOptions(ExportFormat, ExportChoices, Lang),
    /// A REFI-QDA project read and placed: confirm the code mapping.
    ImportQdpx(Box<super::qdpx_import::QdpxImport>),
    /// Something done, with what to know about it: a title and one line each.
    Info(String, Vec<String>),
    /// Choose a framework: for a new project, or to use in this one.
    ChooseFramework(FrameworkChoice),
    /// "Change the framework?", with what the change does to existing work.
    ConfirmFramework(Box<(FrameworkEdit, FrameworkEffects)>),
    /// Which of another file's assessments to import.
    ImportAssessments(ImportPlan),
    /// Documents chosen for "Import text…": the kind their sources get (`None`:
    /// told from each file's format).
    ImportTexts(Vec<std::path::PathBuf>, Option<crate::model::SourceKind>),
}

/// The frameworks offered, the one ticked, and what the choice is for.
#[derive(Clone, Debug, PartialEq)]
pub struct FrameworkChoice {
    /// The frameworks to choose from (the built-in ones, or one from a file).
    pub candidates: Vec<Framework>,
    /// The one ticked.
    pub chosen: usize,
    /// True when choosing for a new project; otherwise for the open one.
    pub new_project: bool,
    /// The new project's title, as typed so far (it may stay empty).
    pub title: String,
}

/// The chart sizes offered for export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartSize {
    /// A 1920x1080 slide.
    Slide,
    /// An A4 page at 300 dpi (portrait).
    A4,
    /// Any size.
    Custom,
}

/// What the export dialog asks, remembered between exports.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportChoices {
    /// The size preset.
    pub size: ChartSize,
    /// Width for a custom size.
    pub width: u32,
    /// Height for a custom size.
    pub height: u32,
    /// Dark background instead of light.
    pub dark: bool,
    /// SVG instead of PNG.
    pub svg: bool,
    /// The chapter's number, for the Word chapter's captions.
    pub chapter: u32,
    /// The export's language; `None` follows the study's language.
    pub lang: Option<Lang>,
    /// Commas or semicolons between CSV fields.
    pub csv_separator: CsvSeparator,
}

impl Default for ExportChoices {
    fn default() -> Self {
        Self {
            size: ChartSize::Slide,
            width: 1920,
            height: 1080,
            dark: false,
            svg: false,
            chapter: crate::report::DEFAULT_CHAPTER,
            lang: None,
            // Excel reads the separator from the system's region: a computer
            // set to Indonesian expects semicolons.
            csv_separator: if crate::i18n::system_lang() == Lang::Id {
                CsvSeparator::Semicolon
            } else {
                CsvSeparator::Comma
            },
        }
    }
}

impl ExportChoices {
    /// The pixel size chosen.
    pub fn pixels(&self) -> (u32, u32) {
        match self.size {
            ChartSize::Slide => (1920, 1080),
            ChartSize::A4 => (2480, 3508),
            ChartSize::Custom => (self.width.clamp(64, 16_384), self.height.clamp(64, 16_384)),
        }
    }

    /// The export settings these choices make, for `assessments`, in the
    /// language chosen or else `study_lang`.
    pub fn settings(&self, study_lang: Lang, assessments: Vec<AssessmentId>) -> ExportSettings {
        let lang = self.lang.unwrap_or(study_lang);
        let (width, height) = self.pixels();
        ExportSettings {
            lang,
            chart: ChartExport {
                assessments,
                width,
                height,
                theme: if self.dark { Theme::Dark } else { Theme::Light },
                lang,
            },
            chart_format: Some(if self.svg {
                ChartFormat::Svg
            } else {
                ChartFormat::Png
            }),
            chapter: self.chapter,
            csv_separator: self.csv_separator,
        }
    }
}
