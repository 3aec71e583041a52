//! Frameworks and agreement in the window, as a researcher goes about them: a
//! new project on Ansell & Gash, an indicator and the scale edited, scores, a
//! second coder's file imported and kappa and alpha read beside the radar;
//! changes that touch work asked about first and undone; a framework saved and
//! loaded as a second framework.

use crate::ui_support::{
    Ui, click_button, example, go_to, menu, shortcut, shows, type_into, workbench,
};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use sinergi::analysis::{AgreementReport, Statistic};
use sinergi::model::{AssessmentId, FrameworkSlot, IndicatorId, Lang};
use sinergi::ui::Modal;
use std::path::Path;

/// Types `path` into the path field offered where no native dialog exists.
fn answer_path_prompt(ui: &mut Ui, path: &Path) {
    assert!(
        matches!(ui.state().modal, Some(Modal::PathPrompt(..))),
        "{:?}",
        ui.state().modal
    );
    type_into(
        ui,
        Role::TextInput,
        "File path",
        &path.display().to_string(),
    );
    click_button(ui, "OK");
}

/// Sets a number field (a drag value) the way assistive technology does.
fn set_number(ui: &mut Ui, label: &str, value: f64) {
    ui.get_by_role_and_label(Role::SpinButton, label)
        .set_value_accesskit(value);
    ui.run();
}

/// Clicks the score button `value` of the `row`-th indicator of the assessment shown.
fn score(ui: &mut Ui, row: usize, value: &str) {
    ui.get_all_by_role_and_label(Role::Button, value)
        .nth(row)
        .unwrap_or_else(|| panic!("no score {value} in row {row}"))
        .click_accesskit();
    ui.run();
}

#[test]
fn a_new_user_starts_on_ansell_and_gash_edits_it_scores_imports_a_coder_and_reads_kappa_and_alpha()
{
    let mut ui = workbench();
    click_button(&mut ui, "New project");
    // DeSeve is ticked first; the user picks Ansell & Gash.
    match &ui.state().modal {
        Some(Modal::ChooseFramework(choice)) => {
            assert!(choice.new_project);
            assert_eq!(choice.candidates[choice.chosen].id, "deseve");
            assert_eq!(choice.candidates.len(), 5);
        }
        other => panic!("{other:?}"),
    }
    ui.get_by_role_and_label(
        Role::RadioButton,
        "Collaborative governance model (Ansell & Gash) — 8 indicators",
    )
    .click();
    ui.run();
    assert!(shows(
        &ui,
        "Ansell, C., & Gash, A. (2008). Collaborative Governance in Theory and Practice. Journal of Public Administration Research and Theory, 18(4), 543–571."
    ));
    click_button(&mut ui, "Create project");
    assert_eq!(ui.state().doc.project.framework.id, "ansell-gash-2008");

    // An indicator renamed, then the scale widened to 1..7.
    go_to(&mut ui, "Framework");
    ui.get_by_label("1. Starting conditions").click();
    ui.run();
    type_into(
        &mut ui,
        Role::TextInput,
        "Name (English)",
        "Starting conditions and incentives",
    );
    let starting = IndicatorId::new("starting-conditions");
    let name = |ui: &Ui| {
        ui.state()
            .doc
            .project
            .framework
            .indicator(&starting)
            .map(|i| i.name.en.clone())
    };
    assert_eq!(
        name(&ui).as_deref(),
        Some("Starting conditions and incentives")
    );
    ui.get_by_label("Framework and scale").click();
    ui.run();
    set_number(&mut ui, "Highest score", 7.0);
    click_button(&mut ui, "Apply the new scale…");
    // Nothing is scored yet: nothing to ask.
    assert!(ui.state().modal.is_none(), "{:?}", ui.state().modal);
    let scale = &ui.state().doc.project.framework.scale;
    assert_eq!(scale.values().len(), 7);
    // The typing was one undo step; the scale another.
    shortcut(&mut ui, Modifiers::COMMAND, Key::Z);
    assert_eq!(ui.state().doc.project.framework.scale.max, 5.0);
    shortcut(&mut ui, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert_eq!(ui.state().doc.project.framework.scale.max, 7.0);

    // The researcher scores the eight indicators.
    go_to(&mut ui, "Assessment");
    click_button(&mut ui, "Add assessment");
    let researcher_scores = ["6", "5", "4", "6", "3", "5", "4", "2"];
    for (row, value) in researcher_scores.iter().enumerate() {
        score(&mut ui, row, value);
    }
    let project = ui.state().doc.project.clone();
    let researcher = project.assessments[0].clone();
    assert_eq!(researcher.value(&starting), Some(6.0));
    assert_eq!(
        researcher
            .scores
            .iter()
            .filter(|s| s.score.is_some())
            .count(),
        8
    );

    // A second coder scored a copy of the project; their file comes in.
    let dir = tempfile::tempdir().expect("temp dir");
    let coder_file = dir.path().join("koder-2.sinergi");
    let mut copy = project.clone();
    copy.assessments[0].label = "Second coder".into();
    let coder_scores = [6.0, 4.0, 4.0, 5.0, 3.0, 5.0, 3.0, 2.0];
    for (entry, value) in copy.assessments[0].scores.iter_mut().zip(coder_scores) {
        entry.score = Some(value);
    }
    sinergi::store::save(&coder_file, &copy).expect("the coder's file");
    menu(&mut ui, &["File", "Import assessments from another file…"]);
    answer_path_prompt(&mut ui, &coder_file);
    ui.get_by_label("Import assessments from koder-2.sinergi");
    ui.get_by_label_contains("8 scores · scores \"Assessment 1\" again");
    click_button(&mut ui, "Import");
    let imported = AssessmentId::new("assessment-1-koder-2");
    {
        let project = &ui.state().doc.project;
        assert_eq!(project.assessments.len(), 2);
        let coder = project.assessment(&imported).expect("imported");
        assert_eq!(coder.compared_with, Some(researcher.id.clone()));
        assert_eq!(coder.value(&starting), Some(6.0));
        assert_eq!(project.evidence, copy.evidence, "nothing else came in");
    }

    // The chart shows both, overlaid, with kappa and alpha beside them.
    assert!(shows(&ui, "Agreement between assessments"));
    let report = AgreementReport::between(&ui.state().doc.project, &researcher.id, &imported)
        .expect("comparable");
    for line in report.statistics() {
        assert!(
            shows(&ui, line.statistic.name(Lang::En)),
            "{:?}",
            line.statistic
        );
        let value = line.value.expect("defined");
        let shown = match line.band {
            Some(band) => format!("{} · {}", line.statistic.format(value), band.name(Lang::En)),
            None => line.statistic.format(value),
        };
        assert!(shows(&ui, &shown), "{shown}");
    }
    assert_eq!(report.statistics()[0].statistic, Statistic::ExactAgreement);
    assert!(shows(&ui, &report.caution(Lang::En)));
    // One undo step takes the import back.
    shortcut(&mut ui, Modifiers::COMMAND, Key::Z);
    assert_eq!(ui.state().doc.project.assessments.len(), 1);
}

#[test]
fn removing_an_indicator_or_narrowing_the_scale_asks_first_and_undo_brings_everything_back() {
    let mut ui = example();
    let before = ui.state().doc.project.clone();
    go_to(&mut ui, "Framework");
    ui.get_by_label("4. Governance").click();
    ui.run();
    assert!(
        !ui.state().doc.can_undo(),
        "showing the framework and an indicator edits nothing"
    );
    click_button(&mut ui, "Remove indicator…");
    ui.get_by_label("Change the framework?");
    ui.get_by_label("• Indicators removed: Governance");
    let linked = before
        .evidence
        .iter()
        .filter(|n| n.indicators.iter().any(|i| i.as_str() == "governance"))
        .count();
    assert!(shows(
        &ui,
        &format!("• {linked} evidence notes lose their link to them")
    ));
    click_button(&mut ui, "Cancel");
    assert_eq!(ui.state().doc.project, before, "Cancel changes nothing");
    click_button(&mut ui, "Remove indicator…");
    click_button(&mut ui, "Apply");
    let governance = IndicatorId::new("governance");
    assert!(
        ui.state()
            .doc
            .project
            .framework
            .indicator(&governance)
            .is_none()
    );
    assert_eq!(ui.state().doc.project.validate(), Vec::new());
    shortcut(&mut ui, Modifiers::COMMAND, Key::Z);
    assert_eq!(ui.state().doc.project, before, "one undo restores it all");

    // A scale of 1..3: the 4s and 5s are listed, and moved to 3 as chosen.
    ui.get_by_label("Framework and scale").click();
    ui.run();
    set_number(&mut ui, "Highest score", 3.0);
    click_button(&mut ui, "Apply the new scale…");
    ui.get_by_label("Change the framework?");
    let above: usize = before
        .assessments
        .iter()
        .flat_map(|a| &a.scores)
        .filter(|s| s.score.is_some_and(|v| v > 3.0))
        .count();
    assert!(shows(
        &ui,
        &format!("• {above} scores are not on the new scale:")
    ));
    ui.get_by_role_and_label(Role::RadioButton, "Move them to the nearest level")
        .click();
    ui.run();
    ui.get_by_label_contains("Penilaian peneliti (2020) — Commitment to a common purpose: 4 → 3");
    click_button(&mut ui, "Apply");
    let project = &ui.state().doc.project;
    assert_eq!(project.framework.scale.max, 3.0);
    assert!(
        project
            .assessments
            .iter()
            .flat_map(|a| &a.scores)
            .all(|s| s.score.is_none_or(|v| v <= 3.0))
    );
    assert_eq!(project.validate(), Vec::new());
    shortcut(&mut ui, Modifiers::COMMAND, Key::Z);
    assert_eq!(ui.state().doc.project, before);
}

#[test]
fn a_framework_saved_to_a_file_comes_back_as_a_second_framework_and_the_chart_switches() {
    let mut ui = example();
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("deseve.ron");
    go_to(&mut ui, "Framework");
    click_button(&mut ui, "Save to file…");
    answer_path_prompt(&mut ui, &file);
    let saved = sinergi::store::load_framework(&file).expect("saved");
    assert_eq!(saved, ui.state().doc.project.framework);

    click_button(&mut ui, "Load from file…");
    answer_path_prompt(&mut ui, &file);
    ui.get_by_label("Choose a framework");
    click_button(&mut ui, "Use as the second framework…");
    let project = &ui.state().doc.project;
    let second = project.second_framework.as_ref().expect("added");
    assert_eq!(second.indicators.len(), 8);
    assert!(
        second
            .indicators
            .iter()
            .all(|i| project.framework.indicator(&i.id).is_none()),
        "its ids are kept apart from the main framework's"
    );
    assert_eq!(project.validate(), Vec::new());

    // An assessment against the lens, scored, and the chart drawn for it.
    go_to(&mut ui, "Assessment");
    click_button(&mut ui, "Add assessment (second framework)");
    score(&mut ui, 0, "4");
    let added = ui
        .state()
        .doc
        .project
        .assessments
        .last()
        .cloned()
        .expect("added");
    assert_eq!(added.framework, FrameworkSlot::Second);
    go_to(&mut ui, "Chart");
    ui.get_by_label("Chart framework:");
    ui.get_all_by_label("Success indicators of a collaborative network (DeSeve)")
        .last()
        .expect("the second framework's button")
        .click();
    ui.run();
    let chosen = ui.state().panels.chart.chosen(&ui.state().doc.project);
    assert_eq!(chosen, vec![added.id.clone()], "one framework at a time");

    // Removing the lens asks first, then takes its assessment along.
    go_to(&mut ui, "Framework");
    ui.get_all_by_label_contains("Second framework: ")
        .next()
        .expect("the second framework's tab")
        .click();
    ui.run();
    click_button(&mut ui, "Remove the second framework…");
    ui.get_by_label("• 1 assessment scored against this framework is deleted");
    click_button(&mut ui, "Apply");
    assert!(ui.state().doc.project.second_framework.is_none());
    assert!(ui.state().doc.project.assessment(&added.id).is_none());
}

#[test]
fn importing_a_file_with_another_framework_is_refused_with_what_differs() {
    let mut ui = example();
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("lain.sinergi");
    let mut other = ui.state().doc.project.clone();
    other
        .framework
        .indicators
        .retain(|i| i.id.as_str() != "governance");
    for assessment in &mut other.assessments {
        assessment
            .scores
            .retain(|s| s.indicator.as_str() != "governance");
    }
    for note in &mut other.evidence {
        note.indicators.retain(|i| i.as_str() != "governance");
    }
    for finding in &mut other.supporting_factors {
        finding.indicators.retain(|i| i.as_str() != "governance");
    }
    for finding in &mut other.inhibiting_factors {
        finding.indicators.retain(|i| i.as_str() != "governance");
    }
    for finding in &mut other.recommendations {
        finding.indicators.retain(|i| i.as_str() != "governance");
    }
    sinergi::store::save(&file, &other).expect("saved");
    let before = ui.state().doc.project.clone();
    menu(&mut ui, &["File", "Import assessments from another file…"]);
    answer_path_prompt(&mut ui, &file);
    ui.get_by_label("The assessments cannot be imported");
    ui.get_by_label_contains("Indicators that file lacks: governance.");
    click_button(&mut ui, "OK");
    assert_eq!(ui.state().doc.project, before);
}

#[test]
fn a_new_project_takes_the_title_typed_while_choosing_its_framework() {
    let mut ui = crate::ui_support::workbench();
    crate::ui_support::click_button(&mut ui, "New project");
    crate::ui_support::type_into(
        &mut ui,
        egui::accesskit::Role::TextInput,
        "Title of the study",
        "Kolaborasi bank sampah desa",
    );
    crate::ui_support::click_button(&mut ui, "Create project");
    let project = &ui.state().doc.project;
    assert_eq!(project.study.title, "Kolaborasi bank sampah desa");
    assert!(
        !project
            .validate()
            .iter()
            .any(|p| matches!(p, sinergi::model::Problem::Empty { field: "title", .. })),
        "check has nothing to say about the title"
    );
}
