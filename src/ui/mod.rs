//! The eframe workbench: one window in which the researcher does the whole study.
//! Drawing code returns what the user asked for (edits, actions); the app
//! carries it out after each frame. See ARCHITECTURE.md.

mod action;
mod app;
mod chrome;
mod commands;
mod dialogs;
mod dispatch;
mod files;
mod guide;
mod menu;
mod modal;
pub mod panels;
mod prefs;
pub mod present;
mod project_files;
mod widgets;

pub use action::{Action, Host};
pub use app::SinergiApp;
pub use commands::Command;
pub use guide::Guide;
pub use modal::{ChartSize, ExportChoices, Intent, Modal};
pub use prefs::{Preferences, Theme};
pub use project_files::EXAMPLE_RON;

use crate::model::Lang;
use std::path::PathBuf;
use std::process::ExitCode;

/// Opens the workbench window on `file` (or the last project, or the start screen).
pub fn run(file: Option<PathBuf>, lang: Option<Lang>) -> ExitCode {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Sinergi")
            .with_inner_size([1280.0, 760.0])
            .with_min_inner_size([900.0, 600.0]),
        ..Default::default()
    };
    let result = eframe::run_native(
        "Sinergi",
        options,
        Box::new(move |cc| {
            let mut app = SinergiApp::from_creation_context(cc, file, lang);
            if let Some(dir) = eframe::storage_dir("Sinergi") {
                app.enable_recovery(dir);
            }
            Ok(Box::new(app))
        }),
    );
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("sinergi: {error}");
            ExitCode::FAILURE
        }
    }
}
