//! Source triangulation: whether an indicator's evidence comes from one source,
//! several, or several kinds (interview, observation, document), as the method asks.

use crate::model::{EvidenceId, IndicatorId, Project, SourceId, SourceKind};
use std::collections::{BTreeSet, HashMap};

/// How well an indicator's evidence is triangulated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Triangulation {
    /// No evidence note is linked to it.
    None,
    /// All its notes come from a single source.
    OneSource,
    /// Several sources, all of the same kind.
    SeveralSources,
    /// Sources of at least two kinds.
    SeveralKinds,
}

impl Triangulation {
    /// Every status, weakest first.
    pub const ALL: [Triangulation; 4] = [
        Triangulation::None,
        Triangulation::OneSource,
        Triangulation::SeveralSources,
        Triangulation::SeveralKinds,
    ];

    /// The status for evidence drawn from `sources` of `kinds`.
    pub fn from_counts(sources: usize, kinds: usize) -> Self {
        match (sources, kinds) {
            (0, _) => Triangulation::None,
            (1, _) => Triangulation::OneSource,
            (_, 0 | 1) => Triangulation::SeveralSources,
            _ => Triangulation::SeveralKinds,
        }
    }

    /// A stable machine name, used by the CLI and exports.
    pub fn key(self) -> &'static str {
        match self {
            Triangulation::None => "none",
            Triangulation::OneSource => "one-source",
            Triangulation::SeveralSources => "several-sources",
            Triangulation::SeveralKinds => "several-kinds",
        }
    }
}

/// Per indicator, the notes linked to it and its triangulation. Built once per
/// change of the project so panels read it instead of rescanning every note.
#[derive(Clone, Debug, Default)]
pub struct TriangulationIndex {
    per_indicator: HashMap<IndicatorId, IndicatorEvidence>,
}

#[derive(Clone, Debug, Default)]
struct IndicatorEvidence {
    notes: Vec<EvidenceId>,
    sources: BTreeSet<SourceId>,
    kinds: BTreeSet<u8>,
}

impl TriangulationIndex {
    /// Indexes every note of `project` by the indicators it is linked to.
    pub fn build(project: &Project) -> Self {
        let kind_of: HashMap<&SourceId, SourceKind> =
            project.sources.iter().map(|s| (&s.id, s.kind)).collect();
        let mut per_indicator: HashMap<IndicatorId, IndicatorEvidence> = HashMap::new();
        for note in &project.evidence {
            for indicator in &note.indicators {
                let entry = per_indicator.entry(indicator.clone()).or_default();
                entry.notes.push(note.id.clone());
                if let Some(kind) = kind_of.get(&note.source) {
                    entry.sources.insert(note.source.clone());
                    entry.kinds.insert(*kind as u8);
                }
            }
        }
        Self { per_indicator }
    }

    /// The triangulation status of `indicator`.
    pub fn status(&self, indicator: &IndicatorId) -> Triangulation {
        self.per_indicator
            .get(indicator)
            .map_or(Triangulation::None, |e| {
                Triangulation::from_counts(e.sources.len(), e.kinds.len())
            })
    }

    /// The notes linked to `indicator`, in project order.
    pub fn notes(&self, indicator: &IndicatorId) -> &[EvidenceId] {
        self.per_indicator
            .get(indicator)
            .map_or(&[], |e| e.notes.as_slice())
    }

    /// How many distinct sources the notes on `indicator` come from.
    pub fn source_count(&self, indicator: &IndicatorId) -> usize {
        self.per_indicator
            .get(indicator)
            .map_or(0, |e| e.sources.len())
    }
}
