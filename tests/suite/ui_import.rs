//! "Import text…" in the window, as a user does it: from the Sources tab (the
//! file dialog is a path field in tests), the files listed with the kind
//! asked, the sources added with their text as one undo step; a document that
//! fails is named and nothing is added.

use crate::ui_support::{
    Ui, click_button, empty_project, go_to, menu, shortcut, shows, type_into, workbench,
};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(name)
}

/// Clicks "Import" and runs frames until the documents are read in the
/// background. Frames are stepped one by one: the reader thread asks for a
/// repaint when it is done, at a moment no test can foresee.
fn import_and_wait(ui: &mut Ui) {
    ui.get_by_role_and_label(Role::Button, "Import").click();
    for _ in 0..1000 {
        ui.step();
        if !ui.state().text_import_running() {
            ui.run_steps(4);
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
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
    let mut ui = empty_project();
    go_to(&mut ui, "Sources & Evidence");
    click_button(&mut ui, "Sources");
    click_button(&mut ui, "Import text…");
    choose(&mut ui, &fixture("interview.docx"));

    assert!(shows(
        &ui,
        "1 file becomes a new source holding its full text:"
    ));
    assert!(shows(&ui, "• interview.docx → Interview"));
    // The kind: by format (interview for a .docx) unless chosen.
    let kind = ui
        .get_by_role_and_label(Role::ComboBox, "Kind of source")
        .value()
        .unwrap_or_default();
    assert_eq!(kind, "By file name, then format (PDF: document)");
    import_and_wait(&mut ui);

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
    import_and_wait(&mut ui);

    assert!(shows(&ui, "The text was not imported"));
    let reason = ui
        .get_by_label_contains("scanned.pdf")
        .value()
        .unwrap_or_default();
    assert!(reason.to_lowercase().contains("text"), "{reason}");
    assert_eq!(ui.state().doc.project.sources.len(), before);
    assert_eq!(ui.state().doc.revision(), revision);
}

/// Presses at `from`, drags to `to` over a few frames, and lets go.
fn drag(ui: &mut Ui, from: egui::Pos2, to: egui::Pos2) {
    ui.hover_at(from);
    ui.event(egui::Event::PointerButton {
        pos: from,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    ui.run();
    for step in 1..=4 {
        ui.hover_at(from + (to - from) * (step as f32 / 4.0));
        ui.run();
    }
    ui.event(egui::Event::PointerButton {
        pos: to,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    ui.run();
}

/// Every note of the project that is anchored still quotes its passage.
fn every_anchor_holds(project: &sinergi::model::Project) -> usize {
    let mut anchored = 0;
    for note in &project.evidence {
        if let Some(anchor) = note.anchor {
            let text = &project.source(&note.source).expect("its source").text;
            assert_eq!(
                sinergi::model::passage(text, anchor),
                Some(note.excerpt.as_str()),
                "{}",
                note.id
            );
            anchored += 1;
        }
    }
    anchored
}

/// The "done when", in one go: a .docx interview and a .pdf document
/// imported from the window, six passages coded by dragging over them, a name
/// anonymised in the transcript, "show in source" from the chart, and all of it
/// still there after saving and opening the file again.
#[test]
fn imported_texts_coded_by_selection_survive_an_edit_a_save_and_a_reopen() {
    let mut ui = empty_project();
    menu(&mut ui, &["File", "Import text…"]);
    choose(&mut ui, &fixture("interview.docx"));
    import_and_wait(&mut ui);
    // Now on the Sources tab, which has the same button.
    click_button(&mut ui, "Import text…");
    choose(&mut ui, &fixture("document.pdf"));
    import_and_wait(&mut ui);
    let sources = ui.state().doc.project.sources.clone();
    assert_eq!(sources.len(), 2);
    assert_eq!(sources[1].kind, sinergi::model::SourceKind::Document);

    // The interview, in the reader: drag along its lines until six notes are made.
    ui.state_mut().panels.evidence.selected_source = Some(sources[0].id.clone());
    ui.run();
    click_button(&mut ui, "Read and code its text");
    let text = ui
        .get_by_role_and_label(Role::Document, "Source text")
        .rect();
    for line in 0..30 {
        if ui.state().doc.project.evidence.len() == 6 {
            break;
        }
        let y = text.top() + 9.0 + 19.0 * line as f32;
        drag(
            &mut ui,
            egui::pos2(text.left() + 20.0, y),
            egui::pos2(text.right() - 10.0, y),
        );
        let selected = ui.state().panels.evidence.reader.selection;
        if selected.is_some_and(|(a, b)| a != b) {
            click_button(&mut ui, "Code selection");
        }
    }
    assert_eq!(ui.state().doc.project.evidence.len(), 6);
    assert_eq!(every_anchor_holds(&ui.state().doc.project), 6);

    // Anonymising the interviewer's name moves every anchor with the text.
    let mut edited = ui.state().doc.project.sources[0].clone();
    assert!(edited.text.contains("Siti Rahayu"));
    edited.text = edited.text.replace("Siti Rahayu", "Peneliti A");
    ui.state_mut().apply_edits(vec![(
        sinergi::document::Edit::Put(sinergi::document::Item::Source(edited)),
        None,
    )]);
    assert_eq!(every_anchor_holds(&ui.state().doc.project), 6);
    assert!(ui.state().doc.broken_anchors().is_empty());
    assert!(
        ui.state()
            .doc
            .project
            .evidence
            .iter()
            .any(|note| note.excerpt.contains("Peneliti A")),
        "the quote of the anonymised line follows the text"
    );

    // One note speaks to the first indicator: the chart shows it, and "show in
    // source" lands on its passage.
    let mut note = ui.state().doc.project.evidence[0].clone();
    let indicator = ui.state().doc.project.framework.indicators[0].id.clone();
    note.indicators = vec![indicator.clone()];
    ui.state_mut().apply_edits(vec![(
        sinergi::document::Edit::Put(sinergi::document::Item::Note(note.clone())),
        None,
    )]);
    go_to(&mut ui, "Assessment");
    click_button(&mut ui, "Add assessment");
    go_to(&mut ui, "Chart");
    ui.state_mut().panels.chart.focused = Some(indicator.clone());
    ui.run();
    ui.query_all_by_label("Show in source")
        .next()
        .expect("the quote offers its source")
        .click();
    ui.run();
    let anchor = note.anchor.expect("anchored");
    assert_eq!(
        ui.state().panels.evidence.reader.selection,
        Some((anchor.start, anchor.end))
    );

    // Saved and opened again: the texts, the notes and their passages.
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("desa.ron");
    assert!(ui.state_mut().save_to(&file));
    let saved = ui.state().doc.project.clone();
    let mut again = workbench();
    assert!(again.state_mut().open_path(&file));
    again.run();
    let reopened = &again.state().doc.project;
    assert_eq!(reopened.sources, saved.sources);
    assert_eq!(reopened.evidence, saved.evidence);
    assert_eq!(every_anchor_holds(reopened), 6);
}

#[test]
fn the_typed_path_field_takes_the_keyboard_when_it_opens() {
    let mut ui = workbench();
    click_button(&mut ui, "New project");
    click_button(&mut ui, "Create project");
    menu(&mut ui, &["File", "Import text…"]);
    // Typed straight away, no click in the field first.
    ui.event(egui::Event::Text(
        fixture("plain.txt").display().to_string(),
    ));
    ui.run();
    ui.key_press(Key::Enter);
    ui.run();
    assert!(shows(
        &ui,
        "1 file becomes a new source holding its full text:"
    ));
}
