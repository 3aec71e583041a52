//! Exchange with the other qualitative-analysis tools (NVivo, ATLAS.ti,
//! MAXQDA, QualCoder) through the REFI-QDA standard (QDA-XML 1.0): importing a
//! `.qdpx` project with its passages and codes, and exporting Sinergi's
//! evidence as a `.qdpx` and its framework as a `.qdc` codebook.
//!
//! Uses `model`, `store` (atomic writes of the mapping file), `i18n` (error
//! sentences, code names), `document` (the paragraph locator) and `chart`
//! (XML escaping). No egui.

mod error;
mod export;
mod guid;
mod import;
mod mapping;
mod package;
mod positions;
mod qde;
mod summary;

pub use error::RefiError;
pub use export::{indicator_guid, qdc_xml, qdpx_files, qdpx_files_at, stance_guid};
pub use guid::{guid_key, is_guid, stable_guid};
pub use import::{
    Additions, ImportSummary, Prepared, PreparedSelection, PreparedSource, plan, prepare,
};
pub use mapping::{CodeMapping, MappedCode, Target, default_mapping_path, suggest};
pub use package::{MAX_PACKAGE_BYTES, MAX_PART_BYTES, Package, read_package, zip_files};
pub use positions::{Counting, LineEnds, StoredText, Unit};
pub use qde::{
    Case, Code, Content, Note, Qde, Selection, TextSource, Unsupported, User, parse_qde,
};
pub use summary::describe_counting;
