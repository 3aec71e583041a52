//! Sources and evidence: the sources table, the evidence notes in a virtualised
//! table with filters, the editor of one note, and each indicator's triangulation.

use super::context::{PanelCtx, Request, Section};
use super::evidence_state::{EvidenceState, Tab};
use super::note_editor::note_editor;
use super::reader;
use crate::analysis::NoteFilter;
use crate::document::{Edit, Item, ItemRef};
use crate::i18n::{Msg, Named};
use crate::model::{
    EvidenceId, EvidenceNote, IndicatorId, Source, SourceId, SourceKind, Stance, fresh_id,
    is_valid_date, read_date,
};
use crate::ui::widgets::{cell, name_line, pick, shorten, source_label, text_line};
use egui_extras::{Column, TableBuilder};

/// Draws the sources & evidence panel.
pub fn show(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>, state: &mut EvidenceState) {
    cx.heading(ui, Section::Evidence, Msg::EvidenceHelp);
    ui.horizontal(|ui| {
        ui.selectable_value(&mut state.tab, Tab::Evidence, cx.t(Msg::EvidenceNotes));
        ui.selectable_value(&mut state.tab, Tab::Sources, cx.t(Msg::Sources));
        ui.selectable_value(&mut state.tab, Tab::Reader, cx.t(Msg::Reader));
        ui.selectable_value(&mut state.tab, Tab::Matrices, cx.t(Msg::Matrices));
    });
    ui.separator();
    match state.tab {
        Tab::Evidence => evidence_tab(ui, cx, state),
        Tab::Sources => sources_tab(ui, cx, state),
        Tab::Reader => reader_tab(ui, cx, state),
        Tab::Matrices => {
            let opened = super::matrices::show(ui, cx, &mut state.matrices);
            if let Some(note) = opened.as_ref().and_then(|id| cx.doc.note(id)) {
                state.select_note(note);
                state.scroll_to_selected = true;
                state.tab = Tab::Evidence;
            }
        }
    }
}

fn triangulation_strip(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>, state: &mut EvidenceState) {
    let project = &cx.doc.project;
    let index = cx.doc.triangulation();
    ui.horizontal_wrapped(|ui| {
        ui.label(cx.t(Msg::Triangulation));
        for indicator in project.frameworks().flat_map(|(_, f)| &f.indicators) {
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
                .and_then(|id| project.any_indicator(id))
                .map_or(any.to_owned(), |(_, i)| i.name.get(lang).to_owned())
        };
        ui.label(cx.t(Msg::Indicator));
        egui::ComboBox::new("filter-indicator", "")
            .selected_text(indicator_name(&filter.indicator))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut filter.indicator, None, any);
                for indicator in project.frameworks().flat_map(|(_, f)| &f.indicators) {
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
        let source_name = filter
            .source
            .as_ref()
            .and_then(|id| cx.doc.source(id))
            .map_or(any, |s| s.title.as_str());
        ui.label(cx.t(Msg::Source));
        egui::ComboBox::new("filter-source", "")
            .selected_text(shorten(source_name, 40))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut filter.source, None, any);
                for source in &project.sources {
                    ui.selectable_value(
                        &mut filter.source,
                        Some(source.id.clone()),
                        source_label(source, lang),
                    );
                }
            })
            .response
            .on_hover_text(cx.t(Msg::Source));
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
        ui.add(
            egui::TextEdit::singleline(&mut filter.text)
                .char_limit(crate::model::MAX_LINE_CHARS)
                .desired_width(160.0),
        )
        .labelled_by(label.id);
        if ui.button(cx.t(Msg::ClearFilters)).clicked() {
            *filter = NoteFilter::default();
        }
    });
}

fn evidence_tab(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>, state: &mut EvidenceState) {
    triangulation_strip(ui, cx, state);
    filters(ui, cx, state);
    add_note_bar(ui, cx, state);
    let project = &cx.doc.project;
    let rows = state.filtered(project, cx.doc.revision());
    ui.label(Msg::ShowingNotes.fill(cx.lang, &[&rows.len(), &project.evidence.len()]));
    // The editor beside the table where there is room, so a note's source and
    // stance are always in sight; under it on a narrow window.
    if ui.available_width() >= SIDE_BY_SIDE_WIDTH {
        // A fixed share: the table's columns are sized to what is left.
        let editor_width = (ui.available_width() * 0.45).clamp(380.0, 620.0);
        egui::Panel::right("note-editor-side")
            .resizable(false)
            .exact_size(editor_width)
            .show(ui, |ui| note_editor(ui, cx, state));
        notes_table(ui, cx, state, &rows, ui.available_height());
    } else {
        let table_height = (ui.available_height() * 0.38).max(110.0);
        notes_table(ui, cx, state, &rows, table_height);
        ui.separator();
        note_editor(ui, cx, state);
    }
}

/// The notes table and the editor sit side by side from this width on.
const SIDE_BY_SIDE_WIDTH: f32 = 1000.0;

/// "Add evidence note" and the source the new note will be taken from.
fn add_note_bar(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>, state: &mut EvidenceState) {
    let project = &cx.doc.project;
    let lang = cx.lang;
    // Filtering on a source means working on it: new notes follow.
    if state.filter.source != state.seen_filter_source {
        state.seen_filter_source.clone_from(&state.filter.source);
        if state.filter.source.is_some() {
            state.working_source.clone_from(&state.filter.source);
        }
    }
    let source = state.source_for_new_note(cx);
    ui.horizontal_wrapped(|ui| {
        let add = ui
            .add_enabled(source.is_some(), egui::Button::new(cx.t(Msg::AddNote)))
            .on_disabled_hover_text(cx.t(Msg::AddSourceFirst));
        let Some(mut chosen) = source else {
            ui.label(egui::RichText::new(cx.t(Msg::AddSourceFirst)).weak());
            return;
        };
        let label = ui.label(cx.t(Msg::NewNotesFrom));
        let title = cx
            .doc
            .source(&chosen)
            .map_or_else(String::new, |s| source_label(s, lang));
        egui::ComboBox::new("new-note-source", "")
            .selected_text(shorten(&title, 60))
            .width(260.0)
            .show_ui(ui, |ui| {
                for source in &project.sources {
                    ui.selectable_value(&mut chosen, source.id.clone(), source_label(source, lang));
                }
            })
            .response
            .labelled_by(label.id);
        state.working_source = Some(chosen.clone());
        if add.clicked() {
            let id = EvidenceId::new(fresh_id(
                "note",
                project.evidence.iter().map(|n| n.id.as_str()),
            ));
            let note = EvidenceNote {
                id,
                source: chosen,
                excerpt: String::new(),
                interpretation: String::new(),
                indicators: state.filter.indicator.iter().cloned().collect(),
                actors: state.filter.actor.iter().cloned().collect(),
                stance: state.filter.stance.unwrap_or(Stance::Supports),
                tags: Vec::new(),
                anchor: None,
                locator: String::new(),
            };
            state.select_note(&note);
            state.scroll_to_selected = true;
            // The new note passes the filters, so it shows in the table.
            state.filter.text.clear();
            state.filter.source_kind = None;
            state.filter.source = state.filter.source.take().filter(|s| *s == note.source);
            state.focus_new = true;
            cx.sink.push(Edit::Put(Item::Note(note)));
        }
    });
}

/// The source's date, typed as people write it ("14 Maret 2021", "14/03/2021")
/// and stored as `YYYY-MM-DD` as soon as it reads as a date, so the window
/// never keeps a date `check` would refuse. The line under it says which form
/// is stored, or that the text is not a date yet.
fn date_field(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>, draft: &mut Source, key: &str) {
    if text_line(ui, cx.t(Msg::DateHint), &mut draft.date).changed() {
        if let Some(stored) = read_date(&draft.date) {
            draft.date = stored;
        }
        cx.sink
            .typing(Edit::Put(Item::Source(draft.clone())), key.to_owned());
    }
    // The line is always there, so nothing below moves while typing.
    if is_valid_date(&draft.date) {
        ui.colored_label(ui.visuals().weak_text_color(), cx.t(Msg::DateStored));
    } else {
        ui.colored_label(ui.visuals().warn_fg_color, cx.t(Msg::DateInvalid));
    }
}

/// The notes that pass the filters, virtualised; a click selects one.
fn notes_table(
    ui: &mut egui::Ui,
    cx: &PanelCtx<'_>,
    state: &mut EvidenceState,
    rows: &[usize],
    height: f32,
) {
    let project = &cx.doc.project;
    let lang = cx.lang;
    // A note added this frame is in the table from the next one on: the flag
    // waits until its row is there.
    let scroll_to = state
        .scroll_to_selected
        .then(|| {
            let selected = state.selected_note.as_ref()?;
            rows.iter()
                .position(|&i| project.evidence.get(i).is_some_and(|n| &n.id == selected))
        })
        .flatten();
    if scroll_to.is_some() {
        state.scroll_to_selected = false;
    }
    ui.push_id("notes-table", |ui| {
        let mut table = TableBuilder::new(ui)
            .striped(true)
            .sense(egui::Sense::click())
            .max_scroll_height(height)
            .column(Column::exact(14.0))
            .column(Column::initial(56.0).resizable(true).clip(true))
            .column(Column::initial(130.0).resizable(true).clip(true))
            .column(Column::remainder().at_least(120.0).clip(true))
            .column(Column::initial(118.0).resizable(true).clip(true))
            .column(Column::exact(40.0));
        if let Some(row) = scroll_to {
            table = table.scroll_to_row(row, Some(egui::Align::Center));
        }
        table
            .header(22.0, |mut header| {
                header.col(|_| {});
                for title in [Msg::Id, Msg::Source, Msg::Excerpt, Msg::Stance] {
                    header.col(|ui| {
                        ui.strong(title.get(lang));
                    });
                }
                header.col(|ui| {
                    ui.strong("#").on_hover_text(cx.t(Msg::IndicatorCount));
                });
            })
            .body(|body| {
                body.rows(22.0, rows.len(), |mut row| {
                    let note = &project.evidence[rows[row.index()]];
                    row.set_selected(state.selected_note.as_ref() == Some(&note.id));
                    row.col(|ui| {
                        // Anchored notes carry a mark; one whose passage changed, a warning.
                        if cx.doc.broken_anchors().contains(&note.id) {
                            cell(
                                ui,
                                egui::RichText::new("⚠").color(ui.visuals().warn_fg_color),
                            )
                            .on_hover_text(cx.t(Msg::AnchorBroken));
                        } else if note.anchor.is_some() {
                            cell(ui, "¶").on_hover_text(cx.t(Msg::AnchoredHint));
                        }
                    });
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
                        state.select_note(note);
                    }
                });
            });
    });
}

fn sources_tab(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>, state: &mut EvidenceState) {
    let project = &cx.doc.project;
    let lang = cx.lang;
    let mut add = false;
    ui.horizontal(|ui| {
        add = ui.button(cx.t(Msg::AddSource)).clicked();
        if ui
            .button(cx.t(Msg::CmdImportText))
            .on_hover_text(cx.t(Msg::ImportTextTooltip))
            .clicked()
        {
            cx.requests.push(Request::ImportText);
        }
    });
    if add {
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
            text: String::new(),
        })));
        state.selected_source = Some(id);
        state.focus_new = true;
        state.scroll_to_source = true;
    }
    let table_height = (ui.available_height() * 0.45).max(120.0);
    let coverage = state.coverage(&cx.doc.project, cx.doc.revision());
    // A source added this frame is in the table from the next one on.
    let scroll_to = state
        .scroll_to_source
        .then(|| {
            let selected = state.selected_source.as_ref()?;
            project.sources.iter().position(|s| &s.id == selected)
        })
        .flatten();
    if scroll_to.is_some() {
        state.scroll_to_source = false;
    }
    ui.push_id("sources-table", |ui| {
        let mut table = TableBuilder::new(ui);
        if let Some(row) = scroll_to {
            table = table.scroll_to_row(row, Some(egui::Align::Center));
        }
        table
            .striped(true)
            .sense(egui::Sense::click())
            .max_scroll_height(table_height)
            .column(Column::initial(100.0).clip(true))
            .column(Column::remainder().at_least(180.0).clip(true))
            .column(Column::initial(56.0).clip(true))
            .column(Column::initial(150.0).clip(true))
            .column(Column::initial(90.0))
            .column(Column::initial(50.0))
            .column(Column::initial(60.0))
            .header(22.0, |mut header| {
                for title in [
                    Msg::SourceKind,
                    Msg::Title,
                    Msg::Code,
                    Msg::Informant,
                    Msg::Date,
                    Msg::Notes,
                    Msg::Coded,
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
                        cell(ui, &source.informant_code);
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
                    row.col(|ui| {
                        // How much of its text is coded; nothing when it has none.
                        if let Some(share) = coverage.get(&source.id) {
                            cell(ui, format!("{:.0}%", share * 100.0))
                                .on_hover_text(cx.t(Msg::CodedHint));
                        }
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
            // A document has an author or issuer rather than an informant, and
            // an observation is the researcher's own record.
            let (informant_label, actor_label) = match draft.kind {
                kind if kind.has_informant() => (Msg::Informant, Msg::InformantActor),
                SourceKind::Observation => (Msg::Observer, Msg::ObservedActor),
                _ => (Msg::AuthorIssuer, Msg::IssuingActor),
            };
            if text_line(ui, cx.t(informant_label), &mut draft.informant).changed() {
                cx.sink
                    .typing(Edit::Put(Item::Source(draft.clone())), key("informant"));
            }
            if draft.kind.has_informant() {
                let code = ui
                    .horizontal(|ui| {
                        let label = ui.label(cx.t(Msg::InformantCode));
                        ui.add(
                            egui::TextEdit::singleline(&mut draft.informant_code)
                                .char_limit(crate::model::MAX_LINE_CHARS)
                                .desired_width(80.0)
                                .hint_text("I-1"),
                        )
                        .labelled_by(label.id)
                        .on_hover_text(cx.t(Msg::InformantCodeHint))
                    })
                    .inner;
                if code.changed() {
                    cx.sink
                        .typing(Edit::Put(Item::Source(draft.clone())), key("code"));
                }
                if text_line(
                    ui,
                    cx.t(Msg::InformantPosition),
                    &mut draft.informant_position,
                )
                .changed()
                {
                    cx.sink
                        .typing(Edit::Put(Item::Source(draft.clone())), key("position"));
                }
            }
            ui.horizontal(|ui| {
                ui.label(cx.t(actor_label));
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
                    .on_hover_text(cx.t(actor_label));
            });
            date_field(ui, cx, &mut draft, &key("date"));
            if text_line(ui, cx.t(Msg::Reference), &mut draft.reference).changed() {
                cx.sink
                    .typing(Edit::Put(Item::Source(draft.clone())), key("reference"));
            }
            let reader_label = if source.text.is_empty() {
                Msg::AddTextToSource
            } else {
                Msg::OpenInReader
            };
            if ui.button(cx.t(reader_label)).clicked() {
                state.tab = Tab::Reader;
                state.reader.source = Some(source.id.clone());
                state.reader.selection = None;
            }
            if ui.button(cx.t(Msg::DeleteSource)).clicked() {
                cx.requests
                    .push(Request::Delete(ItemRef::Source(source.id.clone())));
            }
        });
}

/// A source's text beside the note selected in it: passages are coded here
/// without leaving the text.
fn reader_tab(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>, state: &mut EvidenceState) {
    let editor_width = (ui.available_width() * 0.38).clamp(320.0, 520.0);
    // Beside a text, only a note of that text is edited: after switching to
    // another source, the previous source's note is put away.
    let other_source = state
        .selected_note
        .as_ref()
        .and_then(|id| cx.doc.note(id))
        .zip(state.reader.source.as_ref())
        .is_some_and(|(note, shown)| &note.source != shown);
    if other_source {
        state.selected_note = None;
    }
    egui::Panel::right("reader-note")
        .resizable(false)
        .exact_size(editor_width)
        .show(ui, |ui| {
            if let Some(note) = state.selected_note.as_ref().and_then(|id| cx.doc.note(id)) {
                reader::anchor_to_selection(ui, cx, &mut state.reader, note);
            }
            note_editor(ui, cx, state);
        });
    let around = reader::ReaderContext {
        selected_note: state.selected_note.as_ref(),
        indicators: state.filter.indicator.iter().cloned().collect(),
    };
    let outcome = reader::show(ui, cx, &mut state.reader, &around);
    if let Some(note) = outcome.select {
        state.select_note(&note);
        state.focus_new = false;
    }
}
