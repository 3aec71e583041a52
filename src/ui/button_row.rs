//! The row of buttons every dialog ends with: the first one clicked gives its
//! action.

use super::action::Action;

/// A row of buttons; the first one clicked gives its action.
pub(super) fn buttons(ui: &mut egui::Ui, choices: Vec<(&str, Action)>) -> Option<Action> {
    ui.horizontal(|ui| {
        let mut chosen = None;
        for (label, action) in choices {
            if ui.button(label).clicked() {
                chosen = Some(action);
            }
        }
        chosen
    })
    .inner
}
