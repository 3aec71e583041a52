//! The chart section: the radar of the chosen assessments (`egui_plot`, from the
//! shared geometry), the same scores as a sorted dot chart for exact reading, and
//! beside them the evidence of the indicator the user clicked.

use super::agreement::{self, AgreementView};
use super::context::{PanelCtx, Request, Section};
use crate::analysis::{Comparison, IndicatorFacts, difference_text};
use crate::analysis::{cite_source, quoted_excerpt};
use crate::chart::{Radar, series_color};
use crate::i18n::{Msg, Named};
use crate::model::{AssessmentId, FrameworkSlot, IndicatorId, Lang, Project, format_score};
use crate::report::comparison_table;
use crate::ui::widgets::{color32, triangulation_badge};
use egui_plot::{Line, Plot, PlotPoints, Points, Polygon, Text};
use std::fmt::Write as _;

/// Which framework and assessments the chart shows, which indicator is opened
/// beside it, and which two assessments are compared.
#[derive(Default)]
pub struct ChartState {
    /// The framework drawn (a chart shows one framework at a time).
    pub framework: FrameworkSlot,
    /// Assessments hidden from the chart.
    pub hidden: Vec<AssessmentId>,
    /// The indicator whose evidence is shown beside the chart.
    pub focused: Option<IndicatorId>,
    /// The comparison of two shown assessments.
    pub agreement: AgreementView,
}

impl ChartState {
    /// The framework drawn: the one chosen, or the main one when the project
    /// has no second framework.
    pub fn slot(&self, project: &Project) -> FrameworkSlot {
        if project.framework_in(self.framework).is_some() {
            self.framework
        } else {
            FrameworkSlot::Main
        }
    }

    /// The assessments shown: those of the framework drawn, in project order.
    pub fn chosen(&self, project: &Project) -> Vec<AssessmentId> {
        project
            .assessments_in(self.slot(project))
            .map(|a| a.id.clone())
            .filter(|id| !self.hidden.contains(id))
            .collect()
    }
}

/// Draws the chart section.
pub fn show(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>, state: &mut ChartState) {
    cx.heading(ui, Section::Chart, Msg::ChartHelp);
    let project = &cx.doc.project;
    let slot = state.slot(project);
    if let Some(second) = &project.second_framework {
        ui.horizontal_wrapped(|ui| {
            ui.label(cx.t(Msg::ChartFramework));
            for (option, framework) in [
                (FrameworkSlot::Main, &project.framework),
                (FrameworkSlot::Second, second),
            ] {
                if ui
                    .selectable_label(slot == option, framework.name.get(cx.lang))
                    .clicked()
                {
                    state.framework = option;
                    state.focused = None;
                }
            }
        });
    }
    // The one legend: each assessment's colour and whether it is shown. The
    // colour belongs to the assessment, so hiding one recolours no other.
    ui.horizontal_wrapped(|ui| {
        if ui
            .button(format!("▶ {}", cx.t(Msg::CmdPresent)))
            .on_hover_text(cx.t(Msg::PresentHint))
            .clicked()
        {
            cx.requests.push(Request::Present);
        }
        if ui
            .button(cx.t(Msg::CmdCopyChart))
            .on_hover_text(cx.t(Msg::CopyChartHint))
            .clicked()
        {
            cx.requests.push(Request::CopyChart);
        }
        ui.separator();
        ui.label(cx.t(Msg::Assessments));
        for assessment in project.assessments_in(slot) {
            let mut shown = !state.hidden.contains(&assessment.id);
            let color = color32(series_color(project, &assessment.id));
            let swatch = if shown {
                color
            } else {
                color.gamma_multiply(0.35)
            };
            crate::ui::widgets::swatch(ui, swatch);
            if ui.checkbox(&mut shown, &assessment.label).changed() {
                if shown {
                    state.hidden.retain(|h| h != &assessment.id);
                } else {
                    state.hidden.push(assessment.id.clone());
                }
            }
        }
    });
    let chosen = state.chosen(project);
    if chosen.is_empty() {
        ui.label(egui::RichText::new(cx.t(Msg::NoAssessmentHint)).weak());
        return;
    }
    let radar = Radar::build_for(project, slot, &chosen, cx.lang);
    // Wide tables (the comparison, the agreement) must not take the radar's
    // room on a 1024-pixel screen: they scroll sideways instead.
    let side_max = (ui.available_width() * 0.55).max(260.0);
    egui::Panel::right("chart-side")
        .resizable(true)
        .default_size(330.0_f32.min(side_max))
        .min_size(260.0)
        .max_size(side_max)
        .show(ui, |ui| {
            egui::ScrollArea::both()
                .id_salt("chart-side-scroll")
                .show(ui, |ui| match state.focused.clone() {
                    Some(indicator) => {
                        if ui.button(cx.t(Msg::BackToScores)).clicked() {
                            state.focused = None;
                        }
                        indicator_detail(ui, cx, &radar, &indicator);
                        if ui.button(cx.t(Msg::GoToEvidence)).clicked() {
                            cx.requests.push(Request::ShowIndicatorEvidence(indicator));
                        }
                    }
                    None => {
                        ui.strong(cx.t(Msg::SortedScores));
                        if let Some(clicked) = dot_chart(ui, &radar, cx.lang) {
                            state.focused = Some(radar.axes[clicked].indicator.clone());
                        }
                        ui.label(egui::RichText::new(cx.t(Msg::ClickIndicatorHint)).weak());
                        if let Some(clicked) = comparison(ui, cx, &chosen) {
                            state.focused = Some(clicked);
                        }
                        ui.add_space(10.0);
                        agreement::show(ui, cx, &mut state.agreement, &chosen);
                    }
                });
        });
    let focused = state
        .focused
        .as_ref()
        .and_then(|id| radar.axes.iter().position(|a| &a.indicator == id));
    if let Some(clicked) = radar_plot(ui, &radar, focused, &RadarStyle::screen(ui), cx.lang) {
        state.focused = Some(radar.axes[clicked].indicator.clone());
    }
}

/// The shown assessments side by side per indicator, large differences
/// marked, with a button that copies the table; returns the indicator clicked.
fn comparison(
    ui: &mut egui::Ui,
    cx: &PanelCtx<'_>,
    chosen: &[AssessmentId],
) -> Option<IndicatorId> {
    let project = &cx.doc.project;
    let lang = cx.lang;
    let comparison = Comparison::of(project, chosen)?;
    let mut clicked = None;
    ui.add_space(10.0);
    ui.horizontal(|ui| {
        ui.strong(cx.t(Msg::ComparisonHeading));
        if ui.small_button(cx.t(Msg::CopyTable)).clicked()
            && let Some(table) = comparison_table(project, chosen, lang)
        {
            ui.ctx().copy_text(table.tab_separated());
        }
    });
    let warn = ui.visuals().warn_fg_color;
    egui::Grid::new("comparison").striped(true).show(ui, |ui| {
        ui.label("");
        for assessment in &comparison.assessments {
            ui.horizontal(|ui| {
                crate::ui::widgets::swatch(ui, color32(series_color(project, &assessment.id)));
                ui.label(egui::RichText::new(&assessment.label).small())
                    .on_hover_text(&assessment.label);
            });
        }
        ui.label(
            egui::RichText::new(cx.t(if comparison.is_pair() {
                Msg::DocColDifference
            } else {
                Msg::DocColSpread
            }))
            .small(),
        );
        ui.end_row();
        for row in &comparison.rows {
            if ui.link(row.indicator.name.get(lang)).clicked() {
                clicked = Some(row.indicator.id.clone());
            }
            for score in &row.scores {
                ui.label(score.map_or_else(|| "–".to_owned(), format_score));
            }
            let difference = row.difference.map_or_else(
                || "–".to_owned(),
                |d| difference_text(d, comparison.is_pair()),
            );
            if row.large {
                ui.label(egui::RichText::new(format!("⚠ {difference}")).color(warn))
                    .on_hover_text(cx.t(Msg::LargeDifferenceHint));
            } else {
                ui.label(difference);
            }
            ui.end_row();
        }
    });
    clicked
}

/// Sizes and colours of a radar drawing.
pub struct RadarStyle {
    /// Grid lines and ring numbers.
    pub grid: egui::Color32,
    /// Axis labels.
    pub text: egui::Color32,
    /// The highlighted axis.
    pub highlight: egui::Color32,
    /// Axis label size in points.
    pub label_size: f32,
    /// Series outline width.
    pub line_width: f32,
    /// Point marker radius.
    pub point_radius: f32,
    /// Whether rings carry their level's name ("4 · Strong") or only the number.
    pub ring_names: bool,
    /// Behind ring labels, so lines crossing them do not hide them.
    pub backing: egui::Color32,
}

impl RadarStyle {
    /// The workbench's style, following the current theme.
    pub fn screen(ui: &egui::Ui) -> Self {
        Self {
            grid: ui.visuals().weak_text_color().gamma_multiply(0.6),
            text: ui.visuals().text_color(),
            highlight: ui.visuals().selection.bg_fill,
            label_size: 14.0,
            line_width: 2.5,
            point_radius: 5.0,
            ring_names: true,
            backing: ui.visuals().panel_fill.gamma_multiply(0.85),
        }
    }
}

/// Axis labels are wrapped to lines of about this many characters.
const LABEL_WRAP: usize = 14;

/// Where the radar sits in the space it has: the plot's size and its bounds in
/// chart units, chosen so the rings are round, the chart as large as it can be,
/// and every axis label inside the plot.
struct RadarLayout {
    size: egui::Vec2,
    x_extent: f64,
    y_extent: f64,
}

impl RadarLayout {
    fn fit(radar: &Radar, available: egui::Vec2, label_size: f32) -> Self {
        let size = egui::vec2(available.x.max(240.0), available.y.max(200.0));
        let (longest_line, most_lines) = radar
            .axes
            .iter()
            .map(|axis| crate::chart::wrap_label(&axis.label, LABEL_WRAP))
            .fold((0, 1), |(chars, lines), wrapped| {
                let longest = wrapped
                    .iter()
                    .map(|line| line.chars().count())
                    .max()
                    .unwrap_or(0);
                (chars.max(longest), lines.max(wrapped.len()))
            });
        // An average glyph is about 0.55 em wide; lines are 1.3 em apart.
        let label_width = longest_line as f32 * label_size * 0.55 + 10.0;
        let label_height = most_lines as f32 * label_size * 1.3 + 6.0;
        let outside = 1.15;
        let radius = ((size.x / 2.0 - label_width) / outside)
            .min((size.y / 2.0 - label_height) / outside)
            .max(40.0);
        Self {
            size,
            x_extent: f64::from(size.x / (2.0 * radius)),
            y_extent: f64::from(size.y / (2.0 * radius)),
        }
    }
}

/// How near (in chart units) the pointer must be to a point to hover or click it.
const POINT_PICK_RADIUS: f64 = 0.09;

/// Draws `radar` in the space left in `ui`; returns the axis the user clicked, if any.
/// Hovering a point shows its indicator, score, scale label and assessment.
pub fn radar_plot(
    ui: &mut egui::Ui,
    radar: &Radar,
    focused: Option<usize>,
    style: &RadarStyle,
    lang: Lang,
) -> Option<usize> {
    let layout = RadarLayout::fit(radar, ui.available_size(), style.label_size);
    let response = Plot::new("radar")
        .width(layout.size.x)
        .height(layout.size.y)
        .show_axes(false)
        .show_grid(false)
        .show_background(false)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_x(false)
        .show_y(false)
        .label_formatter(|_| None)
        .default_x_bounds(-layout.x_extent, layout.x_extent)
        .default_y_bounds(-layout.y_extent, layout.y_extent)
        .show(ui, |plot| {
            for ring in &radar.rings {
                plot.line(
                    Line::new(
                        "",
                        closed(ring.corners.iter().map(|p| [p.x, p.y]).collect()),
                    )
                    .color(style.grid)
                    .width(1.0)
                    .allow_hover(false),
                );
                let ring_label = if ring.label.is_empty() || !style.ring_names {
                    crate::model::format_score(ring.value)
                } else {
                    format!(
                        "{} · {}",
                        crate::model::format_score(ring.value),
                        ring.label
                    )
                };
                // On a backing of the background colour, so a data line crossing
                // the label does not hide it.
                plot.text(
                    Text::new(
                        "",
                        [0.02, ring.radius].into(),
                        egui::RichText::new(ring_label)
                            .size((style.label_size * 0.65).max(11.0))
                            .background_color(style.backing),
                    )
                    .color(style.grid)
                    .anchor(egui::Align2::LEFT_BOTTOM)
                    .allow_hover(false),
                );
            }
            for (i, axis) in radar.axes.iter().enumerate() {
                let highlighted = focused == Some(i);
                plot.line(
                    Line::new(
                        "",
                        PlotPoints::from(vec![[0.0, 0.0], [axis.end.x, axis.end.y]]),
                    )
                    .color(if highlighted {
                        style.highlight
                    } else {
                        style.grid
                    })
                    .width(if highlighted { 4.0 } else { 1.0 })
                    .allow_hover(false),
                );
                let mut label = egui::RichText::new(
                    crate::chart::wrap_label(&axis.label, LABEL_WRAP).join("\n"),
                )
                .size(style.label_size)
                .strong();
                if highlighted {
                    label = label.background_color(style.highlight);
                }
                plot.text(
                    Text::new("", [axis.label_at.x, axis.label_at.y].into(), label)
                        .color(style.text)
                        .anchor(label_anchor(axis.label_at.x, axis.label_at.y))
                        .allow_hover(false),
                );
            }
            for series in &radar.series {
                let color = color32(series.color);
                for triangle in series.fill_triangles() {
                    plot.polygon(
                        Polygon::new(
                            &series.label,
                            PlotPoints::from(
                                triangle.iter().map(|p| [p.x, p.y]).collect::<Vec<_>>(),
                            ),
                        )
                        .fill_color(color.gamma_multiply(0.18))
                        .stroke(egui::Stroke::NONE)
                        .allow_hover(false),
                    );
                }
                let corners: Vec<[f64; 2]> =
                    series.points.iter().map(|p| [p.at.x, p.at.y]).collect();
                for run in series.outline() {
                    let run_corners: Vec<[f64; 2]> =
                        run.points.iter().map(|p| [p.x, p.y]).collect();
                    let line = if run.closed {
                        closed(run_corners)
                    } else {
                        PlotPoints::from(run_corners)
                    };
                    plot.line(
                        Line::new(&series.label, line)
                            .color(color)
                            .width(style.line_width)
                            .allow_hover(false),
                    );
                }
                plot.points(
                    Points::new(&series.label, PlotPoints::from(corners))
                        .color(color)
                        .radius(style.point_radius)
                        .allow_hover(false),
                );
            }
            plot.pointer_coordinate()
        });
    let pointer = response.inner?;
    let hovered_point = nearest_point(radar, pointer.x, pointer.y);
    if let Some((series, point)) = hovered_point {
        let series = &radar.series[series];
        let point = &series.points[point];
        let axis = &radar.axes[point.axis];
        let label = radar
            .rings
            .iter()
            .find(|r| (r.value - point.value).abs() < 1e-9)
            .map_or("", |r| r.label.as_str());
        let text = format!(
            "{}\n{}: {} — {}\n{}",
            axis.label,
            Msg::Score.get(lang),
            point.value,
            label,
            series.label
        );
        response.response.clone().on_hover_text_at_pointer(text);
    }
    if response.response.clicked() {
        return hovered_point
            .map(|(series, point)| radar.series[series].points[point].axis)
            .or_else(|| nearest_axis(radar, pointer.x, pointer.y));
    }
    None
}

fn closed(mut corners: Vec<[f64; 2]>) -> PlotPoints<'static> {
    if let Some(first) = corners.first().copied() {
        corners.push(first);
    }
    PlotPoints::from(corners)
}

/// Which way a label extends from its anchor, so it stays outside the chart.
fn label_anchor(x: f64, y: f64) -> egui::Align2 {
    let horizontal = if x > 0.15 {
        egui::Align::Min
    } else if x < -0.15 {
        egui::Align::Max
    } else {
        egui::Align::Center
    };
    let vertical = if y > 0.15 {
        egui::Align::Max
    } else if y < -0.15 {
        egui::Align::Min
    } else {
        egui::Align::Center
    };
    egui::Align2([horizontal, vertical])
}

/// The series point nearest the pointer, when it is close enough to hover.
pub fn nearest_point(radar: &Radar, x: f64, y: f64) -> Option<(usize, usize)> {
    radar
        .series
        .iter()
        .enumerate()
        .flat_map(|(s, series)| {
            series
                .points
                .iter()
                .enumerate()
                .map(move |(p, point)| (s, p, point))
        })
        .map(|(s, p, point)| (s, p, (point.at.x - x).hypot(point.at.y - y)))
        .filter(|(_, _, distance)| *distance <= POINT_PICK_RADIUS)
        .min_by(|a, b| a.2.total_cmp(&b.2))
        .map(|(s, p, _)| (s, p))
}

/// The axis whose direction is closest to the pointer, when the pointer is on the chart.
pub fn nearest_axis(radar: &Radar, x: f64, y: f64) -> Option<usize> {
    let distance = x.hypot(y);
    if !(0.05..=3.0).contains(&distance) {
        return None;
    }
    let angle = y.atan2(x);
    radar
        .axes
        .iter()
        .enumerate()
        .map(|(i, axis)| {
            let diff = (angle - axis.angle).rem_euclid(std::f64::consts::TAU);
            (i, diff.min(std::f64::consts::TAU - diff))
        })
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .map(|(i, _)| i)
}

/// The scores as a dot chart, indicators sorted by the first assessment's score
/// (highest first); returns the row the user clicked.
fn dot_chart(ui: &mut egui::Ui, radar: &Radar, lang: Lang) -> Option<usize> {
    let (min, max) = radar.range;
    let score = |series: usize, axis: usize| {
        radar
            .series
            .get(series)?
            .points
            .iter()
            .find(|p| p.axis == axis)
            .map(|p| p.value)
    };
    let mut order: Vec<usize> = (0..radar.axes.len()).collect();
    order.sort_by(|&a, &b| {
        let (sa, sb) = (
            score(0, a).unwrap_or(f64::NEG_INFINITY),
            score(0, b).unwrap_or(f64::NEG_INFINITY),
        );
        sb.total_cmp(&sa).then(a.cmp(&b))
    });
    let mut clicked = None;
    let track_color = ui.visuals().weak_text_color();
    for axis in order {
        let response = ui.horizontal(|ui| {
            // The name wraps rather than being cut; the whole name stays readable.
            let name_width = (ui.available_width() * 0.42).clamp(110.0, 220.0);
            let name = ui
                .allocate_ui_with_layout(
                    egui::vec2(name_width, 20.0),
                    egui::Layout::left_to_right(egui::Align::Center),
                    |ui| {
                        ui.set_width(name_width);
                        ui.add(
                            egui::Label::new(&radar.axes[axis].label)
                                .wrap()
                                .sense(egui::Sense::click()),
                        )
                    },
                )
                .inner;
            let (rect, track) = ui.allocate_exact_size(
                egui::vec2(ui.available_width().max(80.0), 20.0),
                egui::Sense::click(),
            );
            let painter = ui.painter_at(rect);
            let x_of = |v: f64| {
                rect.left()
                    + 8.0
                    + (rect.width() - 16.0) * ((v - min) / (max - min).max(f64::EPSILON)) as f32
            };
            painter.line_segment(
                [
                    egui::pos2(x_of(min), rect.center().y),
                    egui::pos2(x_of(max), rect.center().y),
                ],
                (1.0, track_color),
            );
            for level in &radar.rings {
                painter.circle_filled(
                    egui::pos2(x_of(level.value), rect.center().y),
                    1.5,
                    track_color,
                );
            }
            let mut tip = radar.axes[axis].label.clone();
            for (s, series) in radar.series.iter().enumerate() {
                if let Some(value) = score(s, axis) {
                    painter.circle_filled(
                        egui::pos2(x_of(value), rect.center().y),
                        5.0,
                        color32(series.color),
                    );
                    let _ = write!(tip, "\n{}: {value}", series.label);
                } else {
                    let _ = write!(tip, "\n{}: {}", series.label, Msg::NotScored.get(lang));
                }
            }
            let track = track.on_hover_text(tip);
            name.clicked() || track.clicked()
        });
        if response.inner {
            clicked = Some(axis);
        }
    }
    clicked
}

/// An indicator's scores in every shown assessment, their rationales, its
/// triangulation, the evidence the scores cite and the other notes linked to it.
pub fn indicator_detail(
    ui: &mut egui::Ui,
    cx: &mut PanelCtx<'_>,
    radar: &Radar,
    indicator_id: &IndicatorId,
) {
    let project = &cx.doc.project;
    let lang = cx.lang;
    let shown: Vec<_> = radar.series.iter().map(|s| s.assessment.clone()).collect();
    let Some(facts) = IndicatorFacts::gather(project, cx.doc.index(), indicator_id, &shown) else {
        return;
    };
    ui.heading(facts.indicator.name.get(lang));
    ui.label(egui::RichText::new(facts.indicator.definition.get(lang)).weak());
    triangulation_badge(ui, facts.triangulation, lang);
    for (series, score) in radar.series.iter().zip(&facts.scores) {
        ui.add_space(6.0);
        ui.horizontal_wrapped(|ui| {
            crate::ui::widgets::swatch(ui, color32(series.color));
            ui.strong(&score.assessment.label);
            match score.score_text(lang) {
                Some(text) => {
                    ui.label(egui::RichText::new(text).strong());
                }
                None => {
                    ui.label(egui::RichText::new(Msg::NotScored.get(lang)).weak());
                }
            }
        });
        if !score.rationale().is_empty() {
            ui.label(score.rationale());
        }
    }
    ui.add_space(8.0);
    ui.strong(Msg::CitedEvidence.get(lang));
    for note in facts.cited_notes(project, cx.doc.index()) {
        quote(ui, cx, note);
    }
    if facts.cited.is_empty() {
        ui.label(egui::RichText::new(Msg::NothingCited.get(lang)).weak());
    }
    // A large study links thousands of notes to one indicator: the side panel
    // quotes the first few, and "Go to evidence" lists them all (virtualised).
    let (shown, uncited) = facts.uncited_notes(project, cx.doc.index(), MAX_OTHER_QUOTES);
    if !shown.is_empty() {
        ui.add_space(8.0);
        ui.strong(Msg::OtherEvidence.get(lang));
        for note in &shown {
            quote(ui, cx, note);
        }
        if uncited > shown.len() {
            ui.label(
                egui::RichText::new(Msg::ShowingNotes.fill(lang, &[&shown.len(), &uncited])).weak(),
            );
        }
    }
}

/// How many uncited notes on an indicator the chart's side panel quotes.
const MAX_OTHER_QUOTES: usize = 20;

/// One evidence quote with its source.
/// One evidence quote with its source, where it stands, and a way to its text.
pub fn quote(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>, note: &crate::model::EvidenceNote) {
    let doc = cx.doc;
    let lang = cx.lang;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let source = doc.source(&note.source);
        let excerpt = quoted_excerpt(&note.excerpt, source);
        ui.label(egui::RichText::new(excerpt).italics());
        let mut cited = cite_source(source, lang);
        if !note.locator.trim().is_empty() {
            cited.push_str(", ");
            cited.push_str(note.locator.trim());
        }
        ui.horizontal_wrapped(|ui| {
            ui.label(
                egui::RichText::new(format!(
                    "— {cited} [{}] · {}",
                    note.id,
                    note.stance.name(lang)
                ))
                .weak()
                .small(),
            );
            if source.is_some_and(|s| !s.text.is_empty())
                && ui.small_button(cx.t(Msg::ShowInSource)).clicked()
            {
                cx.requests.push(Request::ShowInSource(note.id.clone()));
            }
        });
    });
}
