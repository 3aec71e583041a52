//! Project files: RON text with a schema version, read with errors that point at
//! line and column, written deterministically and atomically.

mod atomic;
mod error;
mod framework_file;
mod project_file;
mod versions;

pub use atomic::{
    SaveOutcome, backup_path, replace_atomically, write_atomically, write_atomically_with,
};
pub use error::{LoadError, SaveError};
pub use framework_file::{framework_to_ron, load_framework, parse_framework, save_framework};
pub use project_file::{
    FileStamp, MAX_FILE_BYTES, file_stamp, is_read_only, load, parse, read_text, save, to_ron,
};
pub use versions::{MAX_NESTING, SUPPORTED_VERSIONS, parse_ron};
