//! Importing a source's full text from a file: `.txt` and `.md` (any common
//! encoding), `.docx`, `.odt` and `.pdf` (its text layer). The format is told
//! from the file's first bytes, not its name; the text comes out normalised
//! (see `model::normalize_text`) and within [`MAX_SOURCE_TEXT_BYTES`]. Bad input gives
//! an [`ImportError`], never a panic, a hang or unbounded memory.
//!
//! Uses only `model`. The user-facing sentences for the errors are in `i18n`.

mod contain;
mod detect;
mod docx;
mod error;
mod imported;
mod into_sources;
mod odt;
mod package;
mod pdf;
mod text;
mod xml_text;

/// Imported texts take the one shape every source text has in Sinergi.
pub use crate::model::normalize_text as normalize;
pub use error::{ImportError, Measured};

/// The file name extensions the file dialog offers (the format itself is read
/// from the bytes, so a misnamed file imports too).
pub const EXTENSIONS: [&str; 5] = ["txt", "md", "docx", "odt", "pdf"];
pub use imported::{Format, ImportedText, MAX_FILE_BYTES, MAX_UNPACKED_BYTES, title_from_name};
pub use into_sources::{already_imported, kind_for, kind_for_file_name, new_sources};

use crate::model::MAX_SOURCE_TEXT_BYTES;
use detect::Container;
use std::io::Read;
use std::path::Path;

/// Reads the file at `path` and extracts its text. Anything but a regular
/// file is refused before it is opened (a pipe would block), and at most
/// [`MAX_FILE_BYTES`] + 1 bytes are read.
pub fn read_source_text(path: &Path) -> Result<ImportedText, ImportError> {
    let io = |source| ImportError::Io { source };
    let metadata = std::fs::metadata(path).map_err(io)?;
    if !metadata.is_file() {
        return Err(ImportError::NotAFile {
            is_dir: metadata.is_dir(),
        });
    }
    if metadata.len() > MAX_FILE_BYTES {
        return Err(too_large_file(metadata.len()));
    }
    let file = std::fs::File::open(path).map_err(io)?;
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
    // `take`: the file may have grown since its size was read.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy())
        .unwrap_or_default();
    text_from_bytes(&bytes, &name)
}

/// Extracts the text of a file's `bytes`; `name` is the file's name, used for
/// the title and to tell Markdown from plain text (never for the format).
pub fn text_from_bytes(bytes: &[u8], name: &str) -> Result<ImportedText, ImportError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_large_file(bytes.len() as u64));
    }
    let (raw, format) = match detect::container(bytes) {
        Container::Pdf => (pdf::extract(bytes)?, Format::Pdf),
        Container::Zip => {
            let mut package = package::open(bytes)?;
            match package::format_of(&package) {
                Some(Format::Odt) => (odt::extract(&mut package)?, Format::Odt),
                Some(Format::Docx) => (docx::extract(&mut package)?, Format::Docx),
                _ => return Err(ImportError::Unsupported),
            }
        }
        Container::Ole => return Err(detect::ole_error(bytes)),
        Container::Text => {
            let format = if detect::is_markdown(name) {
                Format::Markdown
            } else {
                Format::Text
            };
            (text::decode(bytes)?, format)
        }
    };
    let text = normalize(&raw);
    drop(raw);
    if text.len() > MAX_SOURCE_TEXT_BYTES {
        return Err(ImportError::TooLarge {
            what: Measured::Text,
            bytes: text.len() as u64,
            limit: MAX_SOURCE_TEXT_BYTES as u64,
        });
    }
    if text.is_empty() {
        return Err(match format {
            Format::Pdf => ImportError::EmptyPdf,
            _ => ImportError::Empty,
        });
    }
    Ok(ImportedText {
        text,
        title: title_from_name(name),
        format,
    })
}

fn too_large_file(bytes: u64) -> ImportError {
    ImportError::TooLarge {
        what: Measured::File,
        bytes,
        limit: MAX_FILE_BYTES,
    }
}
