//! The REFI-QDA exports: the evidence as a `.qdpx` project for NVivo,
//! ATLAS.ti, MAXQDA or QualCoder, and the framework as a `.qdc` codebook. The
//! XML is made in `refi`; this file packs and writes it atomically.

use super::error::ExportError;
use super::file::write_file;
use super::formats::ExportSettings;
use crate::model::Project;
use crate::refi::{qdc_xml, qdpx_files, zip_files};
use std::path::{Path, PathBuf};

/// Writes the project as a `.qdpx` package.
pub fn write_qdpx(
    project: &Project,
    settings: &ExportSettings,
    path: &Path,
) -> Result<Vec<PathBuf>, ExportError> {
    let bytes = zip_files(&qdpx_files(project, settings.lang)).map_err(ExportError::Package)?;
    write_file(path, &bytes)?;
    Ok(vec![path.to_owned()])
}

/// Writes the framework as a `.qdc` codebook.
pub fn write_qdc(
    project: &Project,
    settings: &ExportSettings,
    path: &Path,
) -> Result<Vec<PathBuf>, ExportError> {
    write_file(path, qdc_xml(project, settings.lang).as_bytes())?;
    Ok(vec![path.to_owned()])
}
