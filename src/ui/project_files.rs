//! The project's files as the window handles them: open, the example, new,
//! save, export, and crash-recovery copies. Failures become dialogs that say
//! why; the open project is never lost to a failed open or save.

use super::app::SinergiApp;
use super::files::DialogPurpose;
use super::modal::Modal;
use super::panels::PanelStates;
use super::panels::context::Section;
use crate::document::Document;
use crate::document::recovery::RecoveryStore;
use crate::i18n::{self, Msg};
use crate::model::{Framework, Problem, Project};
use crate::report::{self, ExportFormat, ExportSettings, ExportTarget};
use crate::store::{self, paths};
use std::path::{Path, PathBuf};

/// The Kotagede example, built into the binary so "Open example" works anywhere.
pub const EXAMPLE_RON: &str = include_str!("../../sample_data/kotagede.ron");

impl SinergiApp {
    /// Keeps crash-recovery copies in `dir`, offers to restore one left by an
    /// earlier run that did not end cleanly, and says at once (in the status
    /// bar) when copies cannot be written there.
    pub fn enable_recovery(&mut self, dir: PathBuf) {
        let mut recovery = RecoveryStore::new(dir);
        if let Some(error) = recovery.unavailable() {
            self.status = recovery_failed(self.lang, error);
        }
        match recovery.find() {
            Some(Ok(copy)) => {
                self.modal = Some(Modal::Recover {
                    made: copy.made,
                    original: copy.original.clone(),
                });
                self.pending_recovery = Some(copy);
            }
            Some(Err(error)) => {
                self.modal = Some(Modal::Error(
                    self.t(Msg::RecoveryUnreadable).to_owned(),
                    vec![i18n::describe_load_error(self.lang, &error)],
                ));
            }
            None => {}
        }
        let free = recovery.claim_project(self.doc.path.as_deref());
        self.recovery = Some(recovery);
        if !free && self.modal.is_none() {
            self.warn_already_open();
        }
    }

    /// Says, once, that no recovery copy can be kept: there is no data folder
    /// (`HOME` unset).
    pub fn recovery_unavailable(&mut self) {
        self.status = self.t(Msg::RecoveryNoFolder).to_owned();
    }

    /// Restores the recovery copy waiting for an answer, as unsaved changes to its file.
    pub fn restore_recovery(&mut self) {
        if let Some(copy) = self.pending_recovery.take() {
            let unshowable = unshowable_problems(self.lang, &copy.project);
            if !unshowable.is_empty() {
                self.modal = Some(Modal::Error(
                    self.t(Msg::RecoveryUnreadable).to_owned(),
                    unshowable,
                ));
                return;
            }
            if let Some(recovery) = &mut self.recovery {
                recovery.adopt(&copy);
            }
            let mut doc = Document::new(copy.project, None);
            doc.path.clone_from(&copy.original);
            doc.disk_stamp = copy.original.as_deref().and_then(store::file_stamp);
            doc.mark_restored();
            self.replace_document(doc);
            self.status = self.t(Msg::StatusRestored).to_owned();
        }
    }

    /// Deletes the recovery copy being offered (the user threw it away), or
    /// else this window's own: its changes were saved or given up.
    pub(crate) fn discard_recovery(&mut self) {
        let offered = self.pending_recovery.take();
        if let Some(recovery) = &mut self.recovery {
            match offered {
                Some(copy) => recovery.discard_copy(&copy),
                None => recovery.discard(),
            }
        }
    }

    /// After every frame: hands the project to the recovery writer when it is
    /// due (at once when the window loses focus or is minimised, since it may
    /// then draw no frame for a long time), reports a failing recovery folder
    /// once, and on a termination signal writes a last copy and closes.
    pub(crate) fn keep_recovery_copy(&mut self, ctx: &egui::Context) {
        let Some(recovery) = &mut self.recovery else {
            return;
        };
        let terminating = recovery.flusher().take_termination();
        if terminating && self.doc.is_dirty() {
            recovery.hand_over(&self.doc);
            recovery.flush();
        } else {
            let focused = ctx.input(|input| {
                let viewport = input.viewport();
                viewport.focused != Some(false) && viewport.minimized != Some(true)
            });
            recovery.update(&self.doc, focused);
        }
        if let Some(error) = recovery.poll() {
            self.status = recovery_failed(self.lang, &error);
        }
        if terminating {
            recovery.flusher().mark_finished();
            self.allowed_to_close = true;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    /// Opens the project at `path`; on failure the open project stays as it was
    /// and the errors are shown. A project with text too long to draw is
    /// refused, as `sinergi check` refuses it; one another window has open
    /// opens with a warning.
    pub fn open_path(&mut self, path: &Path) -> bool {
        let loaded = store::read_text(path).and_then(|text| {
            let project = store::parse(&text, path)?;
            Ok((
                project,
                store::FileStamp::of_bytes(text.as_bytes()),
                !store::comment_lines(&text).is_empty(),
            ))
        });
        let (project, stamp, commented) = match loaded {
            Ok(loaded) => loaded,
            Err(error) => {
                self.modal = Some(Modal::Error(
                    self.t(Msg::OpenFailed).to_owned(),
                    vec![i18n::describe_load_error(self.lang, &error)],
                ));
                return false;
            }
        };
        let unshowable = unshowable_problems(self.lang, &project);
        if !unshowable.is_empty() {
            self.modal = Some(Modal::Error(self.t(Msg::OpenFailed).to_owned(), unshowable));
            return false;
        }
        let mut doc = Document::new(project, Some(path.to_owned()));
        // What was read, not what is on disk a moment later.
        doc.disk_stamp = Some(stamp);
        self.replace_document(doc);
        self.prefs.remember(path);
        let shown = paths::display(path);
        self.status = if store::is_read_only(path) {
            Msg::StatusOpenedReadOnly.fill(self.lang, &[&shown])
        } else if commented {
            Msg::StatusOpenedWithComments.fill(self.lang, &[&shown])
        } else {
            Msg::StatusOpened.fill(self.lang, &[&shown])
        };
        true
    }

    /// Warns that the open project is open in another window too.
    fn warn_already_open(&mut self) {
        let name = self
            .doc
            .path
            .as_deref()
            .map(paths::display)
            .unwrap_or_default();
        self.modal = Some(Modal::Error(
            self.t(Msg::AlreadyOpenTitle).to_owned(),
            vec![Msg::AlreadyOpenText.fill(self.lang, &[&name])],
        ));
    }

    /// Records which project this window has open, warning when another
    /// window has it open too.
    fn claim_open_project(&mut self) {
        let path = self.doc.path.clone();
        let free = self
            .recovery
            .as_mut()
            .is_none_or(|recovery| recovery.claim_project(path.as_deref()));
        if !free {
            self.warn_already_open();
        }
    }

    /// Opens the built-in example as a new, unsaved project.
    pub fn open_example(&mut self) {
        match store::parse(EXAMPLE_RON, Path::new("kotagede.ron")) {
            Ok(project) => {
                self.replace_document(Document::new_unsaved(project));
                self.status = self.t(Msg::StatusExample).to_owned();
            }
            Err(error) => {
                self.modal = Some(Modal::Error(
                    self.t(Msg::OpenFailed).to_owned(),
                    vec![i18n::describe_load_error(self.lang, &error)],
                ));
            }
        }
    }

    /// Starts a new, empty project judged against the default framework.
    pub fn new_project(&mut self) {
        self.new_project_with(Framework::default_choice(), "");
    }

    /// Starts a new, empty project judged against `framework`.
    pub fn new_project_with(&mut self, framework: Framework, title: &str) {
        let mut project = Project::new(framework);
        title.trim().clone_into(&mut project.study.title);
        project.study.language = self.lang;
        self.replace_document(Document::new(project, None));
        self.status = self.t(Msg::StatusNew).to_owned();
    }

    pub(crate) fn replace_document(&mut self, doc: Document) {
        let same_file = doc.path == self.doc.path;
        self.doc = doc;
        self.panels = PanelStates::default();
        self.start_screen = false;
        self.section = Section::Overview;
        if !same_file {
            self.claim_open_project();
        }
    }

    /// Saves to `path`. On failure the project stays dirty and the reason is shown.
    pub fn save_to(&mut self, path: &Path) -> bool {
        match store::save_stamped(path, &self.doc.project) {
            Ok((_, stamp)) => {
                let moved = self.doc.path.as_deref() != Some(path);
                self.doc.mark_saved(path);
                // What was written, not what is on disk a moment later.
                self.doc.disk_stamp = Some(stamp);
                self.prefs.remember(path);
                self.status = Msg::StatusSaved.fill(self.lang, &[&paths::display(path)]);
                self.discard_recovery();
                if moved {
                    self.claim_open_project();
                }
                true
            }
            Err(error) => {
                self.modal = Some(Modal::SaveFailed(vec![i18n::describe_save_error(
                    self.lang, &error,
                )]));
                false
            }
        }
    }

    /// The settings an export is written with: the last choices made in the
    /// export dialog, the chart's shown assessments, and the language chosen
    /// there or else the study's (an Indonesian study exports in Indonesian
    /// from an English window).
    pub(crate) fn export_settings(&self) -> ExportSettings {
        self.export_choices.settings(
            self.doc.project.study.language,
            self.panels.chart.chosen(&self.doc.project),
        )
    }

    /// Writes `format` to `path`, reporting success in the status bar and
    /// failure in a dialog.
    pub fn export_to(&mut self, format: ExportFormat, path: &Path) -> bool {
        let settings = self.export_settings();
        let spec = format.spec();
        let written = match &self.doc.path {
            Some(project) => report::refuse_overwriting_project(project, &spec.outputs(path)),
            None => Ok(()),
        }
        .and_then(|()| (spec.write)(&self.doc.project, &settings, path));
        match written {
            Ok(_) => {
                self.status = Msg::StatusExported.fill(self.lang, &[&paths::display(path)]);
                true
            }
            Err(error) => {
                self.modal = Some(Modal::Error(
                    self.t(Msg::ExportFailedTitle).to_owned(),
                    vec![error.describe(self.lang, path)],
                ));
                false
            }
        }
    }

    /// The file name a save or export dialog proposes.
    pub(crate) fn suggested_name(&self, purpose: DialogPurpose) -> String {
        let project_name = suggested_file_name(&self.doc);
        let stem = Path::new(&project_name).file_stem().map_or_else(
            || project_name.clone(),
            |s| s.to_string_lossy().into_owned(),
        );
        match purpose {
            DialogPurpose::Open
            | DialogPurpose::SaveAs
            | DialogPurpose::LoadFramework
            | DialogPurpose::ImportAssessments => project_name.clone(),
            DialogPurpose::SaveFramework(slot) => self
                .doc
                .project
                .framework_in(slot)
                .map_or_else(|| "framework.ron".to_owned(), |f| format!("{}.ron", f.id)),
            DialogPurpose::ImportQdpx => format!("{stem}.qdpx"),
            DialogPurpose::ImportText => String::new(),
            DialogPurpose::Export(format) => {
                let spec = format.spec();
                match spec.default_extension(&self.export_settings()) {
                    Some(extension) => format!("{stem}{}.{extension}", spec.suffix),
                    None => format!("{stem}{}", spec.suffix),
                }
            }
        }
    }

    /// The folder a file dialog starts in: the project's own, or (for a project
    /// never saved) the user's Documents folder.
    pub(crate) fn dialog_folder(&self) -> PathBuf {
        self.doc
            .path
            .as_deref()
            .map(|path| paths::canonical(&store_folder(path)))
            .filter(|folder| folder.is_dir())
            .unwrap_or_else(paths::default_folder)
    }

    /// The full path the typed-path prompt proposes for `purpose`, with the
    /// proposed file name `name`.
    pub(crate) fn typed_path_start(&self, purpose: DialogPurpose, name: &str) -> String {
        match (purpose, &self.doc.path) {
            (DialogPurpose::Open | DialogPurpose::SaveAs, Some(path)) => paths::display(path),
            // The package to import is the user's to name: only the folder.
            (DialogPurpose::ImportQdpx, _) => {
                let mut folder = paths::display(&self.dialog_folder());
                folder.push(std::path::MAIN_SEPARATOR);
                folder
            }
            // A full path, so the user sees which folder the file will land in.
            _ => paths::display(&self.dialog_folder().join(name)),
        }
    }

    /// The file type a save or open dialog filters on: its name and extensions
    /// (none for a folder).
    pub(crate) fn dialog_filter(&self, purpose: DialogPurpose) -> (String, Vec<&'static str>) {
        match purpose {
            DialogPurpose::Open | DialogPurpose::SaveAs | DialogPurpose::ImportAssessments => (
                self.t(Msg::ProjectFilter).to_owned(),
                PROJECT_EXTENSIONS.to_vec(),
            ),
            DialogPurpose::ImportQdpx => ("REFI-QDA".to_owned(), vec!["qdpx"]),
            DialogPurpose::LoadFramework | DialogPurpose::SaveFramework(_) => (
                self.t(Msg::FrameworkFilter).to_owned(),
                vec!["ron", PROJECT_EXTENSIONS[0]],
            ),
            DialogPurpose::ImportText => (
                self.t(Msg::TextDocumentsFilter).to_owned(),
                crate::import::EXTENSIONS.to_vec(),
            ),
            DialogPurpose::Export(format) => {
                let spec = format.spec();
                match (spec.target, spec.default_extension(&self.export_settings())) {
                    (ExportTarget::File(_), Some(extension)) => {
                        (extension.to_uppercase(), vec![extension])
                    }
                    _ => (String::new(), Vec::new()),
                }
            }
        }
    }
}

/// The folder of the file at `path` (`.` for a bare name).
fn store_folder(path: &Path) -> PathBuf {
    match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_owned(),
        _ => PathBuf::from("."),
    }
}

/// The problems that keep a project from being shown: text too long to draw
/// (the window's text drawing has a hard limit), described in `lang`, with a
/// last line saying what to do. Empty when there are none.
fn unshowable_problems(lang: crate::model::Lang, project: &Project) -> Vec<String> {
    let mut lines: Vec<String> = project
        .validate()
        .iter()
        .filter(|problem| match problem {
            Problem::TooLong { .. } => true,
            Problem::BadId { chars, .. } => *chars > crate::model::MAX_ID_CHARS,
            _ => false,
        })
        .take(20)
        .map(|problem| i18n::describe_problem(lang, problem))
        .collect();
    if !lines.is_empty() {
        lines.push(Msg::OpenTooLongHint.get(lang).to_owned());
    }
    lines
}

/// The status line for recovery copies that cannot be written.
fn recovery_failed(lang: crate::model::Lang, error: &store::SaveError) -> String {
    let (folder, reason) = match error {
        store::SaveError::Io { path, source } => (path.clone(), source.to_string()),
        other => (PathBuf::new(), other.to_string()),
    };
    Msg::RecoveryUnavailable.fill(lang, &[&paths::display(&folder), &reason])
}

/// The file name Save As proposes: the file's own name when it has one (a
/// `.ron` keeps its extension), else the study title made file-safe, or "sinergi".
fn suggested_file_name(doc: &Document) -> String {
    if let Some(name) = doc.file_name() {
        return name;
    }
    let stem: String = doc
        .project
        .study
        .title
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' {
                c
            } else {
                ' '
            }
        })
        .collect::<String>()
        .split_whitespace()
        .take(8)
        .collect::<Vec<_>>()
        .join("-");
    let stem = if stem.is_empty() {
        "sinergi".to_owned()
    } else {
        stem
    };
    format!("{stem}.{}", PROJECT_EXTENSIONS[0])
}

/// The extensions of project files, the one new projects get first. A
/// `.sinergi` file is RON inside; it has its own extension so that
/// double-clicking it opens Sinergi without Sinergi claiming every `.ron` file.
pub const PROJECT_EXTENSIONS: [&str; 2] = ["sinergi", "ron"];

/// Adds `.extension` when the chosen name has no extension.
pub(crate) fn with_extension(path: PathBuf, extension: Option<&str>) -> PathBuf {
    match extension {
        Some(extension) if path.extension().is_none() => path.with_extension(extension),
        _ => path,
    }
}
