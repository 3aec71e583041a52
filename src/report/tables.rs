//! The comparison of assessments (and of an agreement pair) and the evidence
//! matrices as plain tables of text: the same rows in the Word chapter, the HTML
//! report, the CSV files and the clipboard (tab-separated, so they paste into
//! Word and Excel as tables).

use crate::analysis::agreement::ItemStatus;
use crate::analysis::{
    AgreementReport, Comparison, CoverageMatrix, StanceColumn, StanceMatrix, difference_text,
};
use crate::chart::xml::escape;
use crate::i18n::{Msg, Named};
use crate::model::{AssessmentId, Lang, Project, Stance, format_score};
use std::fmt::Write as _;

/// A table as text: a header row and body rows of the same length.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlainTable {
    /// The column headings.
    pub header: Vec<String>,
    /// The rows.
    pub rows: Vec<Vec<String>>,
}

impl PlainTable {
    /// The table as tab-separated lines: what Word and spreadsheets paste as
    /// a table. Tabs and line breaks inside a cell become spaces.
    pub fn tab_separated(&self) -> String {
        let line = |cells: &[String]| {
            cells
                .iter()
                .map(|c| c.replace(['\t', '\n', '\r'], " "))
                .collect::<Vec<_>>()
                .join("\t")
        };
        let mut out = line(&self.header);
        for row in &self.rows {
            out.push('\n');
            out.push_str(&line(row));
        }
        out.push('\n');
        out
    }

    /// The table as an HTML `<table>` with escaped text cells, appended to `out`.
    pub(crate) fn write_html(&self, out: &mut String) {
        out.push_str("<table>\n<thead><tr>");
        for heading in &self.header {
            let _ = write!(out, "<th>{}</th>", escape(heading));
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        for row in &self.rows {
            out.push_str("<tr>");
            for cell in row {
                let _ = write!(out, "<td>{}</td>", escape(cell));
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody>\n</table>\n");
    }
}

/// An agreement pair's two scores per indicator: the comparison table of the
/// two assessments, with "off the scale" as the difference where a score lies
/// off the scale (shown, but left out of the statistics).
pub fn agreement_scores_table(
    project: &Project,
    report: &AgreementReport,
    lang: Lang,
) -> Option<PlainTable> {
    let ids = [report.first.clone(), report.second.clone()];
    let mut table = comparison_table(project, &ids, lang)?;
    for (row, compared) in table.rows.iter_mut().zip(&report.rows) {
        if let (ItemStatus::OffScale(_), Some(difference)) = (compared.status, row.last_mut()) {
            Msg::OffScale.get(lang).clone_into(difference);
        }
    }
    Some(table)
}

/// The assessments `ids` side by side per indicator, with the difference (or
/// spread) and large ones marked; `None` with fewer than two assessments.
pub fn comparison_table(project: &Project, ids: &[AssessmentId], lang: Lang) -> Option<PlainTable> {
    let comparison = Comparison::of(project, ids)?;
    let mut header = vec![Msg::Indicator.get(lang).to_owned()];
    header.extend(comparison.assessments.iter().map(|a| a.label.clone()));
    header.push(
        if comparison.is_pair() {
            Msg::DocColDifference
        } else {
            Msg::DocColSpread
        }
        .get(lang)
        .to_owned(),
    );
    let rows = comparison
        .rows
        .iter()
        .map(|row| {
            let mut cells = vec![row.indicator.name.get(lang).to_owned()];
            cells.extend(
                row.scores
                    .iter()
                    .map(|s| s.map_or_else(|| "–".to_owned(), format_score)),
            );
            let difference = row.difference.map_or_else(
                || "–".to_owned(),
                |d| difference_text(d, comparison.is_pair()),
            );
            cells.push(if row.large {
                format!("{difference} ({})", Msg::DocLarge.get(lang))
            } else {
                difference
            });
            cells
        })
        .collect();
    Some(PlainTable { header, rows })
}

/// Indicators by sector or actor, each cell "supports / challenges".
pub fn stance_table(project: &Project, matrix: &StanceMatrix, lang: Lang) -> PlainTable {
    let mut header = vec![Msg::Indicator.get(lang).to_owned()];
    header.extend(matrix.columns.iter().map(|c| column_name(project, c, lang)));
    let rows = matrix
        .indicators
        .iter()
        .enumerate()
        .map(|(row, id)| {
            let mut cells = vec![indicator_name(project, id, lang)];
            cells.extend((0..matrix.columns.len()).map(|column| {
                matrix.cell(row, column).map_or_else(String::new, |cell| {
                    format!(
                        "{} / {}",
                        cell.count(Stance::Supports),
                        cell.count(Stance::Challenges)
                    )
                })
            }));
            cells
        })
        .collect();
    PlainTable { header, rows }
}

/// Indicators by kind of source, each cell the number of notes.
pub fn coverage_table(project: &Project, matrix: &CoverageMatrix, lang: Lang) -> PlainTable {
    let mut header = vec![Msg::Indicator.get(lang).to_owned()];
    header.extend(matrix.kinds.iter().map(|k| k.name(lang).to_owned()));
    let rows = matrix
        .indicators
        .iter()
        .enumerate()
        .map(|(row, id)| {
            let mut cells = vec![indicator_name(project, id, lang)];
            cells.extend((0..matrix.kinds.len()).map(|column| {
                matrix
                    .cell(row, column)
                    .map_or(0, |c| c.notes.len())
                    .to_string()
            }));
            cells
        })
        .collect();
    PlainTable { header, rows }
}

/// A stance matrix column's heading: the sector, or the actor's short name.
pub fn column_name(project: &Project, column: &StanceColumn, lang: Lang) -> String {
    match column {
        StanceColumn::Sector(sector) => sector.name(lang).to_owned(),
        StanceColumn::Actor(id) => project
            .actor(id)
            .map_or_else(|| id.to_string(), |a| a.display_name().to_owned()),
    }
}

fn indicator_name(project: &Project, id: &crate::model::IndicatorId, lang: Lang) -> String {
    project
        .framework
        .indicator(id)
        .map_or_else(|| id.to_string(), |i| i.name.get(lang).to_owned())
}

#[cfg(test)]
mod tests {
    use super::PlainTable;

    #[test]
    fn tab_separated_text_keeps_one_line_per_row() {
        let table = PlainTable {
            header: vec!["A".into(), "B".into()],
            rows: vec![vec!["x\ty".into(), "two\nlines".into()]],
        };
        assert_eq!(table.tab_separated(), "A\tB\nx y\ttwo lines\n");
    }
}
