//! Presentation mode for the thesis defence: full screen, light high-contrast
//! theme, large type, the radar as large as the screen allows, and one indicator
//! at a time beside it (score, rationale, the quotes that fit, with a cue when
//! there are more), after a slide of the actor network when the project
//! records relations. Left/right (or a clicker's page keys) step through the
//! slides, up/down page the quotes, a click on an axis jumps to it, Esc
//! leaves. The keys are shown to the operator for a few seconds, then hidden
//! from the audience.

use super::panels::chart::{RadarStyle, radar_plot};
use super::panels::network::NetworkState;
use super::present_network::network_slide;
use crate::analysis::{IndicatorFacts, cite, quoted_excerpt};
use crate::chart::Radar;
use crate::document::Document;
use crate::i18n::Msg;
use crate::model::{
    Anchor, AssessmentId, CharIndex, EvidenceId, EvidenceNote, Lang, Project, paragraph_number,
    paragraphs,
};

/// How many quotes an indicator offers at most: enough to answer "why?".
const KEY_QUOTES: usize = 6;

/// How long the operator's key hint stays on screen, in seconds.
const HINT_SECONDS: f64 = 5.0;

/// Where the presentation is.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Presentation {
    /// The indicator shown, by position in the framework.
    pub index: usize,
    /// True while the network slide, before the indicators, is shown.
    pub network: bool,
    /// The first quote shown for this indicator.
    pub quote_offset: usize,
    /// When the slide show began (egui time), for the key hint.
    started: Option<f64>,
    /// A quote shown in its place in the source's text, over the slide.
    pub context: Option<EvidenceId>,
}

/// What the presentation asks of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PresentAction {
    /// Leave presentation mode.
    Leave,
    /// Put the chart on the clipboard (Ctrl+C on the slide).
    CopyChart,
}

impl Presentation {
    /// A presentation from its first slide: the network when `project`
    /// records relations, otherwise the first indicator.
    pub fn start(project: &Project) -> Self {
        Presentation {
            network: has_network_slide(project),
            ..Presentation::default()
        }
    }

    /// Steps by `delta` slides, wrapping around: the network slide (when
    /// `with_network`) then the `count` indicators. The quotes start again.
    pub fn step(&mut self, delta: isize, count: usize, with_network: bool) {
        let first = usize::from(with_network);
        let total = (count + first) as isize;
        if total == 0 {
            return;
        }
        let current = if self.network && with_network {
            0
        } else {
            self.index.min(count.saturating_sub(1)) + first
        };
        let next = (current as isize + delta).rem_euclid(total) as usize;
        self.network = with_network && next == 0;
        if !self.network {
            self.index = next - first;
        }
        self.quote_offset = 0;
    }
}

/// True when the presentation begins with the network slide.
pub fn has_network_slide(project: &Project) -> bool {
    !project.relations.is_empty()
}

/// The light, high-contrast look of a projected slide.
fn slide_visuals() -> egui::Visuals {
    let mut visuals = egui::Visuals::light();
    visuals.override_text_color = Some(egui::Color32::BLACK);
    visuals.panel_fill = egui::Color32::WHITE;
    visuals.window_fill = egui::Color32::WHITE;
    visuals.extreme_bg_color = egui::Color32::WHITE;
    visuals
}

/// Reads the keys: indicators, quote pages, leaving.
fn keys(
    ui: &egui::Ui,
    state: &mut Presentation,
    count: usize,
    with_network: bool,
) -> Option<PresentAction> {
    let mut action = None;
    if state.context.is_some() {
        // Over a quote's context, Esc (or any key that moves on) closes it first.
        if ui.input(|i| i.key_pressed(egui::Key::Escape) || i.key_pressed(egui::Key::Space)) {
            state.context = None;
        }
        return None;
    }
    ui.input(|input| {
        if input.key_pressed(egui::Key::Escape) {
            action = Some(PresentAction::Leave);
        }
        if [egui::Key::ArrowRight, egui::Key::Space, egui::Key::PageDown]
            .iter()
            .any(|key| input.key_pressed(*key))
        {
            state.step(1, count, with_network);
        }
        if [egui::Key::ArrowLeft, egui::Key::PageUp]
            .iter()
            .any(|key| input.key_pressed(*key))
        {
            state.step(-1, count, with_network);
        }
        if input.key_pressed(egui::Key::ArrowDown) {
            state.quote_offset += 1;
        }
        if input.key_pressed(egui::Key::ArrowUp) {
            state.quote_offset = state.quote_offset.saturating_sub(1);
        }
        // The integration turns Ctrl+C into a copy event rather than a key.
        let copy = input.events.iter().any(|e| match e {
            egui::Event::Copy => true,
            egui::Event::Key {
                key: egui::Key::C,
                pressed: true,
                modifiers,
                ..
            } => modifiers.command,
            _ => false,
        });
        if copy {
            action = Some(PresentAction::CopyChart);
        }
    });
    action
}

/// Draws the presentation; returns an action when the user leaves.
pub fn show(
    ui: &mut egui::Ui,
    doc: &Document,
    chosen: &[AssessmentId],
    network: &mut NetworkState,
    state: &mut Presentation,
    lang: Lang,
) -> Option<PresentAction> {
    let project = &doc.project;
    let radar = Radar::build(project, chosen, lang);
    let count = radar.axes.len();
    let with_network = has_network_slide(project);
    let now = ui.input(|i| i.time);
    let started = *state.started.get_or_insert(now);
    let action = keys(ui, state, count, with_network);
    state.network &= with_network;
    if count == 0 && !state.network {
        return action;
    }
    state.index = state.index.min(count.saturating_sub(1));
    let show_hint = now - started < HINT_SECONDS;
    if show_hint {
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_secs_f64(HINT_SECONDS));
    }
    egui::CentralPanel::default()
        .frame(
            egui::Frame::new()
                .fill(egui::Color32::WHITE)
                .inner_margin(20.0),
        )
        .show(ui, |ui| {
            ui.scope(|ui| {
                ui.style_mut().visuals = slide_visuals();
                // Type scales with the screen: large on a big projector, still
                // legible at 1024x768.
                let scale = (ui.available_height() / 560.0).clamp(1.2, 2.0);
                for (style, font) in &mut ui.style_mut().text_styles {
                    font.size *= if *style == egui::TextStyle::Heading {
                        scale * 1.3
                    } else {
                        scale
                    };
                }
                let place = if state.network {
                    Msg::NetworkSlide.fill(lang, &[&count])
                } else {
                    Msg::IndicatorOf.fill(lang, &[&(state.index + 1), &count])
                };
                header(ui, project.study.title.as_str(), &place, show_hint, lang);
                ui.add_space(6.0);
                if state.network {
                    network_slide(ui, doc, network, lang);
                    return;
                }
                egui::Panel::right("present-detail")
                    .exact_size((ui.available_width() * 0.38).max(320.0))
                    .resizable(false)
                    .frame(
                        egui::Frame::new()
                            .fill(egui::Color32::WHITE)
                            .inner_margin(egui::Margin::symmetric(12, 4)),
                    )
                    .show(ui, |ui| indicator_slide(ui, doc, &radar, state, lang));
                // Labels sit on both sides of the radar: their size is set by
                // the narrower of the two directions, so the radar stays large.
                let room = ui.available_size();
                let label_size = (room.y / 30.0).min(room.x / 36.0).clamp(14.0, 28.0);
                let style = RadarStyle {
                    grid: egui::Color32::from_gray(150),
                    text: egui::Color32::BLACK,
                    highlight: egui::Color32::from_rgb(0xFF, 0xD8, 0x4D),
                    label_size,
                    line_width: 4.0,
                    point_radius: 8.0,
                    ring_names: false,
                    backing: egui::Color32::from_white_alpha(220),
                };
                if let Some(clicked) = radar_plot(ui, &radar, Some(state.index), &style, lang) {
                    state.index = clicked;
                    state.quote_offset = 0;
                }
            });
        });
    if let Some(note) = state.context.as_ref().and_then(|id| doc.note(id))
        && !quote_in_context(ui.ctx(), doc, note, lang)
    {
        state.context = None;
    }
    action
}

fn header(ui: &mut egui::Ui, title: &str, place: &str, show_hint: bool, lang: Lang) {
    ui.horizontal(|ui| {
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if show_hint {
                ui.label(
                    egui::RichText::new(Msg::PresentKeys.get(lang))
                        .color(egui::Color32::from_gray(90)),
                );
            }
            ui.label(place);
            ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                ui.add(egui::Label::new(egui::RichText::new(title).strong()).truncate());
            });
        });
    });
}

fn indicator_slide(
    ui: &mut egui::Ui,
    doc: &Document,
    radar: &Radar,
    state: &mut Presentation,
    lang: Lang,
) {
    let project = &doc.project;
    let framework = project
        .framework_in(radar.framework)
        .unwrap_or(&project.framework);
    let Some(indicator) = framework.indicators.get(state.index) else {
        return;
    };
    let shown: Vec<_> = radar.series.iter().map(|s| s.assessment.clone()).collect();
    let Some(facts) = IndicatorFacts::gather(project, doc.index(), &indicator.id, &shown) else {
        return;
    };
    ui.heading(indicator.name.get(lang));
    ui.add_space(4.0);
    let score_size = ui.text_style_height(&egui::TextStyle::Heading);
    for (series, score) in radar.series.iter().zip(&facts.scores) {
        ui.horizontal(|ui| {
            crate::ui::widgets::swatch(ui, crate::ui::widgets::color32(series.color));
            ui.add(egui::Label::new(&score.assessment.label).truncate());
        });
        // The score and its level on one line, never broken.
        let text = score
            .score_text(lang)
            .unwrap_or_else(|| Msg::NotScored.get(lang).to_owned());
        ui.add(egui::Label::new(egui::RichText::new(text).strong().size(score_size)).extend());
        if !score.rationale().is_empty() {
            ui.label(egui::RichText::new(score.rationale()).size(score_size * 0.55));
        }
        ui.add_space(6.0);
    }
    let quotes = facts.key_quotes(project, doc.index(), KEY_QUOTES);
    state.quote_offset = state.quote_offset.min(quotes.len().saturating_sub(1));
    if let Some(clicked) = quote_page(ui, doc, &quotes, state.quote_offset, lang) {
        state.context = Some(clicked);
    }
}

/// The quotes from `offset` on that fit in the space left, and a cue saying
/// how many more there are (down arrow) or that some came before (up arrow).
fn quote_page(
    ui: &mut egui::Ui,
    doc: &Document,
    quotes: &[&EvidenceNote],
    offset: usize,
    lang: Lang,
) -> Option<EvidenceId> {
    let mut clicked = None;
    let project = &doc.project;
    let cue_height = ui.text_style_height(&egui::TextStyle::Body) * 1.6;
    let width = ui.available_width() - 24.0;
    let quote_size = ui.text_style_height(&egui::TextStyle::Body);
    let cite_size = (quote_size * 0.72).max(14.0);
    if offset > 0 {
        ui.label(
            egui::RichText::new(Msg::PresentEarlierQuotes.count(lang, offset, &[&offset]))
                .color(egui::Color32::from_gray(90)),
        );
    }
    let mut shown = 0;
    for note in &quotes[offset.min(quotes.len())..] {
        let excerpt = quoted_excerpt(&note.excerpt, doc.source(&note.source));
        let citation = format!("— {}", cite(project, note, lang));
        let needed = text_height(ui, &excerpt, quote_size, width, true)
            + text_height(ui, &citation, cite_size, width, false)
            + 32.0;
        // The first quote always shows; others only when they fit whole.
        let left_after = quotes.len() - offset - shown - 1;
        let reserve = if left_after > 0 { cue_height } else { 0.0 };
        if shown > 0 && needed + reserve > ui.available_height() {
            break;
        }
        let anchored = note.anchor.is_some();
        let frame = egui::Frame::new()
            .stroke(egui::Stroke::new(2.0, egui::Color32::from_gray(200)))
            .inner_margin(10.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(egui::RichText::new(excerpt).italics().size(quote_size));
                ui.label(
                    egui::RichText::new(citation)
                        .size(cite_size)
                        .color(egui::Color32::from_gray(70)),
                );
            });
        // "Show me where she said that": a click shows the quote in its text.
        if anchored
            && frame
                .response
                .interact(egui::Sense::click())
                .on_hover_text(Msg::ShowInSource.get(lang))
                .clicked()
        {
            clicked = Some(note.id.clone());
        }
        ui.add_space(6.0);
        shown += 1;
    }
    let more = quotes.len().saturating_sub(offset + shown);
    if more > 0 {
        ui.label(
            egui::RichText::new(Msg::PresentMoreQuotes.count(lang, more, &[&more]))
                .strong()
                .color(egui::Color32::from_gray(60)),
        );
    }
    clicked
}

/// A quote in its place in the source's text, over the slide: the paragraphs
/// around it, the quote marked, large enough to read from the back of the room.
fn quote_in_context(ctx: &egui::Context, doc: &Document, note: &EvidenceNote, lang: Lang) -> bool {
    let Some(source) = doc.source(&note.source) else {
        return false;
    };
    let Some(anchor) = note.anchor else {
        return false;
    };
    let text = source.text.as_str();
    let index = CharIndex::new(text);
    let paragraphs = paragraphs(text);
    let at = paragraph_number(&paragraphs, anchor.start).unwrap_or(1) - 1;
    let shown = paragraphs[at.saturating_sub(1)..(at + 2).min(paragraphs.len())].to_vec();
    let mut open = true;
    let size = (ctx.content_rect().height() / 34.0).clamp(16.0, 30.0);
    let response = egui::Modal::new(egui::Id::unique("quote-context"))
        .frame(
            egui::Frame::new()
                .fill(egui::Color32::WHITE)
                .stroke(egui::Stroke::new(2.0, egui::Color32::from_gray(150)))
                .inner_margin(24.0)
                .corner_radius(6.0),
        )
        .show(ctx, |ui| {
            ui.style_mut().visuals = slide_visuals();
            ui.set_max_width((ctx.content_rect().width() * 0.8).min(1400.0));
            ui.heading(cite(&doc.project, note, lang));
            if !note.locator.is_empty() {
                ui.label(egui::RichText::new(&note.locator).weak());
            }
            ui.add_space(8.0);
            for range in shown {
                let mut job = egui::text::LayoutJob::default();
                let plain = egui::TextFormat {
                    font_id: egui::FontId::proportional(size),
                    color: egui::Color32::from_gray(60),
                    ..Default::default()
                };
                let marked = egui::TextFormat {
                    font_id: egui::FontId::proportional(size),
                    color: egui::Color32::BLACK,
                    background: egui::Color32::from_rgb(0xFF, 0xE8, 0x8C),
                    ..Default::default()
                };
                let a = anchor.start.clamp(range.start, range.end);
                let b = anchor.end.clamp(range.start, range.end);
                for (from, to, format) in [
                    (range.start, a, &plain),
                    (a, b, &marked),
                    (b, range.end, &plain),
                ] {
                    if let Some(piece) = index.slice(text, Anchor::new(from, to)) {
                        job.append(piece, 0.0, format.clone());
                    }
                }
                job.wrap.max_width = ui.available_width();
                ui.label(job);
                ui.add_space(size * 0.5);
            }
            if ui.button(Msg::Close.get(lang)).clicked() {
                open = false;
            }
        });
    open && !response.should_close()
}

/// The height `text` takes at `size` when wrapped to `width`.
fn text_height(ui: &egui::Ui, text: &str, size: f32, width: f32, italics: bool) -> f32 {
    let mut job = egui::text::LayoutJob::single_section(
        text.to_owned(),
        egui::TextFormat {
            font_id: egui::FontId::proportional(size),
            italics,
            ..Default::default()
        },
    );
    job.wrap.max_width = width;
    ui.fonts_mut(|fonts| fonts.layout_job(job)).size().y
}
