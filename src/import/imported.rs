//! What an import gives (the text, a title, the format found) and the limits
//! every import keeps.

use std::path::Path;

/// The largest file read: 64 MB (a long report with pictures; its text must
/// still fit in [`crate::model::MAX_SOURCE_TEXT_BYTES`]).
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// The most any one part of a file may unpack to (an XML part of a .docx or
/// .odt, a PDF stream): 64 MB, against zip bombs.
pub const MAX_UNPACKED_BYTES: u64 = 64 * 1024 * 1024;

/// The kinds of file Sinergi imports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text.
    Text,
    /// Markdown, imported as its text.
    Markdown,
    /// Word 2007 and later (Office Open XML).
    Docx,
    /// OpenDocument text (LibreOffice).
    Odt,
    /// PDF with a text layer.
    Pdf,
}

/// A file's text, ready to become a source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportedText {
    /// The normalised text, never empty.
    pub text: String,
    /// A title made from the file name.
    pub title: String,
    /// What the file turned out to be.
    pub format: Format,
}

/// A title from a file name: without its extension, `_` and `-` read as
/// spaces, runs of spaces made one. A name with nothing else left gives itself.
pub fn title_from_name(name: &str) -> String {
    let stem = Path::new(name)
        .file_stem()
        .map_or_else(|| name.into(), |s| s.to_string_lossy());
    let spaced: String = stem
        .chars()
        .map(|c| if matches!(c, '_' | '-') { ' ' } else { c })
        .filter(|c| !c.is_control())
        .collect();
    let title = spaced.split_whitespace().collect::<Vec<_>>().join(" ");
    if title.is_empty() {
        name.trim().to_owned()
    } else {
        title
    }
}
