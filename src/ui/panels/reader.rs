//! The reader: a source's full text, paragraph by paragraph, with every coded
//! passage highlighted in its stance's colour and marked in the margin. Only
//! the paragraphs on screen are laid out, so a long transcript scrolls
//! smoothly. Select words with the mouse (or Shift and the arrow keys) and code
//! them as an evidence note; click a highlight to open its note beside the
//! text; double-click a paragraph to correct it (the passages coded in the
//! text follow the edit). A search finds words in every text, each hit shown
//! in its context.

use super::context::PanelCtx;
use crate::analysis::{TextCoding, TextHit, search_texts};
use crate::document::{Edit, Item, paragraph_locator};
use crate::i18n::Msg;
use crate::model::{
    Anchor, CharIndex, EvidenceId, EvidenceNote, IndicatorId, MAX_LINE_CHARS,
    MAX_SOURCE_TEXT_BYTES, MAX_TEXT_CHARS, SourceId, Stance, fresh_id, paragraph_number,
    paragraphs, trim_to_words,
};
use crate::ui::widgets::{shorten, source_label};
use egui::text::{CCursor, Galley};
use egui::{Color32, FontId, Pos2, Rect, Sense, Ui, pos2, vec2};
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::ops::Range;
use std::sync::Arc;

/// The width of the margin where passages are marked.
const GUTTER: f32 = 34.0;
/// Space between paragraphs.
const PARAGRAPH_GAP: f32 = 8.0;
/// The most search hits listed at once.
const MAX_HITS: usize = 200;

/// The reader's place, selection and caches, kept across frames.
#[derive(Default)]
pub struct ReaderState {
    /// The source whose text is read.
    pub source: Option<SourceId>,
    /// The selected characters: where the selection began, and where it ends
    /// (the caret).
    pub selection: Option<(usize, usize)>,
    /// A character to bring into view on the next frame.
    pub scroll_to: Option<usize>,
    /// Words to look for in every text.
    pub search: String,
    /// A paragraph being corrected: its number and its text as typed.
    pub editing: Option<(usize, String)>,
    /// The pasted text was refused as too long (said under the field).
    pub paste_refused: bool,
    /// Text being pasted for a source that has none.
    pub pasted: String,
    /// The whole text after a paragraph was corrected this frame.
    finished_edit: Option<String>,
    layout: Option<TextLayout>,
    coding: Option<(SourceId, u64, TextCoding)>,
    hits: Option<(u64, String, SharedHits)>,
}

impl ReaderState {
    /// Opens the reader at `anchor` of `source`'s text, the passage selected.
    pub fn show_passage(&mut self, source: &SourceId, anchor: Anchor) {
        self.source = Some(source.clone());
        self.selection = Some((anchor.start, anchor.end));
        self.scroll_to = Some(anchor.start);
        self.editing = None;
    }
}

/// A search's hits (at most [`MAX_HITS`]) and how many there were in all,
/// kept while the query and the project stay the same.
type SharedHits = std::rc::Rc<(Vec<TextHit>, usize)>;

/// What the reader did that the section around it acts on.
#[derive(Default)]
pub struct ReaderOutcome {
    /// A note to select: one just coded, or one whose highlight was clicked.
    pub select: Option<EvidenceNote>,
}

/// What the reader needs to know of the section around it.
pub struct ReaderContext<'a> {
    /// The note selected in the section.
    pub selected_note: Option<&'a EvidenceId>,
    /// Indicators a new note starts with (the section's indicator filter).
    pub indicators: Vec<IndicatorId>,
}

/// Where each paragraph of the text stands, for the width it was laid out at.
pub struct TextLayout {
    source: SourceId,
    revision: u64,
    width: f32,
    font_size: f32,
    /// Each paragraph's characters.
    paragraphs: Vec<Range<usize>>,
    /// The top of each paragraph, and the text's height at the end.
    tops: Vec<f32>,
    index: CharIndex,
    /// Heights already measured, by paragraph text and width: an edit measures
    /// only the paragraph it changed.
    heights: HashMap<(u64, u32), f32>,
}

impl TextLayout {
    /// The paragraph at height `y`.
    fn paragraph_at(&self, y: f32) -> usize {
        self.tops
            .partition_point(|top| *top <= y)
            .saturating_sub(1)
            .min(self.paragraphs.len().saturating_sub(1))
    }

    /// The paragraph holding character `position`.
    fn paragraph_of(&self, position: usize) -> usize {
        self.paragraphs
            .partition_point(|p| p.end < position)
            .min(self.paragraphs.len().saturating_sub(1))
    }

    /// The text of paragraph `i`.
    fn text<'t>(&self, text: &'t str, i: usize) -> &'t str {
        self.paragraphs.get(i).map_or("", |p| {
            self.index
                .slice(text, Anchor::new(p.start, p.end))
                .unwrap_or_default()
        })
    }
}

fn text_hash(text: &str) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut hasher);
    hasher.finish()
}

/// Lays out `text` for `width`, reusing what was measured before.
fn layout(
    ui: &Ui,
    previous: Option<TextLayout>,
    source: &SourceId,
    revision: u64,
    text: &str,
    width: f32,
    font_size: f32,
) -> TextLayout {
    let mut heights = previous
        .filter(|p| (p.font_size - font_size).abs() < f32::EPSILON)
        .map(|p| p.heights)
        .unwrap_or_default();
    let paragraphs = paragraphs(text);
    let index = CharIndex::new(text);
    let mut tops = Vec::with_capacity(paragraphs.len() + 1);
    let mut y = 0.0;
    let width_key = width.round() as u32;
    for range in &paragraphs {
        tops.push(y);
        let paragraph = index
            .slice(text, Anchor::new(range.start, range.end))
            .unwrap_or_default();
        let height = *heights
            .entry((text_hash(paragraph), width_key))
            .or_insert_with(|| galley(ui, paragraph, width, font_size).size().y);
        y += height + PARAGRAPH_GAP;
    }
    tops.push(y);
    TextLayout {
        source: source.clone(),
        revision,
        width,
        font_size,
        paragraphs,
        tops,
        index,
        heights,
    }
}

fn galley(ui: &Ui, text: &str, width: f32, font_size: f32) -> Arc<Galley> {
    let color = ui.visuals().text_color();
    ui.fonts_mut(|fonts| {
        fonts.layout(
            text.to_owned(),
            FontId::proportional(font_size),
            color,
            width,
        )
    })
}

/// The colour a passage is marked in: its note's stance.
pub fn stance_color(stance: Stance) -> Color32 {
    match stance {
        Stance::Supports => Color32::from_rgb(0x00, 0x9E, 0x73),
        Stance::Challenges => Color32::from_rgb(0xD5, 0x5E, 0x00),
        Stance::Context => Color32::from_rgb(0x88, 0x88, 0x88),
    }
}

/// Draws the reader (not the note beside it: the section draws that, with
/// [`anchor_to_selection`] above it).
pub fn show(
    ui: &mut Ui,
    cx: &mut PanelCtx<'_>,
    state: &mut ReaderState,
    around: &ReaderContext<'_>,
) -> ReaderOutcome {
    let mut outcome = ReaderOutcome::default();
    let project = &cx.doc.project;
    if state
        .source
        .as_ref()
        .is_none_or(|id| cx.doc.source(id).is_none())
    {
        state.source = project
            .sources
            .iter()
            .find(|s| !s.text.is_empty())
            .or(project.sources.first())
            .map(|s| s.id.clone());
    }
    let Some(source_id) = state.source.clone() else {
        ui.label(egui::RichText::new(cx.t(Msg::AddSourceFirst)).weak());
        return outcome;
    };
    reader_bar(ui, cx, state, around, &source_id, &mut outcome);
    search_results(ui, cx, state, around, &mut outcome);
    let has_text = cx
        .doc
        .source(&source_id)
        .is_some_and(|s| !s.text.is_empty());
    if has_text {
        text_view(ui, cx, state, around, &source_id, &mut outcome);
    } else {
        paste_text(ui, cx, state, &source_id);
    }
    outcome
}

/// The source chooser, the coverage, "Code selection", and the search field.
fn reader_bar(
    ui: &mut Ui,
    cx: &mut PanelCtx<'_>,
    state: &mut ReaderState,
    around: &ReaderContext<'_>,
    source_id: &SourceId,
    outcome: &mut ReaderOutcome,
) {
    let project = &cx.doc.project;
    let lang = cx.lang;
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(cx.t(Msg::Source));
        let current = cx
            .doc
            .source(source_id)
            .map_or_else(String::new, |s| source_label(s, lang));
        let mut chosen = source_id.clone();
        egui::ComboBox::new("reader-source", "")
            .selected_text(shorten(&current, 50))
            .width(300.0)
            .show_ui(ui, |ui| {
                for source in &project.sources {
                    let mut name = source_label(source, lang);
                    if source.text.is_empty() {
                        name.push_str(" — ");
                        name.push_str(cx.t(Msg::NoText));
                    }
                    ui.selectable_value(&mut chosen, source.id.clone(), name);
                }
            })
            .response
            .labelled_by(label.id);
        if &chosen != source_id {
            state.source = Some(chosen);
            state.selection = None;
            state.editing = None;
        }
        let coding = coding(state, cx, source_id);
        if coding.chars > 0 {
            let share = coding.coded_chars() as f64 / coding.chars as f64 * 100.0;
            ui.label(
                egui::RichText::new(Msg::CoverageLine.count(
                    lang,
                    coding.passages.len(),
                    &[&format!("{share:.0}"), &coding.passages.len()],
                ))
                .weak(),
            );
        }
        let selected = selected_anchor(state);
        let code = ui
            .add_enabled(
                selected.is_some(),
                egui::Button::new(cx.t(Msg::CodeSelection)),
            )
            .on_hover_text(cx.t(Msg::CodeSelectionHint))
            .on_disabled_hover_text(cx.t(Msg::SelectTextFirst));
        let shortcut = ui.input_mut(|i| {
            i.consume_shortcut(&egui::KeyboardShortcut::new(
                egui::Modifiers::COMMAND,
                egui::Key::Enter,
            ))
        });
        if (code.clicked() || shortcut)
            && let Some(anchor) = selected
        {
            outcome.select = code_selection(cx, state, around, source_id, anchor);
        }
        ui.separator();
        // Kept on one line: in the wrapping bar it moves down whole instead of
        // breaking under its field.
        let search = ui.add(egui::Label::new(cx.t(Msg::SearchTexts)).extend());
        ui.add(
            egui::TextEdit::singleline(&mut state.search)
                .desired_width(180.0)
                .char_limit(MAX_LINE_CHARS)
                .hint_text(cx.t(Msg::SearchTextsHint)),
        )
        .labelled_by(search.id);
    });
    legend(ui, cx);
}

fn selected_anchor(state: &ReaderState) -> Option<Anchor> {
    state
        .selection
        .filter(|(a, b)| a != b)
        .map(|(a, b)| Anchor::new(a, b))
}

/// What the highlight colours mean.
fn legend(ui: &mut Ui, cx: &PanelCtx<'_>) {
    use crate::i18n::Named;
    ui.horizontal_wrapped(|ui| {
        for stance in Stance::ALL {
            crate::ui::widgets::swatch(ui, stance_color(stance).gamma_multiply(0.6));
            ui.label(egui::RichText::new(stance.name(cx.lang)).small());
        }
        ui.label(egui::RichText::new(cx.t(Msg::ReaderHint)).weak().small());
    });
}

/// The passages of the text, rebuilt when the project changed.
fn coding<'s>(state: &'s mut ReaderState, cx: &PanelCtx<'_>, source: &SourceId) -> &'s TextCoding {
    let revision = cx.doc.revision();
    let fresh = state
        .coding
        .take()
        .filter(|(s, r, _)| s == source && *r == revision)
        .unwrap_or_else(|| {
            (
                source.clone(),
                revision,
                TextCoding::of(&cx.doc.project, source),
            )
        });
    &state.coding.insert(fresh).2
}

/// A new note from the words at `anchor`, anchored to them; returned so the
/// section selects it and opens it beside the text.
fn code_selection(
    cx: &mut PanelCtx<'_>,
    state: &mut ReaderState,
    around: &ReaderContext<'_>,
    source: &SourceId,
    anchor: Anchor,
) -> Option<EvidenceNote> {
    let project = &cx.doc.project;
    let text = project.source(source).map(|s| s.text.as_str())?;
    let anchor = trim_to_words(text, anchor)?;
    let excerpt = CharIndex::new(text).slice(text, anchor)?;
    let locator = paragraph_number(&paragraphs(text), anchor.start)
        .map(paragraph_locator)
        .unwrap_or_default();
    let note = EvidenceNote {
        id: EvidenceId::new(fresh_id(
            "note",
            project.evidence.iter().map(|n| n.id.as_str()),
        )),
        source: source.clone(),
        excerpt: excerpt.to_owned(),
        interpretation: String::new(),
        indicators: around.indicators.clone(),
        actors: Vec::new(),
        stance: Stance::Supports,
        tags: Vec::new(),
        anchor: Some(anchor),
        locator,
    };
    state.selection = None;
    cx.sink.push(Edit::Put(Item::Note(note.clone())));
    Some(note)
}

/// "Anchor to the selection": moves `note` to the words selected in the reader.
pub fn anchor_to_selection(
    ui: &mut Ui,
    cx: &mut PanelCtx<'_>,
    state: &mut ReaderState,
    note: &EvidenceNote,
) {
    if state.source.as_ref() != Some(&note.source) {
        return;
    }
    let selected = selected_anchor(state);
    let button = ui
        .add_enabled(
            selected.is_some(),
            egui::Button::new(cx.t(Msg::AnchorToSelection)),
        )
        .on_disabled_hover_text(cx.t(Msg::SelectTextFirst));
    if button.clicked()
        && let Some(anchor) = selected
        && let Some(text) = cx.doc.source(&note.source).map(|s| s.text.as_str())
        && let Some(anchor) = trim_to_words(text, anchor)
        && let Some(excerpt) = CharIndex::new(text).slice(text, anchor)
    {
        let mut moved = note.clone();
        moved.anchor = Some(anchor);
        excerpt.clone_into(&mut moved.excerpt);
        moved.locator = paragraph_number(&paragraphs(text), anchor.start)
            .map(paragraph_locator)
            .unwrap_or_default();
        state.selection = None;
        cx.sink.push(Edit::Put(Item::Note(moved)));
    }
}

/// For a source without a text: a field to paste it into.
fn paste_text(ui: &mut Ui, cx: &mut PanelCtx<'_>, state: &mut ReaderState, source_id: &SourceId) {
    ui.label(egui::RichText::new(cx.t(Msg::NoTextYet)).weak());
    let label = ui.label(cx.t(Msg::PasteText));
    egui::ScrollArea::vertical()
        .id_salt("reader-paste")
        .max_height(ui.available_height() - 40.0)
        .show(ui, |ui| {
            ui.add(
                egui::TextEdit::multiline(&mut state.pasted)
                    .desired_rows(12)
                    .desired_width(f32::INFINITY)
                    .char_limit(MAX_SOURCE_TEXT_BYTES),
            )
            .labelled_by(label.id);
        });
    if ui
        .add_enabled(
            !state.pasted.trim().is_empty(),
            egui::Button::new(cx.t(Msg::SaveText)),
        )
        .clicked()
        && let Some(source) = cx.doc.source(source_id)
    {
        let text = crate::model::normalize_text(&state.pasted);
        // Refused here rather than by `check` after saving: the same bounds.
        let longest = text.split('\n').map(|p| p.chars().count()).max();
        if text.len() > MAX_SOURCE_TEXT_BYTES || longest > Some(MAX_TEXT_CHARS) {
            state.paste_refused = true;
            return;
        }
        let mut with_text = source.clone();
        with_text.text = text;
        state.pasted.clear();
        state.paste_refused = false;
        cx.sink.push(Edit::Put(Item::Source(with_text)));
    }
    if state.paste_refused {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            Msg::PasteTooLong.fill(cx.lang, &[&MAX_SOURCE_TEXT_BYTES, &MAX_TEXT_CHARS]),
        );
    }
}

/// The hits of the search across every text, with "go" and "code" for each.
fn search_results(
    ui: &mut Ui,
    cx: &mut PanelCtx<'_>,
    state: &mut ReaderState,
    around: &ReaderContext<'_>,
    outcome: &mut ReaderOutcome,
) {
    let query = state.search.trim().to_owned();
    if query.chars().count() < 2 {
        return;
    }
    let revision = cx.doc.revision();
    let stale = state
        .hits
        .as_ref()
        .is_none_or(|(r, q, _)| *r != revision || *q != query);
    if stale {
        let found = search_texts(&cx.doc.project, &query, MAX_HITS);
        state.hits = Some((revision, query, std::rc::Rc::new(found)));
    }
    let Some((_, _, found)) = state.hits.clone() else {
        return;
    };
    let (hits, total) = &*found;
    ui.label(Msg::HitsFound.count(cx.lang, *total, &[total]));
    egui::ScrollArea::vertical()
        .id_salt("reader-hits")
        .max_height(150.0)
        .show_rows(ui, 22.0, hits.len(), |ui, rows| {
            for hit in &hits[rows] {
                hit_row(ui, cx, state, around, hit, outcome);
            }
        });
    ui.separator();
}

fn hit_row(
    ui: &mut Ui,
    cx: &mut PanelCtx<'_>,
    state: &mut ReaderState,
    around: &ReaderContext<'_>,
    hit: &TextHit,
    outcome: &mut ReaderOutcome,
) {
    ui.horizontal(|ui| {
        let title = cx.doc.source(&hit.source).map_or("?", |s| s.title.as_str());
        if ui.small_button(cx.t(Msg::GoToHit)).clicked() {
            state.show_passage(&hit.source, hit.anchor);
        }
        if ui.small_button(cx.t(Msg::CodeHit)).clicked() {
            state.show_passage(&hit.source, hit.anchor);
            outcome.select = code_selection(cx, state, around, &hit.source, hit.anchor);
        }
        let mut job = egui::text::LayoutJob::default();
        let plain = egui::TextFormat {
            color: ui.visuals().weak_text_color(),
            ..Default::default()
        };
        let found = egui::TextFormat {
            color: ui.visuals().strong_text_color(),
            background: ui.visuals().selection.bg_fill,
            ..Default::default()
        };
        job.append(
            &format!("{}: …{}", shorten(title, 30), hit.before),
            0.0,
            plain.clone(),
        );
        job.append(&hit.found, 0.0, found);
        job.append(&format!("{}…", hit.after), 0.0, plain);
        ui.add(egui::Label::new(job).truncate());
    });
}

/// The text itself.
fn text_view(
    ui: &mut Ui,
    cx: &mut PanelCtx<'_>,
    state: &mut ReaderState,
    around: &ReaderContext<'_>,
    source_id: &SourceId,
    outcome: &mut ReaderOutcome,
) {
    let Some(source) = cx.doc.source(source_id) else {
        return;
    };
    let text = source.text.as_str();
    let font_size = ui.text_style_height(&egui::TextStyle::Body).max(13.0);
    let width = (ui.available_width() - GUTTER - 16.0).max(120.0);
    let revision = cx.doc.revision();
    let stale = state.layout.as_ref().is_none_or(|l| {
        &l.source != source_id
            || l.revision != revision
            || (l.width - width).abs() > 0.5
            || (l.font_size - font_size).abs() > f32::EPSILON
    });
    if stale {
        let previous = state.layout.take();
        state.layout = Some(layout(
            ui, previous, source_id, revision, text, width, font_size,
        ));
    }
    coding(state, cx, source_id);
    let scroll_to = state.scroll_to.take();
    let (Some(layout), Some((_, _, coding))) = (&state.layout, &state.coding) else {
        return;
    };
    let scroll_to = scroll_to.map(|position| layout.tops[layout.paragraph_of(position)]);
    let mut view = TextView {
        layout,
        coding,
        text,
        width,
        font_size,
        notes: &cx.doc.project.evidence,
        selected_note: around.selected_note,
        selection: &mut state.selection,
        editing: &mut state.editing,
        finished_edit: &mut state.finished_edit,
        name: cx.t(Msg::Reader),
    };
    let clicked_note = egui::ScrollArea::vertical()
        .id_salt(("reader-text", source_id.as_str()))
        .auto_shrink([false, false])
        .show_viewport(ui, |ui, viewport| view.show(ui, viewport, scroll_to))
        .inner;
    if let Some(position) = clicked_note
        && let Some(note) = cx.doc.project.evidence.get(position)
    {
        outcome.select = Some(note.clone());
    }
    if let Some(edit) = state.finished_edit.take()
        && let Some(source) = cx.doc.source(source_id)
    {
        let mut edited = source.clone();
        edited.text = edit;
        cx.sink
            .typing(Edit::Put(Item::Source(edited)), format!("text:{source_id}"));
    }
}

/// Everything one frame of the text view reads.
struct TextView<'a> {
    layout: &'a TextLayout,
    coding: &'a TextCoding,
    text: &'a str,
    width: f32,
    font_size: f32,
    notes: &'a [EvidenceNote],
    selected_note: Option<&'a EvidenceId>,
    selection: &'a mut Option<(usize, usize)>,
    editing: &'a mut Option<(usize, String)>,
    finished_edit: &'a mut Option<String>,
    /// The text's accessible name.
    name: &'a str,
}

impl TextView<'_> {
    /// Draws the paragraphs in `viewport` and handles the pointer and keys;
    /// returns the note whose highlight was clicked.
    fn show(&mut self, ui: &mut Ui, viewport: Rect, scroll_to: Option<f32>) -> Option<usize> {
        let total = self.layout.tops.last().copied().unwrap_or(0.0);
        let (rect, response) = ui.allocate_exact_size(
            vec2(self.width + GUTTER, total.max(ui.available_height())),
            Sense::click_and_drag(),
        );
        // Named for screen readers (and the UI tests), as one text.
        let name = self.name;
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Document, true, name));
        if let Some(y) = scroll_to {
            let target = Rect::from_min_size(pos2(rect.left(), rect.top() + y), vec2(1.0, 40.0));
            ui.scroll_to_rect(target, Some(egui::Align::Center));
        }
        let origin = rect.min + vec2(GUTTER, 0.0);
        if self.editing.is_some() {
            self.edit_paragraph(ui, origin);
        }
        let first = self.layout.paragraph_at(viewport.min.y);
        let last = self.layout.paragraph_at(viewport.max.y);
        for i in first..=last.min(self.layout.paragraphs.len().saturating_sub(1)) {
            if self.editing.as_ref().is_some_and(|(p, _)| *p == i) {
                continue;
            }
            self.paint_paragraph(ui, origin, i);
        }
        let clicked = self.pointer(ui, &response, origin);
        if response.has_focus() {
            self.keys(ui);
        }
        clicked
    }

    fn paragraph_galley(&self, ui: &Ui, i: usize) -> Arc<Galley> {
        galley(
            ui,
            self.layout.text(self.text, i),
            self.width,
            self.font_size,
        )
    }

    /// The screen rectangles of characters `a..b` of a paragraph laid out in `galley` at `at`.
    fn range_rects(galley: &Galley, at: Pos2, a: usize, b: usize) -> Vec<Rect> {
        let start = galley.pos_from_cursor(CCursor::new(a));
        let end = galley.pos_from_cursor(CCursor {
            index: b.into(),
            prefer_next_row: false,
        });
        let mut rects = Vec::new();
        for row in &galley.rows {
            let row_rect = row.rect();
            if row_rect.max.y <= start.min.y + 0.5 || row_rect.min.y >= end.max.y - 0.5 {
                continue;
            }
            let x0 = if row_rect.min.y <= start.min.y + 0.5 {
                start.min.x
            } else {
                row_rect.min.x
            };
            let x1 = if row_rect.max.y >= end.max.y - 0.5 {
                end.max.x
            } else {
                row_rect.max.x
            };
            if x1 > x0 {
                rects.push(
                    Rect::from_min_max(pos2(x0, row_rect.min.y), pos2(x1, row_rect.max.y))
                        .translate(at.to_vec2()),
                );
            }
        }
        rects
    }

    fn paint_paragraph(&self, ui: &Ui, origin: Pos2, i: usize) {
        let range = self.layout.paragraphs[i].clone();
        let top = origin.y + self.layout.tops[i];
        let at = pos2(origin.x, top);
        let galley = self.paragraph_galley(ui, i);
        let painter = ui.painter();
        // Coded passages under the text, then the selection, then the words.
        let mut margin = 0.0;
        for passage in self.coding.over(range.clone()) {
            let Some(note) = self.notes.get(passage.position) else {
                continue;
            };
            let a = passage.anchor.start.max(range.start) - range.start;
            let b = passage.anchor.end.min(range.end) - range.start;
            let color = if passage.broken {
                ui.visuals().warn_fg_color
            } else {
                stance_color(note.stance)
            };
            let selected = self.selected_note == Some(&note.id);
            let fill = color.gamma_multiply(if selected { 0.45 } else { 0.22 });
            for r in Self::range_rects(&galley, at, a, b) {
                painter.rect_filled(r, 2.0, fill);
                if selected {
                    painter.rect_stroke(
                        r,
                        2.0,
                        egui::Stroke::new(1.5, color),
                        egui::StrokeKind::Outside,
                    );
                }
            }
            // A mark in the margin per passage, side by side when they overlap.
            let mark = Rect::from_min_size(
                pos2(origin.x - GUTTER + 4.0 + margin, top),
                vec2(4.0, galley.size().y),
            );
            painter.rect_filled(mark, 1.0, color);
            margin = (margin + 6.0) % (GUTTER - 10.0);
        }
        if let Some((a, b)) = *self.selection {
            let (a, b) = (a.min(b), a.max(b));
            if a < range.end && b > range.start {
                let sa = a.max(range.start) - range.start;
                let sb = b.min(range.end) - range.start;
                for r in Self::range_rects(&galley, at, sa, sb) {
                    painter.rect_filled(r, 0.0, ui.visuals().selection.bg_fill.gamma_multiply(0.7));
                }
            }
            // The caret, where the selection ends.
            let caret = self.selection.map_or(a, |(_, c)| c);
            if (range.start..=range.end).contains(&caret) {
                let r = galley.pos_from_cursor(CCursor::new(caret - range.start));
                painter.line_segment(
                    [at + r.min.to_vec2(), at + r.max.to_vec2()],
                    egui::Stroke::new(1.5, ui.visuals().text_color()),
                );
            }
        }
        painter.galley(at, galley, ui.visuals().text_color());
    }

    /// The character under `pos`, and its paragraph.
    fn char_at(&self, ui: &Ui, origin: Pos2, pos: Pos2) -> Option<(usize, usize)> {
        if self.layout.paragraphs.is_empty() {
            return None;
        }
        let i = self.layout.paragraph_at(pos.y - origin.y);
        let galley = self.paragraph_galley(ui, i);
        let local = pos - pos2(origin.x, origin.y + self.layout.tops[i]);
        let cursor = galley.cursor_from_pos(local);
        Some((i, self.layout.paragraphs[i].start + cursor.index.0))
    }

    /// Selecting with the mouse, clicking a highlight, double-clicking to edit.
    fn pointer(&mut self, ui: &Ui, response: &egui::Response, origin: Pos2) -> Option<usize> {
        let pointer = response.interact_pointer_pos();
        if response.double_clicked()
            && let Some(pos) = pointer
            && let Some((i, _)) = self.char_at(ui, origin, pos)
        {
            *self.editing = Some((i, self.layout.text(self.text, i).to_owned()));
            *self.selection = None;
            return None;
        }
        // A drag starts where the button went down, not where it was noticed.
        let press = ui.input(|i| i.pointer.press_origin()).or(pointer);
        if response.drag_started()
            && let Some(pos) = press
            && let Some((_, at)) = self.char_at(ui, origin, pos)
        {
            let shift = ui.input(|i| i.modifiers.shift);
            let anchor = self.selection.filter(|_| shift).map_or(at, |(a, _)| a);
            *self.selection = Some((anchor, at));
            response.request_focus();
        } else if response.dragged()
            && let Some(pos) = pointer
            && let Some((_, at)) = self.char_at(ui, origin, pos)
            && let Some((anchor, _)) = *self.selection
        {
            *self.selection = Some((anchor, at));
        }
        if response.clicked()
            && let Some(pos) = pointer
            && let Some((_, at)) = self.char_at(ui, origin, pos)
        {
            response.request_focus();
            if ui.input(|i| i.modifiers.shift)
                && let Some((anchor, _)) = *self.selection
            {
                *self.selection = Some((anchor, at));
                return None;
            }
            *self.selection = Some((at, at));
            // A click on a passage opens its note (the shortest, where they overlap).
            return self
                .coding
                .over(at..at + 1)
                .filter(|p| p.anchor.start <= at && at < p.anchor.end)
                .min_by_key(|p| p.anchor.len())
                .map(|p| p.position);
        }
        None
    }

    /// Shift and the arrow keys extend the selection, Ctrl with them by words;
    /// Escape clears it.
    fn keys(&mut self, ui: &Ui) {
        let chars = self.layout.index.chars();
        let Some((anchor, cursor)) = *self.selection else {
            return;
        };
        let (mut anchor, mut cursor) = (anchor, cursor);
        ui.input(|input| {
            let word = input.modifiers.command || input.modifiers.alt;
            for event in &input.events {
                let egui::Event::Key {
                    key,
                    pressed: true,
                    modifiers,
                    ..
                } = event
                else {
                    continue;
                };
                let moved = match key {
                    egui::Key::ArrowLeft if word => {
                        previous_word(self.text, &self.layout.index, cursor)
                    }
                    egui::Key::ArrowRight if word => {
                        next_word(self.text, &self.layout.index, cursor)
                    }
                    egui::Key::ArrowLeft => cursor.saturating_sub(1),
                    egui::Key::ArrowRight => (cursor + 1).min(chars),
                    egui::Key::ArrowUp => {
                        let i = self.layout.paragraph_of(cursor);
                        self.layout.paragraphs[i.saturating_sub(1)].start
                    }
                    egui::Key::ArrowDown => {
                        let i = self.layout.paragraph_of(cursor);
                        self.layout.paragraphs[(i + 1).min(self.layout.paragraphs.len() - 1)].end
                    }
                    egui::Key::Escape => {
                        anchor = cursor;
                        continue;
                    }
                    _ => continue,
                };
                cursor = moved;
                if !modifiers.shift {
                    anchor = cursor;
                }
            }
        });
        *self.selection = Some((anchor, cursor));
    }

    /// A paragraph being corrected: a text field in its place. Leaving it
    /// (Escape, or a click elsewhere) ends the edit.
    fn edit_paragraph(&mut self, ui: &mut Ui, origin: Pos2) {
        let Some((i, mut draft)) = self.editing.take() else {
            return;
        };
        let Some(range) = self.layout.paragraphs.get(i).cloned() else {
            return;
        };
        let top = origin.y + self.layout.tops[i];
        let rect = Rect::from_min_size(pos2(origin.x, top), vec2(self.width, 120.0));
        let field = ui.put(
            rect,
            egui::TextEdit::multiline(&mut draft)
                .desired_width(self.width)
                .char_limit(MAX_TEXT_CHARS)
                .font(FontId::proportional(self.font_size)),
        );
        if !field.has_focus() && !field.lost_focus() {
            field.request_focus();
        }
        if field.changed() {
            let (Some(start), Some(end)) = (
                self.layout.index.byte(range.start),
                self.layout.index.byte(range.end),
            ) else {
                return;
            };
            let mut text = String::with_capacity(self.text.len() + 16);
            text.push_str(&self.text[..start]);
            text.push_str(&draft);
            text.push_str(&self.text[end..]);
            *self.finished_edit = Some(text);
        }
        let done = field.lost_focus() || ui.input(|input| input.key_pressed(egui::Key::Escape));
        if !done {
            *self.editing = Some((i, draft));
        }
    }
}

/// The start of the word before character `at`.
fn previous_word(text: &str, index: &CharIndex, at: usize) -> usize {
    let before = index
        .slice(text, Anchor::new(0, at))
        .unwrap_or_default()
        .trim_end();
    let trimmed = before.chars().count();
    before
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(byte, _)| before[..byte].chars().count() + 1)
        .min(trimmed)
}

/// The end of the word after character `at`.
fn next_word(text: &str, index: &CharIndex, at: usize) -> usize {
    let chars = index.chars();
    let after = index
        .slice(text, Anchor::new(at, chars))
        .unwrap_or_default();
    let skipped = after.chars().take_while(|c| c.is_whitespace()).count();
    let word = after
        .chars()
        .skip(skipped)
        .take_while(|c| !c.is_whitespace())
        .count();
    (at + skipped + word).min(chars)
}
