//! A REFI-QDA import waiting in its mapping step, as data: the dialog
//! (`refi_dialog.rs`) edits its mapping, the app (`refi_import.rs`) carries it
//! out.

use crate::refi::{Code, CodeMapping, Prepared};
use std::path::PathBuf;

/// An import waiting for the user to confirm the code mapping.
#[derive(Clone, Debug, PartialEq)]
pub struct QdpxImport {
    /// The package.
    pub path: PathBuf,
    /// What it holds, every passage already placed.
    pub prepared: Prepared,
    /// The codes used on passages, with how many each.
    pub used: Vec<(Code, usize)>,
    /// The mapping of every code, as the user is choosing it.
    pub mapping: CodeMapping,
    /// Where the mapping is read from and saved: as typed in the dialog
    /// (by default `PACKAGE.qdpx-mapping.ron` beside the package).
    pub mapping_path: String,
    /// Why the mapping file last asked for could not be read, if it could not.
    pub mapping_error: Option<String>,
}
