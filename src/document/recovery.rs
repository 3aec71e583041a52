//! Crash recovery: while there are unsaved changes, a copy of the project is
//! written every minute (atomically, in the app's data folder, never over the
//! user's file). After a crash the next start offers to restore it.
//!
//! The copy is an ordinary project file with a comment header saying when it was
//! made and which file it belongs to, so it stays readable by hand.

use super::open_project::Document;
use crate::model::Project;
use crate::store::{self, LoadError, SaveError};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

/// How often a recovery copy is written while there are unsaved changes.
pub const INTERVAL: Duration = Duration::from_mins(1);

const FILE_NAME: &str = "recovery.ron";
const MADE: &str = "// made: ";
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
}

/// Writes and finds recovery copies in one folder.
pub struct RecoveryStore {
    dir: PathBuf,
    /// The document revision last written, and when.
    last: Option<(u64, Instant)>,
    writing: Option<Receiver<Result<(), SaveError>>>,
    /// The last write's error, shown in the status bar.
    pub last_error: Option<SaveError>,
}

impl RecoveryStore {
    /// A store keeping its copy in `dir` (created when first written).
    pub fn new(dir: PathBuf) -> Self {
        Self {
            dir,
            last: None,
            writing: None,
            last_error: None,
        }
    }

    /// The recovery file's path.
    pub fn path(&self) -> PathBuf {
        self.dir.join(FILE_NAME)
    }

    /// The recovery copy left by an earlier run, if there is one.
    pub fn find(&self) -> Option<Result<RecoveryCopy, LoadError>> {
        let path = self.path();
        if !path.exists() {
            return None;
        }
        Some(read(&path))
    }

    /// Writes a copy now, on this thread.
    pub fn write_now(&self, project: &Project, original: Option<&Path>) -> Result<(), SaveError> {
        write(&self.dir, &self.path(), project, original, now_unix())
    }

    /// Called every frame: when the document has unsaved changes not yet copied and
    /// the interval has passed, writes a copy on a worker thread.
    pub fn tick(&mut self, doc: &Document) {
        if let Some(receiver) = &self.writing {
            match receiver.try_recv() {
                Ok(result) => {
                    self.last_error = result.err();
                    self.writing = None;
                }
                Err(mpsc::TryRecvError::Empty) => return,
                Err(mpsc::TryRecvError::Disconnected) => self.writing = None,
            }
        }
        if !doc.is_dirty() {
            return;
        }
        let due = match self.last {
            None => true,
            Some((revision, at)) => revision != doc.revision() && at.elapsed() >= INTERVAL,
        };
        if !due {
            return;
        }
        // The first change of a session starts the clock rather than writing at once.
        if self.last.is_none() {
            self.last = Some((u64::MAX, Instant::now()));
            return;
        }
        self.last = Some((doc.revision(), Instant::now()));
        let project = doc.project.clone();
        let original = doc.path.clone();
        let (dir, path) = (self.dir.clone(), self.path());
        let (send, receive) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("recovery-copy".into())
            .spawn(move || {
                let _ = send.send(write(
                    &dir,
                    &path,
                    &project,
                    original.as_deref(),
                    now_unix(),
                ));
            });
        if spawned.is_ok() {
            self.writing = Some(receive);
        }
    }

    /// Removes the copy: the user saved, or chose to throw the changes away.
    pub fn discard(&mut self) {
        let _ = std::fs::remove_file(self.path());
        self.last = None;
    }
}

fn write(
    dir: &Path,
    path: &Path,
    project: &Project,
    original: Option<&Path>,
    made: u64,
) -> Result<(), SaveError> {
    std::fs::create_dir_all(dir).map_err(|source| SaveError::Io {
        path: path.to_owned(),
        source,
    })?;
    let mut text =
        String::from("// Sinergi recovery copy: unsaved changes kept in case of a crash.\n");
    let _ = writeln!(text, "{MADE}{made}");
    if let Some(original) = original {
        let _ = writeln!(text, "{ORIGINAL}{}", original.display());
    }
    text.push_str(&store::to_ron(project));
    // No backup of a recovery copy: it is itself the backup.
    store::write_atomically(path, text.as_bytes())?;
    let _ = std::fs::remove_file(store::backup_path(path));
    Ok(())
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
    let original = header(ORIGINAL).map(PathBuf::from);
    let project = store::parse(&text, path)?;
    Ok(RecoveryCopy {
        made,
        original,
        project,
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

    #[test]
    fn a_written_copy_is_found_with_its_time_and_original_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let recovery = RecoveryStore::new(dir.path().join("data"));
        assert!(recovery.find().is_none());
        let mut project = Project::new(Framework::deseve());
        project.study.title = "Kotagede".into();
        recovery
            .write_now(&project, Some(Path::new("/home/r/kotagede.ron")))
            .expect("written");
        let copy = recovery.find().expect("found").expect("readable");
        assert_eq!(copy.project, project);
        assert_eq!(
            copy.original.as_deref(),
            Some(Path::new("/home/r/kotagede.ron"))
        );
        assert!(copy.made > 1_600_000_000);
    }
}
