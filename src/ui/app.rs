//! The frame loop: menus, navigation, status bar, the current panel, dialogs
//! (unsaved changes, delete confirmation, errors), files and shortcuts. Panels'
//! edits are applied here, once per frame, through the document's history.

use super::commands::Command;
use super::document::Document;
use super::edit::{Edit, ItemRef, usages};
use super::files::{DialogPurpose, FileDialogs};
use super::panels::{self, PanelCtx, PanelStates, Request, Section};
use super::prefs::{Preferences, Theme};
use super::widgets::EditSink;
use crate::i18n::{self, Msg};
use crate::model::{Lang, Project};
use crate::store;
use std::path::{Path, PathBuf};

/// The Kotagede example, built into the binary so "Open example" works anywhere.
pub const EXAMPLE_RON: &str = include_str!("../../sample_data/kotagede.ron");

/// What the user wanted to do when the unsaved-changes question interrupted.
#[derive(Clone, Debug, PartialEq)]
pub enum Intent {
    /// Start a new project.
    New,
    /// Choose a file to open.
    Open,
    /// Open the example.
    OpenExample,
    /// Open this file.
    OpenPath(PathBuf),
    /// Close the window.
    Quit,
}

/// A dialog in front of the workbench.
#[derive(Clone, Debug, PartialEq)]
pub enum Modal {
    /// "Save changes?" before carrying out the intent.
    Unsaved(Intent),
    /// "Delete?" for an item that is referred to.
    ConfirmDelete(ItemRef, String),
    /// Something went wrong; one message per line.
    Error(String, Vec<String>),
    /// No native dialog could be shown: type a path instead.
    PathPrompt(DialogPurpose, String),
    /// Keyboard shortcuts.
    Shortcuts,
    /// About Sinergi.
    About,
    /// A recovery copy from a run that did not end cleanly: restore it?
    Recover {
        /// When it was made (seconds since 1970).
        made: u64,
        /// The file it belongs to.
        original: Option<PathBuf>,
    },
    /// The file changed on disk since it was opened or saved here.
    ChangedOnDisk(PathBuf),
    /// Saving failed; Save As is offered.
    SaveFailed(Vec<String>),
    /// The size and look of an exported chart, before choosing the file.
    ChartOptions(ChartOptions),
}

/// The chart sizes offered for export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartSize {
    /// A 1920x1080 slide.
    Slide,
    /// An A4 page at 300 dpi (portrait).
    A4,
    /// Any size.
    Custom,
}

/// What the chart export dialog asks.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartOptions {
    /// The size preset.
    pub size: ChartSize,
    /// Width for a custom size.
    pub width: u32,
    /// Height for a custom size.
    pub height: u32,
    /// Dark background instead of light.
    pub dark: bool,
    /// SVG instead of PNG.
    pub svg: bool,
}

impl Default for ChartOptions {
    fn default() -> Self {
        Self {
            size: ChartSize::Slide,
            width: 1920,
            height: 1080,
            dark: false,
            svg: false,
        }
    }
}

impl ChartOptions {
    /// The pixel size chosen.
    pub fn pixels(&self) -> (u32, u32) {
        match self.size {
            ChartSize::Slide => (1920, 1080),
            ChartSize::A4 => (2480, 3508),
            ChartSize::Custom => (self.width.clamp(64, 16_384), self.height.clamp(64, 16_384)),
        }
    }
}

/// The Sinergi workbench.
pub struct SinergiApp {
    /// Remembered between runs.
    pub prefs: Preferences,
    /// The UI language now.
    pub lang: Lang,
    /// The open project.
    pub doc: Document,
    /// Whether the start screen is shown instead of the workbench.
    pub start_screen: bool,
    /// The section shown.
    pub section: Section,
    /// The panels' selections and filters.
    pub panels: PanelStates,
    /// The dialog in front, if any.
    pub modal: Option<Modal>,
    /// File dialogs.
    pub dialogs: FileDialogs,
    /// What to do once a Save As chosen for an intent has finished.
    after_save: Option<Intent>,
    /// The last status message (e.g. "Saved").
    pub status: String,
    /// The chart export settings last chosen.
    pub chart_options: ChartOptions,
    /// Crash-recovery copies, when the app keeps them (not in tests).
    pub recovery: Option<super::recovery::RecoveryStore>,
    /// A recovery copy waiting for the user's answer.
    pending_recovery: Option<super::recovery::RecoveryCopy>,
    /// Presentation mode, while it is on.
    pub presentation: Option<super::present::Presentation>,
    allowed_to_close: bool,
    fonts_installed: bool,
    zoom_restored: bool,
    applied_theme: Option<Theme>,
    last_title: String,
}

impl SinergiApp {
    /// The app with preferences `prefs`, showing `file` (or the last project, or the start screen).
    pub fn new(prefs: Preferences, file: Option<PathBuf>, lang: Option<Lang>) -> Self {
        let lang = lang.or(prefs.lang).unwrap_or_else(i18n::system_lang);
        let mut app = Self {
            prefs,
            lang,
            doc: Document::new(Project::default(), None),
            start_screen: true,
            section: Section::Overview,
            panels: PanelStates::default(),
            modal: None,
            dialogs: FileDialogs::default(),
            after_save: None,
            status: String::new(),
            chart_options: ChartOptions::default(),
            recovery: None,
            pending_recovery: None,
            presentation: None,
            allowed_to_close: false,
            fonts_installed: false,
            zoom_restored: false,
            applied_theme: None,
            last_title: String::new(),
        };
        let reopen = file.or_else(|| app.prefs.recent.first().cloned().filter(|p| p.exists()));
        if let Some(path) = reopen {
            app.open_path(&path);
        }
        app
    }

    /// Builds the app inside eframe, restoring preferences from its storage.
    pub fn from_creation_context(
        cc: &eframe::CreationContext<'_>,
        file: Option<PathBuf>,
        lang: Option<Lang>,
    ) -> Self {
        let prefs: Preferences = cc
            .storage
            .and_then(|storage| eframe::get_value(storage, Preferences::STORAGE_KEY))
            .unwrap_or_default();
        Self::new(prefs, file, lang)
    }

    /// Keeps crash-recovery copies in `dir`, and offers to restore one left by an
    /// earlier run that did not end cleanly.
    pub fn enable_recovery(&mut self, dir: PathBuf) {
        let recovery = super::recovery::RecoveryStore::new(dir);
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
            doc.path = copy.original.clone();
            doc.disk_stamp = copy.original.as_deref().and_then(store::file_stamp);
            doc.mark_restored();
            self.replace_document(doc);
            self.status = self.t(Msg::StatusRestored).to_owned();
        }
    }

    fn discard_recovery(&mut self) {
        self.pending_recovery = None;
        if let Some(recovery) = &mut self.recovery {
            recovery.discard();
        }
    }

    fn t(&self, msg: Msg) -> &'static str {
        msg.get(self.lang)
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
        let path = Path::new("kotagede.ron");
        match store::parse(EXAMPLE_RON, path) {
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

    /// Starts a new, empty project.
    pub fn new_project(&mut self) {
        let mut project = Project::default();
        project.study.language = self.lang;
        self.replace_document(Document::new(project, None));
        self.status = self.t(Msg::StatusNew).to_owned();
    }

    fn replace_document(&mut self, doc: Document) {
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

    /// Applies edits collected from the panels.
    pub fn apply_edits(&mut self, edits: Vec<(Edit, Option<String>)>) {
        self.doc.apply(edits);
    }

    /// Carries out `intent`, asking about unsaved changes first.
    pub fn request(&mut self, intent: Intent, frame: Option<&eframe::Frame>, ctx: &egui::Context) {
        if self.doc.is_dirty() {
            self.modal = Some(Modal::Unsaved(intent));
        } else {
            self.carry_out(intent, frame, ctx);
        }
    }

    fn carry_out(&mut self, intent: Intent, frame: Option<&eframe::Frame>, ctx: &egui::Context) {
        match intent {
            Intent::New => self.new_project(),
            Intent::OpenExample => self.open_example(),
            Intent::OpenPath(path) => {
                self.open_path(&path);
            }
            Intent::Open => self.open_dialog(DialogPurpose::Open, frame, ctx),
            Intent::Quit => {
                self.allowed_to_close = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    fn open_dialog(
        &mut self,
        purpose: DialogPurpose,
        frame: Option<&eframe::Frame>,
        ctx: &egui::Context,
    ) {
        match frame {
            Some(frame) if !self.dialogs.unavailable => {
                let name = self.suggested_name(purpose);
                let filter = match purpose {
                    DialogPurpose::Open | DialogPurpose::SaveAs => {
                        (self.t(Msg::ProjectFilter), &["ron"][..])
                    }
                    DialogPurpose::ExportChart if self.chart_options.svg => ("SVG", &["svg"][..]),
                    DialogPurpose::ExportChart => ("PNG", &["png"][..]),
                    DialogPurpose::ExportReport => ("HTML", &["html"][..]),
                    DialogPurpose::ExportCsv => ("CSV", &["csv"][..]),
                };
                self.dialogs.open(purpose, frame, &name, filter, ctx);
            }
            _ => {
                let name = self.suggested_name(purpose);
                let start = match (purpose, &self.doc.path) {
                    (DialogPurpose::Open | DialogPurpose::SaveAs, Some(path)) => {
                        path.display().to_string()
                    }
                    (_, Some(path)) => path.with_file_name(&name).display().to_string(),
                    // A full path, so the user sees which folder the file will land in.
                    (_, None) => std::env::current_dir()
                        .map(|dir| dir.join(&name).display().to_string())
                        .unwrap_or(name),
                };
                self.modal = Some(Modal::PathPrompt(purpose, start));
            }
        }
    }

    /// The file name a save or export dialog proposes.
    fn suggested_name(&self, purpose: DialogPurpose) -> String {
        let project_name = suggested_file_name(&self.doc);
        let stem = project_name.strip_suffix(".ron").unwrap_or(&project_name);
        match purpose {
            DialogPurpose::Open | DialogPurpose::SaveAs => project_name.clone(),
            DialogPurpose::ExportChart => {
                format!(
                    "{stem}-chart.{}",
                    if self.chart_options.svg { "svg" } else { "png" }
                )
            }
            DialogPurpose::ExportReport => format!("{stem}-report.html"),
            DialogPurpose::ExportCsv => format!("{stem}-csv"),
        }
    }

    /// Writes an export to `path`, reporting success in the status bar and failure in a dialog.
    pub fn export_to(&mut self, purpose: DialogPurpose, path: &Path) -> bool {
        use crate::report;
        let project = &self.doc.project;
        let result = match purpose {
            DialogPurpose::ExportChart => {
                let (width, height) = self.chart_options.pixels();
                let export = report::ChartExport {
                    assessments: self.panels.chart.chosen(project),
                    width,
                    height,
                    theme: if self.chart_options.dark {
                        crate::chart::svg::Theme::Dark
                    } else {
                        crate::chart::svg::Theme::Light
                    },
                    lang: self.lang,
                };
                report::write_chart(project, &export, path)
            }
            DialogPurpose::ExportReport => report::write_report(project, self.lang, path),
            DialogPurpose::ExportCsv => report::export_csv(project, path, self.lang).map(|_| ()),
            DialogPurpose::Open | DialogPurpose::SaveAs => return false,
        };
        match result {
            Ok(()) => {
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

    /// Runs a menu or keyboard command.
    pub fn run_command(
        &mut self,
        command: Command,
        frame: Option<&eframe::Frame>,
        ctx: &egui::Context,
    ) {
        if command.uses_file_dialog() && self.dialogs.is_open() {
            return;
        }
        match command {
            Command::New => self.request(Intent::New, frame, ctx),
            Command::Open => self.request(Intent::Open, frame, ctx),
            Command::OpenExample => self.request(Intent::OpenExample, frame, ctx),
            Command::Save => self.save(frame, ctx),
            Command::SaveAs => self.open_dialog(DialogPurpose::SaveAs, frame, ctx),
            Command::Quit => self.request(Intent::Quit, frame, ctx),
            Command::Undo => {
                if let Some(subject) = self.doc.undo_subject()
                    && self.doc.undo()
                {
                    self.status =
                        Msg::StatusUndone.fill(self.lang, &[&subject_name(subject, self.lang)]);
                }
            }
            Command::Redo => {
                if let Some(subject) = self.doc.redo_subject()
                    && self.doc.redo()
                {
                    self.status =
                        Msg::StatusRedone.fill(self.lang, &[&subject_name(subject, self.lang)]);
                }
            }
            Command::ExportChart => {
                self.modal = Some(Modal::ChartOptions(self.chart_options.clone()));
            }
            Command::ExportReport => self.open_dialog(DialogPurpose::ExportReport, frame, ctx),
            Command::ExportCsv => self.open_dialog(DialogPurpose::ExportCsv, frame, ctx),
            Command::Present => {
                if !self.start_screen && self.presentation.is_none() {
                    self.presentation = Some(super::present::Presentation::default());
                    ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
                }
            }
        }
    }

    fn save(&mut self, frame: Option<&eframe::Frame>, ctx: &egui::Context) {
        match self.doc.path.clone() {
            Some(path) if self.doc.changed_on_disk() => {
                self.modal = Some(Modal::ChangedOnDisk(path));
            }
            Some(path) => {
                self.save_to(&path);
            }
            None => self.open_dialog(DialogPurpose::SaveAs, frame, ctx),
        }
    }

    fn dialog_answered(
        &mut self,
        purpose: DialogPurpose,
        path: Option<PathBuf>,
        frame: Option<&eframe::Frame>,
        ctx: &egui::Context,
    ) {
        let Some(path) = path else {
            self.after_save = None;
            if self.dialogs.unavailable {
                self.open_dialog(purpose, None, ctx);
            }
            return;
        };
        match purpose {
            DialogPurpose::Open => {
                self.open_path(&path);
            }
            DialogPurpose::SaveAs => {
                let path = with_extension(path, "ron");
                if self.save_to(&path)
                    && let Some(intent) = self.after_save.take()
                {
                    self.carry_out(intent, frame, ctx);
                }
            }
            DialogPurpose::ExportChart => {
                let extension = if self.chart_options.svg { "svg" } else { "png" };
                self.export_to(purpose, &with_extension(path, extension));
            }
            DialogPurpose::ExportReport => {
                self.export_to(purpose, &with_extension(path, "html"));
            }
            DialogPurpose::ExportCsv => {
                self.export_to(purpose, &path);
            }
        }
    }

    /// The window title: `FILE.ron — Sinergi`, with `*` while there are unsaved changes.
    pub fn title(&self) -> String {
        let name = self
            .doc
            .file_name()
            .unwrap_or_else(|| self.t(Msg::Untitled).to_owned());
        let dirty = if self.doc.is_dirty() { "*" } else { "" };
        format!("{name}{dirty} — Sinergi")
    }

    fn handle_requests(&mut self, requests: Vec<Request>) {
        for request in requests {
            match request {
                Request::Goto(section) => self.section = section,
                Request::ShowIndicatorEvidence(indicator) => {
                    self.section = Section::Evidence;
                    self.panels.evidence.tab = panels::evidence::Tab::Evidence;
                    self.panels.evidence.filter = panels::evidence::NoteFilter {
                        indicator: Some(indicator),
                        ..Default::default()
                    };
                }
                Request::Delete(target) => {
                    let used = usages(&self.doc.project, &target);
                    if used.is_empty() {
                        self.doc.apply(vec![(Edit::Remove(target), None)]);
                    } else {
                        let lines = [
                            (used.roles, Msg::UsedByRoles),
                            (used.sources, Msg::UsedBySources),
                            (used.notes, Msg::UsedByNotes),
                            (used.assessments, Msg::UsedByAssessments),
                            (used.findings, Msg::UsedByFindings),
                        ]
                        .into_iter()
                        .filter(|(n, _)| *n > 0)
                        .map(|(n, msg)| msg.fill(self.lang, &[&n]))
                        .collect::<Vec<_>>()
                        .join("\n");
                        self.modal = Some(Modal::ConfirmDelete(target, lines));
                    }
                }
            }
        }
    }

    /// Adds the bundled DejaVu Sans behind egui's own font, so any character a
    /// researcher types (arrows, bullets, symbols) is drawn instead of a blank box.
    fn install_fonts(&mut self, ctx: &egui::Context) {
        if self.fonts_installed {
            return;
        }
        self.fonts_installed = true;
        ctx.add_font(egui::epaint::text::FontInsert {
            name: "DejaVu Sans".to_owned(),
            data: egui::FontData::from_static(crate::chart::fonts::REGULAR),
            families: [egui::FontFamily::Proportional, egui::FontFamily::Monospace]
                .into_iter()
                .map(|family| egui::epaint::text::InsertFontFamily {
                    family,
                    priority: egui::epaint::text::FontPriority::Lowest,
                })
                .collect(),
        });
    }

    fn apply_preferences(&mut self, ctx: &egui::Context) {
        if self.applied_theme != Some(self.prefs.theme) {
            ctx.set_theme(match self.prefs.theme {
                Theme::System => egui::ThemePreference::System,
                Theme::Light => egui::ThemePreference::Light,
                Theme::Dark => egui::ThemePreference::Dark,
            });
            self.applied_theme = Some(self.prefs.theme);
        }
        if !self.zoom_restored {
            // The zoom of the last run; egui applies it from the next frame on.
            self.zoom_restored = true;
            ctx.set_zoom_factor(self.prefs.zoom.clamp(0.5, 3.0));
            return;
        }
        let zoom = ctx.zoom_factor();
        if (zoom - self.prefs.zoom).abs() > f32::EPSILON {
            // Ctrl +/- changes egui's zoom directly; remember what the user chose.
            self.prefs.zoom = zoom;
        }
    }

    fn shortcuts(&mut self, ctx: &egui::Context, frame: Option<&eframe::Frame>) {
        if self.modal.is_some() {
            return;
        }
        for command in Command::WITH_SHORTCUTS {
            let pressed = command
                .shortcuts()
                .iter()
                .any(|shortcut| ctx.input_mut(|i| i.consume_shortcut(shortcut)));
            if pressed {
                // Text fields keep their own undo while focused; outside them, the project's applies.
                let in_text = ctx.memory(|m| m.focused().is_some())
                    && matches!(command, Command::Undo | Command::Redo);
                if in_text {
                    ctx.memory_mut(|m| m.stop_text_input());
                }
                self.run_command(command, frame, ctx);
            }
        }
    }

    /// Draws one frame. `frame` is `None` in tests, where no native dialog exists.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui, frame: Option<&eframe::Frame>) {
        let ctx = ui.ctx().clone();
        self.install_fonts(&ctx);
        self.apply_preferences(&ctx);
        if let Some((purpose, path)) = self.dialogs.poll() {
            self.dialog_answered(purpose, path, frame, &ctx);
        }
        if ctx.input(|i| i.viewport().close_requested())
            && !self.allowed_to_close
            && self.doc.is_dirty()
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.modal = Some(Modal::Unsaved(Intent::Quit));
        }
        self.shortcuts(&ctx, frame);
        if let Some(recovery) = &mut self.recovery {
            recovery.tick(&self.doc);
            if self.doc.is_dirty() {
                ctx.request_repaint_after(super::recovery::INTERVAL);
            }
        }

        if let Some(mut presentation) = self.presentation.take() {
            let chosen = self.panels.chart.chosen(&self.doc.project);
            match super::present::show(ui, &self.doc, &chosen, &mut presentation, self.lang) {
                Some(super::present::PresentAction::Leave) => {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
                }
                None => self.presentation = Some(presentation),
            }
            return;
        }
        egui::Panel::top("menu").show(ui, |ui| self.menu_bar(ui, frame, &ctx));
        egui::Panel::bottom("status").show(ui, |ui| self.status_bar(ui));

        if self.start_screen {
            egui::CentralPanel::default().show(ui, |ui| self.start_screen_ui(ui, frame, &ctx));
        } else {
            egui::Panel::left("nav")
                .resizable(false)
                .exact_size(170.0)
                .show(ui, |ui| self.navigation(ui));
            let mut sink = EditSink::new();
            let mut requests = Vec::new();
            egui::CentralPanel::default().show(ui, |ui| {
                let mut cx = PanelCtx {
                    doc: &self.doc,
                    lang: self.lang,
                    sink: &mut sink,
                    requests: &mut requests,
                };
                match self.section {
                    Section::Overview => panels::overview::show(ui, &mut cx),
                    Section::Actors => panels::actors::show(ui, &mut cx, &mut self.panels.actors),
                    Section::ActivitiesRoles => {
                        panels::activities::show(ui, &mut cx, &mut self.panels.activities)
                    }
                    Section::Evidence => {
                        panels::evidence::show(ui, &mut cx, &mut self.panels.evidence)
                    }
                    Section::Assessment => {
                        panels::assessment::show(ui, &mut cx, &mut self.panels.assessment)
                    }
                    Section::Findings => {
                        panels::findings::show(ui, &mut cx, &mut self.panels.findings)
                    }
                    Section::Chart => panels::chart::show(ui, &mut cx, &mut self.panels.chart),
                }
            });
            self.apply_edits(sink.edits);
            self.handle_requests(requests);
        }
        self.modal_ui(&ctx, frame);

        let title = self.title();
        if title != self.last_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.last_title = title;
        }
    }

    fn menu_item(
        &mut self,
        ui: &mut egui::Ui,
        command: Command,
        enabled: bool,
        frame: Option<&eframe::Frame>,
        ctx: &egui::Context,
    ) {
        let mut button = egui::Button::new(command.label(self.lang));
        if let Some(shortcut) = command.shortcuts().first() {
            button = button.shortcut_text(ctx.format_shortcut(shortcut));
        }
        if ui.add_enabled(enabled, button).clicked() {
            self.run_command(command, frame, ctx);
        }
    }

    fn menu_bar(&mut self, ui: &mut egui::Ui, frame: Option<&eframe::Frame>, ctx: &egui::Context) {
        let files_free = !self.dialogs.is_open();
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(self.t(Msg::MenuFile), |ui| {
                self.menu_item(ui, Command::New, true, frame, ctx);
                self.menu_item(ui, Command::Open, files_free, frame, ctx);
                self.menu_item(ui, Command::OpenExample, true, frame, ctx);
                ui.menu_button(self.t(Msg::MenuRecent), |ui| {
                    if self.prefs.recent.is_empty() {
                        ui.label(self.t(Msg::NoRecent));
                    }
                    for path in self.prefs.recent.clone() {
                        if ui.button(path.display().to_string()).clicked() {
                            self.request(Intent::OpenPath(path), frame, ctx);
                        }
                    }
                });
                ui.separator();
                self.menu_item(
                    ui,
                    Command::Save,
                    files_free && !self.start_screen,
                    frame,
                    ctx,
                );
                self.menu_item(
                    ui,
                    Command::SaveAs,
                    files_free && !self.start_screen,
                    frame,
                    ctx,
                );
                ui.separator();
                for export in [
                    Command::ExportChart,
                    Command::ExportReport,
                    Command::ExportCsv,
                ] {
                    self.menu_item(ui, export, files_free && !self.start_screen, frame, ctx);
                }
                ui.separator();
                self.menu_item(ui, Command::Quit, true, frame, ctx);
            });
            ui.menu_button(self.t(Msg::MenuEdit), |ui| {
                self.menu_item(ui, Command::Undo, self.doc.can_undo(), frame, ctx);
                self.menu_item(ui, Command::Redo, self.doc.can_redo(), frame, ctx);
                // Say what undo and redo will change before the user picks them.
                for (subject, msg) in [
                    (self.doc.undo_subject(), Msg::NextUndo),
                    (self.doc.redo_subject(), Msg::NextRedo),
                ] {
                    if let Some(subject) = subject {
                        ui.label(
                            egui::RichText::new(
                                msg.fill(self.lang, &[&subject_name(subject, self.lang)]),
                            )
                            .weak()
                            .small(),
                        );
                    }
                }
            });
            ui.menu_button(self.t(Msg::MenuView), |ui| {
                self.menu_item(ui, Command::Present, !self.start_screen, frame, ctx);
                ui.separator();
                ui.menu_button(self.t(Msg::MenuLanguage), |ui| {
                    for lang in Lang::ALL {
                        if ui
                            .selectable_label(self.lang == lang, lang.native_name())
                            .clicked()
                        {
                            self.lang = lang;
                            self.prefs.lang = Some(lang);
                            // The last message was written in the old language.
                            self.status.clear();
                        }
                    }
                });
                ui.menu_button(self.t(Msg::MenuTheme), |ui| {
                    for (theme, label) in [
                        (Theme::System, Msg::ThemeSystem),
                        (Theme::Light, Msg::ThemeLight),
                        (Theme::Dark, Msg::ThemeDark),
                    ] {
                        if ui
                            .selectable_label(self.prefs.theme == theme, label.get(self.lang))
                            .clicked()
                        {
                            self.prefs.theme = theme;
                        }
                    }
                });
                ui.menu_button(self.t(Msg::MenuZoom), |ui| {
                    for (label, factor) in [(Msg::ZoomIn, 1.1), (Msg::ZoomOut, 1.0 / 1.1)] {
                        if ui.button(label.get(self.lang)).clicked() {
                            ctx.set_zoom_factor((ctx.zoom_factor() * factor).clamp(0.5, 3.0));
                        }
                    }
                    if ui.button(self.t(Msg::ZoomReset)).clicked() {
                        ctx.set_zoom_factor(1.0);
                    }
                });
            });
            ui.menu_button(self.t(Msg::MenuHelp), |ui| {
                if ui.button(self.t(Msg::KeyboardShortcuts)).clicked() {
                    self.modal = Some(Modal::Shortcuts);
                }
                if ui.button(self.t(Msg::About)).clicked() {
                    self.modal = Some(Modal::About);
                }
            });
        });
    }

    fn navigation(&mut self, ui: &mut egui::Ui) {
        ui.add_space(6.0);
        for section in Section::ALL {
            let label = egui::RichText::new(section.label(self.lang)).size(15.0);
            if ui
                .add_sized(
                    [ui.available_width(), 30.0],
                    egui::Button::selectable(self.section == section, label),
                )
                .clicked()
            {
                self.section = section;
            }
        }
    }

    fn status_bar(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            let path = self.doc.path.as_ref().map_or_else(
                || self.t(Msg::NotSavedYet).to_owned(),
                |p| p.display().to_string(),
            );
            ui.label(path);
            ui.separator();
            if self.doc.is_dirty() {
                ui.colored_label(ui.visuals().warn_fg_color, self.t(Msg::Unsaved));
            } else if self.doc.path.is_some() {
                ui.label(self.t(Msg::Saved));
            }
            ui.separator();
            let p = &self.doc.project;
            ui.label(Msg::StatusCounts.fill(
                self.lang,
                &[
                    &p.actors.len(),
                    &p.sources.len(),
                    &p.evidence.len(),
                    &p.assessments.len(),
                ],
            ));
            if !self.status.is_empty() {
                ui.separator();
                ui.label(egui::RichText::new(&self.status).weak());
            }
        });
    }

    fn start_screen_ui(
        &mut self,
        ui: &mut egui::Ui,
        frame: Option<&eframe::Frame>,
        ctx: &egui::Context,
    ) {
        ui.vertical_centered(|ui| {
            ui.add_space(ui.available_height() * 0.2);
            ui.heading(egui::RichText::new("Sinergi").size(32.0));
            ui.label(self.t(Msg::Tagline));
            ui.add_space(20.0);
            let big = |text: &str| {
                egui::Button::new(egui::RichText::new(text).size(16.0))
                    .min_size(egui::vec2(280.0, 36.0))
            };
            if ui.add(big(self.t(Msg::StartNew))).clicked() {
                self.run_command(Command::New, frame, ctx);
            }
            if ui
                .add_enabled(!self.dialogs.is_open(), big(self.t(Msg::StartOpen)))
                .clicked()
            {
                self.run_command(Command::Open, frame, ctx);
            }
            if ui.add(big(self.t(Msg::StartExample))).clicked() {
                self.run_command(Command::OpenExample, frame, ctx);
            }
            if !self.prefs.recent.is_empty() {
                ui.add_space(16.0);
                ui.label(self.t(Msg::MenuRecent));
                for path in self.prefs.recent.clone() {
                    if ui.link(path.display().to_string()).clicked() {
                        self.open_path(&path);
                    }
                }
            }
        });
    }

    fn modal_ui(&mut self, ctx: &egui::Context, frame: Option<&eframe::Frame>) {
        let Some(modal) = self.modal.clone() else {
            return;
        };
        let lang = self.lang;
        let mut close = false;
        let response = egui::Modal::new(egui::Id::unique("sinergi-modal")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            match &modal {
                Modal::Unsaved(intent) => {
                    ui.heading(Msg::UnsavedTitle.get(lang));
                    ui.label(Msg::UnsavedQuestion.get(lang));
                    ui.horizontal(|ui| {
                        if ui.button(Msg::Save.get(lang)).clicked() {
                            close = true;
                            match self.doc.path.clone() {
                                Some(path) => {
                                    if self.save_to(&path) {
                                        self.carry_out(intent.clone(), frame, ctx);
                                    }
                                    return;
                                }
                                None => {
                                    self.after_save = Some(intent.clone());
                                    self.modal = None;
                                    self.open_dialog(DialogPurpose::SaveAs, frame, ctx);
                                    return;
                                }
                            }
                        }
                        if ui.button(Msg::DontSave.get(lang)).clicked() {
                            close = true;
                            self.modal = None;
                            self.discard_recovery();
                            self.carry_out(intent.clone(), frame, ctx);
                        }
                        if ui.button(Msg::Cancel.get(lang)).clicked() {
                            close = true;
                        }
                    });
                }
                Modal::ConfirmDelete(target, lines) => {
                    ui.heading(Msg::ConfirmDeleteTitle.get(lang));
                    ui.label(Msg::ConfirmDeleteQuestion.get(lang));
                    ui.label(lines);
                    ui.horizontal(|ui| {
                        if ui.button(Msg::Delete.get(lang)).clicked() {
                            self.doc.apply(vec![(Edit::Remove(target.clone()), None)]);
                            close = true;
                        }
                        if ui.button(Msg::Cancel.get(lang)).clicked() {
                            close = true;
                        }
                    });
                }
                Modal::Error(title, lines) => {
                    ui.heading(title);
                    egui::ScrollArea::vertical()
                        .max_height(300.0)
                        .show(ui, |ui| {
                            for line in lines {
                                ui.label(egui::RichText::new(line).monospace());
                            }
                        });
                    if ui.button(Msg::Ok.get(lang)).clicked() {
                        close = true;
                    }
                }
                Modal::PathPrompt(purpose, text) => {
                    ui.heading(match purpose {
                        DialogPurpose::Open => Msg::CmdOpen.get(lang),
                        DialogPurpose::SaveAs => Msg::CmdSaveAs.get(lang),
                        DialogPurpose::ExportChart => Msg::CmdExportChart.get(lang),
                        DialogPurpose::ExportReport => Msg::CmdExportReport.get(lang),
                        DialogPurpose::ExportCsv => Msg::CmdExportCsv.get(lang),
                    });
                    ui.label(Msg::NoDialogAvailable.get(lang));
                    let mut path = text.clone();
                    let label = ui.label(if purpose.is_folder() {
                        Msg::FolderPath.get(lang)
                    } else {
                        Msg::FilePath.get(lang)
                    });
                    let field = ui
                        .add(egui::TextEdit::singleline(&mut path).desired_width(480.0))
                        .labelled_by(label.id);
                    if path != *text {
                        self.modal = Some(Modal::PathPrompt(*purpose, path.clone()));
                    }
                    let submit =
                        field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                    ui.horizontal(|ui| {
                        if ui.button(Msg::Ok.get(lang)).clicked() || submit {
                            close = true;
                            self.modal = None;
                            self.dialog_answered(
                                *purpose,
                                Some(PathBuf::from(path.trim())),
                                frame,
                                ctx,
                            );
                        }
                        if ui.button(Msg::Cancel.get(lang)).clicked() {
                            close = true;
                            self.after_save = None;
                        }
                    });
                }
                Modal::Shortcuts => {
                    ui.heading(Msg::KeyboardShortcuts.get(lang));
                    egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
                        for command in Command::WITH_SHORTCUTS {
                            ui.label(command.label(lang));
                            let keys: Vec<String> = command
                                .shortcuts()
                                .iter()
                                .map(|s| ctx.format_shortcut(s))
                                .collect();
                            ui.label(keys.join(" / "));
                            ui.end_row();
                        }
                    });
                    if ui.button(Msg::Ok.get(lang)).clicked() {
                        close = true;
                    }
                }
                Modal::Recover { made, original } => {
                    ui.heading(Msg::RecoverTitle.get(lang));
                    ui.label(
                        Msg::RecoverQuestion.fill(lang, &[&super::recovery::format_utc(*made)]),
                    );
                    if let Some(original) = original {
                        ui.label(Msg::RecoverFile.fill(lang, &[&original.display()]));
                    }
                    ui.horizontal(|ui| {
                        if ui.button(Msg::Restore.get(lang)).clicked() {
                            close = true;
                            self.restore_recovery();
                        }
                        if ui.button(Msg::NotNow.get(lang)).clicked() {
                            close = true;
                            self.pending_recovery = None;
                        }
                        if ui.button(Msg::Discard.get(lang)).clicked() {
                            close = true;
                            self.discard_recovery();
                        }
                    });
                }
                Modal::ChangedOnDisk(path) => {
                    ui.heading(Msg::ChangedOnDiskTitle.get(lang));
                    ui.label(Msg::ChangedOnDiskText.fill(lang, &[&path.display()]));
                    ui.horizontal(|ui| {
                        if ui.button(Msg::CmdSaveAs.get(lang)).clicked() {
                            close = true;
                            self.modal = None;
                            self.open_dialog(DialogPurpose::SaveAs, frame, ctx);
                        }
                        if ui.button(Msg::Overwrite.get(lang)).clicked() {
                            close = true;
                            self.modal = None;
                            self.save_to(path);
                        }
                        if ui.button(Msg::Cancel.get(lang)).clicked() {
                            close = true;
                        }
                    });
                }
                Modal::SaveFailed(lines) => {
                    ui.heading(Msg::SaveFailed.get(lang));
                    for line in lines {
                        ui.label(egui::RichText::new(line).monospace());
                    }
                    ui.label(Msg::StillUnsaved.get(lang));
                    ui.horizontal(|ui| {
                        if ui.button(Msg::CmdSaveAs.get(lang)).clicked() {
                            close = true;
                            self.modal = None;
                            self.open_dialog(DialogPurpose::SaveAs, frame, ctx);
                        }
                        if ui.button(Msg::Ok.get(lang)).clicked() {
                            close = true;
                        }
                    });
                }
                Modal::ChartOptions(options) => {
                    let mut options = options.clone();
                    ui.heading(Msg::CmdExportChart.get(lang));
                    ui.label(Msg::ExportSize.get(lang));
                    ui.radio_value(
                        &mut options.size,
                        ChartSize::Slide,
                        Msg::SizeSlide.get(lang),
                    );
                    ui.radio_value(&mut options.size, ChartSize::A4, Msg::SizeA4.get(lang));
                    ui.radio_value(
                        &mut options.size,
                        ChartSize::Custom,
                        Msg::SizeCustom.get(lang),
                    );
                    if options.size == ChartSize::Custom {
                        ui.horizontal(|ui| {
                            ui.add(
                                egui::DragValue::new(&mut options.width)
                                    .range(64..=16_384)
                                    .suffix(" px"),
                            )
                            .on_hover_text(Msg::Width.get(lang));
                            ui.label("×");
                            ui.add(
                                egui::DragValue::new(&mut options.height)
                                    .range(64..=16_384)
                                    .suffix(" px"),
                            )
                            .on_hover_text(Msg::Height.get(lang));
                        });
                    }
                    ui.checkbox(&mut options.dark, Msg::DarkBackground.get(lang));
                    ui.checkbox(&mut options.svg, Msg::AsSvg.get(lang));
                    if Some(&Modal::ChartOptions(options.clone())) != self.modal.as_ref() {
                        self.modal = Some(Modal::ChartOptions(options.clone()));
                    }
                    ui.horizontal(|ui| {
                        if ui.button(Msg::ChooseFile.get(lang)).clicked() {
                            close = true;
                            self.chart_options = options.clone();
                            self.modal = None;
                            self.open_dialog(DialogPurpose::ExportChart, frame, ctx);
                        }
                        if ui.button(Msg::Cancel.get(lang)).clicked() {
                            close = true;
                        }
                    });
                }
                Modal::About => {
                    ui.heading(format!("Sinergi {}", env!("CARGO_PKG_VERSION")));
                    ui.label(Msg::AboutText.get(lang));
                    if ui.button(Msg::Ok.get(lang)).clicked() {
                        close = true;
                    }
                }
            }
        });
        if response.should_close() && !matches!(modal, Modal::Unsaved(_) | Modal::Recover { .. }) {
            close = true;
        }
        // Only close the modal we drew: an action above may have opened another.
        if close && self.modal.as_ref() == Some(&modal) {
            self.modal = None;
        }
    }
}

impl eframe::App for SinergiApp {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        self.frame_ui(ui, Some(frame));
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, Preferences::STORAGE_KEY, &self.prefs);
    }
}

/// The file name Save As proposes: the study title made file-safe, or "sinergi".
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
    format!("{stem}.ron")
}

/// Adds `.extension` when the chosen name has no extension.
fn with_extension(path: PathBuf, extension: &str) -> PathBuf {
    if path.extension().is_some() {
        path
    } else {
        path.with_extension(extension)
    }
}

/// What an undo step changed, named for the status bar and the Edit menu.
fn subject_name(subject: super::edit::EditSubject, lang: Lang) -> &'static str {
    use super::edit::EditSubject;
    match subject {
        EditSubject::Study => Msg::SubjectStudy,
        EditSubject::Network => Msg::NetworkForm,
        EditSubject::Actor => Msg::KindActor,
        EditSubject::Activity => Msg::KindActivity,
        EditSubject::Role => Msg::KindRole,
        EditSubject::Source => Msg::KindSource,
        EditSubject::Note => Msg::KindEvidence,
        EditSubject::Assessment => Msg::KindAssessment,
        EditSubject::Finding => Msg::KindFinding,
    }
    .get(lang)
}
