//! Any project the window would open, written as the Word chapter: no panic;
//! the `.docx` is a zip whose `word/document.xml` is well-formed XML (a
//! project's text with `<`, `&`, control characters or lone surrogates from a
//! paste must never break the document Word opens), and the chapter's chart
//! is embedded as a PNG.

#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use sinergi::report::{ChapterOptions, build_chapter, docx_bytes};
use std::io::Read;

fuzz_target!(|data: &[u8]| {
    let Some(project) = common::project(data) else {
        return;
    };
    let options = ChapterOptions {
        number: u32::from(data.first().copied().unwrap_or(4)),
        lang: common::lang(data),
        assessments: Vec::new(),
    };
    // A chapter that cannot be built is an error the user is shown, not a crash.
    let Ok(chapter) = build_chapter(&project, &options) else {
        return;
    };
    let Ok(bytes) = docx_bytes(&chapter) else {
        return;
    };
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip package");
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .expect("the document part")
        .read_to_string(&mut xml)
        .expect("UTF-8 XML");
    if let Err(error) = roxmltree::Document::parse(&xml) {
        panic!("word/document.xml is not well-formed: {error}");
    }
    let pictures = (0..zip.len())
        .filter_map(|i| zip.by_index(i).ok().map(|f| f.name().to_owned()))
        .filter(|name| name.starts_with("word/media/"))
        .count();
    assert!(pictures >= 1, "the chart is embedded");
});
