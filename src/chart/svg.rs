//! The radar chart as a standalone SVG document, drawn from the shared
//! [`Radar`] geometry: background, rings with their levels, axes, wrapped axis
//! labels that always fit, one concave-safe filled shape per assessment with a
//! marker and tooltip per scored indicator, a legend and a title.

use super::fonts::{FONT_STACK, TextMeasure};
use super::{Point, Radar, Side, format_value};
use crate::i18n::Msg;
use crate::model::{Color, Lang, Project};
use std::fmt::Write as _;

/// The chart's colour scheme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Dark text on white: paper and most projectors.
    #[default]
    Light,
    /// Light text on a dark background.
    Dark,
}

/// How the chart is drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct SvgOptions {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Colour scheme.
    pub theme: Theme,
    /// Language of the chart's own words (tooltips, legend heading). The labels
    /// come from the [`Radar`], built in the language it was asked for.
    pub lang: Lang,
    /// The title line (may be empty).
    pub title: String,
    /// A second, smaller line under the title (may be empty).
    pub subtitle: String,
    /// Where the legend goes.
    pub legend: LegendPosition,
}

/// Where the legend goes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LegendPosition {
    /// Beside a landscape chart, under a portrait one.
    #[default]
    Auto,
    /// In a column on the right.
    Right,
    /// In rows under the chart.
    Below,
}

impl Default for SvgOptions {
    fn default() -> Self {
        SvgOptions {
            width: 1920,
            height: 1080,
            theme: Theme::Light,
            lang: Lang::default(),
            title: String::new(),
            subtitle: String::new(),
            legend: LegendPosition::Auto,
        }
    }
}

impl SvgOptions {
    /// 1920x1080, light, titled with the study and the framework, in `lang`.
    pub fn for_project(project: &Project, lang: Lang) -> Self {
        SvgOptions {
            lang,
            title: project.study.title.clone(),
            subtitle: project.framework.name.get(lang).to_owned(),
            ..SvgOptions::default()
        }
    }
}

/// Escapes text for XML and HTML (`& < > " '`), dropping the control characters
/// XML does not allow even escaped, so any project text gives a well-formed file.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c.is_control() || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

/// The colours of one theme.
struct Palette {
    background: &'static str,
    text: &'static str,
    muted: &'static str,
    grid: &'static str,
    axis: &'static str,
}

impl Palette {
    fn of(theme: Theme) -> Self {
        match theme {
            Theme::Light => Palette {
                background: "#ffffff",
                text: "#1a1a1a",
                muted: "#5a5a5a",
                grid: "#cfcfcf",
                axis: "#a8a8a8",
            },
            Theme::Dark => Palette {
                background: "#1c1e22",
                text: "#eeeeee",
                muted: "#b8b8b8",
                grid: "#484c54",
                axis: "#6c717b",
            },
        }
    }
}

/// A series colour that stays visible on the theme's background: on dark, the
/// palette is lightened a little and its black becomes a light grey.
fn series_color(color: Color, theme: Theme) -> String {
    let luminance =
        (0.2126 * f64::from(color.r) + 0.7152 * f64::from(color.g) + 0.0722 * f64::from(color.b))
            / 255.0;
    let lighten = |channel: u8| {
        let mixed = f64::from(channel) + (255.0 - f64::from(channel)) * 0.3;
        mixed.round().clamp(0.0, 255.0) as u8
    };
    match theme {
        Theme::Light => color.to_string(),
        Theme::Dark if luminance < 0.2 && color.r.max(color.g).max(color.b) < 0x40 => {
            "#e0e0e0".to_owned()
        }
        Theme::Dark => Color::rgb(lighten(color.r), lighten(color.g), lighten(color.b)).to_string(),
    }
}

/// Longest label drawn in full on the chart; longer ones end in an ellipsis
/// (the point tooltips keep the full name).
const MAX_LABEL_CHARS: usize = 120;
/// Longest title or legend entry drawn.
const MAX_TITLE_CHARS: usize = 300;

fn shorten(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max {
        text
    } else {
        let mut short: String = text.chars().take(max.saturating_sub(1)).collect();
        short.push('…');
        short
    }
}

/// A piece of text between break opportunities.
struct Token {
    text: String,
    /// Whether a space separates it from the previous token.
    space_before: bool,
}

/// Splits at spaces, and after a slash (`akuntabilitas/responsibilitas`). A
/// word of punctuation alone (`/`, `&`, `–`) stays with the word before it.
fn tokens(text: &str) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::new();
    for word in text.split_whitespace() {
        if word.chars().all(|c| !c.is_alphanumeric())
            && let Some(last) = out.last_mut()
        {
            last.text.push(' ');
            last.text.push_str(word);
            continue;
        }
        let mut first = true;
        let mut rest = word;
        while let Some(at) = rest.find('/').filter(|&at| at + 1 < rest.len()) {
            out.push(Token {
                text: rest[..=at].to_owned(),
                space_before: first && !out.is_empty(),
            });
            first = false;
            rest = &rest[at + 1..];
        }
        out.push(Token {
            text: rest.to_owned(),
            space_before: first && !out.is_empty(),
        });
    }
    out
}

/// Lines of text with their widths.
type Lines = Vec<(String, f64)>;

/// A legend entry in a row: the series' index, its lines, its whole width.
type LegendItem = (usize, Lines, f64);

/// Lays text out in lines no wider than a limit, measuring with the bundled font.
struct Wrapper<'m> {
    measure: &'m mut TextMeasure,
    bold: bool,
}

impl Wrapper<'_> {
    fn line(tokens: &[Token]) -> String {
        let mut line = String::new();
        for (i, token) in tokens.iter().enumerate() {
            if i > 0 && token.space_before {
                line.push(' ');
            }
            line.push_str(&token.text);
        }
        line
    }

    /// Width of the tokens set as one line, summed token by token (linear even
    /// for absurdly long text).
    fn width(&mut self, tokens: &[Token], size: f64) -> f64 {
        let space = self.measure.width(" ", size, self.bold);
        tokens
            .iter()
            .enumerate()
            .map(|(i, token)| {
                let gap = if i > 0 && token.space_before {
                    space
                } else {
                    0.0
                };
                gap + self.measure.width(&token.text, size, self.bold)
            })
            .sum()
    }

    /// One line when it fits, else the most even two lines, else as many lines
    /// as needed. A single word wider than `max` keeps its own line.
    fn wrap(&mut self, text: &str, size: f64, max: f64) -> Lines {
        let tokens = tokens(text);
        if tokens.is_empty() {
            return Vec::new();
        }
        self.measure.prepare(
            tokens.iter().map(|t| t.text.as_str()).chain([" "]),
            self.bold,
        );
        let whole = self.width(&tokens, size);
        if whole <= max || tokens.len() == 1 {
            return vec![(Self::line(&tokens), whole)];
        }
        let best_split = (1..tokens.len())
            .map(|k| {
                let a = self.width(&tokens[..k], size);
                let b = self.width(&tokens[k..], size);
                (k, a, b)
            })
            .min_by(|x, y| x.1.max(x.2).total_cmp(&y.1.max(y.2)));
        if let Some((k, a, b)) = best_split
            && a.max(b) <= max
        {
            return vec![(Self::line(&tokens[..k]), a), (Self::line(&tokens[k..]), b)];
        }
        let mut lines = Vec::new();
        let mut start = 0;
        for end in 1..=tokens.len() {
            let next_fits = end < tokens.len() && self.width(&tokens[start..=end], size) <= max;
            if !next_fits {
                lines.push((
                    Self::line(&tokens[start..end]),
                    self.width(&tokens[start..end], size),
                ));
                start = end;
            }
        }
        lines
    }
}

/// A rectangle in SVG pixels.
#[derive(Clone, Copy, Debug)]
struct Area {
    x: f64,
    y: f64,
    width: f64,
    height: f64,
}

/// One axis label, wrapped and measured.
struct Label {
    lines: Lines,
    width: f64,
    height: f64,
}

/// Axis labels at one font size, and the largest radius that keeps them in the area.
struct LabelFit {
    size: f64,
    labels: Vec<Label>,
    radius: f64,
}

/// Line height as a multiple of the font size.
const LINE: f64 = 1.2;
/// From the middle of a line to its baseline, as a multiple of the font size
/// (half DejaVu Sans' cap height).
const BASELINE: f64 = 0.36;

/// The horizontal and vertical extent of a `width` x `height` box placed on
/// `side`s of its anchor, in SVG coordinates (y down).
fn box_extent(side: (Side, Side), width: f64, height: f64) -> ((f64, f64), (f64, f64)) {
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
fn fit_radius(radar: &Radar, labels: &[Label], area: Area) -> f64 {
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
fn chart_extent(radar: &Radar, fit: &LabelFit) -> (f64, f64, f64, f64) {
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

fn fit_labels(radar: &Radar, measure: &mut TextMeasure, area: Area, base: f64) -> LabelFit {
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

/// Writes numbers compactly.
fn n(value: f64) -> String {
    if value.is_finite() {
        format_value((value * 100.0).round() / 100.0)
    } else {
        "0".to_owned()
    }
}

/// The SVG text element for `lines` with the first line's middle at `top + size*LINE/2`.
#[allow(clippy::too_many_arguments)]
fn text_block(
    out: &mut String,
    class: &str,
    lines: &[(String, f64)],
    x: f64,
    top: f64,
    size: f64,
    anchor: &str,
    fill: &str,
    bold: bool,
) {
    if lines.is_empty() {
        return;
    }
    let weight = if bold { " font-weight=\"bold\"" } else { "" };
    let _ = write!(
        out,
        r#"<text class="{class}" x="{x}" y="{y}" font-size="{size}" text-anchor="{anchor}" fill="{fill}"{weight}>"#,
        x = n(x),
        y = n(top + size * LINE / 2.0 + size * BASELINE),
        size = n(size),
    );
    for (i, (line, _)) in lines.iter().enumerate() {
        let baseline = top + (i as f64 + 0.5) * size * LINE + size * BASELINE;
        let _ = write!(
            out,
            r#"<tspan x="{}" y="{}">{}</tspan>"#,
            n(x),
            n(baseline),
            escape(line)
        );
    }
    out.push_str("</text>\n");
}

/// The chart as a standalone SVG document (`width`/`height` attributes and a
/// viewBox, text in the bundled font's family).
pub fn radar_svg(radar: &Radar, options: &SvgOptions) -> String {
    let width = f64::from(options.width.max(1));
    let height = f64::from(options.height.max(1));
    let unit = width.min(height) / 1080.0;
    let pad = 28.0 * unit;
    let palette = Palette::of(options.theme);
    let mut measure = TextMeasure::new();
    let mut out = String::new();

    let title = shorten(&options.title, MAX_TITLE_CHARS);
    let subtitle = shorten(&options.subtitle, MAX_TITLE_CHARS);
    let document_title = if title.is_empty() {
        Msg::ExportChartTitle.get(options.lang).to_owned()
    } else {
        title.clone()
    };
    let _ = writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="{font}" role="img" aria-label="{label}">"#,
        w = options.width.max(1),
        h = options.height.max(1),
        font = escape(FONT_STACK),
        label = escape(&document_title),
    );
    let _ = writeln!(out, "<title>{}</title>", escape(&document_title));
    let _ = writeln!(
        out,
        r#"<rect class="background" x="0" y="0" width="{}" height="{}" fill="{}"/>"#,
        n(width),
        n(height),
        palette.background
    );

    // Title block: wrapped to the width, shrunk if it would take more than two lines.
    let mut top = pad;
    let text_width = (width - 2.0 * pad).max(1.0);
    if !title.is_empty() {
        let mut size = 34.0 * unit;
        let mut lines = Wrapper {
            measure: &mut measure,
            bold: true,
        }
        .wrap(&title, size, text_width);
        while lines.len() > 2 && size > 20.0 * unit {
            size *= 0.9;
            lines = Wrapper {
                measure: &mut measure,
                bold: true,
            }
            .wrap(&title, size, text_width);
        }
        text_block(
            &mut out,
            "title",
            &lines,
            pad,
            top,
            size,
            "start",
            palette.text,
            true,
        );
        top += lines.len() as f64 * size * LINE;
    }
    if !subtitle.is_empty() {
        let size = 22.0 * unit;
        let lines = Wrapper {
            measure: &mut measure,
            bold: false,
        }
        .wrap(&subtitle, size, text_width);
        text_block(
            &mut out,
            "subtitle",
            &lines,
            pad,
            top,
            size,
            "start",
            palette.muted,
            false,
        );
        top += lines.len() as f64 * size * LINE;
    }
    if top > pad {
        top += 12.0 * unit;
    }

    // Legend: a column beside a landscape chart, rows under a portrait one.
    let legend_size = 22.0 * unit;
    let swatch = 26.0 * unit;
    let swatch_gap = 10.0 * unit;
    let item_gap = 32.0 * unit;
    let legend_gap = 48.0 * unit;
    let landscape = match options.legend {
        LegendPosition::Auto => width / height >= 1.15,
        LegendPosition::Right => true,
        LegendPosition::Below => false,
    };
    let heading = Msg::Assessments.get(options.lang);
    let heading_size = 20.0 * unit;
    let entries: Vec<String> = radar
        .series
        .iter()
        .map(|s| shorten(&s.label, MAX_TITLE_CHARS))
        .collect();
    let full = Area {
        x: pad,
        y: top,
        width: (width - 2.0 * pad).max(1.0),
        height: (height - top - pad).max(1.0),
    };
    let mut area = full;
    let mut column: Option<(f64, Vec<Lines>)> = None;
    let mut rows: Vec<Vec<LegendItem>> = Vec::new();
    let row_height = |row: &Vec<LegendItem>| {
        row.iter()
            .map(|(_, lines, _)| lines.len().max(1))
            .max()
            .unwrap_or(1) as f64
            * legend_size
            * LINE
            + 8.0 * unit
    };
    if !entries.is_empty() {
        if landscape {
            let heading_width = measure.width(heading, heading_size, true);
            let mut wrapper = Wrapper {
                measure: &mut measure,
                bold: false,
            };
            let widest = entries
                .iter()
                .flat_map(|entry| wrapper.wrap(entry, legend_size, f64::INFINITY))
                .map(|(_, w)| w)
                .fold(heading_width, f64::max);
            let column_width = (swatch + swatch_gap + widest).min(width * 0.28);
            let text_max = (column_width - swatch - swatch_gap).max(legend_size * 4.0);
            let lines = entries
                .iter()
                .map(|entry| wrapper.wrap(entry, legend_size, text_max))
                .collect();
            column = Some((column_width, lines));
            area.width = (full.width - column_width - legend_gap).max(1.0);
        } else {
            // Flow the entries in rows, centred under the chart.
            let row_max = full.width;
            let text_max = (row_max - swatch - swatch_gap).max(legend_size * 4.0);
            rows.push(Vec::new());
            let mut row_width = 0.0;
            for (i, entry) in entries.iter().enumerate() {
                let lines = Wrapper {
                    measure: &mut measure,
                    bold: false,
                }
                .wrap(entry, legend_size, text_max);
                let item = swatch + swatch_gap + lines.iter().map(|l| l.1).fold(0.0, f64::max);
                if row_width > 0.0 && row_width + item_gap + item > row_max {
                    rows.push(Vec::new());
                    row_width = 0.0;
                }
                row_width += if row_width > 0.0 {
                    item_gap + item
                } else {
                    item
                };
                if let Some(row) = rows.last_mut() {
                    row.push((i, lines, item));
                }
            }
            let total: f64 = rows.iter().map(row_height).sum();
            area.height = (full.height - total - legend_gap / 2.0).max(1.0);
        }
    }

    // The radar itself, as large as the labels allow, centred with its legend.
    let fit = fit_labels(radar, &mut measure, area, 24.0 * unit);
    let radius = fit.radius;
    let (x0, x1, y0, y1) = chart_extent(radar, &fit);
    let mut centre = Point {
        x: area.x + (area.width - (x1 - x0)) / 2.0 - x0,
        y: area.y + (area.height - (y1 - y0)) / 2.0 - y0,
    };
    let mut legend = String::new();
    // One legend item: the series' swatch and its (wrapped) label beside it.
    let legend_item =
        |legend: &mut String, series: &super::Series, lines: &[(String, f64)], x: f64, y: f64| {
            legend_entry(legend, series, options.theme, x, y, swatch, legend_size);
            text_block(
                legend,
                "legend-label",
                lines,
                x + swatch + swatch_gap,
                y,
                legend_size,
                "start",
                palette.text,
                false,
            );
        };
    if let Some((column_width, lines)) = &column {
        let group = (x1 - x0) + legend_gap + column_width;
        let left = ((width - group) / 2.0).max(pad);
        centre.x = left - x0;
        let x = left + (x1 - x0) + legend_gap;
        let mut y = centre.y + y0;
        text_block(
            &mut legend,
            "legend-heading",
            &[(heading.to_owned(), 0.0)],
            x,
            y,
            heading_size,
            "start",
            palette.muted,
            true,
        );
        y += heading_size * LINE + 6.0 * unit;
        for (series, lines) in radar.series.iter().zip(lines) {
            legend_item(&mut legend, series, lines, x, y);
            y += (lines.len().max(1) as f64 * legend_size * LINE) + 8.0 * unit;
        }
    } else if !rows.is_empty() {
        let total: f64 = rows.iter().map(row_height).sum();
        let group = (y1 - y0) + legend_gap / 2.0 + total;
        let chart_top = full.y + ((full.height - group) / 2.0).max(0.0);
        centre.y = chart_top - y0;
        let mut y = chart_top + (y1 - y0) + legend_gap / 2.0;
        for row in &rows {
            let used: f64 = row.iter().map(|(_, _, w)| w).sum::<f64>()
                + item_gap * (row.len().saturating_sub(1)) as f64;
            let mut x = (width - used) / 2.0;
            for (i, lines, item) in row {
                if let Some(series) = radar.series.get(*i) {
                    legend_item(&mut legend, series, lines, x, y);
                }
                x += item + item_gap;
            }
            y += row_height(row);
        }
    }
    let to_svg = |p: Point| Point {
        x: centre.x + p.x * radius,
        y: centre.y - p.y * radius,
    };
    let points_attr = |points: &mut dyn Iterator<Item = Point>| {
        points
            .map(|p| format!("{},{}", n(p.x), n(p.y)))
            .collect::<Vec<_>>()
            .join(" ")
    };

    out.push_str("<g class=\"rings\" fill=\"none\">\n");
    for ring in &radar.rings {
        if ring.corners.len() >= 3 {
            let _ = writeln!(
                out,
                r#"<polygon class="ring" points="{}" stroke="{}" stroke-width="{}"/>"#,
                points_attr(&mut ring.corners.iter().map(|&p| to_svg(p))),
                palette.grid,
                n(1.5 * unit)
            );
        } else {
            let _ = writeln!(
                out,
                r#"<circle class="ring" cx="{}" cy="{}" r="{}" stroke="{}" stroke-width="{}"/>"#,
                n(centre.x),
                n(centre.y),
                n(ring.radius * radius),
                palette.grid,
                n(1.5 * unit)
            );
        }
    }
    out.push_str("</g>\n<g class=\"axes\">\n");
    for axis in &radar.axes {
        let end = to_svg(axis.end);
        let _ = writeln!(
            out,
            r#"<line class="axis" x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="{}"/>"#,
            n(centre.x),
            n(centre.y),
            n(end.x),
            n(end.y),
            palette.axis,
            n(1.5 * unit)
        );
    }
    out.push_str("</g>\n<g class=\"axis-labels\">\n");
    for (axis, label) in radar.axes.iter().zip(&fit.labels) {
        let anchor = to_svg(axis.label_at);
        let side = axis.label_side();
        let ((_, _), (y0, _)) = box_extent(side, label.width, label.height);
        let text_anchor = match side.0 {
            Side::Positive => "start",
            Side::Negative => "end",
            Side::Centre => "middle",
        };
        text_block(
            &mut out,
            "axis-label",
            &label.lines,
            anchor.x,
            anchor.y + y0,
            fit.size,
            text_anchor,
            palette.text,
            true,
        );
    }
    out.push_str("</g>\n");

    // Series: every fill first, then the outlines, then the points on top.
    out.push_str("<g class=\"fills\">\n");
    for series in &radar.series {
        let mut path = String::new();
        for [a, b, c] in series.fill_triangles() {
            let (a, b, c) = (to_svg(a), to_svg(b), to_svg(c));
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
                series_color(series.color, options.theme)
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
                points_attr(&mut run.points.iter().map(|p| to_svg(*p))),
                series_color(series.color, options.theme),
                n(3.5 * unit)
            );
        }
    }
    out.push_str("</g>\n<g class=\"points\">\n");
    for series in &radar.series {
        let color = series_color(series.color, options.theme);
        for point in &series.points {
            let at = to_svg(point.at);
            let indicator = radar.axes.get(point.axis).map_or("", |a| a.label.as_str());
            let level = radar.level_label(point.value);
            let score = if level.is_empty() {
                format_value(point.value)
            } else {
                format!("{} ({level})", format_value(point.value))
            };
            let tooltip =
                Msg::ExportPointTooltip.fill(options.lang, &[&indicator, &score, &series.label]);
            let _ = writeln!(
                out,
                r#"<circle class="point" cx="{}" cy="{}" r="{}" fill="{color}" stroke="{}" stroke-width="{}"><title>{}</title></circle>"#,
                n(at.x),
                n(at.y),
                n(7.0 * unit),
                palette.background,
                n(2.0 * unit),
                escape(&tooltip)
            );
        }
    }
    out.push_str("</g>\n");

    // Ring levels last, haloed, so no shape hides them.
    let ring_size = 19.0 * unit;
    let _ = writeln!(
        out,
        r#"<g class="ring-labels" font-size="{}" fill="{}" stroke="{}" stroke-width="{}" stroke-linejoin="round" paint-order="stroke">"#,
        n(ring_size),
        palette.muted,
        palette.background,
        n(4.0 * unit)
    );
    for ring in &radar.rings {
        let text = if ring.label.is_empty() {
            format_value(ring.value)
        } else {
            format!(
                "{} · {}",
                format_value(ring.value),
                shorten(&ring.label, MAX_LABEL_CHARS)
            )
        };
        let _ = writeln!(
            out,
            r#"<text class="ring-label" x="{}" y="{}">{}</text>"#,
            n(centre.x + 14.0 * unit),
            n(centre.y - ring.radius * radius - 5.0 * unit),
            escape(&text)
        );
    }
    out.push_str("</g>\n");

    if !legend.is_empty() {
        out.push_str("<g class=\"legend\">\n");
        out.push_str(&legend);
        out.push_str("</g>\n");
    }
    out.push_str("</svg>\n");
    out
}

/// A legend swatch: the series' fill and outline in miniature, its top at `top`.
fn legend_entry(
    out: &mut String,
    series: &super::Series,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_covers_markup_and_drops_what_xml_forbids() {
        assert_eq!(
            escape(r#"<a href="x">'&'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"
        );
        assert_eq!(escape("a\u{1}b\u{7f}c\nd"), "abc\nd");
    }

    #[test]
    fn tokens_break_at_spaces_and_after_slashes() {
        let parts: Vec<(String, bool)> =
            tokens("Pembagian akuntabilitas/responsibilitas a/ /b accountability / x")
                .into_iter()
                .map(|t| (t.text, t.space_before))
                .collect();
        assert_eq!(
            parts,
            vec![
                ("Pembagian".into(), false),
                ("akuntabilitas/".into(), true),
                ("responsibilitas".into(), false),
                ("a/".into(), true),
                ("/".into(), true),
                ("b".into(), false),
                ("accountability /".into(), true),
                ("x".into(), true),
            ]
        );
        assert_eq!(
            tokens("/ a").len(),
            2,
            "leading punctuation has nothing to join"
        );
    }

    #[test]
    fn long_labels_wrap_into_two_even_lines() {
        let mut measure = TextMeasure::new();
        let mut wrapper = Wrapper {
            measure: &mut measure,
            bold: true,
        };
        let lines = wrapper.wrap("Distributive accountability / responsibility", 24.0, 400.0);
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(lines.iter().all(|(_, w)| *w <= 400.0));
        assert_eq!(
            lines[1].0, "responsibility",
            "the slash stays with its word"
        );
        let narrow = wrapper.wrap("Distributive accountability / responsibility", 24.0, 250.0);
        assert_eq!(narrow.len(), 3, "{narrow:?}");
        let lines = wrapper.wrap("Trust", 24.0, 300.0);
        assert_eq!(lines.len(), 1);
        let many = wrapper.wrap(&"word ".repeat(40), 24.0, 200.0);
        assert!(many.len() > 2 && many.iter().all(|(_, w)| *w <= 200.0));
    }
}
