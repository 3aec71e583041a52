//! "Import text…" carried out in the window: the chosen documents are read in
//! the background ([`TextImport`]), then their sources are added as one undo
//! step and the first is shown, or what failed is reported and nothing added.

use super::app::SinergiApp;
use super::modal::Modal;
use super::panels::context::Section;
use super::panels::evidence_state::Tab;
use super::text_import::{ImportOutcome, TextImport};
use crate::document::{Edit, Item};
use crate::i18n::Msg;
use crate::model::SourceKind;
use std::path::PathBuf;

impl SinergiApp {
    /// True while documents are being read for new sources.
    pub fn text_import_running(&self) -> bool {
        self.text_import.is_some()
    }

    /// Starts reading `files` for new sources of `kind` (`None`: by format).
    pub(crate) fn start_text_import(
        &mut self,
        files: Vec<PathBuf>,
        kind: Option<SourceKind>,
        ctx: &egui::Context,
    ) {
        if self.text_import.is_some() || files.is_empty() {
            return;
        }
        let count = files.len();
        match TextImport::start(files, kind, ctx) {
            Some(import) => {
                self.status = Msg::StatusImportingTexts.count(self.lang, count, &[&count]);
                self.text_import = Some(import);
            }
            None => {
                self.modal = Some(Modal::Error(
                    self.t(Msg::ImportTextFailedTitle).to_owned(),
                    vec![self.t(Msg::ImportTextNothingRead).to_owned()],
                ));
            }
        }
    }

    /// Once the documents are read: adds their sources as one undo step and
    /// shows the first, or reports what failed.
    pub(crate) fn finish_text_import(&mut self) {
        let Some(import) = &self.text_import else {
            return;
        };
        let Some(outcome) = import.poll(&self.doc.project, self.lang) else {
            return;
        };
        self.text_import = None;
        match outcome {
            ImportOutcome::Failed(lines) => {
                self.status.clear();
                self.modal = Some(Modal::Error(
                    self.t(Msg::ImportTextFailedTitle).to_owned(),
                    lines,
                ));
            }
            ImportOutcome::Sources(sources) => {
                let count = sources.len();
                let files: Vec<PathBuf> = sources
                    .iter()
                    .map(|s| PathBuf::from(&s.reference))
                    .collect();
                let again = crate::import::already_imported(&self.doc.project, &files);
                let first = sources.first().map(|source| source.id.clone());
                // One key for the whole batch: one undo step removes them all.
                let step = format!("import-text:{}", self.doc.revision());
                self.doc.break_coalescing();
                let edits = sources
                    .into_iter()
                    .map(|source| (Edit::Put(Item::Source(source)), Some(step.clone())))
                    .collect();
                self.doc.apply(edits);
                self.doc.break_coalescing();
                self.section = Section::Evidence;
                self.panels.evidence.tab = Tab::Sources;
                self.panels.evidence.selected_source = first;
                self.panels.evidence.scroll_to_source = true;
                self.status = Msg::StatusImportedTexts.count(self.lang, count, &[&count]);
                if again > 0 {
                    self.status.push_str(" · ");
                    self.status
                        .push_str(&Msg::ImportedAgain.count(self.lang, again, &[&again]));
                }
            }
        }
    }
}
