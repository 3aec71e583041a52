//! The chapter's frame and its first sections: the study, the actors by
//! pentahelix sector, the role matrix, and at the end the supporting and
//! inhibiting factors and the recommendations (the network has its own file).
//! Tables and figures are numbered in the order they appear.

use super::blocks::{Block, Chapter, Figure, Span, Table};
use crate::analysis::{AgreementReport, EvidenceIndex, marked_comparisons};
use crate::i18n::{Msg, Named};
use crate::model::{AssessmentId, FindingKind, FrameworkSlot, Helix, Lang, Project};

/// What the chapter is made with.
#[derive(Clone, Debug, PartialEq)]
pub struct ChapterOptions {
    /// The chapter's number in the thesis (captions read "Tabel 4.1").
    pub number: u32,
    /// The language it is written in.
    pub lang: Lang,
    /// The assessments the charts, the scores and the agreement show (all
    /// when empty).
    pub assessments: Vec<AssessmentId>,
}

/// Builds the chapter's blocks, counting sections, tables and figures.
pub(super) struct Builder<'p> {
    pub(super) project: &'p Project,
    pub(super) lang: Lang,
    pub(super) index: &'p EvidenceIndex,
    /// The main framework's assessments shown.
    pub(super) assessments: Vec<AssessmentId>,
    /// The second framework's assessments shown.
    pub(super) second_assessments: Vec<AssessmentId>,
    /// The comparisons the project marks between assessments shown.
    pub(super) agreements: Vec<AgreementReport>,
    number: u32,
    blocks: Vec<Block>,
    sections: u32,
    subsections: u32,
    tables: u32,
    figures: u32,
}

impl<'p> Builder<'p> {
    pub(super) fn new(
        project: &'p Project,
        index: &'p EvidenceIndex,
        options: &ChapterOptions,
    ) -> Self {
        let shown =
            |id: &AssessmentId| options.assessments.is_empty() || options.assessments.contains(id);
        let of = |slot| {
            project
                .assessments_in(slot)
                .map(|a| a.id.clone())
                .filter(|id| shown(id))
                .collect()
        };
        let agreements = marked_comparisons(project)
            .into_iter()
            .filter(|report| shown(&report.first) && shown(&report.second))
            .collect();
        Builder {
            project,
            lang: options.lang,
            index,
            assessments: of(FrameworkSlot::Main),
            second_assessments: of(FrameworkSlot::Second),
            agreements,
            number: options.number,
            blocks: Vec::new(),
            sections: 0,
            subsections: 0,
            tables: 0,
            figures: 0,
        }
    }

    pub(super) fn t(&self, msg: Msg) -> &'static str {
        msg.get(self.lang)
    }

    pub(super) fn finish(self) -> Chapter {
        Chapter {
            number: self.number,
            table_label: self.t(Msg::DocTableLabel).to_owned(),
            figure_label: self.t(Msg::DocFigureLabel).to_owned(),
            blocks: self.blocks,
        }
    }

    /// "4.3": how the `ahead`-th table from now will be called (1 is the next).
    pub(super) fn table_ref(&self, ahead: u32) -> String {
        format!("{}.{}", self.number, self.tables + ahead)
    }

    /// "4.1": how the next figure will be called.
    pub(super) fn figure_ref(&self) -> String {
        format!("{}.{}", self.number, self.figures + 1)
    }

    pub(super) fn chapter_heading(&mut self) {
        let title = Msg::DocChapterTitle.fill(self.lang, &[&self.number]);
        self.blocks.push(Block::Heading(1, title));
    }

    /// A numbered section: "4.2 The Actors".
    pub(super) fn section(&mut self, title: &str) {
        self.sections += 1;
        self.subsections = 0;
        let heading = format!("{}.{} {title}", self.number, self.sections);
        self.blocks.push(Block::Heading(2, heading));
    }

    /// A numbered subsection: "4.5.3 Trust".
    pub(super) fn subsection(&mut self, title: &str) {
        self.subsections += 1;
        let heading = format!(
            "{}.{}.{} {title}",
            self.number, self.sections, self.subsections
        );
        self.blocks.push(Block::Heading(3, heading));
    }

    pub(super) fn paragraph(&mut self, spans: Vec<Span>) {
        self.blocks.push(Block::Paragraph(spans));
    }

    /// Free text as written: one paragraph per non-empty line.
    pub(super) fn text(&mut self, text: &str) {
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
            self.paragraph(vec![Span::plain(line)]);
        }
    }

    /// "Label: value" with the label in bold, when there is a value.
    pub(super) fn fact(&mut self, label: &str, value: &str) {
        if !value.trim().is_empty() {
            self.paragraph(vec![
                Span::bold(format!("{label}: ")),
                Span::plain(value.trim()),
            ]);
        }
    }

    pub(super) fn table(
        &mut self,
        caption: String,
        header: Vec<String>,
        rows: Vec<Vec<String>>,
        widths: Vec<u32>,
    ) {
        self.tables += 1;
        self.blocks.push(Block::Table(Table {
            number: self.tables,
            caption,
            header,
            rows,
            widths,
        }));
    }

    pub(super) fn figure(&mut self, caption: String, png: Vec<u8>, pixels: (u32, u32)) {
        self.figures += 1;
        self.blocks.push(Block::Figure(Figure {
            number: self.figures,
            caption,
            png,
            pixels,
            width_cm: 14.0,
        }));
    }
}

/// The study: title, case, place, time, who, and the method notes.
pub(super) fn study(b: &mut Builder<'_>) {
    let study = &b.project.study;
    b.section(b.t(Msg::DocStudyHeading));
    if !study.title.trim().is_empty() {
        b.paragraph(vec![Span::bold(study.title.trim())]);
    }
    for (label, value) in [
        (Msg::Case, study.case.clone()),
        (Msg::Location, study.location.clone()),
        (Msg::Period, study.period.clone()),
        (Msg::DocResearchers, study.researchers.join("; ")),
        (Msg::Institution, study.institution.clone()),
    ] {
        b.fact(b.t(label), &value);
    }
    if !study.method_notes.trim().is_empty() {
        b.paragraph(vec![Span::bold(b.t(Msg::MethodNotes))]);
        b.text(&study.method_notes);
    }
}

/// The actors grouped by pentahelix sector, with their descriptions.
pub(super) fn actors(b: &mut Builder<'_>) {
    let project = b.project;
    let lang = b.lang;
    b.section(b.t(Msg::DocActorsHeading));
    let count = project.actors.len();
    b.paragraph(vec![Span::plain(Msg::DocActorsIntro.count(
        lang,
        count,
        &[&count, &b.table_ref(1)],
    ))]);
    let mut rows = Vec::with_capacity(count);
    for helix in Helix::ALL {
        let members = project.actors.iter().filter(|a| a.sector.helix() == helix);
        for (k, actor) in members.enumerate() {
            let group = if k == 0 { helix.name(lang) } else { "" };
            let name = if actor.short_name.trim().is_empty() || actor.short_name == actor.name {
                actor.name.clone()
            } else {
                format!("{} ({})", actor.name, actor.short_name)
            };
            rows.push(vec![
                group.to_owned(),
                name,
                actor.sector.name(lang).to_owned(),
                actor.description.trim().to_owned(),
            ]);
        }
    }
    let header = [
        Msg::DocPentahelix,
        Msg::Actor,
        Msg::Sector,
        Msg::Description,
    ]
    .iter()
    .map(|m| b.t(*m).to_owned())
    .collect();
    b.table(
        b.t(Msg::DocActorsCaption).to_owned(),
        header,
        rows,
        vec![3, 5, 3, 9],
    );
}

/// Who does what: actors down, activities across, each cell the actor's
/// roles in that activity with their responsibilities.
pub(super) fn roles(b: &mut Builder<'_>) {
    let project = b.project;
    let lang = b.lang;
    b.section(b.t(Msg::DocRolesHeading));
    // No activity: a table of actors with no column says nothing.
    if project.activities.is_empty() || project.actors.is_empty() {
        b.paragraph(vec![Span::plain(b.t(Msg::DocNoRoles).to_owned())]);
        return;
    }
    b.paragraph(vec![Span::plain(
        Msg::DocRolesIntro.fill(lang, &[&b.table_ref(1)]),
    )]);
    let mut header = vec![b.t(Msg::Actor).to_owned()];
    header.extend(project.activities.iter().map(|a| a.name.clone()));
    let rows = project
        .actors
        .iter()
        .map(|actor| {
            let mut row = vec![actor.display_name().to_owned()];
            row.extend(project.activities.iter().map(|activity| {
                let roles: Vec<String> = project
                    .roles_of(&actor.id, &activity.id)
                    .map(|role| {
                        let what = role.responsibilities.trim();
                        if what.is_empty() {
                            role.kind.name(lang).to_owned()
                        } else {
                            format!("{}: {what}", role.kind.name(lang))
                        }
                    })
                    .collect();
                if roles.is_empty() {
                    "–".to_owned()
                } else {
                    roles.join("\n")
                }
            }));
            row
        })
        .collect();
    let mut widths = vec![3];
    widths.extend(project.activities.iter().map(|_| 5));
    b.table(b.t(Msg::DocRolesCaption).to_owned(), header, rows, widths);
}

/// Supporting and inhibiting factors, then the recommendations, as tables.
pub(super) fn findings(b: &mut Builder<'_>) {
    let lang = b.lang;
    b.section(b.t(Msg::DocFactorsHeading));
    for kind in [FindingKind::Supporting, FindingKind::Inhibiting] {
        b.subsection(kind.name(lang));
        findings_table(b, kind, Msg::DocColFactor, Msg::Actors);
    }
    let kind = FindingKind::Recommendation;
    b.section(kind.name(lang));
    findings_table(b, kind, Msg::DocColRecommendation, Msg::AddressedTo);
}

fn findings_table(b: &mut Builder<'_>, kind: FindingKind, what: Msg, whom: Msg) {
    let project = b.project;
    let lang = b.lang;
    let findings = project.findings(kind);
    if findings.is_empty() {
        b.paragraph(vec![Span::italic(b.t(Msg::ExportNone))]);
        return;
    }
    let rows = findings
        .iter()
        .enumerate()
        .map(|(k, finding)| {
            let indicators: Vec<&str> = finding
                .indicators
                .iter()
                .filter_map(|id| project.any_indicator(id))
                .map(|(_, i)| i.name.get(lang))
                .collect();
            let actors: Vec<&str> = finding
                .actors
                .iter()
                .filter_map(|id| project.actor(id))
                .map(|a| a.display_name())
                .collect();
            vec![
                (k + 1).to_string(),
                finding.title.trim().to_owned(),
                finding.text.trim().to_owned(),
                indicators.join(", "),
                actors.join(", "),
            ]
        })
        .collect();
    let header = [Msg::DocColNumber, what, Msg::Text, Msg::Indicators, whom]
        .iter()
        .map(|m| b.t(*m).to_owned())
        .collect();
    b.table(
        kind.name(lang).to_owned(),
        header,
        rows,
        vec![3, 8, 14, 6, 6],
    );
}
