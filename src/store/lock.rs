//! Owner locks: a small file that a running Sinergi window holds locked (an
//! advisory lock from the operating system: `flock` on Unix, `LockFileEx` on
//! Windows) for as long as it owns something: its recovery copy, or a project
//! it has open. Another window tells a live owner from a dead one by trying the
//! lock: the system releases it when its holder ends, however it ends (even
//! `kill -9`), so a lock file left by a crash is stale and simply taken over.
//! The owner's process id is written in the file for people reading it; it is
//! never trusted, since process ids are reused.

use std::fs::{self, File, TryLockError};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// A lock file held by this process; released when dropped.
#[derive(Debug)]
pub struct OwnerLock {
    file: File,
    path: PathBuf,
    remove_on_drop: bool,
}

impl OwnerLock {
    /// Takes the lock at `path` (creating the file and its folder), or `None`
    /// when a running process holds it.
    pub fn acquire(path: &Path) -> io::Result<Option<OwnerLock>> {
        if let Some(folder) = path.parent() {
            fs::create_dir_all(folder)?;
        }
        let file = File::options()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(path)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => return Ok(None),
            Err(TryLockError::Error(error)) => return Err(error),
        }
        let mut lock = OwnerLock {
            file,
            path: path.to_owned(),
            remove_on_drop: false,
        };
        // Informative only; a failure here does not make the lock less held.
        let _ = lock.file.set_len(0);
        let _ = writeln!(lock.file, "pid {}", std::process::id());
        Ok(Some(lock))
    }

    /// Removes the lock file when the lock is dropped (for names no other
    /// process will ever take, such as one window's recovery copy).
    #[must_use]
    pub fn removed_on_drop(mut self) -> Self {
        self.remove_on_drop = true;
        self
    }

    /// The lock file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for OwnerLock {
    fn drop(&mut self) {
        if self.remove_on_drop {
            // Removed while still held, so nobody can take the name in between.
            let _ = fs::remove_file(&self.path);
        }
        let _ = self.file.unlock();
    }
}

/// True when a running process holds the lock at `path`. A missing file, or
/// one whose holder has ended, is not held. Where the file system cannot lock
/// at all, nothing is held (so nothing is hidden from the user).
pub fn is_held(path: &Path) -> bool {
    let Ok(file) = File::options().read(true).write(true).open(path) else {
        return false;
    };
    matches!(file.try_lock(), Err(TryLockError::WouldBlock))
}

#[cfg(test)]
mod tests {
    use super::{OwnerLock, is_held};

    #[test]
    fn a_held_lock_is_live_and_a_released_one_is_stale_and_taken_over() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("locks").join("owner.lock");
        assert!(!is_held(&path), "no file: nobody holds it");
        let first = OwnerLock::acquire(&path).expect("lockable").expect("free");
        assert!(is_held(&path));
        assert!(OwnerLock::acquire(&path).expect("lockable").is_none());
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            cfg!(windows) || text.contains(&std::process::id().to_string()),
            "{text}"
        );
        // The holder ends (here: drops it, as the system does for a dead process).
        drop(first);
        assert!(path.exists(), "kept: another process may be testing it");
        assert!(!is_held(&path), "stale");
        let second = OwnerLock::acquire(&path)
            .expect("lockable")
            .expect("taken over");
        let second = second.removed_on_drop();
        assert!(is_held(second.path()));
        drop(second);
        assert!(!path.exists());
    }
}
