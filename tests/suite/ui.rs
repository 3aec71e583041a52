//! The workbench driven as a user drives it: clicks and typing through the
//! accessible labels (`egui_kittest`, no GPU). Every `run()` also checks that each
//! visible input widget has an accessible name.

use crate::ui_support::{
    Ui, click_button, click_row, empty_project, example, go_to, menu, overview_triangulation,
    shortcut, shows, title, type_into, workbench,
};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use sinergi::model::{ActorId, IndicatorId, Lang};
use sinergi::ui::{EXAMPLE_RON, Modal, Preferences, SinergiApp};
use std::path::Path;

#[test]
fn the_start_screen_offers_new_open_and_the_example_which_opens_unsaved_on_the_overview() {
    let mut ui = workbench();
    assert!(ui.state().start_screen);
    for label in [
        "New project",
        "Open a project…",
        "Open the example: Kotagede silver craft",
    ] {
        ui.get_by_role_and_label(Role::Button, label);
    }
    // No navigation before a project is open.
    assert!(ui.query_by_role_and_label(Role::Button, "Actors").is_none());

    click_button(&mut ui, "Open the example: Kotagede silver craft");

    assert!(!ui.state().start_screen);
    for section in [
        "Overview",
        "Actors",
        "Activities & Roles",
        "Sources & Evidence",
        "Assessment",
        "Findings",
        "Chart",
    ] {
        ui.get_by_role_and_label(Role::Button, section);
    }
    // The Overview: the study's metadata and the triangulation summary.
    assert_eq!(
        ui.get_by_role_and_label(Role::TextInput, "Location")
            .value()
            .as_deref(),
        Some("Kecamatan Kotagede, Kota Yogyakarta, Daerah Istimewa Yogyakarta")
    );
    assert!(
        ui.query_all_by_label_contains("Triangulation — ")
            .next()
            .is_some()
    );
    assert!(ui.state().doc.project.actors.len() >= 5);
    // A template: not saved anywhere yet, so it counts as unsaved.
    assert!(ui.state().doc.is_dirty());
    assert_eq!(title(&ui), "Untitled* — Sinergi");
    assert!(shows(&ui, "Unsaved changes"), "the status bar says so");
    assert!(shows(&ui, "Not saved to a file yet"));
}

#[test]
fn an_actor_added_through_the_ui_appears_in_the_table() {
    let mut ui = example();
    let before = ui.state().doc.project.actors.len();
    go_to(&mut ui, "Actors");
    click_button(&mut ui, "Add actor");

    // The new actor is selected, its editor open on its default name.
    assert_eq!(ui.state().doc.project.actors.len(), before + 1);
    assert_eq!(
        ui.get_by_role_and_label(Role::TextInput, "Name")
            .value()
            .as_deref(),
        Some("New actor")
    );
    type_into(&mut ui, Role::TextInput, "Name", "Paguyuban Perak Kotagede");

    // The table row shows the name as typed.
    ui.get_by_label("Paguyuban Perak Kotagede");
    assert!(!shows(&ui, "New actor"));
    let actors = &ui.state().doc.project.actors;
    assert_eq!(actors.len(), before + 1);
    assert_eq!(
        actors.last().map(|a| a.name.as_str()),
        Some("Paguyuban Perak Kotagede")
    );
    let p = &ui.state().doc.project;
    let status = format!(
        "Actors: {} · Sources: {} · Notes: {} · Assessments: {}",
        before + 1,
        p.sources.len(),
        p.evidence.len(),
        p.assessments.len()
    );
    assert!(shows(&ui, &status), "the status bar counts it: {status}");
}

#[test]
fn linking_a_note_to_an_indicator_changes_its_triangulation() {
    let mut ui = empty_project();
    let trust = "Trust among the participants";
    assert_eq!(overview_triangulation(&ui, trust), "• No evidence");

    go_to(&mut ui, "Sources & Evidence");
    // No note without a source.
    assert!(
        ui.get_by_role_and_label(Role::Button, "Add evidence note")
            .accesskit_node()
            .is_disabled()
    );
    click_button(&mut ui, "Sources");
    click_button(&mut ui, "Add source");
    assert_eq!(ui.state().doc.project.sources.len(), 1);
    ui.get_by_label("New source");

    click_button(&mut ui, "Evidence notes");
    click_button(&mut ui, "Add evidence note");
    assert_eq!(ui.state().doc.project.evidence.len(), 1);
    let checkbox = ui.get_by_role_and_label(Role::CheckBox, trust);
    checkbox.click();
    ui.run();
    let note = &ui.state().doc.project.evidence[0];
    assert_eq!(note.indicators, vec![IndicatorId::new("trust")]);
    // The strip over the notes counts it.
    ui.get_by_label_contains(&format!("{trust} (1)"));

    go_to(&mut ui, "Overview");
    assert_eq!(overview_triangulation(&ui, trust), "• One source");
    assert_eq!(overview_triangulation(&ui, "Governance"), "• No evidence");
}

#[test]
fn clicking_a_score_sets_it_and_names_its_level() {
    let mut ui = empty_project();
    go_to(&mut ui, "Assessment");
    let before = ui.state().doc.project.assessments.len();
    click_button(&mut ui, "Add assessment");
    let project = &ui.state().doc.project;
    assert_eq!(project.assessments.len(), before + 1);
    let label = project.assessments[before].label.clone();
    assert_eq!(label, format!("Assessment {}", before + 1));
    assert!(!shows(&ui, "Strong"));

    // The first indicator's row is at the top; its "4" is the first one.
    let four = ui
        .get_all_by_role_and_label(Role::Button, "4")
        .next()
        .expect("a 4 button");
    four.click();
    ui.run();

    let project = &ui.state().doc.project;
    let first = project.framework.indicators[0].id.clone();
    let added = &project.assessments[before];
    assert_eq!(added.score_for(&first).and_then(|s| s.score), Some(4.0));
    assert!(
        project.assessments[..before]
            .iter()
            .all(|a| a.score_for(&first).and_then(|s| s.score).is_none()),
        "only the assessment being edited changed"
    );
    ui.get_by_label("Strong");
}

#[test]
fn undo_and_redo_by_shortcut_and_menu_and_undo_to_the_saved_state_clears_the_marker() {
    let mut ui = empty_project();
    assert_eq!(title(&ui), "Untitled — Sinergi");
    go_to(&mut ui, "Actors");
    click_button(&mut ui, "Add actor");
    assert_eq!(ui.state().doc.project.actors.len(), 1);
    assert_eq!(title(&ui), "Untitled* — Sinergi");
    assert!(ui.state().doc.is_dirty());

    // The new actor's name field has the keyboard, its default text selected;
    // Escape leaves it, and with no text field focused the project's undo applies.
    assert!(
        ui.get_by_role_and_label(Role::TextInput, "Name")
            .is_focused()
    );
    shortcut(&mut ui, Modifiers::NONE, Key::Escape);
    assert!(!ui.ctx.memory(|m| m.focused().is_some()));
    shortcut(&mut ui, Modifiers::COMMAND, Key::Z);
    assert!(ui.state().doc.project.actors.is_empty());
    assert_eq!(title(&ui), "Untitled — Sinergi", "back at the saved state");
    assert!(!shows(&ui, "Unsaved changes"));

    shortcut(&mut ui, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert_eq!(ui.state().doc.project.actors.len(), 1);
    assert_eq!(title(&ui), "Untitled* — Sinergi");

    shortcut(&mut ui, Modifiers::COMMAND, Key::Z);
    assert!(ui.state().doc.project.actors.is_empty());
    shortcut(&mut ui, Modifiers::COMMAND, Key::Y);
    assert_eq!(ui.state().doc.project.actors.len(), 1);

    // The Edit menu does the same, and shows the shortcuts beside its items.
    menu(&mut ui, &["Edit"]);
    ui.get_by_role_and_label(Role::Button, "Undo Ctrl+Z");
    ui.get_by_role_and_label(Role::Button, "Redo Ctrl+Shift+Z");
    menu(&mut ui, &["Undo"]);
    assert!(ui.state().doc.project.actors.is_empty());
    assert!(!ui.state().doc.is_dirty());
    menu(&mut ui, &["Edit", "Redo"]);
    assert_eq!(ui.state().doc.project.actors.len(), 1);
    assert!(ui.state().doc.is_dirty());
}

#[test]
fn undo_while_typing_in_a_field_undoes_the_typing_as_one_step() {
    let mut ui = empty_project();
    go_to(&mut ui, "Actors");
    click_button(&mut ui, "Add actor");
    type_into(&mut ui, Role::TextInput, "Name", "Pengrajin");
    assert_eq!(ui.state().doc.project.actors[0].name, "Pengrajin");
    assert!(
        ui.get_by_role_and_label(Role::TextInput, "Name")
            .is_focused()
    );

    shortcut(&mut ui, Modifiers::COMMAND, Key::Z);
    // The whole typing is one step; the actor itself stays.
    assert_eq!(ui.state().doc.project.actors.len(), 1);
    assert_eq!(ui.state().doc.project.actors[0].name, "New actor");
    assert_eq!(
        ui.get_by_role_and_label(Role::TextInput, "Name")
            .value()
            .as_deref(),
        Some("New actor"),
        "the field shows the undone text"
    );

    shortcut(&mut ui, Modifiers::COMMAND, Key::Y);
    assert_eq!(ui.state().doc.project.actors[0].name, "Pengrajin");
    assert_eq!(
        ui.get_by_role_and_label(Role::TextInput, "Name")
            .value()
            .as_deref(),
        Some("Pengrajin")
    );
}

#[test]
fn switching_the_language_relabels_the_workbench() {
    let mut ui = example();
    menu(&mut ui, &["View", "Language", "Bahasa Indonesia"]);
    assert_eq!(ui.state().lang, Lang::Id);
    assert_eq!(
        ui.state().prefs.lang,
        Some(Lang::Id),
        "remembered for the next run"
    );

    let indonesian = [
        "Ringkasan",
        "Aktor",
        "Kegiatan & Peran",
        "Sumber & Bukti",
        "Penilaian",
        "Temuan",
        "Grafik",
    ];
    for section in indonesian {
        ui.get_by_role_and_label(Role::Button, section);
    }
    for english in [
        "Overview",
        "Actors",
        "Activities & Roles",
        "Sources & Evidence",
        "Findings",
        "Chart",
    ] {
        assert!(
            ui.query_by_role_and_label(Role::Button, english).is_none(),
            "{english} is still shown"
        );
    }
    for menu_title in ["Berkas", "Sunting", "Tampilan", "Bantuan"] {
        ui.get_by_role_and_label(Role::Button, menu_title);
    }
    // Framework names and triangulation statuses follow the language too.
    ui.get_by_role_and_label(Role::Link, "Kepercayaan antarpelaku");
    assert!(
        ui.query_by_role_and_label(Role::Link, "Trust among the participants")
            .is_none()
    );
    assert!(
        ui.query_all_by_label_contains("Beberapa jenis sumber")
            .next()
            .is_some()
    );
    assert_eq!(title(&ui), "Tanpa judul* — Sinergi");

    go_to(&mut ui, "Aktor");
    ui.get_by_role_and_label(Role::Button, "Tambah aktor");
    ui.get_by_role_and_label(Role::TextInput, "Cari");

    // And back.
    menu(&mut ui, &["Tampilan", "Bahasa", "English"]);
    ui.get_by_role_and_label(Role::Button, "Add actor");
    assert!(
        ui.query_by_role_and_label(Role::Button, "Tambah aktor")
            .is_none()
    );
}

#[test]
fn new_with_unsaved_changes_asks_first_and_cancel_keeps_the_project() {
    let mut ui = example();
    let project = ui.state().doc.project.clone();

    menu(&mut ui, &["File", "New"]);
    assert!(matches!(ui.state().modal, Some(Modal::Unsaved(_))));
    ui.get_by_label("Save changes?");
    ui.get_by_label("This project has changes that are not saved.");
    for answer in ["Save", "Don't save", "Cancel"] {
        ui.get_by_role_and_label(Role::Button, answer);
    }

    click_button(&mut ui, "Cancel");
    assert!(ui.state().modal.is_none());
    assert!(ui.query_by_label("Save changes?").is_none());
    assert_eq!(ui.state().doc.project, project, "Cancel keeps the project");
    assert!(ui.state().doc.is_dirty());

    // The shortcut asks the same question; "Don't save" starts an empty project.
    shortcut(&mut ui, Modifiers::COMMAND, Key::N);
    ui.get_by_label("Save changes?");
    click_button(&mut ui, "Don't save");
    click_button(&mut ui, "Create project");
    assert!(ui.state().modal.is_none());
    let project = &ui.state().doc.project;
    assert!(project.actors.is_empty() && project.sources.is_empty() && project.evidence.is_empty());
    assert!(!ui.state().doc.is_dirty());
    assert_eq!(title(&ui), "Untitled — Sinergi");
    assert!(shows(
        &ui,
        "Actors: 0 · Sources: 0 · Notes: 0 · Assessments: 0"
    ));
}

#[test]
fn new_without_changes_does_not_ask() {
    let mut ui = empty_project();
    menu(&mut ui, &["File", "New"]);
    // Straight to choosing the new project's framework.
    assert!(ui.query_by_label("Save changes?").is_none());
    ui.get_by_label("New project: choose the framework");
    click_button(&mut ui, "Cancel");
    assert!(ui.state().modal.is_none());
}

#[test]
fn a_file_that_fails_to_open_leaves_the_project_as_it_was() {
    let mut ui = example();
    let project = ui.state().doc.project.clone();

    // A missing file.
    let missing = Path::new("/nonexistent/x.ron");
    assert!(!ui.state_mut().open_path(missing));
    ui.run();
    ui.get_by_label("The file could not be opened");
    ui.get_by_label_contains("/nonexistent/x.ron: ");
    assert_eq!(ui.state().doc.project, project);
    click_button(&mut ui, "OK");
    assert!(ui.state().modal.is_none());

    // A file with a syntax error, chosen through File > Open… (no native dialog in
    // tests, so a path field is offered).
    let dir = tempfile::tempdir().expect("temp dir");
    let broken = dir.path().join("broken.ron");
    let mut lines: Vec<&str> = EXAMPLE_RON.lines().collect();
    assert!(lines[3].trim_start().starts_with("title:"), "{}", lines[3]);
    lines[3] = "        title: \"Kotagede\" oops,";
    std::fs::write(&broken, lines.join("\n")).expect("write");

    menu(&mut ui, &["File", "Open…"]);
    // The example is unsaved: first the question.
    ui.get_by_label("Save changes?");
    click_button(&mut ui, "Don't save");
    ui.get_by_label("File path");
    type_into(
        &mut ui,
        Role::TextInput,
        "File path",
        &broken.display().to_string(),
    );
    click_button(&mut ui, "OK");

    ui.get_by_label("The file could not be opened");
    let prefix = format!("{}:4:", broken.display());
    let line = ui
        .get_by_label_contains(&prefix)
        .value()
        .expect("the error line");
    let rest = line.strip_prefix(&prefix).expect("FILE:LINE:");
    let (column, message) = rest.split_once(": ").expect("COL: message");
    assert!(column.parse::<u32>().is_ok_and(|c| c > 1), "{line}");
    assert!(!message.trim().is_empty(), "{line}");

    assert_eq!(
        ui.state().doc.project,
        project,
        "the open project is untouched"
    );
    assert!(ui.state().doc.is_dirty(), "and still unsaved");
    click_button(&mut ui, "OK");
    assert!(ui.state().modal.is_none());
    assert_eq!(ui.state().doc.project, project);
}

#[test]
fn deleting_an_actor_that_roles_use_asks_and_leaves_nothing_dangling() {
    let mut ui = example();
    let id = ActorId::new("disperindag");
    let roles = ui
        .state()
        .doc
        .project
        .roles
        .iter()
        .filter(|r| r.actor == id)
        .count();
    assert!(roles > 0, "the example gives Disperindag roles");
    go_to(&mut ui, "Actors");
    click_row(
        &mut ui,
        "Dinas Perindustrian dan Perdagangan Kota Yogyakarta",
    );
    assert_eq!(ui.state().panels.actors.selected.as_ref(), Some(&id));

    let delete = ui.get_by_role_and_label(Role::Button, "Delete actor");
    delete.scroll_to_me();
    ui.run();
    click_button(&mut ui, "Delete actor");
    assert!(matches!(ui.state().modal, Some(Modal::ConfirmDelete(..))));
    ui.get_by_label("Delete?");
    ui.get_by_label_contains(&format!("{roles} roles will be deleted"));

    // Cancel first: nothing changes.
    click_button(&mut ui, "Cancel");
    assert!(ui.state().doc.project.actor(&id).is_some());

    ui.get_by_role_and_label(Role::Button, "Delete actor")
        .scroll_to_me();
    ui.run();
    click_button(&mut ui, "Delete actor");
    click_button(&mut ui, "Delete");
    assert!(ui.state().modal.is_none());
    let project = &ui.state().doc.project;
    assert!(project.actor(&id).is_none());
    assert!(
        project.roles.iter().all(|r| r.actor != id),
        "no role refers to it"
    );
    assert!(project.evidence.iter().all(|n| !n.actors.contains(&id)));
    assert!(
        project
            .sources
            .iter()
            .all(|s| s.actor.as_ref() != Some(&id))
    );
    assert!(project.validate().is_empty(), "{:?}", project.validate());
    assert!(
        ui.query_by_label("Dinas Perindustrian dan Perdagangan Kota Yogyakarta")
            .is_none()
    );
}

#[test]
fn every_section_of_the_example_names_its_input_widgets() {
    // `run()` checks accessibility each time the UI settles; this visits every
    // section, with an item selected so the editors are shown too.
    let mut ui = example();
    ui.check_accessibility();

    go_to(&mut ui, "Actors");
    click_row(&mut ui, "Disperindag");
    assert!(ui.state().panels.actors.selected.is_some());

    go_to(&mut ui, "Activities & Roles");
    let first_activity = ui.state().doc.project.activities[0].name.clone();
    ui.get_by_role_and_label(Role::Button, &first_activity)
        .click();
    ui.run();
    assert!(ui.state().panels.activities.selected_activity.is_some());
    let role_cell = ui.get_all_by_role(Role::Button).find(|b| {
        [
            "Facilitator",
            "Organiser",
            "Trainer",
            "Convener",
            "Participant / beneficiary",
            "Funder",
            "Regulator",
        ]
        .contains(&b.accesskit_node().label().unwrap_or_default().as_str())
    });
    role_cell.expect("a role in the matrix").click();
    ui.run();
    assert!(ui.state().panels.activities.selected_cell.is_some());

    go_to(&mut ui, "Sources & Evidence");
    click_row(&mut ui, "ev-01");
    assert!(ui.state().panels.evidence.selected_note.is_some());
    click_button(&mut ui, "Sources");
    let source = ui.state().doc.project.sources[0].title.clone();
    click_row(&mut ui, &source);
    assert!(ui.state().panels.evidence.selected_source.is_some());

    go_to(&mut ui, "Assessment");
    // The evidence a score rests on, with its checkboxes.
    ui.get_all_by_label_contains("Evidence cited: ")
        .next()
        .expect("an evidence header")
        .click();
    ui.run();
    assert!(ui.query_all_by_role(Role::CheckBox).next().is_some());

    go_to(&mut ui, "Findings");
    let finding = format!("1. {}", ui.state().doc.project.inhibiting_factors[0].title);
    ui.get_by_label(&finding).click();
    ui.run();
    assert!(ui.state().panels.findings.selected.is_some());

    go_to(&mut ui, "Chart");
    go_to(&mut ui, "Overview");

    // The menus, and the dialogs of the Help menu.
    for title in ["File", "Edit", "View", "Help"] {
        menu(&mut ui, &[title]);
        ui.key_press(Key::Escape);
        ui.run();
    }
    menu(&mut ui, &["Help", "Keyboard shortcuts"]);
    ui.get_by_label("Ctrl+Shift+Z / Ctrl+Y");
    click_button(&mut ui, "OK");
    menu(&mut ui, &["Help", "About Sinergi"]);
    click_button(&mut ui, "OK");
    assert!(ui.state().modal.is_none());
    ui.check_accessibility();
}

#[test]
fn clicking_the_text_of_a_table_row_selects_the_row() {
    let mut ui = example();
    go_to(&mut ui, "Actors");
    ui.get_by_label("Dinas Perindustrian dan Perdagangan Kota Yogyakarta")
        .click();
    ui.run();
    assert_eq!(
        ui.state().panels.actors.selected,
        Some(ActorId::new("disperindag"))
    );
}

/// Types `path` into the path field offered when no native file dialog exists, and confirms.
#[track_caller]
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

#[test]
fn saved_through_save_as_and_reopened_the_project_is_the_same() {
    let mut ui = example();
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("kotagede-study.ron");
    let project = ui.state().doc.project.clone();

    menu(&mut ui, &["File", "Save As…"]);
    // Save As proposes a full path whose name comes from the study title.
    let proposed = ui
        .get_by_role_and_label(Role::TextInput, "File path")
        .value()
        .unwrap_or_default();
    let proposed = Path::new(&proposed);
    let name = proposed
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    assert!(proposed.is_absolute(), "{}", proposed.display());
    assert!(
        name.ends_with(".sinergi") && name.starts_with("Collaborative-Governance"),
        "a new project is proposed with Sinergi's own extension: {name}"
    );
    answer_path_prompt(&mut ui, &file);
    assert!(file.exists());
    assert!(!ui.state().doc.is_dirty());
    assert_eq!(title(&ui), "kotagede-study.ron — Sinergi");
    assert!(
        shows(&ui, &file.display().to_string()),
        "the status bar shows the file"
    );
    assert!(shows(&ui, "Saved"));

    // An edit, then undo back to what is saved: the marker goes.
    go_to(&mut ui, "Actors");
    click_button(&mut ui, "Add actor");
    assert_eq!(title(&ui), "kotagede-study.ron* — Sinergi");
    shortcut(&mut ui, Modifiers::COMMAND, Key::Z);
    assert_eq!(title(&ui), "kotagede-study.ron — Sinergi");

    // Start afresh (nothing to ask), then open the file again.
    menu(&mut ui, &["File", "New"]);
    click_button(&mut ui, "Create project");
    assert!(ui.state().modal.is_none());
    assert!(ui.state().doc.project.actors.is_empty());
    menu(&mut ui, &["File", "Open…"]);
    answer_path_prompt(&mut ui, &file);
    assert!(ui.state().modal.is_none(), "{:?}", ui.state().modal);
    assert_eq!(ui.state().doc.project, project);
    assert_eq!(title(&ui), "kotagede-study.ron — Sinergi");
}

#[test]
fn save_in_the_unsaved_prompt_saves_first_then_starts_the_new_project() {
    let mut ui = example();
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("before-new.ron");
    let project = ui.state().doc.project.clone();

    menu(&mut ui, &["File", "New"]);
    click_button(&mut ui, "Save");
    // Never saved: Save asks where, then carries on with New.
    answer_path_prompt(&mut ui, &file);
    click_button(&mut ui, "Create project");
    assert!(ui.state().modal.is_none(), "{:?}", ui.state().modal);
    assert_eq!(sinergi::store::load(&file).expect("saved file"), project);
    assert!(
        ui.state().doc.project.actors.is_empty(),
        "the new project is open"
    );
    assert_eq!(title(&ui), "Untitled — Sinergi");
}

// ---------------------------------------------------------------------------
// Defence: the chart's evidence and presentation mode.

#[test]
fn clicking_an_indicator_on_the_chart_shows_its_scores_rationale_and_cited_quotes() {
    let mut ui = example();
    go_to(&mut ui, "Chart");
    assert!(shows(&ui, "Scores, sorted"));
    let trust = IndicatorId::new("trust");
    let (rationale, first_quote) = {
        let project = &ui.state().doc.project;
        let entry = project.assessments[0]
            .score_for(&trust)
            .expect("the sample scores trust");
        let note = project.note(&entry.evidence[0]).expect("cited note exists");
        (entry.rationale.clone(), note.excerpt.clone())
    };

    // The name is on the sorted scores and in the comparison of the sample's
    // two assessments; either opens the indicator.
    ui.get_all_by_label("Trust among the participants")
        .next()
        .expect("the indicator on the chart")
        .click();
    ui.run();

    assert!(shows(&ui, "Evidence cited for this score"));
    assert!(
        shows(&ui, &rationale),
        "the rationale is shown beside the chart"
    );
    assert!(
        ui.query_all_by_label_contains(&first_quote)
            .next()
            .is_some(),
        "the first cited quote is shown"
    );
    click_button(&mut ui, "All scores");
    assert!(shows(&ui, "Scores, sorted"));
}

#[test]
fn presentation_mode_steps_through_the_indicators_with_the_arrow_keys() {
    let mut ui = example();
    shortcut(&mut ui, Modifiers::NONE, Key::F5);
    assert!(ui.state().presentation.is_some());
    // The example records relations: the network slide comes first.
    assert!(shows(&ui, "Actor network · before the 8 indicators"));
    shortcut(&mut ui, Modifiers::NONE, Key::ArrowRight);
    assert!(shows(&ui, "Indicator 1 of 8"));
    assert!(shows(&ui, "Network structure"));
    // The workbench's navigation is gone: the slide fills the screen.
    assert!(ui.query_by_role_and_label(Role::Button, "Actors").is_none());

    shortcut(&mut ui, Modifiers::NONE, Key::ArrowRight);
    assert!(shows(&ui, "Indicator 2 of 8"));
    assert!(shows(&ui, "Commitment to a common purpose"));
    assert!(
        shows(&ui, "4 — Strong"),
        "the score is shown large with its level"
    );

    shortcut(&mut ui, Modifiers::NONE, Key::ArrowLeft);
    shortcut(&mut ui, Modifiers::NONE, Key::ArrowLeft);
    assert!(
        shows(&ui, "Actor network · before the 8 indicators"),
        "before the first indicator comes the network"
    );
    shortcut(&mut ui, Modifiers::NONE, Key::ArrowLeft);
    assert!(
        shows(&ui, "Indicator 8 of 8"),
        "stepping back from the first slide wraps to the last"
    );

    shortcut(&mut ui, Modifiers::NONE, Key::Escape);
    assert!(ui.state().presentation.is_none());
    ui.get_by_role_and_label(Role::Button, "Actors");
}

// ---------------------------------------------------------------------------
// Nothing lost: failed saves, files changed on disk, read-only files, recovery.

#[test]
fn a_failed_save_says_why_keeps_the_project_unsaved_and_offers_save_as() {
    let mut ui = example();
    let dir = tempfile::tempdir().expect("temp dir");
    let target = dir.path().join("no-such-folder").join("kotagede.ron");
    assert!(!ui.state_mut().save_to(&target));
    ui.run();
    assert!(shows(&ui, "The project could not be saved"));
    assert!(
        ui.query_all_by_label_contains("could not save")
            .next()
            .is_some()
    );
    assert!(shows(&ui, "Your changes are still here, not saved."));
    ui.get_by_role_and_label(Role::Button, "Save As…");
    assert!(ui.state().doc.is_dirty());
    assert!(!target.exists());
}

#[test]
fn saving_over_a_file_another_program_changed_asks_before_overwriting() {
    let mut ui = example();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("kotagede.ron");
    assert!(ui.state_mut().save_to(&path));
    ui.run();
    // Another program (a sync folder, a second copy of Sinergi) rewrites the file.
    let theirs = format!(
        "{}// edited elsewhere\n",
        std::fs::read_to_string(&path).expect("saved")
    );
    std::fs::write(&path, &theirs).expect("written");
    go_to(&mut ui, "Actors");
    click_button(&mut ui, "Add actor");

    shortcut(&mut ui, Modifiers::COMMAND, Key::S);
    assert!(shows(&ui, "The file changed on disk"));
    click_button(&mut ui, "Cancel");
    assert_eq!(
        std::fs::read_to_string(&path).expect("still there"),
        theirs,
        "cancel leaves their version"
    );
    assert!(ui.state().doc.is_dirty());

    shortcut(&mut ui, Modifiers::COMMAND, Key::S);
    click_button(&mut ui, "Overwrite");
    assert!(!ui.state().doc.is_dirty());
    let reopened = sinergi::store::load(&path).expect("loads");
    assert_eq!(reopened, ui.state().doc.project);
}

#[test]
fn a_read_only_file_opens_with_a_warning_and_saving_offers_save_as() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("kotagede.ron");
    std::fs::write(&path, EXAMPLE_RON).expect("written");
    let mut permissions = std::fs::metadata(&path).expect("exists").permissions();
    permissions.set_readonly(true);
    std::fs::set_permissions(&path, permissions).expect("read-only");

    let mut ui = workbench();
    assert!(ui.state_mut().open_path(&path));
    ui.run();
    assert!(
        ui.query_all_by_label_contains("(read-only)")
            .next()
            .is_some()
    );
    go_to(&mut ui, "Actors");
    click_button(&mut ui, "Add actor");
    shortcut(&mut ui, Modifiers::COMMAND, Key::S);
    assert!(
        ui.query_all_by_label_contains("the file is read-only")
            .next()
            .is_some()
    );
    ui.get_by_role_and_label(Role::Button, "Save As…");
    assert!(ui.state().doc.is_dirty());
    assert_eq!(
        std::fs::read_to_string(&path).expect("readable"),
        EXAMPLE_RON
    );
}

/// A workbench started after a crash that left a recovery copy in `dir`.
fn after_crash(dir: &Path, title: &str, original: &Path) -> Ui {
    let mut project =
        sinergi::store::parse(EXAMPLE_RON, Path::new("k.ron")).expect("example parses");
    project.study.title = title.to_owned();
    sinergi::document::recovery::RecoveryStore::new(dir.to_owned())
        .write_now(&project, Some(original))
        .expect("recovery copy written");
    let mut app = SinergiApp::new(Preferences::default(), None, Some(Lang::En));
    app.enable_recovery(dir.to_owned());
    let mut ui = Harness::builder()
        .with_size(egui::vec2(1366.0, 768.0))
        .build_ui_state(|ui, app: &mut SinergiApp| app.frame_ui(ui, None), app);
    ui.run();
    ui
}

#[test]
fn after_a_crash_the_next_start_offers_the_recovery_copy_and_restores_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let original = dir.path().join("thesis.ron");
    let mut ui = after_crash(&dir.path().join("data"), "Belum disimpan", &original);
    assert!(shows(&ui, "Restore unsaved work?"));
    assert!(
        ui.query_all_by_label_contains("UTC").next().is_some(),
        "it says when the copy was made"
    );
    click_button(&mut ui, "Restore");
    let app = ui.state();
    assert_eq!(app.doc.project.study.title, "Belum disimpan");
    assert!(
        app.doc.is_dirty(),
        "restored work is unsaved until the user saves it"
    );
    assert_eq!(app.doc.path.as_deref(), Some(original.as_path()));
    assert_eq!(app.title(), "thesis.ron* — Sinergi");
}

#[test]
fn declining_the_recovery_copy_keeps_it_until_the_user_discards_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let original = dir.path().join("thesis.ron");
    let mut ui = after_crash(&data, "Nanti", &original);
    click_button(&mut ui, "Not now (keep the copy)");
    let kept = sinergi::document::recovery::RecoveryStore::new(data.clone()).orphans();
    assert_eq!(kept.len(), 1);
    drop(ui);

    // A second crash leaves a second copy; Discard deletes the one it offers.
    let mut ui = after_crash(&data, "Nanti", &original);
    let copies = || sinergi::document::recovery::RecoveryStore::new(data.clone()).orphans();
    assert_eq!(copies().len(), 2);
    click_button(&mut ui, "Discard");
    assert_eq!(copies().len(), 1);
}

// ---------------------------------------------------------------------------
// Defence outputs from the window.

/// Width and height from a PNG's IHDR chunk.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "a PNG file");
    let number =
        |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    (number(16), number(20))
}

#[test]
fn the_chart_is_exported_from_the_file_menu_at_the_size_chosen() {
    let mut ui = example();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("kotagede-chart.png");
    menu(&mut ui, &["File", "Export chart…"]);
    ui.get_by_label("A4, 300 dpi (2480×3508)").click();
    ui.run();
    click_button(&mut ui, "Choose file…");
    answer_path_prompt(&mut ui, &path);
    let bytes = std::fs::read(&path).expect("the chart was written");
    assert_eq!(png_size(&bytes), (2480, 3508));
    assert!(
        ui.query_all_by_label_contains("Exported").next().is_some(),
        "the status bar says so"
    );
}

#[test]
fn the_report_and_the_csv_files_are_exported_from_the_file_menu() {
    let mut ui = example();
    let dir = tempfile::tempdir().expect("temp dir");
    let report = dir.path().join("kotagede-report.html");
    menu(&mut ui, &["File", "Export report…"]);
    // An Indonesian study exports in Indonesian from an English window…
    assert!(shows(&ui, "Language of the export"));
    click_button(&mut ui, "Choose file…");
    answer_path_prompt(&mut ui, &report);
    let html = std::fs::read_to_string(&report).expect("the report was written");
    assert!(html.contains("<svg"), "the chart is inline");
    assert!(html.contains("Kepercayaan antarpelaku"));
    assert!(!html.contains("Trust among the participants"));

    // …unless English is chosen in the dialog.
    menu(&mut ui, &["File", "Export report…"]);
    ui.get_by_label("Language of the export").click();
    ui.run();
    assert!(shows(&ui, "The study's language (Bahasa Indonesia)"));
    ui.get_by_label("English").click();
    ui.run();
    click_button(&mut ui, "Choose file…");
    answer_path_prompt(&mut ui, &report);
    let html = std::fs::read_to_string(&report).expect("the report was written");
    assert!(html.contains("Trust among the participants"));

    let folder = dir.path().join("csv");
    menu(&mut ui, &["File", "Export CSV…"]);
    click_button(&mut ui, "Choose file…");
    type_into(
        &mut ui,
        Role::TextInput,
        "Folder path",
        &folder.display().to_string(),
    );
    click_button(&mut ui, "OK");
    let evidence =
        std::fs::read_to_string(folder.join("evidence.csv")).expect("evidence.csv written");
    assert_eq!(
        evidence.lines().count(),
        1 + ui.state().doc.project.evidence.len()
    );
}

#[test]
fn the_word_chapter_is_exported_from_the_file_menu_in_the_study_language() {
    let mut ui = example();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("bab4.docx");
    menu(&mut ui, &["File", "Export Word chapter (.docx)…"]);
    assert!(shows(&ui, "Chapter number (4 for Bab IV)"));
    click_button(&mut ui, "Choose file…");
    answer_path_prompt(&mut ui, &path);
    let bytes = std::fs::read(&path).expect("the chapter was written");
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a .docx is a zip");
    let mut document = String::new();
    std::io::Read::read_to_string(
        &mut archive.by_name("word/document.xml").expect("its document"),
        &mut document,
    )
    .expect("XML");
    assert!(document.contains("BAB 4 HASIL PENELITIAN DAN PEMBAHASAN"));
    assert!(
        ui.query_all_by_label_contains("Exported").next().is_some(),
        "the status bar says so"
    );
}

#[test]
fn typing_right_after_adding_an_actor_replaces_its_default_name() {
    let mut ui = example();
    go_to(&mut ui, "Actors");
    click_button(&mut ui, "Add actor");
    // No click into the field, no select-all: the keyboard is already there.
    ui.get_by_role_and_label(Role::TextInput, "Name")
        .type_text("Paguyuban Perak");
    ui.run();
    let actors = &ui.state().doc.project.actors;
    assert_eq!(
        actors.last().map(|a| a.name.as_str()),
        Some("Paguyuban Perak")
    );
}

#[test]
fn undo_says_what_it_will_change_and_what_it_changed() {
    let mut ui = example();
    go_to(&mut ui, "Actors");
    click_button(&mut ui, "Add actor");
    shortcut(&mut ui, Modifiers::NONE, Key::Escape);
    menu(&mut ui, &["Edit"]);
    assert!(shows(&ui, "Undo: actor added"), "an addition is called one");
    menu(&mut ui, &["Undo"]);
    assert!(
        shows(&ui, "Undone: actor added"),
        "the status bar says what was undone"
    );
    menu(&mut ui, &["Edit"]);
    assert!(shows(&ui, "Redo: actor added"));
}
