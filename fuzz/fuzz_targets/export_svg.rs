//! Any project the window would open, exported as the SVG chart: no panic, and
//! the SVG is always one the renderer accepts (well-formed XML, valid SVG),
//! whatever the project's text holds (control characters, markup, huge names).

#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use sinergi::chart::png::RasterError;
use sinergi::report::{ChartExport, ChartFormat, ExportError, chart_bytes, chart_svg};

fuzz_target!(|data: &[u8]| {
    let Some(project) = common::project(data) else {
        return;
    };
    let export = ChartExport {
        width: 320,
        height: 240,
        lang: common::lang(data),
        ..ChartExport::default()
    };
    let Ok(svg) = chart_svg(&project, &export) else {
        return;
    };
    assert!(svg.starts_with("<svg") || svg.starts_with("<?xml"), "{svg:.80}");
    // The renderer parses the SVG before drawing; a tiny size keeps it quick.
    let tiny = ChartExport {
        width: 16,
        height: 16,
        ..export
    };
    match chart_bytes(&project, &tiny, ChartFormat::Png) {
        Err(ExportError::Raster(RasterError::InvalidSvg(reason))) => {
            panic!("the chart SVG does not parse: {reason}")
        }
        _ => {}
    }
});
