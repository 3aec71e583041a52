//! The report's section on the actor network: its form and lead actor, the
//! diagram (inline SVG from the shared geometry), the network's and each
//! actor's measures, the relations and the levels of collaboration, each as a
//! table that prints on A4.

use crate::analysis::{NetworkFilter, NetworkStats, format_measure, level_rows, relation_rows};
use crate::chart::network::layout::positions;
use crate::chart::svg::{LegendPosition, SvgOptions, network_svg};
use crate::chart::xml::escape;
use crate::i18n::{Msg, Named};
use crate::model::{Lang, Project};
use std::fmt::Write as _;

/// The diagram's size inside the report, its legend under it: on A4 its
/// names are about 8 pt, like the radar's labels.
const DIAGRAM_WIDTH: u32 = 1200;
const DIAGRAM_HEIGHT: u32 = 1100;

fn e(text: &str) -> String {
    escape(text)
}

/// Writes the section `<section id="network">`.
pub(super) fn network_section(project: &Project, lang: Lang, out: &mut String) {
    let t = |msg: Msg| msg.get(lang);
    let network = &project.network;
    let _ = writeln!(
        out,
        "<section id=\"network\">\n<h2>{}</h2>",
        e(t(Msg::ExportNetworkTitle))
    );
    let form = network.form.map_or(t(Msg::NotDecided), |f| f.name(lang));
    let _ = writeln!(
        out,
        "<p><strong>{}:</strong> {}</p>",
        e(t(Msg::NetworkForm)),
        e(form)
    );
    if let Some(lead) = network.lead.as_ref().and_then(|id| project.actor(id)) {
        let _ = writeln!(
            out,
            "<p><strong>{}:</strong> ★ {}</p>",
            e(t(Msg::LeadActor)),
            e(lead.display_name())
        );
    }
    if !network.notes.trim().is_empty() {
        let _ = writeln!(out, "<p class=\"pre\">{}</p>", e(network.notes.trim()));
    }
    if project.relations.is_empty() {
        out.push_str("</section>\n");
        return;
    }
    diagram(project, lang, out);
    measures(project, lang, out);
    relations(project, lang, out);
    levels(project, lang, out);
    out.push_str("</section>\n");
}

fn diagram(project: &Project, lang: Lang, out: &mut String) {
    let options = SvgOptions {
        width: DIAGRAM_WIDTH,
        height: DIAGRAM_HEIGHT,
        lang,
        title: Msg::ExportNetworkTitle.get(lang).to_owned(),
        subtitle: String::new(),
        legend: LegendPosition::Below,
        ..SvgOptions::default()
    };
    out.push_str("<figure class=\"chart\">");
    out.push_str(&network_svg(
        project,
        &NetworkFilter::default(),
        &positions(project),
        &options,
    ));
    out.push_str("</figure>\n");
}

fn measures(project: &Project, lang: Lang, out: &mut String) {
    let t = |msg: Msg| msg.get(lang);
    let stats = NetworkStats::of(project, &NetworkFilter::default());
    let _ = writeln!(out, "<h3>{}</h3>", e(t(Msg::Measures)));
    let _ = writeln!(
        out,
        "<p>{}</p>",
        e(&Msg::NetworkMeasuresLine.fill(
            lang,
            &[
                &format_measure(stats.density),
                &format_measure(stats.degree_centralisation),
                &format_measure(stats.betweenness_centralisation),
            ],
        ))
    );
    let _ = writeln!(out, "<p class=\"muted\">{}</p>", e(t(Msg::MeasuresHelp)));
    let _ = writeln!(
        out,
        "<h4>{}</h4>\n<table>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
        e(t(Msg::ExportActorMeasures)),
        e(t(Msg::Actor)),
        e(t(Msg::Sector)),
        e(t(Msg::Degree)),
        e(t(Msg::Relations)),
        e(t(Msg::Betweenness)),
    );
    let mut rows: Vec<_> = stats.actors.iter().collect();
    rows.sort_by(|a, b| {
        b.betweenness
            .total_cmp(&a.betweenness)
            .then(b.degree.cmp(&a.degree))
    });
    for measures in rows {
        let Some(actor) = project.actor(&measures.actor) else {
            continue;
        };
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            e(actor.display_name()),
            e(actor.sector.name(lang)),
            measures.degree,
            measures.relations,
            format_measure(measures.betweenness),
        );
    }
    out.push_str("</tbody>\n</table>\n");
}

/// "3 · Coordination ≠" and the like: a level cell, flagged when the views differ.
fn flagged(level: &str, mismatch: Option<u8>) -> String {
    let mut text = e(level);
    if mismatch.is_some() {
        text.push_str(" <strong class=\"challenges\">≠</strong>");
    }
    text
}

fn relations(project: &Project, lang: Lang, out: &mut String) {
    let t = |msg: Msg| msg.get(lang);
    let _ = writeln!(
        out,
        "<h3>{}</h3>\n<table>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
        e(t(Msg::ExportRelationsHeading)),
        e(t(Msg::Pair)),
        e(t(Msg::RelationKind)),
        e(t(Msg::Activities)),
        e(t(Msg::LevelFromView)),
        e(t(Msg::LevelToView)),
        e(t(Msg::EvidenceHeader)),
        e(t(Msg::RelationNote)),
    );
    for row in relation_rows(project, lang) {
        let _ = writeln!(
            out,
            "<tr><td>{} {} {}<br><span class=\"id\">{}</span></td><td>{}<br><span class=\"muted\">{}</span></td><td>{}</td><td>{}</td><td>{}</td><td class=\"id\">{}</td><td class=\"pre\">{}</td></tr>",
            e(&row.from),
            row.arrow,
            e(&row.to),
            e(&row.id),
            e(&row.kind),
            e(&row.direction),
            e(&row.activities),
            flagged(&row.level_from, row.mismatch),
            flagged(&row.level_to, row.mismatch),
            e(&row.evidence),
            e(&row.note),
        );
    }
    out.push_str("</tbody>\n</table>\n");
}

fn levels(project: &Project, lang: Lang, out: &mut String) {
    let t = |msg: Msg| msg.get(lang);
    let rows = level_rows(project, lang);
    if rows.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "<h3>{}</h3>\n<p class=\"muted\">{}</p>\n<table>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
        e(t(Msg::ExportLevelsHeading)),
        e(t(Msg::ExportLevelsNote)),
        e(t(Msg::Pair)),
        e(&Msg::AsSeenBy.fill(lang, &[&"A"])),
        e(&Msg::AsSeenBy.fill(lang, &[&"B"])),
        e(t(Msg::EvidenceHeader)),
        e(t(Msg::LevelReasoning)),
    );
    for row in rows {
        let _ = writeln!(
            out,
            "<tr><td>A: {}<br>B: {}</td><td>{}</td><td>{}</td><td class=\"id\">{}</td><td class=\"pre\">{}</td></tr>",
            e(&row.a),
            e(&row.b),
            flagged(&row.level_a, row.mismatch),
            flagged(&row.level_b, row.mismatch),
            e(&row.evidence),
            e(&row.reasoning),
        );
    }
    out.push_str("</tbody>\n</table>\n");
}
