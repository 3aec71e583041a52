//! The radar itself in a chart file, at its place on the page: rings, axes,
//! axis labels, each assessment's fill, outline and points (with tooltips), and
//! the rings' level labels drawn last with a halo so no shape hides them.

use super::super::xml::escape;
use super::super::{Point, Radar, Side};
use super::layout::{LabelFit, box_extent};
use super::options::{Palette, Theme, series_color};
use super::text::{MAX_LABEL_CHARS, n, shorten, text_block};
use crate::i18n::Msg;
use crate::model::{Lang, format_score};
use std::fmt::Write as _;

/// The radar placed on the page: its centre and radius in pixels.
pub(super) struct Plot<'p> {
    pub(super) centre: Point,
    pub(super) radius: f64,
    pub(super) unit: f64,
    pub(super) palette: &'p Palette,
    pub(super) theme: Theme,
    pub(super) lang: Lang,
}

impl Plot<'_> {
    /// A point of the chart plane in page pixels (y down).
    fn at(&self, p: Point) -> Point {
        Point {
            x: self.centre.x + p.x * self.radius,
            y: self.centre.y - p.y * self.radius,
        }
    }

    fn points_attr(&self, points: impl Iterator<Item = Point>) -> String {
        points
            .map(|p| {
                let p = self.at(p);
                format!("{},{}", n(p.x), n(p.y))
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// One ring per level: a polygon through the axes, or a circle when there
    /// are fewer than three axes.
    pub(super) fn rings(&self, out: &mut String, radar: &Radar) {
        out.push_str("<g class=\"rings\" fill=\"none\">\n");
        for ring in &radar.rings {
            if ring.corners.len() >= 3 {
                let _ = writeln!(
                    out,
                    r#"<polygon class="ring" points="{}" stroke="{}" stroke-width="{}"/>"#,
                    self.points_attr(ring.corners.iter().copied()),
                    self.palette.grid,
                    n(1.5 * self.unit)
                );
            } else {
                let _ = writeln!(
                    out,
                    r#"<circle class="ring" cx="{}" cy="{}" r="{}" stroke="{}" stroke-width="{}"/>"#,
                    n(self.centre.x),
                    n(self.centre.y),
                    n(ring.radius * self.radius),
                    self.palette.grid,
                    n(1.5 * self.unit)
                );
            }
        }
        out.push_str("</g>\n");
    }

    /// A spoke per indicator, and its wrapped label outside the rings.
    pub(super) fn axes(&self, out: &mut String, radar: &Radar, fit: &LabelFit) {
        out.push_str("<g class=\"axes\">\n");
        for axis in &radar.axes {
            let end = self.at(axis.end);
            let _ = writeln!(
                out,
                r#"<line class="axis" x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="{}"/>"#,
                n(self.centre.x),
                n(self.centre.y),
                n(end.x),
                n(end.y),
                self.palette.axis,
                n(1.5 * self.unit)
            );
        }
        out.push_str("</g>\n<g class=\"axis-labels\">\n");
        for (axis, label) in radar.axes.iter().zip(&fit.labels) {
            let anchor = self.at(axis.label_at);
            let side = axis.label_side();
            let ((_, _), (y0, _)) = box_extent(side, label.width, label.height);
            let text_anchor = match side.0 {
                Side::Positive => "start",
                Side::Negative => "end",
                Side::Centre => "middle",
            };
            text_block(
                out,
                "axis-label",
                &label.lines,
                anchor.x,
                anchor.y + y0,
                fit.size,
                text_anchor,
                self.palette.text,
                true,
            );
        }
        out.push_str("</g>\n");
    }

    /// Every series' fill first, then the outlines, then the points on top.
    pub(super) fn series(&self, out: &mut String, radar: &Radar) {
        out.push_str("<g class=\"fills\">\n");
        for series in &radar.series {
            let mut path = String::new();
            for [a, b, c] in series.fill_triangles() {
                let (a, b, c) = (self.at(a), self.at(b), self.at(c));
                let _ = write!(
                    path,
                    "M{} {}L{} {}L{} {}Z",
                    n(a.x),
                    n(a.y),
                    n(b.x),
                    n(b.y),
                    n(c.x),
                    n(c.y)
                );
            }
            if !path.is_empty() {
                let _ = writeln!(
                    out,
                    r#"<path class="fill" d="{path}" fill="{}" fill-opacity="0.16" stroke="none"/>"#,
                    series_color(series.color, self.theme)
                );
            }
        }
        out.push_str("</g>\n<g class=\"outlines\" fill=\"none\">\n");
        for series in &radar.series {
            // An unscored indicator leaves a gap in the outline rather than a line
            // through a score nobody gave.
            for run in series.outline().iter().filter(|run| run.points.len() >= 2) {
                let element = if run.closed { "polygon" } else { "polyline" };
                let _ = writeln!(
                    out,
                    r#"<{element} class="outline" points="{}" stroke="{}" stroke-width="{}" stroke-linejoin="round" stroke-linecap="round"/>"#,
                    self.points_attr(run.points.iter().copied()),
                    series_color(series.color, self.theme),
                    n(3.5 * self.unit)
                );
            }
        }
        out.push_str("</g>\n");
        self.points(out, radar);
    }

    /// A marker per scored indicator, with its indicator, score and assessment
    /// as a tooltip.
    fn points(&self, out: &mut String, radar: &Radar) {
        out.push_str("<g class=\"points\">\n");
        for series in &radar.series {
            let color = series_color(series.color, self.theme);
            for point in &series.points {
                let at = self.at(point.at);
                let indicator = radar.axes.get(point.axis).map_or("", |a| a.label.as_str());
                let level = radar.level_label(point.value);
                let score = if level.is_empty() {
                    format_score(point.value)
                } else {
                    format!("{} ({level})", format_score(point.value))
                };
                let tooltip =
                    Msg::ExportPointTooltip.fill(self.lang, &[&indicator, &score, &series.label]);
                let _ = writeln!(
                    out,
                    r#"<circle class="point" cx="{}" cy="{}" r="{}" fill="{color}" stroke="{}" stroke-width="{}"><title>{}</title></circle>"#,
                    n(at.x),
                    n(at.y),
                    n(7.0 * self.unit),
                    self.palette.background,
                    n(2.0 * self.unit),
                    escape(&tooltip)
                );
            }
        }
        out.push_str("</g>\n");
    }

    /// The rings' levels, haloed in the background colour.
    pub(super) fn ring_labels(&self, out: &mut String, radar: &Radar) {
        let _ = writeln!(
            out,
            r#"<g class="ring-labels" font-size="{}" fill="{}" stroke="{}" stroke-width="{}" stroke-linejoin="round" paint-order="stroke">"#,
            n(19.0 * self.unit),
            self.palette.muted,
            self.palette.background,
            n(4.0 * self.unit)
        );
        for ring in &radar.rings {
            let text = if ring.label.is_empty() {
                format_score(ring.value)
            } else {
                format!(
                    "{} · {}",
                    format_score(ring.value),
                    shorten(&ring.label, MAX_LABEL_CHARS)
                )
            };
            let _ = writeln!(
                out,
                r#"<text class="ring-label" x="{}" y="{}">{}</text>"#,
                n(self.centre.x + 14.0 * self.unit),
                n(self.centre.y - ring.radius * self.radius - 5.0 * self.unit),
                escape(&text)
            );
        }
        out.push_str("</g>\n");
    }
}
