//! Any project the window would open, drawn as a PNG chart at a size the input
//! chooses (small, to keep each run quick): no panic, and a PNG of exactly
//! that size, or a clear error.

#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use sinergi::report::{ChartExport, ChartFormat, chart_bytes};

fuzz_target!(|data: &[u8]| {
    let Some(project) = common::project(data) else {
        return;
    };
    let width = 8 + (data.len() % 120) as u32;
    let height = 8 + (data.first().copied().unwrap_or(0) % 120) as u32;
    let export = ChartExport {
        width,
        height,
        lang: common::lang(data),
        ..ChartExport::default()
    };
    match chart_bytes(&project, &export, ChartFormat::Png) {
        Ok(png) => {
            assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
            let number = |at: usize| u32::from_be_bytes([png[at], png[at + 1], png[at + 2], png[at + 3]]);
            assert_eq!((number(16), number(20)), (width, height));
        }
        Err(error) => assert!(!error.to_string().is_empty()),
    }
});
