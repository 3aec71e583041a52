//! The HTML report: one self-contained file (inline CSS, the chart as inline
//! SVG, no scripts, no external files) that reads on screen and prints on A4.
//! Every text taken from the project is escaped.

use super::error::ExportError;
use super::file::write_file;
use super::tables::{comparison_table, coverage_table, stance_table};
use crate::analysis::{
    AgreementReport, CoverageMatrix, EvidenceIndex, IndicatorFacts, MatrixColumns, ScoreFacts,
    StanceMatrix, context_around, informant_as_cited, marked_comparisons,
};
use crate::chart::svg::{LegendPosition, SvgOptions, radar_svg};
use crate::chart::xml::escape;
use crate::chart::{Radar, series_color};
use crate::i18n::{Msg, Named};
use crate::model::format_score;
use crate::model::{
    ActorId, Assessment, AssessmentId, EvidenceNote, FindingKind, FrameworkSlot, Indicator,
    IndicatorId, Lang, Project,
};
use std::fmt::Write as _;
use std::path::Path;

/// The chart's size inside the report, its legend under the radar: on A4 the
/// radar is about 9 cm across and its labels about 8.5 pt.
const CHART_WIDTH: u32 = 1500;
const CHART_HEIGHT: u32 = 1150;

const CSS: &str = r"
:root { --text: #1a1a1a; --muted: #5c5c5c; --rule: #d6d6d6; --soft: #f4f5f7; --accent: #0072b2; }
* { box-sizing: border-box; }
html { font-family: 'DejaVu Sans', Verdana, 'Bitstream Vera Sans', sans-serif; font-size: 15px; line-height: 1.5; color: var(--text); background: #fff; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { max-width: 64rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: .2rem 0 1rem; }
h2 { font-size: 1.3rem; margin: 2.4rem 0 .8rem; padding-bottom: .2rem; border-bottom: 2px solid var(--text); break-after: avoid; page-break-after: avoid; }
h3 { font-size: 1.1rem; margin: 1.3rem 0 .4rem; break-after: avoid; page-break-after: avoid; }
h4 { font-size: 1rem; margin: .9rem 0 .25rem; break-after: avoid; page-break-after: avoid; }
h5 { font-size: .78rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); margin: .8rem 0 .3rem; break-after: avoid; page-break-after: avoid; }
p { margin: .3rem 0; }
.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: .8rem; color: var(--muted); margin: 0; }
.pre { white-space: pre-line; }
.muted { color: var(--muted); }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1.2rem; margin: 0 0 1rem; }
dl.meta dt { font-weight: bold; color: var(--muted); }
dl.meta dd { margin: 0; }
nav.toc ol { columns: 2; margin: .3rem 0; padding-left: 1.4rem; }
nav.toc a { color: inherit; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .9rem; }
th, td { border: 1px solid var(--rule); padding: .3rem .5rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
th { background: var(--soft); }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
/* A heading stays with what follows it, and no row stands alone at the top or
   bottom of a page: the first row stays with the second, the last with the one before. */
h2 + *, h3 + *, h4 + *, h5 + * { break-before: avoid; page-break-before: avoid; }
tbody tr:first-child { break-after: avoid; page-break-after: avoid; }
tbody tr:last-child { break-before: avoid; page-break-before: avoid; }
p, li, blockquote { orphans: 3; widows: 3; }
td.num { text-align: center; white-space: nowrap; }
td.nowrap { white-space: nowrap; }
td.formula { font-family: 'DejaVu Sans Mono', monospace; font-size: .78rem; }
.caution { border-left: 4px solid #b34700; padding: .2rem .6rem; background: #fff6ec; }
figure.chart { margin: .5rem 0 1rem; break-inside: avoid; page-break-inside: avoid; }
figure.chart svg { display: block; width: 100%; height: auto; border: 1px solid var(--rule); }
.dot { display: inline-block; width: .75em; height: .75em; border-radius: 50%; margin-right: .4em; vertical-align: -.05em; border: 1px solid rgba(0,0,0,.25); }
.indicator { border-top: 1px solid var(--rule); margin-top: 1.4rem; break-inside: avoid; page-break-inside: avoid; }
.score { margin: .6rem 0 .2rem; padding-left: .8rem; border-left: 4px solid var(--series, var(--accent)); }
.score .value { font-size: 1.05rem; }
.quotes { list-style: none; margin: .2rem 0 .6rem; padding: 0; }
.quote { margin: 0 0 .6rem; break-inside: avoid; page-break-inside: avoid; }
.quote blockquote { margin: 0; padding: .3rem .7rem; background: var(--soft); border-left: 3px solid var(--rule); white-space: pre-line; }
.quote .interpretation { font-size: .88rem; margin: .15rem 0 0 .7rem; }
.quote .source { font-size: .82rem; color: var(--muted); margin: .15rem 0 0 .7rem; }
.quote .context { font-size: .82rem; color: var(--muted); margin: .15rem 0 0 .7rem; }
.quote .context mark { background: #fff1b8; color: var(--text); }
.tag { display: inline-block; font-size: .72rem; font-weight: bold; padding: 0 .35rem; border-radius: .25rem; border: 1px solid currentColor; margin-right: .3rem; }
.supports { color: #00734d; } .challenges { color: #b34700; } .context { color: var(--muted); }
.id { font-family: 'DejaVu Sans Mono', monospace; font-size: .78rem; color: var(--muted); }
.finding { margin-bottom: 1rem; break-inside: avoid; page-break-inside: avoid; }
footer { margin-top: 3rem; font-size: .8rem; color: var(--muted); border-top: 1px solid var(--rule); padding-top: .5rem; }
@page { size: A4; margin: 18mm; }
@media print {
  html { font-size: 10pt; }
  body { max-width: none; margin: 0; padding: 0; }
  nav.toc { display: none; }
  a { color: inherit; text-decoration: none; }
  h2 { margin-top: 1.6rem; }
  figure.chart svg { border: none; }
}
";

/// The whole report in `lang`, as one HTML document.
pub fn report_html(project: &Project, lang: Lang) -> String {
    let report = Report {
        project,
        lang,
        index: EvidenceIndex::build(project),
        comparisons: marked_comparisons(project),
    };
    report.render()
}

struct Report<'p> {
    project: &'p Project,
    lang: Lang,
    index: EvidenceIndex,
    /// The pairs of assessments compared for agreement.
    comparisons: Vec<AgreementReport>,
}

/// Escapes `text`.
fn e(text: &str) -> String {
    escape(text)
}

impl Report<'_> {
    fn t(&self, msg: Msg) -> &'static str {
        msg.get(self.lang)
    }

    fn render(&self) -> String {
        let mut out = String::with_capacity(64 * 1024);
        let study = &self.project.study;
        let title = if study.title.trim().is_empty() {
            self.t(Msg::Untitled)
        } else {
            study.title.as_str()
        };
        let _ = write!(
            out,
            "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"Sinergi {}\">\n<title>{} — {}</title>\n<style>{CSS}</style>\n</head>\n<body>\n",
            self.lang.code(),
            env!("CARGO_PKG_VERSION"),
            e(title),
            e(self.t(Msg::ExportReportKind)),
        );
        let _ = writeln!(
            out,
            "<header>\n<p class=\"kicker\">{}</p>\n<h1>{}</h1>",
            e(self.t(Msg::ExportReportKind)),
            e(title)
        );
        self.metadata(&mut out);
        out.push_str("</header>\n");
        self.contents(&mut out);
        self.chart(&mut out);
        self.score_summary(&mut out);
        super::html_agreement::write_agreement(
            &mut out,
            self.project,
            &self.comparisons,
            self.lang,
        );
        self.network(&mut out);
        self.actors(&mut out);
        self.activities(&mut out);
        self.indicators(&mut out);
        super::html_lens::write_second_framework(
            &mut out,
            self.project,
            self.index.triangulation(),
            self.lang,
            (CHART_WIDTH, CHART_HEIGHT),
        );
        self.comparison(&mut out);
        self.matrices(&mut out);
        for kind in FindingKind::ALL {
            self.findings(&mut out, kind);
        }
        self.sources(&mut out);
        let _ = writeln!(
            out,
            "<footer>{}</footer>\n</body>\n</html>",
            e(&Msg::ExportMadeWith.fill(self.lang, &[&env!("CARGO_PKG_VERSION")]))
        );
        out
    }

    fn metadata(&self, out: &mut String) {
        let study = &self.project.study;
        let framework = &self.project.framework;
        let scale = &framework.scale;
        let levels: Vec<String> = scale
            .levels
            .iter()
            .map(|level| {
                format!(
                    "{} = {}",
                    format_score(level.value),
                    level.label.get(self.lang)
                )
            })
            .collect();
        let scale_text = format!(
            "{}–{}{}",
            format_score(scale.min),
            format_score(scale.max),
            if levels.is_empty() {
                String::new()
            } else {
                format!(" ({})", levels.join("; "))
            }
        );
        let framework_text = if framework.citation.trim().is_empty() {
            framework.name.get(self.lang).to_owned()
        } else {
            format!("{} — {}", framework.name.get(self.lang), framework.citation)
        };
        let rows = [
            (Msg::Case, study.case.clone()),
            (Msg::Location, study.location.clone()),
            (Msg::ExportResearchers, study.researchers.join(", ")),
            (Msg::Institution, study.institution.clone()),
            (Msg::Period, study.period.clone()),
            (
                Msg::StudyLanguage,
                study.language.name(self.lang).to_owned(),
            ),
            (Msg::ExportFramework, framework_text),
            (
                Msg::AboutFramework,
                framework.description.get(self.lang).to_owned(),
            ),
            (Msg::ExportScale, scale_text),
            (Msg::MethodNotes, study.method_notes.clone()),
        ];
        out.push_str("<dl class=\"meta\">\n");
        for (label, value) in rows {
            if !value.trim().is_empty() {
                let _ = writeln!(
                    out,
                    "<dt>{}</dt><dd class=\"pre\">{}</dd>",
                    e(self.t(label)),
                    e(value.trim())
                );
            }
        }
        out.push_str("</dl>\n");
    }

    fn contents(&self, out: &mut String) {
        let agreement = (!self.comparisons.is_empty()).then_some((
            super::html_agreement::ANCHOR,
            self.t(Msg::ExportAgreementTitle),
        ));
        // Sections with nothing to show are left out, and so are their entries.
        let comparison = self
            .compared()
            .map(|_| ("comparison", self.t(Msg::DocComparisonHeading)));
        let matrices = (!self.project.evidence.is_empty())
            .then(|| ("matrices", self.t(Msg::DocMatricesHeading)));
        let entries = [
            Some(("chart", self.t(Msg::ExportChartTitle))),
            Some(("scores", self.t(Msg::ExportScoreSummary))),
            agreement,
            Some(("network", self.t(Msg::ExportNetworkTitle))),
            Some(("actors", self.t(Msg::Actors))),
            Some(("activities", self.t(Msg::NavActivities))),
            Some(("indicators", self.t(Msg::ExportIndicatorsHeading))),
            self.project
                .second_framework
                .as_ref()
                .map(|_| (super::html_lens::ANCHOR, self.t(Msg::SecondFramework))),
            comparison,
            matrices,
            Some(("supporting", self.t(Msg::SupportingFactors))),
            Some(("inhibiting", self.t(Msg::InhibitingFactors))),
            Some(("recommendations", self.t(Msg::Recommendations))),
            Some(("sources", self.t(Msg::Sources))),
        ];
        out.push_str("<nav class=\"toc\"><ol>\n");
        for (anchor, label) in entries.into_iter().flatten() {
            let _ = writeln!(out, "<li><a href=\"#{anchor}\">{}</a></li>", e(label));
        }
        out.push_str("</ol></nav>\n");
    }

    fn chart(&self, out: &mut String) {
        let radar = Radar::build(self.project, &[], self.lang);
        // The study title heads the page already; the chart names its framework.
        let options = SvgOptions {
            width: CHART_WIDTH,
            height: CHART_HEIGHT,
            title: self.project.framework.name.get(self.lang).to_owned(),
            subtitle: String::new(),
            legend: LegendPosition::Below,
            ..SvgOptions::for_project(self.project, self.lang)
        };
        let _ = writeln!(
            out,
            "<section id=\"chart\">\n<h2>{}</h2>\n<figure class=\"chart\">",
            e(self.t(Msg::ExportChartTitle))
        );
        out.push_str(&radar_svg(&radar, &options));
        out.push_str("</figure>\n</section>\n");
    }

    fn score_text(
        &self,
        assessment: &Assessment,
        indicator: &IndicatorId,
    ) -> Option<(String, String)> {
        let value = assessment.value(indicator)?;
        let label = self
            .project
            .framework
            .scale
            .label_for(value)
            .map_or(String::new(), |l| l.get(self.lang).to_owned());
        Some((format_score(value), label))
    }

    /// The main framework's assessments, when there are several to compare
    /// side by side, unless they are one pair the project marks: the
    /// agreement section shows that pair's scores with the statistics.
    fn compared(&self) -> Option<Vec<AssessmentId>> {
        let ids: Vec<AssessmentId> = self
            .project
            .assessments_in(FrameworkSlot::Main)
            .map(|a| a.id.clone())
            .collect();
        let marked = self.comparisons.iter().any(|report| {
            ids.len() == 2 && ids.contains(&report.first) && ids.contains(&report.second)
        });
        (ids.len() >= 2 && !marked).then_some(ids)
    }

    /// The assessments side by side, when there are several.
    fn comparison(&self, out: &mut String) {
        let Some(ids) = self.compared() else {
            return;
        };
        let Some(table) = comparison_table(self.project, &ids, self.lang) else {
            return;
        };
        let _ = writeln!(
            out,
            "<section id=\"comparison\">\n<h2>{}</h2>\n<p>{}</p>",
            e(self.t(Msg::DocComparisonHeading)),
            e(self.t(Msg::LargeDifferenceHint))
        );
        table.write_html(out);
        out.push_str("</section>\n");
    }

    /// Indicators by sector and by kind of source.
    fn matrices(&self, out: &mut String) {
        if self.project.evidence.is_empty() {
            return;
        }
        let _ = writeln!(
            out,
            "<section id=\"matrices\">\n<h2>{}</h2>",
            e(self.t(Msg::DocMatricesHeading))
        );
        let _ = writeln!(out, "<h3>{}</h3>", e(self.t(Msg::DocStanceMatrixCaption)));
        let stance = StanceMatrix::build(self.project, MatrixColumns::Sector);
        stance_table(self.project, &stance, self.lang).write_html(out);
        let _ = writeln!(out, "<h3>{}</h3>", e(self.t(Msg::DocCoverageMatrixCaption)));
        let coverage = CoverageMatrix::build(self.project);
        coverage_table(self.project, &coverage, self.lang).write_html(out);
        out.push_str("</section>\n");
    }

    fn score_summary(&self, out: &mut String) {
        let _ = writeln!(
            out,
            "<section id=\"scores\">\n<h2>{}</h2>",
            e(self.t(Msg::ExportScoreSummary))
        );
        out.push_str("<table>\n<thead><tr><th>#</th>");
        let _ = write!(out, "<th>{}</th>", e(self.t(Msg::Indicator)));
        for assessment in self.project.assessments_in(FrameworkSlot::Main) {
            let _ = write!(
                out,
                "<th><span class=\"dot\" style=\"background:{}\"></span>{}</th>",
                series_color(self.project, &assessment.id),
                e(&assessment.label)
            );
        }
        let _ = writeln!(
            out,
            "<th>{}</th></tr></thead>\n<tbody>",
            e(self.t(Msg::Triangulation))
        );
        for (i, indicator) in self.project.framework.indicators.iter().enumerate() {
            let _ = write!(
                out,
                "<tr><td class=\"num\">{}</td><td><a href=\"#ind-{}\">{}</a></td>",
                i + 1,
                i + 1,
                e(indicator.name.get(self.lang))
            );
            for assessment in self.project.assessments_in(FrameworkSlot::Main) {
                match self.score_text(assessment, &indicator.id) {
                    Some((value, label)) => {
                        let _ = write!(
                            out,
                            "<td class=\"num\"><strong>{}</strong> {}</td>",
                            e(&value),
                            e(&label)
                        );
                    }
                    None => {
                        let _ = write!(
                            out,
                            "<td class=\"num muted\">{}</td>",
                            e(self.t(Msg::NotScored))
                        );
                    }
                }
            }
            let _ = writeln!(
                out,
                "<td>{}</td></tr>",
                e(self
                    .index
                    .triangulation()
                    .status(&indicator.id)
                    .name(self.lang))
            );
        }
        out.push_str("</tbody>\n</table>\n</section>\n");
    }

    fn network(&self, out: &mut String) {
        super::network_html::network_section(self.project, self.lang, out);
    }

    fn actor_name(&self, id: &ActorId) -> String {
        self.project
            .actor(id)
            .map_or_else(|| id.to_string(), |a| a.display_name().to_owned())
    }

    /// Opens a `<section>` with its heading and, when it has rows, a table with
    /// `headers`; an empty section says so and is closed. True when rows follow.
    fn open_table_section(
        &self,
        out: &mut String,
        id: &str,
        title: Msg,
        headers: &[Msg],
        empty: bool,
    ) -> bool {
        let _ = writeln!(out, "<section id=\"{id}\">\n<h2>{}</h2>", e(self.t(title)));
        if empty {
            let _ = writeln!(
                out,
                "<p class=\"muted\">{}</p></section>",
                e(self.t(Msg::ExportNone))
            );
            return false;
        }
        out.push_str("<table>\n<thead><tr>");
        for header in headers {
            let _ = write!(out, "<th>{}</th>", e(self.t(*header)));
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        true
    }

    fn actors(&self, out: &mut String) {
        let headers = [Msg::Name, Msg::ShortName, Msg::Sector, Msg::Description];
        if !self.open_table_section(
            out,
            "actors",
            Msg::Actors,
            &headers,
            self.project.actors.is_empty(),
        ) {
            return;
        }
        for actor in &self.project.actors {
            let _ = writeln!(
                out,
                "<tr><td><span class=\"dot\" style=\"background:{}\"></span>{}</td><td>{}</td><td>{}</td><td class=\"pre\">{}</td></tr>",
                actor.color,
                e(&actor.name),
                e(&actor.short_name),
                e(actor.sector.name(self.lang)),
                e(actor.description.trim())
            );
        }
        out.push_str("</tbody>\n</table>\n</section>\n");
    }

    fn activities(&self, out: &mut String) {
        let project = self.project;
        let headers = [Msg::Name, Msg::Schedule, Msg::Place, Msg::Description];
        if !self.open_table_section(
            out,
            "activities",
            Msg::NavActivities,
            &headers,
            project.activities.is_empty(),
        ) {
            return;
        }
        for activity in &project.activities {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"pre\">{}</td></tr>",
                e(&activity.name),
                e(&activity.schedule),
                e(&activity.place),
                e(activity.description.trim())
            );
        }
        out.push_str("</tbody>\n</table>\n");

        // Actor x activity: the kind of role in each cell.
        if !project.actors.is_empty() {
            let _ = write!(
                out,
                "<h3>{}</h3>\n<table>\n<thead><tr><th>{}</th>",
                e(self.t(Msg::RoleMatrix)),
                e(self.t(Msg::Actor))
            );
            for activity in &project.activities {
                let _ = write!(out, "<th>{}</th>", e(&activity.name));
            }
            out.push_str("</tr></thead>\n<tbody>\n");
            for actor in &project.actors {
                let _ = write!(out, "<tr><td>{}</td>", e(actor.display_name()));
                for activity in &project.activities {
                    let kinds: Vec<&str> = project
                        .roles_of(&actor.id, &activity.id)
                        .map(|role| role.kind.name(self.lang))
                        .collect();
                    if kinds.is_empty() {
                        out.push_str("<td class=\"muted\">—</td>");
                    } else {
                        let _ = write!(out, "<td>{}</td>", e(&kinds.join(", ")));
                    }
                }
                out.push_str("</tr>\n");
            }
            out.push_str("</tbody>\n</table>\n");
        }

        // Every role in full, activity by activity.
        if !project.roles.is_empty() {
            let _ = writeln!(
                out,
                "<h3>{}</h3>\n<table>\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
                e(self.t(Msg::ExportRoleDetails)),
                e(self.t(Msg::Activities)),
                e(self.t(Msg::Actor)),
                e(self.t(Msg::RoleKind)),
                e(self.t(Msg::Responsibilities)),
                e(self.t(Msg::Authority))
            );
            let activity_position = |id| {
                project
                    .activities
                    .iter()
                    .position(|a| &a.id == id)
                    .unwrap_or(usize::MAX)
            };
            let actor_position = |id| {
                project
                    .actors
                    .iter()
                    .position(|a| &a.id == id)
                    .unwrap_or(usize::MAX)
            };
            let mut roles: Vec<_> = project.roles.iter().collect();
            roles.sort_by_key(|r| (activity_position(&r.activity), actor_position(&r.actor)));
            for role in roles {
                let activity = project
                    .activity(&role.activity)
                    .map_or_else(|| role.activity.to_string(), |a| a.name.clone());
                let _ = writeln!(
                    out,
                    "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"pre\">{}</td><td class=\"pre\">{}</td></tr>",
                    e(&activity),
                    e(&self.actor_name(&role.actor)),
                    e(role.kind.name(self.lang)),
                    e(role.responsibilities.trim()),
                    e(role.authority.trim())
                );
            }
            out.push_str("</tbody>\n</table>\n");
        }
        out.push_str("</section>\n");
    }

    fn indicators(&self, out: &mut String) {
        let _ = writeln!(
            out,
            "<section id=\"indicators\">\n<h2>{}</h2>",
            e(self.t(Msg::ExportIndicatorsHeading))
        );
        for (i, indicator) in self.project.framework.indicators.iter().enumerate() {
            self.indicator(out, i, indicator);
        }
        out.push_str("</section>\n");
    }

    fn indicator(&self, out: &mut String, i: usize, indicator: &Indicator) {
        let lang = self.lang;
        let _ = writeln!(
            out,
            "<article class=\"indicator\" id=\"ind-{}\">\n<h3>{}. {}</h3>",
            i + 1,
            i + 1,
            e(indicator.name.get(lang))
        );
        let every: Vec<AssessmentId> = self
            .project
            .assessments_in(FrameworkSlot::Main)
            .map(|a| a.id.clone())
            .collect();
        let Some(facts) = IndicatorFacts::gather(self.project, &self.index, &indicator.id, &every)
        else {
            out.push_str("</article>\n");
            return;
        };
        let definition = indicator.definition.get(lang);
        if !definition.trim().is_empty() {
            let _ = writeln!(
                out,
                "<p><strong>{}:</strong> {}</p>",
                e(self.t(Msg::ExportDefinition)),
                e(definition)
            );
        }
        let _ = writeln!(
            out,
            "<p><strong>{}:</strong> {} <span class=\"muted\">({})</span></p>",
            e(self.t(Msg::Triangulation)),
            e(facts.triangulation.name(lang)),
            e(&notes_from_sources(
                lang,
                facts.linked.len(),
                facts.source_count
            ))
        );
        for score in &facts.scores {
            self.score(out, indicator, score);
        }
        let (others, _) = facts.uncited_notes(self.project, &self.index, usize::MAX);
        let _ = writeln!(out, "<h5>{}</h5>", e(self.t(Msg::ExportOtherEvidence)));
        if others.is_empty() {
            let _ = writeln!(out, "<p class=\"muted\">{}</p>", e(self.t(Msg::ExportNone)));
        } else {
            self.quotes(out, &others);
        }
        out.push_str("</article>\n");
    }

    /// One assessment's score of an indicator: the value and level, the
    /// rationale, and the evidence it cites.
    fn score(&self, out: &mut String, indicator: &Indicator, score: &ScoreFacts<'_>) {
        let _ = write!(
            out,
            "<div class=\"score\" style=\"--series:{}\">\n<h4>{}: ",
            series_color(self.project, &score.assessment.id),
            e(&score.assessment.label)
        );
        match score.score {
            Some(value) => {
                let level = score.level.map_or("", |l| l.get(self.lang));
                let _ = write!(
                    out,
                    "<span class=\"value\">{}</span> {}",
                    e(&format_score(value)),
                    e(level)
                );
            }
            None => {
                let _ = write!(
                    out,
                    "<span class=\"muted\">{}</span>",
                    e(self.t(Msg::NotScored))
                );
            }
        }
        out.push_str("</h4>\n");
        // What the level means for this indicator, when the framework says.
        if let Some(rubric) = score.score.and_then(|value| indicator.rubric_for(value)) {
            let _ = writeln!(
                out,
                "<p class=\"muted\"><strong>{}:</strong> {}</p>",
                e(self.t(Msg::Rubric)),
                e(rubric.get(self.lang))
            );
        }
        if !score.has_content() {
            out.push_str("</div>\n");
            return;
        }
        if !score.rationale().is_empty() {
            let _ = writeln!(
                out,
                "<p><strong>{}:</strong> <span class=\"pre\">{}</span></p>",
                e(self.t(Msg::ExportRationale)),
                e(score.rationale())
            );
        }
        let _ = writeln!(out, "<h5>{}</h5>", e(self.t(Msg::ExportCitedEvidence)));
        let notes: Vec<&EvidenceNote> = score
            .cited()
            .iter()
            .filter_map(|id| self.index.note(self.project, id))
            .collect();
        if notes.is_empty() {
            let _ = writeln!(
                out,
                "<p class=\"muted\">{}</p>",
                e(self.t(Msg::ExportNoEvidenceCited))
            );
        } else {
            self.quotes(out, &notes);
        }
        out.push_str("</div>\n");
    }

    /// Evidence notes with their source: quote, interpretation, stance, where from.
    fn quotes(&self, out: &mut String, notes: &[&EvidenceNote]) {
        out.push_str("<ul class=\"quotes\">\n");
        for note in notes {
            let _ = write!(
                out,
                "<li class=\"quote\"><blockquote>{}</blockquote>",
                e(note.excerpt.trim())
            );
            // Where it stands in its text: the sentences around it.
            if let Some(anchor) = note.anchor
                && let Some(source) = self.project.source(&note.source)
                && let Some((before, quote, after)) = context_around(&source.text, anchor, 240)
                && quote == note.excerpt
                && !(before.trim().is_empty() && after.trim().is_empty())
            {
                let _ = write!(
                    out,
                    "<p class=\"context\"><strong>{}:</strong> …{}<mark>{}</mark>{}…</p>",
                    e(self.t(Msg::InContext)),
                    e(&before),
                    e(&quote),
                    e(&after)
                );
            }
            if !note.interpretation.trim().is_empty() {
                let _ = write!(
                    out,
                    "<p class=\"interpretation\"><strong>{}:</strong> <span class=\"pre\">{}</span></p>",
                    e(self.t(Msg::Interpretation)),
                    e(note.interpretation.trim())
                );
            }
            let stance = match note.stance {
                crate::model::Stance::Supports => "supports",
                crate::model::Stance::Challenges => "challenges",
                crate::model::Stance::Context => "context",
            };
            let _ = writeln!(
                out,
                "<p class=\"source\"><span class=\"tag {stance}\">{}</span>{} <span class=\"id\">[{}]</span></p></li>",
                e(note.stance.name(self.lang)),
                self.source_line(note),
                e(note.id.as_str())
            );
        }
        out.push_str("</ul>\n");
    }

    /// Title · kind · informant (actor) · date · reference, escaped.
    fn source_line(&self, note: &EvidenceNote) -> String {
        let Some(source) = self.project.source(&note.source) else {
            return e(note.source.as_str());
        };
        let mut parts = vec![
            format!("<strong>{}</strong>", e(&source.title)),
            e(source.kind.name(self.lang)),
        ];
        let cited = informant_as_cited(source);
        let informant = match &source.actor {
            Some(actor) if !cited.is_empty() => format!("{cited} ({})", self.actor_name(actor)),
            Some(actor) => self.actor_name(actor),
            None => cited,
        };
        for text in [
            informant.as_str(),
            source.date.trim(),
            source.reference.trim(),
            note.locator.trim(),
        ] {
            if !text.is_empty() {
                parts.push(e(text));
            }
        }
        parts.join(" · ")
    }

    fn findings(&self, out: &mut String, kind: FindingKind) {
        let (anchor, actors_label) = match kind {
            FindingKind::Supporting => ("supporting", Msg::Actors),
            FindingKind::Inhibiting => ("inhibiting", Msg::Actors),
            FindingKind::Recommendation => ("recommendations", Msg::AddressedTo),
        };
        let findings = self.project.findings(kind);
        let _ = writeln!(
            out,
            "<section id=\"{anchor}\">\n<h2>{}</h2>",
            e(kind.name(self.lang))
        );
        if findings.is_empty() {
            let _ = writeln!(out, "<p class=\"muted\">{}</p>", e(self.t(Msg::ExportNone)));
        }
        for (i, finding) in findings.iter().enumerate() {
            let _ = writeln!(
                out,
                "<article class=\"finding\">\n<h3>{}. {}</h3>",
                i + 1,
                e(&finding.title)
            );
            if !finding.text.trim().is_empty() {
                let _ = writeln!(out, "<p class=\"pre\">{}</p>", e(finding.text.trim()));
            }
            if !finding.actors.is_empty() {
                let names: Vec<String> =
                    finding.actors.iter().map(|a| self.actor_name(a)).collect();
                let _ = writeln!(
                    out,
                    "<p><strong>{}:</strong> {}</p>",
                    e(self.t(actors_label)),
                    e(&names.join(", "))
                );
            }
            if !finding.indicators.is_empty() {
                let names: Vec<String> = finding
                    .indicators
                    .iter()
                    .map(|id| {
                        self.project.any_indicator(id).map_or_else(
                            || id.to_string(),
                            |(_, i)| i.name.get(self.lang).to_owned(),
                        )
                    })
                    .collect();
                let _ = writeln!(
                    out,
                    "<p><strong>{}:</strong> {}</p>",
                    e(self.t(Msg::ExportConcerns)),
                    e(&names.join(", "))
                );
            }
            let notes: Vec<&EvidenceNote> = finding
                .evidence
                .iter()
                .filter_map(|id| self.project.note(id))
                .collect();
            if !notes.is_empty() {
                let _ = writeln!(out, "<h5>{}</h5>", e(self.t(Msg::EvidenceNotes)));
                self.quotes(out, &notes);
            }
            out.push_str("</article>\n");
        }
        out.push_str("</section>\n");
    }

    fn sources(&self, out: &mut String) {
        let headers = [
            Msg::Title,
            Msg::SourceKind,
            Msg::Informant,
            Msg::InformantActor,
            Msg::Date,
            Msg::ExportReference,
        ];
        if !self.open_table_section(
            out,
            "sources",
            Msg::Sources,
            &headers,
            self.project.sources.is_empty(),
        ) {
            return;
        }
        for source in &self.project.sources {
            let actor = source
                .actor
                .as_ref()
                .map(|a| self.actor_name(a))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "<tr><td>{} <span class=\"id\">[{}]</span></td><td>{}</td><td>{}</td><td>{}</td><td class=\"nowrap\">{}</td><td>{}</td></tr>",
                e(&source.title),
                e(source.id.as_str()),
                e(source.kind.name(self.lang)),
                e(&source.informant),
                e(&actor),
                e(&source.date),
                e(&source.reference)
            );
        }
        out.push_str("</tbody>\n</table>\n</section>\n");
    }
}
/// Writes the HTML report to `path`.
pub fn write_report(project: &Project, lang: Lang, path: &Path) -> Result<(), ExportError> {
    write_file(path, report_html(project, lang).as_bytes())
}

/// "5 notes from 3 sources", in the right number.
fn notes_from_sources(lang: Lang, notes: usize, sources: usize) -> String {
    Msg::ExportNotesFromSources.fill(
        lang,
        &[
            &Msg::NotesCount.count(lang, notes, &[&notes]),
            &Msg::SourcesCount.count(lang, sources, &[&sources]),
        ],
    )
}
