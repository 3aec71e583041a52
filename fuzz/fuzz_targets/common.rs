//! What every export target shares: fuzz bytes read as a project the way the
//! window reads one. The exports run on whatever the window has open, and the
//! window opens projects that do not validate (dangling references, duplicate
//! ids, off-scale scores: the Overview lists them), so only the limits the
//! window enforces before showing a project are applied here.

use sinergi::model::{Lang, MAX_ID_CHARS, Problem, Project};
use sinergi::store;
use std::path::Path;

/// The project these bytes hold, as the window would open it, or `None`.
pub fn project(data: &[u8]) -> Option<Project> {
    if data.len() as u64 > store::MAX_FILE_BYTES {
        return None;
    }
    let text = std::str::from_utf8(data).ok()?;
    let project = store::parse(text, Path::new("fuzz.ron")).ok()?;
    let refused = project.validate().iter().any(|problem| match problem {
        Problem::TooLong { .. } => true,
        Problem::BadId { chars, .. } => *chars > MAX_ID_CHARS,
        _ => false,
    });
    (!refused).then_some(project)
}

/// A language chosen by the input, so both are exercised.
pub fn lang(data: &[u8]) -> Lang {
    if data.len() % 2 == 0 { Lang::Id } else { Lang::En }
}
