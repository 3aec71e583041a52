//! The results chapter as a Word document (.docx) through docx-rs: Word's own
//! style names (Heading 1–3, Caption) so a university template restyles it,
//! real tables with a shaded header row, captions numbered by SEQ fields
//! ("Tabel 4.1"), the chart embedded as a 300 dpi picture, on A4 with the
//! margins Indonesian theses use.

use super::chapter::{Block, Chapter, ChapterOptions, Figure, Span, Table, build_chapter};
use super::error::ExportError;
use super::file::write_file;
use crate::model::Project;
use docx_rs::{
    AlignmentType, Docx, FieldCharType, InstrText, LineSpacing, LineSpacingType, PageMargin,
    Paragraph, Pic, Run, RunFonts, Shading, Style, StyleType, TableCell, TableRow, WidthType,
};
use std::path::Path;

/// A4 in twentieths of a point.
const PAGE: (u32, u32) = (11_906, 16_838);
/// 4 cm left and top, 3 cm right and bottom, as most faculties ask.
const MARGIN_WIDE: i32 = 2268;
const MARGIN_NARROW: i32 = 1701;
/// The width text runs in, in twips.
const TEXT_WIDTH: u32 = PAGE.0 - MARGIN_WIDE as u32 - MARGIN_NARROW as u32;
/// English Metric Units per centimetre, for the picture's printed size.
const EMU_PER_CM: f32 = 360_000.0;

/// Writes the chapter of `project` to `path` (a `.docx`), atomically.
pub fn write_docx(
    project: &Project,
    options: &ChapterOptions,
    path: &Path,
) -> Result<(), ExportError> {
    let chapter = build_chapter(project, options)?;
    write_file(path, &docx_bytes(&chapter)?)
}

/// The chapter as the bytes of a `.docx` file.
pub fn docx_bytes(chapter: &Chapter) -> Result<Vec<u8>, ExportError> {
    let mut docx = styled_document();
    for block in &chapter.blocks {
        docx = match block {
            Block::Heading(level, text) => docx.add_paragraph(heading(*level, text)),
            Block::Paragraph(spans) => docx.add_paragraph(paragraph(spans)),
            Block::Table(table) => docx
                .add_paragraph(caption(
                    chapter,
                    &chapter.table_label,
                    table.number,
                    &table.caption,
                ))
                .add_table(word_table(table))
                .add_paragraph(Paragraph::new()),
            // A figure's caption goes under it, so it is kept with nothing after.
            Block::Figure(figure) => docx
                .add_paragraph(picture(figure))
                .add_paragraph(
                    caption(
                        chapter,
                        &chapter.figure_label,
                        figure.number,
                        &figure.caption,
                    )
                    .keep_next(false),
                )
                .add_paragraph(Paragraph::new()),
        };
    }
    let mut xml = docx.build();
    repeat_header_rows(&mut xml.document);
    let mut bytes = std::io::Cursor::new(Vec::new());
    xml.pack(&mut bytes)
        .map_err(|error| ExportError::Document(error.to_string()))?;
    Ok(bytes.into_inner())
}

/// Marks each table's header row (its first row) to repeat at the top of each
/// page a long table runs over. docx-rs 0.4 has no setter for `w:tblHeader`,
/// so it is added to the first row's properties in the XML it made; every row
/// is built "cannot split", so the first such mark after a table's start is
/// its header's.
fn repeat_header_rows(document: &mut Vec<u8>) {
    const TABLE: &[u8] = b"<w:tbl>";
    const MARK: &[u8] = b"<w:trPr><w:cantSplit /></w:trPr>";
    const WITH_HEADER: &[u8] = b"<w:trPr><w:cantSplit /><w:tblHeader /></w:trPr>";
    let find =
        |haystack: &[u8], needle: &[u8]| haystack.windows(needle.len()).position(|w| w == needle);
    let mut out = Vec::with_capacity(document.len() + 1024);
    let mut rest = document.as_slice();
    while let Some(table) = find(rest, TABLE) {
        let after_table = table + TABLE.len();
        let Some(mark) = find(&rest[after_table..], MARK) else {
            break;
        };
        let at = after_table + mark;
        out.extend_from_slice(&rest[..at]);
        out.extend_from_slice(WITH_HEADER);
        rest = &rest[at + MARK.len()..];
    }
    out.extend_from_slice(rest);
    *document = out;
}

/// A4, thesis margins, Times New Roman 12 pt at 1.5 lines, and the styles.
fn styled_document() -> Docx {
    let body_font = RunFonts::new()
        .ascii("Times New Roman")
        .hi_ansi("Times New Roman")
        .cs("Times New Roman");
    Docx::new()
        .page_size(PAGE.0, PAGE.1)
        .page_margin(
            PageMargin::new()
                .top(MARGIN_WIDE)
                .left(MARGIN_WIDE)
                .bottom(MARGIN_NARROW)
                .right(MARGIN_NARROW),
        )
        .default_fonts(body_font)
        .default_size(24)
        .default_line_spacing(
            LineSpacing::new()
                .line_rule(LineSpacingType::Auto)
                .line(360)
                .after(120),
        )
        .add_style(heading_style(1, 28).align(AlignmentType::Center))
        .add_style(heading_style(2, 24))
        .add_style(heading_style(3, 24).italic())
        .add_style(
            // Word's built-in name "caption" (lower case) maps to its Caption style.
            Style::new("Caption", StyleType::Paragraph)
                .name("caption")
                .based_on("Normal")
                .next("Normal")
                .q_format(true)
                .bold()
                .size(22)
                .align(AlignmentType::Center)
                .line_spacing(
                    LineSpacing::new()
                        .line_rule(LineSpacingType::Auto)
                        .line(240)
                        .before(120)
                        .after(120),
                ),
        )
        .add_style(
            Style::new("TableText", StyleType::Paragraph)
                .name("Table Text")
                .based_on("Normal")
                .q_format(true)
                .size(20)
                .line_spacing(
                    LineSpacing::new()
                        .line_rule(LineSpacingType::Auto)
                        .line(240)
                        .after(0),
                ),
        )
}

/// "Heading1" named "heading 1", as Word writes its built-ins, so a
/// template's Heading 1 applies and the navigation pane lists it.
fn heading_style(level: usize, half_points: usize) -> Style {
    Style::new(format!("Heading{level}"), StyleType::Paragraph)
        .name(format!("heading {level}"))
        .based_on("Normal")
        .next("Normal")
        .q_format(true)
        .ui_priority(9)
        .outline_lvl(level - 1)
        .size(half_points)
        .bold()
        .line_spacing(
            LineSpacing::new()
                .line_rule(LineSpacingType::Auto)
                .line(360)
                .before(240)
                .after(120),
        )
}

fn heading(level: u8, text: &str) -> Paragraph {
    Paragraph::new()
        .style(&format!("Heading{}", level.clamp(1, 3)))
        .keep_next(true)
        .add_run(Run::new().add_text(clean(text)))
}

fn paragraph(spans: &[Span]) -> Paragraph {
    let mut paragraph = Paragraph::new().align(AlignmentType::Both);
    for span in spans {
        let mut run = Run::new().add_text(clean(&span.text));
        if span.bold {
            run = run.bold();
        }
        if span.italic {
            run = run.italic();
        }
        paragraph = paragraph.add_run(run);
    }
    paragraph
}

/// "Tabel 4.2 Text": the chapter number written out, then a SEQ field whose
/// cached result is the number, so Word can renumber and list the tables.
fn caption(chapter: &Chapter, label: &str, number: u32, text: &str) -> Paragraph {
    let label = clean(label);
    Paragraph::new()
        .style("Caption")
        .keep_next(true)
        .add_run(Run::new().add_text(format!("{label} {}.", chapter.number)))
        .add_run(Run::new().add_field_char(FieldCharType::Begin, false))
        .add_run(Run::new().add_instr_text(InstrText::Unsupported(format!(
            " SEQ {} \\* ARABIC ",
            label.replace(' ', "_")
        ))))
        .add_run(Run::new().add_field_char(FieldCharType::Separate, false))
        .add_run(Run::new().add_text(number.to_string()))
        .add_run(Run::new().add_field_char(FieldCharType::End, false))
        .add_run(Run::new().add_text(format!(" {}", clean(text))))
}

fn word_table(table: &Table) -> docx_rs::Table {
    let total: u32 = table.widths.iter().sum::<u32>().max(1);
    let grid: Vec<usize> = table
        .widths
        .iter()
        .map(|w| (TEXT_WIDTH * w / total) as usize)
        .collect();
    let header = TableRow::new(
        table
            .header
            .iter()
            .zip(&grid)
            .map(|(text, width)| cell(text, true, *width).shading(Shading::new().fill("D9D9D9")))
            .collect(),
    )
    .cant_split();
    let mut rows = Vec::with_capacity(table.rows.len() + 1);
    rows.push(header);
    // A row is kept on one page (a quote torn between pages reads badly); Word
    // and LibreOffice still break a row taller than a page.
    rows.extend(table.rows.iter().map(|row| {
        TableRow::new(
            row.iter()
                .zip(&grid)
                .map(|(text, width)| cell(text, false, *width))
                .collect(),
        )
        .cant_split()
    }));
    docx_rs::Table::new(rows)
        .set_grid(grid)
        .width(TEXT_WIDTH as usize, WidthType::Dxa)
}

/// A cell: one paragraph per line of its text.
fn cell(text: &str, header: bool, width: usize) -> TableCell {
    let mut cell = TableCell::new().width(width, WidthType::Dxa);
    let lines: Vec<&str> = if text.is_empty() {
        vec![""]
    } else {
        text.lines().collect()
    };
    for line in lines {
        let mut run = Run::new().add_text(clean(line));
        if header {
            run = run.bold();
        }
        cell = cell.add_paragraph(Paragraph::new().style("TableText").add_run(run));
    }
    cell
}

/// The figure centred, printed `width_cm` wide, kept with its caption.
fn picture(figure: &Figure) -> Paragraph {
    let (width_px, height_px) = figure.pixels;
    let width_emu = figure.width_cm * EMU_PER_CM;
    let height_emu = width_emu * height_px as f32 / width_px.max(1) as f32;
    // Both are a few million at most: well within u32.
    let pic = Pic::new_with_dimensions(figure.png.clone(), width_px, height_px)
        .size(width_emu.round() as u32, height_emu.round() as u32);
    Paragraph::new()
        .align(AlignmentType::Center)
        .keep_next(true)
        .add_run(Run::new().add_image(pic))
}

/// Text as XML 1.0 may carry it: control characters other than tab become
/// spaces (a pasted transcript can hold them; Word refuses a file that does).
fn clean(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{FFFE}' | '\u{FFFF}'))
        .map(|c| if c.is_control() && c != '\t' { ' ' } else { c })
        .collect()
}
