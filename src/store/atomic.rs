//! Atomic saves: the new content goes to a temporary file in the target's folder,
//! is flushed and synced, and only then renamed over the target. Whatever happens
//! mid-write, the target is either the old file or the new one, never a mix.
//!
//! A symbolic link is saved through (its target is replaced, the link stays); a
//! target that exists and is not a regular file (a FIFO, a device) is refused;
//! temporary files a killed save left behind are removed by the next save in
//! that folder.

use super::error::SaveError;
use super::retry::{PERSIST_PAUSES, is_transient, with_retries};
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// What a successful save did besides writing the file.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SaveOutcome {
    /// Where the previous version was kept, when there was one.
    pub backup: Option<PathBuf>,
}

/// The longest file name most file systems take, in bytes (`NAME_MAX`).
const MAX_NAME_BYTES: usize = 255;

/// The prefixes of this program's temporary files, which a later save may clean up.
const TEMP_PREFIXES: [&str; 3] = [".sinergi-save-", ".sinergi-bak-", ".sinergi-probe-"];

/// A temporary file older than this is no longer being written by anyone.
const STALE_AFTER: Duration = Duration::from_mins(10);

/// The backup kept beside `path`: `NAME.ron` -> `NAME.ron.bak`. When that name
/// would be longer than a file name may be, the end of `NAME.ron` gives way to
/// `~`, so a project whose own name is at the limit can still be saved.
pub fn backup_path(path: &Path) -> PathBuf {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let backup = if name.len() + ".bak".len() <= MAX_NAME_BYTES {
        format!("{name}.bak")
    } else {
        let mut keep = MAX_NAME_BYTES - "~.bak".len();
        while !name.is_char_boundary(keep) {
            keep -= 1;
        }
        format!("{}~.bak", &name[..keep])
    };
    path.with_file_name(backup)
}

/// Writes `bytes` to `path` atomically, keeping the previous file as `NAME.bak`.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<SaveOutcome, SaveError> {
    write_atomically_with(path, |out| out.write_all(bytes))
}

/// Like [`write_atomically`] but keeps no backup: for exports, which are made
/// again from the project at will, so a `.bak` beside them would be clutter.
pub fn replace_atomically(path: &Path, bytes: &[u8]) -> Result<SaveOutcome, SaveError> {
    write_atomically_inner(path, false, |out| out.write_all(bytes))
}

/// Like [`write_atomically`], with the content produced by `write`; tests use this
/// to fail part-way and check that the old file survives.
pub fn write_atomically_with(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<SaveOutcome, SaveError> {
    write_atomically_inner(path, true, write)
}

/// The file a write to `path` replaces: `path` itself, or, when `path` is a
/// symbolic link, the file it points to (followed through further links; a link
/// to a file not yet made gives that file's path). Renaming over the link
/// itself would turn it into a regular file and leave the real one unchanged.
pub fn write_target(path: &Path) -> io::Result<PathBuf> {
    let mut target = path.to_owned();
    // Linux's own limit on links followed in one lookup.
    for _ in 0..40 {
        match fs::symlink_metadata(&target) {
            Ok(metadata) if metadata.file_type().is_symlink() => {
                let next = fs::read_link(&target)?;
                target = match target.parent() {
                    Some(parent) if next.is_relative() => parent.join(next),
                    _ => next,
                };
            }
            _ => return Ok(target),
        }
    }
    Err(io::Error::other("too many levels of symbolic links"))
}

/// Refuses a target that exists and is not a regular file: renaming over a
/// FIFO or a device node would replace it, and a folder cannot be replaced.
pub fn check_replaceable(path: &Path) -> Result<Option<fs::Metadata>, SaveError> {
    match fs::metadata(path) {
        Ok(metadata) if metadata.is_dir() => Err(SaveError::Io {
            path: path.to_owned(),
            source: io::Error::new(io::ErrorKind::IsADirectory, "a folder has that name"),
        }),
        Ok(metadata) if !metadata.is_file() => Err(SaveError::NotRegularFile {
            path: path.to_owned(),
        }),
        Ok(metadata) => Ok(Some(metadata)),
        Err(_) => Ok(None),
    }
}

/// The folder a file at `path` is in (`.` for a bare name).
pub(crate) fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => PathBuf::from("."),
    }
}

fn write_atomically_inner(
    path: &Path,
    keep_previous: bool,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<SaveOutcome, SaveError> {
    let io_error = |source| SaveError::Io {
        path: path.to_owned(),
        source,
    };
    if path.file_name().is_none() {
        return Err(SaveError::NoFolder {
            path: path.to_owned(),
        });
    }
    let target = write_target(path).map_err(io_error)?;
    let existing = check_replaceable(&target)?;
    if existing
        .as_ref()
        .is_some_and(|metadata| metadata.permissions().readonly())
    {
        return Err(SaveError::ReadOnly {
            path: path.to_owned(),
        });
    }
    let folder = folder_of(&target);
    remove_stale_temporary_files(&folder);

    let mut temp = tempfile::Builder::new()
        .prefix(TEMP_PREFIXES[0])
        .suffix(".tmp")
        .tempfile_in(&folder)
        .map_err(io_error)?;
    // Held while writing, so a save in another window never takes this file
    // for a stale one (see `remove_stale_temporary_files`).
    let _ = temp.as_file().try_lock();
    {
        let mut buffered = io::BufWriter::new(temp.as_file_mut());
        write(&mut buffered).map_err(io_error)?;
        buffered.flush().map_err(io_error)?;
    }
    temp.as_file().sync_all().map_err(io_error)?;
    if let Some(metadata) = &existing {
        fs::set_permissions(temp.path(), metadata.permissions()).map_err(io_error)?;
    } else {
        set_default_permissions(temp.path()).map_err(io_error)?;
    }

    let backup = if existing.is_some() && keep_previous {
        let backup = backup_path(&target);
        keep_backup(&target, &backup, &folder).map_err(|source| SaveError::Backup {
            path: path.to_owned(),
            backup: backup.clone(),
            source,
        })?;
        Some(backup)
    } else {
        None
    };

    persist(temp, &target).map_err(io_error)?;
    sync_folder(&folder);
    Ok(SaveOutcome { backup })
}

/// A set of files that was not fully written: why, and which files were
/// already moved into place (the rest are as they were before).
#[derive(Debug)]
pub struct SetError {
    /// What failed.
    pub error: SaveError,
    /// The files already replaced by their new content.
    pub moved: Vec<PathBuf>,
    /// The files still holding what they held before (or still missing).
    pub unchanged: Vec<PathBuf>,
}

/// Replaces several files as one set (an export's tables): every target is
/// checked first, every new content is written and synced to a temporary file
/// beside its target, and only then are they renamed into place, one after the
/// other. Any failure before the renames leaves every target as it was; a
/// rename that fails (rare: the data is already on disk) is reported with
/// which files are new and which are not. No backups are kept.
pub fn replace_set_atomically(files: &[(PathBuf, Vec<u8>)]) -> Result<(), SetError> {
    let all_unchanged = |error| SetError {
        error,
        moved: Vec::new(),
        unchanged: files.iter().map(|(path, _)| path.clone()).collect(),
    };
    let mut staged = Vec::with_capacity(files.len());
    for (path, bytes) in files {
        let io_error = |source| SaveError::Io {
            path: path.clone(),
            source,
        };
        let target = write_target(path).map_err(|e| all_unchanged(io_error(e)))?;
        let existing = check_replaceable(&target).map_err(all_unchanged)?;
        let folder = folder_of(&target);
        remove_stale_temporary_files(&folder);
        let stage = || -> io::Result<tempfile::NamedTempFile> {
            let mut temp = tempfile::Builder::new()
                .prefix(TEMP_PREFIXES[0])
                .suffix(".tmp")
                .tempfile_in(&folder)?;
            let _ = temp.as_file().try_lock();
            temp.as_file_mut().write_all(bytes)?;
            temp.as_file().sync_all()?;
            match &existing {
                Some(metadata) => fs::set_permissions(temp.path(), metadata.permissions())?,
                None => set_default_permissions(temp.path())?,
            }
            Ok(temp)
        };
        // On failure the files staged so far are removed as `staged` is dropped.
        let temp = stage().map_err(|e| all_unchanged(io_error(e)))?;
        staged.push((temp, target, folder));
    }
    let mut moved = Vec::new();
    let mut staged = staged.into_iter().zip(files);
    while let Some(((temp, target, folder), (path, _))) = staged.next() {
        if let Err(source) = persist(temp, &target) {
            let mut unchanged = vec![path.clone()];
            unchanged.extend(staged.map(|(_, (path, _))| path.clone()));
            return Err(SetError {
                error: SaveError::Io {
                    path: path.clone(),
                    source,
                },
                moved,
                unchanged,
            });
        }
        sync_folder(&folder);
        moved.push(path.clone());
    }
    Ok(())
}

/// Renames the finished temporary file over `target`, retrying for a moment
/// when the system says the target is busy (an antivirus or a sync client
/// holding it on Windows).
pub(crate) fn persist(temp: tempfile::NamedTempFile, target: &Path) -> io::Result<()> {
    with_retries(
        temp,
        |temp| {
            temp.persist(target)
                .map(drop)
                .map_err(|error| (error.file, error.error))
        },
        is_transient,
        &PERSIST_PAUSES,
    )
    .map_err(|(_, error)| error)
}

/// Keeps the current file as its backup, itself atomically, so a crash never
/// leaves a half-written backup either.
///
/// A hard link is made where possible: it copies nothing (the old file's data,
/// already on disk, gets a second name, and the save then renames the new file
/// over the first name), which makes saving a 20 000-note project about a third
/// faster. Where links cannot be made (some file systems), the old file is copied.
fn keep_backup(path: &Path, backup: &Path, folder: &Path) -> io::Result<()> {
    if fs::symlink_metadata(backup).is_ok_and(|m| m.is_dir()) {
        return Err(io::Error::new(
            io::ErrorKind::IsADirectory,
            "a folder has that name",
        ));
    }
    let regular_file = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_file());
    if regular_file && link_backup(path, backup, folder).is_ok() {
        return Ok(());
    }
    copy_backup(path, backup, folder)
}

/// The backup as a second name of the current file: linked under a fresh
/// temporary name, then renamed over the old backup.
fn link_backup(path: &Path, backup: &Path, folder: &Path) -> io::Result<()> {
    let link = tempfile::Builder::new()
        .prefix(TEMP_PREFIXES[1])
        .suffix(".tmp")
        .make_in(folder, |name| fs::hard_link(path, name))?;
    // On failure the temporary name is removed when `link` is dropped.
    with_retries(
        link,
        |link| {
            link.persist(backup)
                .map(drop)
                .map_err(|e| (e.file, e.error))
        },
        is_transient,
        &PERSIST_PAUSES,
    )
    .map_err(|(_, error)| error)
}

/// The backup as a copy of the current file.
fn copy_backup(path: &Path, backup: &Path, folder: &Path) -> io::Result<()> {
    let mut temp = tempfile::Builder::new()
        .prefix(TEMP_PREFIXES[1])
        .suffix(".tmp")
        .tempfile_in(folder)?;
    let mut original = fs::File::open(path)?;
    io::copy(&mut original, temp.as_file_mut())?;
    temp.as_file().sync_all()?;
    persist(temp, backup)
}

/// Removes this program's temporary files in `folder` that a save killed
/// mid-way left behind (20 MB each at 20 000 notes). A file counts as left
/// behind when it is older than [`STALE_AFTER`] and nobody holds its lock.
/// Best effort: anything that cannot be read or removed is left as it is.
pub fn remove_stale_temporary_files(folder: &Path) {
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    let now = SystemTime::now();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if !TEMP_PREFIXES.iter().any(|prefix| name.starts_with(prefix)) {
            continue;
        }
        let Ok(metadata) = entry.metadata() else {
            continue;
        };
        let old = metadata
            .modified()
            .ok()
            .and_then(|modified| now.duration_since(modified).ok())
            .is_some_and(|age| age > STALE_AFTER);
        if !old || !metadata.is_file() {
            continue;
        }
        let path = entry.path();
        let unlocked = fs::File::open(&path).is_ok_and(|file| file.try_lock().is_ok());
        if unlocked {
            let _ = fs::remove_file(&path);
        }
    }
}

#[cfg(unix)]
fn set_default_permissions(path: &Path) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    // tempfile creates files readable by the owner alone; a project file is an
    // ordinary document, so it gets the usual rw-r--r--.
    fs::set_permissions(path, fs::Permissions::from_mode(0o644))
}

#[cfg(not(unix))]
fn set_default_permissions(_path: &Path) -> io::Result<()> {
    Ok(())
}

/// Makes the rename durable. Best effort: some file systems refuse to sync folders.
pub(crate) fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = fs::File::open(folder) {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = folder;
}

#[cfg(test)]
mod tests {
    use super::backup_path;
    use std::path::Path;

    #[test]
    fn backup_names_stay_within_255_bytes_and_cut_at_a_character() {
        assert_eq!(
            backup_path(Path::new("/d/study.ron")),
            Path::new("/d/study.ron.bak")
        );
        let long = format!("{}.ron", "é".repeat(126)); // 256 bytes with the suffix
        let backup = backup_path(Path::new(&long));
        let name = backup.to_str().expect("UTF-8");
        assert!(name.len() <= 255 && name.ends_with("~.bak"), "{name}");
    }
}
