//! The window around the panels: the start screen, the navigation on the left
//! and the status bar. Each returns what the user chose as an [`Action`].

use super::action::Action;
use super::commands::Command;
use super::panels::context::{Request, Section};
use crate::document::Document;
use crate::i18n::Msg;
use crate::model::Lang;
use std::path::PathBuf;

/// The start screen: New, Open, the example, and the recent files.
pub fn start_screen(
    ui: &mut egui::Ui,
    lang: Lang,
    files_free: bool,
    recent: &[PathBuf],
) -> Option<Action> {
    let mut chosen = None;
    ui.vertical_centered(|ui| {
        ui.add_space(ui.available_height() * 0.2);
        ui.heading(egui::RichText::new("Sinergi").size(32.0));
        ui.label(Msg::Tagline.get(lang));
        ui.add_space(20.0);
        let big = |text: &str| {
            egui::Button::new(egui::RichText::new(text).size(16.0))
                .min_size(egui::vec2(280.0, 36.0))
        };
        if ui.add(big(Msg::StartNew.get(lang))).clicked() {
            chosen = Some(Action::Command(Command::New));
        }
        if ui
            .add_enabled(files_free, big(Msg::StartOpen.get(lang)))
            .clicked()
        {
            chosen = Some(Action::Command(Command::Open));
        }
        if ui.add(big(Msg::StartExample.get(lang))).clicked() {
            chosen = Some(Action::Command(Command::OpenExample));
        }
        if !recent.is_empty() {
            ui.add_space(16.0);
            ui.label(Msg::MenuRecent.get(lang));
            for path in recent {
                if ui.link(path.display().to_string()).clicked() {
                    chosen = Some(Action::OpenRecent(path.clone()));
                }
            }
        }
    });
    chosen
}

/// The sections, one button each; returns the section clicked.
pub fn navigation(ui: &mut egui::Ui, current: Section, lang: Lang) -> Option<Action> {
    let mut chosen = None;
    ui.add_space(6.0);
    for section in Section::ALL {
        let label = egui::RichText::new(section.label(lang)).size(15.0);
        if ui
            .add_sized(
                [ui.available_width(), 30.0],
                egui::Button::selectable(current == section, label),
            )
            .clicked()
        {
            chosen = Some(Action::Panel(Request::Goto(section)));
        }
    }
    chosen
}

/// The status bar: where the project is saved, whether it is, what it holds,
/// and the last message.
pub fn status_bar(ui: &mut egui::Ui, doc: &Document, status: &str, lang: Lang) {
    ui.horizontal(|ui| {
        let path = doc.path.as_ref().map_or_else(
            || Msg::NotSavedYet.get(lang).to_owned(),
            |p| p.display().to_string(),
        );
        ui.label(path);
        ui.separator();
        if doc.is_dirty() {
            ui.colored_label(ui.visuals().warn_fg_color, Msg::Unsaved.get(lang));
        } else if doc.path.is_some() {
            ui.label(Msg::Saved.get(lang));
        }
        ui.separator();
        let p = &doc.project;
        ui.label(Msg::StatusCounts.fill(
            lang,
            &[
                &p.actors.len(),
                &p.sources.len(),
                &p.evidence.len(),
                &p.assessments.len(),
            ],
        ));
        if !status.is_empty() {
            ui.separator();
            ui.label(egui::RichText::new(status).weak());
        }
    });
}
