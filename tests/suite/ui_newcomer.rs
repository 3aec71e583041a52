//! What a newcomer tripped on, driven through the window as they drove it:
//! where a new note's source comes from, dates as people type them, several
//! roles in one activity, the slide at a projector's size, the chart's legend.

use crate::ui_support::{Ui, click_button, click_row, example, go_to, type_into};
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;

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
