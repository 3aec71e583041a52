//! What a newcomer tripped on, driven through the window as they drove it:
//! where a new note's source comes from, dates as people type them, several
//! roles in one activity, the slide at a projector's size, the chart's legend.

use crate::ui_support::{Ui, click_button, click_row, example, go_to, type_into};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sinergi::model::Lang;
use sinergi::ui::{Preferences, SinergiApp};

fn notes_from(ui: &Ui, source: &str) -> Vec<String> {
    let project = &ui.state().doc.project;
    let id = project
        .sources
        .iter()
        .find(|s| s.title == source)
        .map(|s| s.id.clone())
        .expect("the source exists");
    project
        .evidence
        .iter()
        .filter(|n| n.source == id)
        .map(|n| n.id.to_string())
        .collect()
}

#[test]
fn a_new_note_is_taken_from_the_source_of_the_note_the_user_was_coding() {
    let mut ui = example();
    go_to(&mut ui, "Sources & Evidence");
    let interview = "Wawancara Ketua KP3Y";
    let before = notes_from(&ui, interview);
    // The user works through the KP3Y interview: select one of its notes.
    click_row(&mut ui, "ev-03");
    click_button(&mut ui, "Add evidence note");
    let after = notes_from(&ui, interview);
    assert_eq!(after.len(), before.len() + 1, "{after:?}");
    let new = ui
        .state()
        .panels
        .evidence
        .selected_note
        .clone()
        .expect("selected");
    assert!(after.contains(&new.to_string()));
    // Its source and stance are in sight, in the editor beside the table.
    assert!(
        ui.query_all_by_label(interview).count() >= 2,
        "the source shows in the bar and the editor"
    );
    assert!(
        ui.query_all_by_label("Stance").count() >= 2,
        "filter and editor"
    );
}

#[test]
fn a_new_note_takes_the_source_the_notes_are_filtered_by() {
    let mut ui = example();
    go_to(&mut ui, "Sources & Evidence");
    let document = "MoU Disperindag Kota Yogyakarta dengan LPM AMIKOM Yogyakarta";
    let source = ui
        .state()
        .doc
        .project
        .sources
        .iter()
        .find(|s| s.title == document)
        .map(|s| s.id.clone())
        .expect("the MoU is a source");
    ui.state_mut().panels.evidence.filter.source = Some(source.clone());
    ui.run();
    let before = notes_from(&ui, document).len();
    for _ in 0..3 {
        click_button(&mut ui, "Add evidence note");
    }
    assert_eq!(notes_from(&ui, document).len(), before + 3);
}

#[test]
fn a_date_typed_as_people_write_it_is_stored_in_the_form_check_accepts() {
    let mut ui = example();
    go_to(&mut ui, "Sources & Evidence");
    click_button(&mut ui, "Sources");
    click_row(&mut ui, "Wawancara Ketua KP3Y");
    type_into(
        &mut ui,
        Role::TextInput,
        "Date (e.g. 14 March 2021)",
        "14 Maret 2021",
    );
    let project = &ui.state().doc.project;
    let source = project
        .sources
        .iter()
        .find(|s| s.title == "Wawancara Ketua KP3Y")
        .expect("source");
    assert_eq!(source.date, "2021-03-14");
    assert!(project.validate().is_empty());
}

#[test]
fn an_actor_can_hold_a_second_role_in_the_same_activity() {
    let mut ui = example();
    go_to(&mut ui, "Activities & Roles");
    // Disperindag organises the exhibition; it also funds it.
    ui.get_by_label("Organiser").click();
    ui.run();
    click_button(&mut ui, "Add role");
    let project = &ui.state().doc.project;
    let kinds: Vec<_> = project
        .roles_of(&"disperindag".into(), &"pameran".into())
        .map(|r| r.kind)
        .collect();
    assert_eq!(kinds.len(), 2, "{kinds:?}");
    assert!(project.validate().is_empty(), "{:?}", project.validate());
}

#[test]
fn the_slide_at_a_projectors_size_pages_the_quotes_and_has_a_second_shortcut() {
    let app = SinergiApp::new(Preferences::default(), None, Some(Lang::En));
    let mut ui = Harness::builder()
        .with_size(egui::vec2(1024.0, 768.0))
        .build_ui_state(|ui, app: &mut SinergiApp| app.frame_ui(ui, None), app);
    ui.run();
    click_button(&mut ui, "Open the example: Kotagede silver craft");
    // F5 needs Fn on many laptops: Ctrl+Shift+P presents too.
    ui.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::P);
    ui.run();
    assert!(ui.state().presentation.is_some());
    // Past the network slide, to the first indicator.
    ui.key_press(Key::ArrowRight);
    ui.run();
    assert!(
        ui.query_by_label("3 — Moderate").is_some(),
        "the score on one line"
    );
    let more = ui.query_all_by_label_contains("more quote").count();
    assert_eq!(more, 1, "a cue says there are more quotes");
    ui.key_press(Key::ArrowDown);
    ui.run();
    assert_eq!(
        ui.state().presentation.as_ref().map(|p| p.quote_offset),
        Some(1)
    );
    assert_eq!(
        ui.query_all_by_label_contains("earlier quote").count(),
        1,
        "and a cue that some came before"
    );
    ui.key_press(Key::ArrowRight);
    ui.run();
    let presentation = ui.state().presentation.clone().expect("presenting");
    assert_eq!((presentation.index, presentation.quote_offset), (1, 0));
}

#[test]
fn the_chart_has_a_present_button_and_one_legend_whose_colours_follow_the_assessment() {
    let mut ui = example();
    // A second assessment, so there is something to tell apart.
    ui.state_mut().panels.chart.hidden.clear();
    go_to(&mut ui, "Assessment");
    click_button(&mut ui, "Duplicate");
    go_to(&mut ui, "Chart");
    let project = ui.state().doc.project.clone();
    let second = project.assessments[1].id.clone();
    let colour = sinergi::chart::series_color(&project, &second);
    // Hiding the others leaves the second its own colour, on screen and in files.
    let others = project
        .assessments
        .iter()
        .map(|a| a.id.clone())
        .filter(|id| *id != second);
    ui.state_mut().panels.chart.hidden.extend(others);
    ui.run();
    let chosen = ui.state().panels.chart.chosen(&project);
    let radar = sinergi::chart::Radar::build(&project, &chosen, Lang::En);
    assert_eq!(radar.series.len(), 1);
    assert_eq!(radar.series[0].color, colour);
    click_button(&mut ui, "▶ Present");
    assert!(ui.state().presentation.is_some());
}

#[test]
fn each_sections_question_mark_opens_the_guide_at_its_part() {
    let mut ui = example();
    go_to(&mut ui, "Sources & Evidence");
    click_button(&mut ui, "?");
    assert_eq!(
        ui.state().guide.as_ref().map(|g| g.key.as_str()),
        Some("evidence")
    );
    assert!(
        ui.query_by_label("User guide").is_some(),
        "the guide's window"
    );
    ui.state_mut().guide = None;
    go_to(&mut ui, "Chart");
    ui.key_press(Key::F1);
    ui.run();
    assert_eq!(
        ui.state().guide.as_ref().map(|g| g.key.as_str()),
        Some("chart"),
        "F1 opens the guide at the section the user is in"
    );
}

#[test]
fn undo_names_an_addition_as_one() {
    let mut ui = example();
    go_to(&mut ui, "Actors");
    click_button(&mut ui, "Add actor");
    assert_eq!(
        ui.state().doc.undo_summary().map(|s| s.kind),
        Some(sinergi::document::EditKind::Add)
    );
}
