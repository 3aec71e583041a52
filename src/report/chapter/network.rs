//! The chapter's section on the actor network: the form the researcher
//! recorded and its lead actor, then (when there are relations) the diagram as
//! a figure drawn from the shared network geometry at 300 dpi, the relations
//! with each side's level of collaboration and the mismatches, and the
//! measures: density and centralisation, each actor's degree and betweenness.

use super::blocks::Span;
use super::build::Builder;
use crate::analysis::{NetworkFilter, NetworkStats, format_measure, relation_rows};
use crate::chart::network::layout::positions;
use crate::chart::png::svg_to_png;
use crate::chart::svg::{LegendPosition, SvgOptions, Theme, network_svg};
use crate::i18n::{Msg, Named};
use crate::report::error::ExportError;

/// The diagram's size in pixels: 14 cm by 15 cm at 300 dpi, the legend under it.
pub const NETWORK_PIXELS: (u32, u32) = (1654, 1772);

/// Names and lines larger than on a slide, so they print at about 8 pt, like
/// the radar's labels.
const NETWORK_SCALE: f64 = 1.2;

/// The network form, the lead actor, the notes, and the diagram, relations and
/// measures when relations are recorded.
pub(super) fn network(b: &mut Builder<'_>) -> Result<(), ExportError> {
    let project = b.project;
    let lang = b.lang;
    let network = &project.network;
    b.section(b.t(Msg::DocNetworkHeading));
    let sentence = match network.form {
        Some(form) => Msg::DocNetworkForm.fill(lang, &[&form.name(lang)]),
        None => b.t(Msg::DocNetworkUndecided).to_owned(),
    };
    b.paragraph(vec![Span::plain(sentence)]);
    if let Some(lead) = network.lead.as_ref().and_then(|id| project.actor(id)) {
        b.paragraph(vec![Span::plain(
            Msg::DocLeadActor.fill(lang, &[&lead.display_name()]),
        )]);
    }
    b.text(&network.notes);
    if project.relations.is_empty() {
        return Ok(());
    }
    let stats = NetworkStats::of(project, &NetworkFilter::default());
    let tied = stats.actors.iter().filter(|a| a.degree > 0).count();
    let count = project.relations.len();
    b.paragraph(vec![Span::plain(Msg::DocNetworkIntro.count(
        lang,
        count,
        &[&count, &tied, &b.figure_ref(), &b.table_ref(1)],
    ))]);
    diagram(b)?;
    relations(b);
    measures(b, &stats);
    Ok(())
}

/// The diagram with its legend under it; no title inside the picture, the
/// caption under it names it.
fn diagram(b: &mut Builder<'_>) -> Result<(), ExportError> {
    let (width, height) = NETWORK_PIXELS;
    let options = SvgOptions {
        width,
        height,
        scale: NETWORK_SCALE,
        legend: LegendPosition::Below,
        theme: Theme::Light,
        lang: b.lang,
        ..SvgOptions::default()
    };
    let svg = network_svg(
        b.project,
        &NetworkFilter::default(),
        &positions(b.project),
        &options,
    );
    let png = svg_to_png(&svg, width, height)?;
    b.figure(b.t(Msg::DocNetworkCaption).to_owned(), png, NETWORK_PIXELS);
    Ok(())
}

/// One row per relation: the pair (its arrow one way or mutual), its kind and
/// direction, each side's level of collaboration, how many levels apart the
/// two are, and the evidence.
fn relations(b: &mut Builder<'_>) {
    let lang = b.lang;
    let rows: Vec<_> = relation_rows(b.project, lang);
    let mismatched = rows.iter().filter(|r| r.mismatch.is_some()).count();
    let table = rows
        .into_iter()
        .map(|row| {
            // How far apart the two views are: 0 when they agree, a dash
            // when a side's view is not recorded.
            let apart = match row.mismatch {
                Some(gap) => gap.to_string(),
                None if !row.level_from.is_empty() && !row.level_to.is_empty() => "0".to_owned(),
                None => "–".to_owned(),
            };
            let or_dash = |text: String| {
                if text.is_empty() {
                    "–".to_owned()
                } else {
                    text
                }
            };
            vec![
                format!("{} {} {}", row.from, row.arrow, row.to),
                format!("{} ({})", row.kind, row.direction),
                or_dash(row.level_from),
                or_dash(row.level_to),
                apart,
                or_dash(row.evidence),
            ]
        })
        .collect();
    let header = [
        Msg::DocColActors,
        Msg::DocColKindDirection,
        Msg::DocColLevelFrom,
        Msg::DocColLevelTo,
        Msg::DocColMismatch,
        Msg::EvidenceHeader,
    ]
    .iter()
    .map(|m| b.t(*m).to_owned())
    .collect();
    b.table(
        b.t(Msg::DocRelationsCaption).to_owned(),
        header,
        table,
        // The level columns fit "3 · Coordination" on one line at 10 pt.
        vec![19, 18, 17, 17, 10, 19],
    );
    if mismatched > 0 {
        b.paragraph(vec![Span::plain(Msg::DocMismatchCount.count(
            lang,
            mismatched,
            &[&mismatched],
        ))]);
    }
}

/// Density and centralisation in a sentence, what the measures mean, and each
/// actor's degree and betweenness, the most between first.
fn measures(b: &mut Builder<'_>, stats: &NetworkStats) {
    let project = b.project;
    let lang = b.lang;
    b.paragraph(vec![Span::plain(Msg::DocNetworkMeasures.fill(
        lang,
        &[
            &format_measure(stats.density),
            &format_measure(stats.degree_centralisation),
            &format_measure(stats.betweenness_centralisation),
            &b.table_ref(1),
        ],
    ))]);
    b.paragraph(vec![Span::italic(b.t(Msg::DocMeasuresHelp))]);
    let mut ranked: Vec<_> = stats.actors.iter().collect();
    ranked.sort_by(|x, y| {
        y.betweenness
            .total_cmp(&x.betweenness)
            .then(y.degree.cmp(&x.degree))
    });
    let rows = ranked
        .into_iter()
        .filter_map(|measures| {
            let actor = project.actor(&measures.actor)?;
            Some(vec![
                actor.display_name().to_owned(),
                actor.sector.name(lang).to_owned(),
                measures.degree.to_string(),
                measures.relations.to_string(),
                format_measure(measures.betweenness),
            ])
        })
        .collect();
    let header = [
        Msg::Actor,
        Msg::Sector,
        Msg::Degree,
        Msg::Relations,
        Msg::Betweenness,
    ]
    .iter()
    .map(|m| b.t(*m).to_owned())
    .collect();
    b.table(
        b.t(Msg::DocMeasuresCaption).to_owned(),
        header,
        rows,
        vec![6, 4, 3, 3, 3],
    );
}
