//! Writing an export's bytes: atomically, never half a file, never over the
//! project the export is made from.

use super::error::ExportError;
use crate::store::{self, paths};
use std::path::{Path, PathBuf};

/// Writes `bytes` to `path` atomically (no backup: an export can be made again).
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<(), ExportError> {
    store::replace_atomically(path, bytes)?;
    Ok(())
}

/// Writes several files as one set: all new, or (on failure) all as before;
/// see [`store::replace_set_atomically`]. Returns the paths written.
pub fn write_set(files: &[(PathBuf, Vec<u8>)]) -> Result<Vec<PathBuf>, ExportError> {
    match store::replace_set_atomically(files) {
        Ok(()) => Ok(files.iter().map(|(path, _)| path.clone()).collect()),
        Err(set) if set.moved.is_empty() => Err(ExportError::Save(set.error)),
        Err(set) => Err(ExportError::PartlyWritten {
            source: set.error,
            written: set.moved,
            unchanged: set.unchanged,
        }),
    }
}

/// Refuses outputs that are the project file itself, or its backup, under any
/// spelling (a link, `./`, a hard link): an export written there would replace
/// the study with a chart or a table.
pub fn refuse_overwriting_project(project: &Path, outputs: &[PathBuf]) -> Result<(), ExportError> {
    let backup = store::backup_path(&paths::canonical(project));
    for output in outputs {
        if paths::same_file(project, output) || paths::same_file(&backup, output) {
            return Err(ExportError::OverwritesProject {
                path: output.clone(),
            });
        }
    }
    Ok(())
}
