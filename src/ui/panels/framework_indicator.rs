//! One indicator of a framework in the editor: its names and definition in
//! both languages, its rubric (a description for each level of the scale) and
//! its guiding questions. Each change is an edit of the whole framework (typing in
//! one field is one undo step); none touches existing work, so none asks first.

use super::context::PanelCtx;
use crate::document::{Edit, FrameworkEdit};
use crate::i18n::Msg;
use crate::model::{Framework, FrameworkSlot, RubricLevel, Text, format_score};
use crate::ui::widgets::{text_area, text_line};

/// Puts `framework` in `slot` as an edit; `key` coalesces typing in one field.
pub(super) fn put(
    cx: &mut PanelCtx<'_>,
    slot: FrameworkSlot,
    framework: Framework,
    key: Option<String>,
) {
    let edit = Edit::Framework(FrameworkEdit::put(slot, framework));
    match key {
        Some(key) => cx.sink.typing(edit, key),
        None => cx.sink.push(edit),
    }
}

/// A text in both languages as two one-line fields; true when either changed.
pub(super) fn bilingual_line(ui: &mut egui::Ui, labels: (&str, &str), text: &mut Text) -> bool {
    let id = text_line(ui, labels.0, &mut text.id).changed();
    let en = text_line(ui, labels.1, &mut text.en).changed();
    id || en
}

/// A text in both languages as two fields of `rows` lines; true when either changed.
pub(super) fn bilingual_area(
    ui: &mut egui::Ui,
    labels: (&str, &str),
    text: &mut Text,
    rows: usize,
) -> bool {
    let id = text_area(ui, labels.0, &mut text.id, rows).changed();
    let en = text_area(ui, labels.1, &mut text.en, rows).changed();
    id || en
}

/// What changed in the indicator this frame.
enum Changed {
    /// Typing in the field with this key.
    Typed(&'static str),
    /// A question added or removed.
    Discrete,
}

/// Draws the editor of the indicator at `index` of `framework` (in `slot`).
pub fn show(
    ui: &mut egui::Ui,
    cx: &mut PanelCtx<'_>,
    slot: FrameworkSlot,
    framework: &Framework,
    index: usize,
) {
    let lang = cx.lang;
    let mut draft = framework.clone();
    let scale = framework.scale.clone();
    let Some(indicator) = draft.indicators.get_mut(index) else {
        return;
    };
    let id = indicator.id.clone();
    let mut changed = None;
    ui.heading(format!("{}. {}", index + 1, indicator.name.get(lang)));
    ui.label(egui::RichText::new(format!("id: {id}")).weak().small());
    if bilingual_line(
        ui,
        (cx.t(Msg::NameId), cx.t(Msg::NameEn)),
        &mut indicator.name,
    ) {
        changed = Some(Changed::Typed("name"));
    }
    let labels = (cx.t(Msg::DefinitionId), cx.t(Msg::DefinitionEn));
    if bilingual_area(ui, labels, &mut indicator.definition, 2) {
        changed = Some(Changed::Typed("definition"));
    }

    ui.add_space(6.0);
    ui.strong(cx.t(Msg::Rubric));
    ui.label(egui::RichText::new(cx.t(Msg::RubricHelp)).weak());
    for value in scale.values() {
        let shown = format_score(value);
        let level = scale.label_for(value).map_or("", |label| label.get(lang));
        ui.label(egui::RichText::new(format!("{shown} — {level}")).strong());
        let mut text = indicator.rubric_for(value).cloned().unwrap_or_default();
        let labels = (
            Msg::RubricLevelId.fill(lang, &[&shown]),
            Msg::RubricLevelEn.fill(lang, &[&shown]),
        );
        if bilingual_area(ui, (&labels.0, &labels.1), &mut text, 1) {
            set_rubric(&mut indicator.rubric, value, text);
            changed = Some(Changed::Typed("rubric"));
        }
    }

    ui.add_space(6.0);
    ui.strong(cx.t(Msg::GuidingQuestions));
    let mut remove = None;
    for (q, question) in indicator.guiding_questions.iter_mut().enumerate() {
        let n = q + 1;
        let labels = (
            Msg::QuestionId.fill(lang, &[&n]),
            Msg::QuestionEn.fill(lang, &[&n]),
        );
        if bilingual_line(ui, (&labels.0, &labels.1), question) {
            changed = Some(Changed::Typed("question"));
        }
        if ui
            .small_button(Msg::RemoveQuestion.fill(lang, &[&n]))
            .clicked()
        {
            remove = Some(q);
        }
    }
    if let Some(q) = remove {
        indicator.guiding_questions.remove(q);
        changed = Some(Changed::Discrete);
    }
    if ui.button(cx.t(Msg::AddQuestion)).clicked() {
        indicator.guiding_questions.push(Text::default());
        changed = Some(Changed::Discrete);
    }

    match changed {
        Some(Changed::Typed(field)) => {
            let key = format!("framework:{slot:?}:{id}:{field}");
            put(cx, slot, draft, Some(key));
        }
        Some(Changed::Discrete) => put(cx, slot, draft, None),
        None => {}
    }
}

/// Sets the rubric's description of `value`, in scale order; a blank one is removed.
fn set_rubric(rubric: &mut Vec<RubricLevel>, value: f64, description: Text) {
    rubric.retain(|level| (level.value - value).abs() > 1e-9);
    if !description.is_blank() {
        rubric.push(RubricLevel { value, description });
        rubric.sort_by(|a, b| a.value.total_cmp(&b.value));
    }
}
