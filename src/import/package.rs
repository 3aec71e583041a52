//! Zip packages: which word-processor format one holds (.docx or .odt, from
//! its parts, whatever the file is called), and reading a part with a cap on
//! its unpacked size so that a zip bomb is refused instead of filling memory.

use super::error::{ImportError, Measured};
use super::imported::{Format, MAX_UNPACKED_BYTES};
use std::io::{Cursor, Read};
use zip::ZipArchive;
use zip::result::ZipError;

/// An open package.
pub(super) type Package<'a> = ZipArchive<Cursor<&'a [u8]>>;

/// Opens a zip package.
pub(super) fn open(bytes: &[u8]) -> Result<Package<'_>, ImportError> {
    ZipArchive::new(Cursor::new(bytes))
        .map_err(|error| ImportError::damaged(label_of_damaged(bytes), error))
}

/// Which word-processor format a package holds, from the parts it has:
/// OpenDocument has `mimetype` and `content.xml`, Word has `word/document.xml`
/// and the relationships that name it. `None` for any other zip.
pub(super) fn format_of(package: &Package<'_>) -> Option<Format> {
    let has = |name: &str| package.index_for_name(name).is_some();
    if has("mimetype") || has("content.xml") {
        Some(Format::Odt)
    } else if has("word/document.xml") || has("_rels/.rels") {
        Some(Format::Docx)
    } else {
        None
    }
}

/// What a package too damaged to open was: OpenDocument stores its
/// `mimetype` part first, so the first local header's name tells.
fn label_of_damaged(bytes: &[u8]) -> Format {
    let name_length = bytes
        .get(26..28)
        .map_or(0, |b| usize::from(u16::from_le_bytes([b[0], b[1]])));
    if bytes.get(30..30 + name_length) == Some(b"mimetype".as_slice()) {
        Format::Odt
    } else {
        Format::Docx
    }
}

/// The part `name` as UTF-8 text, `None` when the package has no such part.
pub(super) fn read_part(
    package: &mut Package<'_>,
    name: &str,
    format: Format,
) -> Result<Option<String>, ImportError> {
    let part = match package.by_name(name) {
        Ok(part) => part,
        Err(ZipError::FileNotFound) => return Ok(None),
        Err(ZipError::UnsupportedArchive(message)) if message == ZipError::PASSWORD_REQUIRED => {
            return Err(ImportError::Encrypted);
        }
        Err(error) => return Err(ImportError::damaged(format, error)),
    };
    let mut bytes = Vec::new();
    part.take(MAX_UNPACKED_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|error| ImportError::damaged(format, error))?;
    if bytes.len() as u64 > MAX_UNPACKED_BYTES {
        return Err(ImportError::TooLarge {
            what: Measured::Unpacked,
            bytes: bytes.len() as u64,
            limit: MAX_UNPACKED_BYTES,
        });
    }
    String::from_utf8(bytes)
        .map(Some)
        .map_err(|error| ImportError::damaged(format, error))
}
