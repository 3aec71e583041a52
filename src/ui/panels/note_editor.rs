//! The editor of one evidence note, shared by the notes table and the reader:
//! its source and stance first (always in sight), the excerpt, the researcher's
//! interpretation, indicators, actors, tags, where it stands in its source.

use super::context::{PanelCtx, Request};
use super::evidence_state::EvidenceState;
use crate::document::{Edit, Item, ItemRef};
use crate::i18n::Msg;
use crate::model::{EvidenceNote, Stance, passage};
use crate::ui::widgets::source_label;
use crate::ui::widgets::{
    focus_and_select_all, list_field, pick, pick_actors, pick_indicators, shorten, text_area,
    text_area_hint,
};

/// Draws the editor of the selected note, or a hint when none is selected.
pub fn note_editor(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>, state: &mut EvidenceState) {
    let project = &cx.doc.project;
    let lang = cx.lang;
    let Some(note) = state.selected_note.as_ref().and_then(|id| cx.doc.note(id)) else {
        ui.label(egui::RichText::new(cx.t(Msg::SelectNoteHint)).weak());
        return;
    };
    let mut draft = note.clone();
    let key = |field: &str| format!("note:{}:{field}", note.id);
    // Each note's editor starts at its top, where its source and stance are.
    egui::ScrollArea::vertical()
        .id_salt(("note-editor", note.id.as_str()))
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.strong(cx.t(Msg::EditNote));
                ui.label(
                    egui::RichText::new(format!("id: {}", note.id))
                        .weak()
                        .small(),
                );
            });
            // Wrapped, and the source's title cut to the room there is: a row
            // wider than a side panel would push the panel over the table.
            ui.horizontal_wrapped(|ui| {
                ui.label(cx.t(Msg::Source));
                let current = cx
                    .doc
                    .source(&draft.source)
                    .map_or("?", |s| s.title.as_str());
                let chars = ((ui.available_width() - 60.0) / 8.0).clamp(12.0, 60.0) as usize;
                egui::ComboBox::new("note-source", "")
                    .selected_text(shorten(current, chars))
                    .truncate()
                    .show_ui(ui, |ui| {
                        for source in &project.sources {
                            if ui
                                .selectable_value(
                                    &mut draft.source,
                                    source.id.clone(),
                                    source_label(source, lang),
                                )
                                .changed()
                            {
                                // A passage belongs to its source's text: a note
                                // moved to another source is no longer anchored.
                                if draft.anchor.take().is_some() {
                                    draft.locator.clear();
                                }
                                state.working_source = Some(draft.source.clone());
                                cx.sink.push(Edit::Put(Item::Note(draft.clone())));
                            }
                        }
                    })
                    .response
                    .on_hover_text(cx.t(Msg::Source));
            });
            ui.horizontal(|ui| {
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
            if draft.anchor.is_some() {
                anchored_excerpt(ui, cx, &mut draft);
            } else {
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
            }
            ui.horizontal(|ui| {
                let label = ui.label(cx.t(Msg::Locator));
                let field = ui
                    .add(
                        egui::TextEdit::singleline(&mut draft.locator)
                            .char_limit(crate::model::MAX_LINE_CHARS)
                            .desired_width(140.0)
                            .hint_text(cx.t(Msg::LocatorHint)),
                    )
                    .labelled_by(label.id);
                if field.changed() {
                    cx.sink
                        .typing(Edit::Put(Item::Note(draft.clone())), key("locator"));
                }
                let has_text = cx
                    .doc
                    .source(&draft.source)
                    .is_some_and(|s| !s.text.is_empty());
                if has_text && ui.button(cx.t(Msg::ShowInSource)).clicked() {
                    cx.requests.push(Request::ShowInSource(note.id.clone()));
                }
            });
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

/// The excerpt of a note anchored in its source's text: the words of the
/// passage, not typed here (select other words in the reader to change them),
/// and a warning when the text around them was changed.
fn anchored_excerpt(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>, draft: &mut EvidenceNote) {
    ui.label(cx.t(Msg::Excerpt));
    let text = cx.doc.source(&draft.source).map_or("", |s| s.text.as_str());
    let broken = draft
        .anchor
        .is_none_or(|anchor| passage(text, anchor) != Some(draft.excerpt.as_str()));
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(egui::RichText::new(&draft.excerpt).italics());
    });
    if broken {
        ui.colored_label(ui.visuals().warn_fg_color, cx.t(Msg::AnchorBroken));
        if ui.button(cx.t(Msg::Unanchor)).clicked() {
            draft.anchor = None;
            cx.sink.push(Edit::Put(Item::Note(draft.clone())));
        }
    } else {
        ui.label(egui::RichText::new(cx.t(Msg::AnchoredHint)).weak().small());
    }
}
