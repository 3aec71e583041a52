//! The report's section on agreement between assessments: for every pair the
//! project marks (an assessment and the one that scores it again), the two
//! scores per indicator, then each statistic with its value, interval,
//! interpretation band and formula, the caution about few pairs, and the works
//! the formulas and bands come from.

use super::tables::agreement_scores_table;
use crate::analysis::agreement::DEFAULT_RESAMPLES;
use crate::analysis::{
    AgreementReport, REFERENCES, confidence_percent, describe_unavailable, format_interval,
};
use crate::chart::xml::escape;
use crate::i18n::Msg;
use crate::model::{Lang, Project};
use std::fmt::Write as _;

/// The anchor the table of contents links to.
pub(super) const ANCHOR: &str = "agreement";

/// Writes the section, when there is anything to compare.
pub(super) fn write_agreement(
    out: &mut String,
    project: &Project,
    reports: &[AgreementReport],
    lang: Lang,
) {
    if reports.is_empty() {
        return;
    }
    let e = escape;
    let _ = writeln!(
        out,
        "<section id=\"{ANCHOR}\">\n<h2>{}</h2>\n<p class=\"muted\">{}</p>",
        e(Msg::ExportAgreementTitle.get(lang)),
        e(Msg::ExportAgreementIntro.get(lang))
    );
    for report in reports {
        pair(out, project, report, lang);
    }
    let _ = writeln!(
        out,
        "<p class=\"muted\">{}</p>\n<h5>{}</h5>\n<ul>",
        e(&Msg::AgreementMethodNote.fill(lang, &[&DEFAULT_RESAMPLES])),
        e(Msg::References.get(lang))
    );
    for reference in REFERENCES {
        let _ = writeln!(out, "<li>{}</li>", e(reference));
    }
    out.push_str("</ul>\n</section>\n");
}

fn pair(out: &mut String, project: &Project, report: &AgreementReport, lang: Lang) {
    let e = escape;
    let _ = writeln!(
        out,
        "<h3>{}</h3>",
        e(&Msg::AgreementPairTitle.fill(lang, &[&report.second_label, &report.first_label])),
    );
    // The same rows as the comparison beside the chart and in the Word chapter.
    if let Some(table) = agreement_scores_table(project, report, lang) {
        table.write_html(out);
    }
    let _ = writeln!(
        out,
        "<table>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
        e(Msg::Statistic.get(lang)),
        e(Msg::Value.get(lang)),
        e(&Msg::ConfidenceInterval.fill(lang, &[&confidence_percent()])),
        e(Msg::BandHeading.get(lang)),
        e(Msg::Formula.get(lang)),
    );
    for line in report.statistics() {
        let value = match line.value {
            Ok(value) => format!("<strong>{}</strong>", e(&line.statistic.format(value))),
            Err(reason) => format!(
                "<span class=\"muted\">{}</span>",
                e(&describe_unavailable(reason, lang))
            ),
        };
        let interval = match line.interval {
            Some(Ok(interval)) => e(&format_interval(line.statistic, &interval)),
            Some(Err(reason)) => format!(
                "<span class=\"muted\">{}</span>",
                e(&describe_unavailable(reason, lang))
            ),
            None => String::new(),
        };
        let band = line.band.map_or(String::new(), |band| {
            format!(
                "{} <span class=\"muted\">· {}</span>",
                e(band.name(lang)),
                e(band.source())
            )
        });
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td class=\"num\">{value}</td><td class=\"num\">{interval}</td><td>{band}</td><td class=\"formula\">{}</td></tr>",
            e(line.statistic.name(lang)),
            e(line.statistic.formula())
        );
    }
    let _ = writeln!(
        out,
        "</tbody>\n</table>\n<p class=\"caution\">{}</p>",
        e(&report.caution(lang))
    );
}
