//! Framework: the indicators the collaboration is judged against (add, rename,
//! reorder, remove), what the framework is, and its scale; the second framework
//! when the project carries one; the library and framework files. Changes that
//! touch existing work (removing an indicator, a new scale, another framework)
//! go to the app as requests, which shows what they do before carrying them out.

use super::context::{PanelCtx, Request, Section};
use super::framework_indicator::{self, bilingual_area, bilingual_line, put};
use crate::document::FrameworkEdit;
use crate::i18n::Msg;
use crate::model::{
    Framework, FrameworkSlot, Indicator, IndicatorId, Scale, ScaleLevel, Text, format_score,
    fresh_id,
};
use crate::ui::widgets::text_line;

/// Which framework is shown, which of its indicators is open, and the scale
/// being typed before it is applied.
#[derive(Default)]
pub struct FrameworkState {
    /// The framework shown.
    pub slot: FrameworkSlot,
    /// The indicator open in the editor; `None` shows the framework and its scale.
    pub selected: Option<IndicatorId>,
    /// The range and step being typed, and the scale they started from.
    pub scale: Option<(ScaleDraft, ScaleDraft)>,
}

/// A scale's range and step.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScaleDraft {
    /// The lowest score.
    pub min: f64,
    /// The highest score.
    pub max: f64,
    /// The step.
    pub step: f64,
}

impl ScaleDraft {
    fn of(scale: &Scale) -> Self {
        ScaleDraft {
            min: scale.min,
            max: scale.max,
            step: scale.step,
        }
    }
}

/// Draws the framework section.
pub fn show(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>, state: &mut FrameworkState) {
    cx.heading(ui, Section::Framework, Msg::FrameworkHelp);
    let doc = cx.doc;
    if doc.project.framework_in(state.slot).is_none() {
        state.slot = FrameworkSlot::Main;
        state.selected = None;
    }
    let slot = state.slot;
    let Some(framework) = doc.project.framework_in(slot) else {
        return;
    };
    toolbar(ui, cx, state);
    ui.separator();
    egui::Panel::left("framework-indicators")
        .resizable(true)
        .default_size(250.0)
        .min_size(190.0)
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("framework-indicator-list")
                .show(ui, |ui| indicator_list(ui, cx, state, framework));
        });
    egui::ScrollArea::vertical()
        .id_salt(("framework-editor", slot))
        .show(ui, |ui| {
            let open = state
                .selected
                .as_ref()
                .and_then(|id| framework.position(id));
            match open {
                Some(index) => framework_indicator::show(ui, cx, slot, framework, index),
                None => {
                    details(ui, cx, slot, framework);
                    ui.add_space(8.0);
                    scale_editor(ui, cx, state, framework);
                }
            }
        });
}

/// Which framework is shown, and what can be done with frameworks as a whole.
fn toolbar(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>, state: &mut FrameworkState) {
    let lang = cx.lang;
    let project = &cx.doc.project;
    ui.horizontal_wrapped(|ui| {
        if let Some(second) = &project.second_framework {
            for (slot, heading, framework) in [
                (FrameworkSlot::Main, Msg::MainFramework, &project.framework),
                (FrameworkSlot::Second, Msg::SecondFramework, second),
            ] {
                let text = format!("{}: {}", cx.t(heading), framework.name.get(lang));
                if ui.selectable_label(state.slot == slot, text).clicked() {
                    state.slot = slot;
                    state.selected = None;
                }
            }
            ui.separator();
        }
        if ui.button(cx.t(Msg::ChooseFromLibrary)).clicked() {
            cx.requests.push(Request::FrameworkLibrary);
        }
        if ui.button(cx.t(Msg::LoadFrameworkFile)).clicked() {
            cx.requests.push(Request::LoadFramework);
        }
        if ui.button(cx.t(Msg::SaveFrameworkFile)).clicked() {
            cx.requests.push(Request::SaveFramework(state.slot));
        }
        if project.second_framework.is_none() {
            if ui.button(cx.t(Msg::AddSecondFramework)).clicked() {
                cx.requests.push(Request::FrameworkLibrary);
            }
        } else if state.slot == FrameworkSlot::Second
            && ui.button(cx.t(Msg::RemoveSecondFramework)).clicked()
        {
            cx.requests.push(Request::ChangeFramework(FrameworkEdit {
                slot: FrameworkSlot::Second,
                framework: None,
                off_scale: crate::document::OffScaleScores::Clear,
            }));
        }
    });
}

/// The framework's own entry, then its indicators; the selected one can be
/// moved or removed, and indicators added.
fn indicator_list(
    ui: &mut egui::Ui,
    cx: &mut PanelCtx<'_>,
    state: &mut FrameworkState,
    framework: &Framework,
) {
    let lang = cx.lang;
    let slot = state.slot;
    if ui
        .selectable_label(state.selected.is_none(), cx.t(Msg::FrameworkDetails))
        .clicked()
    {
        state.selected = None;
    }
    ui.separator();
    for (i, indicator) in framework.indicators.iter().enumerate() {
        let selected = state.selected.as_ref() == Some(&indicator.id);
        let text = format!("{}. {}", i + 1, indicator.name.get(lang));
        if ui.selectable_label(selected, text).clicked() {
            state.selected = Some(indicator.id.clone());
        }
    }
    ui.separator();
    if ui.button(cx.t(Msg::AddIndicator)).clicked() {
        let project = &cx.doc.project;
        let taken: Vec<&str> = project
            .frameworks()
            .flat_map(|(_, f)| f.indicators.iter().map(|i| i.id.as_str()))
            .collect();
        let id = IndicatorId::new(fresh_id("indicator", taken));
        let name = cx.t(Msg::NewIndicatorName);
        let mut draft = framework.clone();
        draft
            .indicators
            .push(Indicator::named(id.clone(), Text::new(name, name)));
        put(cx, slot, draft, None);
        state.selected = Some(id);
    }
    let Some(index) = state
        .selected
        .as_ref()
        .and_then(|id| framework.position(id))
    else {
        return;
    };
    ui.horizontal_wrapped(|ui| {
        let last = framework.indicators.len() - 1;
        for (label, enabled, other) in [
            (Msg::MoveUp, index > 0, index.saturating_sub(1)),
            (Msg::MoveDown, index < last, (index + 1).min(last)),
        ] {
            if ui
                .add_enabled(enabled, egui::Button::new(cx.t(label)))
                .clicked()
            {
                let mut draft = framework.clone();
                draft.indicators.swap(index, other);
                put(cx, slot, draft, None);
            }
        }
    });
    if ui.button(cx.t(Msg::RemoveIndicator)).clicked() {
        let mut draft = framework.clone();
        draft.indicators.remove(index);
        cx.requests
            .push(Request::ChangeFramework(FrameworkEdit::put(slot, draft)));
    }
}

/// The framework's names, citation and description.
fn details(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>, slot: FrameworkSlot, framework: &Framework) {
    let lang = cx.lang;
    let mut draft = framework.clone();
    let mut typed = None;
    ui.heading(framework.name.get(lang));
    ui.label(
        egui::RichText::new(Msg::IndicatorsCounted.count(
            lang,
            framework.indicators.len(),
            &[&framework.indicators.len()],
        ))
        .weak(),
    );
    let labels = (cx.t(Msg::FrameworkNameId), cx.t(Msg::FrameworkNameEn));
    if bilingual_line(ui, labels, &mut draft.name) {
        typed = Some("name");
    }
    if text_line(ui, cx.t(Msg::Citation), &mut draft.citation).changed() {
        typed = Some("citation");
    }
    let labels = (cx.t(Msg::DescriptionId), cx.t(Msg::DescriptionEn));
    if bilingual_area(ui, labels, &mut draft.description, 4) {
        typed = Some("description");
    }
    if let Some(field) = typed {
        put(cx, slot, draft, Some(format!("framework:{slot:?}:{field}")));
    }
}

/// The scale: its range and step (applied as a whole, after the user sees what
/// it does to the scores), and the name of each level.
fn scale_editor(
    ui: &mut egui::Ui,
    cx: &mut PanelCtx<'_>,
    state: &mut FrameworkState,
    framework: &Framework,
) {
    let lang = cx.lang;
    let slot = state.slot;
    let scale = &framework.scale;
    ui.strong(cx.t(Msg::ExportScale));
    let current = ScaleDraft::of(scale);
    // A draft started from another scale (an undo, another framework) is stale.
    if state.scale.is_none_or(|(from, _)| from != current) {
        state.scale = Some((current, current));
    }
    let Some((_, draft)) = state.scale.as_mut() else {
        return;
    };
    ui.horizontal_wrapped(|ui| {
        for (label, value) in [
            (Msg::ScaleMin, &mut draft.min),
            (Msg::ScaleMax, &mut draft.max),
            (Msg::ScaleStep, &mut draft.step),
        ] {
            let label = ui.label(cx.t(label));
            ui.add(egui::DragValue::new(value).speed(0.1).max_decimals(3))
                .labelled_by(label.id);
        }
    });
    let proposed = Scale {
        min: draft.min,
        max: draft.max,
        step: draft.step,
        levels: scale.levels.clone(),
    };
    let well_formed = proposed.step_count().is_some();
    if !well_formed {
        ui.colored_label(ui.visuals().warn_fg_color, cx.t(Msg::ScaleMalformed));
    }
    let differs = *draft != current;
    if ui
        .add_enabled(
            differs && well_formed,
            egui::Button::new(cx.t(Msg::ApplyScale)),
        )
        .clicked()
    {
        let mut new = framework.clone();
        new.scale = proposed;
        cx.requests
            .push(Request::ChangeFramework(FrameworkEdit::put(slot, new)));
    }
    ui.add_space(4.0);
    let mut levels = scale.clone();
    let mut typed = false;
    for value in scale.values() {
        let shown = format_score(value);
        let mut label = scale.label_for(value).cloned().unwrap_or_default();
        let labels = (
            Msg::LevelLabelId.fill(lang, &[&shown]),
            Msg::LevelLabelEn.fill(lang, &[&shown]),
        );
        if bilingual_line(ui, (&labels.0, &labels.1), &mut label) {
            levels.levels.retain(|l| (l.value - value).abs() > 1e-9);
            levels.levels.push(ScaleLevel { value, label });
            levels.levels.sort_by(|a, b| a.value.total_cmp(&b.value));
            typed = true;
        }
    }
    if typed {
        let mut new = framework.clone();
        new.scale = levels;
        put(cx, slot, new, Some(format!("framework:{slot:?}:levels")));
    }
}
