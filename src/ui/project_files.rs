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
use crate::model::{Framework, Project};
use crate::report::{ExportFormat, ExportSettings, ExportTarget};
use crate::store;
use std::path::{Path, PathBuf};

/// The Kotagede example, built into the binary so "Open example" works anywhere.
pub const EXAMPLE_RON: &str = include_str!("../../sample_data/kotagede.ron");

impl SinergiApp {
    /// Keeps crash-recovery copies in `dir`, and offers to restore one left by an
    /// earlier run that did not end cleanly.
    pub fn enable_recovery(&mut self, dir: PathBuf) {
        let recovery = RecoveryStore::new(dir);
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
        self.recovery = Some(recovery);
    }

    /// Restores the recovery copy waiting for an answer, as unsaved changes to its file.
    pub fn restore_recovery(&mut self) {
        if let Some(copy) = self.pending_recovery.take() {
            let mut doc = Document::new(copy.project, None);
            doc.path.clone_from(&copy.original);
            doc.disk_stamp = copy.original.as_deref().and_then(store::file_stamp);
            doc.mark_restored();
            self.replace_document(doc);
            self.status = self.t(Msg::StatusRestored).to_owned();
        }
    }

    /// Deletes the recovery copy: its changes were saved or given up.
    pub(crate) fn discard_recovery(&mut self) {
        self.pending_recovery = None;
        if let Some(recovery) = &mut self.recovery {
            recovery.discard();
        }
    }

    /// Opens the project at `path`; on failure the open project stays as it was
    /// and the errors are shown.
    pub fn open_path(&mut self, path: &Path) -> bool {
        match store::load(path) {
            Ok(project) => {
                self.replace_document(Document::new(project, Some(path.to_owned())));
                self.prefs.remember(path);
                self.status = if store::is_read_only(path) {
                    Msg::StatusOpenedReadOnly.fill(self.lang, &[&path.display()])
                } else {
                    Msg::StatusOpened.fill(self.lang, &[&path.display()])
                };
                true
            }
            Err(error) => {
                self.modal = Some(Modal::Error(
                    self.t(Msg::OpenFailed).to_owned(),
                    vec![i18n::describe_load_error(self.lang, &error)],
                ));
                false
            }
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
        self.new_project_with(Framework::default_choice());
    }

    /// Starts a new, empty project judged against `framework`.
    pub fn new_project_with(&mut self, framework: Framework) {
        let mut project = Project::new(framework);
        project.study.language = self.lang;
        self.replace_document(Document::new(project, None));
        self.status = self.t(Msg::StatusNew).to_owned();
    }

    pub(crate) fn replace_document(&mut self, doc: Document) {
        self.doc = doc;
        self.panels = PanelStates::default();
        self.start_screen = false;
        self.section = Section::Overview;
    }

    /// Saves to `path`. On failure the project stays dirty and the reason is shown.
    pub fn save_to(&mut self, path: &Path) -> bool {
        match store::save(path, &self.doc.project) {
            Ok(_) => {
                self.doc.mark_saved(path);
                self.prefs.remember(path);
                self.status = Msg::StatusSaved.fill(self.lang, &[&path.display()]);
                self.discard_recovery();
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
    /// export dialog, the chart's shown assessments, the UI language.
    pub(crate) fn export_settings(&self) -> ExportSettings {
        self.export_choices
            .settings(self.lang, self.panels.chart.chosen(&self.doc.project))
    }

    /// Writes `format` to `path`, reporting success in the status bar and
    /// failure in a dialog.
    pub fn export_to(&mut self, format: ExportFormat, path: &Path) -> bool {
        let settings = self.export_settings();
        match (format.spec().write)(&self.doc.project, &settings, path) {
            Ok(_) => {
                self.status = Msg::StatusExported.fill(self.lang, &[&path.display()]);
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
            DialogPurpose::Export(format) => {
                let spec = format.spec();
                match spec.default_extension(&self.export_settings()) {
                    Some(extension) => format!("{stem}{}.{extension}", spec.suffix),
                    None => format!("{stem}{}", spec.suffix),
                }
            }
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
            DialogPurpose::LoadFramework | DialogPurpose::SaveFramework(_) => (
                self.t(Msg::FrameworkFilter).to_owned(),
                vec!["ron", PROJECT_EXTENSIONS[0]],
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
