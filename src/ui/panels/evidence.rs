//! Sources and evidence: the sources table, the evidence notes in a virtualised
//! table with filters, the editor of one note, and each indicator's triangulation.

use super::{PanelCtx, Request};
use crate::i18n::{Msg, Named};
use crate::model::{
    EvidenceId, EvidenceNote, IndicatorId, Lang, Project, Source, SourceId, SourceKind, Stance,
    fresh_id,
};
use crate::ui::edit::{Edit, Item, ItemRef};
use crate::ui::widgets::{pick_actors, pick_indicators, cell, pick, section_heading, shorten, text_area, text_line};
use egui_extras::{Column, TableBuilder};

/// The two halves of the panel.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tab {
    /// The evidence notes.
    #[default]
    Evidence,
    /// The sources.
    Sources,
}

/// Filters of the evidence table; every one narrows the list.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NoteFilter {
    /// Only notes linked to this indicator.
    pub indicator: Option<IndicatorId>,
    /// Only notes about this actor.
    pub actor: Option<crate::model::ActorId>,
    /// Only notes from sources of this kind.
    pub source_kind: Option<SourceKind>,
    /// Only notes with this stance.
    pub stance: Option<Stance>,
    /// Free text, matched case-insensitively in excerpt, interpretation, tags and source.
    pub text: String,
}

impl NoteFilter {
    /// Positions in `project.evidence` of the notes that pass.
    ///
    /// Runs on every keystroke in the search field, so it allocates nothing per
    /// note: see [`contains_folded`]. Sources are matched once each, not once per note.
    pub fn apply(&self, project: &Project) -> Vec<usize> {
        let needle = self.text.trim().to_lowercase();
        let mut scratch = String::new();
        let sources: std::collections::HashMap<&SourceId, (&Source, bool)> = project
            .sources
            .iter()
            .map(|s| {
                let matched = !needle.is_empty()
                    && (contains_folded(&s.title, &needle, &mut scratch)
                        || contains_folded(&s.informant, &needle, &mut scratch));
                (&s.id, (s, matched))
            })
            .collect();
        project
            .evidence
            .iter()
            .enumerate()
            .filter(|(_, note)| {
                let source = sources.get(&note.source);
                self.indicator.as_ref().is_none_or(|i| note.indicators.contains(i))
                    && self.actor.as_ref().is_none_or(|a| note.actors.contains(a))
                    && self.source_kind.is_none_or(|k| source.is_some_and(|(s, _)| s.kind == k))
                    && self.stance.is_none_or(|s| note.stance == s)
                    && (needle.is_empty()
                        || source.is_some_and(|(_, matched)| *matched)
                        || matches_text(note, &needle, &mut scratch))
            })
            .map(|(index, _)| index)
            .collect()
    }
}

/// True when `haystack`, lowercased, contains `needle` (already lowercased).
///
/// For the usual ASCII needle the haystack is copied into `scratch` and
/// ASCII-lowercased there (non-ASCII letters cannot match an ASCII needle
/// anyway), then searched with the standard library's vectorised `contains`:
/// no allocation per call. The only letters this treats differently from
/// `str::to_lowercase` are the two whose lowercase is ASCII (the Kelvin sign
/// and dotted capital I). Other needles take the full Unicode path.
pub(crate) fn contains_folded(haystack: &str, needle: &str, scratch: &mut String) -> bool {
    if needle.is_ascii() {
        if haystack.len() < needle.len() {
            return false;
        }
        scratch.clear();
        scratch.push_str(haystack);
        scratch.make_ascii_lowercase();
        scratch.contains(needle)
    } else {
        haystack.to_lowercase().contains(needle)
    }
}

fn matches_text(note: &EvidenceNote, needle: &str, scratch: &mut String) -> bool {
    contains_folded(&note.excerpt, needle, scratch)
        || contains_folded(&note.interpretation, needle, scratch)
        || note.tags.iter().any(|t| contains_folded(t, needle, scratch))
        || note.id.as_str().contains(needle)
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
    /// The filters.
    pub filter: NoteFilter,
    cache: Option<(u64, NoteFilter, Vec<usize>)>,
}

impl EvidenceState {
    /// The filtered notes, recomputed only when the project or the filter changed.
    pub fn filtered(&mut self, project: &Project, revision: u64) -> &[usize] {
        let fresh = matches!(&self.cache, Some((rev, filter, _)) if *rev == revision && filter == &self.filter);
        if !fresh {
            let rows = self.filter.apply(project);
            self.cache = Some((revision, self.filter.clone(), rows));
        }
        self.cache.as_ref().map_or(&[], |(_, _, rows)| rows.as_slice())
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
            let text = format!("{} ({})", indicator.name.get(cx.lang), index.notes(&indicator.id).len());
            let selected = state.filter.indicator.as_ref() == Some(&indicator.id);
            let response = ui
                .selectable_label(selected, egui::RichText::new(text).color(crate::ui::widgets::triangulation_color(status)))
                .on_hover_text(status.name(cx.lang));
            if response.clicked() {
                state.filter.indicator = if selected { None } else { Some(indicator.id.clone()) };
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
                    ui.selectable_value(&mut filter.indicator, Some(indicator.id.clone()), indicator.name.get(lang));
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
                    ui.selectable_value(&mut filter.actor, Some(actor.id.clone()), actor.display_name());
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
            let id = EvidenceId::new(fresh_id("note", project.evidence.iter().map(|n| n.id.as_str())));
            cx.sink.push(Edit::Put(Item::Note(EvidenceNote {
                id: id.clone(),
                source,
                excerpt: cx.t(Msg::NewNoteExcerpt).to_owned(),
                interpretation: String::new(),
                indicators: state.filter.indicator.iter().cloned().collect(),
                actors: Vec::new(),
                stance: Stance::Supports,
                tags: Vec::new(),
            })));
            state.selected_note = Some(id);
        }
        if !enabled {
            ui.label(egui::RichText::new(cx.t(Msg::AddSourceFirst)).weak());
        }
    });

    let revision = cx.doc.revision();
    let rows: Vec<usize> = state.filtered(project, revision).to_vec();
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
                for title in [Msg::Id, Msg::Source, Msg::Excerpt, Msg::Stance, Msg::Indicators] {
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
                        let title = cx.doc.source(&note.source).map_or("?", |s| s.title.as_str());
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
    egui::ScrollArea::vertical().id_salt("note-editor").show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.strong(cx.t(Msg::EditNote));
            ui.label(egui::RichText::new(format!("id: {}", note.id)).weak().small());
        });
        ui.horizontal(|ui| {
            ui.label(cx.t(Msg::Source));
            let current = cx.doc.source(&draft.source).map_or("?", |s| s.title.as_str());
            egui::ComboBox::new("note-source", "")
                .selected_text(shorten(current, 60))
                .show_ui(ui, |ui| {
                    for source in &project.sources {
                        if ui
                            .selectable_value(&mut draft.source, source.id.clone(), format!("{} ({})", source.title, source.kind.name(lang)))
                            .changed()
                        {
                            cx.sink.push(Edit::Put(Item::Note(draft.clone())));
                        }
                    }
                })
                .response
                .on_hover_text(cx.t(Msg::Source));
            if pick(ui, cx.t(Msg::Stance), "note-stance", &mut draft.stance, &Stance::ALL, lang) {
                cx.sink.push(Edit::Put(Item::Note(draft.clone())));
            }
        });
        if text_area(ui, cx.t(Msg::Excerpt), &mut draft.excerpt, 3).changed() {
            cx.sink.typing(Edit::Put(Item::Note(draft.clone())), key("excerpt"));
        }
        if text_area(ui, cx.t(Msg::Interpretation), &mut draft.interpretation, 2).changed() {
            cx.sink.typing(Edit::Put(Item::Note(draft.clone())), key("interpretation"));
        }
        ui.label(cx.t(Msg::Indicators));
        if pick_indicators(ui, project, &mut draft.indicators, lang) {
            cx.sink.push(Edit::Put(Item::Note(draft.clone())));
        }
        ui.label(cx.t(Msg::Actors));
        if pick_actors(ui, project, &mut draft.actors) {
            cx.sink.push(Edit::Put(Item::Note(draft.clone())));
        }
        let mut tags = draft.tags.join(", ");
        if text_line(ui, cx.t(Msg::Tags), &mut tags).changed() {
            draft.tags = tags
                .split(',')
                .map(|t| t.trim().to_owned())
                .filter(|t| !t.is_empty())
                .collect();
            cx.sink.typing(Edit::Put(Item::Note(draft.clone())), key("tags"));
        }
        if ui.button(cx.t(Msg::DeleteNote)).clicked() {
            cx.requests.push(Request::Delete(ItemRef::Note(note.id.clone())));
        }
    });
}

fn sources_tab(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>, state: &mut EvidenceState) {
    let project = &cx.doc.project;
    let lang = cx.lang;
    if ui.button(cx.t(Msg::AddSource)).clicked() {
        let id = SourceId::new(fresh_id("source", project.sources.iter().map(|s| s.id.as_str())));
        cx.sink.push(Edit::Put(Item::Source(Source {
            id: id.clone(),
            kind: SourceKind::Interview,
            title: cx.t(Msg::NewSourceTitle).to_owned(),
            informant: String::new(),
            actor: None,
            date: String::new(),
            reference: String::new(),
        })));
        state.selected_source = Some(id);
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
                for title in [Msg::SourceKind, Msg::Title, Msg::Informant, Msg::Date, Msg::Notes] {
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
    let Some(source) = state.selected_source.as_ref().and_then(|id| cx.doc.source(id)) else {
        ui.label(egui::RichText::new(cx.t(Msg::SelectSourceHint)).weak());
        return;
    };
    let mut draft = source.clone();
    let key = |field: &str| format!("source:{}:{field}", source.id);
    egui::ScrollArea::vertical().id_salt("source-editor").show(ui, |ui| {
        ui.strong(cx.t(Msg::EditSource));
        if pick(ui, cx.t(Msg::SourceKind), "source-kind", &mut draft.kind, &SourceKind::ALL, lang) {
            cx.sink.push(Edit::Put(Item::Source(draft.clone())));
        }
        if text_line(ui, cx.t(Msg::Title), &mut draft.title).changed() {
            cx.sink.typing(Edit::Put(Item::Source(draft.clone())), key("title"));
        }
        if text_line(ui, cx.t(Msg::Informant), &mut draft.informant).changed() {
            cx.sink.typing(Edit::Put(Item::Source(draft.clone())), key("informant"));
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
                    let mut changed = ui.selectable_value(&mut draft.actor, None, cx.t(Msg::NoneChosen)).changed();
                    for actor in &project.actors {
                        changed |= ui
                            .selectable_value(&mut draft.actor, Some(actor.id.clone()), actor.display_name())
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
            cx.sink.typing(Edit::Put(Item::Source(draft.clone())), key("date"));
        }
        if !crate::model::is_valid_date(&draft.date) {
            ui.colored_label(ui.visuals().warn_fg_color, cx.t(Msg::DateInvalid));
        }
        if text_line(ui, cx.t(Msg::Reference), &mut draft.reference).changed() {
            cx.sink.typing(Edit::Put(Item::Source(draft.clone())), key("reference"));
        }
        if ui.button(cx.t(Msg::DeleteSource)).clicked() {
            cx.requests.push(Request::Delete(ItemRef::Source(source.id.clone())));
        }
    });
}

/// The note's source described for a citation: title, kind, informant, date.
pub fn cite(project: &Project, note: &EvidenceNote, lang: Lang) -> String {
    match project.source(&note.source) {
        Some(source) => {
            let mut parts = vec![source.title.clone(), source.kind.name(lang).to_owned()];
            if !source.informant.is_empty() {
                parts.push(source.informant.clone());
            }
            if !source.date.is_empty() {
                parts.push(source.date.clone());
            }
            parts.join(" · ")
        }
        None => "?".to_owned(),
    }
}
