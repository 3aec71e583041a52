//! Arbitrary bytes through `import::text_from_bytes`, the way `sinergi import`
//! takes a document: whatever the bytes, it returns a text or an error, never
//! panics, hangs or runs out of memory. The file name it is given is picked
//! from the input's length, so every claimed name (.txt, .md, .docx, .odt,
//! .pdf, .doc, none) is tried while the bytes stay as the seeds were; and the
//! same bytes under no name at all must give the same outcome, because the
//! format comes from the bytes, never the name. A text that comes out must be
//! within the limit, not empty, and already normalised.

#![no_main]

use libfuzzer_sys::fuzz_target;
use sinergi::import::{Format, ImportedText, normalize, text_from_bytes};
use sinergi::model::MAX_SOURCE_TEXT_BYTES;

const NAMES: [&str; 7] = [
    "wawancara.txt",
    "catatan.md",
    "wawancara.docx",
    "wawancara.odt",
    "dokumen.pdf",
    "lama.doc",
    "tanpa-nama",
];

/// What an import gave, comparable across names: the text and the format
/// (Markdown is plain text under another name), or the error as written.
fn outcome(result: &Result<ImportedText, sinergi::import::ImportError>) -> String {
    match result {
        Ok(imported) => {
            let format = match imported.format {
                Format::Markdown => Format::Text,
                other => other,
            };
            format!("{format:?}\n{}", imported.text)
        }
        Err(error) => format!("{error:?}"),
    }
}

fuzz_target!(|data: &[u8]| {
    let name = NAMES[data.len() % NAMES.len()];
    let result = text_from_bytes(data, name);
    if let Ok(imported) = &result {
        assert!(!imported.text.is_empty(), "an imported text is never empty");
        assert!(imported.text.len() <= MAX_SOURCE_TEXT_BYTES, "over the limit");
        assert_eq!(normalize(&imported.text), imported.text, "not normalised");
    }
    let nameless = text_from_bytes(data, "dokumen");
    assert_eq!(outcome(&result), outcome(&nameless), "the name changed the outcome");
});
