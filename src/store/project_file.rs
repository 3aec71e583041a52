//! Reading and writing one project file: size limits, UTF-8, the byte-order
//! mark, deterministic RON text, and the stamp that tells when another program
//! changed the file.

use super::atomic::{SaveOutcome, write_atomically};
use super::error::{LoadError, SaveError};
use super::versions;
use crate::model::Project;
use std::io::Read;
use std::path::Path;

/// The largest project file Sinergi opens. A 20 000-note study is about 15 MB.
pub const MAX_FILE_BYTES: u64 = 128 * 1024 * 1024;

/// Reads, parses and migrates the project at `path`. Does not validate it: call
/// [`Project::validate`] to learn about dangling references and the like.
pub fn load(path: &Path) -> Result<Project, LoadError> {
    let text = read_text(path)?;
    parse(&text, path)
}

/// Parses project text; `path` only names the file in error messages.
pub fn parse(text: &str, path: &Path) -> Result<Project, LoadError> {
    // Some Windows editors start UTF-8 files with a byte-order mark; it is not content.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    versions::parse_any_version(text, path)
}

/// The project as RON text: the same project always gives the same bytes.
pub fn to_ron(project: &Project) -> String {
    let config = ron::ser::PrettyConfig::new()
        .new_line("\n")
        .indentor("    ")
        .struct_names(false)
        .separate_tuple_members(false)
        .enumerate_arrays(false)
        .compact_arrays(false);
    // Serialising plain structs, strings and finite numbers to a String cannot fail;
    // should serde ever refuse, an empty file would be worse than a visible panic
    // message, so the error text is kept.
    match ron::ser::to_string_pretty(project, config) {
        Ok(mut text) => {
            text.push('\n');
            text
        }
        Err(error) => format!("// serialisation failed: {error}\n"),
    }
}

/// Saves `project` to `path` atomically, keeping the previous file as `NAME.ron.bak`.
pub fn save(path: &Path, project: &Project) -> Result<SaveOutcome, SaveError> {
    write_atomically(path, to_ron(project).as_bytes())
}

/// What identifies a file's version on disk: when it was last modified and its size.
/// A change means another program (or a sync folder) wrote it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FileStamp {
    /// Last modification time, where the file system keeps one.
    pub modified: Option<std::time::SystemTime>,
    /// Size in bytes.
    pub len: u64,
}

/// The stamp of the file at `path`, or `None` when it does not exist.
pub fn file_stamp(path: &Path) -> Option<FileStamp> {
    let metadata = std::fs::metadata(path).ok()?;
    Some(FileStamp {
        modified: metadata.modified().ok(),
        len: metadata.len(),
    })
}

/// True when saving to `path` cannot work: the file is marked read-only, or its
/// folder does not let a new file be created (which the atomic save needs).
pub fn is_read_only(path: &Path) -> bool {
    if std::fs::metadata(path).is_ok_and(|m| m.permissions().readonly()) {
        return true;
    }
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    tempfile::Builder::new()
        .prefix(".sinergi-probe-")
        .tempfile_in(folder)
        .is_err()
}

/// Reads a file as UTF-8 text, refusing directories, oversized files and invalid UTF-8.
pub fn read_text(path: &Path) -> Result<String, LoadError> {
    let io_error = |source| LoadError::Io {
        path: path.to_owned(),
        source,
    };
    let metadata = std::fs::metadata(path).map_err(io_error)?;
    if metadata.is_dir() {
        return Err(LoadError::IsDirectory {
            path: path.to_owned(),
        });
    }
    if metadata.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_owned(),
            bytes: metadata.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    let file = std::fs::File::open(path).map_err(io_error)?;
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
    // `take` guards against files that grow, or special files that report no size.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io_error)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_owned(),
            bytes: bytes.len() as u64,
            limit: MAX_FILE_BYTES,
        });
    }
    String::from_utf8(bytes).map_err(|error| {
        let valid = &error.as_bytes()[..error.utf8_error().valid_up_to()];
        let (line, column) = line_and_column(valid);
        LoadError::NotUtf8 {
            path: path.to_owned(),
            line,
            column,
        }
    })
}

/// 1-based line and column (in characters) just after `prefix`.
fn line_and_column(prefix: &[u8]) -> (usize, usize) {
    let text = String::from_utf8_lossy(prefix);
    let line = text.matches('\n').count() + 1;
    let column = text
        .rsplit('\n')
        .next()
        .map_or(0, |last| last.chars().count())
        + 1;
    (line, column)
}
