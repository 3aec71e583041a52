//! The actor network as a user meets it: adding a relation and each side's
//! level, the mismatch flagged; dragging an actor, saving, reopening with the
//! layout kept; clicking a line; filtering; deleting an actor that has ties;
//! the network slide at a projector's size; exporting the diagram.

use crate::ui_support::{Ui, click_button, example, go_to, menu, shortcut, shows, type_into};
use egui::accesskit::Role;
use egui::{Key, Modifiers, Pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sinergi::model::{ActorId, CollaborationLevel, Lang, RelationId, RelationKind};
use sinergi::ui::{Preferences, SinergiApp};

fn actor(id: &str) -> ActorId {
    ActorId::new(id)
}

/// The example with the Network section shown.
fn network() -> Ui {
    let mut ui = example();
    go_to(&mut ui, "Network");
    ui
}

/// Where `id`'s circle is drawn now.
#[track_caller]
fn centre_of(ui: &Ui, id: &str) -> Pos2 {
    ui.state()
        .panels
        .network
        .diagram
        .actor_centre(&actor(id))
        .unwrap_or_else(|| panic!("{id} is not drawn"))
}

/// A press and release at `at`, as a mouse click.
fn click_at(ui: &mut Ui, at: Pos2) {
    ui.hover_at(at);
    ui.run();
    for pressed in [true, false] {
        ui.event(egui::Event::PointerButton {
            pos: at,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
    }
    ui.run();
}

/// Drags from `from` to `to` in steps, as a hand does.
fn drag(ui: &mut Ui, from: Pos2, to: Pos2) {
    ui.hover_at(from);
    ui.run();
    ui.drag_at(from);
    ui.run();
    for step in 1..=4 {
        let t = step as f32 / 4.0;
        ui.hover_at(from + (to - from) * t);
        ui.run();
    }
    ui.drop_at(to);
    ui.run();
}

/// Types `path` where no file dialog can be shown, and confirms.
fn answer_path_prompt(ui: &mut Ui, path: &std::path::Path) {
    type_into(
        ui,
        Role::TextInput,
        "File path",
        &path.display().to_string(),
    );
    click_button(ui, "OK");
}

/// Opens the drop-down named `label` and picks `option` in it.
#[track_caller]
fn choose(ui: &mut Ui, label: &str, option: &str) {
    ui.get_by_role_and_label(Role::ComboBox, label)
        .scroll_to_me();
    ui.run();
    ui.get_by_role_and_label(Role::ComboBox, label).click();
    ui.run();
    // The options of the open list are buttons (the legend's names are labels).
    ui.get_by_role_and_label(Role::Button, option).click();
    ui.run();
}

#[test]
fn a_new_relation_gets_a_kind_a_direction_and_both_sides_levels_with_the_mismatch_flagged() {
    let mut ui = network();
    let before = ui.state().doc.project.relations.len();
    // Click KP3Y in the diagram: new relations start from the actor clicked.
    let kp3y = centre_of(&ui, "kp3y");
    click_at(&mut ui, kp3y);
    assert_eq!(ui.state().panels.network.actor, Some(actor("kp3y")));
    click_button(&mut ui, "Add relation");
    let project = &ui.state().doc.project;
    assert_eq!(project.relations.len(), before + 1);
    let id = ui
        .state()
        .panels
        .network
        .selected
        .clone()
        .expect("the new relation is selected");
    let relation = project.relation(&id).expect("added");
    assert_eq!(relation.from, actor("kp3y"));
    assert_eq!(
        relation.to,
        actor("praktisi"),
        "the first actor not tied yet"
    );
    assert!(shows(&ui, "Edit relation"));

    choose(&mut ui, "Kind of relation", "Training / capacity building");
    ui.get_by_role_and_label(Role::CheckBox, "One way (from → to)")
        .scroll_to_me();
    ui.run();
    ui.get_by_role_and_label(Role::CheckBox, "One way (from → to)")
        .click();
    ui.run();
    let relation = ui.state().doc.project.relation(&id).cloned().expect("kept");
    assert_eq!(relation.kind, RelationKind::Training);
    assert!(relation.directed);

    let second = ui
        .get_by_role_and_label(Role::ComboBox, "As Praktisi sees it")
        .rect();
    choose(&mut ui, "As KP3Y sees it", "3 · Coordination");
    // The first side's evidence line appears below both levels: the second
    // level stays where the pointer was going.
    let moved = ui
        .get_by_role_and_label(Role::ComboBox, "As Praktisi sees it")
        .rect();
    assert!(
        (moved.top() - second.top()).abs() < 1.0,
        "{second:?} -> {moved:?}"
    );
    choose(&mut ui, "As Praktisi sees it", "1 · Networking");
    let level = ui
        .state()
        .doc
        .project
        .pair_level(&actor("praktisi"), &actor("kp3y"))
        .cloned()
        .expect("the pair is rated");
    assert_eq!(
        level.level_of(&actor("kp3y")),
        Some(CollaborationLevel::Coordination)
    );
    assert_eq!(
        level.level_of(&actor("praktisi")),
        Some(CollaborationLevel::Networking)
    );
    assert!(shows(&ui, "≠ The views differ by 2 levels"));
    assert!(ui.state().doc.project.validate().is_empty());

    // One undo step per choice: the second view goes first.
    shortcut(&mut ui, Modifiers::COMMAND, Key::Z);
    let level = ui
        .state()
        .doc
        .project
        .pair_level(&actor("praktisi"), &actor("kp3y"))
        .cloned()
        .expect("still rated");
    assert_eq!(level.level_of(&actor("praktisi")), None);
    assert!(!shows(&ui, "≠ The views differ by 2 levels"));
}

#[test]
fn a_dragged_actor_stays_where_it_was_put_after_saving_and_reopening() {
    let mut ui = network();
    assert!(ui.state().doc.project.network_layout.is_empty());
    let from = centre_of(&ui, "kemenperin");
    let to = from + egui::vec2(-90.0, -60.0);
    drag(&mut ui, from, to);
    let layout = ui.state().doc.project.network_layout.clone();
    assert_eq!(
        layout.len(),
        ui.state().doc.project.actors.len(),
        "the whole layout is kept"
    );
    let moved = centre_of(&ui, "kemenperin");
    assert!(
        moved.distance(to) < 3.0,
        "{moved:?} is not where it was dropped ({to:?})"
    );
    // One undo step takes it back, redo puts it there again.
    shortcut(&mut ui, Modifiers::COMMAND, Key::Z);
    assert!(ui.state().doc.project.network_layout.is_empty());
    assert!(centre_of(&ui, "kemenperin").distance(from) < 1.0);
    shortcut(&mut ui, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert_eq!(ui.state().doc.project.network_layout, layout);

    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("kotagede.sinergi");
    menu(&mut ui, &["File", "Save As…"]);
    answer_path_prompt(&mut ui, &file);
    assert!(!ui.state().doc.is_dirty());
    menu(&mut ui, &["File", "New"]);
    click_button(&mut ui, "Create project");
    assert!(ui.state().doc.project.network_layout.is_empty());
    menu(&mut ui, &["File", "Open…"]);
    answer_path_prompt(&mut ui, &file);
    assert_eq!(ui.state().doc.project.network_layout, layout);
    go_to(&mut ui, "Network");
    assert!(
        centre_of(&ui, "kemenperin").distance(to) < 3.0,
        "the reopened diagram shows the actor where it was put"
    );
    // Automatic layout forgets the positions set by hand.
    click_button(&mut ui, "Automatic layout");
    assert!(ui.state().doc.project.network_layout.is_empty());
}

#[test]
fn clicking_a_line_opens_its_relation_and_the_filter_hides_kinds() {
    let mut ui = network();
    let picture = ui
        .state()
        .panels
        .network
        .diagram
        .picture()
        .cloned()
        .expect("drawn");
    let edge = picture
        .edges
        .iter()
        .find(|e| e.relation == RelationId::new("rel-07"))
        .expect("the MoU is drawn");
    let middle = edge.points[edge.points.len() / 2];
    click_at(&mut ui, Pos2::new(middle.x as f32, middle.y as f32));
    assert_eq!(
        ui.state().panels.network.selected,
        Some(RelationId::new("rel-07"))
    );
    assert!(shows(&ui, "Edit relation"));
    assert!(shows(&ui, "Level of collaboration (Frey et al. 2006)"));

    let all = picture.edges.len();
    menu(&mut ui, &["Kinds shown (7/7)"]);
    ui.get_by_role_and_label(Role::CheckBox, "Funding").click();
    ui.run();
    ui.key_press(Key::Escape);
    ui.run();
    let funding = ui
        .state()
        .doc
        .project
        .relations
        .iter()
        .filter(|r| r.kind == RelationKind::Funding)
        .count();
    let shown = ui
        .state()
        .panels
        .network
        .diagram
        .picture()
        .map_or(0, |p| p.edges.len());
    assert_eq!(shown, all - funding);
}

#[test]
fn deleting_an_actor_with_ties_asks_and_takes_its_relations() {
    let mut ui = example();
    go_to(&mut ui, "Actors");
    crate::ui_support::click_row(&mut ui, "Kemenperin");
    ui.get_by_role_and_label(Role::Button, "Delete actor")
        .scroll_to_me();
    ui.run();
    click_button(&mut ui, "Delete actor");
    ui.get_by_label_contains("1 relation will be deleted");
    ui.get_by_label_contains("1 pair's level of collaboration will be deleted");
    click_button(&mut ui, "Delete");
    let project = &ui.state().doc.project;
    assert!(
        project
            .relations
            .iter()
            .all(|r| !r.involves(&actor("kemenperin")))
    );
    assert!(project.validate().is_empty(), "{:?}", project.validate());
    shortcut(&mut ui, Modifiers::COMMAND, Key::Z);
    assert_eq!(ui.state().doc.project.relations.len(), 17);
}

#[test]
fn the_network_slide_comes_first_and_fits_a_projector() {
    let app = SinergiApp::new(Preferences::default(), None, Some(Lang::En));
    let mut ui = Harness::builder()
        .with_size(egui::vec2(1024.0, 768.0))
        .build_ui_state(|ui, app: &mut SinergiApp| app.frame_ui(ui, None), app);
    ui.run();
    click_button(&mut ui, "Open the example: Kotagede silver craft");
    ui.key_press(Key::F5);
    ui.run();
    assert!(shows(&ui, "Actor network · before the 8 indicators"));
    assert!(shows(&ui, "Density"));
    assert!(shows(&ui, "≠ Views differ"));
    let picture = ui
        .state()
        .panels
        .network
        .diagram
        .picture()
        .cloned()
        .expect("the slide draws the diagram");
    let screen = egui::Rect::from_min_size(Pos2::ZERO, egui::vec2(1024.0, 768.0));
    for node in &picture.nodes {
        let b = node.label_box;
        let label = egui::Rect::from_min_size(
            Pos2::new(b.x as f32, b.y as f32),
            egui::vec2(b.width as f32, b.height as f32),
        );
        assert!(
            screen.contains_rect(label),
            "{} is cut off: {label:?}",
            node.label
        );
    }
    assert!(
        picture.frame.font >= 15.0,
        "names readable from the back of the room"
    );
    ui.key_press(Key::ArrowRight);
    ui.run();
    assert!(shows(&ui, "Indicator 1 of 8"));
    ui.key_press(Key::Escape);
    ui.run();
    assert!(ui.state().presentation.is_none());
}

#[test]
fn the_diagram_is_exported_from_the_file_menu_as_svg() {
    let mut ui = example();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("kotagede-network.svg");
    menu(&mut ui, &["File", "Export network diagram…"]);
    ui.get_by_role_and_label(Role::CheckBox, "As SVG (vector) instead of PNG")
        .click();
    ui.run();
    click_button(&mut ui, "Choose file…");
    answer_path_prompt(&mut ui, &path);
    let svg = std::fs::read_to_string(&path).expect("the diagram was written");
    // In the study's language (Indonesian), whatever the window's.
    assert!(svg.starts_with("<svg") && svg.contains("Jaringan aktor"));
    assert!(svg.contains("Disperindag"));
}

#[test]
fn the_network_section_names_its_widgets_and_the_measures_tab_sets_the_lead() {
    let mut ui = network();
    ui.check_accessibility();
    // On the text: beside it is the column's resize handle.
    let row = ui.get_by_label_contains("Kemenperin → D").rect().center();
    click_at(&mut ui, row);
    assert!(ui.state().panels.network.selected.is_some());
    ui.check_accessibility();
    click_button(&mut ui, "Network measures");
    assert!(shows(&ui, "Betweenness centralisation"));
    choose(&mut ui, "Lead or administrative actor", "KP3Y");
    assert_eq!(ui.state().doc.project.network.lead, Some(actor("kp3y")));
    ui.check_accessibility();
}

#[test]
fn copy_chart_in_the_network_section_copies_the_diagram() {
    let mut ui = network();
    shortcut(&mut ui, Modifiers::COMMAND | Modifiers::SHIFT, Key::C);
    let status = ui.state().status.clone();
    assert!(
        status.starts_with("Network diagram copied as a 1920×1080 picture"),
        "{status}"
    );
    go_to(&mut ui, "Chart");
    shortcut(&mut ui, Modifiers::COMMAND | Modifiers::SHIFT, Key::C);
    let status = ui.state().status.clone();
    assert!(!status.starts_with("Network diagram"), "{status}");
}
