//! The menu bar. Items come from the command list (label and shortcut in one
//! place); choosing one returns an [`Action`] for the app to carry out.

use super::action::Action;
use super::commands::Command;
use super::modal::Modal;
use super::prefs::Theme;
use crate::document::{EditKind, EditSubject, StepSummary};
use crate::i18n::Msg;
use crate::model::Lang;
use crate::report::ExportFormat;
use std::path::PathBuf;

/// What the menus need to know to enable and label their items.
pub struct MenuState<'a> {
    /// The UI language.
    pub lang: Lang,
    /// A project is open (not the start screen).
    pub project_open: bool,
    /// No file dialog is open.
    pub files_free: bool,
    /// There is something to undo.
    pub can_undo: bool,
    /// There is something to redo.
    pub can_redo: bool,
    /// What undo would change.
    pub undo_summary: Option<StepSummary>,
    /// What redo would change.
    pub redo_summary: Option<StepSummary>,
    /// Recently opened files.
    pub recent: &'a [PathBuf],
    /// The colour theme chosen.
    pub theme: Theme,
}

/// Draws the menu bar; returns what the user chose.
pub fn menu_bar(ui: &mut egui::Ui, state: &MenuState<'_>) -> Option<Action> {
    let mut chosen = None;
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(Msg::MenuFile.get(state.lang), |ui| {
            file_menu(ui, state, &mut chosen);
        });
        ui.menu_button(Msg::MenuEdit.get(state.lang), |ui| {
            edit_menu(ui, state, &mut chosen);
        });
        ui.menu_button(Msg::MenuView.get(state.lang), |ui| {
            view_menu(ui, state, &mut chosen);
        });
        ui.menu_button(Msg::MenuHelp.get(state.lang), |ui| {
            item(ui, Command::Guide, true, state.lang, &mut chosen);
            if ui.button(Msg::KeyboardShortcuts.get(state.lang)).clicked() {
                chosen = Some(Action::Show(Modal::Shortcuts));
            }
            if ui.button(Msg::About.get(state.lang)).clicked() {
                chosen = Some(Action::Show(Modal::About));
            }
        });
    });
    chosen
}

/// One command as a menu item, with its shortcut.
fn item(
    ui: &mut egui::Ui,
    command: Command,
    enabled: bool,
    lang: Lang,
    chosen: &mut Option<Action>,
) {
    let mut button = egui::Button::new(command.label(lang));
    if let Some(shortcut) = command.shortcuts().first() {
        button = button.shortcut_text(ui.ctx().format_shortcut(shortcut));
    }
    if ui.add_enabled(enabled, button).clicked() {
        *chosen = Some(Action::Command(command));
    }
}

fn file_menu(ui: &mut egui::Ui, state: &MenuState<'_>, chosen: &mut Option<Action>) {
    let lang = state.lang;
    let in_project = state.files_free && state.project_open;
    item(ui, Command::New, true, lang, chosen);
    item(ui, Command::Open, state.files_free, lang, chosen);
    item(ui, Command::OpenExample, true, lang, chosen);
    ui.menu_button(Msg::MenuRecent.get(lang), |ui| {
        if state.recent.is_empty() {
            ui.label(Msg::NoRecent.get(lang));
        }
        for path in state.recent {
            if ui.button(path.display().to_string()).clicked() {
                *chosen = Some(Action::OpenRecent(path.clone()));
            }
        }
    });
    ui.separator();
    item(ui, Command::Save, in_project, lang, chosen);
    item(ui, Command::SaveAs, in_project, lang, chosen);
    ui.separator();
    item(ui, Command::ImportAssessments, in_project, lang, chosen);
    item(ui, Command::ImportText, in_project, lang, chosen);
    item(ui, Command::ImportQdpx, in_project, lang, chosen);
    ui.separator();
    for format in ExportFormat::ALL {
        item(ui, Command::Export(format), in_project, lang, chosen);
    }
    ui.separator();
    item(ui, Command::Quit, true, lang, chosen);
}

fn edit_menu(ui: &mut egui::Ui, state: &MenuState<'_>, chosen: &mut Option<Action>) {
    let lang = state.lang;
    item(ui, Command::Undo, state.can_undo, lang, chosen);
    item(ui, Command::Redo, state.can_redo, lang, chosen);
    ui.separator();
    item(ui, Command::CopyChart, state.project_open, lang, chosen);
    // Say what undo and redo will change before the user picks them.
    for (summary, msg) in [
        (state.undo_summary, Msg::NextUndo),
        (state.redo_summary, Msg::NextRedo),
    ] {
        if let Some(summary) = summary {
            ui.label(
                egui::RichText::new(msg.fill(lang, &[&describe_step(summary, lang)]))
                    .weak()
                    .small(),
            );
        }
    }
}

fn view_menu(ui: &mut egui::Ui, state: &MenuState<'_>, chosen: &mut Option<Action>) {
    let lang = state.lang;
    item(ui, Command::Present, state.project_open, lang, chosen);
    ui.separator();
    ui.menu_button(Msg::MenuLanguage.get(lang), |ui| {
        for option in Lang::ALL {
            if ui
                .selectable_label(lang == option, option.native_name())
                .clicked()
            {
                *chosen = Some(Action::SetLanguage(option));
            }
        }
    });
    ui.menu_button(Msg::MenuTheme.get(lang), |ui| {
        for (theme, label) in [
            (Theme::System, Msg::ThemeSystem),
            (Theme::Light, Msg::ThemeLight),
            (Theme::Dark, Msg::ThemeDark),
        ] {
            if ui
                .selectable_label(state.theme == theme, label.get(lang))
                .clicked()
            {
                *chosen = Some(Action::SetTheme(theme));
            }
        }
    });
    ui.menu_button(Msg::MenuZoom.get(lang), |ui| {
        if ui.button(Msg::ZoomIn.get(lang)).clicked() {
            *chosen = Some(Action::ZoomBy(1.1));
        }
        if ui.button(Msg::ZoomOut.get(lang)).clicked() {
            *chosen = Some(Action::ZoomBy(1.0 / 1.1));
        }
        if ui.button(Msg::ZoomReset.get(lang)).clicked() {
            *chosen = Some(Action::ZoomReset);
        }
    });
}

/// What an undo step did, for the status bar and the Edit menu: "actor added".
pub fn describe_step(summary: StepSummary, lang: Lang) -> String {
    let subject = subject_name(summary.subject, lang);
    match summary.kind {
        EditKind::Add => Msg::StepAdded,
        EditKind::Change => Msg::StepChanged,
        EditKind::Remove => Msg::StepRemoved,
    }
    .fill(lang, &[&subject])
}

/// What an undo step changed, named in `lang`.
fn subject_name(subject: EditSubject, lang: Lang) -> &'static str {
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
        EditSubject::Relation => Msg::KindRelation,
        EditSubject::Level => Msg::SubjectLevel,
        EditSubject::Layout => Msg::SubjectLayout,
        EditSubject::Framework => Msg::KindFramework,
    }
    .get(lang)
}
