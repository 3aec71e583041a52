//! Overview: the study metadata, the network form, counts, the triangulation of
//! each indicator, and any problems the project has.

use super::context::{PanelCtx, Request, Section};
use crate::document::Edit;
use crate::i18n::{self, Msg, Named};
use crate::model::{Lang, NetworkForm};
use crate::ui::widgets::{list_field, text_area, text_line, triangulation_badge};

/// From this width on, the form and the tables stand side by side.
const TWO_COLUMNS_WIDTH: f32 = 1120.0;

/// Draws the overview panel.
pub fn show(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>) {
    cx.heading(ui, Section::Overview, Msg::OverviewHelp);
    let lang = cx.lang;
    egui::ScrollArea::vertical()
        .id_salt("overview")
        .show(ui, |ui| {
            // Two columns where the triangulation table fits beside the form;
            // one under the other on a narrow window, so nothing is cut off.
            if ui.available_width() >= TWO_COLUMNS_WIDTH {
                ui.columns(2, |columns| {
                    study_form(&mut columns[0], cx);
                    let ui = &mut columns[1];
                    counts(ui, cx);
                    ui.add_space(8.0);
                    triangulation_table(ui, cx);
                });
            } else {
                study_form(ui, cx);
                ui.add_space(8.0);
                counts(ui, cx);
                ui.add_space(8.0);
                triangulation_table(ui, cx);
            }
            ui.separator();
            network_form(ui, cx);
            let broken = cx.doc.broken_anchors();
            if !broken.is_empty() {
                ui.separator();
                let mut ids: Vec<&str> = broken.iter().map(|id| id.as_str()).collect();
                ids.sort_unstable();
                ui.colored_label(
                    ui.visuals().warn_fg_color,
                    Msg::BrokenAnchorsFound.count(lang, ids.len(), &[&ids.len(), &ids.join(", ")]),
                );
            }
            let problems = cx.doc.problems();
            if !problems.is_empty() {
                ui.separator();
                ui.colored_label(
                    ui.visuals().warn_fg_color,
                    Msg::ProblemsFound.count(lang, problems.len(), &[&problems.len()]),
                );
                for problem in problems.iter().take(50) {
                    ui.label(format!("• {}", i18n::describe_problem(lang, problem)));
                }
            }
        });
}

fn study_form(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>) {
    let study = &cx.doc.project.study;
    let mut draft = study.clone();
    ui.strong(cx.t(Msg::Study));
    if text_line(ui, cx.t(Msg::Title), &mut draft.title).changed() {
        cx.sink.typing(Edit::Study(draft.clone()), "study:title");
    }
    if text_line(ui, cx.t(Msg::Case), &mut draft.case).changed() {
        cx.sink.typing(Edit::Study(draft.clone()), "study:case");
    }
    if text_line(ui, cx.t(Msg::Location), &mut draft.location).changed() {
        cx.sink.typing(Edit::Study(draft.clone()), "study:location");
    }
    if list_field(ui, cx.t(Msg::Researchers), &mut draft.researchers, ';') {
        cx.sink
            .typing(Edit::Study(draft.clone()), "study:researchers");
    }
    if text_line(ui, cx.t(Msg::Institution), &mut draft.institution).changed() {
        cx.sink
            .typing(Edit::Study(draft.clone()), "study:institution");
    }
    if text_line(ui, cx.t(Msg::Period), &mut draft.period).changed() {
        cx.sink.typing(Edit::Study(draft.clone()), "study:period");
    }
    ui.horizontal(|ui| {
        ui.label(cx.t(Msg::StudyLanguage));
        let mut lang = draft.language;
        egui::ComboBox::new("study-language", "")
            .selected_text(lang.native_name())
            .show_ui(ui, |ui| {
                for option in Lang::ALL {
                    ui.selectable_value(&mut lang, option, option.native_name());
                }
            })
            .response
            .on_hover_text(cx.t(Msg::StudyLanguage));
        if lang != draft.language {
            draft.language = lang;
            cx.sink.push(Edit::Study(draft.clone()));
        }
    });
    if text_area(ui, cx.t(Msg::MethodNotes), &mut draft.method_notes, 4).changed() {
        cx.sink.typing(Edit::Study(draft.clone()), "study:method");
    }
}

fn counts(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>) {
    let project = &cx.doc.project;
    ui.strong(cx.t(Msg::Counts));
    let rows = [
        (Msg::NavActors, project.actors.len(), Section::Actors),
        (
            Msg::Activities,
            project.activities.len(),
            Section::ActivitiesRoles,
        ),
        (Msg::Roles, project.roles.len(), Section::ActivitiesRoles),
        (Msg::Relations, project.relations.len(), Section::Network),
        (Msg::Sources, project.sources.len(), Section::Evidence),
        (
            Msg::EvidenceNotes,
            project.evidence.len(),
            Section::Evidence,
        ),
        (
            Msg::Assessments,
            project.assessments.len(),
            Section::Assessment,
        ),
        (
            Msg::SupportingFactors,
            project.supporting_factors.len(),
            Section::Findings,
        ),
        (
            Msg::InhibitingFactors,
            project.inhibiting_factors.len(),
            Section::Findings,
        ),
        (
            Msg::Recommendations,
            project.recommendations.len(),
            Section::Findings,
        ),
    ];
    egui::Grid::new("counts").striped(true).show(ui, |ui| {
        for (label, count, section) in rows {
            if ui.link(cx.t(label)).clicked() {
                cx.requests.push(Request::Goto(section));
            }
            ui.label(count.to_string());
            ui.end_row();
        }
    });
}

fn triangulation_table(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>) {
    let project = &cx.doc.project;
    let index = cx.doc.triangulation();
    let lang = cx.lang;
    // One table per framework: notes may link to the second framework's indicators too.
    for (slot, framework) in project.frameworks() {
        ui.strong(format!(
            "{} — {}",
            cx.t(Msg::Triangulation),
            framework.name.get(lang)
        ));
        egui::Grid::new(("triangulation", slot))
            .striped(true)
            .show(ui, |ui| {
                ui.label(cx.t(Msg::Indicator));
                ui.label(cx.t(Msg::Notes));
                ui.label(cx.t(Msg::Sources));
                ui.label(cx.t(Msg::Status));
                ui.end_row();
                for indicator in &framework.indicators {
                    if ui
                        .link(indicator.name.get(lang))
                        .on_hover_text(indicator.definition.get(lang))
                        .clicked()
                    {
                        cx.requests
                            .push(Request::ShowIndicatorEvidence(indicator.id.clone()));
                    }
                    ui.label(index.notes(&indicator.id).len().to_string());
                    ui.label(index.source_count(&indicator.id).to_string());
                    triangulation_badge(ui, index.status(&indicator.id), lang);
                    ui.end_row();
                }
            });
    }
}

fn network_form(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>) {
    let lang = cx.lang;
    let network = &cx.doc.project.network;
    let mut draft = network.clone();
    ui.strong(cx.t(Msg::NetworkForm));
    ui.horizontal_wrapped(|ui| {
        let mut form = draft.form;
        ui.radio_value(&mut form, None, cx.t(Msg::NotDecided));
        for option in NetworkForm::ALL {
            ui.radio_value(&mut form, Some(option), option.name(lang));
        }
        if form != draft.form {
            draft.form = form;
            cx.sink.push(Edit::Network(draft.clone()));
        }
    });
    if text_area(ui, cx.t(Msg::NetworkNotes), &mut draft.notes, 2).changed() {
        cx.sink
            .typing(Edit::Network(draft.clone()), "network:notes");
    }
}
