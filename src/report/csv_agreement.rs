//! Agreement between assessments as two CSV tables: per indicator the two
//! scores of every pair the project marks for comparison, and per pair each
//! statistic with its interval and band. Keys, not words, code the statistics
//! and bands (`kappa_linear`, `substantial`), as in the other tables.

use super::csv_table::{CsvSeparator, table, text_cell};
use crate::analysis::agreement::ItemStatus;
use crate::analysis::{AgreementReport, marked_comparisons};
use crate::model::{Lang, Project};

/// The per-indicator table.
pub(super) const ROWS_FILE: &str = "agreement.csv";
/// The statistics table.
pub(super) const STATISTICS_FILE: &str = "agreement_statistics.csv";

/// Both tables, as (file name, content).
pub(super) fn agreement_tables(
    project: &Project,
    lang: Lang,
    separator: CsvSeparator,
) -> [(&'static str, String); 2] {
    let reports = marked_comparisons(project);
    [
        (ROWS_FILE, rows(&reports, lang, separator)),
        (STATISTICS_FILE, statistics(&reports, separator)),
    ]
}

fn status_key(status: ItemStatus) -> &'static str {
    match status {
        ItemStatus::Used => "used",
        ItemStatus::Snapped(_) => "snapped",
        ItemStatus::Unscored(_) => "unscored",
        ItemStatus::OffScale(_) => "off_scale",
    }
}

fn rows(reports: &[AgreementReport], lang: Lang, separator: CsvSeparator) -> String {
    let score = |value: Option<f64>| value.map_or(String::new(), |v| separator.number(v));
    let rows: Vec<Vec<String>> = reports
        .iter()
        .flat_map(|report| {
            report.rows.iter().map(move |row| {
                vec![
                    text_cell(report.first.as_str()),
                    text_cell(report.second.as_str()),
                    text_cell(row.indicator.as_str()),
                    text_cell(row.name.get(lang)),
                    score(row.first),
                    score(row.second),
                    score(row.difference),
                    status_key(row.status).to_owned(),
                ]
            })
        })
        .collect();
    table(
        &[
            "first_assessment",
            "second_assessment",
            "indicator",
            "indicator_name",
            "first_score",
            "second_score",
            "difference",
            "status",
        ],
        &rows,
        separator,
    )
}

fn statistics(reports: &[AgreementReport], separator: CsvSeparator) -> String {
    let number = |value: f64| separator.decimal(format!("{value:.6}"));
    let rows: Vec<Vec<String>> = reports
        .iter()
        .flat_map(|report| {
            report.statistics().into_iter().map(move |line| {
                let interval = line.interval.and_then(Result::ok);
                vec![
                    text_cell(report.first.as_str()),
                    text_cell(report.second.as_str()),
                    line.statistic.key().to_owned(),
                    line.value.map_or(String::new(), number),
                    interval.map_or(String::new(), |i| number(i.lower)),
                    interval.map_or(String::new(), |i| number(i.upper)),
                    interval.map_or(String::new(), |i| number(i.level)),
                    line.band.map_or("", |band| band.key()).to_owned(),
                    line.band.map_or("", |band| band.source()).to_owned(),
                    report.agreement.pairs_used.to_string(),
                    report.agreement.unstable.to_string(),
                ]
            })
        })
        .collect();
    table(
        &[
            "first_assessment",
            "second_assessment",
            "statistic",
            "value",
            "ci_lower",
            "ci_upper",
            "ci_level",
            "band",
            "band_source",
            "pairs_used",
            "unstable",
        ],
        &rows,
        separator,
    )
}
