//! The chart as a file: which assessments, what size and look, PNG or SVG.

use super::error::ExportError;
use super::file::write_file;
use crate::chart::Radar;
use crate::chart::png::{MAX_SIDE, RasterError, svg_to_png};
use crate::chart::svg::{SvgOptions, Theme, radar_svg};
use crate::model::{AssessmentId, Lang, Project};
use std::path::Path;

/// The file formats a chart can be exported to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartFormat {
    /// A raster image.
    Png,
    /// A vector drawing.
    Svg,
}

impl ChartFormat {
    /// The extensions of the chart formats.
    pub const EXTENSIONS: &'static [&'static str] = &["png", "svg"];

    /// The format named by `path`'s extension (`.png` or `.svg`, any case).
    pub fn from_path(path: &Path) -> Option<ChartFormat> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "png" => Some(ChartFormat::Png),
            "svg" => Some(ChartFormat::Svg),
            _ => None,
        }
    }

    /// As [`ChartFormat::from_path`], with the error an export gives for any
    /// other extension.
    pub fn required_by(path: &Path) -> Result<ChartFormat, ExportError> {
        ChartFormat::from_path(path).ok_or_else(|| ExportError::UnknownFormat {
            path: path.to_owned(),
            expected: ChartFormat::EXTENSIONS,
        })
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
        return Err(RasterError::BadSize { width, height }.into());
    }
    let radar = Radar::build(project, &export.assessments, export.lang);
    let framework = project
        .framework_in(radar.framework)
        .unwrap_or(&project.framework);
    let options = SvgOptions {
        width,
        height,
        theme: export.theme,
        subtitle: framework.name.get(export.lang).to_owned(),
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
        ChartFormat::Png => Ok(svg_to_png(&svg, export.width, export.height)?),
    }
}

/// Writes the chart to `path`, in the format its extension names.
pub fn write_chart(
    project: &Project,
    export: &ChartExport,
    path: &Path,
) -> Result<(), ExportError> {
    let format = ChartFormat::required_by(path)?;
    write_file(path, &chart_bytes(project, export, format)?)
}
