//! The chapter's section on agreement between assessments: for every pair the
//! project marks (an assessment and the one that scores it again), both
//! scores per indicator (the comparison table every view shows), then each
//! statistic with its name, value, confidence interval and interpretation
//! band, the caution about how few pairs they rest on, and the works the
//! formulas and bands come from. Mirrors the HTML report's section.

use super::blocks::Span;
use super::build::Builder;
use crate::analysis::agreement::DEFAULT_RESAMPLES;
use crate::analysis::{
    AgreementReport, LARGE_DIFFERENCE_STEPS, REFERENCES, confidence_percent, describe_unavailable,
    format_interval,
};
use crate::i18n::Msg;
use crate::model::format_score;
use crate::report::tables::agreement_scores_table;

/// The section, when the chapter's assessments include a marked pair.
pub(super) fn agreement(b: &mut Builder<'_>) {
    if b.agreements.is_empty() {
        return;
    }
    let lang = b.lang;
    b.section(b.t(Msg::DocAgreementHeading));
    b.paragraph(vec![Span::plain(b.t(Msg::ExportAgreementIntro))]);
    let reports = std::mem::take(&mut b.agreements);
    for report in &reports {
        if reports.len() > 1 {
            b.subsection(
                &Msg::AgreementPairTitle.fill(lang, &[&report.second_label, &report.first_label]),
            );
        }
        pair(b, report);
    }
    b.agreements = reports;
    b.paragraph(vec![Span::italic(
        Msg::AgreementMethodNote.fill(lang, &[&DEFAULT_RESAMPLES]),
    )]);
    b.paragraph(vec![Span::bold(b.t(Msg::References))]);
    for reference in REFERENCES {
        b.paragraph(vec![Span::plain(reference)]);
    }
}

/// One pair: its scores table, its statistics table and the caution.
fn pair(b: &mut Builder<'_>, report: &AgreementReport) {
    let lang = b.lang;
    let labels: [&dyn std::fmt::Display; 2] = [&report.first_label, &report.second_label];
    b.paragraph(vec![Span::plain(Msg::DocAgreementPairIntro.fill(
        lang,
        &[
            &b.table_ref(1),
            &b.table_ref(2),
            &format_score(LARGE_DIFFERENCE_STEPS),
        ],
    ))]);
    if let Some(table) = agreement_scores_table(b.project, report, lang) {
        b.table(
            Msg::DocAgreementScoresCaption.fill(lang, &labels),
            table.header,
            table.rows,
            vec![6, 3, 3, 3],
        );
    }
    let header = vec![
        b.t(Msg::Statistic).to_owned(),
        b.t(Msg::Value).to_owned(),
        Msg::ConfidenceInterval.fill(lang, &[&confidence_percent()]),
        b.t(Msg::BandHeading).to_owned(),
    ];
    let rows = report
        .statistics()
        .into_iter()
        .map(|line| {
            let value = match line.value {
                Ok(value) => line.statistic.format(value),
                Err(reason) => describe_unavailable(reason, lang),
            };
            let interval = match line.interval {
                Some(Ok(interval)) => format_interval(line.statistic, &interval),
                Some(Err(reason)) => describe_unavailable(reason, lang),
                None => String::new(),
            };
            let band = line.band.map_or_else(String::new, |band| {
                format!("{} ({})", band.name(lang), band.source())
            });
            vec![line.statistic.name(lang).to_owned(), value, interval, band]
        })
        .collect();
    b.table(
        Msg::DocAgreementStatisticsCaption.fill(lang, &labels),
        header,
        rows,
        vec![6, 3, 4, 5],
    );
    b.paragraph(vec![Span::bold(report.caution(lang))]);
}
