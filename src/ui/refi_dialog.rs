//! The REFI-QDA import's mapping step: what the package holds, and for each
//! code used on a passage what it becomes (an indicator of the framework, a
//! tag, or a stance), pre-filled from the saved mapping or by name.

use super::action::Action;
use super::qdpx_import::QdpxImport;
use crate::i18n::{Msg, Named};
use crate::model::{Framework, Lang, Stance};
use crate::refi::Target;
use egui::Ui;

/// Draws the mapping step; returns the user's answer.
pub fn show(
    ui: &mut Ui,
    import: &mut QdpxImport,
    framework: &Framework,
    lang: Lang,
) -> Option<Action> {
    ui.heading(Msg::RefiDialogTitle.get(lang));
    let qde = &import.prepared.qde;
    let name = import
        .path
        .file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let origin = if qde.origin.trim().is_empty() {
        "REFI-QDA"
    } else {
        qde.origin.trim()
    };
    ui.label(Msg::RefiDialogFrom.fill(lang, &[&name, &origin]));
    ui.label(Msg::RefiDialogCounts.fill(
        lang,
        &[
            &import.prepared.sources.len(),
            &import.prepared.selection_count(),
            &qde.cases.len(),
        ],
    ));
    ui.separator();
    ui.label(egui::RichText::new(Msg::RefiDialogMapping.get(lang)).weak());
    if import.used.is_empty() {
        ui.label(Msg::RefiNoCodes.get(lang));
    }
    // A scroll area only when the list is long: a short one fits as it is.
    if import.used.len() > MANY_CODES {
        egui::ScrollArea::vertical()
            .max_height(320.0)
            .show(ui, |ui| code_rows(ui, import, framework, lang));
    } else {
        code_rows(ui, import, framework, lang);
    }
    let mut chosen = None;
    ui.horizontal(|ui| {
        let label = ui.label(Msg::RefiMappingFileLabel.get(lang));
        ui.add(
            egui::TextEdit::singleline(&mut import.mapping_path)
                .desired_width(330.0)
                .char_limit(32_768),
        )
        .labelled_by(label.id);
        if ui.button(Msg::RefiLoadMapping.get(lang)).clicked() {
            chosen = Some(Action::LoadQdpxMapping(Box::new(import.clone())));
        }
    });
    if let Some(reason) = &import.mapping_error {
        ui.colored_label(ui.visuals().warn_fg_color, reason);
    }
    if chosen.is_some() {
        return chosen;
    }
    ui.horizontal(|ui| {
        let mut chosen = None;
        if ui.button(Msg::RefiImportButton.get(lang)).clicked() {
            chosen = Some(Action::ImportQdpx(Box::new(import.clone())));
        }
        if ui.button(Msg::Cancel.get(lang)).clicked() {
            chosen = Some(Action::CloseDialog);
        }
        chosen
    })
    .inner
}

/// More codes than fit the dialog without scrolling.
const MANY_CODES: usize = 10;

/// One row per code used on a passage: its target to choose, its name and uses.
fn code_rows(ui: &mut Ui, import: &mut QdpxImport, framework: &Framework, lang: Lang) {
    for (code, uses) in &import.used {
        let Some(mapped) = import
            .mapping
            .codes
            .iter_mut()
            .find(|m| m.guid == code.guid)
        else {
            continue;
        };
        let label = format!("{} ({uses})", code.path());
        egui::ComboBox::from_label(label)
            .selected_text(target_name(&mapped.target, framework, lang))
            .width(240.0)
            .show_ui(ui, |ui| {
                for indicator in &framework.indicators {
                    let target = Target::Indicator(indicator.id.clone());
                    let text = indicator.name.get(lang);
                    ui.selectable_value(&mut mapped.target, target, text);
                }
                let tag = Target::Tag(code.name.trim().to_owned());
                let text = target_name(&tag, framework, lang);
                ui.selectable_value(&mut mapped.target, tag, text);
                for stance in Stance::ALL {
                    let target = Target::Stance(stance);
                    let text = target_name(&target, framework, lang);
                    ui.selectable_value(&mut mapped.target, target, text);
                }
            });
    }
}

/// What a target is called in the list.
fn target_name(target: &Target, framework: &Framework, lang: Lang) -> String {
    match target {
        Target::Indicator(id) => framework
            .indicators
            .iter()
            .find(|i| &i.id == id)
            .map_or_else(|| id.to_string(), |i| i.name.get(lang).to_owned()),
        Target::Tag(tag) => Msg::RefiAsTag.fill(lang, &[tag]),
        Target::Stance(stance) => Msg::RefiAsStance.fill(lang, &[&stance.name(lang)]),
    }
}
