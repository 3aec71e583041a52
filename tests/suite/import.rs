//! Importing a source's text: every fixture in `tests/fixtures/import` gives
//! exactly its expected text or its expected error; the normalised text keeps
//! its promises; hostile bytes never panic; and `sinergi import` end to end,
//! all or nothing.

use crate::common::root;
use sinergi::import::{
    Format, ImportError, ImportedText, Measured, normalize, read_source_text, text_from_bytes,
};
use sinergi::model::MAX_SOURCE_TEXT_BYTES;
use std::fs;
use std::path::PathBuf;

fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures/import").join(name)
}

fn expected(name: &str) -> String {
    fs::read_to_string(fixture(name)).expect("an expected text")
}

fn import(name: &str) -> Result<ImportedText, ImportError> {
    read_source_text(&fixture(name))
}

#[test]
fn every_text_file_gives_the_expected_text() {
    let text = expected("text.expected.txt");
    for name in [
        "plain.txt",
        "bom.txt",
        "crlf.txt",
        "cp1252.txt",
        "utf16.txt",
        "utf16be.txt",
    ] {
        let imported = import(name).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(imported.text, text, "{name}");
        assert_eq!(imported.format, Format::Text, "{name}");
    }
    let notes = import("notes.md").expect("notes.md imports");
    assert_eq!(notes.text, expected("notes.expected.txt"));
    assert_eq!(notes.format, Format::Markdown);
    assert_eq!(notes.title, "notes");
}

#[test]
fn word_and_opendocument_give_the_expected_text() {
    let text = expected("interview.expected.txt");
    let docx = import("interview.docx").expect("interview.docx imports");
    assert_eq!(docx.text, text);
    assert_eq!(docx.format, Format::Docx);
    let odt = import("interview.odt").expect("interview.odt imports");
    assert_eq!(odt.text, text);
    assert_eq!(odt.format, Format::Odt);
}

#[test]
fn the_format_comes_from_the_bytes_not_the_name() {
    let text = expected("interview.expected.txt");
    let docx = fs::read(fixture("interview.docx")).expect("read");
    let odt = fs::read(fixture("interview.odt")).expect("read");
    let pdf = fs::read(fixture("document.pdf")).expect("read");
    let as_odt = text_from_bytes(&docx, "wawancara.odt").expect("a .docx called .odt");
    assert_eq!(
        (as_odt.text.as_str(), as_odt.format),
        (text.as_str(), Format::Docx)
    );
    let as_docx = text_from_bytes(&odt, "wawancara.docx").expect("an .odt called .docx");
    assert_eq!(
        (as_docx.text.as_str(), as_docx.format),
        (text.as_str(), Format::Odt)
    );
    let nameless = text_from_bytes(&pdf, "dokumen").expect("a PDF without an extension");
    assert_eq!(nameless.format, Format::Pdf);
}

/// Every line of `document.phrases.txt` is in the text, runs of spaces and
/// tabs counted as one space (line wrapping differs between extractors).
fn assert_has_the_phrases(text: &str, name: &str) {
    let collapse = |s: &str| {
        s.split([' ', '\t'])
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let flat = text.lines().map(collapse).collect::<Vec<_>>().join("\n");
    for phrase in expected("document.phrases.txt")
        .lines()
        .filter(|l| !l.trim().is_empty())
    {
        assert!(
            flat.contains(&collapse(phrase)),
            "{name}: {phrase:?} missing from\n{text}"
        );
    }
}

#[test]
fn a_pdf_gives_its_text_layer_also_with_an_owner_password_only() {
    for name in ["document.pdf", "restricted.pdf"] {
        let imported = import(name).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(imported.format, Format::Pdf);
        assert_has_the_phrases(&imported.text, name);
        assert!(
            !imported.text.contains('\u{F095}'),
            "{name}: a bullet glyph is left"
        );
        assert_eq!(
            normalize(&imported.text),
            imported.text,
            "{name} is normalised"
        );
    }
}

/// Whether an error is the one a fixture must give.
type Expected = fn(&ImportError) -> bool;

#[test]
fn every_bad_fixture_gives_its_error() {
    let cases: &[(&str, Expected)] = &[
        ("encrypted.pdf", |e| matches!(e, ImportError::Encrypted)),
        ("encrypted.odt", |e| matches!(e, ImportError::Encrypted)),
        ("encrypted.docx", |e| matches!(e, ImportError::Encrypted)),
        ("scanned.pdf", |e| matches!(e, ImportError::ScannedPdf)),
        ("damaged.pdf", |e| {
            matches!(
                e,
                ImportError::Damaged {
                    format: Format::Pdf,
                    ..
                }
            )
        }),
        ("damaged.docx", |e| {
            matches!(
                e,
                ImportError::Damaged {
                    format: Format::Docx,
                    ..
                }
            )
        }),
        ("malformed.docx", |e| {
            matches!(
                e,
                ImportError::Damaged {
                    format: Format::Docx,
                    ..
                }
            )
        }),
        ("legacy.doc", |e| matches!(e, ImportError::LegacyDoc)),
        ("binary.bin", |e| matches!(e, ImportError::Unsupported)),
        ("huge.docx", |e| {
            matches!(e, ImportError::TooLarge { what: Measured::Text, bytes: 5_839_999, limit }
                if *limit == MAX_SOURCE_TEXT_BYTES as u64)
        }),
    ];
    for (name, expected) in cases {
        match import(name) {
            Ok(imported) => panic!("{name} imported {} bytes", imported.text.len()),
            Err(error) => assert!(expected(&error), "{name}: unexpected {error:?}"),
        }
    }
    let binary = fs::read(fixture("binary.bin")).expect("read");
    assert!(matches!(
        text_from_bytes(&binary, "catatan.txt"),
        Err(ImportError::Unsupported)
    ));
}
