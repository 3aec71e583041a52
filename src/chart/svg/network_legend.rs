//! The network file's legend and caption. The legend names what the picture
//! uses: the sectors present (circle colours), the kinds of relation shown
//! (line styles), and how to read widths, sizes, arrows, the lead actor and the
//! mismatch mark. It stands in a column beside a landscape picture, in columns
//! under a portrait one. The caption under the diagram gives the network's
//! form, its lead actor and its measures.

use super::super::fonts::TextMeasure;
use super::super::network::NetworkInput;
use super::super::network::labels::Boxed;
use super::super::network::style::{
    EdgeStyle, edge_width, kind_style, scaled_dashes, sector_color,
};
use super::network_parts::{mismatch_mark, on_theme};
use super::options::LegendPosition;
use super::page::Page;
use super::text::{LINE, Lines, Wrapper, n, text_block};
use crate::analysis::{NetworkStats, format_measure};
use crate::i18n::{Msg, Named};
use crate::model::{RelationKind, Sector};
use std::fmt::Write as _;

/// What an entry's symbol shows.
#[derive(Clone, Copy)]
enum Symbol {
    /// A sector's circle.
    Sector(Sector),
    /// A kind of relation's line.
    Kind(RelationKind),
    /// A thin and a thick line.
    Widths,
    /// A small and a large circle.
    Sizes,
    /// An arrow.
    Arrow,
    /// The lead actor's ring.
    Lead,
    /// The mismatch mark.
    Mismatch,
}

/// A group of entries under a heading.
struct Section {
    heading: Lines,
    entries: Vec<(Symbol, Lines)>,
}

/// The legend, laid out, and the room it leaves for the diagram.
pub(super) struct NetworkLegend {
    sections: Vec<Section>,
    /// Where each section starts (its top left) and how wide its text may be.
    places: Vec<(f64, f64)>,
    /// Where the diagram and its caption go.
    pub(super) diagram_area: Boxed,
    size: f64,
    symbol: f64,
    gap: f64,
}

impl NetworkLegend {
    /// Lays the legend out in `full`, the area below the title.
    pub(super) fn plan(
        input: &NetworkInput<'_>,
        page: &Page<'_>,
        measure: &mut TextMeasure,
        full: Boxed,
    ) -> Self {
        let unit = page.unit;
        let size = 18.0 * unit;
        let symbol = 64.0 * unit;
        let gap = 10.0 * unit;
        let landscape = match page.options.legend {
            LegendPosition::Auto => page.width / page.height >= 1.15,
            LegendPosition::Right => true,
            LegendPosition::Below => false,
        };
        let raw = sections(input, page);
        // Text wraps to a column: beside the diagram, about a quarter of the
        // page; under it, a third of the width each.
        let text_max = if landscape {
            page.width * 0.25 - symbol - gap
        } else {
            full.width / raw.len().max(1) as f64 - symbol - 2.0 * gap
        }
        .max(size * 5.0);
        let mut wrapper = Wrapper {
            measure,
            bold: false,
        };
        let sections: Vec<Section> = raw
            .into_iter()
            .map(|(heading, entries)| Section {
                heading: wrapper.wrap(&heading, size, text_max + symbol + gap),
                entries: entries
                    .into_iter()
                    .map(|(symbol, text)| (symbol, wrapper.wrap(&text, size, text_max)))
                    .collect(),
            })
            .collect();
        let mut legend = NetworkLegend {
            sections,
            places: Vec::new(),
            diagram_area: full,
            size,
            symbol,
            gap,
        };
        if legend.sections.is_empty() {
            return legend;
        }
        if landscape {
            let widest = legend
                .sections
                .iter()
                .flat_map(|s| {
                    s.entries
                        .iter()
                        .flat_map(|(_, lines)| lines.iter().map(|l| l.1 + symbol + gap))
                        .chain(s.heading.iter().map(|l| l.1))
                })
                .fold(0.0, f64::max);
            let column = widest.min(page.width * 0.3);
            let x = full.x + full.width - column;
            let mut y = full.y;
            for section in &legend.sections {
                legend.places.push((x, y));
                y += legend.section_height(section) + 2.0 * gap;
            }
            legend.diagram_area.width = (full.width - column - 4.0 * gap).max(1.0);
        } else {
            let tallest = legend
                .sections
                .iter()
                .map(|s| legend.section_height(s))
                .fold(0.0, f64::max);
            let column = full.width / legend.sections.len() as f64;
            let y = full.y + full.height - tallest;
            for i in 0..legend.sections.len() {
                legend.places.push((full.x + column * i as f64, y));
            }
            legend.diagram_area.height = (full.height - tallest - 3.0 * gap).max(1.0);
        }
        legend
    }

    fn section_height(&self, section: &Section) -> f64 {
        let line = self.size * LINE;
        let entries: f64 = section
            .entries
            .iter()
            .map(|(_, lines)| {
                (lines.len().max(1) as f64 * line).max(self.size * 1.6) + self.gap * 0.6
            })
            .sum();
        section.heading.len() as f64 * line + self.gap * 0.6 + entries
    }

    /// Draws the legend where it was planned.
    pub(super) fn draw(&self, out: &mut String, page: &Page<'_>) {
        out.push_str("<g class=\"legend\">\n");
        let line = self.size * LINE;
        for (section, &(x, top)) in self.sections.iter().zip(&self.places) {
            let color = page.palette.text;
            text_block(
                out,
                "heading",
                &section.heading,
                x,
                top,
                self.size,
                "start",
                color,
                true,
            );
            let mut y = top + section.heading.len() as f64 * line + self.gap * 0.6;
            for (symbol, lines) in &section.entries {
                let height = (lines.len().max(1) as f64 * line).max(self.size * 1.6);
                self.symbol(out, page, *symbol, x, y + height / 2.0);
                let text_top = y + (height - lines.len() as f64 * line) / 2.0;
                let text_x = x + self.symbol + self.gap;
                text_block(
                    out, "entry", lines, text_x, text_top, self.size, "start", color, false,
                );
                y += height + self.gap * 0.6;
            }
        }
        out.push_str("</g>\n");
    }

    /// An entry's symbol, centred vertically on `middle`.
    fn symbol(&self, out: &mut String, page: &Page<'_>, symbol: Symbol, x: f64, middle: f64) {
        let unit = page.unit * 1.5;
        let theme = page.options.theme;
        let text = page.palette.text;
        let (x0, x1) = (x + 2.0 * unit, x + self.symbol - 4.0 * unit);
        let line = |out: &mut String, style: EdgeStyle, width: f64, y: f64| {
            let dashes: Vec<String> = scaled_dashes(style.dashes, width, unit)
                .iter()
                .map(|d| n(*d))
                .collect();
            let _ = write!(
                out,
                r#"<line x1="{}" y1="{y}" x2="{}" y2="{y}" stroke="{}" stroke-width="{}" stroke-linecap="round" stroke-dasharray="{}"/>"#,
                n(x0),
                n(x1),
                on_theme(style.color, theme),
                n(width),
                if dashes.is_empty() {
                    "none".to_owned()
                } else {
                    dashes.join(" ")
                },
                y = n(y),
            );
        };
        let circle = |out: &mut String, cx: f64, r: f64, fill: &str, stroke_width: f64| {
            let _ = write!(
                out,
                r#"<circle cx="{}" cy="{}" r="{}" fill="{fill}" stroke="{text}" stroke-width="{}"/>"#,
                n(cx),
                n(middle),
                n(r),
                n(stroke_width),
            );
        };
        match symbol {
            Symbol::Sector(sector) => {
                let fill = sector_color(sector).to_string();
                circle(out, x + self.symbol / 2.0, 9.0 * unit, &fill, 1.2 * unit);
            }
            Symbol::Kind(kind) => line(out, kind_style(kind), 3.0 * unit, middle),
            Symbol::Widths => {
                let style = kind_style(RelationKind::Coordination);
                line(
                    out,
                    style,
                    edge_width(Some(0.0)) * unit,
                    middle - 5.0 * unit,
                );
                line(
                    out,
                    style,
                    edge_width(Some(5.0)) * unit,
                    middle + 5.0 * unit,
                );
            }
            Symbol::Sizes => {
                circle(out, x + 8.0 * unit, 5.0 * unit, page.palette.grid, unit);
                circle(out, x + 24.0 * unit, 10.0 * unit, page.palette.grid, unit);
            }
            Symbol::Arrow => {
                let style = kind_style(RelationKind::Coordination);
                line(out, style, 2.0 * unit, middle);
                let _ = write!(
                    out,
                    r#"<polygon points="{},{} {},{} {},{}" fill="{}"/>"#,
                    n(x1 + 2.0 * unit),
                    n(middle),
                    n(x1 - 9.0 * unit),
                    n(middle - 5.0 * unit),
                    n(x1 - 9.0 * unit),
                    n(middle + 5.0 * unit),
                    on_theme(style.color, theme),
                );
            }
            Symbol::Lead => {
                let cx = x + self.symbol / 2.0;
                circle(out, cx, 12.0 * unit, "none", 2.5 * unit);
                circle(out, cx, 7.0 * unit, page.palette.grid, unit);
            }
            Symbol::Mismatch => {
                let at = super::super::Point {
                    x: x + self.symbol / 2.0,
                    y: middle,
                };
                mismatch_mark(out, at, 8.0 * unit, page, 1);
            }
        }
    }
}

/// The legend's sections and their entries, for what the picture shows.
fn sections(input: &NetworkInput<'_>, page: &Page<'_>) -> Vec<(String, Vec<(Symbol, String)>)> {
    let lang = page.options.lang;
    let project = input.project;
    let mut out = Vec::new();
    let sectors: Vec<(Symbol, String)> = Sector::ALL
        .iter()
        .filter(|s| project.actors.iter().any(|a| a.sector == **s))
        .map(|s| (Symbol::Sector(*s), s.name(lang).to_owned()))
        .collect();
    if !sectors.is_empty() {
        out.push((Msg::LegendSectors.get(lang).to_owned(), sectors));
    }
    let shown: Vec<_> = project
        .relations
        .iter()
        .filter(|r| input.filter.shows(r))
        .collect();
    let kinds: Vec<(Symbol, String)> = RelationKind::ALL
        .iter()
        .filter(|k| shown.iter().any(|r| r.kind == **k))
        .map(|k| (Symbol::Kind(*k), k.name(lang).to_owned()))
        .collect();
    if !kinds.is_empty() {
        out.push((Msg::LegendKinds.get(lang).to_owned(), kinds));
    }
    let mut reading = vec![
        (Symbol::Widths, Msg::LegendWidth.get(lang).to_owned()),
        (Symbol::Sizes, Msg::LegendSize.get(lang).to_owned()),
    ];
    if shown.iter().any(|r| r.directed) {
        reading.push((Symbol::Arrow, Msg::LegendArrow.get(lang).to_owned()));
    }
    if project.network.lead.is_some() {
        reading.push((Symbol::Lead, format!("★ {}", Msg::LeadMark.get(lang))));
    }
    if project
        .collaboration_levels
        .iter()
        .any(|l| l.mismatch().is_some())
    {
        reading.push((Symbol::Mismatch, Msg::LegendMismatch.get(lang).to_owned()));
    }
    out.push((Msg::Diagram.get(lang).to_owned(), reading));
    out
}

/// The lines under the diagram: form and lead actor, measures, the filter.
pub(super) struct Caption {
    lines: Lines,
    top: f64,
    x: f64,
    size: f64,
    /// Where the diagram goes, above the caption.
    pub(super) diagram_area: Boxed,
}

impl Caption {
    /// Lays the caption out at the bottom of `area`.
    pub(super) fn plan(
        input: &NetworkInput<'_>,
        page: &Page<'_>,
        measure: &mut TextMeasure,
        area: Boxed,
    ) -> Self {
        let lang = page.options.lang;
        let project = input.project;
        let size = 18.0 * page.unit;
        let stats = NetworkStats::of(project, input.filter);
        let form = project
            .network
            .form
            .map_or(Msg::NotDecided.get(lang), |f| f.name(lang));
        let mut first = Msg::NetworkCaption.fill(lang, &[&form]);
        if let Some(lead) = project
            .network
            .lead
            .as_ref()
            .and_then(|id| project.actor(id))
        {
            let _ = write!(
                first,
                " · ★ {}: {}",
                Msg::LeadActor.get(lang),
                lead.display_name()
            );
        }
        let measures = Msg::NetworkMeasuresLine.fill(
            lang,
            &[
                &format_measure(stats.density),
                &format_measure(stats.degree_centralisation),
                &format_measure(stats.betweenness_centralisation),
            ],
        );
        let mut texts = vec![first, measures];
        if !input.filter.shows_all() {
            texts.push(filter_text(input, lang));
        }
        let mut wrapper = Wrapper {
            measure,
            bold: false,
        };
        let lines: Lines = texts
            .iter()
            .flat_map(|t| wrapper.wrap(t, size, area.width))
            .collect();
        let height = lines.len() as f64 * size * LINE;
        Caption {
            top: area.y + area.height - height,
            x: area.x,
            size,
            diagram_area: Boxed {
                height: (area.height - height - size).max(1.0),
                ..area
            },
            lines,
        }
    }

    /// Draws the caption.
    pub(super) fn draw(&self, out: &mut String, page: &Page<'_>) {
        let color = page.palette.muted;
        text_block(
            out,
            "caption",
            &self.lines,
            self.x,
            self.top,
            self.size,
            "start",
            color,
            false,
        );
    }
}

/// "Only: Coordination, Funding · Exhibitions": what a filtered picture shows.
fn filter_text(input: &NetworkInput<'_>, lang: crate::model::Lang) -> String {
    let mut parts: Vec<String> = Vec::new();
    if !input.filter.hidden_kinds.is_empty() {
        let kinds: Vec<&str> = RelationKind::ALL
            .iter()
            .filter(|k| !input.filter.hidden_kinds.contains(k))
            .map(|k| k.name(lang))
            .collect();
        parts.push(kinds.join(", "));
    }
    if let Some(activity) = &input.filter.activity {
        let name = input
            .project
            .activity(activity)
            .map_or(activity.as_str(), |a| a.name.as_str());
        parts.push(name.to_owned());
    }
    Msg::FilteredBy.fill(lang, &[&parts.join(" · ")])
}
