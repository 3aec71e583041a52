//! Inputs the fuzz targets (`fuzz/fuzz_targets/`) once crashed on, kept in
//! `tests/fuzz_regressions/` (every file but the README). Each goes through
//! the same path as the loader target: `store::load` (size limit, UTF-8,
//! schema version, RON), then validation, and a valid project must read back
//! the same after a save; then, as the export targets do, through every
//! export (SVG, PNG, HTML, CSV, the Word chapter) when the window would open it. None may
//! panic. See docs/fuzzing.md.

use crate::common::root;
use sinergi::store;
use std::path::PathBuf;

fn regression_inputs() -> Vec<PathBuf> {
    let dir = root().join("tests").join("fuzz_regressions");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/fuzz_regressions exists")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.is_file() && path.file_name().is_some_and(|n| n != "README.md"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_input_that_once_crashed_the_loader_now_loads_or_is_refused() {
    for path in regression_inputs() {
        let name = path.display().to_string();
        let outcome = std::panic::catch_unwind(|| {
            let Ok(project) = store::load(&path) else {
                return;
            };
            if project.validate().is_empty() {
                let again = store::parse(&store::to_ron(&project), &path)
                    .expect("a saved valid project parses again");
                assert_eq!(again, project, "a saved valid project reads back the same");
            }
        });
        assert!(outcome.is_ok(), "{name}: the loader panicked");
    }
}

#[test]
fn every_input_that_once_crashed_an_export_now_exports_or_is_refused() {
    use sinergi::report::{ChartExport, ChartFormat, chart_bytes, csv_tables, report_html};
    for path in regression_inputs() {
        let name = path.display().to_string();
        let outcome = std::panic::catch_unwind(|| {
            let Ok(project) = store::load(&path) else {
                return;
            };
            let refused = project.validate().iter().any(|problem| {
                matches!(problem, sinergi::model::Problem::TooLong { .. })
                    || matches!(problem, sinergi::model::Problem::BadId { chars, .. } if *chars > sinergi::model::MAX_ID_CHARS)
            });
            if refused {
                return;
            }
            for lang in sinergi::model::Lang::ALL {
                let export = ChartExport {
                    width: 64,
                    height: 48,
                    lang,
                    ..ChartExport::default()
                };
                let _ = chart_bytes(&project, &export, ChartFormat::Svg);
                let _ = chart_bytes(&project, &export, ChartFormat::Png);
                let _ = report_html(&project, lang);
                let _ = csv_tables(&project, lang);
                let options = sinergi::report::ChapterOptions {
                    number: 4,
                    lang,
                    assessments: Vec::new(),
                };
                if let Ok(chapter) = sinergi::report::build_chapter(&project, &options) {
                    let _ = sinergi::report::docx_bytes(&chapter);
                }
            }
        });
        assert!(outcome.is_ok(), "{name}: an export panicked");
    }
}
