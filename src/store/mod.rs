//! Project files: RON text with a schema version, read with errors that point at
//! line and column, written deterministically and atomically; and the small
//! file-system facts the rest relies on (owner locks, paths, comments).

mod atomic;
mod comments;
mod error;
mod framework_file;
pub mod lock;
pub mod paths;
mod project_file;
mod retry;
mod versions;

pub use atomic::{
    SaveOutcome, SetError, backup_path, check_replaceable, remove_stale_temporary_files,
    replace_atomically, replace_set_atomically, write_atomically, write_atomically_with,
    write_target,
};
pub use comments::comment_lines;
pub use error::{LoadError, SaveError};
pub use framework_file::{framework_to_ron, load_framework, parse_framework, save_framework};
pub use project_file::{
    FileStamp, MAX_FILE_BYTES, file_stamp, is_read_only, load, load_stamped, open_regular, parse,
    read_text, save, save_stamped, to_ron,
};
pub use retry::{PERSIST_PAUSES, is_transient, with_retries};
pub use versions::{MAX_NESTING, SUPPORTED_VERSIONS, parse_ron};
