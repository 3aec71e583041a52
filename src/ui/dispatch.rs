//! Carrying out what the user asked for, after the frame is drawn: the one
//! place the app acts on menus, shortcuts, dialogs and panels' requests. The
//! unsaved-changes question sits in front of anything that would drop work.

use super::action::{Action, Host};
use super::app::SinergiApp;
use super::commands::Command;
use super::files::DialogPurpose;
use super::guide::{self, Guide};
use super::menu::describe_step;
use super::modal::{Intent, Modal};
use super::panels::context::{Request, Section};
use super::present::Presentation;
use super::project_files::{PROJECT_EXTENSIONS, with_extension};
use crate::analysis::NoteFilter;
use crate::document::{Edit, FrameworkEdit, usages};
use crate::i18n::Msg;
use std::path::PathBuf;

impl SinergiApp {
    /// Carries out `action`.
    pub fn perform(&mut self, action: Action, host: Host<'_>) {
        match action {
            Action::Command(command) => self.run_command(command, host),
            Action::OpenRecent(path) => self.request(Intent::OpenPath(path), host),
            Action::SetLanguage(lang) => {
                self.lang = lang;
                self.prefs.lang = Some(lang);
                // The last message was written in the old language.
                self.status.clear();
            }
            Action::SetTheme(theme) => self.prefs.theme = theme,
            Action::ZoomBy(factor) => {
                host.ctx
                    .set_zoom_factor((host.ctx.zoom_factor() * factor).clamp(0.5, 3.0));
            }
            Action::ZoomReset => host.ctx.set_zoom_factor(1.0),
            Action::Show(modal) => self.modal = Some(modal),
            Action::CloseDialog => {}
            Action::SaveThen(intent) => match self.doc.path.clone() {
                Some(path) => {
                    if self.save_to(&path) {
                        self.carry_out(intent, host);
                    }
                }
                None => {
                    self.after_save = Some(intent);
                    self.open_dialog(DialogPurpose::SaveAs, host);
                }
            },
            Action::DiscardThen(intent) => {
                self.discard_recovery();
                self.carry_out(intent, host);
            }
            Action::Delete(target) => {
                self.doc.apply(vec![(Edit::Remove(target), None)]);
            }
            Action::PathTyped(purpose, path) => self.dialog_answered(purpose, vec![path], host),
            Action::CancelPathPrompt => self.after_save = None,
            Action::RestoreRecovery => self.restore_recovery(),
            Action::KeepRecovery => self.pending_recovery = None,
            Action::DiscardRecovery => self.discard_recovery(),
            Action::Overwrite(path) => {
                self.save_to(&path);
            }
            Action::ImportQdpx(import) => self.finish_qdpx_import(&import),
            Action::LoadQdpxMapping(import) => self.reload_qdpx_mapping(*import),
            Action::ChooseExportFile(format, choices) => {
                self.export_choices = choices;
                self.open_dialog(DialogPurpose::Export(format), host);
            }
            Action::Panel(Request::Present) => self.run_command(Command::Present, host),
            Action::Panel(Request::CopyChart) => self.run_command(Command::CopyChart, host),
            Action::Panel(Request::ImportText) => self.run_command(Command::ImportText, host),
            Action::ImportTexts(files, kind) => self.start_text_import(files, kind, host.ctx),
            Action::Panel(Request::Help(section)) => {
                self.guide = Some(Guide::at(guide::key_of(section)));
            }
            Action::ShowGuide(key) => self.guide = Some(Guide::at(key)),
            Action::Panel(Request::LoadFramework) => {
                self.open_dialog(DialogPurpose::LoadFramework, host);
            }
            Action::Panel(Request::SaveFramework(slot)) => {
                self.open_dialog(DialogPurpose::SaveFramework(slot), host);
            }
            Action::Panel(request) => self.handle_request(request),
            Action::CreateProject(framework, title) => self.new_project_with(framework, &title),
            Action::UseFramework(slot, framework) => {
                self.change_framework(FrameworkEdit::put(slot, framework));
            }
            Action::ApplyFramework(edit) => self.apply_framework(edit),
            Action::ImportAssessments(plan) => self.import_chosen(&plan),
            Action::LeavePresentation => {
                self.presentation = None;
                host.ctx
                    .send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
            }
        }
    }

    /// Runs a menu or keyboard command.
    pub fn run_command(&mut self, command: Command, host: Host<'_>) {
        if command.uses_file_dialog() && self.dialogs.is_open() {
            return;
        }
        match command {
            Command::New => self.request(Intent::New, host),
            Command::Open => self.request(Intent::Open, host),
            Command::OpenExample => self.request(Intent::OpenExample, host),
            Command::Save => self.save(host),
            Command::SaveAs => self.open_dialog(DialogPurpose::SaveAs, host),
            Command::ImportQdpx => self.open_dialog(DialogPurpose::ImportQdpx, host),
            Command::ImportAssessments => {
                self.open_dialog(DialogPurpose::ImportAssessments, host);
            }
            Command::ImportText => self.open_dialog(DialogPurpose::ImportText, host),
            Command::Quit => self.request(Intent::Quit, host),
            Command::Undo => {
                if let Some(summary) = self.doc.undo_summary()
                    && self.doc.undo()
                {
                    self.status =
                        Msg::StatusUndone.fill(self.lang, &[&describe_step(summary, self.lang)]);
                }
            }
            Command::Redo => {
                if let Some(summary) = self.doc.redo_summary()
                    && self.doc.redo()
                {
                    self.status =
                        Msg::StatusRedone.fill(self.lang, &[&describe_step(summary, self.lang)]);
                }
            }
            // Every export asks its language first (the study's by default).
            Command::Export(format) => {
                self.modal = Some(Modal::ExportOptions(
                    format,
                    self.export_choices.clone(),
                    self.doc.project.study.language,
                ));
            }
            // The guide opens at the part about the section the user is in.
            Command::Guide => {
                let key = if self.start_screen {
                    "start"
                } else {
                    guide::key_of(self.section)
                };
                self.guide = Some(Guide::at(key));
            }
            Command::CopyChart => self.copy_chart(host.ctx),
            Command::Present => {
                if !self.start_screen && self.presentation.is_none() {
                    self.presentation = Some(Presentation::start(&self.doc.project));
                    host.ctx
                        .send_viewport_cmd(egui::ViewportCommand::Fullscreen(true));
                }
            }
        }
    }

    /// Carries out `intent`, asking about unsaved changes first.
    pub fn request(&mut self, intent: Intent, host: Host<'_>) {
        if self.doc.is_dirty() {
            self.modal = Some(Modal::Unsaved(intent));
        } else {
            self.carry_out(intent, host);
        }
    }

    fn carry_out(&mut self, intent: Intent, host: Host<'_>) {
        match intent {
            // A new project starts by choosing its framework, DeSeve ticked.
            Intent::New => self.offer_library(true),
            Intent::OpenExample => self.open_example(),
            Intent::OpenPath(path) => {
                self.open_path(&path);
            }
            Intent::Open => self.open_dialog(DialogPurpose::Open, host),
            Intent::Quit => {
                self.allowed_to_close = true;
                host.ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    fn save(&mut self, host: Host<'_>) {
        match self.doc.path.clone() {
            Some(path) if self.doc.changed_on_disk() => {
                self.modal = Some(Modal::ChangedOnDisk(path));
            }
            Some(path) => {
                self.save_to(&path);
            }
            None => self.open_dialog(DialogPurpose::SaveAs, host),
        }
    }

    /// Opens the native file dialog for `purpose`, or the typed-path prompt
    /// where no native dialog can be shown.
    fn open_dialog(&mut self, purpose: DialogPurpose, host: Host<'_>) {
        let name = self.suggested_name(purpose);
        match host.frame {
            Some(frame) if !self.dialogs.unavailable => {
                let (filter_name, extensions) = self.dialog_filter(purpose);
                let folder = self.dialog_folder();
                let filter = (filter_name.as_str(), extensions.as_slice());
                self.dialogs
                    .open(purpose, frame, (&folder, &name), filter, host.ctx);
            }
            _ => {
                let start = self.typed_path_start(purpose, &name);
                self.modal = Some(Modal::PathPrompt(purpose, start));
            }
        }
    }

    /// The user chose `paths` (or cancelled: none) in a file dialog.
    pub(crate) fn dialog_answered(
        &mut self,
        purpose: DialogPurpose,
        paths: Vec<PathBuf>,
        host: Host<'_>,
    ) {
        if purpose == DialogPurpose::ImportText && !paths.is_empty() {
            self.modal = Some(Modal::ImportTexts(paths, None));
            return;
        }
        let Some(path) = paths.into_iter().next() else {
            self.after_save = None;
            if self.dialogs.unavailable {
                self.open_dialog(
                    purpose,
                    Host {
                        frame: None,
                        ..host
                    },
                );
            }
            return;
        };
        match purpose {
            DialogPurpose::Open => {
                self.open_path(&path);
            }
            DialogPurpose::SaveAs => {
                let path = with_extension(path, Some(PROJECT_EXTENSIONS[0]));
                if self.save_to(&path)
                    && let Some(intent) = self.after_save.take()
                {
                    self.carry_out(intent, host);
                }
            }
            DialogPurpose::Export(format) => {
                let extension = format.spec().default_extension(&self.export_settings());
                self.export_to(format, &with_extension(path, extension));
            }
            DialogPurpose::ImportQdpx => self.start_qdpx_import(&path),
            DialogPurpose::LoadFramework => {
                self.load_framework_from(&path);
            }
            DialogPurpose::SaveFramework(slot) => {
                self.save_framework_to(slot, &with_extension(path, Some("ron")));
            }
            DialogPurpose::ImportAssessments => {
                self.import_from(&path);
            }
            DialogPurpose::ImportText => {}
        }
    }

    fn handle_request(&mut self, request: Request) {
        match request {
            Request::Goto(section) => self.section = section,
            Request::ShowIndicatorEvidence(indicator) => {
                self.section = Section::Evidence;
                self.panels.evidence.tab = super::panels::evidence_state::Tab::Evidence;
                self.panels.evidence.filter = NoteFilter {
                    indicator: Some(indicator),
                    ..Default::default()
                };
            }
            Request::ShowInSource(note) => {
                if let Some(note) = self.doc.note(&note).cloned() {
                    self.section = Section::Evidence;
                    self.panels.evidence.show_in_source(&note);
                }
            }
            Request::ChangeFramework(edit) => self.change_framework(edit),
            Request::FrameworkLibrary => self.offer_library(false),
            Request::Present
            | Request::CopyChart
            | Request::ImportText
            | Request::Help(_)
            | Request::LoadFramework
            | Request::SaveFramework(_) => {}
            Request::Delete(target) => {
                let used = usages(&self.doc.project, &target);
                if used.is_empty() {
                    self.doc.apply(vec![(Edit::Remove(target), None)]);
                } else {
                    let lines = [
                        (used.roles, Msg::UsedByRoles),
                        (used.sources, Msg::UsedBySources),
                        (used.notes, Msg::UsedByNotes),
                        (used.assessments, Msg::UsedByAssessments),
                        (used.findings, Msg::UsedByFindings),
                        (used.relations, Msg::UsedByRelations),
                        (used.levels, Msg::UsedByLevels),
                        (used.relation_links, Msg::UsedByRelationLinks),
                    ]
                    .into_iter()
                    .filter(|(n, _)| *n > 0)
                    .map(|(n, msg)| msg.count(self.lang, n, &[&n]))
                    .collect::<Vec<_>>()
                    .join("\n");
                    self.modal = Some(Modal::ConfirmDelete(target, lines));
                }
            }
        }
    }
}
