//! The facts every view of the evidence reads, built once per state of the
//! project: which notes speak to each indicator (and how well triangulated),
//! and where each note and source sits, so nothing is found by scanning.

use super::lookup::Lookup;
use super::triangulation::TriangulationIndex;
use crate::model::{EvidenceId, EvidenceNote, Project, Source, SourceId};

/// The evidence of one state of a project, indexed.
#[derive(Clone, Debug, Default)]
pub struct EvidenceIndex {
    triangulation: TriangulationIndex,
    lookup: Lookup,
}

impl EvidenceIndex {
    /// Indexes `project`.
    pub fn build(project: &Project) -> Self {
        Self {
            triangulation: TriangulationIndex::build(project),
            lookup: Lookup::build(project),
        }
    }

    /// Evidence per indicator and its triangulation.
    pub fn triangulation(&self) -> &TriangulationIndex {
        &self.triangulation
    }

    /// The note with this id.
    pub fn note<'p>(&self, project: &'p Project, id: &EvidenceId) -> Option<&'p EvidenceNote> {
        self.lookup.note(project, id)
    }

    /// The source with this id.
    pub fn source<'p>(&self, project: &'p Project, id: &SourceId) -> Option<&'p Source> {
        self.lookup.source(project, id)
    }

    /// How many notes are taken from the source at `position` in `project.sources`.
    pub fn notes_from(&self, position: usize) -> usize {
        self.lookup.notes_from(position)
    }
}
