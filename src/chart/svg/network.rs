//! The actor network as a standalone SVG document, drawn from the shared
//! [`NetworkPicture`] geometry: the title block, the diagram (relations under
//! actors, names on a backing so lines never hide them), the legend beside a
//! landscape picture or under a portrait one, and a caption with the network's
//! form, its lead actor and its measures.

use super::super::Point;
use super::super::fonts::TextMeasure;
use super::super::network::labels::Boxed;
use super::super::network::layout::UnitPoint;
use super::super::network::style::scaled_dashes;
use super::super::network::{Frame, LEAD_RING, NetworkInput, NetworkPicture};
use super::super::xml::escape;
use super::network_legend::{Caption, NetworkLegend};
use super::network_parts::{mismatch_mark, on_theme};
use super::options::{SvgOptions, Theme};
use super::page::Page;
use super::text::{MAX_TITLE_CHARS, n, shorten};
use crate::analysis::NetworkFilter;
use crate::i18n::Named;
use crate::model::Project;
use std::fmt::Write as _;

/// The network of `project`, its relations as `filter` shows them and its
/// actors at `positions`, as an SVG document.
pub fn network_svg(
    project: &Project,
    filter: &NetworkFilter,
    positions: &[UnitPoint],
    options: &SvgOptions,
) -> String {
    let page = Page::new(options);
    let mut measure = TextMeasure::new();
    let mut out = String::new();
    page.open(&mut out, &shorten(&options.title, MAX_TITLE_CHARS));
    let top = page.title_block(&mut out, &mut measure);
    let below_title = Boxed {
        x: page.pad,
        y: top,
        width: (page.width - 2.0 * page.pad).max(1.0),
        height: (page.height - top - page.pad).max(1.0),
    };
    let input = NetworkInput {
        project,
        filter,
        positions,
    };
    let legend = NetworkLegend::plan(&input, &page, &mut measure, below_title);
    let caption = Caption::plan(&input, &page, &mut measure, legend.diagram_area);
    let frame = Frame {
        area: caption.diagram_area,
        font: 20.0 * page.unit,
        unit: 1.5 * page.unit,
    };
    let picture = NetworkPicture::build(&input, frame, &mut |text, size| {
        measure.width(text, size, false)
    });
    draw_picture(&mut out, &picture, &page, options.theme);
    caption.draw(&mut out, &page);
    legend.draw(&mut out, &page);
    out.push_str("</svg>\n");
    out
}

/// The relations, the marks, the actors and their names, in that order (each
/// over what came before).
fn draw_picture(out: &mut String, picture: &NetworkPicture, page: &Page<'_>, theme: Theme) {
    let lang = page.options.lang;
    let unit = picture.frame.unit;
    out.push_str("<g class=\"relations\" fill=\"none\" stroke-linecap=\"round\">\n");
    for edge in &picture.edges {
        let color = on_theme(edge.style.color, theme);
        let dashes = scaled_dashes(edge.style.dashes, edge.width, unit);
        let dasharray = if dashes.is_empty() {
            String::new()
        } else {
            let list: Vec<String> = dashes.iter().map(|d| n(*d)).collect();
            format!(" stroke-dasharray=\"{}\"", list.join(" "))
        };
        let from = &picture.nodes[edge.from].label;
        let to = &picture.nodes[edge.to].label;
        let _ = writeln!(
            out,
            r#"<polyline points="{}" stroke="{color}" stroke-width="{}"{dasharray}><title>{}: {} – {}</title></polyline>"#,
            polyline(&edge.points),
            n(edge.width),
            escape(edge.kind.name(lang)),
            escape(from),
            escape(to),
        );
        if let Some(arrow) = edge.arrow {
            let _ = writeln!(
                out,
                r#"<polygon points="{}" fill="{color}" stroke="none"/>"#,
                polyline(&arrow)
            );
        }
    }
    out.push_str("</g>\n");
    for mark in &picture.mismatches {
        mismatch_mark(out, mark.at, mark.radius, page, mark.levels);
    }
    out.push_str("<g class=\"actors\">\n");
    for node in &picture.nodes {
        let opacity = if node.faded { " opacity=\"0.4\"" } else { "" };
        let _ = write!(out, "<g{opacity}>");
        if node.lead {
            let _ = write!(
                out,
                r#"<circle cx="{}" cy="{}" r="{}" fill="none" stroke="{}" stroke-width="{}"/>"#,
                n(node.centre.x),
                n(node.centre.y),
                n(node.radius + (LEAD_RING - 1.5) * unit),
                page.palette.text,
                n(2.5 * unit),
            );
        }
        let _ = write!(
            out,
            r#"<circle cx="{}" cy="{}" r="{}" fill="{}" stroke="{}" stroke-width="{}"><title>{}</title></circle>"#,
            n(node.centre.x),
            n(node.centre.y),
            n(node.radius),
            node.color,
            page.palette.text,
            n(1.2 * unit),
            escape(&format!("{} ({})", node.name, node.sector.name(lang))),
        );
        label(out, node, picture.frame.font, page);
        out.push_str("</g>\n");
    }
    out.push_str("</g>\n");
}

/// An actor's name on a backing of the background colour.
fn label(out: &mut String, node: &super::super::network::Node, font: f64, page: &Page<'_>) {
    let b = node.label_box;
    let text = if node.lead {
        format!("★ {}", node.label)
    } else {
        node.label.clone()
    };
    let _ = write!(
        out,
        r#"<rect x="{}" y="{}" width="{}" height="{}" rx="{}" fill="{}" fill-opacity="0.85"/>"#,
        n(b.x),
        n(b.y),
        n(b.width),
        n(b.height),
        n(font * 0.2),
        page.palette.background,
    );
    let weight = if node.lead {
        " font-weight=\"bold\""
    } else {
        ""
    };
    let _ = write!(
        out,
        r#"<text x="{}" y="{}" font-size="{}" text-anchor="middle" fill="{}"{weight}>{}</text>"#,
        n(b.x + b.width / 2.0),
        n(b.y + b.height / 2.0 + font * 0.36),
        n(font),
        page.palette.text,
        escape(&text),
    );
}

/// Points as an SVG `points` attribute.
fn polyline(points: &[Point]) -> String {
    points
        .iter()
        .map(|p| format!("{},{}", n(p.x), n(p.y)))
        .collect::<Vec<_>>()
        .join(" ")
}
