//! What can go wrong in an export, and how it is said to the user.

use crate::chart::png::{MAX_PIXELS, MAX_SIDE, RasterError};
use crate::i18n::{self, Msg};
use crate::model::Lang;
use crate::store::SaveError;
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
        }
    }
}
