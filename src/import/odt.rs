//! OpenDocument text (.odt, LibreOffice): `content.xml` walked as events. White
//! space follows ODF (runs collapse; `text:s` and `text:tab` are explicit);
//! notes become `[n]` and follow the body. A password-protected document is
//! still a zip, but its manifest lists encryption data.

use super::error::ImportError;
use super::imported::Format;
use super::package::{Package, read_part};
use super::xml_text::{Blocks, XmlWalk, attr, join_blocks, walk_xml};
use quick_xml::events::BytesStart;

/// Elements whose content is not the document's text.
const SKIP: &[&[u8]] = &[
    b"office:annotation",
    b"text:tracked-changes",
    b"text:note-citation",
    b"text:number",
    b"svg:title",
    b"svg:desc",
    b"office:automatic-styles",
    b"office:styles",
    b"office:font-face-decls",
    b"text:sequence-decls",
    b"office:meta",
    b"office:settings",
    b"office:forms",
];

/// The most spaces one `text:s` stands for.
const MAX_SPACES: usize = 1000;

/// The text of an OpenDocument package.
pub(super) fn extract(package: &mut Package<'_>) -> Result<String, ImportError> {
    if let Some(mimetype) = read_part(package, "mimetype", Format::Odt)?
        && !mimetype
            .trim()
            .starts_with("application/vnd.oasis.opendocument.text")
    {
        // A spreadsheet, a presentation, a drawing.
        return Err(ImportError::Unsupported);
    }
    if let Some(manifest) = read_part(package, "META-INF/manifest.xml", Format::Odt)?
        && manifest.contains("encryption-data")
    {
        return Err(ImportError::Encrypted);
    }
    let Some(content) = read_part(package, "content.xml", Format::Odt)? else {
        return Err(ImportError::damaged(Format::Odt, "no content.xml"));
    };
    text_of_content(&content)
}

/// The text of `content.xml` (or of a flat .fodt: the same elements).
fn text_of_content(xml: &str) -> Result<String, ImportError> {
    let mut walk = Walk::default();
    walk_xml(xml, Format::Odt, &mut walk)?;
    walk.body.append(&mut walk.blocks.done);
    Ok(join_blocks(&walk.body, &walk.notes))
}

/// One pass over `content.xml`.
#[derive(Default)]
struct Walk {
    blocks: Blocks,
    /// Depth inside skipped elements.
    skip: usize,
    depth: usize,
    /// The depth of the note being read, if one is.
    note_depth: Option<usize>,
    /// The body's blocks so far, set aside while a note is read.
    body: Vec<String>,
    /// The paragraphs open where the note began.
    parked: Vec<String>,
    notes: Vec<(usize, String)>,
}

impl XmlWalk for Walk {
    fn text(&mut self, text: &str) {
        if self.skip == 0 {
            self.blocks.push_collapsing(text);
        }
    }

    fn blocks(&self) -> &Blocks {
        &self.blocks
    }

    fn start(&mut self, e: &BytesStart<'_>) {
        // The depth counts this element from here on, as notes compare with it.
        self.depth += 1;
        let name = e.name();
        let name = name.as_ref();
        if self.skip > 0 || SKIP.contains(&name) {
            self.skip += 1;
            return;
        }
        match name {
            b"text:p" | b"text:h" => self.blocks.start_para(),
            b"table:table" => self.blocks.start_table(),
            // A note inside a note is read as part of the outer one.
            b"text:note" if self.note_depth.is_none() => {
                let number = self.notes.len() + 1;
                self.notes.push((number, String::new()));
                self.blocks.push_str(&format!("[{number}]"));
                self.body.append(&mut self.blocks.done);
                self.parked = std::mem::take(&mut self.blocks.paras);
                self.note_depth = Some(self.depth);
            }
            _ => {}
        }
    }

    fn empty(&mut self, e: &BytesStart<'_>) {
        if self.skip > 0 {
            return;
        }
        match e.name().as_ref() {
            b"text:s" => {
                let count = attr(e, b"text:c")
                    .and_then(|c| c.trim().parse::<usize>().ok())
                    .unwrap_or(1);
                self.blocks.push_str(&" ".repeat(count.min(MAX_SPACES)));
            }
            b"text:tab" => self.blocks.push_str("\t"),
            b"text:line-break" => self.blocks.push_str("\n"),
            b"table:table-cell" | b"table:covered-table-cell" => self.blocks.end_cell(),
            _ => {}
        }
    }

    fn end(&mut self, name: &[u8]) {
        self.depth = self.depth.saturating_sub(1);
        if self.skip > 0 {
            self.skip -= 1;
            return;
        }
        match name {
            b"text:p" | b"text:h" => self.blocks.end_para(),
            b"table:table-cell" | b"table:covered-table-cell" => self.blocks.end_cell(),
            b"table:table-row" => self.blocks.end_row(),
            b"table:table" => self.blocks.end_table(),
            b"text:note" if self.note_depth == Some(self.depth + 1) => {
                let text = std::mem::take(&mut self.blocks.done).join(" ");
                if let Some(last) = self.notes.last_mut() {
                    last.1 = text;
                }
                self.blocks.paras = std::mem::take(&mut self.parked);
                self.blocks.last_space = false;
                self.note_depth = None;
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::text_of_content;

    #[test]
    fn white_space_follows_odf() {
        let xml = r#"<office:text><text:p>  a   b<text:s text:c="2"/>c<text:tab/>d</text:p><text:p/></office:text>"#;
        assert_eq!(text_of_content(xml).unwrap(), "a b  c\td\n");
    }
}
