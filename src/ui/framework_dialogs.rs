//! The dialogs about frameworks and imported assessments: choosing a framework
//! (for a new project, or to use in the open one), the question before a
//! framework change that touches work already done, and which of another file's
//! assessments to bring in. Like every dialog they return the answer as an
//! [`Action`] and change nothing themselves.

use super::action::Action;
use super::button_row::buttons;
use super::modal::FrameworkChoice;
use crate::analysis::ImportPlan;
use crate::document::{FrameworkEdit, FrameworkEffects, OffScaleScores};
use crate::i18n::Msg;
use crate::model::{FrameworkSlot, Lang, format_score};

/// The list of frameworks with the ticked one's citation and description.
pub(super) fn choose_framework(
    ui: &mut egui::Ui,
    choice: &mut FrameworkChoice,
    lang: Lang,
) -> Option<Action> {
    ui.set_min_height(FRAMEWORK_DIALOG_HEIGHT);
    let title = if choice.new_project {
        Msg::NewProjectTitle
    } else {
        Msg::ChooseFrameworkTitle
    };
    ui.heading(title.get(lang));
    if choice.new_project {
        // Asked here because every export and `sinergi check` want one; it can
        // stay empty and be filled in later in the Overview.
        ui.horizontal(|ui| {
            let label = ui.label(Msg::StudyTitleField.get(lang));
            ui.add(
                egui::TextEdit::singleline(&mut choice.title)
                    .desired_width(ui.available_width())
                    .char_limit(crate::model::MAX_LINE_CHARS)
                    .hint_text(Msg::StudyTitleHint.get(lang)),
            )
            .labelled_by(label.id);
        });
    }
    for (i, framework) in choice.candidates.iter().enumerate() {
        let label = format!(
            "{} — {}",
            framework.name.get(lang),
            Msg::IndicatorsCounted.count(
                lang,
                framework.indicators.len(),
                &[&framework.indicators.len()]
            )
        );
        ui.radio_value(&mut choice.chosen, i, label);
    }
    let framework = choice.candidates.get(choice.chosen)?.clone();
    // The buttons come before the description, and the dialog keeps one height,
    // so nothing moves under the pointer when another framework is ticked.
    let chosen = if choice.new_project {
        buttons(
            ui,
            vec![
                (
                    Msg::CreateProject.get(lang),
                    Action::CreateProject(framework.clone(), choice.title.clone()),
                ),
                (Msg::Cancel.get(lang), Action::CloseDialog),
            ],
        )
    } else {
        buttons(
            ui,
            vec![
                (
                    Msg::ReplaceFramework.get(lang),
                    Action::UseFramework(FrameworkSlot::Main, framework.clone()),
                ),
                (
                    Msg::UseAsSecond.get(lang),
                    Action::UseFramework(FrameworkSlot::Second, framework.clone()),
                ),
                (Msg::Cancel.get(lang), Action::CloseDialog),
            ],
        )
    };
    if choice.new_project {
        ui.label(egui::RichText::new(Msg::NewProjectHint.get(lang)).weak());
    }
    ui.separator();
    ui.label(egui::RichText::new(&framework.citation).weak().small());
    let description = framework.description.get(lang);
    if !description.trim().is_empty() {
        ui.label(description);
    }
    chosen
}

/// The framework dialog's height: room for the longest built-in description.
const FRAMEWORK_DIALOG_HEIGHT: f32 = 520.0;

/// The most off-scale scores listed one by one; the rest are counted.
const LISTED_SCORES: usize = 12;

/// "Change the framework?", with everything the change does to existing work.
pub(super) fn confirm_framework(
    ui: &mut egui::Ui,
    edit: &mut FrameworkEdit,
    effects: &FrameworkEffects,
    lang: Lang,
) -> Option<Action> {
    ui.heading(Msg::ConfirmFrameworkTitle.get(lang));
    ui.label(Msg::ConfirmFrameworkIntro.get(lang));
    if !effects.removed_indicators.is_empty() {
        let names: Vec<&str> = effects
            .removed_indicators
            .iter()
            .map(|name| name.get(lang))
            .collect();
        ui.label(format!(
            "• {}",
            Msg::EffectRemovedIndicators.fill(lang, &[&names.join(", ")])
        ));
    }
    for (count, msg) in [
        (effects.notes_unlinked, Msg::EffectNotes),
        (effects.findings_unlinked, Msg::EffectFindings),
        (effects.entries_removed, Msg::EffectEntries),
        (effects.assessments_removed, Msg::EffectAssessments),
        (effects.rubric_levels_dropped, Msg::EffectRubric),
    ] {
        if count > 0 {
            ui.label(format!("• {}", msg.count(lang, count, &[&count])));
        }
    }
    if !effects.off_scale.is_empty() {
        off_scale_scores(ui, edit, effects, lang);
    }
    ui.label(egui::RichText::new(Msg::UndoHint.get(lang)).weak());
    buttons(
        ui,
        vec![
            (Msg::Apply.get(lang), Action::ApplyFramework(edit.clone())),
            (Msg::Cancel.get(lang), Action::CloseDialog),
        ],
    )
}

/// The scores a new scale lacks, what becomes of each, and the choice.
fn off_scale_scores(
    ui: &mut egui::Ui,
    edit: &mut FrameworkEdit,
    effects: &FrameworkEffects,
    lang: Lang,
) {
    let count = effects.off_scale.len();
    ui.label(format!(
        "• {}",
        Msg::EffectOffScale.count(lang, count, &[&count])
    ));
    ui.radio_value(
        &mut edit.off_scale,
        OffScaleScores::Clear,
        Msg::OffScaleClear.get(lang),
    );
    ui.radio_value(
        &mut edit.off_scale,
        OffScaleScores::Snap,
        Msg::OffScaleSnap.get(lang),
    );
    let scale = edit.framework.as_ref().map(|f| &f.scale);
    for score in effects.off_scale.iter().take(LISTED_SCORES) {
        let new = match (edit.off_scale, scale) {
            (OffScaleScores::Snap, Some(scale)) => format_score(scale.snap(score.old)),
            _ => Msg::NotScored.get(lang).to_owned(),
        };
        ui.label(
            egui::RichText::new(format!(
                "    {} — {}: {} → {new}",
                score.assessment,
                score.indicator.get(lang),
                format_score(score.old)
            ))
            .small(),
        );
    }
    if count > LISTED_SCORES {
        ui.label(egui::RichText::new("    …").small());
    }
}

/// The other file's assessments, each to tick, with what comes in with it.
pub(super) fn import_assessments(
    ui: &mut egui::Ui,
    plan: &mut ImportPlan,
    lang: Lang,
) -> Option<Action> {
    ui.heading(Msg::ImportTitle.fill(lang, &[&plan.file_name]));
    ui.label(egui::RichText::new(Msg::ImportIntro.get(lang)).weak());
    egui::ScrollArea::vertical()
        .id_salt("import-candidates")
        .max_height(320.0)
        .show(ui, |ui| {
            for candidate in &mut plan.candidates {
                let assessment = &candidate.assessment;
                let label = assessment.label.clone();
                ui.checkbox(&mut candidate.chosen, label);
                let scored = assessment
                    .scores
                    .iter()
                    .filter(|s| s.score.is_some())
                    .count();
                let mut facts = vec![Msg::ImportScores.count(lang, scored, &[&scored])];
                // A copy left as it was is the shared starting point, not a second coding.
                match (&candidate.unchanged_from, &candidate.compared_with_label) {
                    (Some(same), label) => {
                        let name = label.as_deref().unwrap_or(same.as_str());
                        facts.push(Msg::ImportUnchanged.fill(lang, &[&name]));
                    }
                    (None, Some(other)) => {
                        facts.push(Msg::ImportComparedWith.fill(lang, &[other]));
                    }
                    (None, None) => {}
                }
                let dropped = candidate.citations_dropped;
                if dropped > 0 {
                    facts.push(Msg::ImportDropped.count(lang, dropped, &[&dropped]));
                }
                ui.label(egui::RichText::new(format!("    {}", facts.join(" · "))).weak());
            }
        });
    buttons(
        ui,
        vec![
            (
                Msg::Import.get(lang),
                Action::ImportAssessments(plan.clone()),
            ),
            (Msg::Cancel.get(lang), Action::CloseDialog),
        ],
    )
}
