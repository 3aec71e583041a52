//! The font the exported charts are set in: DejaVu Sans, bundled in the binary
//! (`assets/fonts/`, licence beside it) and loaded explicitly, because resvg
//! silently drops text whose font family it cannot find. Also measures text
//! with that font, so the SVG layout leaves room for every label.

use resvg::usvg::{self, fontdb};
use std::collections::HashMap;
use std::fmt::Write as _;
use std::sync::{Arc, OnceLock};

/// The family name the exports ask for: the bundled font's own name.
pub const FONT_FAMILY: &str = "DejaVu Sans";

/// The `font-family` value written into SVG and HTML: the bundled font first,
/// then look-alikes for viewers that do not have it (Verdana shares its metrics).
pub const FONT_STACK: &str = "'DejaVu Sans', Verdana, 'Bitstream Vera Sans', sans-serif";

/// The regular face, also the window's fallback for glyphs egui's own font lacks.
pub static REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// The font database holding only the bundled faces (built once, then shared).
pub fn database() -> Arc<fontdb::Database> {
    static DATABASE: OnceLock<Arc<fontdb::Database>> = OnceLock::new();
    DATABASE
        .get_or_init(|| {
            let mut db = fontdb::Database::new();
            for face in [REGULAR, BOLD] {
                db.load_font_source(fontdb::Source::Binary(Arc::new(face)));
            }
            db.set_sans_serif_family(FONT_FAMILY);
            Arc::new(db)
        })
        .clone()
}

/// Parsing options that use the bundled font only and never read files that an
/// SVG refers to.
pub fn usvg_options() -> usvg::Options<'static> {
    let mut options = usvg::Options {
        font_family: FONT_FAMILY.to_owned(),
        fontdb: database(),
        ..usvg::Options::default()
    };
    options.image_href_resolver.resolve_string = Box::new(|_, _| None);
    options
}

/// Font size the measurements are taken at; widths scale linearly from it.
const REFERENCE_SIZE: f64 = 100.0;

/// Widths of text set in the bundled font, measured by laying it out with usvg.
#[derive(Debug, Default)]
pub struct TextMeasure {
    /// Width at [`REFERENCE_SIZE`], by (text, bold).
    known: HashMap<(String, bool), f64>,
}

impl TextMeasure {
    /// An empty cache.
    pub fn new() -> Self {
        Self::default()
    }

    /// Measures every text in `texts` not yet known, in one layout pass.
    pub fn prepare<'a>(&mut self, texts: impl IntoIterator<Item = &'a str>, bold: bool) {
        let mut missing: Vec<String> = Vec::new();
        for text in texts {
            let key = (text.to_owned(), bold);
            if !self.known.contains_key(&key) && !missing.iter().any(|m| m == text) {
                missing.push(text.to_owned());
            }
        }
        if missing.is_empty() {
            return;
        }
        let measured = layout_widths(&missing, bold);
        for (i, text) in missing.into_iter().enumerate() {
            let width = measured
                .get(&i)
                .copied()
                .unwrap_or_else(|| estimate(&text, bold));
            self.known.insert((text, bold), width);
        }
    }

    /// The advance width of `text` at `size` (measured now if not prepared).
    pub fn width(&mut self, text: &str, size: f64, bold: bool) -> f64 {
        if text.is_empty() {
            return 0.0;
        }
        if !self.known.contains_key(&(text.to_owned(), bold)) {
            self.prepare([text], bold);
        }
        let at_reference = self
            .known
            .get(&(text.to_owned(), bold))
            .copied()
            .unwrap_or_else(|| estimate(text, bold));
        at_reference * size / REFERENCE_SIZE
    }
}

/// A rough width for when layout fails: DejaVu Sans averages about 0.62 em.
fn estimate(text: &str, bold: bool) -> f64 {
    let em = if bold { 0.68 } else { 0.62 };
    text.chars().count() as f64 * em * REFERENCE_SIZE
}

/// Lays out each text once with usvg and reads the advance-based box widths.
fn layout_widths(texts: &[String], bold: bool) -> HashMap<usize, f64> {
    let mut svg =
        String::from(r#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">"#);
    let weight = if bold { "bold" } else { "normal" };
    for (i, text) in texts.iter().enumerate() {
        // Spaces are kept as typed, so a line measures as it will be drawn.
        let _ = write!(
            svg,
            r#"<text id="m{i}" x="0" y="{y}" font-family="{FONT_FAMILY}" font-size="{REFERENCE_SIZE}" font-weight="{weight}" xml:space="preserve">{}</text>"#,
            super::xml::escape(text),
            y = REFERENCE_SIZE,
        );
    }
    svg.push_str("</svg>");
    let mut widths = HashMap::new();
    let Ok(tree) = usvg::Tree::from_str(&svg, &usvg_options()) else {
        return widths;
    };
    collect_widths(tree.root(), &mut widths);
    widths
}

fn collect_widths(group: &usvg::Group, widths: &mut HashMap<usize, f64>) {
    for node in group.children() {
        match node {
            usvg::Node::Group(inner) => collect_widths(inner, widths),
            usvg::Node::Text(text) => {
                if let Some(index) = text.id().strip_prefix('m').and_then(|i| i.parse().ok()) {
                    widths.insert(index, f64::from(text.bounding_box().width()));
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_faces_are_found_by_family_name() {
        let db = database();
        let query = fontdb::Query {
            families: &[fontdb::Family::Name(FONT_FAMILY)],
            weight: fontdb::Weight::BOLD,
            ..fontdb::Query::default()
        };
        assert!(db.query(&query).is_some());
        assert_eq!(db.len(), 2);
    }

    #[test]
    fn widths_grow_with_text_and_size_and_weight() {
        let mut measure = TextMeasure::new();
        let short = measure.width("Trust", 20.0, false);
        let long = measure.width("Trust among the participants", 20.0, false);
        assert!(short > 20.0 && long > 3.0 * short, "{short} {long}");
        assert!((measure.width("Trust", 40.0, false) - 2.0 * short).abs() < 1e-6);
        assert!(measure.width("Trust", 20.0, true) > short);
        assert!(measure.width("  a  b", 20.0, false) > measure.width("a b", 20.0, false));
        assert!(measure.width("", 20.0, false).abs() < f64::EPSILON);
        assert!(measure.width("<&>\"'", 20.0, false) > 0.0);
    }
}
