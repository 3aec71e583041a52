//! The report's section on the second framework, when the project carries one:
//! what it is, its radar of the assessments scored against it (a chart shows
//! one framework at a time), and their scores per indicator with the
//! indicator's triangulation.

use crate::analysis::TriangulationIndex;
use crate::chart::svg::{LegendPosition, SvgOptions, radar_svg};
use crate::chart::xml::escape;
use crate::chart::{Radar, series_color};
use crate::i18n::{Msg, Named};
use crate::model::{FrameworkSlot, Lang, Project, format_score};
use std::fmt::Write as _;

/// The anchor the table of contents links to.
pub(super) const ANCHOR: &str = "second-framework";

/// Writes the section, when the project has a second framework.
pub(super) fn write_second_framework(
    out: &mut String,
    project: &Project,
    triangulation: &TriangulationIndex,
    lang: Lang,
    chart_size: (u32, u32),
) {
    let Some(framework) = &project.second_framework else {
        return;
    };
    let e = escape;
    let _ = writeln!(
        out,
        "<section id=\"{ANCHOR}\">\n<h2>{}</h2>\n<p><strong>{}</strong></p>",
        e(Msg::SecondFramework.get(lang)),
        e(framework.name.get(lang))
    );
    for text in [framework.citation.as_str(), framework.description.get(lang)] {
        if !text.trim().is_empty() {
            let _ = writeln!(out, "<p class=\"pre muted\">{}</p>", e(text.trim()));
        }
    }
    let assessments: Vec<_> = project.assessments_in(FrameworkSlot::Second).collect();
    if assessments.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"muted\">{}</p>\n</section>",
            e(Msg::NoAssessmentOfFramework.get(lang))
        );
        return;
    }
    let radar = Radar::build_for(project, FrameworkSlot::Second, &[], lang);
    let options = SvgOptions {
        width: chart_size.0,
        height: chart_size.1,
        title: framework.name.get(lang).to_owned(),
        subtitle: String::new(),
        legend: LegendPosition::Below,
        ..SvgOptions::for_project(project, lang)
    };
    out.push_str("<figure class=\"chart\">");
    out.push_str(&radar_svg(&radar, &options));
    let _ = write!(
        out,
        "</figure>\n<table>\n<thead><tr><th>#</th><th>{}</th>",
        e(Msg::Indicator.get(lang))
    );
    for assessment in &assessments {
        let _ = write!(
            out,
            "<th><span class=\"dot\" style=\"background:{}\"></span>{}</th>",
            series_color(project, &assessment.id),
            e(&assessment.label)
        );
    }
    let _ = writeln!(
        out,
        "<th>{}</th></tr></thead>\n<tbody>",
        e(Msg::Triangulation.get(lang))
    );
    for (i, indicator) in framework.indicators.iter().enumerate() {
        let _ = write!(
            out,
            "<tr><td class=\"num\">{}</td><td>{}</td>",
            i + 1,
            e(indicator.name.get(lang))
        );
        for assessment in &assessments {
            match assessment.value(&indicator.id) {
                Some(value) => {
                    let level = framework
                        .scale
                        .label_for(value)
                        .map_or("", |label| label.get(lang));
                    let _ = write!(
                        out,
                        "<td class=\"num\"><strong>{}</strong> {}</td>",
                        e(&format_score(value)),
                        e(level)
                    );
                }
                None => {
                    let _ = write!(
                        out,
                        "<td class=\"num muted\">{}</td>",
                        e(Msg::NotScored.get(lang))
                    );
                }
            }
        }
        let _ = writeln!(
            out,
            "<td>{}</td></tr>",
            e(triangulation.status(&indicator.id).name(lang))
        );
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
}
