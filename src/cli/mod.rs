//! The `sinergi` command line: the GUI by default, and headless subcommands that
//! run the very same model, store and analysis code, for scripts and tests.

mod args;
mod export_args;
mod import_cmd;
mod import_qdpx;
mod run;

pub use args::{Cli, Command, KindArg, LangArg};
pub use export_args::ExportCommand;
pub use run::run;
