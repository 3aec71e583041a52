//! File > Import > REFI-QDA project in the window: the package is read, the
//! mapping step shows each code with its suggestion, the user sends a code to
//! an indicator, and the import lands as one undo step with the mapping saved.

use crate::common::fixture;
use crate::ui_support::{click_button, example, menu, type_into};
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use sinergi::model::IndicatorId;
use sinergi::ui::Modal;

#[test]
fn importing_a_qualcoder_project_maps_a_code_to_an_indicator_in_one_undo_step() {
    let dir = tempfile::tempdir().expect("temp dir");
    let package = dir.path().join("qualcoder-sample.qdpx");
    std::fs::copy(fixture("refi").join("qualcoder-sample.qdpx"), &package).expect("copied");
    let mut ui = example();
    let notes_before = ui.state().doc.project.evidence.len();
    let sources_before = ui.state().doc.project.sources.len();

    menu(&mut ui, &["File", "Import REFI-QDA project (.qdpx)…"]);
    // No native dialog in tests: the path is typed.
    type_into(
        &mut ui,
        Role::TextInput,
        "File path",
        &package.display().to_string(),
    );
    click_button(&mut ui, "OK");

    // The mapping step: what the package holds, each code with its suggestion.
    ui.get_by_label("Import a REFI-QDA project");
    ui.get_by_label("Text sources: 2 · coded passages: 8 · cases: 1");
    ui.get_by_label_contains("Aktor pentahelix / Pemerintah (2)");
    // Every code starts as a tag (none is named like an indicator).
    assert!(matches!(&ui.state().modal, Some(Modal::ImportQdpx(_))));
    ui.get_by_role_and_label(Role::ComboBox, "Aktor pentahelix / Pemerintah (2)")
        .click();
    ui.run();
    click_button(&mut ui, "Access to authority");
    click_button(&mut ui, "Import");

    let project = &ui.state().doc.project;
    assert_eq!(project.evidence.len(), notes_before + 8);
    assert_eq!(project.sources.len(), sources_before + 2);
    let mapped = project
        .evidence
        .iter()
        .skip(notes_before)
        .filter(|n| n.indicators == [IndicatorId::new("access-to-authority")])
        .count();
    assert_eq!(mapped, 2);
    for note in project.evidence.iter().skip(notes_before) {
        let source = project.source(&note.source).expect("its source");
        let anchor = note.anchor.expect("anchored");
        assert_eq!(
            sinergi::model::passage(&source.text, anchor),
            Some(note.excerpt.as_str())
        );
    }
    // The summary, and the mapping saved for next time.
    assert!(
        ui.query_all_by_label_contains(
            "Imported from qualcoder-sample.qdpx — sources: 2, evidence notes: 8"
        )
        .next()
        .is_some(),
        "the summary"
    );
    let saved = std::fs::read_to_string(dir.path().join("qualcoder-sample.qdpx-mapping.ron"))
        .expect("the mapping file");
    assert!(
        saved.contains("Indicator(\"access-to-authority\")"),
        "{saved}"
    );
    click_button(&mut ui, "OK");

    // One undo step takes it all back.
    ui.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    ui.run();
    assert_eq!(ui.state().doc.project.evidence.len(), notes_before);
    assert_eq!(ui.state().doc.project.sources.len(), sources_before);

    // Next time, the saved mapping is the suggestion.
    menu(&mut ui, &["File", "Import REFI-QDA project (.qdpx)…"]);
    type_into(
        &mut ui,
        Role::TextInput,
        "File path",
        &package.display().to_string(),
    );
    click_button(&mut ui, "OK");
    let Some(Modal::ImportQdpx(import)) = &ui.state().modal else {
        panic!("the mapping step")
    };
    let pemerintah = import
        .used
        .iter()
        .find(|(code, _)| code.name == "Pemerintah")
        .map(|(code, _)| code.guid.clone())
        .expect("the code");
    assert_eq!(
        import.mapping.target(&pemerintah),
        Some(&sinergi::refi::Target::Indicator(IndicatorId::new(
            "access-to-authority"
        )))
    );
}

#[test]
fn a_damaged_package_shows_the_file_and_the_reason_and_changes_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let package = dir.path().join("rusak.qdpx");
    std::fs::write(&package, b"PK\x03\x04 not really").expect("written");
    let mut ui = example();
    let before = ui.state().doc.project.clone();
    menu(&mut ui, &["File", "Import REFI-QDA project (.qdpx)…"]);
    type_into(
        &mut ui,
        Role::TextInput,
        "File path",
        &package.display().to_string(),
    );
    click_button(&mut ui, "OK");
    ui.get_by_label_contains("rusak.qdpx");
    ui.get_by_label_contains("not a readable REFI-QDA package");
    assert_eq!(ui.state().doc.project, before);
}

#[test]
fn the_mapping_can_come_from_and_go_to_a_file_the_user_types() {
    let dir = tempfile::tempdir().expect("temp dir");
    let package = dir.path().join("qualcoder-sample.qdpx");
    std::fs::copy(fixture("refi").join("qualcoder-sample.qdpx"), &package).expect("copied");
    let chosen = dir.path().join("pemetaan-bersama.ron");
    std::fs::write(
        &chosen,
        "(codes: [(guid: \"00000000-0000-0000-0000-000000000000\", name: \"Aktor pentahelix / Akademisi\", target: Indicator(\"commitment\"))])",
    )
    .expect("written");
    let mut ui = example();
    let notes_before = ui.state().doc.project.evidence.len();
    menu(&mut ui, &["File", "Import REFI-QDA project (.qdpx)…"]);
    type_into(
        &mut ui,
        Role::TextInput,
        "File path",
        &package.display().to_string(),
    );
    click_button(&mut ui, "OK");

    // A file that is not there says so and keeps the suggestions.
    let missing = dir.path().join("tidak-ada.ron");
    type_into(
        &mut ui,
        Role::TextInput,
        "Mapping file",
        &missing.display().to_string(),
    );
    click_button(&mut ui, "Load");
    ui.get_by_label_contains("there is no mapping file");

    type_into(
        &mut ui,
        Role::TextInput,
        "Mapping file",
        &chosen.display().to_string(),
    );
    click_button(&mut ui, "Load");
    let Some(Modal::ImportQdpx(import)) = &ui.state().modal else {
        panic!("the mapping step")
    };
    assert!(import.mapping_error.is_none());
    click_button(&mut ui, "Import");

    let project = &ui.state().doc.project;
    let commitment = project
        .evidence
        .iter()
        .skip(notes_before)
        .filter(|n| n.indicators == [IndicatorId::new("commitment")])
        .count();
    assert_eq!(commitment, 2, "the two passages coded Akademisi");
    let saved = std::fs::read_to_string(&chosen).expect("the chosen file");
    assert!(saved.contains("Tag(\"Pemerintah\")"), "{saved}");
    assert!(
        !dir.path()
            .join("qualcoder-sample.qdpx-mapping.ron")
            .exists()
    );
}
