//! The eframe workbench: one window in which the researcher does the whole study.
//! Drawing code returns what the user asked for (edits, actions); the app
//! carries it out after each frame. See ARCHITECTURE.md.

mod action;
mod app;
mod button_row;
mod chrome;
mod clipboard;
mod commands;
mod dialogs;
mod dispatch;
mod files;
mod framework_dialogs;
mod framework_files;
mod guide;
mod import_text_flow;
mod menu;
mod modal;
pub mod panels;
mod prefs;
pub mod present;
mod present_network;
mod project_files;
mod qdpx_import;
mod refi_dialog;
mod refi_import;
mod text_import;
mod widgets;

pub use action::{Action, Host};
pub use app::SinergiApp;
pub use commands::Command;
pub use guide::Guide;
pub use modal::{ChartSize, ExportChoices, FrameworkChoice, Intent, Modal};
pub use prefs::{Preferences, Theme};
pub use project_files::EXAMPLE_RON;
pub use qdpx_import::QdpxImport;

use crate::document::recovery::Flusher;
use crate::model::Lang;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

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
            match eframe::storage_dir("Sinergi") {
                Some(dir) => {
                    app.enable_recovery(dir);
                    if let Some(recovery) = &app.recovery {
                        on_termination(recovery.flusher(), cc.egui_ctx.clone());
                    }
                }
                None => app.recovery_unavailable(),
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

/// On SIGTERM, SIGHUP or Ctrl+C (a logout, a shutdown, the terminal closing),
/// the window writes a last recovery copy of unsaved changes and closes, as if
/// it had crashed: the next start offers the copy. Should the window draw no
/// frame in time (minimised, or hung), the copy last handed over is written
/// from here and the process ends.
fn on_termination(flusher: Flusher, ctx: egui::Context) {
    // Fails only when a handler is already set (a second window in this
    // process); the first one keeps working.
    let _ = ctrlc::set_handler(move || {
        flusher.request_termination();
        ctx.request_repaint();
        if flusher.wait_finished(Duration::from_secs(3)) {
            // The window is closing; end anyway should it not.
            std::thread::sleep(Duration::from_secs(5));
        } else {
            flusher.flush();
        }
        std::process::exit(143);
    });
}
