//! What can go wrong importing a source's text, told so that the user knows
//! what to do next (the sentences in both languages are in `i18n`).

use super::imported::Format;
use thiserror::Error;

/// Which size a [`ImportError::TooLarge`] is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measured {
    /// The file on disk.
    File,
    /// One part of a package (an XML part of a .docx/.odt, a PDF stream) once
    /// unpacked: a guard against zip bombs.
    Unpacked,
    /// The text, after extraction and normalisation.
    Text,
}

/// A file whose text could not be imported. Nothing is changed when one occurs.
#[derive(Debug, Error)]
pub enum ImportError {
    /// The path is a folder, a pipe, a device: not a regular file.
    #[error("not a regular file")]
    NotAFile {
        /// True for a folder.
        is_dir: bool,
    },
    /// The operating system refused to read it.
    #[error("cannot read the file: {source}")]
    Io {
        /// The system's reason.
        source: std::io::Error,
    },
    /// Over a size limit.
    #[error("too large ({what:?}): {bytes} bytes, the limit is {limit}")]
    TooLarge {
        /// What was measured.
        what: Measured,
        /// Its size in bytes (for [`Measured::Unpacked`], the limit plus one:
        /// unpacking stops there).
        bytes: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// Not a document Sinergi reads: binary data, a spreadsheet, an image.
    #[error("not a text, Markdown, Word (.docx), OpenDocument (.odt) or PDF file")]
    Unsupported,
    /// A PDF whose pages are images with no text layer.
    #[error("the PDF has no text layer (a scanned document); run OCR on it or paste its text")]
    ScannedPdf,
    /// A PDF without pages, or whose pages give no text at all.
    #[error("the PDF holds no text that can be extracted")]
    EmptyPdf,
    /// A text or word-processor file with no text in it.
    #[error("the file holds no text")]
    Empty,
    /// Protected by a password (the text is encrypted).
    #[error("the file is password-protected")]
    Encrypted,
    /// A Word 97-2003 `.doc`.
    #[error("an old Word 97-2003 document; save it as .docx")]
    LegacyDoc,
    /// The file says what it is but cannot be read as one.
    #[error("the {format:?} file is damaged: {reason}")]
    Damaged {
        /// What the file looks like.
        format: Format,
        /// The reader's own description, in English.
        reason: String,
    },
}

impl ImportError {
    /// A [`ImportError::Damaged`] with the reader's message.
    pub(crate) fn damaged(format: Format, reason: impl std::fmt::Display) -> Self {
        let mut reason = reason.to_string();
        // A reader's message can quote the input; keep it to one short line.
        reason.retain(|c| !c.is_control());
        if reason.chars().count() > 200 {
            reason = reason.chars().take(200).collect::<String>() + "…";
        }
        ImportError::Damaged { format, reason }
    }
}
