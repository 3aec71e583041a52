//! Actors: a searchable table, and an editor for the selected actor.

use super::context::{PanelCtx, Request, Section};
use crate::document::{Edit, Item, ItemRef};
use crate::i18n::{Msg, Named};
use crate::model::{Actor, ActorId, Color, Sector, fresh_id};
use crate::ui::widgets::{cell, color32, name_line, pick, text_area, text_line};
use egui_extras::{Column, TableBuilder};

/// Selection and search of the actors panel.
#[derive(Default)]
pub struct ActorsState {
    /// The actor being edited.
    pub selected: Option<ActorId>,
    /// Set when an item was just added: its name field takes the keyboard.
    pub focus_name: bool,
    /// The search text.
    pub search: String,
}

/// Draws the actors panel.
pub fn show(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>, state: &mut ActorsState) {
    let lang = cx.lang;
    cx.heading(ui, Section::Actors, Msg::ActorsHelp);
    let project = &cx.doc.project;

    ui.horizontal(|ui| {
        let label = ui.label(cx.t(Msg::Search));
        ui.add(
            egui::TextEdit::singleline(&mut state.search)
                .char_limit(crate::model::MAX_LINE_CHARS)
                .desired_width(220.0),
        )
        .labelled_by(label.id);
        if ui.button(cx.t(Msg::AddActor)).clicked() {
            let id = ActorId::new(fresh_id(
                "actor",
                project.actors.iter().map(|a| a.id.as_str()),
            ));
            cx.sink.push(Edit::Put(Item::Actor(Actor {
                id: id.clone(),
                name: cx.t(Msg::NewActorName).to_owned(),
                short_name: String::new(),
                sector: Sector::Other,
                description: String::new(),
                color: Color::least_used(project.actors.iter().map(|a| a.color)),
            })));
            state.selected = Some(id);
            state.focus_name = true;
        }
    });

    let needle = state.search.to_lowercase();
    let shown: Vec<&Actor> = project
        .actors
        .iter()
        .filter(|a| {
            needle.is_empty()
                || a.name.to_lowercase().contains(&needle)
                || a.short_name.to_lowercase().contains(&needle)
                || a.sector.name(lang).to_lowercase().contains(&needle)
        })
        .collect();

    actors_table(ui, cx, state, &shown);
    if shown.is_empty() && !state.search.is_empty() {
        ui.label(egui::RichText::new(cx.t(Msg::NothingToShow)).weak());
    }

    ui.separator();
    match state.selected.as_ref().and_then(|id| project.actor(id)) {
        Some(actor) => actor_editor(ui, cx, state, actor),
        None => {
            ui.label(egui::RichText::new(cx.t(Msg::SelectActorHint)).weak());
        }
    }
}

/// The actors that pass the search, one row each; a click selects one.
fn actors_table(ui: &mut egui::Ui, cx: &PanelCtx<'_>, state: &mut ActorsState, shown: &[&Actor]) {
    let lang = cx.lang;
    let project = &cx.doc.project;
    let table_height = (ui.available_height() * 0.45).max(140.0);
    ui.push_id("actors-table", |ui| {
        TableBuilder::new(ui)
            .striped(true)
            .sense(egui::Sense::click())
            .max_scroll_height(table_height)
            .column(Column::exact(18.0))
            .column(Column::initial(130.0).resizable(true))
            .column(Column::remainder().at_least(200.0).resizable(true))
            .column(Column::initial(130.0).resizable(true))
            .column(Column::exact(60.0))
            .header(22.0, |mut header| {
                header.col(|_| {});
                header.col(|ui| {
                    ui.strong(cx.t(Msg::ShortName));
                });
                header.col(|ui| {
                    ui.strong(cx.t(Msg::Name));
                });
                header.col(|ui| {
                    ui.strong(cx.t(Msg::Sector));
                });
                header.col(|ui| {
                    ui.strong(cx.t(Msg::Roles));
                });
            })
            .body(|body| {
                body.rows(22.0, shown.len(), |mut row| {
                    let actor = shown[row.index()];
                    row.set_selected(state.selected.as_ref() == Some(&actor.id));
                    row.col(|ui| {
                        let (rect, _) =
                            ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
                        ui.painter().rect_filled(rect, 2.0, color32(actor.color));
                    });
                    row.col(|ui| {
                        cell(ui, &actor.short_name);
                    });
                    row.col(|ui| {
                        cell(ui, &actor.name);
                    });
                    row.col(|ui| {
                        cell(ui, actor.sector.name(lang));
                    });
                    row.col(|ui| {
                        cell(
                            ui,
                            project
                                .roles
                                .iter()
                                .filter(|r| r.actor == actor.id)
                                .count()
                                .to_string(),
                        );
                    });
                    if row.response().clicked() {
                        state.selected = Some(actor.id.clone());
                    }
                });
            });
    });
}

/// The selected actor's fields; every change is an edit.
fn actor_editor(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>, state: &mut ActorsState, actor: &Actor) {
    let lang = cx.lang;
    let mut draft = actor.clone();
    let key = |field: &str| format!("actor:{}:{field}", actor.id);
    egui::ScrollArea::vertical()
        .id_salt("actor-editor")
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.strong(cx.t(Msg::EditActor));
                ui.label(
                    egui::RichText::new(format!("id: {}", actor.id))
                        .weak()
                        .small(),
                );
            });
            if name_line(ui, cx.t(Msg::Name), &mut draft.name, &mut state.focus_name).changed() {
                cx.sink
                    .typing(Edit::Put(Item::Actor(draft.clone())), key("name"));
            }
            if text_line(ui, cx.t(Msg::ShortName), &mut draft.short_name).changed() {
                cx.sink
                    .typing(Edit::Put(Item::Actor(draft.clone())), key("short"));
            }
            ui.horizontal(|ui| {
                if pick(
                    ui,
                    cx.t(Msg::Sector),
                    "actor-sector",
                    &mut draft.sector,
                    &Sector::ALL,
                    lang,
                ) {
                    cx.sink.push(Edit::Put(Item::Actor(draft.clone())));
                }
                ui.label(cx.t(Msg::Colour));
                let mut rgb = [draft.color.r, draft.color.g, draft.color.b];
                if ui
                    .color_edit_button_srgb(&mut rgb)
                    .on_hover_text(cx.t(Msg::Colour))
                    .changed()
                {
                    draft.color = Color::rgb(rgb[0], rgb[1], rgb[2]);
                    cx.sink
                        .typing(Edit::Put(Item::Actor(draft.clone())), key("colour"));
                }
            });
            if text_area(ui, cx.t(Msg::Description), &mut draft.description, 3).changed() {
                cx.sink
                    .typing(Edit::Put(Item::Actor(draft.clone())), key("description"));
            }
            if ui.button(cx.t(Msg::DeleteActor)).clicked() {
                cx.requests
                    .push(Request::Delete(ItemRef::Actor(actor.id.clone())));
            }
        });
}
