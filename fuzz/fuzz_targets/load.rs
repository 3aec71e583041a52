//! Arbitrary bytes through the loader, the way `store::load` takes a file: the
//! size limit, the UTF-8 check, `store::parse` (schema version, nesting limit,
//! RON), then `validate`. Nothing may panic, hang or run out of memory. A project
//! that loads and validates must also survive a save: written with
//! `store::to_ron`, it parses back to the same project.

#![no_main]

use libfuzzer_sys::fuzz_target;
use sinergi::store;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    if data.len() as u64 > store::MAX_FILE_BYTES {
        return;
    }
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let path = Path::new("fuzz.ron");
    let Ok(project) = store::parse(text, path) else {
        return;
    };
    if !project.validate().is_empty() {
        return;
    }
    let saved = store::to_ron(&project);
    let again = store::parse(&saved, path).expect("a saved valid project parses again");
    assert_eq!(again, project, "a saved valid project reads back the same");
});
