//! A short, bounded retry for file operations the system refuses for a moment:
//! on Windows an antivirus scanner or a sync client (`OneDrive`) may hold a file
//! just saved, and the rename that finishes an atomic save then fails with a
//! sharing violation that is gone a few hundred milliseconds later.

use std::io;
use std::time::Duration;

/// The pauses between attempts at the final rename: about 1.5 s in all.
pub const PERSIST_PAUSES: [Duration; 6] = [
    Duration::from_millis(50),
    Duration::from_millis(100),
    Duration::from_millis(150),
    Duration::from_millis(250),
    Duration::from_millis(400),
    Duration::from_millis(550),
];

/// Runs `attempt` on `state` until it succeeds, fails with an error that
/// `transient` does not accept, or `pauses` run out (one pause before each
/// retry). A failed attempt hands its state back for the next one, which is
/// how a temporary file whose rename failed is tried again.
pub fn with_retries<S, T>(
    mut state: S,
    mut attempt: impl FnMut(S) -> Result<T, (S, io::Error)>,
    transient: impl Fn(&io::Error) -> bool,
    pauses: &[Duration],
) -> Result<T, (S, io::Error)> {
    let mut pauses = pauses.iter();
    loop {
        match attempt(state) {
            Ok(done) => return Ok(done),
            Err((back, error)) => match pauses.next() {
                Some(pause) if transient(&error) => {
                    std::thread::sleep(*pause);
                    state = back;
                }
                _ => return Err((back, error)),
            },
        }
    }
}

/// True for the errors Windows gives while another program holds a file for a
/// moment: access denied (5), sharing violation (32), lock violation (33).
/// Elsewhere no error is passing: a refused rename is reported at once.
pub fn is_transient(error: &io::Error) -> bool {
    cfg!(windows) && matches!(error.raw_os_error(), Some(5 | 32 | 33))
}

#[cfg(test)]
mod tests {
    use super::with_retries;
    use std::io;
    use std::time::Duration;

    const PAUSES: [Duration; 3] = [Duration::from_millis(1); 3];

    fn busy() -> io::Error {
        io::Error::new(
            io::ErrorKind::PermissionDenied,
            "sharing violation (simulated)",
        )
    }

    fn is_busy(error: &io::Error) -> bool {
        error.kind() == io::ErrorKind::PermissionDenied
    }

    #[test]
    fn a_file_busy_for_a_moment_is_renamed_on_a_later_attempt() {
        let mut attempts = 0;
        let result = with_retries(
            "temp file",
            |state| {
                attempts += 1;
                if attempts < 3 {
                    Err((state, busy()))
                } else {
                    Ok(state)
                }
            },
            is_busy,
            &PAUSES,
        );
        assert_eq!(result.ok(), Some("temp file"));
        assert_eq!(attempts, 3);
    }

    #[test]
    fn a_file_that_stays_busy_fails_after_the_last_pause_with_its_state_back() {
        let mut attempts = 0;
        let result: Result<(), _> = with_retries(
            7,
            |state| {
                attempts += 1;
                Err((state, busy()))
            },
            is_busy,
            &PAUSES,
        );
        let (state, error) = result.expect_err("still busy");
        assert_eq!((state, attempts), (7, PAUSES.len() + 1));
        assert_eq!(error.kind(), io::ErrorKind::PermissionDenied);
    }

    #[test]
    fn other_errors_are_reported_at_once() {
        let mut attempts = 0;
        let result: Result<(), _> = with_retries(
            (),
            |state| {
                attempts += 1;
                Err((state, io::Error::new(io::ErrorKind::NotFound, "gone")))
            },
            is_busy,
            &PAUSES,
        );
        assert!(result.is_err());
        assert_eq!(attempts, 1);
    }

    #[test]
    fn only_windows_sharing_errors_are_passing() {
        let sharing = io::Error::from_raw_os_error(32);
        assert_eq!(super::is_transient(&sharing), cfg!(windows));
        assert!(!super::is_transient(&io::Error::other("disk full")));
    }
}
