//! Word documents (.docx, Office Open XML): the main part named by the
//! package's relationships, walked as WordprocessingML events. Footnote and
//! endnote marks become `[n]` and the notes follow the body. Deleted text,
//! field codes, properties and the fallback copy of text boxes are skipped.

use super::error::ImportError;
use super::imported::Format;
use super::package::{Package, read_part};
use super::xml_text::{Blocks, XmlWalk, attr, join_blocks, walk_xml};
use quick_xml::Reader;
use quick_xml::events::Event;
use std::collections::HashMap;

/// Elements whose content is never document text. `w:pPr` holds tab stop
/// definitions (`w:tab`!); `mc:Fallback` repeats a text box's text.
const SKIP: &[&[u8]] = &[
    b"w:instrText",
    b"w:delText",
    b"w:delInstrText",
    b"w:pPr",
    b"w:rPr",
    b"w:sectPr",
    b"w:tblPr",
    b"w:trPr",
    b"w:tcPr",
    b"mc:Fallback",
    b"w:moveFrom",
    b"w:del",
    b"w:footnoteRef",
    b"w:endnoteRef",
];

/// The text of a Word package.
pub(super) fn extract(package: &mut Package<'_>) -> Result<String, ImportError> {
    let main = main_part(package)?;
    let Some(xml) = read_part(package, &main, Format::Docx)? else {
        return Err(ImportError::Unsupported);
    };
    if !is_word_document(&xml) {
        // Office XML that is no Word document: a spreadsheet, slides.
        return Err(ImportError::Unsupported);
    }
    let mut body = Walk::default();
    body.run(&xml)?;
    let mut notes = Vec::new();
    if !body.references.is_empty() {
        let mut by_key = HashMap::new();
        for (part, kind) in [("word/footnotes.xml", 'f'), ("word/endnotes.xml", 'e')] {
            if let Some(xml) = read_part(package, part, Format::Docx)? {
                let mut walk = Walk {
                    collect_notes: true,
                    ..Walk::default()
                };
                walk.run(&xml)?;
                for (id, text) in walk.notes {
                    by_key.insert(format!("{kind}{id}"), text);
                }
            }
        }
        for (index, key) in body.references.iter().enumerate() {
            if let Some(text) = by_key.get(key) {
                notes.push((index + 1, text.clone()));
            }
        }
    }
    Ok(join_blocks(&body.blocks.done, &notes))
}

/// The main document part, from `_rels/.rels` (normally `word/document.xml`).
fn main_part(package: &mut Package<'_>) -> Result<String, ImportError> {
    if let Some(rels) = read_part(package, "_rels/.rels", Format::Docx)? {
        let mut reader = Reader::from_str(&rels);
        loop {
            match reader.read_event() {
                Ok(Event::Empty(e) | Event::Start(e))
                    if e.local_name().as_ref() == b"Relationship" =>
                {
                    let kind = attr(&e, b"Type").unwrap_or_default();
                    if kind.ends_with("/officeDocument")
                        && let Some(target) = attr(&e, b"Target")
                    {
                        return Ok(target.trim_start_matches('/').to_owned());
                    }
                }
                Ok(Event::Eof) | Err(_) => break,
                _ => {}
            }
        }
    }
    Ok("word/document.xml".to_owned())
}

/// True when the part's root element is a Word `document` (a workbook or a
/// presentation has another).
fn is_word_document(xml: &str) -> bool {
    let mut reader = Reader::from_str(xml);
    loop {
        match reader.read_event() {
            Ok(Event::Start(e) | Event::Empty(e)) => return e.local_name().as_ref() == b"document",
            Ok(Event::Eof) => return false,
            // A broken part is reported as damaged by the walk itself.
            Err(_) => return true,
            Ok(_) => {}
        }
    }
}

/// One pass over a WordprocessingML part.
#[derive(Default)]
struct Walk {
    blocks: Blocks,
    /// Note references in the order they appear: `f2` (footnote 2), `e1`.
    references: Vec<String>,
    /// Collect each note's text by id (in the notes parts) instead of blocks.
    collect_notes: bool,
    notes: Vec<(String, String)>,
    note_id: Option<String>,
    /// Depth inside skipped elements.
    skip: usize,
    in_text: bool,
}

impl Walk {
    fn run(&mut self, xml: &str) -> Result<(), ImportError> {
        walk_xml(xml, Format::Docx, self)
    }
}

impl XmlWalk for Walk {
    fn text(&mut self, text: &str) {
        if self.skip == 0 && self.in_text {
            self.blocks.push_str(text);
        }
    }

    fn blocks(&self) -> &Blocks {
        &self.blocks
    }

    fn start(&mut self, e: &quick_xml::events::BytesStart<'_>) {
        let name = e.name();
        let name = name.as_ref();
        if self.skip > 0 || SKIP.contains(&name) {
            self.skip += 1;
            return;
        }
        match name {
            b"w:p" => self.blocks.start_para(),
            b"w:t" => self.in_text = true,
            b"w:tbl" => self.blocks.start_table(),
            b"w:footnote" | b"w:endnote" => {
                // The separator notes (ids 0 and 1) carry no text.
                if attr(e, b"w:type").is_some_and(|kind| kind != "normal") {
                    self.skip += 1;
                } else {
                    self.note_id = attr(e, b"w:id");
                }
            }
            _ => {}
        }
    }

    fn empty(&mut self, e: &quick_xml::events::BytesStart<'_>) {
        if self.skip > 0 {
            return;
        }
        match e.name().as_ref() {
            b"w:tab" | b"w:ptab" => self.blocks.push_str("\t"),
            b"w:br" | b"w:cr" => self.blocks.push_str("\n"),
            b"w:noBreakHyphen" => self.blocks.push_str("-"),
            b"w:tc" => self.blocks.end_cell(),
            reference @ (b"w:footnoteReference" | b"w:endnoteReference") => {
                let kind = if reference == b"w:footnoteReference" {
                    'f'
                } else {
                    'e'
                };
                let id = attr(e, b"w:id").unwrap_or_default();
                self.references.push(format!("{kind}{id}"));
                let mark = format!("[{}]", self.references.len());
                self.blocks.push_str(&mark);
            }
            _ => {}
        }
    }

    fn end(&mut self, name: &[u8]) {
        if self.skip > 0 {
            self.skip -= 1;
            return;
        }
        match name {
            b"w:p" => self.blocks.end_para(),
            b"w:t" => self.in_text = false,
            b"w:tc" => self.blocks.end_cell(),
            b"w:tr" => self.blocks.end_row(),
            b"w:tbl" => self.blocks.end_table(),
            b"w:footnote" | b"w:endnote" if self.collect_notes => {
                if let Some(id) = self.note_id.take() {
                    let text = std::mem::take(&mut self.blocks.done).join(" ");
                    self.notes.push((id, text));
                }
            }
            _ => {}
        }
    }
}
