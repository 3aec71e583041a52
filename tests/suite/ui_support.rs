//! Driving the workbench as a user does, shared by the UI test modules: the
//! harness at a laptop's size, clicks by accessible label, typing, menus.

#![allow(dead_code)]

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use sinergi::model::Lang;
use sinergi::ui::{Preferences, SinergiApp};

pub type Ui = Harness<'static, SinergiApp>;

/// The workbench at a laptop's 1366x768, in English, with no file dialogs.
pub fn workbench() -> Ui {
    let app = SinergiApp::new(Preferences::default(), None, Some(Lang::En));
    let mut ui = Harness::builder()
        .with_size(egui::vec2(1366.0, 768.0))
        .build_ui_state(|ui, app: &mut SinergiApp| app.frame_ui(ui, None), app);
    ui.run();
    ui
}

/// The workbench with the Kotagede example opened from the start screen.
pub fn example() -> Ui {
    let mut ui = workbench();
    click_button(&mut ui, "Open the example: Kotagede silver craft");
    ui
}

/// The workbench with a new, empty project started from the start screen,
/// on the framework offered first (DeSeve's).
pub fn empty_project() -> Ui {
    let mut ui = workbench();
    click_button(&mut ui, "New project");
    click_button(&mut ui, "Create project");
    ui
}

/// Clicks the one button named `label` and lets the UI settle.
#[track_caller]
pub fn click_button(ui: &mut Ui, label: &str) {
    ui.get_by_role_and_label(Role::Button, label).click();
    ui.run();
}

/// Shows a section through the left navigation.
#[track_caller]
pub fn go_to(ui: &mut Ui, section: &str) {
    click_button(ui, section);
}

/// Opens the menus along `path` and clicks its last item, e.g. `["File", "New"]`.
/// A menu item's accessible name ends with its shortcut ("New Ctrl+N"); `path`
/// gives the name without it.
#[track_caller]
pub fn menu(ui: &mut Ui, path: &[&str]) {
    for item in path {
        menu_item(ui, item).click();
        ui.run();
    }
}

/// The menu button (or menu item) `item`, with or without a shortcut after its name.
#[track_caller]
pub fn menu_item<'a>(ui: &'a Ui, item: &str) -> egui_kittest::Node<'a> {
    let item = item.to_owned();
    ui.get_by(move |node| {
        node.role() == Role::Button
            && node.label().is_some_and(|label| {
                label == item
                    || label
                        .strip_prefix(&format!("{item} "))
                        .is_some_and(|shortcut| !shortcut.contains(char::is_whitespace))
            })
    })
}

/// Clicks the table row that shows `text`, beside the text: egui's labels are
/// selectable, so a click on the text itself selects text instead of the row
/// (see `clicking_the_text_of_a_table_row_selects_the_row`).
#[track_caller]
pub fn click_row(ui: &mut Ui, text: &str) {
    let rect = ui.get_by_label(text).rect();
    let at = egui::pos2(rect.max.x + 6.0, rect.center().y);
    ui.hover_at(at);
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

/// Replaces the text of the field (of `role`) named `label` by typing `text`.
#[track_caller]
pub fn type_into(ui: &mut Ui, role: Role, label: &str, text: &str) {
    ui.get_by_role_and_label(role, label).focus();
    ui.run();
    ui.key_press_modifiers(Modifiers::COMMAND, Key::A);
    ui.run();
    ui.get_by_role_and_label(role, label).type_text(text);
    ui.run();
}

/// Presses a keyboard shortcut with the Command (Ctrl) modifier and more.
pub fn shortcut(ui: &mut Ui, modifiers: Modifiers, key: Key) {
    ui.key_press_modifiers(modifiers, key);
    ui.run();
}

/// True when a text (label or widget) reading exactly `text` is shown.
pub fn shows(ui: &Ui, text: &str) -> bool {
    ui.query_all_by_label(text).next().is_some()
}

/// The triangulation status the Overview shows for `indicator`: the row's fourth cell.
#[track_caller]
pub fn overview_triangulation(ui: &Ui, indicator: &str) -> String {
    let link = ui.get_by_role_and_label(Role::Link, indicator);
    let status = link
        .accesskit_node()
        .following_siblings()
        .nth(2)
        .unwrap_or_else(|| panic!("no status cell after {indicator:?}"));
    status.value().unwrap_or_default()
}

pub fn title(ui: &Ui) -> String {
    ui.state().title()
}
