//! The results chapter as plain blocks (headings, paragraphs, numbered tables
//! and figures), so what the chapter says is built and tested apart from how a
//! Word file spells it.

/// A run of text with its emphasis.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Span {
    /// The words.
    pub text: String,
    /// Bold.
    pub bold: bool,
    /// Italic.
    pub italic: bool,
}

impl Span {
    /// Plain text.
    pub fn plain(text: impl Into<String>) -> Self {
        Span {
            text: text.into(),
            ..Span::default()
        }
    }

    /// Bold text.
    pub fn bold(text: impl Into<String>) -> Self {
        Span {
            text: text.into(),
            bold: true,
            italic: false,
        }
    }

    /// Italic text.
    pub fn italic(text: impl Into<String>) -> Self {
        Span {
            text: text.into(),
            bold: false,
            italic: true,
        }
    }
}

/// A table with its caption ("Tabel 4.2 …" once numbered).
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    /// Its number within the chapter (1-based).
    pub number: u32,
    /// The caption after "Tabel 4.N".
    pub caption: String,
    /// The header row.
    pub header: Vec<String>,
    /// The body rows, each as long as the header.
    pub rows: Vec<Vec<String>>,
    /// Relative column widths, one per column.
    pub widths: Vec<u32>,
}

/// A picture with its caption ("Gambar 4.1 …").
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// Its number within the chapter (1-based).
    pub number: u32,
    /// The caption after "Gambar 4.N".
    pub caption: String,
    /// The picture as PNG.
    pub png: Vec<u8>,
    /// Its size in pixels.
    pub pixels: (u32, u32),
    /// How wide it is printed, in centimetres.
    pub width_cm: f32,
}

/// One block of the chapter, in reading order.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// A heading: 1 for the chapter, 2 for a section, 3 for a subsection.
    Heading(u8, String),
    /// A paragraph of body text.
    Paragraph(Vec<Span>),
    /// A numbered table.
    Table(Table),
    /// A numbered figure.
    Figure(Figure),
}

/// The chapter: its number and its blocks.
#[derive(Clone, Debug, PartialEq)]
pub struct Chapter {
    /// The chapter's number in the thesis (Bab IV is 4), used in captions.
    pub number: u32,
    /// "Tabel" or "Table".
    pub table_label: String,
    /// "Gambar" or "Figure".
    pub figure_label: String,
    /// Everything in it, in order.
    pub blocks: Vec<Block>,
}

impl Chapter {
    /// The tables, in order.
    pub fn tables(&self) -> impl Iterator<Item = &Table> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        })
    }

    /// The figures, in order.
    pub fn figures(&self) -> impl Iterator<Item = &Figure> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Figure(f) => Some(f),
            _ => None,
        })
    }
}
