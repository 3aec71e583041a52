//! The eframe workbench: one window in which the researcher does the whole study.
//! Drawing code returns what the user asked for (edits, actions); the app
//! carries it out after each frame. See ARCHITECTURE.md.

mod action;
mod app;
mod button_row;
mod chrome;
mod commands;
mod dialogs;
mod dispatch;
mod files;
mod framework_dialogs;
mod framework_files;
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
pub use modal::{ChartSize, ExportChoices, FrameworkChoice, Intent, Modal};
pub use prefs::{Preferences, Theme};
pub use project_files::EXAMPLE_RON;

use crate::model::Lang;
use std::path::PathBuf;
use std::process::ExitCode;

/// The application id: the desktop entry's name and `StartupWMClass` on Linux
/// (packaging/linux/id.sinergi.Sinergi.desktop), the bundle id on macOS.
pub const APP_ID: &str = "id.sinergi.Sinergi";

/// The window's icon, drawn for Sinergi (assets/icon/sinergi.svg).
const ICON_PNG: &[u8] = include_bytes!("../../assets/icon/png/sinergi-256.png");

/// Opens the workbench window on `file` (or the last project, or the start screen).
pub fn run(file: Option<PathBuf>, lang: Option<Lang>) -> ExitCode {
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Sinergi")
        .with_app_id(APP_ID)
        .with_inner_size([1280.0, 760.0])
        .with_min_inner_size([900.0, 600.0]);
    if let Ok(icon) = eframe::icon_data::from_png_bytes(ICON_PNG) {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        // eframe would name its settings folder after the app id: keep the one
        // Sinergi has always used, so nobody loses their preferences.
        persistence_path: eframe::storage_dir("Sinergi").map(|dir| dir.join("app.ron")),
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
