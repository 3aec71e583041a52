//! Searching the evidence: the filters of the notes table and a lowercased copy
//! of every note's text, built once per state of the project, so typing a
//! query stays fast at tens of thousands of notes.

use crate::model::{EvidenceNote, IndicatorId, Project, SourceId, SourceKind, Stance};
use std::collections::HashMap;

/// Filters of the evidence table; every one narrows the list.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NoteFilter {
    /// Only notes linked to this indicator.
    pub indicator: Option<IndicatorId>,
    /// Only notes about this actor.
    pub actor: Option<crate::model::ActorId>,
    /// Only notes from this source.
    pub source: Option<SourceId>,
    /// Only notes from sources of this kind.
    pub source_kind: Option<SourceKind>,
    /// Only notes with this stance.
    pub stance: Option<Stance>,
    /// Free text, matched case-insensitively in excerpt, interpretation, tags and source.
    pub text: String,
}

impl NoteFilter {
    /// Positions in `project.evidence` of the notes that pass. `text` is the
    /// project's [`SearchText`], built for this same state of the project (one
    /// built for another project, or an empty one, is rebuilt here).
    ///
    /// Runs on every keystroke in the search field: the notes' text was lowercased
    /// and their sources found once, so this only searches; each source is
    /// matched once, not once per note.
    pub fn apply(&self, project: &Project, text: &SearchText) -> Vec<usize> {
        let needle = fold(self.text.trim());
        let rebuilt;
        let text = if !self.needs_search_text() || text.ends.len() == project.evidence.len() {
            text
        } else {
            rebuilt = SearchText::build(project);
            &rebuilt
        };
        let mut scratch = String::new();
        let sources: Vec<(SourceKind, bool)> = project
            .sources
            .iter()
            .map(|s| {
                let matched = !needle.is_empty()
                    && [
                        &s.title,
                        &s.informant,
                        &s.informant_code,
                        &s.informant_position,
                    ]
                    .iter()
                    .any(|field| contains_folded(field, &needle, &mut scratch));
                (s.kind, matched)
            })
            .collect();
        // The separator between fields in the search text: a needle holding it
        // could match across two fields, so it is searched field by field.
        let exact = needle.contains(SearchText::SEPARATOR);
        project
            .evidence
            .iter()
            .enumerate()
            .filter(|(position, note)| {
                let source = text.source_of(*position).and_then(|s| sources.get(s));
                self.indicator
                    .as_ref()
                    .is_none_or(|i| note.indicators.contains(i))
                    && self.actor.as_ref().is_none_or(|a| note.actors.contains(a))
                    && self.source.as_ref().is_none_or(|s| &note.source == s)
                    && self
                        .source_kind
                        .is_none_or(|k| source.is_some_and(|(kind, _)| *kind == k))
                    && self.stance.is_none_or(|s| note.stance == s)
                    && (needle.is_empty()
                        || source.is_some_and(|(_, matched)| *matched)
                        || if exact {
                            matches_fields(note, &needle, &mut scratch)
                        } else {
                            text.note(*position)
                                .is_some_and(|t| t.contains(needle.as_str()))
                        })
            })
            .map(|(position, _)| position)
            .collect()
    }

    /// Whether [`NoteFilter::apply`] reads the [`SearchText`]: for a search or a source kind.
    pub fn needs_search_text(&self) -> bool {
        !self.text.trim().is_empty() || self.source_kind.is_some()
    }
}

/// The searchable text of every note (excerpt, interpretation, tags, id),
/// lowercased, in one buffer, and where each note's source is. Built once per
/// state of the project, the first time a filter needs it, so typing a query
/// only searches.
#[derive(Clone, Debug, Default)]
pub struct SearchText {
    text: String,
    /// Where each note's text ends in `text`.
    ends: Vec<usize>,
    /// Per note, the position of its source in `project.sources` (`u32::MAX`: none).
    sources: Vec<u32>,
}

impl SearchText {
    /// Between two fields of a note, so a word never runs from one into the next.
    const SEPARATOR: char = '\u{0}';

    /// Lowercases the searchable text of every note of `project`.
    pub fn build(project: &Project) -> Self {
        fn fields(note: &EvidenceNote) -> impl Iterator<Item = &str> {
            let fixed = [
                note.excerpt.as_str(),
                note.interpretation.as_str(),
                note.id.as_str(),
            ];
            fixed
                .into_iter()
                .chain(note.tags.iter().map(String::as_str))
        }
        let mut source_at: HashMap<&SourceId, u32> = HashMap::with_capacity(project.sources.len());
        for (position, source) in (0u32..).zip(&project.sources) {
            source_at.entry(&source.id).or_insert(position);
        }
        let capacity = project
            .evidence
            .iter()
            .flat_map(fields)
            .map(|f| f.len() + 1)
            .sum();
        let mut text = String::with_capacity(capacity);
        let mut ends = Vec::with_capacity(project.evidence.len());
        let mut sources = Vec::with_capacity(project.evidence.len());
        for note in &project.evidence {
            for field in fields(note) {
                push_folded(&mut text, field);
                text.push(Self::SEPARATOR);
            }
            ends.push(text.len());
            sources.push(source_at.get(&note.source).copied().unwrap_or(u32::MAX));
        }
        SearchText {
            text,
            ends,
            sources,
        }
    }

    /// The text of the note at `position`.
    fn note(&self, position: usize) -> Option<&str> {
        let start = match position {
            0 => 0,
            _ => *self.ends.get(position - 1)?,
        };
        self.text.get(start..*self.ends.get(position)?)
    }

    /// The position of the note's source in `project.sources`, if it has one.
    fn source_of(&self, position: usize) -> Option<usize> {
        self.sources
            .get(position)
            .filter(|s| **s != u32::MAX)
            .map(|s| *s as usize)
    }
}

/// Appends `text` lowercased for searching: runs of ASCII in bulk, any other
/// character by its own lowercase mapping (so, unlike `str::to_lowercase`, a
/// final capital sigma gives σ, the same in a query as in the text).
pub fn push_folded(out: &mut String, text: &str) {
    if text.is_ascii() {
        let start = out.len();
        out.push_str(text);
        out[start..].make_ascii_lowercase();
        return;
    }
    let mut rest = text;
    while !rest.is_empty() {
        let ascii = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let start = out.len();
        out.push_str(&rest[..ascii]);
        out[start..].make_ascii_lowercase();
        rest = &rest[ascii..];
        if let Some(c) = rest.chars().next() {
            out.extend(c.to_lowercase());
            rest = &rest[c.len_utf8()..];
        }
    }
}

/// `text` lowercased for searching (see [`push_folded`]).
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    push_folded(&mut folded, text);
    folded
}

/// True when `haystack`, lowercased, contains `needle` (already [`fold`]ed).
///
/// For the usual ASCII needle the haystack is copied into `scratch` and
/// ASCII-lowercased there (non-ASCII letters cannot match an ASCII needle
/// anyway), then searched with the standard library's vectorised `contains`:
/// no allocation per call. The only letters this treats differently from
/// [`fold`] are the two whose lowercase is ASCII (the Kelvin sign and dotted
/// capital I). Other needles take the full path.
pub fn contains_folded(haystack: &str, needle: &str, scratch: &mut String) -> bool {
    if needle.is_ascii() {
        if haystack.len() < needle.len() {
            return false;
        }
        scratch.clear();
        scratch.push_str(haystack);
        scratch.make_ascii_lowercase();
    } else {
        scratch.clear();
        push_folded(scratch, haystack);
    }
    scratch.contains(needle)
}

/// The note's fields searched one by one (for needles [`SearchText`] cannot take).
fn matches_fields(note: &EvidenceNote, needle: &str, scratch: &mut String) -> bool {
    contains_folded(&note.excerpt, needle, scratch)
        || contains_folded(&note.interpretation, needle, scratch)
        || note
            .tags
            .iter()
            .any(|t| contains_folded(t, needle, scratch))
        || contains_folded(note.id.as_str(), needle, scratch)
}

#[cfg(test)]
mod tests {
    use super::{NoteFilter, SearchText};
    use crate::model::{IndicatorId, Project, SourceKind};
    use crate::synth::{Params, project};

    /// The filter as first written: every field lowercased and searched, per note.
    fn naive(filter: &NoteFilter, project: &Project) -> Vec<usize> {
        let needle = filter.text.trim().to_lowercase();
        let has = |text: &str| text.to_lowercase().contains(&needle);
        (0..project.evidence.len())
            .filter(|&i| {
                let note = &project.evidence[i];
                let source = project.source(&note.source);
                filter
                    .indicator
                    .as_ref()
                    .is_none_or(|x| note.indicators.contains(x))
                    && filter
                        .source_kind
                        .is_none_or(|k| source.is_some_and(|s| s.kind == k))
                    && (needle.is_empty()
                        || has(&note.excerpt)
                        || has(&note.interpretation)
                        || note.tags.iter().any(|t| has(t))
                        || has(note.id.as_str())
                        || source.is_some_and(|s| {
                            has(&s.title)
                                || has(&s.informant)
                                || has(&s.informant_code)
                                || has(&s.informant_position)
                        }))
            })
            .collect()
    }

    #[test]
    fn the_fast_filter_finds_what_searching_every_field_finds() {
        let mut project = project(&Params::with_evidence(400));
        project.evidence[7].excerpt = "Ketua KELOMPOK bilang: “Élan ΟΔΟΣ” ok".into();
        project.evidence[9].tags.push("Bahan-Baku".into());
        let text = SearchText::build(&project);
        for query in [
            "",
            "regenerasi",
            "PAMERAN",
            "  kelompok ",
            "élan",
            "“élan",
            "note-12",
            "wawancara",
            "bahan-baku",
            "no such words",
        ] {
            for (indicator, kind) in [
                (None, None),
                (Some(IndicatorId::new("trust")), Some(SourceKind::Interview)),
            ] {
                let filter = NoteFilter {
                    indicator: indicator.clone(),
                    source_kind: kind,
                    text: query.into(),
                    ..NoteFilter::default()
                };
                assert_eq!(
                    filter.apply(&project, &text),
                    naive(&filter, &project),
                    "{query:?} {indicator:?}"
                );
            }
        }
        // A capital sigma folds to σ in the query and in the text alike.
        for query in ["ΟΔΟΣ", "οδοσ", "Οδοσ"] {
            let filter = NoteFilter {
                text: query.into(),
                ..NoteFilter::default()
            };
            assert_eq!(filter.apply(&project, &text), vec![7], "{query}");
        }
        // A query never matches across two fields of a note.
        let across = NoteFilter {
            text: format!("{}\u{0}", project.evidence[0].excerpt.to_lowercase()),
            ..NoteFilter::default()
        };
        assert!(!across.apply(&project, &text).contains(&0));
    }
}
