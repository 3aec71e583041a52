//! What the source texts hold, for the reader and the coverage figures: the
//! passages coded in one text (sorted, so the lines on screen find theirs
//! without scanning them all), how much of each text is coded and for which
//! indicators, and keyword-in-context search across every text.

use crate::model::{Anchor, CharIndex, EvidenceId, IndicatorId, Project, SourceId};
use std::collections::{BTreeMap, HashMap};
use std::ops::Range;

/// One coded passage of a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodedPassage {
    /// Where it is.
    pub anchor: Anchor,
    /// The note coded from it.
    pub note: EvidenceId,
    /// Its position in `project.evidence`.
    pub position: usize,
    /// True when the passage no longer holds the note's excerpt.
    pub broken: bool,
}

/// The passages coded in one source's text, by where they start.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TextCoding {
    /// The passages, sorted by start, then end.
    pub passages: Vec<CodedPassage>,
    /// The longest passage, so a search for the ones over a range can start
    /// far enough back.
    longest: usize,
    /// How many characters the text has.
    pub chars: usize,
}

impl TextCoding {
    /// The passages coded in the text of `source`.
    pub fn of(project: &Project, source: &SourceId) -> Self {
        let text = project.source(source).map_or("", |s| s.text.as_str());
        let index = CharIndex::new(text);
        let mut passages: Vec<CodedPassage> = project
            .evidence
            .iter()
            .enumerate()
            .filter(|(_, note)| &note.source == source)
            .filter_map(|(position, note)| {
                let anchor = note.anchor?;
                Some(CodedPassage {
                    anchor,
                    note: note.id.clone(),
                    position,
                    broken: index.slice(text, anchor) != Some(note.excerpt.as_str()),
                })
            })
            .collect();
        passages.sort_by_key(|p| (p.anchor.start, p.anchor.end));
        let longest = passages.iter().map(|p| p.anchor.len()).max().unwrap_or(0);
        TextCoding {
            passages,
            longest,
            chars: index.chars(),
        }
    }

    /// The passages that share a character with `range` (e.g. a paragraph on screen).
    pub fn over(&self, range: Range<usize>) -> impl Iterator<Item = &CodedPassage> {
        let from = range.start.saturating_sub(self.longest);
        let first = self.passages.partition_point(|p| p.anchor.start < from);
        self.passages[first..]
            .iter()
            .take_while(move |p| p.anchor.start < range.end)
            .filter(move |p| {
                p.anchor.overlaps(&range)
                    || (p.anchor.is_empty() && range.contains(&p.anchor.start))
            })
    }

    /// How many characters at least one passage covers.
    pub fn coded_chars(&self) -> usize {
        let mut covered = 0;
        let mut reach = 0;
        for passage in &self.passages {
            let start = passage.anchor.start.max(reach);
            if passage.anchor.end > start {
                covered += passage.anchor.end - start;
            }
            reach = reach.max(passage.anchor.end);
        }
        covered
    }
}

/// How much of one source's text is coded, and for which indicators.
#[derive(Clone, Debug, PartialEq)]
pub struct Coverage {
    /// The source.
    pub source: SourceId,
    /// Characters in its text.
    pub chars: usize,
    /// Characters covered by at least one passage.
    pub coded: usize,
    /// Anchored notes, per indicator they are linked to.
    pub per_indicator: BTreeMap<IndicatorId, usize>,
}

impl Coverage {
    /// The share of the text that is coded, 0 to 1.
    pub fn share(&self) -> f64 {
        if self.chars == 0 {
            0.0
        } else {
            self.coded as f64 / self.chars as f64
        }
    }
}

/// The coverage of every source that holds a text, in project order.
pub fn coverage(project: &Project) -> Vec<Coverage> {
    project
        .sources
        .iter()
        .filter(|s| !s.text.is_empty())
        .map(|source| {
            let coding = TextCoding::of(project, &source.id);
            let mut per_indicator: BTreeMap<IndicatorId, usize> = BTreeMap::new();
            for passage in &coding.passages {
                for indicator in &project.evidence[passage.position].indicators {
                    *per_indicator.entry(indicator.clone()).or_default() += 1;
                }
            }
            Coverage {
                source: source.id.clone(),
                chars: coding.chars,
                coded: coding.coded_chars(),
                per_indicator,
            }
        })
        .collect()
}

/// One place a search found, with the words around it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextHit {
    /// The source whose text it is in.
    pub source: SourceId,
    /// The words found.
    pub anchor: Anchor,
    /// The text before them on the line (at most [`CONTEXT_CHARS`]).
    pub before: String,
    /// The words as they stand in the text.
    pub found: String,
    /// The text after them on the line.
    pub after: String,
}

/// How many characters of context a hit shows on each side.
pub const CONTEXT_CHARS: usize = 48;

/// Every place `query` occurs in the source texts, case-insensitively, in
/// project and text order, at most `limit` (and the total count).
pub fn search_texts(project: &Project, query: &str, limit: usize) -> (Vec<TextHit>, usize) {
    let query = query.trim();
    if query.is_empty() {
        return (Vec::new(), 0);
    }
    let needle = query.to_lowercase();
    let mut hits = Vec::new();
    let mut total = 0;
    for source in project.sources.iter().filter(|s| !s.text.is_empty()) {
        // Lowercasing can change byte lengths (e.g. 'İ'): search a folded copy
        // and map back through the characters, which folding keeps one to one.
        let (folded, map) = fold_keeping_chars(&source.text);
        let index = CharIndex::new(&source.text);
        for (byte, matched) in folded.match_indices(&needle) {
            total += 1;
            if hits.len() >= limit {
                continue;
            }
            let start = map.char_at(byte);
            let end = map.char_at(byte + matched.len());
            let anchor = Anchor::new(start, end);
            hits.push(hit(&source.id, &source.text, &index, anchor));
        }
    }
    (hits, total)
}

fn hit(source: &SourceId, text: &str, index: &CharIndex, anchor: Anchor) -> TextHit {
    let line_start = |from: usize| {
        let mut start = from.saturating_sub(CONTEXT_CHARS);
        let before = index
            .slice(text, Anchor::new(start, from))
            .unwrap_or_default();
        if let Some(newline) = before.rfind('\n') {
            start += before[..=newline].chars().count();
        }
        start
    };
    let before_start = line_start(anchor.start);
    let after_end = {
        let end = (anchor.end + CONTEXT_CHARS).min(index.chars());
        let after = index
            .slice(text, Anchor::new(anchor.end, end))
            .unwrap_or_default();
        match after.find('\n') {
            Some(newline) => anchor.end + after[..newline].chars().count(),
            None => end,
        }
    };
    let slice = |a: usize, b: usize| {
        index
            .slice(text, Anchor::new(a, b))
            .unwrap_or_default()
            .to_owned()
    };
    TextHit {
        source: source.clone(),
        anchor,
        before: slice(before_start, anchor.start),
        found: slice(anchor.start, anchor.end),
        after: slice(anchor.end, after_end),
    }
}

/// A lowercased copy of `text` in which every character stays one character,
/// and the character each byte of the copy belongs to.
struct FoldMap {
    /// Byte offset in the folded copy of each character, and the copy's length.
    starts: Vec<usize>,
}

impl FoldMap {
    fn char_at(&self, byte: usize) -> usize {
        match self.starts.binary_search(&byte) {
            Ok(char) => char,
            Err(next) => next.saturating_sub(1),
        }
    }
}

fn fold_keeping_chars(text: &str) -> (String, FoldMap) {
    let mut folded = String::with_capacity(text.len());
    let mut starts = Vec::with_capacity(text.len());
    for c in text.chars() {
        starts.push(folded.len());
        let mut lower = c.to_lowercase();
        match (lower.next(), lower.next()) {
            // A character whose lowercase is several characters stays as it is,
            // so positions still count the text's own characters.
            (Some(single), None) => folded.push(single),
            _ => folded.push(c),
        }
    }
    starts.push(folded.len());
    (folded, FoldMap { starts })
}

/// The words around a passage: from the start of the sentence before it to the
/// end of the sentence after it, within its paragraph and at most `limit`
/// characters on each side. `None` when the anchor lies outside the text.
pub fn context_around(
    text: &str,
    anchor: Anchor,
    limit: usize,
) -> Option<(String, String, String)> {
    let index = CharIndex::new(text);
    let quote = index.slice(text, anchor)?.to_owned();
    let line_start = index
        .slice(text, Anchor::new(0, anchor.start))?
        .rfind('\n')
        .map_or(0, |byte| index.char_at_byte(byte) + 1);
    let end_byte = index.byte(anchor.end)?;
    let line_end = text[end_byte..]
        .find('\n')
        .map_or(index.chars(), |byte| index.char_at_byte(end_byte + byte));
    let from = anchor.start.saturating_sub(limit).max(line_start);
    let to = (anchor.end + limit).min(line_end);
    let before = index.slice(text, Anchor::new(from, anchor.start))?;
    let after = index.slice(text, Anchor::new(anchor.end, to))?;
    let ends_sentence = |c: char| matches!(c, '.' | '?' | '!' | '…');
    // Back to the start of the sentence that holds the passage's beginning…
    let before = match before.trim_end().rfind(ends_sentence) {
        Some(byte) if from > line_start || byte > 0 => before[byte + 1..].trim_start(),
        _ => before.trim_start(),
    };
    // …and on to the end of the sentence after it.
    let after = match after.find(ends_sentence) {
        Some(byte) => {
            let rest = &after[byte..];
            let end = byte + rest.chars().next().map_or(0, char::len_utf8);
            // Include the next sentence too when the passage ended one.
            if after[..byte].trim().is_empty() {
                let next = &after[end..];
                let more = next.find(ends_sentence).map_or(next.len(), |b| b + 1);
                &after[..end + more]
            } else {
                &after[..end]
            }
        }
        None => after,
    };
    Some((before.to_owned(), quote, after.trim_end().to_owned()))
}

#[cfg(test)]
fn search_texts_anchor(text: &str, words: &str) -> Anchor {
    crate::model::find_near(text, words, 0).expect("the words are in the text")
}

/// The notes of each source that are anchored, for the evidence table's flags.
pub fn anchored_counts(project: &Project) -> HashMap<&SourceId, usize> {
    let mut counts = HashMap::new();
    for note in project.evidence.iter().filter(|n| n.anchor.is_some()) {
        *counts.entry(&note.source).or_default() += 1;
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::{TextCoding, context_around, coverage, search_texts};
    use crate::model::{Anchor, passage};
    use crate::synth::{Params, project};

    #[test]
    fn search_finds_words_in_any_case_with_their_context_and_exact_positions() {
        let mut project = project(&Params::with_evidence(40));
        project.sources[0].text =
            "P: Siapa?\nI: Dinas Perindustrian mengundang kami. Dinas juga membayar.\nP: İstanbul?"
                .into();
        let (hits, total) = search_texts(&project, "dinas", 10);
        assert_eq!(total, 2);
        assert_eq!(hits[0].found, "Dinas");
        assert_eq!(hits[0].before, "I: ");
        assert!(hits[0].after.starts_with(" Perindustrian"));
        assert!(!hits[0].after.contains('\n'), "context stays on its line");
        for hit in &hits {
            assert_eq!(
                passage(&project.sources[0].text, hit.anchor),
                Some(hit.found.as_str())
            );
        }
        let (hits, _) = search_texts(&project, "istanbul", 10);
        assert!(hits.is_empty() || passage(&project.sources[0].text, hits[0].anchor).is_some());
        assert_eq!(search_texts(&project, "  ", 10).1, 0);
    }

    #[test]
    fn passages_over_a_range_and_the_coded_share_are_exact() {
        let mut project = project(&Params::with_evidence(10));
        let source = project.sources[0].id.clone();
        project.sources[0].text = "abcdefghijklmnopqrstuvwxyz".into();
        let mut anchors = vec![Anchor::new(2, 6), Anchor::new(4, 10), Anchor::new(20, 22)];
        for note in &mut project.evidence {
            note.anchor = None;
            if note.source == source
                && let Some(anchor) = anchors.pop()
            {
                note.excerpt = passage("abcdefghijklmnopqrstuvwxyz", anchor)
                    .expect("inside")
                    .to_owned();
                note.anchor = Some(anchor);
            }
        }
        let placed = 3 - anchors.len();
        let coding = TextCoding::of(&project, &source);
        assert_eq!(coding.passages.len(), placed);
        if placed == 3 {
            assert_eq!(coding.coded_chars(), 8 + 2);
            assert_eq!(coding.over(5..7).count(), 2);
            assert_eq!(coding.over(10..20).count(), 0);
            let cov = coverage(&project);
            assert_eq!(cov[0].coded, 10);
        }
    }

    #[test]
    fn a_quote_comes_with_the_sentences_around_it_on_its_line() {
        let text = "P: Siapa?\nI: Kami diundang. Dinas yang mengatur semua. Lalu kami datang. Selesai.\nP: Oke.";
        let found = super::super::texts::search_texts_anchor(text, "Dinas yang mengatur semua.");
        let (before, quote, after) = context_around(text, found, 200).expect("inside");
        assert_eq!(before, "");
        assert_eq!(quote, "Dinas yang mengatur semua.");
        assert_eq!(after, " Lalu kami datang.");
        let inner = super::super::texts::search_texts_anchor(text, "mengatur");
        let (before, _, after) = context_around(text, inner, 200).expect("inside");
        assert_eq!(before, "Dinas yang ");
        assert_eq!(after, " semua.");
    }
}
