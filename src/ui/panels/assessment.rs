//! Assessment: the assessments (chart series) and, for the one being edited, a
//! row per indicator with its score on the framework's scale, the rationale,
//! the evidence it rests on and the indicator's triangulation.

use super::context::{PanelCtx, Request, Section};
use crate::analysis::{cite_source, quoted_excerpt};
use crate::document::{Edit, Item, ItemRef};
use crate::i18n::Msg;
use crate::model::{Assessment, AssessmentId, EvidenceId, Indicator, IndicatorScore, fresh_id};
use crate::ui::widgets::{cell, shorten, text_area, text_line, triangulation_badge};

/// Up to this many notes on an indicator are quoted in full under its score;
/// more are listed one line each, virtualised.
const FULL_QUOTES_UP_TO: usize = 30;

/// Which assessment is being edited.
#[derive(Default)]
pub struct AssessmentState {
    /// The assessment being edited.
    pub selected: Option<AssessmentId>,
}

/// Draws the assessment panel.
pub fn show(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>, state: &mut AssessmentState) {
    cx.heading(ui, Section::Assessment, Msg::AssessmentHelp);
    let project = &cx.doc.project;
    if state
        .selected
        .as_ref()
        .is_none_or(|id| project.assessment(id).is_none())
    {
        state.selected = project.assessments.first().map(|a| a.id.clone());
    }
    assessment_bar(ui, cx, state);
    let Some(assessment) = state
        .selected
        .as_ref()
        .and_then(|id| project.assessment(id))
    else {
        ui.label(egui::RichText::new(cx.t(Msg::NoAssessmentHint)).weak());
        return;
    };
    ui.separator();
    egui::ScrollArea::vertical()
        .id_salt("assessment-rows")
        .show(ui, |ui| {
            let mut draft = assessment.clone();
            let key = |field: &str| format!("assessment:{}:{field}", assessment.id);
            if text_line(ui, cx.t(Msg::Label), &mut draft.label).changed() {
                cx.sink
                    .typing(Edit::Put(Item::Assessment(draft.clone())), key("label"));
            }
            // The id is what `sinergi chart --assessment ID` takes.
            ui.label(
                egui::RichText::new(format!("id: {}", assessment.id))
                    .weak()
                    .small(),
            );
            if text_line(ui, cx.t(Msg::Assessor), &mut draft.assessor).changed() {
                cx.sink
                    .typing(Edit::Put(Item::Assessment(draft.clone())), key("assessor"));
            }
            scores_again(ui, cx, assessment);
            let framework = project.framework_of(assessment);
            for indicator in &framework.indicators {
                indicator_row(ui, cx, assessment, indicator);
            }
            let mut notes = assessment.notes.clone();
            if text_area(ui, cx.t(Msg::AssessmentNotes), &mut notes, 2).changed() {
                let mut draft = assessment.clone();
                draft.notes = notes;
                cx.sink
                    .typing(Edit::Put(Item::Assessment(draft)), key("notes"));
            }
        });
}

fn assessment_bar(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>, state: &mut AssessmentState) {
    let project = &cx.doc.project;
    ui.horizontal_wrapped(|ui| {
        ui.label(cx.t(Msg::Editing));
        for assessment in &project.assessments {
            let selected = state.selected.as_ref() == Some(&assessment.id);
            if ui.selectable_label(selected, &assessment.label).clicked() {
                state.selected = Some(assessment.id.clone());
            }
        }
        let new_id = || {
            AssessmentId::new(fresh_id(
                "assessment",
                project.assessments.iter().map(|a| a.id.as_str()),
            ))
        };
        // One button per framework: an assessment is scored against one of them.
        for (slot, framework) in project.frameworks() {
            let add = if slot.is_main() {
                Msg::AddAssessment
            } else {
                Msg::AddAssessmentSecond
            };
            if ui.button(cx.t(add)).clicked() {
                let id = new_id();
                let label =
                    Msg::NewAssessmentLabel.fill(cx.lang, &[&(project.assessments.len() + 1)]);
                let mut assessment = Assessment::blank(id.clone(), label, framework);
                assessment.framework = slot;
                cx.sink.push(Edit::Put(Item::Assessment(assessment)));
                state.selected = Some(id);
            }
        }
        if let Some(current) = state
            .selected
            .as_ref()
            .and_then(|id| project.assessment(id))
        {
            if ui.button(cx.t(Msg::Duplicate)).clicked() {
                let mut copy = current.clone();
                copy.id = new_id();
                copy.label = Msg::CopyOf.fill(cx.lang, &[&current.label]);
                state.selected = Some(copy.id.clone());
                cx.sink.push(Edit::Put(Item::Assessment(copy)));
            }
            if ui.button(cx.t(Msg::DeleteAssessment)).clicked() {
                cx.requests
                    .push(Request::Delete(ItemRef::Assessment(current.id.clone())));
            }
        }
    });
}

fn indicator_row(
    ui: &mut egui::Ui,
    cx: &mut PanelCtx<'_>,
    assessment: &Assessment,
    indicator: &Indicator,
) {
    let lang = cx.lang;
    let entry = assessment
        .score_for(&indicator.id)
        .cloned()
        .unwrap_or_else(|| IndicatorScore::empty(indicator.id.clone()));
    let key = |field: &str| format!("score:{}:{}:{field}", assessment.id, indicator.id);
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_wrapped(|ui| {
            ui.strong(indicator.name.get(lang))
                .on_hover_text(indicator.definition.get(lang));
            triangulation_badge(ui, cx.doc.triangulation().status(&indicator.id), lang);
        });
        scoring_help(ui, cx, assessment, indicator);
        score_row(ui, cx, assessment, indicator, &entry);
        let mut rationale = entry.rationale.clone();
        let label = Msg::RationaleFor.fill(lang, &[&indicator.name.get(lang)]);
        if text_area(ui, &label, &mut rationale, 2).changed() {
            let mut updated = entry.clone();
            updated.rationale = rationale;
            cx.sink.typing(
                Edit::Score(assessment.id.clone(), updated),
                key("rationale"),
            );
        }
        let notes = cx.doc.triangulation().notes(&indicator.id);
        let header = Msg::EvidenceCount.fill(lang, &[&entry.evidence.len(), &notes.len()]);
        egui::CollapsingHeader::new(header)
            .id_salt(("evidence", &assessment.id, &indicator.id))
            .show(ui, |ui| {
                if notes.is_empty() {
                    ui.label(egui::RichText::new(cx.t(Msg::NoNotesForIndicator)).weak());
                    if ui.button(cx.t(Msg::GoToEvidence)).clicked() {
                        cx.requests
                            .push(Request::ShowIndicatorEvidence(indicator.id.clone()));
                    }
                }
                let mut row = |ui: &mut egui::Ui, note_id: &EvidenceId, compact: bool| {
                    let Some(note) = cx.doc.note(note_id) else {
                        return;
                    };
                    let mut cited = entry.evidence.contains(note_id);
                    ui.horizontal(|ui| {
                        let toggle = ui.checkbox(&mut cited, note_id.as_str());
                        if toggle.changed() {
                            let mut updated = entry.clone();
                            if cited {
                                updated.evidence.push(note_id.clone());
                            } else {
                                updated.evidence.retain(|e| e != note_id);
                            }
                            cx.sink.push(Edit::Score(assessment.id.clone(), updated));
                        }
                        if compact {
                            cell(
                                ui,
                                format!(
                                    "{} — {}",
                                    quoted_excerpt(
                                        &shorten(&note.excerpt, 200),
                                        cx.doc.source(&note.source)
                                    ),
                                    cite_source(cx.doc.source(&note.source), lang)
                                ),
                            );
                        } else {
                            ui.vertical(|ui| {
                                ui.label(quoted_excerpt(
                                    &shorten(&note.excerpt, 300),
                                    cx.doc.source(&note.source),
                                ));
                                ui.label(
                                    egui::RichText::new(cite_source(
                                        cx.doc.source(&note.source),
                                        lang,
                                    ))
                                    .weak()
                                    .small(),
                                );
                            });
                        }
                    });
                };
                if notes.len() <= FULL_QUOTES_UP_TO {
                    for note_id in notes {
                        row(ui, note_id, false);
                    }
                } else {
                    // Thousands of notes on one indicator: one line each, and only
                    // the lines in view are drawn.
                    let row_height = ui.spacing().interact_size.y;
                    egui::ScrollArea::vertical()
                        .id_salt(("evidence-rows", &assessment.id, &indicator.id))
                        .max_height(row_height * 14.0)
                        .auto_shrink([false, true])
                        .show_rows(ui, row_height, notes.len(), |ui, range| {
                            for note_id in &notes[range] {
                                row(ui, note_id, true);
                            }
                        });
                }
            });
    });
}

/// The scale as a row of buttons (click, or Tab to one and press Enter/Space),
/// a slider, the level's name, and warnings when the score stands on nothing.
fn score_row(
    ui: &mut egui::Ui,
    cx: &mut PanelCtx<'_>,
    assessment: &Assessment,
    indicator: &Indicator,
    entry: &IndicatorScore,
) {
    let lang = cx.lang;
    let scale = &cx.doc.project.framework_of(assessment).scale;
    ui.horizontal_wrapped(|ui| {
        ui.label(cx.t(Msg::Score));
        let mut chosen = entry.score;
        for value in scale.values() {
            let label = scale
                .label_for(value)
                .map_or(String::new(), |l| l.get(lang).to_owned());
            let selected = chosen.is_some_and(|s| (s - value).abs() < 1e-9);
            let text = format!("{value}");
            // The level's name, and what it means for this indicator.
            let hover = match indicator.rubric_for(value) {
                Some(rubric) => format!("{value}: {label}\n{}", rubric.get(lang)),
                None => format!("{value}: {label}"),
            };
            let response = ui.selectable_label(selected, text).on_hover_text(hover);
            if response.clicked() {
                chosen = if selected { None } else { Some(value) };
            }
        }
        let mut slider_value = entry.score.unwrap_or(scale.min);
        // Faded while unscored, so its handle at the lowest level is not
        // read as a score of that level.
        let slider = ui
            .scope(|ui| {
                if entry.score.is_none() {
                    ui.multiply_opacity(0.3);
                }
                ui.add(
                    egui::Slider::new(&mut slider_value, scale.min..=scale.max)
                        .step_by(scale.step)
                        .show_value(false),
                )
            })
            .inner;
        let slider = slider.on_hover_text(Msg::ScoreOf.fill(lang, &[&indicator.name.get(lang)]));
        if slider.changed() {
            chosen = Some(scale.snap(slider_value));
        }
        match chosen.and_then(|s| scale.label_for(s)) {
            Some(label) => ui.label(egui::RichText::new(label.get(lang)).italics()),
            None => ui.label(egui::RichText::new(cx.t(Msg::NotScored)).weak()),
        };
        if chosen != entry.score {
            let mut updated = entry.clone();
            updated.score = chosen;
            cx.sink.push(Edit::Score(assessment.id.clone(), updated));
        }
        // A score is only as good as the evidence behind it: say when it has none.
        if let Some(rubric) = entry.score.and_then(|value| indicator.rubric_for(value)) {
            ui.end_row();
            ui.label(egui::RichText::new(rubric.get(lang)).italics().weak());
        }
        if entry.score.is_some() {
            let warn = ui.visuals().warn_fg_color;
            if entry.evidence.is_empty() {
                ui.colored_label(warn, cx.t(Msg::ScoreUnsupported));
            }
            if entry.rationale.trim().is_empty() {
                ui.colored_label(warn, cx.t(Msg::RationaleMissing));
            }
        }
    });
}

/// What the indicator means and the questions that guide its scoring, folded
/// under the indicator's name so a row stays short until the researcher asks.
fn scoring_help(
    ui: &mut egui::Ui,
    cx: &PanelCtx<'_>,
    assessment: &Assessment,
    indicator: &Indicator,
) {
    let lang = cx.lang;
    egui::CollapsingHeader::new(cx.t(Msg::HowToScore))
        .id_salt(("how-to-score", &assessment.id, &indicator.id))
        .default_open(false)
        .show(ui, |ui| {
            let definition = indicator.definition.get(lang);
            if !definition.trim().is_empty() {
                ui.label(definition);
            }
            if !indicator.guiding_questions.is_empty() {
                ui.label(egui::RichText::new(cx.t(Msg::GuidingQuestions)).strong());
                for question in &indicator.guiding_questions {
                    ui.label(format!("• {}", question.get(lang)));
                }
            }
            rubric(ui, cx, assessment, indicator);
        });
}

/// The rubric: what each level means for this indicator, the level scored in bold.
fn rubric(ui: &mut egui::Ui, cx: &PanelCtx<'_>, assessment: &Assessment, indicator: &Indicator) {
    if indicator.rubric.is_empty() {
        return;
    }
    let lang = cx.lang;
    let scale = &cx.doc.project.framework_of(assessment).scale;
    let scored = assessment.value(&indicator.id);
    ui.label(egui::RichText::new(cx.t(Msg::Rubric)).strong());
    for level in &indicator.rubric {
        let name = scale.label_for(level.value).map_or("", |l| l.get(lang));
        let text = format!(
            "{} {name}: {}",
            crate::model::format_score(level.value),
            level.description.get(lang)
        );
        let current = scored.is_some_and(|s| (s - level.value).abs() < 1e-9);
        ui.label(if current {
            egui::RichText::new(text).strong()
        } else {
            egui::RichText::new(text)
        });
    }
}

/// Which assessment this one scores again (a second coder's, a member
/// check), so the two are compared for agreement; and its framework, when the
/// project has two.
fn scores_again(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>, assessment: &Assessment) {
    let project = &cx.doc.project;
    if project.second_framework.is_some() {
        ui.label(
            egui::RichText::new(Msg::ScoredAgainst.fill(
                cx.lang,
                &[&project.framework_of(assessment).name.get(cx.lang)],
            ))
            .weak(),
        );
    }
    let others: Vec<&Assessment> = project
        .assessments_in(assessment.framework)
        .filter(|other| other.id != assessment.id)
        .collect();
    let label_of = |id: &Option<AssessmentId>| {
        id.as_ref()
            .and_then(|id| project.assessment(id))
            .map_or(cx.t(Msg::NoComparison), |a| a.label.as_str())
    };
    let mut chosen = assessment.compared_with.clone();
    ui.horizontal(|ui| {
        ui.label(cx.t(Msg::ScoresAgain))
            .on_hover_text(cx.t(Msg::ScoresAgainHint));
        egui::ComboBox::new(("scores-again", &assessment.id), "")
            .selected_text(label_of(&chosen))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut chosen, None, cx.t(Msg::NoComparison));
                for other in &others {
                    ui.selectable_value(&mut chosen, Some(other.id.clone()), &other.label);
                }
            })
            .response
            .on_hover_text(cx.t(Msg::ScoresAgain));
    });
    if chosen != assessment.compared_with {
        let mut draft = assessment.clone();
        draft.compared_with = chosen;
        cx.sink.push(Edit::Put(Item::Assessment(draft)));
    }
}
