//! What a file is, from its first bytes rather than its name: a renamed file
//! (a .docx saved as .odt, a PDF without an extension) is still read right.

use super::error::ImportError;
use std::path::Path;

/// The container a file's bytes are in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Container {
    /// A PDF.
    Pdf,
    /// A zip package (.docx, .odt, or something else zipped).
    Zip,
    /// A Microsoft compound file: an old .doc, or an encrypted Office file.
    Ole,
    /// Anything else: it may be text (decided when it is decoded).
    Text,
}

/// The signature of a compound (OLE2) file.
const OLE_MAGIC: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Tells the container from the first bytes.
pub(super) fn container(bytes: &[u8]) -> Container {
    if bytes.starts_with(&OLE_MAGIC) {
        return Container::Ole;
    }
    // A local file header, or the end record of an empty archive.
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return Container::Zip;
    }
    if bytes.starts_with(b"%PDF-") {
        return Container::Pdf;
    }
    // Readers accept a PDF header anywhere in the first kilobyte; a text that
    // merely mentions "%PDF-" is text, so that only counts for binary data.
    let head = &bytes[..bytes.len().min(1024)];
    if contains(head, b"%PDF-") && looks_binary(bytes) {
        return Container::Pdf;
    }
    Container::Text
}

/// Why a compound file cannot be imported: an encrypted .docx/.xlsx/.pptx
/// keeps its package in an `EncryptionInfo` + `EncryptedPackage` pair; an old
/// Word file has a `WordDocument` stream. Stream names are UTF-16LE.
pub(super) fn ole_error(bytes: &[u8]) -> ImportError {
    let utf16 =
        |name: &str| -> Vec<u8> { name.encode_utf16().flat_map(u16::to_le_bytes).collect() };
    if contains(bytes, &utf16("EncryptionInfo")) || contains(bytes, &utf16("EncryptedPackage")) {
        ImportError::Encrypted
    } else if contains(bytes, &utf16("WordDocument")) {
        ImportError::LegacyDoc
    } else {
        ImportError::Unsupported
    }
}

/// True when `needle` occurs in `haystack`.
pub(super) fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty()
        && haystack
            .windows(needle.len())
            .any(|window| window == needle)
}

/// Binary data rather than text: a NUL byte in the first 64 KB, or more than
/// 2% control bytes other than tab, line ends, form feed and escape.
pub(super) fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(64 * 1024)];
    if head.contains(&0) {
        return true;
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c | 0x1b))
        .count();
    controls * 50 > head.len()
}

/// True for a Markdown file name (`.md`, `.markdown`, ...): such a text is
/// imported as it is, and said to be Markdown.
pub(super) fn is_markdown(name: &str) -> bool {
    Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| {
            ["md", "markdown", "mdown", "mkd"]
                .iter()
                .any(|m| e.eq_ignore_ascii_case(m))
        })
}
