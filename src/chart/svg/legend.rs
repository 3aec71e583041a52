//! The legend of a chart file: one swatch and label per assessment, in a column
//! beside a landscape chart or in centred rows under a portrait one. Planning it
//! first tells the radar how much room it has; placing it centres the two.

use super::super::fonts::TextMeasure;
use super::super::{Point, Radar, Series};
use super::layout::Area;
use super::options::{LegendPosition, Theme, series_color};
use super::page::Page;
use super::text::{LINE, Lines, MAX_TITLE_CHARS, Wrapper, n, shorten, text_block};
use crate::i18n::Msg;
use std::fmt::Write as _;

/// A legend entry in a row: the series' index, its lines, its whole width.
type LegendItem = (usize, Lines, f64);

/// How the legend is laid out.
enum Layout {
    /// No assessments, no legend.
    Empty,
    /// A column of this width beside the chart, one entry per series.
    Column(f64, Vec<Lines>),
    /// Rows under the chart.
    Rows(Vec<Vec<LegendItem>>),
}

/// The legend, laid out, and the room it leaves for the chart.
pub(super) struct Legend {
    layout: Layout,
    /// Where the radar and its labels may go.
    pub(super) chart_area: Area,
    /// The whole area below the title.
    full: Area,
    size: f64,
    swatch: f64,
    swatch_gap: f64,
    item_gap: f64,
    gap: f64,
    heading_size: f64,
    unit: f64,
}

impl Legend {
    /// Lays the legend out in `full`, the area below the title.
    pub(super) fn plan(
        radar: &Radar,
        page: &Page<'_>,
        measure: &mut TextMeasure,
        full: Area,
    ) -> Self {
        let unit = page.unit;
        let mut legend = Legend {
            layout: Layout::Empty,
            chart_area: full,
            full,
            size: 22.0 * unit,
            swatch: 26.0 * unit,
            swatch_gap: 10.0 * unit,
            item_gap: 32.0 * unit,
            gap: 48.0 * unit,
            heading_size: 20.0 * unit,
            unit,
        };
        let entries: Vec<String> = radar
            .series
            .iter()
            .map(|s| shorten(&s.label, MAX_TITLE_CHARS))
            .collect();
        if entries.is_empty() {
            return legend;
        }
        let landscape = match page.options.legend {
            LegendPosition::Auto => page.width / page.height >= 1.15,
            LegendPosition::Right => true,
            LegendPosition::Below => false,
        };
        if landscape {
            legend.plan_column(page, measure, &entries);
        } else {
            legend.plan_rows(measure, &entries);
        }
        legend
    }

    fn plan_column(&mut self, page: &Page<'_>, measure: &mut TextMeasure, entries: &[String]) {
        let heading = Msg::Assessments.get(page.options.lang);
        let heading_width = measure.width(heading, self.heading_size, true);
        let mut wrapper = Wrapper {
            measure,
            bold: false,
        };
        let widest = entries
            .iter()
            .flat_map(|entry| wrapper.wrap(entry, self.size, f64::INFINITY))
            .map(|(_, w)| w)
            .fold(heading_width, f64::max);
        let column_width = (self.swatch + self.swatch_gap + widest).min(page.width * 0.28);
        let text_max = (column_width - self.swatch - self.swatch_gap).max(self.size * 4.0);
        let lines = entries
            .iter()
            .map(|entry| wrapper.wrap(entry, self.size, text_max))
            .collect();
        self.layout = Layout::Column(column_width, lines);
        self.chart_area.width = (self.full.width - column_width - self.gap).max(1.0);
    }

    /// Flows the entries in rows as wide as the area.
    fn plan_rows(&mut self, measure: &mut TextMeasure, entries: &[String]) {
        let row_max = self.full.width;
        let text_max = (row_max - self.swatch - self.swatch_gap).max(self.size * 4.0);
        let mut rows: Vec<Vec<LegendItem>> = vec![Vec::new()];
        let mut row_width = 0.0;
        for (i, entry) in entries.iter().enumerate() {
            let lines = Wrapper {
                measure: &mut *measure,
                bold: false,
            }
            .wrap(entry, self.size, text_max);
            let item =
                self.swatch + self.swatch_gap + lines.iter().map(|l| l.1).fold(0.0, f64::max);
            if row_width > 0.0 && row_width + self.item_gap + item > row_max {
                rows.push(Vec::new());
                row_width = 0.0;
            }
            row_width += if row_width > 0.0 {
                self.item_gap + item
            } else {
                item
            };
            if let Some(row) = rows.last_mut() {
                row.push((i, lines, item));
            }
        }
        let total: f64 = rows.iter().map(|row| self.row_height(row)).sum();
        self.chart_area.height = (self.full.height - total - self.gap / 2.0).max(1.0);
        self.layout = Layout::Rows(rows);
    }

    fn row_height(&self, row: &[LegendItem]) -> f64 {
        row.iter()
            .map(|(_, lines, _)| lines.len().max(1))
            .max()
            .unwrap_or(1) as f64
            * self.size
            * LINE
            + 8.0 * self.unit
    }

    /// Centres the chart (whose labels reach `extent` = left, right, top, bottom
    /// around its centre) together with the legend; returns the chart's centre
    /// and the legend's SVG.
    pub(super) fn place(
        &self,
        radar: &Radar,
        page: &Page<'_>,
        extent: (f64, f64, f64, f64),
    ) -> (Point, String) {
        let (x0, x1, y0, y1) = extent;
        let area = self.chart_area;
        let mut centre = Point {
            x: area.x + (area.width - (x1 - x0)) / 2.0 - x0,
            y: area.y + (area.height - (y1 - y0)) / 2.0 - y0,
        };
        let mut out = String::new();
        match &self.layout {
            Layout::Empty => {}
            Layout::Column(column_width, lines) => {
                let group = (x1 - x0) + self.gap + column_width;
                let left = ((page.width - group) / 2.0).max(page.pad);
                centre.x = left - x0;
                let x = left + (x1 - x0) + self.gap;
                let mut y = centre.y + y0;
                let heading = Msg::Assessments.get(page.options.lang);
                text_block(
                    &mut out,
                    "legend-heading",
                    &[(heading.to_owned(), 0.0)],
                    x,
                    y,
                    self.heading_size,
                    "start",
                    page.palette.muted,
                    true,
                );
                y += self.heading_size * LINE + 6.0 * page.unit;
                for (series, lines) in radar.series.iter().zip(lines) {
                    self.item(&mut out, page, series, lines, x, y);
                    y += (lines.len().max(1) as f64 * self.size * LINE) + 8.0 * page.unit;
                }
            }
            Layout::Rows(rows) => {
                let total: f64 = rows.iter().map(|row| self.row_height(row)).sum();
                let group = (y1 - y0) + self.gap / 2.0 + total;
                let chart_top = self.full.y + ((self.full.height - group) / 2.0).max(0.0);
                centre.y = chart_top - y0;
                let mut y = chart_top + (y1 - y0) + self.gap / 2.0;
                for row in rows {
                    let used: f64 = row.iter().map(|(_, _, w)| w).sum::<f64>()
                        + self.item_gap * (row.len().saturating_sub(1)) as f64;
                    let mut x = (page.width - used) / 2.0;
                    for (i, lines, item) in row {
                        if let Some(series) = radar.series.get(*i) {
                            self.item(&mut out, page, series, lines, x, y);
                        }
                        x += item + self.item_gap;
                    }
                    y += self.row_height(row);
                }
            }
        }
        (centre, out)
    }

    /// One legend item: the series' swatch and its (wrapped) label beside it.
    fn item(
        &self,
        out: &mut String,
        page: &Page<'_>,
        series: &Series,
        lines: &Lines,
        x: f64,
        y: f64,
    ) {
        swatch(
            out,
            series,
            page.options.theme,
            x,
            y,
            self.swatch,
            self.size,
        );
        text_block(
            out,
            "legend-label",
            lines,
            x + self.swatch + self.swatch_gap,
            y,
            self.size,
            "start",
            page.palette.text,
            false,
        );
    }
}

/// A legend swatch: the series' fill and outline in miniature, its top at `top`.
fn swatch(
    out: &mut String,
    series: &Series,
    theme: Theme,
    x: f64,
    top: f64,
    swatch: f64,
    size: f64,
) {
    let color = series_color(series.color, theme);
    let h = swatch * 0.62;
    let y = top + (size * LINE - h) / 2.0;
    let _ = writeln!(
        out,
        r#"<rect class="swatch" x="{}" y="{}" width="{}" height="{}" rx="{}" fill="{color}" fill-opacity="0.16" stroke="{color}" stroke-width="{}"/>"#,
        n(x),
        n(y),
        n(swatch),
        n(h),
        n(h * 0.2),
        n(swatch * 0.12)
    );
}
