//! The network diagram as a file, PNG or SVG, drawn from the same geometry as
//! the window: for the command line, the File menu and the Word chapter.

use super::chart_file::{ChartExport, ChartFormat};
use super::error::ExportError;
use super::file::write_file;
use crate::analysis::NetworkFilter;
use crate::chart::network::layout::positions;
use crate::chart::png::{MAX_SIDE, RasterError, svg_to_png};
use crate::chart::svg::{LegendPosition, SvgOptions, network_svg};
use crate::i18n::Msg;
use crate::model::{Lang, Project};
use std::path::Path;

/// The network diagram of `project` as an SVG document: its size, colours and
/// language from `export` (its assessments are not used), every relation shown
/// unless `filter` says otherwise, titled with the study.
pub fn network_svg_file(
    project: &Project,
    export: &ChartExport,
    filter: &NetworkFilter,
) -> Result<String, ExportError> {
    let (width, height) = (export.width, export.height);
    if width == 0 || height == 0 || width > MAX_SIDE || height > MAX_SIDE {
        return Err(RasterError::BadSize { width, height }.into());
    }
    let options = SvgOptions {
        width,
        height,
        theme: export.theme,
        lang: export.lang,
        title: project.study.title.clone(),
        subtitle: Msg::ExportNetworkTitle.get(export.lang).to_owned(),
        legend: LegendPosition::Auto,
        scale: 1.0,
    };
    Ok(network_svg(project, filter, &positions(project), &options))
}

/// The network diagram's bytes in `format`.
pub fn network_bytes(
    project: &Project,
    export: &ChartExport,
    format: ChartFormat,
) -> Result<Vec<u8>, ExportError> {
    let svg = network_svg_file(project, export, &NetworkFilter::default())?;
    match format {
        ChartFormat::Svg => Ok(svg.into_bytes()),
        ChartFormat::Png => Ok(svg_to_png(&svg, export.width, export.height)?),
    }
}

/// The network diagram as PNG bytes, `width` x `height`, light, every relation
/// shown, in `lang`: the picture a document (the Word chapter) embeds.
pub fn network_png(
    project: &Project,
    lang: Lang,
    width: u32,
    height: u32,
) -> Result<Vec<u8>, ExportError> {
    let export = ChartExport {
        width,
        height,
        lang,
        ..ChartExport::default()
    };
    network_bytes(project, &export, ChartFormat::Png)
}

/// Writes the network diagram to `path`, in the format its extension names.
pub fn write_network(
    project: &Project,
    export: &ChartExport,
    path: &Path,
) -> Result<(), ExportError> {
    let format = ChartFormat::required_by(path)?;
    write_file(path, &network_bytes(project, export, format)?)
}
