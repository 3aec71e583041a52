//! Notes and sources by id without scanning the project: their positions keyed
//! by a hash of the id, and how many notes each source has. Built once per change
//! of the project, with the other derived facts; panels look up in O(1).

use crate::model::{EvidenceId, EvidenceNote, Project, Source, SourceId};
use std::collections::HashMap;
use std::hash::{BuildHasher, BuildHasherDefault, Hasher, RandomState};

/// Positions of the notes and sources of one state of a project.
///
/// Keyed by a 64-bit hash of the id, so building it copies no strings. Every hit
/// is checked against the real id; a miss or a (practically impossible) collision
/// falls back to a scan, so answers are always those of [`Project::note`] even
/// for a project edited since the build.
#[derive(Clone, Debug, Default)]
pub struct Lookup {
    hasher: RandomState,
    notes: PositionMap,
    sources: PositionMap,
    notes_per_source: Vec<usize>,
}

type PositionMap = HashMap<u64, usize, BuildHasherDefault<Prehashed>>;

/// The keys are already hashes: use them as they are.
#[derive(Default)]
struct Prehashed(u64);

impl Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 = self.0.rotate_left(8) ^ u64::from(*byte);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

impl Lookup {
    /// Indexes `project`. Where two items share an id, the first one wins, as in a scan.
    pub fn build(project: &Project) -> Self {
        let hasher = RandomState::new();
        let positions = |ids: &mut dyn Iterator<Item = &str>| {
            let mut map = PositionMap::default();
            for (position, id) in ids.enumerate() {
                map.entry(hasher.hash_one(id)).or_insert(position);
            }
            map
        };
        let notes = positions(&mut project.evidence.iter().map(|n| n.id.as_str()));
        let sources = positions(&mut project.sources.iter().map(|s| s.id.as_str()));
        let mut lookup = Lookup {
            hasher,
            notes,
            sources,
            notes_per_source: vec![0; project.sources.len()],
        };
        for note in &project.evidence {
            if let Some(position) = lookup.source_position(project, &note.source) {
                lookup.notes_per_source[position] += 1;
            }
        }
        lookup
    }

    fn find<T>(
        &self,
        map: &PositionMap,
        items: &[T],
        id: &str,
        id_of: impl Fn(&T) -> &str,
    ) -> Option<usize> {
        match map
            .get(&self.hasher.hash_one(id))
            .map(|&position| (position, items.get(position)))
        {
            Some((position, Some(item))) if id_of(item) == id => Some(position),
            // Not indexed (a dangling reference, or a project changed since the
            // build), or a hash collision: scan, so the answer is always right.
            _ => items.iter().position(|item| id_of(item) == id),
        }
    }

    fn source_position(&self, project: &Project, id: &SourceId) -> Option<usize> {
        self.find(&self.sources, &project.sources, id.as_str(), |s| {
            s.id.as_str()
        })
    }

    /// The note with this id in `project` (the project this was built from).
    pub fn note<'p>(&self, project: &'p Project, id: &EvidenceId) -> Option<&'p EvidenceNote> {
        self.find(&self.notes, &project.evidence, id.as_str(), |n| {
            n.id.as_str()
        })
        .map(|position| &project.evidence[position])
    }

    /// The source with this id in `project` (the project this was built from).
    pub fn source<'p>(&self, project: &'p Project, id: &SourceId) -> Option<&'p Source> {
        self.source_position(project, id)
            .map(|position| &project.sources[position])
    }

    /// How many notes are taken from the source at `position` in `project.sources`.
    pub fn notes_from(&self, position: usize) -> usize {
        self.notes_per_source.get(position).copied().unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::Lookup;
    use crate::model::{EvidenceId, SourceId};
    use crate::synth::{Params, project};

    #[test]
    fn finds_what_a_scan_finds() {
        let project = project(&Params::with_evidence(300));
        let lookup = Lookup::build(&project);
        for note in &project.evidence {
            assert_eq!(lookup.note(&project, &note.id), Some(note));
        }
        for (position, source) in project.sources.iter().enumerate() {
            assert_eq!(lookup.source(&project, &source.id), Some(source));
            let count = project
                .evidence
                .iter()
                .filter(|n| n.source == source.id)
                .count();
            assert_eq!(lookup.notes_from(position), count);
        }
        assert_eq!(lookup.note(&project, &EvidenceId::new("missing")), None);
        assert_eq!(lookup.source(&project, &SourceId::new("missing")), None);
    }
}
