//! Coding a source's text in the reader, driven as a user drives it: opening
//! the text, dragging over words, coding them, correcting the text, and
//! finding a quote's passage again from the chart.

use crate::ui_support::{Ui, click_button, example, go_to};
use egui::accesskit::Role;
use egui::{Modifiers, PointerButton};
use egui_kittest::kittest::Queryable;
use sinergi::model::passage;

fn open_reader(ui: &mut Ui) {
    go_to(ui, "Sources & Evidence");
    click_button(ui, "Source text");
}

/// Presses at `from`, drags to `to` over a few frames, and lets go.
fn drag(ui: &mut Ui, from: egui::Pos2, to: egui::Pos2) {
    ui.hover_at(from);
    ui.event(egui::Event::PointerButton {
        pos: from,
        button: PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    ui.run();
    for step in 1..=4 {
        let at = from + (to - from) * (step as f32 / 4.0);
        ui.hover_at(at);
        ui.run();
    }
    ui.event(egui::Event::PointerButton {
        pos: to,
        button: PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    ui.run();
}

#[test]
fn words_dragged_over_in_the_reader_become_an_anchored_note() {
    let mut ui = example();
    open_reader(&mut ui);
    let before = ui.state().doc.project.evidence.len();
    let text = ui
        .get_by_role_and_label(Role::Document, "Source text")
        .rect();
    // Across the first line of the first paragraph.
    let y = text.top() + 9.0;
    drag(
        &mut ui,
        egui::pos2(text.left() + 60.0, y),
        egui::pos2(text.left() + 300.0, y),
    );
    let selection = ui.state().panels.evidence.reader.selection;
    assert!(
        selection.is_some_and(|(a, b)| a != b),
        "dragging selects words: {selection:?}"
    );
    click_button(&mut ui, "Code selection");
    let project = &ui.state().doc.project;
    assert_eq!(project.evidence.len(), before + 1);
    let note = project.evidence.last().expect("a new note");
    let anchor = note.anchor.expect("anchored to the passage");
    let source = project.source(&note.source).expect("its source");
    assert_eq!(passage(&source.text, anchor), Some(note.excerpt.as_str()));
    assert_eq!(note.locator, "par. 1");
    assert_eq!(
        ui.state().panels.evidence.selected_note.as_ref(),
        Some(&note.id),
        "the new note opens beside the text"
    );
    // One undo takes it away again.
    ui.key_press_modifiers(Modifiers::COMMAND, egui::Key::Z);
    ui.run();
    assert_eq!(ui.state().doc.project.evidence.len(), before);
}

#[test]
fn show_in_source_from_the_chart_opens_the_reader_at_the_passage() {
    let mut ui = example();
    go_to(&mut ui, "Chart");
    ui.state_mut().panels.chart.focused = Some("network-structure".into());
    ui.run();
    ui.query_all_by_label("Show in source")
        .next()
        .expect("a quote of a text")
        .click();
    ui.run();
    let state = ui.state();
    let note_id = state.panels.evidence.selected_note.clone().expect("a note");
    let note = state.doc.note(&note_id).expect("exists");
    let anchor = note.anchor.expect("anchored");
    assert_eq!(
        state.panels.evidence.reader.selection,
        Some((anchor.start, anchor.end)),
        "the passage is selected in the reader"
    );
    assert!(
        ui.query_by_role_and_label(Role::Document, "Source text")
            .is_some()
    );
}

#[test]
fn correcting_the_text_keeps_every_note_on_its_passage() {
    let mut ui = example();
    // A word changed in the transcript's first question, before every passage.
    let project = ui.state().doc.project.clone();
    let source = project
        .sources
        .iter()
        .find(|s| s.id.as_str() == "w-disperindag")
        .expect("the interview")
        .clone();
    let mut edited = source.clone();
    edited.text = edited.text.replacen("Selamat pagi", "Selamat siang", 1);
    ui.state_mut().apply_edits(vec![(
        sinergi::document::Edit::Put(sinergi::document::Item::Source(edited)),
        None,
    )]);
    let project = &ui.state().doc.project;
    let text = &project.source(&source.id).expect("source").text;
    for note in project.evidence.iter().filter(|n| n.source == source.id) {
        let anchor = note
            .anchor
            .expect("the sample's notes of this text are anchored");
        assert_eq!(
            passage(text, anchor),
            Some(note.excerpt.as_str()),
            "{}",
            note.id
        );
    }
    assert!(ui.state().doc.broken_anchors().is_empty());
}

#[test]
fn switching_the_text_puts_away_the_note_of_the_previous_one() {
    let mut ui = example();
    open_reader(&mut ui);
    let project = ui.state().doc.project.clone();
    let note = project
        .evidence
        .iter()
        .find(|n| n.anchor.is_some())
        .expect("an anchored note")
        .clone();
    let other = project
        .sources
        .iter()
        .find(|s| s.id != note.source && !s.text.is_empty())
        .expect("another text")
        .id
        .clone();
    ui.state_mut().panels.evidence.show_in_source(&note);
    ui.run();
    assert_eq!(
        ui.state().panels.evidence.selected_note.as_ref(),
        Some(&note.id)
    );
    ui.state_mut().panels.evidence.reader.source = Some(other);
    ui.run();
    assert_eq!(ui.state().panels.evidence.selected_note, None);
}
