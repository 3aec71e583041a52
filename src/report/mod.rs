//! The defence exports, made without a window: the chart as PNG or SVG, the
//! self-contained HTML report and the CSV tables. Shared by the command line and
//! the GUI; every file is written atomically.

mod csv;
mod html;

pub use csv::{CSV_FILES, csv_field, export_csv};
pub use html::report_html;

use crate::chart::Radar;
use crate::chart::png::{MAX_PIXELS, MAX_SIDE, svg_to_png};
use crate::chart::svg::{SvgOptions, Theme, radar_svg};
use crate::i18n::{self, Msg};
use crate::model::{AssessmentId, Lang, Project};
use crate::store::{self, SaveError};
use std::path::{Path, PathBuf};
use thiserror::Error;

/// Something an export could not do.
#[derive(Debug, Error)]
pub enum ExportError {
    /// The image size is zero or too large.
    #[error("an image of {width}x{height} is not supported")]
    BadSize {
        /// Asked width.
        width: u32,
        /// Asked height.
        height: u32,
    },
    /// The SVG could not be parsed for rasterising.
    #[error("the chart SVG could not be read: {0}")]
    InvalidSvg(String),
    /// PNG encoding failed.
    #[error("the PNG could not be made: {0}")]
    Png(String),
    /// An asked-for assessment is not in the project.
    #[error("there is no assessment with the id \"{id}\"")]
    UnknownAssessment {
        /// The id asked for.
        id: String,
        /// The ids the project has.
        known: Vec<String>,
    },
    /// The output's extension names no chart format.
    #[error("{}: unknown format; end the file name with .png or .svg", path.display())]
    UnknownFormat {
        /// The output path.
        path: PathBuf,
    },
    /// The output folder could not be made.
    #[error("{}: the folder could not be made ({source})", path.display())]
    CreateFolder {
        /// The folder.
        path: PathBuf,
        /// The system's reason.
        source: std::io::Error,
    },
    /// Writing a file failed; nothing half-written was left behind.
    #[error(transparent)]
    Save(#[from] SaveError),
}

impl ExportError {
    /// The error as a sentence in `lang`; `file` names the project for errors about it.
    pub fn describe(&self, lang: Lang, file: &Path) -> String {
        match self {
            ExportError::BadSize { width, height } => {
                Msg::ExportBadSize.fill(lang, &[width, height, &MAX_SIDE, &MAX_PIXELS])
            }
            ExportError::InvalidSvg(reason) => Msg::ExportSvgInvalid.fill(lang, &[reason]),
            ExportError::Png(reason) => Msg::ExportPngFailed.fill(lang, &[reason]),
            ExportError::UnknownAssessment { id, known } => {
                let known = if known.is_empty() {
                    "—".to_owned()
                } else {
                    known.join(", ")
                };
                Msg::ExportUnknownAssessment.fill(lang, &[&file.display(), id, &known])
            }
            ExportError::UnknownFormat { path } => {
                Msg::ExportUnknownFormat.fill(lang, &[&path.display()])
            }
            ExportError::CreateFolder { path, source } => {
                Msg::ExportFolderFailed.fill(lang, &[&path.display(), source])
            }
            ExportError::Save(error) => i18n::describe_save_error(lang, error),
        }
    }
}

/// The file formats a chart can be exported to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartFormat {
    /// A raster image.
    Png,
    /// A vector drawing.
    Svg,
}

impl ChartFormat {
    /// The format named by `path`'s extension (`.png` or `.svg`, any case).
    pub fn from_path(path: &Path) -> Option<ChartFormat> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "png" => Some(ChartFormat::Png),
            "svg" => Some(ChartFormat::Svg),
            _ => None,
        }
    }
}

/// What chart to export, and how.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartExport {
    /// The assessments to draw, in this order (all of them when empty).
    pub assessments: Vec<AssessmentId>,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Colour scheme.
    pub theme: Theme,
    /// Language of the labels.
    pub lang: Lang,
}

impl Default for ChartExport {
    /// A 1920x1080 slide, light, every assessment.
    fn default() -> Self {
        ChartExport {
            assessments: Vec::new(),
            width: 1920,
            height: 1080,
            theme: Theme::Light,
            lang: Lang::default(),
        }
    }
}

/// Fails on the first of `ids` that names no assessment of `project`.
pub fn check_assessments(project: &Project, ids: &[AssessmentId]) -> Result<(), ExportError> {
    match ids.iter().find(|id| project.assessment(id).is_none()) {
        Some(id) => Err(ExportError::UnknownAssessment {
            id: id.to_string(),
            known: project
                .assessments
                .iter()
                .map(|a| a.id.to_string())
                .collect(),
        }),
        None => Ok(()),
    }
}

/// The chart SVG as `export` describes it, titled with the study and framework.
pub fn chart_svg(project: &Project, export: &ChartExport) -> Result<String, ExportError> {
    check_assessments(project, &export.assessments)?;
    let (width, height) = (export.width, export.height);
    if width == 0 || height == 0 || width > MAX_SIDE || height > MAX_SIDE {
        return Err(ExportError::BadSize { width, height });
    }
    let radar = Radar::build(project, &export.assessments, export.lang);
    let options = SvgOptions {
        width,
        height,
        theme: export.theme,
        ..SvgOptions::for_project(project, export.lang)
    };
    Ok(radar_svg(&radar, &options))
}

/// The chart file's bytes in `format`.
pub fn chart_bytes(
    project: &Project,
    export: &ChartExport,
    format: ChartFormat,
) -> Result<Vec<u8>, ExportError> {
    let svg = chart_svg(project, export)?;
    match format {
        ChartFormat::Svg => Ok(svg.into_bytes()),
        ChartFormat::Png => svg_to_png(&svg, export.width, export.height),
    }
}

/// Writes the chart to `path`, in the format its extension names.
pub fn write_chart(
    project: &Project,
    export: &ChartExport,
    path: &Path,
) -> Result<(), ExportError> {
    let format = ChartFormat::from_path(path).ok_or_else(|| ExportError::UnknownFormat {
        path: path.to_owned(),
    })?;
    write_file(path, &chart_bytes(project, export, format)?)
}

/// Writes the HTML report to `path`.
pub fn write_report(project: &Project, lang: Lang, path: &Path) -> Result<(), ExportError> {
    write_file(path, report_html(project, lang).as_bytes())
}

/// Writes `bytes` to `path` atomically (no backup: an export can be made again).
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    store::replace_atomically(path, bytes)?;
    Ok(())
}
