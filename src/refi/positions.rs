//! Selection positions as other tools count them, turned into Sinergi's.
//!
//! The standard counts Unicode code points from 0, end exclusive (REFI-QDA 1.5
//! §10.2), but tools differ: NVivo counts UTF-16 code units, and some count a
//! stored `\r\n` as one character (ATLAS.ti, QualCoder's "MAXQDA" option). No
//! tool counts the byte-order mark. The counting a file used is found per
//! source: the one under which the selections' names (the selected words, where
//! the tool writes them) match the text, else the one under which most
//! selections start at a line, else the standard's.
//!
//! The text is kept as the tool stored it except for what Sinergi never keeps:
//! the byte-order mark, `\r` line ends (a `\r\n` or a lone `\r` becomes `\n`)
//! and control characters other than tab and line feed. Each of these drops or
//! replaces one character, so every position maps exactly.

/// What one position step is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// A Unicode scalar value (Rust `char`), as the standard says.
    Scalar,
    /// A UTF-16 code unit: characters beyond the BMP (emoji) count two.
    Utf16,
}

/// How a `\r\n` in the stored text is counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineEnds {
    /// As stored: two characters.
    AsStored,
    /// As one character.
    CrLfAsOne,
}

/// A way of counting positions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Counting {
    /// What one step is.
    pub unit: Unit,
    /// How `\r\n` counts.
    pub line_ends: LineEnds,
}

impl Counting {
    /// The standard's counting: code points, every stored character counted.
    pub const STANDARD: Counting = Counting {
        unit: Unit::Scalar,
        line_ends: LineEnds::AsStored,
    };

    /// Every counting tried, the standard's first (it wins ties).
    pub const ALL: [Counting; 4] = [
        Counting::STANDARD,
        Counting {
            unit: Unit::Scalar,
            line_ends: LineEnds::CrLfAsOne,
        },
        Counting {
            unit: Unit::Utf16,
            line_ends: LineEnds::AsStored,
        },
        Counting {
            unit: Unit::Utf16,
            line_ends: LineEnds::CrLfAsOne,
        },
    ];
}

/// A source's text as the tool stored it (without its byte-order mark), with
/// what is needed to turn positions into Sinergi's.
#[derive(Clone, Debug)]
pub struct StoredText {
    chars: Vec<char>,
    /// For each stored character, its index in the kept text (and the kept
    /// text's length at the end).
    kept_before: Vec<usize>,
    /// The text as Sinergi keeps it.
    kept: String,
}

impl StoredText {
    /// Indexes `stored`; a leading byte-order mark is not part of the text.
    pub fn new(stored: &str) -> Self {
        let stored = stored.strip_prefix('\u{feff}').unwrap_or(stored);
        let chars: Vec<char> = stored.chars().collect();
        let mut kept = String::with_capacity(stored.len());
        let mut kept_before = Vec::with_capacity(chars.len() + 1);
        let mut count = 0;
        for (i, &c) in chars.iter().enumerate() {
            kept_before.push(count);
            let out = match c {
                '\r' if chars.get(i + 1) == Some(&'\n') => None,
                '\r' => Some('\n'),
                '\u{feff}' => None,
                c if c.is_control() && c != '\t' && c != '\n' => None,
                c => Some(c),
            };
            if let Some(out) = out {
                kept.push(out);
                count += 1;
            }
        }
        kept_before.push(count);
        StoredText {
            chars,
            kept_before,
            kept,
        }
    }

    /// The text as Sinergi keeps it.
    pub fn kept(&self) -> &str {
        &self.kept
    }

    /// How many positions the whole text spans under `counting`.
    pub fn length(&self, counting: Counting) -> usize {
        self.starts(counting).last().copied().unwrap_or(0)
    }

    /// Where each stored character starts under `counting`, and the end.
    fn starts(&self, counting: Counting) -> Vec<usize> {
        let mut starts = Vec::with_capacity(self.chars.len() + 1);
        let mut at = 0;
        for (i, &c) in self.chars.iter().enumerate() {
            starts.push(at);
            let crlf_cr = c == '\r' && self.chars.get(i + 1) == Some(&'\n');
            at += match (counting.line_ends, counting.unit) {
                (LineEnds::CrLfAsOne, _) if crlf_cr => 0,
                (_, Unit::Scalar) => 1,
                (_, Unit::Utf16) => c.len_utf16(),
            };
        }
        starts.push(at);
        starts
    }

    /// The selections `ranges` (start, end under `counting`) as character
    /// ranges of the kept text, or the index of the first one that does not
    /// fit: past the end, reversed, or inside a character.
    pub fn convert(
        &self,
        counting: Counting,
        ranges: &[(usize, usize)],
    ) -> Result<Vec<(usize, usize)>, usize> {
        let starts = self.starts(counting);
        let stored_index = |position: usize| {
            let index = starts.partition_point(|&s| s < position);
            (starts.get(index) == Some(&position)).then_some(index)
        };
        ranges
            .iter()
            .enumerate()
            .map(|(n, &(start, end))| {
                let (Some(start), Some(end)) = (stored_index(start), stored_index(end)) else {
                    return Err(n);
                };
                if start > end {
                    return Err(n);
                }
                Ok((self.kept_before[start], self.kept_before[end]))
            })
            .collect()
    }

    /// The counting a tool used for these selections: see the module
    /// documentation. `names` are the selections' names (empty when the tool
    /// wrote none). `None` when the selections fit under no counting.
    pub fn detect(&self, ranges: &[(usize, usize)], names: &[&str]) -> Option<Counting> {
        let candidates: Vec<(Counting, Vec<(usize, usize)>)> = Counting::ALL
            .iter()
            .filter_map(|&counting| Some((counting, self.convert(counting, ranges).ok()?)))
            .collect();
        let index = crate::model::CharIndex::new(&self.kept);
        let name_matches = |converted: &[(usize, usize)]| {
            converted
                .iter()
                .zip(names)
                .filter(|(_, name)| !name.trim().is_empty())
                .filter(|((start, end), name)| {
                    index
                        .slice(&self.kept, crate::model::Anchor::new(*start, *end))
                        .is_some_and(|passage| same_words(passage, name))
                })
                .count()
        };
        let line_starts = |converted: &[(usize, usize)]| {
            let starts: Vec<usize> = self
                .kept
                .char_indices()
                .filter(|&(_, c)| c == '\n')
                .map(|(byte, _)| index.char_at_byte(byte) + 1)
                .collect();
            converted
                .iter()
                .filter(|(start, _)| *start == 0 || starts.binary_search(start).is_ok())
                .count()
        };
        let best = |score: &Score<'_>| {
            let mut best: Option<(Counting, usize)> = None;
            for (counting, converted) in &candidates {
                let points = score(converted);
                if best.is_none_or(|(_, top)| points > top) {
                    best = Some((*counting, points));
                }
            }
            best
        };
        match best(&name_matches) {
            Some((counting, points)) if points > 0 => Some(counting),
            _ => best(&line_starts).map(|(counting, _)| counting),
        }
    }
}

/// Points a counting earns for its converted selections.
type Score<'a> = dyn Fn(&[(usize, usize)]) -> usize + 'a;

/// True when a passage and a selection's name hold the same words, whatever
/// the line ends and the spaces around them.
fn same_words(passage: &str, name: &str) -> bool {
    let squash = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    squash(passage) == squash(name)
}
