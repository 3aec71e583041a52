//! Where the radar goes in its picture: axis labels wrapped and sized so they
//! fit, the largest radius that keeps every label inside, and the chart's
//! extent with its labels.

use super::super::fonts::TextMeasure;
use super::super::{Radar, Side};
use super::text::{LINE, Lines, MAX_LABEL_CHARS, Wrapper, shorten, tokens};

/// A rectangle in SVG pixels.
#[derive(Clone, Copy, Debug)]
pub(super) struct Area {
    pub(super) x: f64,
    pub(super) y: f64,
    pub(super) width: f64,
    pub(super) height: f64,
}

/// One axis label, wrapped and measured.
pub(super) struct Label {
    pub(super) lines: Lines,
    pub(super) width: f64,
    pub(super) height: f64,
}

/// Axis labels at one font size, and the largest radius that keeps them in the area.
pub(super) struct LabelFit {
    pub(super) size: f64,
    pub(super) labels: Vec<Label>,
    pub(super) radius: f64,
}

/// The horizontal and vertical extent of a `width` x `height` box placed on
/// `side`s of its anchor, in SVG coordinates (y down).
pub(super) fn box_extent(side: (Side, Side), width: f64, height: f64) -> ((f64, f64), (f64, f64)) {
    let x = match side.0 {
        Side::Positive => (0.0, width),
        Side::Negative => (-width, 0.0),
        Side::Centre => (-width / 2.0, width / 2.0),
    };
    let y = match side.1 {
        Side::Positive => (-height, 0.0),
        Side::Negative => (0.0, height),
        Side::Centre => (-height / 2.0, height / 2.0),
    };
    (x, y)
}

/// The largest radius at which the rings and every label stay inside `area`.
pub(super) fn fit_radius(radar: &Radar, labels: &[Label], area: Area) -> f64 {
    let half_w = area.width / 2.0;
    let half_h = area.height / 2.0;
    let mut radius = half_w.min(half_h);
    // a * radius <= b
    let mut limit = |a: f64, b: f64| {
        if a > 1e-9 {
            radius = radius.min(b / a);
        } else if b < 0.0 {
            radius = radius.min(0.0);
        }
    };
    for (axis, label) in radar.axes.iter().zip(labels) {
        let ((x0, x1), (y0, y1)) = box_extent(axis.label_side(), label.width, label.height);
        let (ux, uy) = (axis.label_at.x, -axis.label_at.y);
        limit(ux, half_w - x1);
        limit(-ux, half_w + x0);
        limit(uy, half_h - y1);
        limit(-uy, half_h + y0);
    }
    radius
}

/// The chart's extent around its centre, labels included: (left, right, top, bottom).
pub(super) fn chart_extent(radar: &Radar, fit: &LabelFit) -> (f64, f64, f64, f64) {
    let r = fit.radius;
    let mut extent = (-r, r, -r, r);
    for (axis, label) in radar.axes.iter().zip(&fit.labels) {
        let ((bx0, bx1), (by0, by1)) = box_extent(axis.label_side(), label.width, label.height);
        let (ax, ay) = (axis.label_at.x * r, -axis.label_at.y * r);
        extent.0 = extent.0.min(ax + bx0);
        extent.1 = extent.1.max(ax + bx1);
        extent.2 = extent.2.min(ay + by0);
        extent.3 = extent.3.max(ay + by1);
    }
    extent
}

pub(super) fn fit_labels(
    radar: &Radar,
    measure: &mut TextMeasure,
    area: Area,
    base: f64,
) -> LabelFit {
    let texts: Vec<String> = radar
        .axes
        .iter()
        .map(|a| shorten(&a.label, MAX_LABEL_CHARS))
        .collect();
    let words: Vec<String> = texts
        .iter()
        .flat_map(|t| tokens(t))
        .map(|t| t.text)
        .collect();
    measure.prepare(words.iter().map(String::as_str).chain([" "]), true);
    // Shrink the labels (to two thirds at most) only while they squeeze the chart
    // below about half the room it has.
    let wanted = 0.55 * (area.width.min(area.height) / 2.0);
    let mut best: Option<LabelFit> = None;
    let mut size = base;
    for _ in 0..5 {
        let max_width = (area.width * 0.2).max(size * 11.0);
        let mut wrapper = Wrapper {
            measure,
            bold: true,
        };
        let labels: Vec<Label> = texts
            .iter()
            .map(|text| {
                let lines = wrapper.wrap(text, size, max_width);
                let width = lines.iter().map(|l| l.1).fold(0.0, f64::max);
                let height = lines.len() as f64 * size * LINE;
                Label {
                    lines,
                    width,
                    height,
                }
            })
            .collect();
        let radius = fit_radius(radar, &labels, area);
        let fit = LabelFit {
            size,
            labels,
            radius,
        };
        let good = fit.radius >= wanted;
        if best.as_ref().is_none_or(|b| fit.radius > b.radius) {
            best = Some(fit);
        }
        if good {
            break;
        }
        size *= 0.9;
    }
    let mut fit = best.unwrap_or(LabelFit {
        size: base,
        labels: Vec::new(),
        radius: 0.0,
    });
    // An image too small for its labels still gets a visible chart.
    fit.radius = fit
        .radius
        .max(0.25 * area.width.min(area.height) / 2.0)
        .max(1.0);
    fit
}
