//! Findings in the window: supporting factors beside the inhibiting factors and
//! the recommendations, added, linked and undone as a user does.

use crate::ui_support::{click_button, empty_project, example, go_to, shortcut, shows, type_into};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::{NodeT, Queryable};

#[test]
fn a_supporting_factor_is_added_linked_to_an_indicator_and_undone_in_one_step() {
    let mut ui = empty_project();
    go_to(&mut ui, "Findings");
    assert!(shows(&ui, "Supporting factors"));
    assert!(shows(&ui, "Inhibiting factors"));
    assert!(shows(&ui, "Recommendations"));

    click_button(&mut ui, "Add supporting factor");
    let project = &ui.state().doc.project;
    assert_eq!(project.supporting_factors.len(), 1);
    assert!(project.inhibiting_factors.is_empty());

    // The new factor's title takes the keyboard.
    type_into(&mut ui, Role::TextInput, "Title", "Informasi terbuka");
    ui.get_by_role_and_label(Role::CheckBox, "Information sharing")
        .click();
    ui.run();
    let factor = &ui.state().doc.project.supporting_factors[0];
    assert!(
        factor.title.ends_with("Informasi terbuka"),
        "{}",
        factor.title
    );
    assert_eq!(factor.indicators.len(), 1);
    assert!(shows(&ui, &format!("1. {}", factor.title)));

    // Undo takes back the tick, then the title, then the factor itself.
    for _ in 0..3 {
        shortcut(&mut ui, Modifiers::COMMAND, Key::Z);
    }
    assert!(ui.state().doc.project.supporting_factors.is_empty());
}

#[test]
fn the_example_lists_its_supporting_factors_and_the_overview_counts_them() {
    let mut ui = example();
    let count = ui.state().doc.project.supporting_factors.len();
    assert!(count >= 3, "the Kotagede sample reports what made it work");
    go_to(&mut ui, "Overview");
    assert!(shows(&ui, "Supporting factors"));
    go_to(&mut ui, "Findings");
    let first = ui.state().doc.project.supporting_factors[0].title.clone();
    ui.get_by_label(&format!("1. {first}")).click();
    ui.run();
    assert!(shows(&ui, "Actors"));
    assert!(ui.state().panels.findings.selected.is_some());
}

#[test]
fn ticking_a_note_cites_it_for_the_finding_and_undo_takes_it_back() {
    let mut ui = example();
    go_to(&mut ui, "Findings");
    ui.get_by_label_contains("1. Keterbukaan informasi").click();
    ui.run();
    let before = ui.state().doc.project.supporting_factors[0]
        .evidence
        .clone();
    // The first note of the list that the factor does not cite yet.
    let note = ui
        .query_all_by_role(Role::CheckBox)
        .filter_map(|node| {
            node.accesskit_node()
                .label()
                .filter(|l| l.starts_with("ev-"))
        })
        .find(|id| !before.iter().any(|e| e.as_str() == id))
        .expect("a note to cite");
    ui.get_by_role_and_label(Role::CheckBox, &note).click();
    ui.run();
    let after = &ui.state().doc.project.supporting_factors[0].evidence;
    assert_eq!(after.len(), before.len() + 1);
    assert!(after.iter().any(|e| e.as_str() == note));
    shortcut(&mut ui, Modifiers::COMMAND, Key::Z);
    assert_eq!(
        ui.state().doc.project.supporting_factors[0].evidence,
        before
    );
}
