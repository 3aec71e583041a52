//! "Import text…" in the window, as a user does it: from the Sources tab (the
//! file dialog is a path field in tests), the files listed with the kind
//! asked, the sources added with their text as one undo step; a document that
//! fails is named and nothing is added.

use crate::ui_support::{Ui, click_button, go_to, menu, shortcut, shows, type_into, workbench};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name)
}

/// Runs frames until the documents are read in the background.
fn wait_for_import(ui: &mut Ui) {
    for _ in 0..400 {
        ui.run();
        if ui.state().text_import_running() {
            std::thread::sleep(std::time::Duration::from_millis(10));
        } else {
            return;
        }
    }
    panic!("the import never finished");
}

/// Chooses `file` through the path field that stands in for the file dialog.
fn choose(ui: &mut Ui, file: &Path) {
    type_into(
        ui,
        Role::TextInput,
        "File path",
        &file.display().to_string(),
    );
    click_button(ui, "OK");
}

#[test]
fn a_transcript_imported_from_the_sources_tab_becomes_a_source_with_its_text() {
    let mut ui = workbench();
    click_button(&mut ui, "New project");
    go_to(&mut ui, "Sources & Evidence");
    click_button(&mut ui, "Sources");
    click_button(&mut ui, "Import text…");
    choose(&mut ui, &fixture("interview.docx"));

    assert!(shows(
        &ui,
        "1 file becomes a new source holding its full text:"
    ));
    assert!(shows(&ui, "• interview.docx"));
    // The kind: by format (interview for a .docx) unless chosen.
    let kind = ui
        .get_by_role_and_label(Role::ComboBox, "Kind of source")
        .value()
        .unwrap_or_default();
    assert_eq!(kind, "By format (interview; PDF: document)");
    click_button(&mut ui, "Import");
    wait_for_import(&mut ui);

    let expected = std::fs::read_to_string(fixture("interview.expected.txt")).expect("expected");
    let project = &ui.state().doc.project;
    assert_eq!(project.sources.len(), 1);
    let source = &project.sources[0];
    assert_eq!(source.text, expected);
    assert_eq!(source.reference, "interview.docx");
    assert_eq!(source.kind, sinergi::model::SourceKind::Interview);
    assert!(shows(&ui, "1 source imported with its text"));
    // The new source is selected, its editor open.
    assert_eq!(
        ui.state().panels.evidence.selected_source.as_ref(),
        Some(&source.id)
    );

    // One undo removes the import.
    shortcut(&mut ui, Modifiers::COMMAND, Key::Z);
    assert!(ui.state().doc.project.sources.is_empty());
}

#[test]
fn a_scanned_pdf_is_named_with_what_to_do_and_nothing_is_added() {
    let mut ui = workbench();
    click_button(&mut ui, "Open the example: Kotagede silver craft");
    let before = ui.state().doc.project.sources.len();
    let revision = ui.state().doc.revision();
    menu(&mut ui, &["File", "Import text…"]);
    choose(&mut ui, &fixture("scanned.pdf"));
    click_button(&mut ui, "Import");
    wait_for_import(&mut ui);

    assert!(shows(&ui, "The text was not imported"));
    let reason = ui
        .get_by_label_contains("scanned.pdf")
        .value()
        .unwrap_or_default();
    assert!(reason.to_lowercase().contains("text"), "{reason}");
    assert_eq!(ui.state().doc.project.sources.len(), before);
    assert_eq!(ui.state().doc.revision(), revision);
}
