//! The chapter's account of the judgement: the framework with its reference,
//! description and scale, the radar chart as a figure, the scores at a glance,
//! each indicator with its scores, the rubric line of each, reasons,
//! triangulation and evidence table, the comparison of the assessments and the
//! evidence matrices.

use super::super::tables::{comparison_table, coverage_table, stance_table};
use super::build::Builder;
use crate::analysis::{
    CoverageMatrix, IndicatorFacts, LARGE_DIFFERENCE_STEPS, MatrixColumns, StanceMatrix,
    informant_as_cited, quoted_excerpt, score_text,
};
use crate::chart::Radar;
use crate::chart::png::svg_to_png;
use crate::chart::svg::{LegendPosition, SvgOptions, Theme, radar_svg};
use crate::i18n::{Msg, Named};
use crate::model::{Assessment, AssessmentId, Framework, Indicator, format_score};
use crate::report::error::ExportError;

/// The chart's size in pixels: 14 cm by 13 cm at 300 dpi.
pub const CHART_PIXELS: (u32, u32) = (1654, 1536);

/// Text and lines larger than on a slide, so labels print at about 9 pt.
const CHART_SCALE: f64 = 1.2;

/// The framework, the chart, the summary and one subsection per indicator.
pub(super) fn indicators(b: &mut Builder<'_>) -> Result<(), ExportError> {
    let project = b.project;
    let lang = b.lang;
    let framework = &project.framework;
    b.section(&Msg::DocIndicatorsHeading.fill(lang, &[&framework.name.get(lang)]));
    about_framework(b, framework);
    if !b.assessments.is_empty() {
        b.paragraph(vec![super::blocks::Span::plain(
            Msg::DocChartIntro.fill(lang, &[&b.figure_ref(), &b.table_ref(1)]),
        )]);
        let shown = b.assessments.clone();
        chart_figure(b, &shown, b.t(Msg::DocChartCaption).to_owned())?;
        summary_table(b, framework, &shown, b.t(Msg::DocSummaryCaption).to_owned());
    }
    for indicator in &framework.indicators {
        indicator_subsection(b, indicator);
    }
    Ok(())
}

/// Which framework, with its reference; what it is about; its scale.
pub(super) fn about_framework(b: &mut Builder<'_>, framework: &Framework) {
    use super::blocks::Span;
    let lang = b.lang;
    let citation = framework.citation.trim();
    let named = if citation.is_empty() {
        framework.name.get(lang).to_owned()
    } else {
        format!("{} ({citation})", framework.name.get(lang))
    };
    b.paragraph(vec![Span::plain(Msg::DocFramework.fill(lang, &[&named]))]);
    b.text(framework.description.get(lang));
    let levels: Vec<String> = framework
        .scale
        .levels
        .iter()
        .map(|l| format!("{} = {}", format_score(l.value), l.label.get(lang)))
        .collect();
    if !levels.is_empty() {
        b.paragraph(vec![Span::plain(
            Msg::DocScale.fill(lang, &[&levels.join(", ")]),
        )]);
    }
}

/// The radar of the assessments `shown` (all of one framework) as a figure.
pub(super) fn chart_figure(
    b: &mut Builder<'_>,
    shown: &[AssessmentId],
    caption: String,
) -> Result<(), ExportError> {
    let (width, height) = CHART_PIXELS;
    let radar = Radar::build(b.project, shown, b.lang);
    // No title inside the picture: the caption under it names the chart.
    let options = SvgOptions {
        width,
        height,
        scale: CHART_SCALE,
        legend: LegendPosition::Below,
        theme: Theme::Light,
        lang: b.lang,
        ..SvgOptions::default()
    };
    let png = svg_to_png(&radar_svg(&radar, &options), width, height)?;
    b.figure(caption, png, CHART_PIXELS);
    Ok(())
}

/// Each indicator of `framework` with the scores of the assessments `shown`
/// side by side, and its triangulation.
pub(super) fn summary_table(
    b: &mut Builder<'_>,
    framework: &Framework,
    shown: &[AssessmentId],
    caption: String,
) {
    let project = b.project;
    let lang = b.lang;
    let mut header = vec![b.t(Msg::Indicator).to_owned()];
    let shown: Vec<&Assessment> = shown
        .iter()
        .filter_map(|id| project.assessment(id))
        .collect();
    header.extend(shown.iter().map(|a| a.label.clone()));
    header.push(b.t(Msg::Triangulation).to_owned());
    let triangulation = b.index.triangulation();
    let rows = framework
        .indicators
        .iter()
        .map(|indicator| {
            let mut row = vec![indicator.name.get(lang).to_owned()];
            row.extend(shown.iter().map(|a| match a.value(&indicator.id) {
                Some(value) => {
                    score_text(value, framework.scale.label_for(value).map(|l| l.get(lang)))
                }
                None => b.t(Msg::NotScored).to_owned(),
            }));
            row.push(triangulation.status(&indicator.id).name(lang).to_owned());
            row
        })
        .collect();
    let mut widths = vec![5];
    widths.extend(shown.iter().map(|_| 3));
    widths.push(4);
    b.table(caption, header, rows, widths);
}

/// One indicator: definition, each score with its reasons, triangulation, and
/// the table of its evidence (the cited notes first).
fn indicator_subsection(b: &mut Builder<'_>, indicator: &Indicator) {
    use super::blocks::Span;
    let project = b.project;
    let lang = b.lang;
    b.subsection(indicator.name.get(lang));
    let index = b.index;
    let shown = b.assessments.clone();
    let Some(facts) = IndicatorFacts::gather(project, index, &indicator.id, &shown) else {
        return;
    };
    let definition = indicator.definition.get(lang).trim();
    if !definition.is_empty() {
        b.paragraph(vec![Span::italic(definition)]);
    }
    for score in &facts.scores {
        let value = score
            .score_text(lang)
            .unwrap_or_else(|| b.t(Msg::NotScored).to_owned());
        b.paragraph(vec![Span::bold(
            Msg::DocScoreLine.fill(lang, &[&score.assessment.label, &value]),
        )]);
        // What the level means for this indicator, when the framework says.
        if let Some(rubric) = score.score.and_then(|value| indicator.rubric_for(value)) {
            b.paragraph(vec![
                Span::bold(format!("{}: ", b.t(Msg::Rubric))),
                Span::italic(rubric.get(lang).trim()),
            ]);
        }
        b.text(score.rationale());
    }
    let counts = Msg::ExportNotesFromSources.fill(
        lang,
        &[
            &Msg::NotesCount.count(lang, facts.linked.len(), &[&facts.linked.len()]),
            &Msg::SourcesCount.count(lang, facts.source_count, &[&facts.source_count]),
        ],
    );
    b.paragraph(vec![Span::plain(
        Msg::DocTriangulationLine.fill(lang, &[&facts.triangulation.name(lang), &counts]),
    )]);
    let notes = facts.key_quotes(project, index, usize::MAX);
    if notes.is_empty() {
        b.paragraph(vec![Span::italic(b.t(Msg::DocNoEvidence))]);
        return;
    }
    b.paragraph(vec![Span::plain(
        Msg::DocEvidenceIntro.fill(lang, &[&b.table_ref(1)]),
    )]);
    let rows = notes
        .iter()
        .enumerate()
        .map(|(k, note)| {
            let source = index.source(project, &note.source);
            // The source's title, then its kind and date on a line of their own:
            // seven narrow columns would not fit a page's 14 cm.
            let cited = source.map_or_else(String::new, |s| {
                let kind = s.kind.name(lang);
                match s.date.trim() {
                    "" => format!("{}\n({kind})", s.title.trim()),
                    date => format!("{}\n({kind}, {date})", s.title.trim()),
                }
            });
            vec![
                (k + 1).to_string(),
                quoted_excerpt(&note.excerpt, source),
                cited,
                source.map(informant_as_cited).unwrap_or_default(),
                note.locator.trim().to_owned(),
            ]
        })
        .collect();
    let header = [
        Msg::DocColNumber,
        Msg::DocColQuote,
        Msg::DocColSourceKindDate,
        Msg::Informant,
        Msg::Locator,
    ]
    .iter()
    .map(|m| b.t(*m).to_owned())
    .collect();
    b.table(
        Msg::DocEvidenceCaption.fill(lang, &[&indicator.name.get(lang)]),
        header,
        rows,
        vec![11, 52, 33, 30, 14],
    );
}

/// The assessments compared, when there are at least two, unless they are
/// one pair the project marks for comparison: the agreement section then
/// shows the same table with the statistics under it.
pub(super) fn comparison(b: &mut Builder<'_>) {
    let project = b.project;
    let lang = b.lang;
    let is_marked_pair = |ids: &[AssessmentId]| {
        b.agreements.iter().any(|report| {
            ids.len() == 2 && ids.contains(&report.first) && ids.contains(&report.second)
        })
    };
    if is_marked_pair(&b.assessments) {
        return;
    }
    let Some(table) = comparison_table(project, &b.assessments, lang) else {
        return;
    };
    let compared = table.header.len() - 2;
    b.section(b.t(Msg::DocComparisonHeading));
    b.paragraph(vec![super::blocks::Span::plain(
        Msg::DocComparisonIntro.fill(
            lang,
            &[
                &b.table_ref(1),
                &compared,
                &format_score(LARGE_DIFFERENCE_STEPS),
            ],
        ),
    )]);
    let mut widths = vec![6];
    widths.extend((0..=compared).map(|_| 3));
    b.table(
        b.t(Msg::DocComparisonCaption).to_owned(),
        table.header,
        table.rows,
        widths,
    );
}

/// Indicators by sector (notes supporting / challenging) and by kind of source.
pub(super) fn matrices(b: &mut Builder<'_>) {
    let project = b.project;
    let lang = b.lang;
    if project.evidence.is_empty() {
        return;
    }
    b.section(b.t(Msg::DocMatricesHeading));
    b.paragraph(vec![super::blocks::Span::plain(
        Msg::DocMatricesIntro.fill(lang, &[&b.table_ref(1), &b.table_ref(2)]),
    )]);
    let stance = stance_table(
        project,
        &StanceMatrix::build(project, MatrixColumns::Sector),
        lang,
    );
    let mut widths = vec![5];
    widths.extend((1..stance.header.len()).map(|_| 2));
    b.table(
        b.t(Msg::DocStanceMatrixCaption).to_owned(),
        stance.header,
        stance.rows,
        widths,
    );
    let coverage = coverage_table(project, &CoverageMatrix::build(project), lang);
    let mut widths = vec![5];
    widths.extend((1..coverage.header.len()).map(|_| 2));
    b.table(
        b.t(Msg::DocCoverageMatrixCaption).to_owned(),
        coverage.header,
        coverage.rows,
        widths,
    );
}
