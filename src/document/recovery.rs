//! Crash recovery: while there are unsaved changes, each window keeps a copy of
//! its project in the app's data folder (atomically, never over the user's
//! file). After a crash the next start offers to restore it.
//!
//! Each window has its own copy, `recovery/PID-TIME.ron`, and holds the owner
//! lock `recovery/PID-TIME.lock` (see [`crate::store::lock`]) for as long as it
//! runs. A copy whose lock is held belongs to a live window and is never
//! offered or deleted by another; a copy whose lock is free was left by a
//! window that ended without saving (a crash, `kill -9`, a logout) and is
//! offered at the next start. A copy the user keeps for later ("Not now") is
//! left alone: the new window writes its own copy, never over it.
//!
//! Copies are written on a thread of their own with a clock of its own, so a
//! minimised window, which draws no frames, still writes: the window hands over
//! a snapshot when it has changes and the interval has passed, or at once when
//! it loses focus or is minimised; the thread writes the latest snapshot as
//! soon as the interval since its last write allows.
//!
//! The copy is an ordinary project file with a comment header saying when it was
//! made and which file it belongs to, so it stays readable by hand.
//!
//! The same data folder holds one lock per open project (`open/HASH.lock`),
//! so a second window opening a project a first one has open can warn.

use super::open_project::Document;
use crate::model::Project;
use crate::store::lock::{self, OwnerLock};
use crate::store::{self, LoadError, SaveError, paths};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// How often a recovery copy is written while there are unsaved changes.
pub const INTERVAL: Duration = Duration::from_mins(1);

/// The folder (in the data folder) holding every window's copy and lock.
const FOLDER: &str = "recovery";
/// The one copy of Sinergi versions before per-window copies; still offered.
const LEGACY_FILE: &str = "recovery.ron";
/// The folder (in the data folder) holding one lock per open project.
const OPEN_FOLDER: &str = "open";
/// A lock file this old without its copy was left by a crash: removed.
const STALE_LOCK_AGE: Duration = Duration::from_mins(1);

const MADE: &str = "// made: ";
/// The project's path, escaped so that any path fits on the line.
const ORIGINAL_PATH: &str = "// original-path: ";
/// The unescaped form older copies have.
const ORIGINAL: &str = "// original: ";

/// A recovery copy found on disk.
#[derive(Clone, Debug, PartialEq)]
pub struct RecoveryCopy {
    /// When it was written, in seconds since 1970 (UTC).
    pub made: u64,
    /// The file the project was saved in, if it had been saved.
    pub original: Option<PathBuf>,
    /// The project as it was.
    pub project: Project,
    /// Where the copy is.
    pub file: PathBuf,
}

/// What the window hands the writing thread.
struct Snapshot {
    project: Project,
    original: Option<PathBuf>,
}

/// What the window and the writing thread share.
struct Shared {
    state: Mutex<WriterState>,
    wake: Condvar,
    /// Held while a copy is written or removed, so a removal never races a write
    /// (a copy written just after the user saved would come back as a crash).
    io: Mutex<()>,
    copy: PathBuf,
    /// A termination signal arrived: the window writes a last copy and closes.
    terminate: AtomicBool,
    /// The window has done so.
    finished: AtomicBool,
}

struct WriterState {
    pending: Option<Snapshot>,
    last_write: Option<Instant>,
    interval: Duration,
    results: Vec<Result<(), SaveError>>,
    stop: bool,
}

fn locked<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic on the other side must not stop copies from being written.
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Shared {
    /// Writes the pending snapshot now, if there is one.
    fn write_pending(&self) {
        let _io = locked(&self.io);
        let Some(snapshot) = locked(&self.state).pending.take() else {
            return;
        };
        let result = write(
            &self.copy,
            &snapshot.project,
            snapshot.original.as_deref(),
            now_unix(),
        );
        let mut state = locked(&self.state);
        state.last_write = Some(Instant::now());
        state.results.push(result);
    }

    /// The writing thread: waits for a snapshot and for the interval since the
    /// last write, writes, and starts again.
    fn run(&self) {
        loop {
            {
                let mut state = locked(&self.state);
                loop {
                    if state.stop {
                        return;
                    }
                    if state.pending.is_none() {
                        state = self
                            .wake
                            .wait(state)
                            .unwrap_or_else(PoisonError::into_inner);
                        continue;
                    }
                    let due = state.last_write.map(|at| at + state.interval);
                    match due.map(|due| due.saturating_duration_since(Instant::now())) {
                        Some(wait) if !wait.is_zero() => {
                            state = self
                                .wake
                                .wait_timeout(state, wait)
                                .unwrap_or_else(PoisonError::into_inner)
                                .0;
                        }
                        _ => break,
                    }
                }
            }
            self.write_pending();
        }
    }
}

/// A copy this window restored: removed once its content is in this window's
/// own copy, or saved.
struct Adopted {
    file: PathBuf,
    _lock: Option<OwnerLock>,
}

/// Writes and finds recovery copies in one data folder, for one window.
pub struct RecoveryStore {
    dir: PathBuf,
    shared: Arc<Shared>,
    writer: Option<std::thread::JoinHandle<()>>,
    /// This window's lock: held for as long as the window runs.
    lock: Option<OwnerLock>,
    /// Why copies cannot be written here, found when the store was made.
    problem: Option<SaveError>,
    /// The document revision last handed over, and when.
    handed: Option<(u64, Instant)>,
    adopted: Vec<Adopted>,
    project_lock: Option<OwnerLock>,
    /// A failure already told to the user (told once, until a write succeeds).
    failure_told: bool,
    /// The last write's error, if the last write failed.
    pub last_error: Option<SaveError>,
}

impl RecoveryStore {
    /// A store keeping this window's copy in `dir` (the app's data folder).
    pub fn new(dir: PathBuf) -> Self {
        Self::with_interval(dir, INTERVAL)
    }

    /// A store writing at most once per `interval` (tests use a short one).
    pub fn with_interval(dir: PathBuf, interval: Duration) -> Self {
        let session = format!(
            "{}-{:x}",
            std::process::id(),
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos())
        );
        let folder = dir.join(FOLDER);
        let lock_path = folder.join(format!("{session}.lock"));
        let (lock, problem) = match OwnerLock::acquire(&lock_path) {
            Ok(Some(lock)) => (Some(lock.removed_on_drop()), None),
            Ok(None) => (None, None),
            Err(source) => (
                None,
                Some(SaveError::Io {
                    path: folder.clone(),
                    source,
                }),
            ),
        };
        let shared = Arc::new(Shared {
            state: Mutex::new(WriterState {
                pending: None,
                last_write: None,
                interval,
                results: Vec::new(),
                stop: false,
            }),
            wake: Condvar::new(),
            io: Mutex::new(()),
            copy: folder.join(format!("{session}.ron")),
            terminate: AtomicBool::new(false),
            finished: AtomicBool::new(false),
        });
        Self {
            dir,
            shared,
            writer: None,
            lock,
            problem,
            handed: None,
            adopted: Vec::new(),
            project_lock: None,
            failure_told: false,
            last_error: None,
        }
    }

    /// This window's copy.
    pub fn path(&self) -> PathBuf {
        self.shared.copy.clone()
    }

    /// Why copies cannot be written here (an unwritable data folder), if so.
    pub fn unavailable(&self) -> Option<&SaveError> {
        self.problem.as_ref()
    }

    /// The newest copy left by a window that is no longer running, if any
    /// (an unreadable one only when no copy can be read).
    pub fn find(&self) -> Option<Result<RecoveryCopy, LoadError>> {
        let mut copies = Vec::new();
        let mut unreadable = None;
        for file in self.orphans() {
            match read(&file) {
                Ok(copy) => copies.push(copy),
                Err(error) => unreadable = unreadable.or(Some(error)),
            }
        }
        copies.sort_by_key(|copy| copy.made);
        copies.pop().map(Ok).or_else(|| unreadable.map(Err))
    }

    /// The copies on disk whose window is no longer running. Also removes lock
    /// files that crashed windows left without a copy.
    pub fn orphans(&self) -> Vec<PathBuf> {
        let folder = self.dir.join(FOLDER);
        let mut found = Vec::new();
        let legacy = self.dir.join(LEGACY_FILE);
        if legacy.is_file() {
            found.push(legacy);
        }
        let Ok(entries) = std::fs::read_dir(&folder) else {
            return found;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let extension = path.extension().and_then(|e| e.to_str());
            if extension == Some("ron") && path != self.shared.copy {
                if !lock::is_held(&path.with_extension("lock")) {
                    found.push(path);
                }
            } else if extension == Some("lock")
                && !path.with_extension("ron").exists()
                && !lock::is_held(&path)
                && entry
                    .metadata()
                    .and_then(|m| m.modified())
                    .is_ok_and(|t| t.elapsed().is_ok_and(|age| age > STALE_LOCK_AGE))
            {
                let _ = std::fs::remove_file(&path);
            }
        }
        found.sort();
        found
    }

    /// Writes this window's copy now, on this thread.
    pub fn write_now(&self, project: &Project, original: Option<&Path>) -> Result<(), SaveError> {
        let _io = locked(&self.shared.io);
        write(&self.shared.copy, project, original, now_unix())
    }

    /// Called after every frame: when the document has changes not yet handed
    /// over, and the interval has passed or the window is not `focused` (it may
    /// draw no frame for a long time), hands a snapshot to the writing thread.
    pub fn update(&mut self, doc: &Document, focused: bool) {
        if !doc.is_dirty() {
            return;
        }
        let due = match self.handed {
            None => true,
            Some((revision, at)) => {
                revision != doc.revision()
                    && (!focused || at.elapsed() >= locked(&self.shared.state).interval)
            }
        };
        if due {
            self.hand_over(doc);
        }
    }

    /// Hands the document to the writing thread now, whatever the clock says.
    pub fn hand_over(&mut self, doc: &Document) {
        self.handed = Some((doc.revision(), Instant::now()));
        locked(&self.shared.state).pending = Some(Snapshot {
            project: doc.project.clone(),
            original: doc.path.clone(),
        });
        self.shared.wake.notify_all();
        if self.writer.is_none() {
            let shared = Arc::clone(&self.shared);
            self.writer = std::thread::Builder::new()
                .name("recovery-copy".into())
                .spawn(move || shared.run())
                .ok();
        }
    }

    /// Writes what was handed over and is not written yet, now, on this thread.
    pub fn flush(&self) {
        self.shared.write_pending();
    }

    /// A handle that can write the latest handed-over snapshot from another
    /// thread (a signal handler on the way out).
    pub fn flusher(&self) -> Flusher {
        Flusher(Arc::clone(&self.shared))
    }

    /// Collects what the writing thread did. Returns an error the first time
    /// copies fail (not again until one succeeds), for the status bar.
    pub fn poll(&mut self) -> Option<SaveError> {
        let results = std::mem::take(&mut locked(&self.shared.state).results);
        let mut newly_failed = None;
        for result in results {
            match result {
                Ok(()) => {
                    self.last_error = None;
                    self.failure_told = false;
                    // The restored copies' content is now in this window's copy.
                    self.remove_adopted();
                }
                Err(error) => {
                    if !self.failure_told {
                        self.failure_told = true;
                        newly_failed = Some(clone_error(&error));
                    }
                    self.last_error = Some(error);
                }
            }
        }
        newly_failed
    }

    /// Removes this window's copy and those it restored: the user saved, or
    /// chose to throw the changes away.
    pub fn discard(&mut self) {
        let shared = Arc::clone(&self.shared);
        let _io = locked(&shared.io);
        locked(&shared.state).pending = None;
        let _ = std::fs::remove_file(&shared.copy);
        self.handed = None;
        self.remove_adopted();
    }

    /// Removes a copy left by an earlier window, which the user chose to throw away.
    pub fn discard_copy(&self, copy: &RecoveryCopy) {
        if copy.file == self.shared.copy {
            return;
        }
        let lock = copy.file.with_extension("lock");
        if lock::is_held(&lock) {
            return;
        }
        let _ = std::fs::remove_file(&copy.file);
        let _ = std::fs::remove_file(lock);
    }

    /// Takes on a copy the user restored: this window now owns it (no other
    /// window offers it), and removes it once its content is safe elsewhere.
    pub fn adopt(&mut self, copy: &RecoveryCopy) {
        let lock = if copy.file.parent() == Some(self.dir.join(FOLDER).as_path()) {
            OwnerLock::acquire(&copy.file.with_extension("lock"))
                .ok()
                .flatten()
                .map(OwnerLock::removed_on_drop)
        } else {
            None
        };
        self.adopted.push(Adopted {
            file: copy.file.clone(),
            _lock: lock,
        });
    }

    fn remove_adopted(&mut self) {
        for adopted in self.adopted.drain(..) {
            let _ = std::fs::remove_file(&adopted.file);
        }
    }

    /// Records that this window has the project at `path` open (releasing the
    /// one it had). False when another running window has it open too.
    pub fn claim_project(&mut self, path: Option<&Path>) -> bool {
        self.project_lock = None;
        let Some(path) = path else {
            return true;
        };
        match OwnerLock::acquire(&self.project_lock_path(path)) {
            Ok(Some(lock)) => {
                // Not removed on drop: another window may be testing it.
                self.project_lock = Some(lock);
                true
            }
            Ok(None) => false,
            // Locks cannot be kept here: nothing to warn about.
            Err(_) => true,
        }
    }

    /// The lock file for the project at `path`: named by a hash of its
    /// canonical path, the same in every window and every build.
    fn project_lock_path(&self, path: &Path) -> PathBuf {
        let canonical = paths::canonical(path);
        let mut text = canonical.to_string_lossy().into_owned();
        if cfg!(windows) {
            // Windows paths ignore case.
            text = text.to_lowercase();
        }
        self.dir
            .join(OPEN_FOLDER)
            .join(format!("{:016x}.lock", fnv1a(text.as_bytes())))
    }
}

impl Drop for RecoveryStore {
    fn drop(&mut self) {
        locked(&self.shared.state).stop = true;
        self.shared.wake.notify_all();
        if let Some(writer) = self.writer.take() {
            let _ = writer.join();
        }
        // The copy, if there is one, stays: this window is ending with changes
        // it did not save, so the next start offers them.
        self.lock = None;
    }
}

/// Writes the latest handed-over snapshot from any thread.
#[derive(Clone)]
pub struct Flusher(Arc<Shared>);

impl Flusher {
    /// Writes what was handed over and is not written yet, now.
    pub fn flush(&self) {
        self.0.write_pending();
    }

    /// Asks the window to write a last copy and close (from a signal handler).
    pub fn request_termination(&self) {
        self.0.terminate.store(true, Ordering::SeqCst);
    }

    /// True once after [`Flusher::request_termination`]: the window acts on it.
    pub fn take_termination(&self) -> bool {
        self.0.terminate.swap(false, Ordering::SeqCst)
    }

    /// The window wrote its last copy and is closing.
    pub fn mark_finished(&self) {
        self.0.finished.store(true, Ordering::SeqCst);
    }

    /// Waits up to `limit` for [`Flusher::mark_finished`]; false when it did not come.
    pub fn wait_finished(&self, limit: Duration) -> bool {
        let started = Instant::now();
        while started.elapsed() < limit {
            if self.0.finished.load(Ordering::SeqCst) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        self.0.finished.load(Ordering::SeqCst)
    }
}

/// FNV-1a, 64 bits: a hash that never changes between builds.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// A save error again (the system's reason kept as text), to report it while
/// keeping the original.
fn clone_error(error: &SaveError) -> SaveError {
    match error {
        SaveError::Io { path, source } => SaveError::Io {
            path: path.clone(),
            source: std::io::Error::new(source.kind(), source.to_string()),
        },
        SaveError::ReadOnly { path } => SaveError::ReadOnly { path: path.clone() },
        SaveError::NoFolder { path } => SaveError::NoFolder { path: path.clone() },
        SaveError::NotRegularFile { path } => SaveError::NotRegularFile { path: path.clone() },
        SaveError::Backup {
            path,
            backup,
            source,
        } => SaveError::Backup {
            path: path.clone(),
            backup: backup.clone(),
            source: std::io::Error::new(source.kind(), source.to_string()),
        },
    }
}

fn write(
    path: &Path,
    project: &Project,
    original: Option<&Path>,
    made: u64,
) -> Result<(), SaveError> {
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(|source| SaveError::Io {
            path: path.to_owned(),
            source,
        })?;
    }
    let mut text =
        String::from("// Sinergi recovery copy: unsaved changes kept in case of a crash.\n");
    let _ = writeln!(text, "{MADE}{made}");
    if let Some(original) = original {
        let _ = writeln!(
            text,
            "{ORIGINAL_PATH}{}",
            escape_path(&original.to_string_lossy())
        );
    }
    text.push_str(&store::to_ron(project));
    // No backup of a recovery copy: it is itself the backup.
    store::replace_atomically(path, text.as_bytes())?;
    Ok(())
}

/// A path on one line: `\` as `\\`, control characters (a line break in a
/// folder's name) as `\n`, `\r`, `\t` or `\u{..}`.
fn escape_path(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for c in path.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.extend(c.escape_default()),
            c => out.push(c),
        }
    }
    out
}

/// The inverse of [`escape_path`].
fn unescape_path(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some('u') => {
                let code: String = chars
                    .by_ref()
                    .skip_while(|c| *c == '{')
                    .take_while(|c| *c != '}')
                    .collect();
                if let Some(c) = u32::from_str_radix(&code, 16).ok().and_then(char::from_u32) {
                    out.push(c);
                }
            }
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}

fn read(path: &Path) -> Result<RecoveryCopy, LoadError> {
    let text = store::read_text(path)?;
    let header = |prefix: &str| {
        text.lines()
            .take_while(|line| line.starts_with("//"))
            .find_map(|line| line.strip_prefix(prefix).map(str::to_owned))
    };
    let made = header(MADE)
        .and_then(|m| m.trim().parse().ok())
        .unwrap_or(0);
    let original = header(ORIGINAL_PATH)
        .map(|escaped| PathBuf::from(unescape_path(&escaped)))
        .or_else(|| header(ORIGINAL).map(PathBuf::from));
    let project = store::parse(&text, path)?;
    Ok(RecoveryCopy {
        made,
        original,
        project,
        file: path.to_owned(),
    })
}

/// Seconds since 1970 now.
pub fn now_unix() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// `YYYY-MM-DD HH:MM UTC` for seconds since 1970.
pub fn format_utc(unix: u64) -> String {
    let days = (unix / 86_400) as i64;
    let seconds = unix % 86_400;
    // Civil-from-days (Howard Hinnant), valid for the whole range of u64 seconds we see.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02} UTC",
        seconds / 3600,
        (seconds % 3600) / 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Framework;

    #[test]
    fn formats_dates_in_utc() {
        assert_eq!(format_utc(0), "1970-01-01 00:00 UTC");
        assert_eq!(format_utc(1_700_000_000), "2023-11-14 22:13 UTC");
        assert_eq!(format_utc(951_782_400), "2000-02-29 00:00 UTC");
    }

    fn project(title: &str) -> Project {
        let mut project = Project::new(Framework::deseve());
        project.study.title = title.into();
        project
    }

    #[test]
    fn a_written_copy_is_found_with_its_time_and_original_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let recovery = RecoveryStore::new(dir.path().join("data"));
        assert!(recovery.find().is_none());
        let project = project("Kotagede");
        recovery
            .write_now(&project, Some(Path::new("/home/r/kotagede.ron")))
            .expect("written");
        drop(recovery); // the window ends without saving
        let copy = RecoveryStore::new(dir.path().join("data"))
            .find()
            .expect("found")
            .expect("readable");
        assert_eq!(copy.project, project);
        assert_eq!(
            copy.original.as_deref(),
            Some(Path::new("/home/r/kotagede.ron"))
        );
        assert!(copy.made > 1_600_000_000);
    }

    #[test]
    fn each_window_names_its_copy_and_lock_after_itself() {
        let dir = tempfile::tempdir().expect("temp dir");
        let first = RecoveryStore::new(dir.path().to_owned());
        let second = RecoveryStore::new(dir.path().to_owned());
        assert_ne!(first.path(), second.path());
        for store in [&first, &second] {
            let name = store
                .path()
                .file_name()
                .expect("name")
                .to_string_lossy()
                .into_owned();
            assert!(
                name.starts_with(&format!("{}-", std::process::id()))
                    && Path::new(&name).extension().is_some_and(|e| e == "ron"),
                "{name}"
            );
            assert!(lock::is_held(&store.path().with_extension("lock")));
        }
        drop(first);
        assert!(!dir.path().join(FOLDER).join("x.lock").exists());
    }

    #[test]
    fn paths_with_line_breaks_and_backslashes_survive_the_header() {
        for path in [
            "/home/r/a\nb.ron",
            r"C:\Users\ana\tesis.ron",
            "/t/\u{1b}x\ty\\n.ron",
        ] {
            assert_eq!(unescape_path(&escape_path(path)), path);
            assert!(!escape_path(path).contains('\n'));
        }
    }

    #[test]
    fn a_minimised_window_still_writes_its_copy_without_drawing_frames() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut recovery =
            RecoveryStore::with_interval(dir.path().to_owned(), Duration::from_millis(200));
        let mut doc = Document::new_unsaved(project("first"));
        recovery.update(&doc, true);
        // More changes, then the window is minimised: one last frame, then none.
        let mut study = doc.project.study.clone();
        study.title = "second".into();
        assert!(doc.apply(vec![(crate::document::Edit::Study(study), None)]));
        recovery.update(&doc, false);
        std::thread::sleep(Duration::from_secs(1));
        let text = std::fs::read_to_string(recovery.path()).expect("written by the thread");
        assert!(text.contains("\"second\""), "{text}");
        assert!(recovery.poll().is_none());
    }
}
