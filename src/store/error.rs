//! What can go wrong reading or writing a project file, with the file, line and
//! column a person needs to find the problem.

use std::path::PathBuf;
use thiserror::Error;

/// A project file could not be opened.
#[derive(Debug, Error)]
pub enum LoadError {
    /// The operating system refused to read it.
    #[error("{}: cannot read the file: {source}", path.display())]
    Io {
        /// The file.
        path: PathBuf,
        /// The system's reason.
        source: std::io::Error,
    },
    /// The path names a folder.
    #[error("{}: is a folder, not a project file", path.display())]
    IsDirectory {
        /// The path.
        path: PathBuf,
    },
    /// The path names a FIFO, a device or a socket: reading it could wait forever.
    #[error("{}: not a regular file (a pipe, a device or a socket); choose a project file", path.display())]
    NotRegularFile {
        /// The path.
        path: PathBuf,
    },
    /// The file is larger than any real project.
    #[error("{}: the file is {bytes} bytes; project files larger than {limit} bytes are refused", path.display())]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size.
        bytes: u64,
        /// The limit.
        limit: u64,
    },
    /// The file is not UTF-8 text.
    #[error("{}:{line}:{column}: the file is not UTF-8 text (is it a project file?)", path.display())]
    NotUtf8 {
        /// The file.
        path: PathBuf,
        /// Line of the first invalid byte.
        line: usize,
        /// Column of the first invalid byte.
        column: usize,
    },
    /// The text is not a project in RON, or a value has the wrong type.
    #[error("{}:{line}:{column}: {message}", path.display())]
    Syntax {
        /// The file.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// 1-based column.
        column: usize,
        /// What was expected and what was found.
        message: String,
    },
    /// No `schema_version` could be read.
    #[error("{}: no schema_version found: this does not look like a Sinergi project file", path.display())]
    NoVersion {
        /// The file.
        path: PathBuf,
    },
    /// Written by a newer Sinergi.
    #[error("{}: the file has schema version {found}, written by a newer Sinergi; this version reads up to {supported}. Update Sinergi to open it", path.display())]
    NewerVersion {
        /// The file.
        path: PathBuf,
        /// The version in the file.
        found: u32,
        /// The newest this build reads.
        supported: u32,
    },
    /// A version number no Sinergi ever wrote.
    #[error("{}: schema version {found} was never released", path.display())]
    UnknownVersion {
        /// The file.
        path: PathBuf,
        /// The version in the file.
        found: u32,
    },
}

impl LoadError {
    /// The line and column the error points at, when it points at one.
    pub fn position(&self) -> Option<(usize, usize)> {
        match self {
            LoadError::Syntax { line, column, .. } | LoadError::NotUtf8 { line, column, .. } => {
                Some((*line, *column))
            }
            _ => None,
        }
    }
}

/// A project could not be saved. The file on disk is as it was before.
#[derive(Debug, Error)]
pub enum SaveError {
    /// Writing, syncing or renaming failed.
    #[error("{}: could not save ({source}); the file on disk was left as it was", path.display())]
    Io {
        /// The target file.
        path: PathBuf,
        /// The system's reason.
        source: std::io::Error,
    },
    /// The file is marked read-only.
    #[error("{}: the file is read-only; use Save As to save a copy elsewhere", path.display())]
    ReadOnly {
        /// The target file.
        path: PathBuf,
    },
    /// The target exists and is not a regular file (a FIFO, a device).
    #[error("{}: not a regular file (a pipe, a device or a socket); it was left as it was", path.display())]
    NotRegularFile {
        /// The target.
        path: PathBuf,
    },
    /// The previous version could not be kept as the backup, so nothing was written.
    #[error("{}: the previous version could not be kept as {} ({source}); the file on disk was left as it was", path.display(), backup.display())]
    Backup {
        /// The target file.
        path: PathBuf,
        /// The backup's path.
        backup: PathBuf,
        /// The system's reason.
        source: std::io::Error,
    },
    /// The target has no parent folder to write the temporary file into.
    #[error("{}: not a file path", path.display())]
    NoFolder {
        /// The target path.
        path: PathBuf,
    },
}
