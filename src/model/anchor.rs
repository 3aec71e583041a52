//! Passages of a source's text, and how they follow the text when it is
//! edited. Positions count Unicode scalar values (Rust `char`s), as REFI-QDA
//! and the other qualitative-analysis tools do; never bytes.

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// Where an evidence note stands in its source's text: characters `start`
/// (inclusive) to `end` (exclusive).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Anchor {
    /// The first character of the passage.
    pub start: usize,
    /// The character after the passage.
    pub end: usize,
}

impl Anchor {
    /// The passage from `start` to `end` (swapped when given the other way round).
    pub fn new(start: usize, end: usize) -> Self {
        Anchor {
            start: start.min(end),
            end: start.max(end),
        }
    }

    /// How many characters the passage spans.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// True for an empty passage.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// True when the passage and `range` share a character.
    pub fn overlaps(self, range: &Range<usize>) -> bool {
        self.start < range.end && range.start < self.end
    }
}

/// A text with the byte offset of every character, so character positions
/// convert to slices in constant time. Built once per text, not per passage.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CharIndex {
    /// Byte offset of each character, and the text's length at the end.
    offsets: Vec<usize>,
}

impl CharIndex {
    /// Indexes `text`.
    pub fn new(text: &str) -> Self {
        let mut offsets: Vec<usize> = text.char_indices().map(|(byte, _)| byte).collect();
        offsets.push(text.len());
        CharIndex { offsets }
    }

    /// How many characters the text has.
    pub fn chars(&self) -> usize {
        self.offsets.len().saturating_sub(1)
    }

    /// The byte offset of character `char`, when it is within the text (the
    /// text's end counts).
    pub fn byte(&self, char: usize) -> Option<usize> {
        self.offsets.get(char).copied()
    }

    /// The character at byte offset `byte` (the one that starts there or contains it).
    pub fn char_at_byte(&self, byte: usize) -> usize {
        match self.offsets.binary_search(&byte) {
            Ok(char) => char,
            Err(next) => next.saturating_sub(1),
        }
    }

    /// The text of `anchor` in `text` (the text this index was built for).
    pub fn slice<'t>(&self, text: &'t str, anchor: Anchor) -> Option<&'t str> {
        let start = self.byte(anchor.start)?;
        let end = self.byte(anchor.end)?;
        text.get(start..end)
    }
}

/// `anchor` without the white space at either end of its passage (a drag by
/// mouse often takes a space or a line end along), so that a quote never
/// starts or ends in a blank; `None` when the passage is only white space or
/// lies outside the text.
pub fn trim_to_words(text: &str, anchor: Anchor) -> Option<Anchor> {
    let words = passage(text, anchor)?;
    let leading = words.chars().take_while(|c| c.is_whitespace()).count();
    let kept = words.trim().chars().count();
    (kept > 0).then(|| Anchor::new(anchor.start + leading, anchor.start + leading + kept))
}

/// The text of `anchor` in `text`, or `None` when it lies outside the text.
pub fn passage(text: &str, anchor: Anchor) -> Option<&str> {
    let start = text
        .char_indices()
        .map(|(b, _)| b)
        .chain([text.len()])
        .nth(anchor.start)?;
    let end = text[start..]
        .char_indices()
        .map(|(b, _)| start + b)
        .chain([text.len()])
        .nth(anchor.len())?;
    text.get(start..end)
}

/// The paragraphs of `text`, as character ranges without their line ends. A
/// paragraph is a line: imported texts keep one paragraph per line, with blank
/// lines between them, and blank lines are not paragraphs.
pub fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut paragraphs = Vec::new();
    let mut start = 0;
    let mut count = 0;
    for line in text.split('\n') {
        let chars = line.chars().count();
        if !line.trim().is_empty() {
            paragraphs.push(start..start + chars);
        }
        count += chars + 1;
        start = count;
    }
    paragraphs
}

/// The number (from 1) of the paragraph `position` falls in, among `paragraphs`.
pub fn paragraph_number(paragraphs: &[Range<usize>], position: usize) -> Option<usize> {
    let index = paragraphs.partition_point(|p| p.end <= position);
    paragraphs
        .get(index)
        .filter(|p| p.start <= position || index > 0)
        .map(|_| index + 1)
}

/// Where an anchor stands after its text was edited.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Relocated {
    /// The passage is where it was, or moved with the text around it.
    Moved(Anchor),
    /// The passage itself was edited; its words were found again here.
    Found(Anchor),
    /// The edit fell inside the passage (a typo fixed, a name anonymised): the
    /// passage now spans the edited words, and the note's excerpt follows them.
    Edited(Anchor),
    /// Its words are no longer in the text: the anchor is broken.
    Lost,
}

/// The part of a text an edit replaced: characters `start..old_end` of the old
/// text became `start..new_end` of the new one. Found from the common prefix and
/// suffix, so any single edit (typing, a paste, a deletion) is exact.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextChange {
    /// The first character that differs.
    pub start: usize,
    /// Where the changed part ended in the old text.
    pub old_end: usize,
    /// Where it ends in the new text.
    pub new_end: usize,
}

impl TextChange {
    /// The change from `old` to `new`, or `None` when they are equal.
    pub fn between(old: &str, new: &str) -> Option<TextChange> {
        if old == new {
            return None;
        }
        let prefix_bytes = old
            .bytes()
            .zip(new.bytes())
            .take_while(|(a, b)| a == b)
            .count();
        // Back to a character boundary in both.
        let mut prefix = prefix_bytes;
        while !(old.is_char_boundary(prefix) && new.is_char_boundary(prefix)) {
            prefix -= 1;
        }
        let max_suffix = (old.len() - prefix).min(new.len() - prefix);
        let mut suffix = old
            .bytes()
            .rev()
            .zip(new.bytes().rev())
            .take(max_suffix)
            .take_while(|(a, b)| a == b)
            .count();
        while !(old.is_char_boundary(old.len() - suffix)
            && new.is_char_boundary(new.len() - suffix))
        {
            suffix -= 1;
        }
        let start = old[..prefix].chars().count();
        Some(TextChange {
            start,
            old_end: start + old[prefix..old.len() - suffix].chars().count(),
            new_end: start + new[prefix..new.len() - suffix].chars().count(),
        })
    }

    /// Where `anchor` stands in the new text, given the words it held (`excerpt`).
    /// Passages before the change stay, those after it move with the text; a
    /// passage the change touched is looked for again by its words, nearest
    /// its old place first.
    pub fn relocate(self, anchor: Anchor, excerpt: &str, new_text: &str) -> Relocated {
        if anchor.end <= self.start {
            return Relocated::Moved(anchor);
        }
        if anchor.start >= self.old_end {
            let shift = |p: usize| p + self.new_end - self.old_end;
            return Relocated::Moved(Anchor::new(shift(anchor.start), shift(anchor.end)));
        }
        if anchor.start <= self.start && self.old_end <= anchor.end {
            let end = anchor.end - self.old_end + self.new_end;
            // A passage deleted down to nothing is gone, not edited.
            if end > anchor.start {
                return Relocated::Edited(Anchor::new(anchor.start, end));
            }
            return Relocated::Lost;
        }
        find_near(new_text, excerpt, anchor.start).map_or(Relocated::Lost, Relocated::Found)
    }
}

/// The occurrence of `words` in `text` whose start is nearest character `near`.
pub fn find_near(text: &str, words: &str, near: usize) -> Option<Anchor> {
    if words.is_empty() {
        return None;
    }
    let index = CharIndex::new(text);
    let length = words.chars().count();
    text.match_indices(words)
        .map(|(byte, _)| index.char_at_byte(byte))
        .min_by_key(|start| start.abs_diff(near))
        .map(|start| Anchor::new(start, start + length))
}

/// A text as Sinergi keeps it, whether imported or pasted: LF line ends (CRLF,
/// CR, U+2028, VT and NEL end a line; a form feed or U+2029 ends a paragraph),
/// no byte-order mark, no control characters but tabs and line ends, no spaces
/// at line ends, paragraphs apart by one blank line at most, nothing blank at
/// the start and one line feed at the end. Empty when it holds no visible
/// character. Normalising twice gives the same text, so anchors stay put.
pub fn normalize_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 1);
    let mut blank_pending = false;
    let mut line = String::new();
    let mut chars = text.chars().peekable();
    loop {
        let c = chars.next();
        match c {
            // Line and paragraph ends in their many spellings.
            None | Some('\n' | '\u{2028}' | '\u{0b}' | '\u{85}') => {
                end_line(&mut out, &mut line, &mut blank_pending);
            }
            Some('\r') => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                end_line(&mut out, &mut line, &mut blank_pending);
            }
            // A form feed (page break) and U+2029 end a paragraph.
            Some('\u{0c}' | '\u{2029}') => {
                end_line(&mut out, &mut line, &mut blank_pending);
                blank_pending = !out.is_empty();
            }
            // The byte-order mark is an encoding detail, not text.
            Some('\u{feff}') => {}
            Some(c) if c == '\t' || !c.is_control() => line.push(c),
            Some(_) => {}
        }
        if c.is_none() {
            break;
        }
    }
    out
}

/// Ends the current line: trims its end, and writes it unless it is blank (a
/// blank line is written, once, before the next line that is not).
fn end_line(out: &mut String, line: &mut String, blank_pending: &mut bool) {
    let kept = line.trim_end().len();
    line.truncate(kept);
    if line.is_empty() {
        *blank_pending = !out.is_empty();
    } else {
        if *blank_pending {
            out.push('\n');
            *blank_pending = false;
        }
        out.push_str(line);
        out.push('\n');
    }
    line.clear();
}

#[cfg(test)]
mod tests {
    use super::{
        Anchor, CharIndex, Relocated, TextChange, find_near, normalize_text, paragraph_number,
        paragraphs, passage, trim_to_words,
    };

    const TEXT: &str = "P: Bagaimana?\n\nI: “Kami sejajar” dengan dinas.\n\nP: Lalu?";

    #[test]
    fn normalised_text_has_lf_lines_one_blank_line_between_paragraphs_and_is_stable() {
        let messy = "\u{feff}P: Halo?  \r\n\r\n\r\nI: Ya.\u{7}\tOke\rP: Lalu?\n\n";
        let clean = normalize_text(messy);
        assert_eq!(clean, "P: Halo?\n\nI: Ya.\tOke\nP: Lalu?\n");
        assert_eq!(normalize_text(&clean), clean);
        assert_eq!(normalize_text(" \n\t\n"), "");
    }

    #[test]
    fn positions_count_characters_not_bytes() {
        let anchor = find_near(TEXT, "“Kami sejajar”", 0).expect("found");
        assert_eq!(anchor, Anchor::new(18, 32));
        assert_eq!(passage(TEXT, anchor), Some("“Kami sejajar”"));
        let index = CharIndex::new(TEXT);
        assert_eq!(index.slice(TEXT, anchor), Some("“Kami sejajar”"));
        assert_eq!(passage(TEXT, Anchor::new(50, 99)), None);
        assert_eq!(index.chars(), TEXT.chars().count());
    }

    #[test]
    fn a_selection_is_trimmed_to_its_words() {
        let text = "Kami  sejajar dengan dinas.\n";
        let anchor = Anchor::new(4, 14);
        let trimmed = trim_to_words(text, anchor).expect("words");
        assert_eq!(passage(text, trimmed), Some("sejajar"));
        assert_eq!(trim_to_words(text, Anchor::new(4, 6)), None);
    }

    #[test]
    fn paragraphs_are_lines_with_text_and_numbered_from_one() {
        let paragraphs = paragraphs(TEXT);
        assert_eq!(paragraphs.len(), 3);
        assert_eq!(paragraph_number(&paragraphs, 20), Some(2));
        assert_eq!(paragraph_number(&paragraphs, 0), Some(1));
    }

    #[test]
    fn an_edit_before_a_passage_moves_it_one_inside_edits_it_and_one_across_finds_it_again() {
        let anchor = find_near(TEXT, "dengan dinas", 0).expect("found");
        let typo_fixed = TEXT.replace("Bagaimana?", "Bagaimana menurut Ibu?");
        let change = TextChange::between(TEXT, &typo_fixed).expect("changed");
        let Relocated::Moved(moved) = change.relocate(anchor, "dengan dinas", &typo_fixed) else {
            panic!("moved")
        };
        assert_eq!(passage(&typo_fixed, moved), Some("dengan dinas"));
        // A name anonymised inside the passage: the passage spans the new words.
        let anonymised = TEXT.replace("dinas", "[instansi]");
        let change = TextChange::between(TEXT, &anonymised).expect("changed");
        assert!(matches!(
            change.relocate(anchor, "dengan dinas", &anonymised),
            Relocated::Edited(edited) if passage(&anonymised, edited) == Some("dengan [instansi]")
        ));
        // The passage's words deleted: nothing is left to point at.
        let deleted = TEXT.replace("dengan dinas", "");
        let change = TextChange::between(TEXT, &deleted).expect("changed");
        assert_eq!(
            change.relocate(anchor, "dengan dinas", &deleted),
            Relocated::Lost
        );
        // An edit right after the passage leaves it where it is.
        let retyped = TEXT.replace("dengan dinas.", "dengan dinas!");
        let change = TextChange::between(TEXT, &retyped).expect("changed");
        assert_eq!(
            change.relocate(anchor, "dengan dinas", &retyped),
            Relocated::Moved(anchor)
        );
        // A paste over a stretch holding the passage (changed on both sides of
        // it) finds its words again.
        let pasted = TEXT.replace("“Kami sejajar” dengan dinas.", "Kami bilang dengan dinas!");
        let change = TextChange::between(TEXT, &pasted).expect("changed");
        assert!(matches!(
            change.relocate(anchor, "dengan dinas", &pasted),
            Relocated::Found(found) if passage(&pasted, found) == Some("dengan dinas")
        ));
        assert_eq!(TextChange::between(TEXT, TEXT), None);
    }

    #[test]
    fn a_change_between_multibyte_characters_is_cut_at_character_boundaries() {
        let change = TextChange::between("a“b”c", "a“x”c").expect("changed");
        assert_eq!(
            change,
            TextChange {
                start: 2,
                old_end: 3,
                new_end: 3
            }
        );
        let change = TextChange::between("é", "è").expect("changed");
        assert_eq!(
            change,
            TextChange {
                start: 0,
                old_end: 1,
                new_end: 1
            }
        );
    }

    #[test]
    fn normalize_text_line_ends_blank_lines_and_controls() {
        assert_eq!(normalize_text("a\r\nb\rc\n"), "a\nb\nc\n");
        assert_eq!(normalize_text("\n\n  \na  \t\n\n\n\nb"), "a\n\nb\n");
        assert_eq!(normalize_text("\u{feff}a\u{0}b\u{7f}c\td"), "abc\td\n");
        assert_eq!(normalize_text("a\u{0c}b"), "a\n\nb\n");
        assert_eq!(normalize_text("a\n\u{0c}\n\nb"), "a\n\nb\n");
        assert_eq!(normalize_text(" \t\n\r\n"), "");
        assert_eq!(normalize_text("  indented\n"), "  indented\n");
    }

    #[test]
    fn normalising_odd_line_ends_twice_changes_nothing() {
        for text in [
            "a\u{2029}\u{2029}b",
            "\u{feff}\u{feff} x \r\r\ny",
            "a\u{85}b\u{0b}",
        ] {
            let once = normalize_text(text);
            assert_eq!(normalize_text(&once), once, "{text:?}");
        }
    }
}
