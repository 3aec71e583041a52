//! The selected relation's fields (its ends, kind, direction, note, activities
//! and evidence) and its pair's level of collaboration as each side sees it,
//! with the evidence of each view and the mismatch flagged. Every change is an
//! edit; typing coalesces into one undo step per field.

use super::context::{PanelCtx, Request};
use crate::document::{Edit, Item, ItemRef};
use crate::i18n::{Msg, Named, level_text};
use crate::model::{
    ActorId, CollaborationLevel, EvidenceId, LevelView, PairLevel, Project, Relation, RelationId,
    RelationKind,
};
use crate::ui::widgets::{cell, evidence_checklist, multi_select, set_cited, shorten, text_area};
use std::rc::Rc;

/// The relation evidence picker's search, and its rows until the project, the
/// relation or the search changes.
#[derive(Default)]
pub struct EvidencePicks {
    /// What the user searches for.
    pub search: String,
    rows: Option<(PicksKey, Rc<[usize]>)>,
}

/// What the picker's rows depend on: the project's revision, the relation, the search.
type PicksKey = (u64, RelationId, String);

/// Positions of the notes offered for `relation`: those it cites, and those
/// matching `needle` (folded), or when there is no search, those about either end.
fn candidates(project: &Project, relation: &Relation, needle: &str) -> Rc<[usize]> {
    let mut scratch = String::new();
    let mut rows: Vec<usize> = project
        .evidence
        .iter()
        .enumerate()
        .filter(|(_, n)| {
            relation.evidence.contains(&n.id)
                || (!needle.is_empty()
                    && crate::analysis::contains_folded(&n.excerpt, needle, &mut scratch))
                || (needle.is_empty()
                    && (n.actors.contains(&relation.from) || n.actors.contains(&relation.to)))
        })
        .map(|(position, _)| position)
        .collect();
    // The notes already cited first, so the user sees what the relation rests on.
    rows.sort_by_key(|&position| !relation.evidence.contains(&project.evidence[position].id));
    rows.into()
}

/// Draws the editor of `relation`.
pub fn relation_editor(
    ui: &mut egui::Ui,
    cx: &mut PanelCtx<'_>,
    picks: &mut EvidencePicks,
    relation: &Relation,
) {
    let mut draft = relation.clone();
    let key = |field: &str| format!("relation:{}:{field}", relation.id);
    egui::ScrollArea::vertical()
        .id_salt("relation-editor")
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.strong(cx.t(Msg::EditRelation));
                ui.label(
                    egui::RichText::new(format!("id: {}", relation.id))
                        .weak()
                        .small(),
                );
            });
            if ends(ui, cx, &mut draft) {
                cx.sink.push(Edit::Put(Item::Relation(draft.clone())));
            }
            ui.horizontal_wrapped(|ui| {
                let kind_changed = kind_picker(ui, cx, &mut draft.kind);
                let direction_changed = ui
                    .checkbox(&mut draft.directed, cx.t(Msg::Directed))
                    .changed();
                if kind_changed || direction_changed {
                    cx.sink.push(Edit::Put(Item::Relation(draft.clone())));
                }
            });
            ui.separator();
            level_editor(ui, cx, &draft);
            ui.separator();
            if text_area(ui, cx.t(Msg::RelationNote), &mut draft.note, 2).changed() {
                cx.sink
                    .typing(Edit::Put(Item::Relation(draft.clone())), key("note"));
            }
            ui.label(cx.t(Msg::Activities));
            let activities: Vec<_> = cx
                .doc
                .project
                .activities
                .iter()
                .map(|a| (a.id.clone(), a.name.clone()))
                .collect();
            if multi_select(ui, &mut draft.activities, &activities) {
                cx.sink.push(Edit::Put(Item::Relation(draft.clone())));
            }
            evidence_picker(ui, cx, picks, &mut draft);
            ui.add_space(6.0);
            if ui.button(cx.t(Msg::DeleteRelation)).clicked() {
                cx.requests
                    .push(Request::Delete(ItemRef::Relation(relation.id.clone())));
            }
        });
}

/// The kind of relation, a drop-down named for screen readers. True when changed.
fn kind_picker(ui: &mut egui::Ui, cx: &PanelCtx<'_>, kind: &mut RelationKind) -> bool {
    let mut changed = false;
    let label = ui.label(cx.t(Msg::RelationKind));
    egui::ComboBox::from_id_salt("relation-kind")
        .selected_text(kind.name(cx.lang))
        .show_ui(ui, |ui| {
            for option in RelationKind::ALL {
                changed |= ui
                    .selectable_value(kind, option, option.name(cx.lang))
                    .changed();
            }
        })
        .response
        .labelled_by(label.id);
    changed
}

/// The two ends: an actor each, never the same one. True when changed.
fn ends(ui: &mut egui::Ui, cx: &PanelCtx<'_>, draft: &mut Relation) -> bool {
    let project = &cx.doc.project;
    let mut changed = false;
    ui.horizontal_wrapped(|ui| {
        for (label, salt, is_from) in [
            (Msg::RelationFrom, "relation-from", true),
            (Msg::RelationTo, "relation-to", false),
        ] {
            let other = if is_from {
                draft.to.clone()
            } else {
                draft.from.clone()
            };
            let end = if is_from {
                &mut draft.from
            } else {
                &mut draft.to
            };
            let name = project
                .actor(end)
                .map_or(end.as_str(), |a| a.display_name())
                .to_owned();
            let text = ui.label(cx.t(label));
            egui::ComboBox::from_id_salt(salt)
                .selected_text(name)
                .show_ui(ui, |ui| {
                    for actor in project.actors.iter().filter(|a| a.id != other) {
                        changed |= ui
                            .selectable_value(end, actor.id.clone(), actor.display_name())
                            .changed();
                    }
                })
                .response
                .labelled_by(text.id);
        }
    });
    changed
}

/// The notes the relation rests on: those about its ends, or a search.
fn evidence_picker(
    ui: &mut egui::Ui,
    cx: &mut PanelCtx<'_>,
    picks: &mut EvidencePicks,
    draft: &mut Relation,
) {
    let project = &cx.doc.project;
    ui.horizontal(|ui| {
        ui.label(Msg::EvidenceLinked.fill(cx.lang, &[&draft.evidence.len()]));
        let label = ui.label(cx.t(Msg::Search));
        ui.add(egui::TextEdit::singleline(&mut picks.search).desired_width(140.0))
            .labelled_by(label.id);
    });
    let needle = crate::analysis::fold(picks.search.trim());
    let key: PicksKey = (cx.doc.revision(), draft.id.clone(), needle);
    let rows = match &picks.rows {
        Some((cached, rows)) if *cached == key => rows.clone(),
        _ => {
            let rows = candidates(project, draft, &key.2);
            picks.rows = Some((key, rows.clone()));
            rows
        }
    };
    if evidence_checklist(
        ui,
        project,
        &rows,
        &mut draft.evidence,
        ("relation-evidence", 7.0, 120),
    ) {
        cx.sink.push(Edit::Put(Item::Relation(draft.clone())));
    }
}

/// The pair's level of collaboration, each side's view with its evidence,
/// the mismatch when they differ, and the reasons.
fn level_editor(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>, relation: &Relation) {
    let project = &cx.doc.project;
    let lang = cx.lang;
    let name = |id: &ActorId| {
        project
            .actor(id)
            .map_or_else(|| id.to_string(), |a| a.display_name().to_owned())
    };
    let existing = project.pair_level(&relation.from, &relation.to);
    let mut level = existing
        .cloned()
        .unwrap_or_else(|| PairLevel::new(relation.from.clone(), relation.to.clone()));
    let before = level.clone();
    ui.strong(cx.t(Msg::LevelOfCollaboration));
    ui.label(
        egui::RichText::new(
            Msg::LevelHelp.fill(lang, &[&name(&relation.from), &name(&relation.to)]),
        )
        .weak()
        .small(),
    );
    // Both sides' levels first, then their evidence: a side's evidence line
    // appearing must not move the other side's level from under the pointer.
    for viewer in [&relation.from, &relation.to] {
        view_level(ui, cx, &mut level, viewer, &name(viewer));
    }
    for viewer in [&relation.from, &relation.to] {
        view_evidence(ui, cx, relation, &mut level, viewer, &name(viewer));
    }
    if let Some(levels) = level.mismatch() {
        ui.colored_label(
            egui::Color32::from_rgb(0xC0, 0x39, 0x2B),
            format!(
                "≠ {}",
                Msg::ViewsDiffer.count(lang, usize::from(levels), &[&levels])
            ),
        );
    }
    let reasoning_changed =
        text_area(ui, cx.t(Msg::LevelReasoning), &mut level.reasoning, 2).changed();
    if level != before {
        let edit = Edit::Put(Item::Level(level));
        if reasoning_changed {
            let (a, b) = (&relation.from, &relation.to);
            cx.sink.typing(edit, format!("level:{a}:{b}:reasoning"));
        } else {
            cx.sink.push(edit);
        }
    }
}

/// One side's view: its level, or none recorded.
fn view_level(
    ui: &mut egui::Ui,
    cx: &PanelCtx<'_>,
    level: &mut PairLevel,
    viewer: &ActorId,
    name: &str,
) {
    let lang = cx.lang;
    let current = level.level_of(viewer);
    let mut chosen = current;
    ui.horizontal(|ui| {
        let label = ui.label(Msg::AsSeenBy.fill(lang, &[&name]));
        let text = chosen.map_or(Msg::NotRecorded.get(lang).to_owned(), |l| {
            level_text(l, lang)
        });
        egui::ComboBox::from_id_salt(("level-view", viewer.as_str()))
            .selected_text(text)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut chosen, None, Msg::NotRecorded.get(lang));
                for option in CollaborationLevel::ALL {
                    ui.selectable_value(&mut chosen, Some(option), level_text(option, lang))
                        .on_hover_text(option.name(lang));
                }
            })
            .response
            .labelled_by(label.id);
    });
    if chosen != current {
        match (chosen, level.views.iter_mut().find(|v| &v.viewer == viewer)) {
            (Some(new), Some(view)) => view.level = new,
            (Some(new), None) => level.views.push(LevelView {
                viewer: viewer.clone(),
                level: new,
                evidence: Vec::new(),
            }),
            (None, _) => level.views.retain(|v| &v.viewer != viewer),
        }
    }
}

/// The notes that give one side's view, offered from the relation's evidence
/// and what the view already cites.
fn view_evidence(
    ui: &mut egui::Ui,
    cx: &PanelCtx<'_>,
    relation: &Relation,
    level: &mut PairLevel,
    viewer: &ActorId,
    name: &str,
) {
    let lang = cx.lang;
    let Some(view) = level.views.iter_mut().find(|v| &v.viewer == viewer) else {
        return;
    };
    let mut offered: Vec<EvidenceId> = relation.evidence.clone();
    for id in &view.evidence {
        if !offered.contains(id) {
            offered.push(id.clone());
        }
    }
    let heading = Msg::EvidenceForView.fill(lang, &[&name, &view.evidence.len()]);
    egui::CollapsingHeader::new(egui::RichText::new(heading).small())
        .id_salt(("view-evidence", viewer.as_str()))
        .show(ui, |ui| {
            for id in offered {
                let excerpt = cx.doc.note(&id).map_or("", |n| n.excerpt.as_str());
                let mut cited = view.evidence.contains(&id);
                ui.horizontal(|ui| {
                    if ui.checkbox(&mut cited, id.as_str()).changed() {
                        set_cited(&mut view.evidence, &id, cited);
                    }
                    cell(ui, shorten(excerpt, 90));
                });
            }
        });
}
