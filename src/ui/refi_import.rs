//! File > Import > REFI-QDA project, from the app's side: reading the chosen
//! `.qdpx` (an error is shown and nothing changes), offering the code mapping
//! (the saved one, else suggestions by name), and, once the user confirms it,
//! adding everything as one undo step and saving the mapping for next time.

use super::app::SinergiApp;
use super::modal::Modal;
use super::qdpx_import::QdpxImport;
use crate::document::{Edit, Item};
use crate::i18n::{self, Msg};
use crate::refi::{CodeMapping, default_mapping_path, plan, prepare, suggest};
use crate::store::paths;
use std::path::{Path, PathBuf};

impl SinergiApp {
    /// Reads the package at `path` and shows the mapping step, or the error.
    pub(crate) fn start_qdpx_import(&mut self, path: &Path) {
        let title = self.t(Msg::RefiDialogTitle).to_owned();
        let prepared = match prepare(path) {
            Ok(prepared) => prepared,
            Err(error) => {
                let line = format!("{}: {}", paths::display(path), error.describe(self.lang));
                self.modal = Some(Modal::Error(title, vec![line]));
                return;
            }
        };
        let mapping_path = default_mapping_path(path);
        // A mapping file that cannot be read is only a lost suggestion: the
        // user chooses again, and the file is rewritten after the import.
        let saved = CodeMapping::load(&mapping_path).ok().flatten();
        let mapping = suggest(
            &prepared.qde.codes,
            &self.doc.project.framework,
            saved.as_ref(),
        );
        let used = prepared.used_codes();
        self.modal = Some(Modal::ImportQdpx(Box::new(QdpxImport {
            path: path.to_owned(),
            prepared,
            used,
            mapping,
            mapping_path: paths::display(&mapping_path),
            mapping_error: None,
        })));
    }

    /// Reads the mapping file the user typed and proposes its choices again
    /// (codes it does not know keep the suggestion by name); back to the
    /// mapping step either way, with the reason when it could not be read.
    pub(crate) fn reload_qdpx_mapping(&mut self, mut import: QdpxImport) {
        let path = PathBuf::from(import.mapping_path.trim());
        match CodeMapping::load(&path) {
            Ok(Some(saved)) => {
                import.mapping = suggest(
                    &import.prepared.qde.codes,
                    &self.doc.project.framework,
                    Some(&saved),
                );
                import.mapping_error = None;
            }
            Ok(None) => {
                import.mapping_error =
                    Some(Msg::RefiMappingMissing.fill(self.lang, &[&paths::display(&path)]));
            }
            Err(error) => import.mapping_error = Some(error.describe(self.lang)),
        }
        self.modal = Some(Modal::ImportQdpx(Box::new(import)));
    }

    /// Adds what `import` holds with its confirmed mapping: all or nothing,
    /// as one undo step; then saves the mapping and shows the summary.
    pub(crate) fn finish_qdpx_import(&mut self, import: &QdpxImport) {
        let title = self.t(Msg::RefiDialogTitle).to_owned();
        let project = &self.doc.project;
        let (additions, summary) = plan(project, &import.prepared, &import.mapping);
        let mut checked = project.clone();
        additions.clone().apply_to(&mut checked);
        let problems = checked.validate();
        if !problems.is_empty() {
            let lines = problems
                .iter()
                .map(|p| i18n::describe_problem(self.lang, p))
                .collect();
            self.modal = Some(Modal::Error(title, lines));
            return;
        }
        let key = Some(format!("import-qdpx:{}", paths::display(&import.path)));
        let mut edits: Vec<(Edit, Option<String>)> = Vec::new();
        if additions.researchers.is_some() || additions.title.is_some() {
            edits.push((Edit::Study(checked.study.clone()), key.clone()));
        }
        let items = additions
            .actors
            .into_iter()
            .map(Item::Actor)
            .chain(additions.sources.into_iter().map(Item::Source))
            .chain(additions.notes.into_iter().map(Item::Note));
        edits.extend(items.map(|item| (Edit::Put(item), key.clone())));
        self.doc.break_coalescing();
        self.doc.apply(edits);
        self.doc.break_coalescing();
        let from = import
            .path
            .file_name()
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        let mut lines = summary.describe(self.lang, &from);
        let mapping_path = PathBuf::from(import.mapping_path.trim());
        lines.push(match import.mapping.save(&mapping_path) {
            Ok(()) => Msg::RefiMappingSaved.fill(self.lang, &[&paths::display(&mapping_path)]),
            Err(error) => Msg::RefiMappingNotSaved
                .fill(self.lang, &[&i18n::describe_save_error(self.lang, &error)]),
        });
        self.status.clone_from(&lines[0]);
        self.modal = Some(Modal::Info(title, lines));
    }
}
