//! Text out of word-processor XML, shared by .docx and .odt: paragraphs become
//! blocks separated by a blank line (each trimmed, empty ones dropped), a
//! table becomes one block with a line per row and its cells joined by tabs,
//! and notes follow the body as `[n] text`. Also the pass over the XML both
//! readers make (`walk_xml`) and the little XML helpers they need.

use super::error::{ImportError, Measured};
use super::imported::Format;
use crate::model::MAX_SOURCE_TEXT_BYTES;
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};
use std::fmt::Write;

/// The most raw text a document may give before it is refused as too long:
/// twice the limit, because normalising may still remove some of it.
const RAW_TEXT_CAP: usize = 2 * MAX_SOURCE_TEXT_BYTES;

/// A table being read: finished rows, the row and the cell being read.
#[derive(Default)]
struct Table {
    rows: Vec<String>,
    row: Vec<String>,
    cell: Vec<String>,
}

/// Collects blocks of text as a document's XML is walked.
#[derive(Default)]
pub(super) struct Blocks {
    /// Finished blocks.
    pub(super) done: Vec<String>,
    /// Open paragraphs: a text box puts a paragraph inside a paragraph.
    pub(super) paras: Vec<String>,
    tables: Vec<Table>,
    /// OpenDocument white space: the last character was a collapsible space.
    pub(super) last_space: bool,
    /// Every byte of text pushed so far, to stop a runaway document early.
    pushed: usize,
}

impl Blocks {
    pub(super) fn start_para(&mut self) {
        self.paras.push(String::new());
        self.last_space = false;
    }

    /// Text as it is (Word: spaces are significant).
    pub(super) fn push_str(&mut self, text: &str) {
        self.pushed += text.len();
        if let Some(para) = self.paras.last_mut() {
            para.push_str(text);
        }
        self.last_space = false;
    }

    /// OpenDocument character data: a run of spaces, tabs and line ends is one
    /// space, and none at the start of a paragraph.
    pub(super) fn push_collapsing(&mut self, text: &str) {
        let Some(para) = self.paras.last_mut() else {
            return;
        };
        for c in text.chars() {
            if matches!(c, ' ' | '\t' | '\n' | '\r') {
                if !self.last_space && !para.is_empty() {
                    para.push(' ');
                    self.pushed += 1;
                    self.last_space = true;
                }
            } else {
                para.push(c);
                self.pushed += c.len_utf8();
                self.last_space = false;
            }
        }
    }

    pub(super) fn end_para(&mut self) {
        let Some(para) = self.paras.pop() else {
            return;
        };
        let para = para.trim();
        if para.is_empty() {
            return;
        }
        let in_text_box = !self.paras.is_empty();
        match self.tables.last_mut() {
            Some(table) if !in_text_box => table.cell.push(para.replace(['\t', '\n'], " ")),
            // A paragraph in a text box, or outside any table: its own block.
            _ => self.done.push(para.to_owned()),
        }
    }

    pub(super) fn start_table(&mut self) {
        self.tables.push(Table::default());
    }

    pub(super) fn end_cell(&mut self) {
        if let Some(table) = self.tables.last_mut() {
            let cell = std::mem::take(&mut table.cell).join(" ");
            table.row.push(cell);
        }
    }

    pub(super) fn end_row(&mut self) {
        if let Some(table) = self.tables.last_mut() {
            let row = std::mem::take(&mut table.row);
            if row.iter().any(|cell| !cell.is_empty()) {
                table.rows.push(row.join("\t").trim_end().to_owned());
            }
        }
    }

    pub(super) fn end_table(&mut self) {
        let Some(table) = self.tables.pop() else {
            return;
        };
        let text = table.rows.join("\n");
        if text.is_empty() {
            return;
        }
        match self.tables.last_mut() {
            // A table inside a cell is that cell's text, on one line.
            Some(parent) => parent.cell.push(text.replace(['\t', '\n'], " ")),
            None => self.done.push(text),
        }
    }

    /// Refuses a document whose text has grown past any source's limit.
    pub(super) fn check_budget(&self) -> Result<(), ImportError> {
        if self.pushed > RAW_TEXT_CAP {
            return Err(ImportError::TooLarge {
                what: Measured::Text,
                bytes: self.pushed as u64,
                limit: MAX_SOURCE_TEXT_BYTES as u64,
            });
        }
        Ok(())
    }
}

/// The body's blocks, then the notes as `[n] text`, a blank line between each.
pub(super) fn join_blocks(blocks: &[String], notes: &[(usize, String)]) -> String {
    let mut out = blocks.join("\n\n");
    for (number, text) in notes {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        let _ = write!(out, "[{number}] {text}");
    }
    if !out.is_empty() {
        out.push('\n');
    }
    out
}

/// An attribute's value, with entities resolved.
pub(super) fn attr(element: &BytesStart<'_>, name: &[u8]) -> Option<String> {
    element
        .try_get_attribute(name)
        .ok()
        .flatten()
        .and_then(|a| {
            a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
                .ok()
                .map(|v| v.into_owned())
        })
}

/// The text of a text, CDATA or entity event.
fn text_of(event: &Event<'_>) -> Option<String> {
    match event {
        Event::Text(text) => text.xml10_content().ok().map(|c| c.into_owned()),
        Event::CData(text) => text.decode().ok().map(|c| c.into_owned()),
        Event::GeneralRef(reference) => {
            if let Ok(Some(c)) = reference.resolve_char_ref() {
                return Some(c.to_string());
            }
            let name = reference.decode().ok()?;
            quick_xml::escape::resolve_predefined_entity(&name).map(str::to_owned)
        }
        _ => None,
    }
}

/// What a pass over a document's XML does with each event; the pass itself,
/// with its errors and its size budget, is [`walk_xml`].
pub(super) trait XmlWalk {
    /// An element opens.
    fn start(&mut self, e: &BytesStart<'_>);
    /// An element with no content.
    fn empty(&mut self, e: &BytesStart<'_>);
    /// An element closes.
    fn end(&mut self, name: &[u8]);
    /// Text (with its entities resolved) inside the open elements.
    fn text(&mut self, text: &str);
    /// The text gathered so far, whose size is checked after every event.
    fn blocks(&self) -> &Blocks;
}

/// Reads `xml` event by event into `walk`. XML that does not parse, or that
/// ends with elements still open, is a damaged `format` file.
pub(super) fn walk_xml(
    xml: &str,
    format: Format,
    walk: &mut impl XmlWalk,
) -> Result<(), ImportError> {
    let mut reader = Reader::from_str(xml);
    let mut open = 0usize;
    loop {
        let event = reader
            .read_event()
            .map_err(|error| ImportError::damaged(format, error))?;
        match &event {
            Event::Start(e) => {
                open += 1;
                walk.start(e);
            }
            Event::Empty(e) => walk.empty(e),
            Event::End(e) => {
                open = open.saturating_sub(1);
                walk.end(e.name().as_ref());
            }
            Event::Eof if open > 0 => {
                return Err(ImportError::damaged(format, "the XML ends early"));
            }
            Event::Eof => return Ok(()),
            other => {
                if let Some(text) = text_of(other) {
                    walk.text(&text);
                }
            }
        }
        walk.blocks().check_budget()?;
    }
}
