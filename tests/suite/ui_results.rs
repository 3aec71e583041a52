//! Results as the student carries them off: the evidence matrices with their
//! notes, the comparison of two assessments beside the chart, and the chart
//! and the tables on the clipboard.

use crate::ui_support::{click_button, example, go_to, shortcut, shows};
use egui::accesskit::Role;
use egui::{Key, Modifiers, OutputCommand};
use egui_kittest::kittest::Queryable;
use sinergi::analysis::{CoverageMatrix, MatrixColumns, StanceMatrix};
use sinergi::model::AssessmentId;

/// What the last frame put on the clipboard.
fn copied(ui: &crate::ui_support::Ui) -> Vec<OutputCommand> {
    ui.output()
        .platform_output
        .commands
        .iter()
        .filter(|c| matches!(c, OutputCommand::CopyText(_) | OutputCommand::CopyImage(_)))
        .cloned()
        .collect()
}

#[test]
fn a_matrix_cell_lists_its_notes_and_opens_one() {
    let mut ui = example();
    go_to(&mut ui, "Sources & Evidence");
    click_button(&mut ui, "Evidence matrices");
    assert!(shows(
        &ui,
        "Indicators × sectors: notes that support / challenge"
    ));
    assert!(shows(&ui, "Government"));

    let project = ui.state().doc.project.clone();
    let matrix = StanceMatrix::build(&project, MatrixColumns::Sector);
    let cell = matrix.cell(0, 0).expect("a cell");
    assert!(
        !cell.notes.is_empty(),
        "the sample has government notes on the first indicator"
    );
    let label = format!(
        "{} / {}",
        cell.count(sinergi::model::Stance::Supports),
        cell.count(sinergi::model::Stance::Challenges)
    );
    ui.get_all_by_label(&label)
        .next()
        .expect("the cell")
        .click();
    ui.run();
    let first = &project.evidence[cell.notes[0]];
    ui.get_by_label(first.id.as_str()).click();
    ui.run();
    let evidence = &ui.state().panels.evidence;
    assert_eq!(evidence.selected_note.as_ref(), Some(&first.id));

    // Actors as columns instead of sectors.
    click_button(&mut ui, "Evidence matrices");
    ui.get_by_role_and_label(Role::RadioButton, "Actors")
        .click();
    ui.run();
    assert!(shows(&ui, "Disperindag"));
    let coverage = CoverageMatrix::build(&project);
    assert_eq!(coverage.kinds.len(), 6);
    assert!(shows(&ui, "Indicators × kinds of source: notes (sources)"));
}

#[test]
fn a_matrix_copies_as_tab_separated_text() {
    let mut ui = example();
    go_to(&mut ui, "Sources & Evidence");
    click_button(&mut ui, "Evidence matrices");
    ui.get_all_by_label("Copy table")
        .next()
        .expect("copy")
        .click();
    ui.step();
    let commands = copied(&ui);
    let Some(OutputCommand::CopyText(text)) = commands.first() else {
        panic!("nothing copied: {commands:?}");
    };
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 1 + 8, "a header and one row per indicator");
    assert!(lines[0].starts_with("Indicator\t"));
    assert!(lines[1].split('\t').count() >= 2);
}

#[test]
fn two_assessments_are_compared_beside_the_chart() {
    let mut ui = example();
    // The sample's own member check is hidden: the chart compares two.
    let member_check = ui.state().doc.project.assessments[1].id.clone();
    ui.state_mut().panels.chart.hidden.push(member_check);
    let mut second = ui.state().doc.project.assessments[0].clone();
    second.id = AssessmentId::new("member-check");
    second.label = "Member check".into();
    for entry in &mut second.scores {
        entry.score = entry.score.map(|s| (s - 2.0).max(1.0));
    }
    ui.state_mut().doc.apply(vec![(
        sinergi::document::Edit::Put(sinergi::document::Item::Assessment(second)),
        None,
    )]);
    go_to(&mut ui, "Chart");
    assert!(shows(&ui, "The assessments compared"));
    assert!(shows(&ui, "Difference"));
    assert!(
        ui.query_all_by_label_contains("⚠ −2").next().is_some(),
        "a two-level difference is flagged"
    );
    ui.get_all_by_label("Copy table")
        .next()
        .expect("copy")
        .click();
    ui.step();
    let commands = copied(&ui);
    let Some(OutputCommand::CopyText(text)) = commands.first() else {
        panic!("nothing copied: {commands:?}");
    };
    assert!(text.contains("Member check"));
    assert!(text.contains("(large)"));

    // A click on an indicator opens every assessment's score and reasons.
    ui.get_by_role_and_label(Role::Link, "Trust among the participants")
        .click();
    ui.run();
    assert!(ui.state().panels.chart.focused.is_some());
    assert!(shows(&ui, "Member check"));
}

#[test]
fn the_chart_goes_to_the_clipboard_from_the_menu_the_panel_and_the_slide() {
    let mut ui = example();
    go_to(&mut ui, "Chart");
    // The Edit menu's item carries its shortcut in its name.
    crate::ui_support::menu_item(&ui, "Edit").click();
    ui.run();
    ui.get_by_label_contains("Ctrl+Shift+C").click();
    ui.run();
    let image = |ui: &crate::ui_support::Ui| {
        copied(ui).into_iter().find_map(|c| match c {
            OutputCommand::CopyImage(image) => Some(image.size),
            _ => None,
        })
    };
    assert!(
        ui.query_all_by_label_contains("Chart copied")
            .next()
            .is_some()
    );

    ui.get_all_by_role_and_label(Role::Button, "Copy chart")
        .last()
        .expect("the chart's button")
        .click();
    ui.step();
    assert_eq!(image(&ui), Some([1920, 1080]));

    shortcut(&mut ui, Modifiers::COMMAND | Modifiers::SHIFT, Key::C);
    assert!(
        ui.query_all_by_label_contains("Chart copied")
            .next()
            .is_some()
    );

    // On the slide, Ctrl+C copies what it shows: first the network, then,
    // on an indicator's slide, the chart.
    shortcut(&mut ui, Modifiers::NONE, Key::F5);
    assert!(ui.state().presentation.is_some());
    ui.state_mut().status.clear();
    ui.key_press_modifiers(Modifiers::COMMAND, Key::C);
    ui.step();
    assert!(
        ui.state()
            .status
            .starts_with("Network diagram copied as a 1920×1080 picture"),
        "{}",
        ui.state().status
    );
    ui.key_press(Key::ArrowRight);
    ui.run();
    ui.state_mut().status.clear();
    ui.key_press_modifiers(Modifiers::COMMAND, Key::C);
    ui.step();
    assert!(ui.state().status.starts_with("Chart copied"));
    assert!(ui.state().presentation.is_some(), "still presenting");
}

#[test]
fn a_project_built_from_empty_in_the_window_exports_its_word_chapter() {
    let mut ui = crate::ui_support::empty_project();
    go_to(&mut ui, "Actors");
    click_button(&mut ui, "Add actor");
    crate::ui_support::type_into(&mut ui, Role::TextInput, "Name", "Dinas Koperasi");
    go_to(&mut ui, "Assessment");
    click_button(&mut ui, "Add assessment");
    ui.get_all_by_role_and_label(Role::Button, "4")
        .next()
        .expect("a 4 button")
        .click();
    ui.run();
    go_to(&mut ui, "Findings");
    click_button(&mut ui, "Add supporting factor");
    crate::ui_support::type_into(&mut ui, Role::TextInput, "Title", "Dana tersedia");

    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bab.docx");
    crate::ui_support::menu(&mut ui, &["File", "Export Word chapter (.docx)…"]);
    click_button(&mut ui, "Choose file…");
    crate::ui_support::type_into(
        &mut ui,
        Role::TextInput,
        "File path",
        &path.display().to_string(),
    );
    click_button(&mut ui, "OK");
    let bytes = std::fs::read(&path).expect("the chapter was written");
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    let media = archive
        .file_names()
        .filter(|n| n.starts_with("word/media/") && n.ends_with(".png"))
        .count();
    assert_eq!(media, 1, "the chart is in it");
    let mut document = String::new();
    std::io::Read::read_to_string(
        &mut archive.by_name("word/document.xml").expect("document"),
        &mut document,
    )
    .expect("XML");
    assert!(document.contains("Dinas Koperasi"));
    assert!(document.contains("Dana tersedia"));
    assert!(document.contains("4 — Strong") || document.contains("4 — Kuat"));
}
