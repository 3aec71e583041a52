//! The `sinergi` binary: opens the workbench, or runs a headless subcommand.
//!
//! On Windows it is a windowed program (no console window opens behind the
//! workbench); a subcommand started from a terminal attaches to that
//! terminal's console so that its output and errors appear there.

#![cfg_attr(windows, windows_subsystem = "windows")]

use clap::Parser;
use sinergi::cli::{self, Cli};
use std::process::ExitCode;

fn main() -> ExitCode {
    attach_console();
    let args = Cli::parse();
    let lang = args.language();
    match &args.command {
        Some(command) => cli::run(
            command,
            lang,
            args.lang.map(Into::into),
            &mut std::io::stdout(),
            &mut std::io::stderr(),
        ),
        None => sinergi::ui::run(args.file.clone(), args.lang.map(Into::into)),
    }
}

/// Attaches to the console of the program that started this one (a terminal),
/// when there is one, so that `sinergi check` and the help print there. A
/// windowed program has no console of its own; started by a double click it
/// has no parent console either and nothing happens. Output redirected to a
/// file or a pipe keeps going there. (cmd.exe does not wait for a windowed
/// program: its prompt may come back before the output; PowerShell and
/// scripts that capture the output are unaffected.)
#[cfg(windows)]
#[allow(unsafe_code)]
fn attach_console() {
    use windows_sys::Win32::System::Console::{ATTACH_PARENT_PROCESS, AttachConsole};
    // SAFETY: AttachConsole takes a process id by value and touches no memory
    // of ours; it fails harmlessly when there is no parent console.
    unsafe {
        AttachConsole(ATTACH_PARENT_PROCESS);
    }
}

#[cfg(not(windows))]
fn attach_console() {}
