//! What can go wrong in an export, and how it is said to the user.

use crate::chart::png::{MAX_PIXELS, MAX_SIDE, RasterError};
use crate::i18n::{self, Msg};
use crate::model::Lang;
use crate::store::{SaveError, paths};
use std::path::{Path, PathBuf};
use thiserror::Error;

/// Something an export could not do.
#[derive(Debug, Error)]
pub enum ExportError {
    /// The picture could not be made.
    #[error(transparent)]
    Raster(#[from] RasterError),
    /// An asked-for assessment is not in the project.
    #[error("there is no assessment with the id \"{id}\"")]
    UnknownAssessment {
        /// The id asked for.
        id: String,
        /// The ids the project has.
        known: Vec<String>,
    },
    /// The output's extension is not one the format writes.
    #[error("{}: unknown format; end the file name with .{}", path.display(), expected.join(" or ."))]
    UnknownFormat {
        /// The output path.
        path: PathBuf,
        /// The extensions the format writes.
        expected: &'static [&'static str],
    },
    /// The output folder could not be made.
    #[error("{}: the folder could not be made ({source})", path.display())]
    CreateFolder {
        /// The folder.
        path: PathBuf,
        /// The system's reason.
        source: std::io::Error,
    },
    /// Writing a file failed; nothing half-written was left behind.
    #[error(transparent)]
    Save(#[from] SaveError),
    /// The output is the project the export is made from (or its backup).
    #[error("{}: this is the project itself (or its backup); choose another file", path.display())]
    OverwritesProject {
        /// The output path.
        path: PathBuf,
    },
    /// The Word document could not be put together (its zip container failed).
    #[error("the Word document could not be made: {0}")]
    Document(String),
    /// The REFI-QDA package could not be put together.
    #[error("the REFI-QDA package could not be made: {0}")]
    Package(String),
    /// A set of files was moved into place only in part.
    #[error("{source}; written anew: {written:?}; still from the previous export: {unchanged:?}")]
    PartlyWritten {
        /// What failed.
        source: SaveError,
        /// The files that hold the new export.
        written: Vec<PathBuf>,
        /// The files that still hold the previous one (or are missing).
        unchanged: Vec<PathBuf>,
    },
}

impl ExportError {
    /// The error as a sentence in `lang`; `file` names the project for errors about it.
    pub fn describe(&self, lang: Lang, file: &Path) -> String {
        match self {
            ExportError::Raster(RasterError::BadSize { width, height }) => {
                Msg::ExportBadSize.fill(lang, &[width, height, &MAX_SIDE, &MAX_PIXELS])
            }
            ExportError::Raster(RasterError::InvalidSvg(reason)) => {
                Msg::ExportSvgInvalid.fill(lang, &[reason])
            }
            ExportError::Raster(RasterError::Png(reason)) => {
                Msg::ExportPngFailed.fill(lang, &[reason])
            }
            ExportError::UnknownAssessment { id, known } => {
                let known = if known.is_empty() {
                    "—".to_owned()
                } else {
                    known.join(", ")
                };
                Msg::ExportUnknownAssessment.fill(lang, &[&file.display(), id, &known])
            }
            ExportError::UnknownFormat { path, expected } => {
                let names: Vec<String> = expected.iter().map(|e| format!(".{e}")).collect();
                let or = format!(" {} ", Msg::Or.get(lang));
                Msg::ExportUnknownFormat.fill(lang, &[&path.display(), &names.join(&or)])
            }
            ExportError::CreateFolder { path, source } => {
                Msg::ExportFolderFailed.fill(lang, &[&path.display(), source])
            }
            ExportError::Save(error) => i18n::describe_save_error(lang, error),
            ExportError::Document(reason) => Msg::ExportDocxFailed.fill(lang, &[reason]),
            ExportError::Package(reason) => Msg::RefiPackageFailed.fill(lang, &[reason]),
            ExportError::OverwritesProject { path } => {
                Msg::ExportOverProject.fill(lang, &[&paths::display(path)])
            }
            ExportError::PartlyWritten {
                source,
                written,
                unchanged,
            } => {
                let names = |list: &[PathBuf]| {
                    list.iter()
                        .map(|path| paths::display(path))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                Msg::ExportPartlyWritten.fill(
                    lang,
                    &[
                        &i18n::describe_save_error(lang, source),
                        &names(written),
                        &names(unchanged),
                    ],
                )
            }
        }
    }
}
