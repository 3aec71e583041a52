//! The workbench's state and its frame loop. Each frame draws the menus,
//! the navigation, the current panel and any dialog; everything they return
//! (edits, actions) is carried out after drawing, edits through the document's
//! history and actions through `dispatch.rs`.

use super::action::{Action, Host};
use super::chrome;
use super::commands::Command;
use super::dialogs;
use super::files::FileDialogs;
use super::guide::Guide;
use super::menu::{MenuState, menu_bar};
use super::modal::{ExportChoices, Intent, Modal};
use super::panels::context::{PanelCtx, Section};
use super::panels::{self, PanelStates};
use super::prefs::{Preferences, Theme};
use super::present::{self, PresentAction, Presentation};
use super::text_import::TextImport;
use super::widgets::EditSink;
use crate::document::recovery::{RecoveryCopy, RecoveryStore};
use crate::document::{Document, Edit};
use crate::i18n::{self, Msg};
use crate::model::{Framework, Lang, Project};
use std::path::PathBuf;

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
    pub(crate) after_save: Option<Intent>,
    /// The last status message (e.g. "Saved").
    pub status: String,
    /// The export options last chosen.
    pub export_choices: ExportChoices,
    /// Crash-recovery copies, when the app keeps them (not in tests).
    pub recovery: Option<RecoveryStore>,
    /// A recovery copy waiting for the user's answer.
    pub(crate) pending_recovery: Option<RecoveryCopy>,
    /// Presentation mode, while it is on.
    pub presentation: Option<Presentation>,
    /// The user guide's window, while it is open.
    pub guide: Option<Guide>,
    pub(crate) allowed_to_close: bool,
    /// Documents being read by "Import text…".
    pub(crate) text_import: Option<TextImport>,
    fonts_installed: bool,
    zoom_restored: bool,
    window_checked: bool,
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
            doc: Document::new(Project::new(Framework::default_choice()), None),
            start_screen: true,
            section: Section::Overview,
            panels: PanelStates::default(),
            modal: None,
            dialogs: FileDialogs::default(),
            after_save: None,
            status: String::new(),
            export_choices: ExportChoices::default(),
            recovery: None,
            pending_recovery: None,
            presentation: None,
            guide: None,
            allowed_to_close: false,
            text_import: None,
            fonts_installed: false,
            zoom_restored: false,
            window_checked: false,
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

    pub(crate) fn t(&self, msg: Msg) -> &'static str {
        msg.get(self.lang)
    }

    /// Applies edits collected from the panels.
    pub fn apply_edits(&mut self, edits: Vec<(Edit, Option<String>)>) {
        self.doc.apply(edits);
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

    /// Draws one frame. `frame` is `None` in tests, where no native dialog exists.
    pub fn frame_ui(&mut self, ui: &mut egui::Ui, frame: Option<&eframe::Frame>) {
        let ctx = ui.ctx().clone();
        let host = Host { ctx: &ctx, frame };
        self.install_fonts(&ctx);
        self.apply_preferences(&ctx);
        self.keep_window_on_screen(&ctx);
        if let Some((purpose, paths)) = self.dialogs.poll() {
            self.dialog_answered(purpose, paths, host);
        }
        self.finish_text_import();
        if ctx.input(|i| i.viewport().close_requested())
            && !self.allowed_to_close
            && self.doc.is_dirty()
        {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.modal = Some(Modal::Unsaved(Intent::Quit));
        }
        let mut actions = self.shortcuts(&ctx);
        if self.presentation.is_some() {
            actions.extend(self.presentation_ui(ui));
        } else {
            actions.extend(self.workbench_ui(ui));
        }
        if let Some(guide) = &mut self.guide
            && !guide.show(&ctx, self.lang)
        {
            self.guide = None;
        }
        if self.modal.is_none() {
            dialogs::forget_path_prompt(&ctx);
        }
        if let Some(modal) = &mut self.modal
            && let Some(answer) = dialogs::show(&ctx, modal, &self.doc.project.framework, self.lang)
        {
            self.modal = None;
            actions.push(answer);
        }
        for action in actions {
            self.perform(action, host);
        }
        self.keep_recovery_copy(&ctx);
        let title = self.title();
        if title != self.last_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.last_title = title;
        }
    }

    /// The menus, navigation, status bar and current panel (or the start screen).
    /// Panels' edits are applied here; everything else is returned.
    fn workbench_ui(&mut self, ui: &mut egui::Ui) -> Vec<Action> {
        let mut actions = Vec::new();
        let menus = MenuState {
            lang: self.lang,
            project_open: !self.start_screen,
            files_free: !self.dialogs.is_open(),
            can_undo: self.doc.can_undo(),
            can_redo: self.doc.can_redo(),
            undo_summary: self.doc.undo_summary(),
            redo_summary: self.doc.redo_summary(),
            recent: &self.prefs.recent,
            theme: self.prefs.theme,
        };
        actions.extend(
            egui::Panel::top("menu")
                .show(ui, |ui| menu_bar(ui, &menus))
                .inner,
        );
        egui::Panel::bottom("status").show(ui, |ui| {
            chrome::status_bar(ui, &self.doc, &self.status, self.lang);
        });
        if self.start_screen {
            let files_free = !self.dialogs.is_open();
            let chosen = egui::CentralPanel::default()
                .show(ui, |ui| {
                    chrome::start_screen(ui, self.lang, files_free, &self.prefs.recent)
                })
                .inner;
            actions.extend(chosen);
            return actions;
        }
        let chosen = egui::Panel::left("nav")
            .resizable(false)
            .exact_size(170.0)
            .show(ui, |ui| chrome::navigation(ui, self.section, self.lang))
            .inner;
        actions.extend(chosen);
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
                    panels::activities::show(ui, &mut cx, &mut self.panels.activities);
                }
                Section::Network => panels::network::show(ui, &mut cx, &mut self.panels.network),
                Section::Evidence => panels::evidence::show(ui, &mut cx, &mut self.panels.evidence),
                Section::Framework => {
                    panels::framework::show(ui, &mut cx, &mut self.panels.framework);
                }
                Section::Assessment => {
                    panels::assessment::show(ui, &mut cx, &mut self.panels.assessment);
                }
                Section::Findings => panels::findings::show(ui, &mut cx, &mut self.panels.findings),
                Section::Chart => panels::chart::show(ui, &mut cx, &mut self.panels.chart),
            }
        });
        self.apply_edits(sink.edits);
        actions.extend(requests.into_iter().map(Action::Panel));
        actions
    }

    /// The full-screen slide of the chosen assessments.
    fn presentation_ui(&mut self, ui: &mut egui::Ui) -> Option<Action> {
        let presentation = self.presentation.as_mut()?;
        let chosen = self.panels.chart.chosen(&self.doc.project);
        let network = &mut self.panels.network;
        present::show(ui, &self.doc, &chosen, network, presentation, self.lang).map(|action| {
            match action {
                PresentAction::Leave => Action::LeavePresentation,
                PresentAction::CopyChart => Action::Command(Command::CopyChart),
            }
        })
    }

    /// The commands whose shortcut was pressed, unless a dialog is in front.
    fn shortcuts(&mut self, ctx: &egui::Context) -> Vec<Action> {
        if self.modal.is_some() {
            return Vec::new();
        }
        Command::pressed(ctx)
            .into_iter()
            .map(|command| {
                // Text fields keep their own undo while focused; outside them, the project's applies.
                let in_text = ctx.memory(|m| m.focused().is_some())
                    && matches!(command, Command::Undo | Command::Redo);
                if in_text {
                    ctx.memory_mut(|m| m.stop_text_input());
                }
                Action::Command(command)
            })
            .collect()
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

    /// A window restored at the size it had on a larger screen is shrunk and
    /// moved into this one, once, as soon as the monitor's size is known.
    fn keep_window_on_screen(&mut self, ctx: &egui::Context) {
        if self.window_checked {
            return;
        }
        let (monitor, outer, inner) = ctx.input(|i| {
            let viewport = i.viewport();
            (
                viewport.monitor_size,
                viewport.outer_rect,
                viewport.inner_rect,
            )
        });
        let (Some(monitor), Some(outer), Some(inner)) = (monitor, outer, inner) else {
            return;
        };
        self.window_checked = true;
        if let Some((size, position)) = fit_window(monitor, outer, inner) {
            ctx.send_viewport_cmd(egui::ViewportCommand::InnerSize(size));
            ctx.send_viewport_cmd(egui::ViewportCommand::OuterPosition(position));
        }
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
}

impl eframe::App for SinergiApp {
    fn ui(&mut self, ui: &mut egui::Ui, frame: &mut eframe::Frame) {
        self.frame_ui(ui, Some(frame));
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, Preferences::STORAGE_KEY, &self.prefs);
    }
}

/// Room kept free for a taskbar or dock, which the monitor's size includes.
const TASKBAR_ROOM: f32 = 48.0;

/// The inner size and outer position that bring a window (`outer`, with its
/// decorations; `inner`, its content) inside a `monitor`, or `None` when it
/// already fits. Sizes are in points; the monitor's top left is the origin.
pub fn fit_window(
    monitor: egui::Vec2,
    outer: egui::Rect,
    inner: egui::Rect,
) -> Option<(egui::Vec2, egui::Pos2)> {
    let usable = egui::vec2(monitor.x, (monitor.y - TASKBAR_ROOM).max(200.0));
    let fits = outer.min.x >= 0.0
        && outer.min.y >= 0.0
        && outer.max.x <= usable.x
        && outer.max.y <= usable.y;
    if fits {
        return None;
    }
    let decorations = outer.size() - inner.size();
    let size = (usable - decorations)
        .min(inner.size())
        .max(egui::vec2(400.0, 300.0));
    let outer_size = size + decorations;
    let position = egui::pos2(
        outer.min.x.clamp(0.0, (usable.x - outer_size.x).max(0.0)),
        outer.min.y.clamp(0.0, (usable.y - outer_size.y).max(0.0)),
    );
    Some((size, position))
}

#[cfg(test)]
mod tests {
    use super::fit_window;
    use egui::{Rect, pos2, vec2};

    #[test]
    fn a_window_larger_than_the_screen_is_shrunk_and_moved_into_it() {
        let monitor = vec2(1366.0, 768.0);
        // Restored at a 1920x1080 screen's size and place.
        let outer = Rect::from_min_size(pos2(200.0, 100.0), vec2(1600.0, 1000.0));
        let inner = Rect::from_min_size(pos2(200.0, 130.0), vec2(1600.0, 970.0));
        let (size, position) = fit_window(monitor, outer, inner).expect("moved");
        assert!(position.x + size.x <= 1366.0 && position.y + size.y + 30.0 <= 768.0 - 48.0 + 0.5);
        assert!(position.x >= 0.0 && position.y >= 0.0);
    }

    #[test]
    fn a_window_that_fits_is_left_alone() {
        let monitor = vec2(1920.0, 1080.0);
        let outer = Rect::from_min_size(pos2(10.0, 10.0), vec2(1280.0, 790.0));
        let inner = Rect::from_min_size(pos2(10.0, 40.0), vec2(1280.0, 760.0));
        assert_eq!(fit_window(monitor, outer, inner), None);
    }
}
