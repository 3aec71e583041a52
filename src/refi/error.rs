//! What can be wrong with a REFI-QDA file or a code mapping, said with the
//! file, the place in it and what was expected. Nothing is imported when any
//! of these happens.

use crate::i18n::Msg;
use crate::model::Lang;
use crate::store::paths;
use std::path::PathBuf;
use thiserror::Error;

/// Why a `.qdpx` (or a mapping file) could not be read or imported.
#[derive(Debug, Error)]
pub enum RefiError {
    /// The file could not be read.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The system's reason.
        source: std::io::Error,
    },
    /// The path is a folder, a pipe or a device.
    #[error("{}: not a file", path.display())]
    NotAFile {
        /// The path.
        path: PathBuf,
    },
    /// The file or one of its parts is larger than Sinergi reads.
    #[error("{name}: {bytes} bytes, more than the {limit} bytes Sinergi reads")]
    TooLarge {
        /// The file, or the part inside the package.
        name: String,
        /// Its size.
        bytes: u64,
        /// The limit.
        limit: u64,
    },
    /// The zip package is damaged (or is no zip).
    #[error("{}: not a readable REFI-QDA package (zip): {reason}", path.display())]
    Damaged {
        /// The package.
        path: PathBuf,
        /// What the zip reader said.
        reason: String,
    },
    /// The package holds no `project.qde`.
    #[error("{}: the package holds no project.qde", path.display())]
    NoProject {
        /// The package.
        path: PathBuf,
    },
    /// The XML is not well-formed, or does not follow the schema.
    #[error("{file}:{line}:{column}: {reason}")]
    Xml {
        /// The part (`project.qde`) or file.
        file: String,
        /// The line, from 1.
        line: u32,
        /// The column, from 1.
        column: u32,
        /// What is wrong or was expected.
        reason: String,
    },
    /// A text is not UTF-8.
    #[error("{file}: the text is not UTF-8")]
    NotUtf8 {
        /// The source file.
        file: String,
    },
    /// Source files the project names are not in the package (nor beside it).
    #[error("missing source files: {}", missing.join(", "))]
    MissingSources {
        /// Each missing source: its name and the path the project gives.
        missing: Vec<String>,
    },
    /// A selection lies outside its source's text (under every counting).
    #[error(
        "{source_name}: selection {selection} ({start}-{end}) lies outside the text ({length} characters)"
    )]
    OutOfRange {
        /// The source's name.
        source_name: String,
        /// The selection's name or GUID.
        selection: String,
        /// Its start.
        start: usize,
        /// Its end.
        end: usize,
        /// The text's length under the standard's counting.
        length: usize,
    },
    /// A source's text is larger than a Sinergi source may hold.
    #[error("{source_name}: the text is {bytes} bytes, more than a source may hold ({limit})")]
    SourceTooLarge {
        /// The source's name.
        source_name: String,
        /// Its size.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
    /// The mapping file is not a mapping.
    #[error("{}:{line}:{column}: {reason}", path.display())]
    Mapping {
        /// The mapping file.
        path: PathBuf,
        /// The line, from 1.
        line: usize,
        /// The column, from 1.
        column: usize,
        /// What the reader said.
        reason: String,
    },
    /// The mapping sends a code to an indicator the framework does not have.
    #[error(
        "code \"{code}\" is mapped to the indicator \"{indicator}\", which the framework does not have"
    )]
    UnknownIndicator {
        /// The code's name.
        code: String,
        /// The indicator id.
        indicator: String,
    },
}

impl RefiError {
    /// A schema error at a place in `file`.
    pub fn xml(file: &str, (line, column): (u32, u32), reason: impl Into<String>) -> Self {
        RefiError::Xml {
            file: file.to_owned(),
            line,
            column,
            reason: reason.into(),
        }
    }

    /// The error as a sentence in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            RefiError::Io { path, source } => {
                Msg::RefiIo.fill(lang, &[&paths::display(path), source])
            }
            RefiError::NotAFile { path } => Msg::RefiNotAFile.fill(lang, &[&paths::display(path)]),
            RefiError::TooLarge { name, bytes, limit } => {
                Msg::RefiTooLarge.fill(lang, &[name, bytes, limit])
            }
            RefiError::Damaged { path, reason } => {
                Msg::RefiDamaged.fill(lang, &[&paths::display(path), reason])
            }
            RefiError::NoProject { path } => {
                Msg::RefiNoProject.fill(lang, &[&paths::display(path)])
            }
            RefiError::Xml {
                file,
                line,
                column,
                reason,
            } => Msg::RefiXml.fill(lang, &[file, line, column, reason]),
            RefiError::NotUtf8 { file } => Msg::RefiNotUtf8.fill(lang, &[file]),
            RefiError::MissingSources { missing } => {
                Msg::RefiMissingSources.fill(lang, &[&missing.join(", ")])
            }
            RefiError::OutOfRange {
                source_name,
                selection,
                start,
                end,
                length,
            } => Msg::RefiOutOfRange.fill(lang, &[source_name, selection, start, end, length]),
            RefiError::SourceTooLarge {
                source_name,
                bytes,
                limit,
            } => Msg::RefiSourceTooLarge.fill(lang, &[source_name, bytes, limit]),
            RefiError::Mapping {
                path,
                line,
                column,
                reason,
            } => Msg::RefiMappingBad.fill(lang, &[&paths::display(path), line, column, reason]),
            RefiError::UnknownIndicator { code, indicator } => {
                Msg::RefiUnknownIndicator.fill(lang, &[code, indicator])
            }
        }
    }
}
