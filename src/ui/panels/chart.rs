//! The radar chart of the assessments, drawn with egui_plot from the shared geometry.

use super::{PanelCtx, Request};
use crate::chart::Radar;
use crate::i18n::Msg;
use crate::model::AssessmentId;
use crate::ui::widgets::{color32, section_heading};
use egui_plot::{Line, Plot, PlotPoints, Points, Polygon, Text};

/// Which assessments the chart shows.
#[derive(Default)]
pub struct ChartState {
    /// Assessments hidden from the chart.
    pub hidden: Vec<AssessmentId>,
}

/// Draws the chart panel.
pub fn show(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>, state: &mut ChartState) {
    section_heading(ui, cx.t(Msg::NavChart), cx.t(Msg::ChartHelp));
    let project = &cx.doc.project;
    ui.horizontal_wrapped(|ui| {
        ui.label(cx.t(Msg::Assessments));
        for assessment in &project.assessments {
            let mut shown = !state.hidden.contains(&assessment.id);
            if ui.checkbox(&mut shown, &assessment.label).changed() {
                if shown {
                    state.hidden.retain(|h| h != &assessment.id);
                } else {
                    state.hidden.push(assessment.id.clone());
                }
            }
        }
    });
    let chosen: Vec<AssessmentId> = project
        .assessments
        .iter()
        .map(|a| a.id.clone())
        .filter(|id| !state.hidden.contains(id))
        .collect();
    if chosen.is_empty() {
        ui.label(egui::RichText::new(cx.t(Msg::NoAssessmentHint)).weak());
        return;
    }
    let radar = Radar::build(project, &chosen, cx.lang);
    radar_plot(ui, &radar, cx);
}

/// Draws `radar` into an egui_plot with a fixed, square view.
pub fn radar_plot(ui: &mut egui::Ui, radar: &Radar, cx: &mut PanelCtx<'_>) {
    let grid = ui.visuals().weak_text_color().gamma_multiply(0.6);
    let text_color = ui.visuals().text_color();
    // Width and height in the same ratio as the x and y bounds keep the radar round
    // without data_aspect, which trims the view to fit and would cut labels off.
    const ASPECT: f32 = 1.8;
    let side = ui.available_height().min(ui.available_width() / ASPECT).max(200.0);
    let response = Plot::new("radar")
        .width(side * ASPECT)
        .height(side)
        .show_axes(false)
        .show_grid(false)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .show_x(false)
        .show_y(false)
        .default_x_bounds(-2.25, 2.25)
        .default_y_bounds(-1.25, 1.25)
        .legend(egui_plot::Legend::default())
        .show(ui, |plot| {
            for ring in &radar.rings {
                let mut corners: Vec<[f64; 2]> = ring.corners.iter().map(|p| [p.x, p.y]).collect();
                if let Some(first) = corners.first().copied() {
                    corners.push(first);
                }
                plot.line(Line::new("", PlotPoints::from(corners)).color(grid).width(1.0).allow_hover(false));
                plot.text(
                    Text::new("", [0.02, ring.radius].into(), format!("{}", ring.value))
                        .color(grid)
                        .anchor(egui::Align2::LEFT_BOTTOM),
                );
            }
            for axis in &radar.axes {
                plot.line(
                    Line::new("", PlotPoints::from(vec![[0.0, 0.0], [axis.end.x, axis.end.y]]))
                        .color(grid)
                        .width(1.0)
                        .allow_hover(false),
                );
                let anchor = label_anchor(axis.label_at.x, axis.label_at.y);
                plot.text(
                    Text::new("", [axis.label_at.x, axis.label_at.y].into(), egui::RichText::new(&axis.label).size(14.0).strong())
                        .color(text_color)
                        .anchor(anchor),
                );
            }
            for series in &radar.series {
                let color = color32(series.color);
                for triangle in series.fill_triangles() {
                    let corners: Vec<[f64; 2]> = triangle.iter().map(|p| [p.x, p.y]).collect();
                    plot.polygon(
                        Polygon::new(&series.label, PlotPoints::from(corners))
                            .fill_color(color.gamma_multiply(0.18))
                            .stroke(egui::Stroke::NONE)
                            .allow_hover(false),
                    );
                }
                let mut outline: Vec<[f64; 2]> = series.points.iter().map(|p| [p.at.x, p.at.y]).collect();
                if outline.len() > 2 {
                    outline.push(outline[0]);
                }
                plot.line(Line::new(&series.label, PlotPoints::from(outline)).color(color).width(2.5));
                let points: Vec<[f64; 2]> = series.points.iter().map(|p| [p.at.x, p.at.y]).collect();
                plot.points(Points::new(&series.label, PlotPoints::from(points)).color(color).radius(5.0));
            }
            plot.pointer_coordinate()
        });
    if response.response.clicked() {
        if let Some(pointer) = response.inner {
            if let Some(axis) = nearest_axis(radar, pointer.x, pointer.y) {
                cx.requests.push(Request::ShowIndicatorEvidence(radar.axes[axis].indicator.clone()));
            }
        }
    }
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

/// The axis whose direction is closest to the pointer, when the pointer is on the chart.
pub fn nearest_axis(radar: &Radar, x: f64, y: f64) -> Option<usize> {
    if x.hypot(y) < 0.05 || x.hypot(y) > 2.0 {
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
