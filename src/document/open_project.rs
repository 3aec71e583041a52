//! The open project with its file path, its undo history and the facts derived
//! from it. Derived facts are rebuilt when the project changes, never per frame.

use super::edit::{Edit, Item, StepSummary};
use super::history::History;
use crate::analysis::{EvidenceIndex, TriangulationIndex, broken_anchors};
use crate::model::{EvidenceId, EvidenceNote, Problem, Project, Source, SourceId};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// A project being worked on.
pub struct Document {
    /// The project as it stands.
    pub project: Project,
    /// Where it is saved; `None` for a project never saved.
    pub path: Option<PathBuf>,
    history: History,
    index: EvidenceIndex,
    /// Validated on first demand after each change: only the overview shows them,
    /// so typing elsewhere never pays for a full validation.
    problems: std::cell::OnceCell<Vec<Problem>>,
    /// Found on first demand after each change, like the problems.
    broken: std::cell::OnceCell<HashSet<EvidenceId>>,
    revision: u64,
    /// The file on disk as it was when opened or last saved here.
    pub disk_stamp: Option<crate::store::FileStamp>,
}

impl Document {
    /// A document for `project`, saved at `path` (or never saved).
    pub fn new(project: Project, path: Option<PathBuf>) -> Self {
        let mut document = Self {
            project,
            path,
            history: History::new(),
            index: EvidenceIndex::default(),
            problems: std::cell::OnceCell::new(),
            broken: std::cell::OnceCell::new(),
            revision: 0,
            disk_stamp: None,
        };
        document.disk_stamp = document.path.as_deref().and_then(crate::store::file_stamp);
        document.refresh_derived();
        document
    }

    /// A document that starts out unsaved (e.g. the example opened as a template).
    pub fn new_unsaved(project: Project) -> Self {
        let mut document = Self::new(project, None);
        document.history.mark_unsaved();
        document
    }

    /// Applies the edits a frame collected; returns true when anything changed.
    pub fn apply(&mut self, edits: Vec<(Edit, Option<String>)>) -> bool {
        let mut changed = false;
        let mut evidence_changed = false;
        for (edit, coalesce) in edits {
            let touches_index = touches_evidence_index(&self.project, &edit);
            if self.history.apply(&mut self.project, edit, coalesce) {
                changed = true;
                evidence_changed |= touches_index;
            }
        }
        if changed {
            if evidence_changed {
                self.refresh_derived();
            } else {
                // Typing in a note's text, an actor's name, a rationale: the evidence
                // index cannot have changed, so a keystroke does not rebuild it.
                self.problems = std::cell::OnceCell::new();
                self.broken = std::cell::OnceCell::new();
                self.revision += 1;
            }
        }
        changed
    }

    /// Undoes the last step.
    pub fn undo(&mut self) -> bool {
        let done = self.history.undo(&mut self.project);
        if done {
            self.refresh_derived();
        }
        done
    }

    /// Redoes the last undone step.
    pub fn redo(&mut self) -> bool {
        let done = self.history.redo(&mut self.project);
        if done {
            self.refresh_derived();
        }
        done
    }

    /// Ends typing coalescing (a field lost focus).
    pub fn break_coalescing(&mut self) {
        self.history.break_coalescing();
    }

    /// What the next undo would change.
    pub fn undo_summary(&self) -> Option<StepSummary> {
        self.history.undo_summary()
    }

    /// What the next redo would change.
    pub fn redo_summary(&self) -> Option<StepSummary> {
        self.history.redo_summary()
    }

    /// True when there is something to undo.
    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    /// True when there is something to redo.
    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    /// True when the project has changes not yet saved.
    pub fn is_dirty(&self) -> bool {
        self.history.is_dirty()
    }

    /// Records a successful save to `path`.
    pub fn mark_saved(&mut self, path: &Path) {
        self.path = Some(path.to_owned());
        self.history.mark_saved();
        self.disk_stamp = crate::store::file_stamp(path);
    }

    /// True when the file was changed on disk by someone else since it was
    /// opened or last saved here.
    pub fn changed_on_disk(&self) -> bool {
        match &self.path {
            Some(path) => crate::store::file_stamp(path) != self.disk_stamp,
            None => false,
        }
    }

    /// Marks a restored recovery copy as unsaved changes.
    pub fn mark_restored(&mut self) {
        self.history.mark_unsaved();
    }

    /// Evidence per indicator and its triangulation.
    pub fn triangulation(&self) -> &TriangulationIndex {
        self.index.triangulation()
    }

    /// The evidence index of the project as it stands.
    pub fn index(&self) -> &EvidenceIndex {
        &self.index
    }

    /// The note with this id, found without scanning the project.
    pub fn note(&self, id: &EvidenceId) -> Option<&EvidenceNote> {
        self.index.note(&self.project, id)
    }

    /// The source with this id, found without scanning the project.
    pub fn source(&self, id: &SourceId) -> Option<&Source> {
        self.index.source(&self.project, id)
    }

    /// How many notes are taken from the source at `position` in `project.sources`.
    pub fn notes_from_source(&self, position: usize) -> usize {
        self.index.notes_from(position)
    }

    /// The notes whose anchor no longer holds their excerpt.
    pub fn broken_anchors(&self) -> &HashSet<EvidenceId> {
        self.broken
            .get_or_init(|| broken_anchors(&self.project).into_iter().collect())
    }

    /// The project's validation problems.
    pub fn problems(&self) -> &[Problem] {
        self.problems.get_or_init(|| self.project.validate())
    }

    /// A number that changes whenever the project does, for panels' own caches.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// The file name, or `None` for a project never saved.
    pub fn file_name(&self) -> Option<String> {
        self.path
            .as_ref()
            .and_then(|p| p.file_name())
            .map(|n| n.to_string_lossy().into_owned())
    }

    fn refresh_derived(&mut self) {
        self.index = EvidenceIndex::build(&self.project);
        self.problems = std::cell::OnceCell::new();
        self.broken = std::cell::OnceCell::new();
        self.revision += 1;
    }
}

/// True when `edit` may change what the evidence index (triangulation and id
/// lookups) is built from: which notes and sources exist, where they are, a note's
/// source or indicators, a source's kind.
fn touches_evidence_index(project: &Project, edit: &Edit) -> bool {
    match edit {
        Edit::Put(Item::Note(note)) => project
            .evidence
            .iter()
            .find(|n| n.id == note.id)
            .is_none_or(|old| old.source != note.source || old.indicators != note.indicators),
        Edit::Put(Item::Source(source)) => project
            .sources
            .iter()
            .find(|s| s.id == source.id)
            .is_none_or(|old| old.kind != source.kind),
        Edit::Study(_) | Edit::Network(_) | Edit::Layout(_) | Edit::Score(..) | Edit::Put(_) => {
            false
        }
        // Renaming or rewording an indicator leaves the index as it is; only a
        // change in which indicators exist can unlink notes.
        Edit::Framework(edit) => {
            let ids = |framework: Option<&crate::model::Framework>| -> Vec<String> {
                framework.map_or_else(Vec::new, |f| {
                    f.indicators.iter().map(|i| i.id.0.clone()).collect()
                })
            };
            ids(project.framework_in(edit.slot)) != ids(edit.framework.as_ref())
        }
        Edit::Remove(_) => true,
    }
}
