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
    pretty_ron(project)
}

/// Any saved value as RON text laid out like a project file (LF lines, four
/// spaces, no struct names), ending in a line break.
pub(crate) fn pretty_ron(value: &impl serde::Serialize) -> String {
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
    match ron::ser::to_string_pretty(value, config) {
        Ok(mut text) => {
            text.push('\n');
            text
        }
        Err(error) => format!("// serialisation failed: {error}\n"),
    }
}

/// Saves `project` to `path` atomically, keeping the previous file as `NAME.ron.bak`.
pub fn save(path: &Path, project: &Project) -> Result<SaveOutcome, SaveError> {
    save_stamped(path, project).map(|(outcome, _)| outcome)
}

/// [`save`], also returning the stamp of what was written, to tell later
/// whether another program changed the file.
pub fn save_stamped(path: &Path, project: &Project) -> Result<(SaveOutcome, FileStamp), SaveError> {
    let text = to_ron(project);
    let outcome = write_atomically(path, text.as_bytes())?;
    Ok((outcome, FileStamp::of_bytes(text.as_bytes())))
}

/// [`load`], also returning the stamp of the bytes that were read.
pub fn load_stamped(path: &Path) -> Result<(Project, FileStamp), LoadError> {
    let text = read_text(path)?;
    let stamp = FileStamp::of_bytes(text.as_bytes());
    Ok((parse(&text, path)?, stamp))
}

/// What identifies a file's version on disk: its size and a hash of its
/// content. The modification time is kept for information only: a program (or
/// a sync client, or `touch -d`) can restore it, so it proves nothing.
#[derive(Clone, Copy, Debug)]
pub struct FileStamp {
    /// Last modification time, where the file system keeps one.
    pub modified: Option<std::time::SystemTime>,
    /// Size in bytes.
    pub len: u64,
    /// A hash of the content (std's `SipHash`: the same bytes give the same hash
    /// within one build, which is all a comparison in one run needs).
    pub hash: u64,
}

impl PartialEq for FileStamp {
    /// Same size and same content; the time does not count.
    fn eq(&self, other: &Self) -> bool {
        self.len == other.len && self.hash == other.hash
    }
}

impl Eq for FileStamp {}

impl FileStamp {
    /// The stamp of `bytes`, as a file holding exactly them would have.
    pub fn of_bytes(bytes: &[u8]) -> Self {
        use std::hash::Hasher;
        let mut hasher = std::hash::DefaultHasher::new();
        hasher.write(bytes);
        FileStamp {
            modified: None,
            len: bytes.len() as u64,
            hash: hasher.finish(),
        }
    }
}

/// The stamp of the file at `path`, or `None` when it does not exist or is not
/// a regular file. Reads the whole file (a 20 000-note project in about 10 ms).
pub fn file_stamp(path: &Path) -> Option<FileStamp> {
    use std::hash::Hasher;
    let (mut file, metadata) = open_regular(path).ok()?;
    let mut hasher = std::hash::DefaultHasher::new();
    let mut buffer = vec![0; 64 * 1024];
    let mut len = 0u64;
    loop {
        match file.read(&mut buffer) {
            Ok(0) => break,
            Ok(n) => {
                hasher.write(&buffer[..n]);
                len += n as u64;
            }
            Err(error) if error.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return None,
        }
    }
    Some(FileStamp {
        modified: metadata.modified().ok(),
        len,
        hash: hasher.finish(),
    })
}

/// True when saving to `path` cannot work: the file is marked read-only, or its
/// folder does not let a new file be created (which the atomic save needs).
pub fn is_read_only(path: &Path) -> bool {
    // A link is saved through: its target's folder is the one written.
    let path = &super::atomic::write_target(path).unwrap_or_else(|_| path.to_owned());
    if std::fs::metadata(path).is_ok_and(|m| m.permissions().readonly()) {
        return true;
    }
    let folder = &super::atomic::folder_of(path);
    super::atomic::remove_stale_temporary_files(folder);
    tempfile::Builder::new()
        .prefix(".sinergi-probe-")
        .tempfile_in(folder)
        .is_err()
}

/// Opens `path` for reading when it is a regular file. A FIFO, a device or a
/// socket is refused before it is opened (opening a FIFO waits for a writer,
/// forever), and checked again on the opened handle, in case the path was
/// swapped in between.
pub fn open_regular(path: &Path) -> Result<(std::fs::File, std::fs::Metadata), LoadError> {
    let io_error = |source| LoadError::Io {
        path: path.to_owned(),
        source,
    };
    let not_regular = |metadata: &std::fs::Metadata| {
        if metadata.is_dir() {
            Some(LoadError::IsDirectory {
                path: path.to_owned(),
            })
        } else if !metadata.is_file() {
            Some(LoadError::NotRegularFile {
                path: path.to_owned(),
            })
        } else {
            None
        }
    };
    let metadata = std::fs::metadata(path).map_err(io_error)?;
    if let Some(error) = not_regular(&metadata) {
        return Err(error);
    }
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // Never blocks on a FIFO swapped in since the check; ignored by regular files.
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(io_error)?;
    let metadata = file.metadata().map_err(io_error)?;
    if let Some(error) = not_regular(&metadata) {
        return Err(error);
    }
    Ok((file, metadata))
}

/// Reads a file as UTF-8 text, refusing directories, special files, oversized
/// files and invalid UTF-8.
pub fn read_text(path: &Path) -> Result<String, LoadError> {
    let io_error = |source| LoadError::Io {
        path: path.to_owned(),
        source,
    };
    let (file, metadata) = open_regular(path)?;
    if metadata.len() > MAX_FILE_BYTES {
        return Err(LoadError::TooLarge {
            path: path.to_owned(),
            bytes: metadata.len(),
            limit: MAX_FILE_BYTES,
        });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(metadata.len()).unwrap_or(0));
    // `take` guards against files that grow while they are read.
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
