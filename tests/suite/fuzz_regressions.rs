//! Inputs the loader fuzz target (`fuzz/fuzz_targets/load.rs`) once crashed on,
//! kept in `tests/fuzz_regressions/` (every file but the README). Each goes
//! through the same path as the target: `store::load` (size limit, UTF-8,
//! schema version, RON), then validation, and a valid project must read back
//! the same after a save. None may panic. See docs/fuzzing.md.

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
