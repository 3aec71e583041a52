//! Native file dialogs that never freeze the window: each dialog is built on the
//! UI thread (with the window as parent), awaited on a worker thread, and polled
//! every frame. Where no dialog can be shown (no portal and no zenity on Linux,
//! so rfd answers `None` at once), the app offers a plain path field instead.

use crate::report::{ExportFormat, ExportTarget};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::{Duration, Instant};

/// Why a file dialog was opened, so its answer goes to the right place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DialogPurpose {
    /// Choose a project to open.
    Open,
    /// Choose where to save the project.
    SaveAs,
    /// Choose where to write an export (a file, or a folder for some formats).
    Export(ExportFormat),
    /// Choose a REFI-QDA project to import.
    ImportQdpx,
    /// Choose a framework file (or a project file) to take a framework from.
    LoadFramework,
    /// Choose where to save the framework in this slot.
    SaveFramework(crate::model::FrameworkSlot),
    /// Choose another project file to import assessments from.
    ImportAssessments,
    /// Choose documents whose text becomes sources (several at once).
    ImportText,
}

impl DialogPurpose {
    /// True for dialogs that choose a file to write.
    pub fn is_save(self) -> bool {
        match self {
            DialogPurpose::Open
            | DialogPurpose::LoadFramework
            | DialogPurpose::ImportAssessments
            | DialogPurpose::ImportText
            | DialogPurpose::ImportQdpx => false,
            DialogPurpose::SaveAs | DialogPurpose::SaveFramework(_) => true,
            DialogPurpose::Export(_) => !self.is_folder(),
        }
    }

    /// True for dialogs that choose a folder.
    pub fn is_folder(self) -> bool {
        matches!(self, DialogPurpose::Export(format) if format.spec().target == ExportTarget::Folder)
    }
}

/// A dialog answer: the purpose and the chosen paths (none when cancelled;
/// more than one only for [`DialogPurpose::ImportText`]).
pub type DialogAnswer = (DialogPurpose, Vec<PathBuf>);

/// An answer sooner than this after opening is taken to mean no dialog could be
/// shown: nobody cancels a real dialog that fast.
const TOO_FAST_TO_BE_A_PERSON: Duration = Duration::from_millis(250);

struct Pending {
    purpose: DialogPurpose,
    opened: Instant,
    answer: Receiver<Vec<PathBuf>>,
}

/// The file dialog currently open, if any, and whether dialogs work at all here.
#[derive(Default)]
pub struct FileDialogs {
    pending: Option<Pending>,
    /// Set once a dialog came back empty at once: dialogs are unavailable.
    pub unavailable: bool,
}

impl FileDialogs {
    /// True while a dialog is open (file commands are disabled meanwhile).
    pub fn is_open(&self) -> bool {
        self.pending.is_some()
    }

    /// Opens a native dialog for `purpose`, starting in `place.0` (the
    /// project's folder) and proposing the file name `place.1` when saving.
    pub fn open(
        &mut self,
        purpose: DialogPurpose,
        frame: &eframe::Frame,
        place: (&Path, &str),
        filter: (&str, &[&str]),
        ctx: &egui::Context,
    ) {
        if self.pending.is_some() {
            return;
        }
        let (folder, file_name) = place;
        let (filter_name, extensions) = filter;
        let mut dialog = rfd::AsyncFileDialog::new()
            .set_parent(frame)
            .set_directory(folder);
        if !purpose.is_folder() {
            dialog = dialog.add_filter(filter_name, extensions);
        }
        if purpose.is_save() {
            dialog = dialog.set_file_name(file_name);
        }
        let (send, answer) = mpsc::channel();
        let repaint = ctx.clone();
        // The dialog is created here, on the UI thread (macOS requires it); only
        // waiting for the answer happens on the worker.
        let chosen: std::pin::Pin<Box<dyn Future<Output = Vec<rfd::FileHandle>> + Send>> =
            if purpose == DialogPurpose::ImportText {
                let shown = dialog.pick_files();
                Box::pin(async move { shown.await.unwrap_or_default() })
            } else if purpose.is_folder() {
                let shown = dialog.pick_folder();
                Box::pin(async move { shown.await.into_iter().collect() })
            } else if purpose.is_save() {
                let shown = dialog.save_file();
                Box::pin(async move { shown.await.into_iter().collect() })
            } else {
                let shown = dialog.pick_file();
                Box::pin(async move { shown.await.into_iter().collect() })
            };
        let spawned = std::thread::Builder::new()
            .name("file-dialog".into())
            .spawn(move || {
                let chosen = pollster::block_on(chosen);
                let paths = chosen.iter().map(|handle| handle.path().to_owned());
                let _ = send.send(paths.collect());
                repaint.request_repaint();
            });
        if spawned.is_err() {
            self.unavailable = true;
            return;
        }
        self.pending = Some(Pending {
            purpose,
            opened: Instant::now(),
            answer,
        });
    }

    /// The answer, once the dialog has closed. Marks dialogs unavailable when the
    /// answer was an immediate `None`; the caller then offers the path field.
    pub fn poll(&mut self) -> Option<DialogAnswer> {
        let pending = self.pending.as_ref()?;
        let answer = match pending.answer.try_recv() {
            Ok(answer) => answer,
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => Vec::new(),
        };
        let purpose = pending.purpose;
        if answer.is_empty() && pending.opened.elapsed() < TOO_FAST_TO_BE_A_PERSON {
            self.unavailable = true;
        }
        self.pending = None;
        Some((purpose, answer))
    }
}
