//! The `sinergi` binary: opens the workbench, or runs a headless subcommand.

use clap::Parser;
use sinergi::cli::{self, Cli};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args = Cli::parse();
    let lang = args.language();
    match &args.command {
        Some(command) => cli::run(
            command,
            lang,
            &mut std::io::stdout(),
            &mut std::io::stderr(),
        ),
        None => sinergi::ui::run(args.file.clone(), args.lang.map(Into::into)),
    }
}
