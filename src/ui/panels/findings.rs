//! Findings: the supporting and inhibiting factors and the recommendations, each
//! linked to the indicators, actors and evidence it rests on.

use super::context::{PanelCtx, Request, Section};
use crate::document::{Edit, Item, ItemRef};
use crate::i18n::{Msg, Named};
use crate::model::{EvidenceId, Finding, FindingId, FindingKind, Project, fresh_id};
use crate::ui::widgets::{evidence_checklist, name_line, pick_actors, pick_indicators, text_area};
use std::collections::HashSet;
use std::rc::Rc;

/// Which finding is being edited.
#[derive(Default)]
pub struct FindingsState {
    /// The list and id of the finding being edited.
    pub selected: Option<(FindingKind, FindingId)>,
    /// Set when an item was just added: its name field takes the keyboard.
    pub focus_name: bool,
    /// Filter for the evidence picker.
    pub evidence_search: String,
    /// The evidence picker's rows, kept until the project, the finding or the search changes.
    candidates: Option<(CandidatesKey, Rc<[usize]>)>,
}

/// What the evidence picker's rows depend on: the project's revision, the finding, the search.
type CandidatesKey = (u64, FindingId, String);

/// Positions of the notes the picker offers for `finding`: those it cites, and
/// those matching `needle` (lowercased), or when there is no search, those on
/// one of its indicators.
fn candidates(project: &Project, finding: &Finding, needle: &str) -> Rc<[usize]> {
    let cited: HashSet<&EvidenceId> = finding.evidence.iter().collect();
    let mut scratch = String::new();
    project
        .evidence
        .iter()
        .enumerate()
        .filter(|(_, n)| {
            cited.contains(&n.id)
                || (!needle.is_empty()
                    && crate::analysis::contains_folded(&n.excerpt, needle, &mut scratch))
                || (needle.is_empty()
                    && n.indicators.iter().any(|i| finding.indicators.contains(i)))
        })
        .map(|(position, _)| position)
        .collect()
}

/// Draws the findings panel.
pub fn show(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>, state: &mut FindingsState) {
    cx.heading(ui, Section::Findings, Msg::FindingsHelp);
    // Three lists side by side when they fit, one under another otherwise.
    let lists_height = (ui.available_height() * 0.35).max(120.0);
    if ui.available_width() >= 900.0 {
        ui.columns(FindingKind::ALL.len(), |columns| {
            for (column, kind) in columns.iter_mut().zip(FindingKind::ALL) {
                finding_list(column, cx, state, kind, lists_height);
            }
        });
    } else {
        for kind in FindingKind::ALL {
            finding_list(ui, cx, state, kind, lists_height / 2.0);
        }
    }
    ui.separator();
    finding_editor(ui, cx, state);
}

fn finding_list(
    ui: &mut egui::Ui,
    cx: &mut PanelCtx<'_>,
    state: &mut FindingsState,
    list: FindingKind,
    height: f32,
) {
    let project = &cx.doc.project;
    let (add, stem) = match list {
        FindingKind::Supporting => (Msg::AddSupporting, "support"),
        FindingKind::Inhibiting => (Msg::AddInhibiting, "factor"),
        FindingKind::Recommendation => (Msg::AddRecommendation, "recommendation"),
    };
    ui.horizontal_wrapped(|ui| {
        ui.strong(list.name(cx.lang));
        if ui.button(cx.t(add)).clicked() {
            let all = project.all_findings().map(|f| f.id.as_str());
            let id = FindingId::new(fresh_id(stem, all));
            cx.sink.push(Edit::Put(Item::Finding(
                list,
                Finding {
                    id: id.clone(),
                    title: cx.t(Msg::NewFindingTitle).to_owned(),
                    text: String::new(),
                    indicators: Vec::new(),
                    actors: Vec::new(),
                    evidence: Vec::new(),
                },
            )));
            state.selected = Some((list, id));
            state.focus_name = true;
        }
    });
    egui::ScrollArea::vertical()
        .id_salt(("finding-list", list))
        .max_height(height)
        .auto_shrink([false, true])
        .show(ui, |ui| {
            for (number, finding) in project.findings(list).iter().enumerate() {
                let selected = state.selected.as_ref() == Some(&(list, finding.id.clone()));
                if ui
                    .selectable_label(selected, format!("{}. {}", number + 1, finding.title))
                    .clicked()
                {
                    state.selected = Some((list, finding.id.clone()));
                }
            }
        });
}

fn finding_editor(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>, state: &mut FindingsState) {
    let project = &cx.doc.project;
    let lang = cx.lang;
    let Some((list, finding)) = state.selected.as_ref().and_then(|(list, id)| {
        project
            .findings(*list)
            .iter()
            .find(|f| &f.id == id)
            .map(|f| (*list, f))
    }) else {
        ui.label(egui::RichText::new(cx.t(Msg::SelectFindingHint)).weak());
        return;
    };
    let mut draft = finding.clone();
    let key = |field: &str| format!("finding:{}:{field}", finding.id);
    let put = |draft: &Finding| Edit::Put(Item::Finding(list, draft.clone()));
    egui::ScrollArea::vertical()
        .id_salt("finding-editor")
        .show(ui, |ui| {
            if name_line(
                ui,
                cx.t(Msg::Title),
                &mut draft.title,
                &mut state.focus_name,
            )
            .changed()
            {
                cx.sink.typing(put(&draft), key("title"));
            }
            if text_area(ui, cx.t(Msg::Text), &mut draft.text, 3).changed() {
                cx.sink.typing(put(&draft), key("text"));
            }
            ui.label(cx.t(Msg::Indicators));
            if pick_indicators(ui, project, &mut draft.indicators, lang) {
                cx.sink.push(put(&draft));
            }
            ui.label(match list {
                FindingKind::Supporting | FindingKind::Inhibiting => cx.t(Msg::Actors),
                FindingKind::Recommendation => cx.t(Msg::AddressedTo),
            });
            if pick_actors(ui, project, &mut draft.actors) {
                cx.sink.push(put(&draft));
            }
            ui.horizontal(|ui| {
                ui.label(Msg::EvidenceLinked.fill(lang, &[&draft.evidence.len()]));
                let label = ui.label(cx.t(Msg::Search));
                ui.add(
                    egui::TextEdit::singleline(&mut state.evidence_search)
                        .char_limit(crate::model::MAX_LINE_CHARS)
                        .desired_width(160.0),
                )
                .labelled_by(label.id);
            });
            let needle = crate::analysis::fold(state.evidence_search.trim());
            let key: CandidatesKey = (cx.doc.revision(), finding.id.clone(), needle);
            let rows = match &state.candidates {
                Some((cached, rows)) if *cached == key => rows.clone(),
                _ => {
                    let rows = candidates(project, finding, &key.2);
                    state.candidates = Some((key, rows.clone()));
                    rows
                }
            };
            ui.label(egui::RichText::new(cx.t(Msg::FindingEvidenceHint)).weak());
            // Only the rows in view are drawn, however many notes the project has.
            if evidence_checklist(
                ui,
                project,
                &rows,
                &mut draft.evidence,
                ("finding-evidence", 14.0, 160),
            ) {
                cx.sink.push(put(&draft));
            }
            if ui.button(cx.t(Msg::DeleteFinding)).clicked() {
                cx.requests
                    .push(Request::Delete(ItemRef::Finding(list, finding.id.clone())));
            }
        });
}
