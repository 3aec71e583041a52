//! Atomic saves: the new content goes to a temporary file in the target's folder,
//! is flushed and synced, and only then renamed over the target. Whatever happens
//! mid-write, the target is either the old file or the new one, never a mix.

use super::error::SaveError;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// What a successful save did besides writing the file.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct SaveOutcome {
    /// Where the previous version was kept, when there was one.
    pub backup: Option<PathBuf>,
}

/// The backup kept beside `path`: `NAME.ron` -> `NAME.ron.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
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
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => PathBuf::from("."),
    };
    let existing = fs::metadata(path).ok();
    if let Some(metadata) = &existing {
        if metadata.is_dir() {
            return Err(io_error(io::Error::new(
                io::ErrorKind::IsADirectory,
                "a folder has that name",
            )));
        }
        if metadata.permissions().readonly() {
            return Err(SaveError::ReadOnly {
                path: path.to_owned(),
            });
        }
    }

    let mut temp = tempfile::Builder::new()
        .prefix(".sinergi-save-")
        .suffix(".tmp")
        .tempfile_in(&folder)
        .map_err(io_error)?;
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
        let backup = backup_path(path);
        keep_backup(path, &backup, &folder).map_err(io_error)?;
        Some(backup)
    } else {
        None
    };

    temp.persist(path).map_err(|error| io_error(error.error))?;
    sync_folder(&folder);
    Ok(SaveOutcome { backup })
}

/// Keeps the current file as its backup, itself atomically, so a crash never
/// leaves a half-written backup either.
///
/// A hard link is made where possible: it copies nothing (the old file's data,
/// already on disk, gets a second name, and the save then renames the new file
/// over the first name), which makes saving a 20 000-note project about a third
/// faster. Where links cannot be made (some file systems, a symbolic link), the
/// old file is copied.
fn keep_backup(path: &Path, backup: &Path, folder: &Path) -> io::Result<()> {
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
        .prefix(".sinergi-bak-")
        .suffix(".tmp")
        .make_in(folder, |name| fs::hard_link(path, name))?;
    // On failure the temporary name is removed when `link` is dropped.
    link.persist(backup).map_err(|error| error.error)?;
    Ok(())
}

/// The backup as a copy of the current file.
fn copy_backup(path: &Path, backup: &Path, folder: &Path) -> io::Result<()> {
    let mut temp = tempfile::Builder::new()
        .prefix(".sinergi-bak-")
        .suffix(".tmp")
        .tempfile_in(folder)?;
    let mut original = fs::File::open(path)?;
    io::copy(&mut original, temp.as_file_mut())?;
    temp.as_file().sync_all()?;
    temp.persist(backup).map_err(|error| error.error)?;
    Ok(())
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
fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    if let Ok(dir) = fs::File::open(folder) {
        let _ = dir.sync_all();
    }
    #[cfg(not(unix))]
    let _ = folder;
}
