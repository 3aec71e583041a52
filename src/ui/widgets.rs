//! Small widgets shared by the panels: labelled fields (every input has an
//! accessible name), pickers for model vocabulary, multi-select lists, and the
//! sink panels push their edits into.

use crate::document::Edit;
use crate::i18n::{Msg, Named};
use crate::model::{EvidenceId, Lang, Project};
use egui::{Response, Ui};

/// Where a panel's edits go during a frame; the app applies them afterwards.
pub struct EditSink {
    /// Edits collected this frame, each with its coalescing key.
    pub edits: Vec<(Edit, Option<String>)>,
}

impl EditSink {
    /// An empty sink.
    pub fn new() -> Self {
        Self { edits: Vec::new() }
    }

    /// A discrete edit: its own undo step.
    pub fn push(&mut self, edit: Edit) {
        self.edits.push((edit, None));
    }

    /// An edit from typing in the field `key`: consecutive ones share an undo step.
    pub fn typing(&mut self, edit: Edit, key: impl Into<String>) {
        self.edits.push((edit, Some(key.into())));
    }
}

impl Default for EditSink {
    fn default() -> Self {
        Self::new()
    }
}

/// A one-line text field with a visible label tied to it. Returns the field's response.
pub fn text_line(ui: &mut Ui, label: &str, text: &mut String) -> Response {
    ui.horizontal(|ui| {
        let label = ui.label(label);
        // Typing or pasting stops where validation would refuse the text.
        ui.add(
            egui::TextEdit::singleline(text)
                .desired_width(f32::INFINITY)
                .char_limit(crate::model::MAX_LINE_CHARS),
        )
        .labelled_by(label.id)
    })
    .inner
}

/// A multi-line text field with its label above.
pub fn text_area(ui: &mut Ui, label: &str, text: &mut String, rows: usize) -> Response {
    text_area_hint(ui, label, text, rows, "")
}

/// A multi-line text field with its label above and a hint shown while it is empty.
pub fn text_area_hint(
    ui: &mut Ui,
    label: &str,
    text: &mut String,
    rows: usize,
    hint: &str,
) -> Response {
    let label = ui.label(label);
    ui.add(
        egui::TextEdit::multiline(text)
            .desired_rows(rows)
            .desired_width(f32::INFINITY)
            .hint_text(hint)
            .char_limit(crate::model::MAX_TEXT_CHARS),
    )
    .labelled_by(label.id)
}

/// A drop-down choosing one of `options`, named in `lang`. Returns true when changed.
pub fn pick<T: Named + Copy + PartialEq>(
    ui: &mut Ui,
    label: &str,
    id_salt: &str,
    value: &mut T,
    options: &[T],
    lang: Lang,
) -> bool {
    let mut changed = false;
    ui.horizontal(|ui| {
        ui.label(label);
        egui::ComboBox::new(id_salt, "")
            .selected_text(value.name(lang))
            .show_ui(ui, |ui| {
                for option in options {
                    changed |= ui
                        .selectable_value(value, *option, option.name(lang))
                        .changed();
                }
            })
            .response
            .on_hover_text(label);
    });
    changed
}

/// Checkboxes for choosing several of `options` (id, label). Returns true when changed.
pub fn multi_select<Id: Clone + PartialEq>(
    ui: &mut Ui,
    chosen: &mut Vec<Id>,
    options: &[(Id, String)],
) -> bool {
    let mut changed = false;
    ui.horizontal_wrapped(|ui| {
        for (id, label) in options {
            let mut on = chosen.contains(id);
            if ui.checkbox(&mut on, label).changed() {
                changed = true;
                if on {
                    chosen.push(id.clone());
                } else {
                    chosen.retain(|c| c != id);
                }
            }
        }
    });
    changed
}

/// A text that is cut to `max_chars` characters with an ellipsis.
pub fn shorten(text: &str, max_chars: usize) -> String {
    let mut chars = text.chars();
    let cut: String = chars.by_ref().take(max_chars).collect();
    if chars.next().is_some() {
        format!("{cut}…")
    } else {
        cut
    }
}

/// The colour of a model colour, for egui.
pub fn color32(color: crate::model::Color) -> egui::Color32 {
    egui::Color32::from_rgb(color.r, color.g, color.b)
}

/// The triangulation badge colour: red, amber, light green, green.
pub fn triangulation_color(status: crate::analysis::Triangulation) -> egui::Color32 {
    use crate::analysis::Triangulation;
    match status {
        Triangulation::None => egui::Color32::from_rgb(0xC0, 0x39, 0x2B),
        Triangulation::OneSource => egui::Color32::from_rgb(0xD6, 0x8A, 0x00),
        Triangulation::SeveralSources => egui::Color32::from_rgb(0x5D, 0xA1, 0x3B),
        Triangulation::SeveralKinds => egui::Color32::from_rgb(0x1E, 0x84, 0x49),
    }
}

/// A triangulation status as a coloured label.
pub fn triangulation_badge(
    ui: &mut Ui,
    status: crate::analysis::Triangulation,
    lang: Lang,
) -> Response {
    ui.label(
        egui::RichText::new(format!("• {}", status.name(lang))).color(triangulation_color(status)),
    )
    .on_hover_text(Msg::TriangulationHelp.get(lang))
}

/// A table cell's text on one line, cut with an ellipsis when too wide (full text on hover).
pub fn cell(ui: &mut Ui, text: impl Into<egui::WidgetText>) -> Response {
    // Not selectable, so a click on the text selects the row like a click beside it.
    ui.add(egui::Label::new(text).truncate().selectable(false))
}

/// A small filled square in `color`, e.g. an assessment's legend mark.
pub fn swatch(ui: &mut Ui, color: egui::Color32) -> Response {
    let (rect, response) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
    ui.painter().rect_filled(rect, 2.0, color);
    response
}

/// Checkboxes choosing indicators of the project's frameworks, named in `lang`:
/// the second framework's, when there is one, on a line of their own under its name.
pub fn pick_indicators(
    ui: &mut Ui,
    project: &crate::model::Project,
    chosen: &mut Vec<crate::model::IndicatorId>,
    lang: Lang,
) -> bool {
    let mut changed = false;
    for (slot, framework) in project.frameworks() {
        if !slot.is_main() {
            ui.label(egui::RichText::new(framework.name.get(lang)).weak().small());
        }
        let options: Vec<_> = framework
            .indicators
            .iter()
            .map(|i| (i.id.clone(), i.name.get(lang).to_owned()))
            .collect();
        changed |= multi_select(ui, chosen, &options);
    }
    changed
}

/// Checkboxes choosing actors of the project, by their short names.
pub fn pick_actors(
    ui: &mut Ui,
    project: &crate::model::Project,
    chosen: &mut Vec<crate::model::ActorId>,
) -> bool {
    let options: Vec<_> = project
        .actors
        .iter()
        .map(|a| (a.id.clone(), a.display_name().to_owned()))
        .collect();
    multi_select(ui, chosen, &options)
}

/// A one-line field for a list written with `separator` between items (researchers,
/// tags). The text is kept as typed while it still means the same list, so spaces
/// and separators typed at the end are not swallowed before the next word comes.
/// Returns true when the list changed.
pub fn list_field(ui: &mut Ui, label: &str, items: &mut Vec<String>, separator: char) -> bool {
    let parse = |text: &str| -> Vec<String> {
        text.split(separator)
            .map(|item| item.trim().to_owned())
            .filter(|item| !item.is_empty())
            .collect()
    };
    let id = ui.make_persistent_id(("list-field", label));
    let joined = items.join(&format!("{separator} "));
    let mut text = ui
        .data(|data| data.get_temp::<String>(id))
        .filter(|typed| parse(typed) == *items)
        .unwrap_or(joined);
    let changed = text_line(ui, label, &mut text).changed();
    ui.data_mut(|data| data.insert_temp(id, text.clone()));
    if changed {
        let parsed = parse(&text);
        if parsed != *items {
            *items = parsed;
            return true;
        }
    }
    false
}

/// Puts the keyboard in a text field with all of its text selected, so a new
/// item's default name ("New actor") is replaced by the first keystroke.
pub fn focus_and_select_all(ui: &Ui, field: &Response, text: &str) {
    let mut state = egui::text_edit::TextEditState::load(ui.ctx(), field.id).unwrap_or_default();
    state
        .cursor
        .set_char_range(Some(egui::text_selection::CCursorRange::select_all_str(
            text,
        )));
    state.store(ui.ctx(), field.id);
    field.request_focus();
}

/// [`text_line`], focused with its text selected when `select` is set (and then
/// clears it): the name field of an item just added.
pub fn name_line(ui: &mut Ui, label: &str, text: &mut String, select: &mut bool) -> Response {
    let field = text_line(ui, label, text);
    if std::mem::take(select) {
        focus_and_select_all(ui, &field, text);
    }
    field
}

/// A source as menus name it: its title and kind.
pub fn source_label(source: &crate::model::Source, lang: Lang) -> String {
    format!("{} ({})", source.title, source.kind.name(lang))
}

/// Notes to tick as cited, one row each (id and excerpt cut to `excerpt_chars`),
/// in a list that draws only the rows in view and shows at most `visible` of
/// them. `rows` are positions in the project's evidence. True when a tick
/// changed `cited`.
pub fn evidence_checklist(
    ui: &mut Ui,
    project: &Project,
    rows: &[usize],
    cited: &mut Vec<EvidenceId>,
    (salt, visible, excerpt_chars): (&str, f32, usize),
) -> bool {
    let mut changed = false;
    let row_height = ui.spacing().interact_size.y;
    egui::ScrollArea::vertical()
        .id_salt(salt)
        .max_height(row_height * visible)
        .auto_shrink([false, true])
        .show_rows(ui, row_height, rows.len(), |ui, range| {
            for &position in &rows[range] {
                let Some(note) = project.evidence.get(position) else {
                    continue;
                };
                let mut ticked = cited.contains(&note.id);
                ui.horizontal(|ui| {
                    if ui.checkbox(&mut ticked, note.id.as_str()).changed() {
                        set_cited(cited, &note.id, ticked);
                        changed = true;
                    }
                    cell(ui, shorten(&note.excerpt, excerpt_chars));
                });
            }
        });
    changed
}

/// Adds `id` to `list` (once) or takes it out.
pub fn set_cited(list: &mut Vec<EvidenceId>, id: &EvidenceId, on: bool) {
    if on {
        if !list.contains(id) {
            list.push(id.clone());
        }
    } else {
        list.retain(|e| e != id);
    }
}
