//! The chapter's section on the second framework, when the project carries
//! one: which it is, with its reference, description and scale, the radar of
//! the assessments scored against it (a chart draws one framework at a time)
//! and their scores per indicator. Mirrors the HTML report's section.

use super::blocks::Span;
use super::build::Builder;
use super::indicators::{about_framework, chart_figure, summary_table};
use crate::i18n::Msg;
use crate::report::error::ExportError;

/// The section, when the project has a second framework.
pub(super) fn second_framework(b: &mut Builder<'_>) -> Result<(), ExportError> {
    let project = b.project;
    let lang = b.lang;
    let Some(framework) = &project.second_framework else {
        return Ok(());
    };
    let name = framework.name.get(lang);
    b.section(&Msg::DocSecondFrameworkHeading.fill(lang, &[&name]));
    about_framework(b, framework);
    let shown = b.second_assessments.clone();
    if shown.is_empty() {
        b.paragraph(vec![Span::italic(b.t(Msg::NoAssessmentOfFramework))]);
        return Ok(());
    }
    b.paragraph(vec![Span::plain(
        Msg::DocSecondChartIntro.fill(lang, &[&b.figure_ref(), &b.table_ref(1)]),
    )]);
    chart_figure(b, &shown, Msg::DocSecondChartCaption.fill(lang, &[&name]))?;
    summary_table(
        b,
        framework,
        &shown,
        Msg::DocSecondSummaryCaption.fill(lang, &[&name]),
    );
    Ok(())
}
