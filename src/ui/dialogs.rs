//! Drawing the dialog in front of the workbench. Each dialog returns the
//! user's answer as an [`Action`]; it may update its own fields (a typed path,
//! a ticked option) but never the app or the project.

use super::action::Action;
use super::button_row::buttons;
use super::commands::Command;
use super::files::DialogPurpose;
use super::framework_dialogs;
use super::modal::{ChartSize, ExportChoices, Intent, Modal};
use crate::document::recovery::format_utc;
use crate::i18n::Msg;
use crate::i18n::Named;
use crate::model::{Lang, SourceKind};
use crate::report::{CsvSeparator, ExportFormat, ExportOption};
use egui::Ui;
use std::path::{Path, PathBuf};

/// Where the typed-path prompt remembers that it has taken the keyboard.
const PATH_PROMPT_FOCUSED: &str = "sinergi-path-prompt-focused";

/// Draws `modal`; returns the answer once the user gives one. Esc and a click
/// outside close it, except for questions that must be answered.
///
/// `framework` is the open project's, for the REFI-QDA import's mapping step.
pub fn show(
    ctx: &egui::Context,
    modal: &mut Modal,
    framework: &crate::model::Framework,
    lang: Lang,
) -> Option<Action> {
    if !matches!(modal, Modal::PathPrompt(..)) {
        forget_path_prompt(ctx);
    }
    let response = egui::Modal::new(egui::Id::unique("sinergi-modal")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        match modal {
            Modal::Unsaved(intent) => unsaved(ui, intent, lang),
            Modal::ConfirmDelete(target, lines) => confirm_delete(ui, target, lines, lang),
            // A summary reads like an error's lines: a title, lines, OK.
            Modal::Error(title, lines) | Modal::Info(title, lines) => error(ui, title, lines, lang),
            Modal::PathPrompt(purpose, text) => path_prompt(ui, *purpose, text, lang),
            Modal::Shortcuts => shortcuts(ui, lang),
            Modal::Recover { made, original } => recover(ui, *made, original.as_deref(), lang),
            Modal::ChangedOnDisk(path) => changed_on_disk(ui, path, lang),
            Modal::SaveFailed(lines) => save_failed(ui, lines, lang),
            Modal::ExportOptions(format, choices, study) => {
                export_options(ui, *format, choices, *study, lang)
            }
            Modal::About => about(ui, lang),
            Modal::ImportQdpx(import) => super::refi_dialog::show(ui, import, framework, lang),
            Modal::ChooseFramework(choice) => framework_dialogs::choose_framework(ui, choice, lang),
            Modal::ConfirmFramework(change) => {
                let (edit, effects) = &mut **change;
                framework_dialogs::confirm_framework(ui, edit, effects, lang)
            }
            Modal::ImportAssessments(plan) => framework_dialogs::import_assessments(ui, plan, lang),
            Modal::ImportTexts(files, kind) => import_texts(ui, files, kind, lang),
        }
    });
    let must_answer = matches!(
        modal,
        Modal::Unsaved(_) | Modal::Recover { .. } | Modal::ImportQdpx(_)
    );
    let dismissed = response.should_close() && !must_answer;
    response
        .inner
        .or_else(|| dismissed.then_some(Action::CloseDialog))
}

/// Lets the next typed-path prompt take the keyboard again.
pub fn forget_path_prompt(ctx: &egui::Context) {
    ctx.data_mut(|d| d.remove::<bool>(egui::Id::unique(PATH_PROMPT_FOCUSED)));
}

fn ok_button(ui: &mut Ui, lang: Lang) -> Option<Action> {
    ui.button(Msg::Ok.get(lang))
        .clicked()
        .then_some(Action::CloseDialog)
}

/// The documents chosen for import and the kind of source they become.
fn import_texts(
    ui: &mut Ui,
    files: &[PathBuf],
    kind: &mut Option<SourceKind>,
    lang: Lang,
) -> Option<Action> {
    /// More names than this are summed up, so the dialog stays on screen.
    const LISTED: usize = 8;
    ui.heading(Msg::CmdImportText.get(lang));
    ui.label(Msg::ImportTextFiles.count(lang, files.len(), &[&files.len()]));
    for file in files.iter().take(LISTED) {
        let name = file.file_name().map_or_else(
            || file.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        // The kind each file will get, so that a transcript saved as a PDF is
        // seen before it is counted as a document.
        let becomes = kind.unwrap_or_else(|| crate::import::kind_for_file_name(&name));
        ui.label(egui::RichText::new(format!("• {name} → {}", becomes.name(lang))).monospace());
    }
    if files.len() > LISTED {
        let more = files.len() - LISTED;
        ui.label(Msg::ImportTextMore.count(lang, more, &[&more]));
    }
    ui.add_space(6.0);
    ui.horizontal(|ui| {
        let label = ui.label(Msg::SourceKind.get(lang));
        let by_format = Msg::ImportKindByFormat.get(lang);
        egui::ComboBox::from_id_salt("import-kind")
            .selected_text(kind.map_or(by_format, |k| k.name(lang)))
            .show_ui(ui, |ui| {
                ui.selectable_value(kind, None, by_format);
                for each in SourceKind::ALL {
                    ui.selectable_value(kind, Some(each), each.name(lang));
                }
            })
            .response
            .labelled_by(label.id);
    });
    ui.label(egui::RichText::new(Msg::ImportTextHint.get(lang)).weak());
    buttons(
        ui,
        vec![
            (
                Msg::ImportTextConfirm.get(lang),
                Action::ImportTexts(files.to_vec(), *kind),
            ),
            (Msg::Cancel.get(lang), Action::CloseDialog),
        ],
    )
}

fn unsaved(ui: &mut Ui, intent: &Intent, lang: Lang) -> Option<Action> {
    ui.heading(Msg::UnsavedTitle.get(lang));
    ui.label(Msg::UnsavedQuestion.get(lang));
    buttons(
        ui,
        vec![
            (Msg::Save.get(lang), Action::SaveThen(intent.clone())),
            (Msg::DontSave.get(lang), Action::DiscardThen(intent.clone())),
            (Msg::Cancel.get(lang), Action::CloseDialog),
        ],
    )
}

fn confirm_delete(
    ui: &mut Ui,
    target: &crate::document::ItemRef,
    lines: &str,
    lang: Lang,
) -> Option<Action> {
    ui.heading(Msg::ConfirmDeleteTitle.get(lang));
    ui.label(Msg::ConfirmDeleteQuestion.get(lang));
    ui.label(lines);
    buttons(
        ui,
        vec![
            (Msg::Delete.get(lang), Action::Delete(target.clone())),
            (Msg::Cancel.get(lang), Action::CloseDialog),
        ],
    )
}

fn error(ui: &mut Ui, title: &str, lines: &[String], lang: Lang) -> Option<Action> {
    ui.heading(title);
    egui::ScrollArea::vertical()
        .max_height(300.0)
        .show(ui, |ui| {
            for line in lines {
                ui.label(egui::RichText::new(line).monospace());
            }
        });
    ok_button(ui, lang)
}

fn path_prompt(
    ui: &mut Ui,
    purpose: DialogPurpose,
    text: &mut String,
    lang: Lang,
) -> Option<Action> {
    ui.heading(match purpose {
        DialogPurpose::Open => Msg::CmdOpen.get(lang),
        DialogPurpose::SaveAs => Msg::CmdSaveAs.get(lang),
        DialogPurpose::Export(format) => format.spec().menu.get(lang),
        DialogPurpose::ImportQdpx => Msg::CmdImportQdpx.get(lang),
        DialogPurpose::LoadFramework => Msg::LoadFrameworkFile.get(lang),
        DialogPurpose::SaveFramework(_) => Msg::SaveFrameworkFile.get(lang),
        DialogPurpose::ImportAssessments => Msg::CmdImportAssessments.get(lang),
        DialogPurpose::ImportText => Msg::CmdImportText.get(lang),
    });
    ui.label(Msg::NoDialogAvailable.get(lang));
    let label = ui.label(if purpose.is_folder() {
        Msg::FolderPath.get(lang)
    } else {
        Msg::FilePath.get(lang)
    });
    let field = ui
        .add(
            egui::TextEdit::singleline(text)
                .desired_width(480.0)
                // Longer than any path a system takes; keeps a runaway paste drawable.
                .char_limit(32_768),
        )
        .labelled_by(label.id);
    // Ready for typing when the prompt opens; only then, or Enter (which
    // gives the focus up to submit) would be undone by taking it back.
    let focused_once = egui::Id::unique(PATH_PROMPT_FOCUSED);
    if !ui.data(|d| d.get_temp::<bool>(focused_once).unwrap_or(false)) {
        field.request_focus();
        ui.data_mut(|d| d.insert_temp(focused_once, true));
    }
    let submitted = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    let typed = Action::PathTyped(purpose, PathBuf::from(text.trim()));
    if submitted {
        return Some(typed);
    }
    buttons(
        ui,
        vec![
            (Msg::Ok.get(lang), typed),
            (Msg::Cancel.get(lang), Action::CancelPathPrompt),
        ],
    )
}

fn shortcuts(ui: &mut Ui, lang: Lang) -> Option<Action> {
    ui.heading(Msg::KeyboardShortcuts.get(lang));
    egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
        for (menu, commands) in Command::SHORTCUT_GROUPS {
            ui.strong(menu.get(lang));
            ui.end_row();
            for command in commands {
                ui.label(command.label(lang));
                let keys: Vec<String> = command
                    .shortcuts()
                    .iter()
                    .map(|s| ui.ctx().format_shortcut(s))
                    .collect();
                ui.label(keys.join(" / "));
                ui.end_row();
            }
        }
        // Keys that belong to a mode or to egui itself, not to a menu command.
        for (group, rows) in [
            (
                Msg::PresentationKeys,
                &[
                    (Msg::KeysIndicators, "← / → / PageUp / PageDown"),
                    (Msg::KeysQuotes, "↑ / ↓"),
                    (Msg::KeysLeave, "Esc"),
                ][..],
            ),
            (
                Msg::MenuZoom,
                &[
                    (Msg::ZoomIn, "Ctrl + +"),
                    (Msg::ZoomOut, "Ctrl + -"),
                    (Msg::ZoomReset, "Ctrl + 0"),
                ][..],
            ),
        ] {
            ui.strong(group.get(lang));
            ui.end_row();
            for (what, keys) in rows {
                ui.label(what.get(lang));
                ui.label(*keys);
                ui.end_row();
            }
        }
    });
    ok_button(ui, lang)
}

fn recover(ui: &mut Ui, made: u64, original: Option<&Path>, lang: Lang) -> Option<Action> {
    ui.heading(Msg::RecoverTitle.get(lang));
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(made, |d| d.as_secs());
    ui.label(Msg::RecoverQuestion.fill(
        lang,
        &[&ago(now.saturating_sub(made), lang), &format_utc(made)],
    ));
    if let Some(original) = original {
        ui.label(Msg::RecoverFile.fill(lang, &[&original.display()]));
    }
    buttons(
        ui,
        vec![
            (Msg::Restore.get(lang), Action::RestoreRecovery),
            (Msg::NotNow.get(lang), Action::KeepRecovery),
            (Msg::Discard.get(lang), Action::DiscardRecovery),
        ],
    )
}

/// How long ago, in the words people use: the time zone needs no guessing.
fn ago(seconds: u64, lang: Lang) -> String {
    let (minutes, hours, days) = (seconds / 60, seconds / 3600, seconds / 86_400);
    if minutes == 0 {
        Msg::AgoJustNow.get(lang).to_owned()
    } else if hours == 0 {
        Msg::AgoMinutes.count(lang, minutes as usize, &[&minutes])
    } else if days == 0 {
        Msg::AgoHours.count(lang, hours as usize, &[&hours])
    } else {
        Msg::AgoDays.count(lang, days as usize, &[&days])
    }
}

fn changed_on_disk(ui: &mut Ui, path: &Path, lang: Lang) -> Option<Action> {
    ui.heading(Msg::ChangedOnDiskTitle.get(lang));
    ui.label(Msg::ChangedOnDiskText.fill(lang, &[&path.display()]));
    buttons(
        ui,
        vec![
            (Msg::CmdSaveAs.get(lang), Action::Command(Command::SaveAs)),
            (Msg::Overwrite.get(lang), Action::Overwrite(path.to_owned())),
            (Msg::Cancel.get(lang), Action::CloseDialog),
        ],
    )
}

fn save_failed(ui: &mut Ui, lines: &[String], lang: Lang) -> Option<Action> {
    ui.heading(Msg::SaveFailed.get(lang));
    for line in lines {
        ui.label(egui::RichText::new(line).monospace());
    }
    ui.label(Msg::StillUnsaved.get(lang));
    buttons(
        ui,
        vec![
            (Msg::CmdSaveAs.get(lang), Action::Command(Command::SaveAs)),
            (Msg::Ok.get(lang), Action::CloseDialog),
        ],
    )
}

fn export_options(
    ui: &mut Ui,
    format: ExportFormat,
    choices: &mut ExportChoices,
    study: Lang,
    lang: Lang,
) -> Option<Action> {
    let spec = format.spec();
    ui.heading(spec.menu.get(lang).trim_end_matches('…'));
    ui.horizontal(|ui| {
        let label = ui.label(Msg::ExportLanguage.get(lang));
        let study_choice = Msg::ExportLanguageStudy.fill(lang, &[&study.native_name()]);
        let shown = choices
            .lang
            .map_or(study_choice.clone(), |l| l.native_name().to_owned());
        egui::ComboBox::from_id_salt("export-language")
            .selected_text(shown)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut choices.lang, None, study_choice);
                for each in Lang::ALL {
                    ui.selectable_value(&mut choices.lang, Some(each), each.native_name());
                }
            })
            .response
            .labelled_by(label.id);
    });
    if spec.offers(ExportOption::CsvSeparator) {
        ui.label(Msg::CsvSeparatorLabel.get(lang));
        ui.radio_value(
            &mut choices.csv_separator,
            CsvSeparator::Semicolon,
            Msg::CsvSemicolon.get(lang),
        );
        ui.radio_value(
            &mut choices.csv_separator,
            CsvSeparator::Comma,
            Msg::CsvComma.get(lang),
        );
    }
    if spec.offers(ExportOption::ChapterNumber) {
        ui.horizontal(|ui| {
            let label = ui.label(Msg::ChapterNumber.get(lang));
            ui.add(egui::DragValue::new(&mut choices.chapter).range(1..=99))
                .labelled_by(label.id);
        });
    }
    if spec.offers(ExportOption::ImageSize) {
        ui.label(Msg::ExportSize.get(lang));
        ui.radio_value(
            &mut choices.size,
            ChartSize::Slide,
            Msg::SizeSlide.get(lang),
        );
        ui.radio_value(&mut choices.size, ChartSize::A4, Msg::SizeA4.get(lang));
        ui.radio_value(
            &mut choices.size,
            ChartSize::Custom,
            Msg::SizeCustom.get(lang),
        );
        if choices.size == ChartSize::Custom {
            ui.horizontal(|ui| {
                ui.add(
                    egui::DragValue::new(&mut choices.width)
                        .range(64..=16_384)
                        .suffix(" px"),
                )
                .on_hover_text(Msg::Width.get(lang));
                ui.label("×");
                ui.add(
                    egui::DragValue::new(&mut choices.height)
                        .range(64..=16_384)
                        .suffix(" px"),
                )
                .on_hover_text(Msg::Height.get(lang));
            });
        }
    }
    if spec.offers(ExportOption::ChartTheme) {
        ui.checkbox(&mut choices.dark, Msg::DarkBackground.get(lang));
        ui.checkbox(&mut choices.svg, Msg::AsSvg.get(lang));
    }
    buttons(
        ui,
        vec![
            (
                Msg::ChooseFile.get(lang),
                Action::ChooseExportFile(format, choices.clone()),
            ),
            (Msg::Cancel.get(lang), Action::CloseDialog),
        ],
    )
}

fn about(ui: &mut Ui, lang: Lang) -> Option<Action> {
    ui.heading(format!("Sinergi {}", env!("CARGO_PKG_VERSION")));
    ui.label(Msg::AboutText.get(lang));
    ok_button(ui, lang)
}
