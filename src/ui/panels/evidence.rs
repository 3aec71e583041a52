//! Sources and evidence: the sources table, the evidence notes in a virtualised
//! table with filters, the editor of one note, and each indicator's triangulation.

use super::context::{PanelCtx, Request};
use crate::analysis::{NoteFilter, SearchText};
use crate::document::{Edit, Item, ItemRef};
use crate::i18n::{Msg, Named};
use crate::model::{
    EvidenceId, EvidenceNote, IndicatorId, Project, Source, SourceId, SourceKind, Stance, fresh_id,
};
use crate::ui::widgets::{
    cell, focus_and_select_all, list_field, name_line, pick, pick_actors, pick_indicators,
    section_heading, shorten, text_area, text_area_hint, text_line,
};
use egui_extras::{Column, TableBuilder};
use std::rc::Rc;

/// The two halves of the panel.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tab {
    /// The evidence notes.
    #[default]
    Evidence,
    /// The sources.
    Sources,
}

/// State of the sources & evidence panel.
#[derive(Default)]
pub struct EvidenceState {
    /// Which half is shown.
    pub tab: Tab,
    /// The note being edited.
    pub selected_note: Option<EvidenceId>,
    /// The source being edited.
    pub selected_source: Option<SourceId>,
    /// Set when a note or source was just added: its first field takes the keyboard.
    pub focus_new: bool,
    /// The filters.
    pub filter: NoteFilter,
    cache: Option<(u64, NoteFilter, Rc<[usize]>)>,
    search_text: Option<(u64, SearchText)>,
}

impl EvidenceState {
    /// The filtered notes, recomputed only when the project or the filter changed.
    pub fn filtered(&mut self, project: &Project, revision: u64) -> Rc<[usize]> {
        if let Some((rev, filter, rows)) = &self.cache
            && *rev == revision
            && filter == &self.filter
        {
            return rows.clone();
        }
        let needed = self.filter.needs_search_text();
        if needed
            && self
                .search_text
                .as_ref()
                .is_none_or(|(rev, _)| *rev != revision)
        {
            self.search_text = Some((revision, SearchText::build(project)));
        }
        let rows: Rc<[usize]> = match &self.search_text {
            Some((_, text)) if needed => self.filter.apply(project, text),
            _ => self.filter.apply(project, &SearchText::default()),
        }
        .into();
        self.cache = Some((revision, self.filter.clone(), rows.clone()));
        rows
    }
}

/// Draws the sources & evidence panel.
pub fn show(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>, state: &mut EvidenceState) {
    section_heading(ui, cx.t(Msg::NavEvidence), cx.t(Msg::EvidenceHelp));
    ui.horizontal(|ui| {
        ui.selectable_value(&mut state.tab, Tab::Evidence, cx.t(Msg::EvidenceNotes));
        ui.selectable_value(&mut state.tab, Tab::Sources, cx.t(Msg::Sources));
    });
    ui.separator();
    match state.tab {
        Tab::Evidence => evidence_tab(ui, cx, state),
        Tab::Sources => sources_tab(ui, cx, state),
    }
}

fn triangulation_strip(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>, state: &mut EvidenceState) {
    let project = &cx.doc.project;
    let index = cx.doc.triangulation();
    ui.horizontal_wrapped(|ui| {
        ui.label(cx.t(Msg::Triangulation));
        for indicator in &project.framework.indicators {
            let status = index.status(&indicator.id);
            let text = format!(
                "{} ({})",
                indicator.name.get(cx.lang),
                index.notes(&indicator.id).len()
            );
            let selected = state.filter.indicator.as_ref() == Some(&indicator.id);
            let response = ui
                .selectable_label(
                    selected,
                    egui::RichText::new(text)
                        .color(crate::ui::widgets::triangulation_color(status)),
                )
                .on_hover_text(status.name(cx.lang));
            if response.clicked() {
                state.filter.indicator = if selected {
                    None
                } else {
                    Some(indicator.id.clone())
                };
            }
        }
    });
}

fn filters(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>, state: &mut EvidenceState) {
    let project = &cx.doc.project;
    let lang = cx.lang;
    let any = cx.t(Msg::Any);
    ui.horizontal_wrapped(|ui| {
        let filter = &mut state.filter;
        let indicator_name = |id: &Option<IndicatorId>| {
            id.as_ref()
                .and_then(|id| project.framework.indicator(id))
                .map_or(any.to_owned(), |i| i.name.get(lang).to_owned())
        };
        ui.label(cx.t(Msg::Indicator));
        egui::ComboBox::new("filter-indicator", "")
            .selected_text(indicator_name(&filter.indicator))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut filter.indicator, None, any);
                for indicator in &project.framework.indicators {
                    ui.selectable_value(
                        &mut filter.indicator,
                        Some(indicator.id.clone()),
                        indicator.name.get(lang),
                    );
                }
            })
            .response
            .on_hover_text(cx.t(Msg::Indicator));
        let actor_name = filter
            .actor
            .as_ref()
            .and_then(|id| project.actor(id))
            .map_or(any, |a| a.display_name());
        ui.label(cx.t(Msg::Actor));
        egui::ComboBox::new("filter-actor", "")
            .selected_text(actor_name)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut filter.actor, None, any);
                for actor in &project.actors {
                    ui.selectable_value(
                        &mut filter.actor,
                        Some(actor.id.clone()),
                        actor.display_name(),
                    );
                }
            })
            .response
            .on_hover_text(cx.t(Msg::Actor));
        ui.label(cx.t(Msg::SourceKind));
        egui::ComboBox::new("filter-kind", "")
            .selected_text(filter.source_kind.map_or(any, |k| k.name(lang)))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut filter.source_kind, None, any);
                for kind in SourceKind::ALL {
                    ui.selectable_value(&mut filter.source_kind, Some(kind), kind.name(lang));
                }
            })
            .response
            .on_hover_text(cx.t(Msg::SourceKind));
        ui.label(cx.t(Msg::Stance));
        egui::ComboBox::new("filter-stance", "")
            .selected_text(filter.stance.map_or(any, |s| s.name(lang)))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut filter.stance, None, any);
                for stance in Stance::ALL {
                    ui.selectable_value(&mut filter.stance, Some(stance), stance.name(lang));
                }
            })
            .response
            .on_hover_text(cx.t(Msg::Stance));
        let label = ui.label(cx.t(Msg::Search));
        ui.add(egui::TextEdit::singleline(&mut filter.text).desired_width(160.0))
            .labelled_by(label.id);
        if ui.button(cx.t(Msg::ClearFilters)).clicked() {
            *filter = NoteFilter::default();
        }
    });
}

fn evidence_tab(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>, state: &mut EvidenceState) {
    triangulation_strip(ui, cx, state);
    filters(ui, cx, state);
    let project = &cx.doc.project;
    ui.horizontal(|ui| {
        let enabled = !project.sources.is_empty();
        let add = ui
            .add_enabled(enabled, egui::Button::new(cx.t(Msg::AddNote)))
            .on_disabled_hover_text(cx.t(Msg::AddSourceFirst));
        if add.clicked() {
            let source = state
                .selected_source
                .clone()
                .filter(|s| cx.doc.source(s).is_some())
                .or_else(|| project.sources.first().map(|s| s.id.clone()))
                .unwrap_or_default();
            let id = EvidenceId::new(fresh_id(
                "note",
                project.evidence.iter().map(|n| n.id.as_str()),
            ));
            cx.sink.push(Edit::Put(Item::Note(EvidenceNote {
                id: id.clone(),
                source,
                excerpt: String::new(),
                interpretation: String::new(),
                indicators: state.filter.indicator.iter().cloned().collect(),
                actors: Vec::new(),
                stance: Stance::Supports,
                tags: Vec::new(),
            })));
            state.selected_note = Some(id);
            state.focus_new = true;
        }
        if !enabled {
            ui.label(egui::RichText::new(cx.t(Msg::AddSourceFirst)).weak());
        }
    });

    let revision = cx.doc.revision();
    let rows = state.filtered(project, revision);
    ui.label(Msg::ShowingNotes.fill(cx.lang, &[&rows.len(), &project.evidence.len()]));
    let table_height = (ui.available_height() * 0.42).max(120.0);
    let lang = cx.lang;
    ui.push_id("notes-table", |ui| {
        TableBuilder::new(ui)
            .striped(true)
            .sense(egui::Sense::click())
            .max_scroll_height(table_height)
            .column(Column::initial(70.0).resizable(true))
            .column(Column::initial(150.0).resizable(true))
            .column(Column::remainder().at_least(240.0).clip(true))
            .column(Column::initial(90.0).resizable(true))
            .column(Column::initial(60.0))
            .header(22.0, |mut header| {
                for title in [
                    Msg::Id,
                    Msg::Source,
                    Msg::Excerpt,
                    Msg::Stance,
                    Msg::Indicators,
                ] {
                    header.col(|ui| {
                        ui.strong(title.get(lang));
                    });
                }
            })
            .body(|body| {
                body.rows(22.0, rows.len(), |mut row| {
                    let note = &project.evidence[rows[row.index()]];
                    row.set_selected(state.selected_note.as_ref() == Some(&note.id));
                    row.col(|ui| {
                        cell(ui, note.id.as_str());
                    });
                    row.col(|ui| {
                        let title = cx
                            .doc
                            .source(&note.source)
                            .map_or("?", |s| s.title.as_str());
                        cell(ui, title);
                    });
                    row.col(|ui| {
                        cell(ui, shorten(&note.excerpt, 140));
                    });
                    row.col(|ui| {
                        cell(ui, note.stance.name(lang));
                    });
                    row.col(|ui| {
                        cell(ui, note.indicators.len().to_string());
                    });
                    if row.response().clicked() {
                        state.selected_note = Some(note.id.clone());
                    }
                });
            });
    });
    ui.separator();
    note_editor(ui, cx, state);
}

fn note_editor(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>, state: &mut EvidenceState) {
    let project = &cx.doc.project;
    let lang = cx.lang;
    let Some(note) = state.selected_note.as_ref().and_then(|id| cx.doc.note(id)) else {
        ui.label(egui::RichText::new(cx.t(Msg::SelectNoteHint)).weak());
        return;
    };
    let mut draft = note.clone();
    let key = |field: &str| format!("note:{}:{field}", note.id);
    egui::ScrollArea::vertical()
        .id_salt("note-editor")
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.strong(cx.t(Msg::EditNote));
                ui.label(
                    egui::RichText::new(format!("id: {}", note.id))
                        .weak()
                        .small(),
                );
            });
            ui.horizontal(|ui| {
                ui.label(cx.t(Msg::Source));
                let current = cx
                    .doc
                    .source(&draft.source)
                    .map_or("?", |s| s.title.as_str());
                egui::ComboBox::new("note-source", "")
                    .selected_text(shorten(current, 60))
                    .show_ui(ui, |ui| {
                        for source in &project.sources {
                            if ui
                                .selectable_value(
                                    &mut draft.source,
                                    source.id.clone(),
                                    format!("{} ({})", source.title, source.kind.name(lang)),
                                )
                                .changed()
                            {
                                cx.sink.push(Edit::Put(Item::Note(draft.clone())));
                            }
                        }
                    })
                    .response
                    .on_hover_text(cx.t(Msg::Source));
                if pick(
                    ui,
                    cx.t(Msg::Stance),
                    "note-stance",
                    &mut draft.stance,
                    &Stance::ALL,
                    lang,
                ) {
                    cx.sink.push(Edit::Put(Item::Note(draft.clone())));
                }
            });
            let excerpt = text_area_hint(
                ui,
                cx.t(Msg::Excerpt),
                &mut draft.excerpt,
                3,
                cx.t(Msg::NewNoteExcerpt),
            );
            if std::mem::take(&mut state.focus_new) {
                focus_and_select_all(ui, &excerpt, &draft.excerpt);
            }
            if excerpt.changed() {
                cx.sink
                    .typing(Edit::Put(Item::Note(draft.clone())), key("excerpt"));
            }
            if text_area(ui, cx.t(Msg::Interpretation), &mut draft.interpretation, 2).changed() {
                cx.sink
                    .typing(Edit::Put(Item::Note(draft.clone())), key("interpretation"));
            }
            ui.label(cx.t(Msg::Indicators));
            if pick_indicators(ui, project, &mut draft.indicators, lang) {
                cx.sink.push(Edit::Put(Item::Note(draft.clone())));
            }
            ui.label(cx.t(Msg::Actors));
            if pick_actors(ui, project, &mut draft.actors) {
                cx.sink.push(Edit::Put(Item::Note(draft.clone())));
            }
            if list_field(ui, cx.t(Msg::Tags), &mut draft.tags, ',') {
                cx.sink
                    .typing(Edit::Put(Item::Note(draft.clone())), key("tags"));
            }
            if ui.button(cx.t(Msg::DeleteNote)).clicked() {
                cx.requests
                    .push(Request::Delete(ItemRef::Note(note.id.clone())));
            }
        });
}

fn sources_tab(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>, state: &mut EvidenceState) {
    let project = &cx.doc.project;
    let lang = cx.lang;
    if ui.button(cx.t(Msg::AddSource)).clicked() {
        let id = SourceId::new(fresh_id(
            "source",
            project.sources.iter().map(|s| s.id.as_str()),
        ));
        cx.sink.push(Edit::Put(Item::Source(Source {
            id: id.clone(),
            kind: SourceKind::Interview,
            title: cx.t(Msg::NewSourceTitle).to_owned(),
            informant: String::new(),
            informant_code: String::new(),
            informant_position: String::new(),
            actor: None,
            date: String::new(),
            reference: String::new(),
        })));
        state.selected_source = Some(id);
        state.focus_new = true;
    }
    let table_height = (ui.available_height() * 0.45).max(120.0);
    ui.push_id("sources-table", |ui| {
        TableBuilder::new(ui)
            .striped(true)
            .sense(egui::Sense::click())
            .max_scroll_height(table_height)
            .column(Column::initial(90.0))
            .column(Column::remainder().at_least(200.0).clip(true))
            .column(Column::initial(160.0).clip(true))
            .column(Column::initial(90.0))
            .column(Column::initial(60.0))
            .header(22.0, |mut header| {
                for title in [
                    Msg::SourceKind,
                    Msg::Title,
                    Msg::Informant,
                    Msg::Date,
                    Msg::Notes,
                ] {
                    header.col(|ui| {
                        ui.strong(title.get(lang));
                    });
                }
            })
            .body(|body| {
                body.rows(22.0, project.sources.len(), |mut row| {
                    let position = row.index();
                    let source = &project.sources[position];
                    row.set_selected(state.selected_source.as_ref() == Some(&source.id));
                    row.col(|ui| {
                        cell(ui, source.kind.name(lang));
                    });
                    row.col(|ui| {
                        cell(ui, &source.title);
                    });
                    row.col(|ui| {
                        cell(ui, &source.informant);
                    });
                    row.col(|ui| {
                        cell(ui, &source.date);
                    });
                    row.col(|ui| {
                        cell(ui, cx.doc.notes_from_source(position).to_string());
                    });
                    if row.response().clicked() {
                        state.selected_source = Some(source.id.clone());
                    }
                });
            });
    });
    ui.separator();
    match state
        .selected_source
        .as_ref()
        .and_then(|id| cx.doc.source(id))
    {
        Some(source) => source_editor(ui, cx, state, source),
        None => {
            ui.label(egui::RichText::new(cx.t(Msg::SelectSourceHint)).weak());
        }
    }
}

/// The selected source's fields; every change is an edit.
fn source_editor(
    ui: &mut egui::Ui,
    cx: &mut PanelCtx<'_>,
    state: &mut EvidenceState,
    source: &Source,
) {
    let project = &cx.doc.project;
    let lang = cx.lang;
    let mut draft = source.clone();
    let key = |field: &str| format!("source:{}:{field}", source.id);
    egui::ScrollArea::vertical()
        .id_salt("source-editor")
        .show(ui, |ui| {
            ui.strong(cx.t(Msg::EditSource));
            if pick(
                ui,
                cx.t(Msg::SourceKind),
                "source-kind",
                &mut draft.kind,
                &SourceKind::ALL,
                lang,
            ) {
                cx.sink.push(Edit::Put(Item::Source(draft.clone())));
            }
            if name_line(ui, cx.t(Msg::Title), &mut draft.title, &mut state.focus_new).changed() {
                cx.sink
                    .typing(Edit::Put(Item::Source(draft.clone())), key("title"));
            }
            // A document has an author or issuer rather than an informant.
            let informant_label = if draft.kind == SourceKind::Document {
                cx.t(Msg::AuthorIssuer)
            } else {
                cx.t(Msg::Informant)
            };
            if text_line(ui, informant_label, &mut draft.informant).changed() {
                cx.sink
                    .typing(Edit::Put(Item::Source(draft.clone())), key("informant"));
            }
            ui.horizontal(|ui| {
                ui.label(cx.t(Msg::InformantActor));
                let current = draft
                    .actor
                    .as_ref()
                    .and_then(|id| project.actor(id))
                    .map_or(cx.t(Msg::NoneChosen), |a| a.display_name());
                egui::ComboBox::new("source-actor", "")
                    .selected_text(current)
                    .show_ui(ui, |ui| {
                        let mut changed = ui
                            .selectable_value(&mut draft.actor, None, cx.t(Msg::NoneChosen))
                            .changed();
                        for actor in &project.actors {
                            changed |= ui
                                .selectable_value(
                                    &mut draft.actor,
                                    Some(actor.id.clone()),
                                    actor.display_name(),
                                )
                                .changed();
                        }
                        if changed {
                            cx.sink.push(Edit::Put(Item::Source(draft.clone())));
                        }
                    })
                    .response
                    .on_hover_text(cx.t(Msg::InformantActor));
            });
            let date = text_line(ui, cx.t(Msg::DateHint), &mut draft.date);
            if date.changed() {
                cx.sink
                    .typing(Edit::Put(Item::Source(draft.clone())), key("date"));
            }
            // The format line is always there, so nothing below moves while typing;
            // it turns to a warning when the date cannot be read.
            let format_color = if crate::model::is_valid_date(&draft.date) {
                ui.visuals().weak_text_color()
            } else {
                ui.visuals().warn_fg_color
            };
            ui.colored_label(format_color, cx.t(Msg::DateInvalid));
            if text_line(ui, cx.t(Msg::Reference), &mut draft.reference).changed() {
                cx.sink
                    .typing(Edit::Put(Item::Source(draft.clone())), key("reference"));
            }
            if ui.button(cx.t(Msg::DeleteSource)).clicked() {
                cx.requests
                    .push(Request::Delete(ItemRef::Source(source.id.clone())));
            }
        });
}
