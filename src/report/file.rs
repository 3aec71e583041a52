//! Writing an export's bytes: atomically, never half a file.

use super::error::ExportError;
use crate::store;
use std::path::Path;

/// Writes `bytes` to `path` atomically (no backup: an export can be made again).
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    store::replace_atomically(path, bytes)?;
    Ok(())
}
