//! Presentation mode for the thesis defence: full screen, light high-contrast
//! theme, large type, the radar with its legend, and one indicator at a time
//! beside it (score, rationale, key quotes with their sources). Left/right step
//! through the indicators, a click on an axis jumps to it, Esc leaves.

use super::panels::chart::{RadarStyle, radar_plot};
use crate::analysis::{IndicatorFacts, cite};
use crate::chart::Radar;
use crate::document::Document;
use crate::i18n::Msg;
use crate::model::{AssessmentId, Lang};

/// How many quotes are shown for one indicator: enough to answer "why?", few
/// enough to read from the back of the room.
const KEY_QUOTES: usize = 3;

/// Where the presentation is.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Presentation {
    /// The indicator shown, by position in the framework.
    pub index: usize,
}

/// What the presentation asks of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PresentAction {
    /// Leave presentation mode.
    Leave,
}

impl Presentation {
    /// Steps by `delta` indicators, wrapping around.
    pub fn step(&mut self, delta: isize, count: usize) {
        if count == 0 {
            return;
        }
        let count = count as isize;
        self.index = ((self.index as isize + delta).rem_euclid(count)) as usize;
    }
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

/// Draws the presentation; returns an action when the user leaves.
pub fn show(
    ui: &mut egui::Ui,
    doc: &Document,
    chosen: &[AssessmentId],
    state: &mut Presentation,
    lang: Lang,
) -> Option<PresentAction> {
    let project = &doc.project;
    let count = project.framework.indicators.len();
    let mut action = None;
    ui.input(|input| {
        if input.key_pressed(egui::Key::Escape) {
            action = Some(PresentAction::Leave);
        }
        if input.key_pressed(egui::Key::ArrowRight)
            || input.key_pressed(egui::Key::ArrowDown)
            || input.key_pressed(egui::Key::Space)
        {
            state.step(1, count);
        }
        if input.key_pressed(egui::Key::ArrowLeft) || input.key_pressed(egui::Key::ArrowUp) {
            state.step(-1, count);
        }
    });
    if count == 0 {
        return action;
    }
    state.index = state.index.min(count - 1);
    let radar = Radar::build(project, chosen, lang);
    egui::CentralPanel::default()
        .frame(
            egui::Frame::new()
                .fill(egui::Color32::WHITE)
                .inner_margin(24.0),
        )
        .show(ui, |ui| {
            ui.scope(|ui| {
                ui.style_mut().visuals = slide_visuals();
                for (style, font) in &mut ui.style_mut().text_styles {
                    font.size *= if *style == egui::TextStyle::Heading {
                        1.9
                    } else {
                        1.45
                    };
                }
                header(ui, project.study.title.as_str(), state.index, count, lang);
                ui.add_space(8.0);
                egui::Panel::right("present-detail")
                    .exact_size((ui.available_width() * 0.4).max(300.0))
                    .frame(
                        egui::Frame::new()
                            .fill(egui::Color32::WHITE)
                            .inner_margin(12.0),
                    )
                    .show(ui, |ui| {
                        egui::ScrollArea::vertical()
                            .id_salt("present-detail-scroll")
                            .show(ui, |ui| {
                                indicator_slide(ui, doc, &radar, state.index, lang);
                            });
                    });
                // Labels scale with the room the chart has: large on a big projector,
                // still legible on a 1024x768 one.
                let label_size = (ui.available_width() / 36.0).clamp(15.0, 24.0);
                let style = RadarStyle {
                    grid: egui::Color32::from_gray(150),
                    text: egui::Color32::BLACK,
                    highlight: egui::Color32::from_rgb(0xFF, 0xD8, 0x4D),
                    label_size,
                    line_width: 4.0,
                    point_radius: 8.0,
                    ring_names: false,
                };
                if let Some(clicked) = radar_plot(ui, &radar, Some(state.index), &style, lang) {
                    state.index = clicked;
                }
            });
        });
    action
}

fn header(ui: &mut egui::Ui, title: &str, index: usize, count: usize, lang: Lang) {
    ui.horizontal(|ui| {
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.label(
                egui::RichText::new(Msg::PresentKeys.get(lang)).color(egui::Color32::from_gray(90)),
            );
            ui.label(Msg::IndicatorOf.fill(lang, &[&(index + 1), &count]));
            ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                ui.add(egui::Label::new(egui::RichText::new(title).strong()).truncate());
            });
        });
    });
}

fn indicator_slide(ui: &mut egui::Ui, doc: &Document, radar: &Radar, index: usize, lang: Lang) {
    let project = &doc.project;
    let Some(indicator) = project.framework.indicators.get(index) else {
        return;
    };
    let shown: Vec<_> = radar.series.iter().map(|s| s.assessment.clone()).collect();
    let Some(facts) = IndicatorFacts::gather(project, doc.index(), &indicator.id, &shown) else {
        return;
    };
    ui.heading(indicator.name.get(lang));
    ui.add_space(6.0);
    for (series, score) in radar.series.iter().zip(&facts.scores) {
        ui.horizontal_wrapped(|ui| {
            crate::ui::widgets::swatch(ui, crate::ui::widgets::color32(series.color));
            ui.label(&score.assessment.label);
            let text = score
                .score_text(lang)
                .unwrap_or_else(|| Msg::NotScored.get(lang).to_owned());
            ui.label(egui::RichText::new(text).strong().size(30.0));
        });
        if !score.rationale().is_empty() {
            ui.label(score.rationale());
        }
        ui.add_space(8.0);
    }
    for note in facts.key_quotes(project, doc.index(), KEY_QUOTES) {
        egui::Frame::new()
            .stroke(egui::Stroke::new(2.0, egui::Color32::from_gray(200)))
            .inner_margin(10.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.label(egui::RichText::new(format!("“{}”", note.excerpt)).italics());
                ui.label(
                    egui::RichText::new(format!("— {}", cite(project, note, lang)))
                        .size(16.0)
                        .color(egui::Color32::from_gray(70)),
                );
            });
        ui.add_space(6.0);
    }
}
