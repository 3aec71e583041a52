//! Source triangulation: whether an indicator's evidence comes from one source,
//! several, or several kinds (interview, observation, document), as the method asks.

use crate::i18n::{Msg, Named};
use crate::model::{EvidenceId, IndicatorId, Lang, Project, SourceKind};
use std::collections::HashMap;

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
    /// Distinct sources of the notes.
    sources: usize,
    /// Distinct kinds of those sources.
    kinds: usize,
}

impl TriangulationIndex {
    /// Indexes every note of `project` by the indicators it is linked to.
    ///
    /// Runs after every edit, so it copies as little as it can: indicators and
    /// sources are numbered once, and each indicator collects source numbers.
    pub fn build(project: &Project) -> Self {
        let mut source_of: HashMap<&str, (u32, SourceKind)> =
            HashMap::with_capacity(project.sources.len());
        for (position, source) in (0u32..).zip(&project.sources) {
            source_of
                .entry(source.id.as_str())
                .or_insert((position, source.kind));
        }
        // Per indicator linked to (in order of first appearance): its notes, the
        // numbers of their sources, and the kinds of those sources as bits.
        let mut slot_of: HashMap<&str, usize> = HashMap::new();
        let mut slots: Vec<(&IndicatorId, Vec<EvidenceId>, Vec<u32>, u8)> = Vec::new();
        for note in &project.evidence {
            let source = source_of.get(note.source.as_str());
            for indicator in &note.indicators {
                let index = *slot_of.entry(indicator.as_str()).or_insert_with(|| {
                    slots.push((indicator, Vec::new(), Vec::new(), 0));
                    slots.len() - 1
                });
                let (_, notes, sources, kinds) = &mut slots[index];
                notes.push(note.id.clone());
                if let Some((position, kind)) = source {
                    sources.push(*position);
                    *kinds |= 1 << (*kind as u8);
                }
            }
        }
        let per_indicator = slots
            .into_iter()
            .map(|(id, notes, mut sources, kinds)| {
                sources.sort_unstable();
                sources.dedup();
                let evidence = IndicatorEvidence {
                    notes,
                    sources: sources.len(),
                    kinds: kinds.count_ones() as usize,
                };
                (id.clone(), evidence)
            })
            .collect();
        Self { per_indicator }
    }

    /// The triangulation status of `indicator`.
    pub fn status(&self, indicator: &IndicatorId) -> Triangulation {
        self.per_indicator
            .get(indicator)
            .map_or(Triangulation::None, |e| {
                Triangulation::from_counts(e.sources, e.kinds)
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
        self.per_indicator.get(indicator).map_or(0, |e| e.sources)
    }
}
impl Named for Triangulation {
    fn name(&self, lang: Lang) -> &'static str {
        match self {
            Triangulation::None => Msg::TriNone,
            Triangulation::OneSource => Msg::TriOneSource,
            Triangulation::SeveralSources => Msg::TriSeveralSources,
            Triangulation::SeveralKinds => Msg::TriSeveralKinds,
        }
        .get(lang)
    }
}
