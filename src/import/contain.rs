//! Running a third-party reader that may panic on a hostile file, without the
//! panic reaching the user: it is caught, and its message is not printed. Only
//! the thread inside [`quietly`] is silenced; a panic anywhere else is reported
//! as usual (by whatever hook was installed before, e.g. the test harness's).

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

thread_local! {
    /// How many [`quietly`] calls this thread is inside.
    static QUIET: Cell<u32> = const { Cell::new(0) };
}

static INSTALL: Once = Once::new();

/// Runs `work`, turning a panic into `None`.
pub(super) fn quietly<T>(work: impl FnOnce() -> T) -> Option<T> {
    INSTALL.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if QUIET.with(Cell::get) == 0 {
                previous(info);
            }
        }));
    });
    QUIET.with(|quiet| quiet.set(quiet.get() + 1));
    // The readers only borrow the input and build their own values; a panic
    // leaves nothing of ours half-changed.
    let result = panic::catch_unwind(AssertUnwindSafe(work));
    QUIET.with(|quiet| quiet.set(quiet.get() - 1));
    result.ok()
}
