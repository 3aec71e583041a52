//! The project as CSV tables for Excel and SPSS: RFC 4180 quoting, CRLF line
//! ends, UTF-8 with a byte-order mark (so Excel reads Indonesian text right).
//! Vocabulary is written as stable English keys (`government`, `interview`) so
//! the columns code the same whatever the interface language; names and scale
//! labels follow the chosen language. Lists are joined with `;`. Relations
//! carry their pair's levels of collaboration as numbers (0-5).
//!
//! Fields are separated by commas (RFC 4180), or by semicolons with decimal
//! commas: what Excel set to Indonesian (or any locale whose decimal mark is
//! a comma) opens straight into columns.

pub use super::csv_table::CsvSeparator;
use super::csv_table::{table, text_cell};
use super::error::ExportError;
use super::file::write_set;
use crate::model::{
    ActorId, FindingKind, Lang, PairLevel, Project, RelationKind, RoleKind, Sector, SourceKind,
    Stance,
};
use std::path::{Path, PathBuf};

/// The files `export_csv` writes, in order.
pub const CSV_FILES: [&str; 11] = [
    "actors.csv",
    "activities.csv",
    "roles.csv",
    "sources.csv",
    "evidence.csv",
    "scores.csv",
    "findings.csv",
    "relations.csv",
    "collaboration_levels.csv",
    super::csv_agreement::ROWS_FILE,
    super::csv_agreement::STATISTICS_FILE,
];

fn join<T: AsRef<str>>(items: &[T]) -> String {
    text_cell(
        &items
            .iter()
            .map(AsRef::as_ref)
            .collect::<Vec<_>>()
            .join(";"),
    )
}

fn sector_key(sector: Sector) -> &'static str {
    match sector {
        Sector::Government => "government",
        Sector::Private => "private",
        Sector::Academia => "academia",
        Sector::CivilSociety => "civil-society",
        Sector::Cooperative => "cooperative",
        Sector::Community => "community",
        Sector::Media => "media",
        Sector::Other => "other",
    }
}

fn role_key(kind: RoleKind) -> &'static str {
    match kind {
        RoleKind::Facilitator => "facilitator",
        RoleKind::Organiser => "organiser",
        RoleKind::Trainer => "trainer",
        RoleKind::Convener => "convener",
        RoleKind::Participant => "participant",
        RoleKind::Funder => "funder",
        RoleKind::Regulator => "regulator",
        RoleKind::Other => "other",
    }
}

fn source_key(kind: SourceKind) -> &'static str {
    match kind {
        SourceKind::Interview => "interview",
        SourceKind::FocusGroup => "focus_group",
        SourceKind::Observation => "observation",
        SourceKind::Questionnaire => "questionnaire",
        SourceKind::Document => "document",
        SourceKind::SecondaryData => "secondary_data",
    }
}

fn stance_key(stance: Stance) -> &'static str {
    match stance {
        Stance::Supports => "supports",
        Stance::Challenges => "challenges",
        Stance::Context => "context",
    }
}

/// Every table as (file name, content).
pub fn tables(project: &Project, lang: Lang) -> Vec<(&'static str, String)> {
    tables_separated(project, lang, CsvSeparator::Comma)
}

/// The tables with fields separated by `separator`.
pub fn tables_separated(
    project: &Project,
    lang: Lang,
    separator: CsvSeparator,
) -> Vec<(&'static str, String)> {
    let s = separator;
    let mut tables = vec![
        ("actors.csv", actors(project, s)),
        ("activities.csv", activities(project, s)),
        ("roles.csv", roles(project, s)),
        ("sources.csv", sources(project, s)),
        ("evidence.csv", evidence(project, s)),
        ("scores.csv", scores(project, lang, s)),
        ("findings.csv", findings(project, s)),
        ("relations.csv", relations(project, s)),
        ("collaboration_levels.csv", collaboration_levels(project, s)),
    ];
    tables.extend(super::csv_agreement::agreement_tables(project, lang, s));
    tables
}

/// A list of ids as one cell.
fn ids<'a>(ids: impl Iterator<Item = &'a str>) -> String {
    join(&ids.collect::<Vec<_>>())
}

fn actors(project: &Project, separator: CsvSeparator) -> String {
    let rows: Vec<Vec<String>> = project
        .actors
        .iter()
        .map(|a| {
            vec![
                text_cell(a.id.as_str()),
                text_cell(&a.name),
                text_cell(&a.short_name),
                sector_key(a.sector).to_owned(),
                text_cell(&a.description),
                a.color.to_string(),
            ]
        })
        .collect();
    table(
        &["id", "name", "short_name", "sector", "description", "color"],
        &rows,
        separator,
    )
}

fn activities(project: &Project, separator: CsvSeparator) -> String {
    let rows: Vec<Vec<String>> = project
        .activities
        .iter()
        .map(|a| {
            vec![
                text_cell(a.id.as_str()),
                text_cell(&a.name),
                text_cell(&a.schedule),
                text_cell(&a.place),
                text_cell(&a.description),
            ]
        })
        .collect();
    table(
        &["id", "name", "schedule", "place", "description"],
        &rows,
        separator,
    )
}

fn roles(project: &Project, separator: CsvSeparator) -> String {
    let rows: Vec<Vec<String>> = project
        .roles
        .iter()
        .map(|r| {
            vec![
                text_cell(r.id.as_str()),
                text_cell(r.actor.as_str()),
                project
                    .actor(&r.actor)
                    .map_or(String::new(), |a| text_cell(a.display_name())),
                text_cell(r.activity.as_str()),
                project
                    .activity(&r.activity)
                    .map_or(String::new(), |a| text_cell(&a.name)),
                role_key(r.kind).to_owned(),
                text_cell(&r.responsibilities),
                text_cell(&r.authority),
            ]
        })
        .collect();
    table(
        &[
            "id",
            "actor",
            "actor_name",
            "activity",
            "activity_name",
            "kind",
            "responsibilities",
            "authority",
        ],
        &rows,
        separator,
    )
}

fn sources(project: &Project, separator: CsvSeparator) -> String {
    let rows: Vec<Vec<String>> = project
        .sources
        .iter()
        .map(|s| {
            vec![
                text_cell(s.id.as_str()),
                source_key(s.kind).to_owned(),
                text_cell(&s.title),
                text_cell(&s.informant),
                text_cell(&s.informant_code),
                text_cell(&s.informant_position),
                s.actor
                    .as_ref()
                    .map_or(String::new(), |a| text_cell(a.as_str())),
                text_cell(&s.date),
                text_cell(&s.reference),
            ]
        })
        .collect();
    table(
        &[
            "id",
            "kind",
            "title",
            "informant",
            "informant_code",
            "informant_position",
            "actor",
            "date",
            "reference",
        ],
        &rows,
        separator,
    )
}

fn evidence(project: &Project, separator: CsvSeparator) -> String {
    let rows: Vec<Vec<String>> = project
        .evidence
        .iter()
        .map(|n| {
            let source = project.source(&n.source);
            vec![
                text_cell(n.id.as_str()),
                text_cell(n.source.as_str()),
                source.map_or(String::new(), |s| text_cell(&s.title)),
                source.map_or("", |s| source_key(s.kind)).to_owned(),
                text_cell(&n.excerpt),
                text_cell(&n.interpretation),
                stance_key(n.stance).to_owned(),
                ids(n.indicators.iter().map(|i| i.as_str())),
                ids(n.actors.iter().map(|a| a.as_str())),
                join(&n.tags),
                text_cell(&n.locator),
                n.anchor.map_or(String::new(), |a| a.start.to_string()),
                n.anchor.map_or(String::new(), |a| a.end.to_string()),
            ]
        })
        .collect();
    table(
        &[
            "id",
            "source",
            "source_title",
            "source_kind",
            "excerpt",
            "interpretation",
            "stance",
            "indicators",
            "actors",
            "tags",
            "locator",
            "anchor_start",
            "anchor_end",
        ],
        &rows,
        separator,
    )
}

fn finding_key(kind: FindingKind) -> &'static str {
    match kind {
        FindingKind::Supporting => "supporting",
        FindingKind::Inhibiting => "inhibiting",
        FindingKind::Recommendation => "recommendation",
    }
}

/// Supporting and inhibiting factors and recommendations, kind by kind; for
/// a recommendation the actors are those it is addressed to.
fn findings(project: &Project, separator: CsvSeparator) -> String {
    let rows: Vec<Vec<String>> = FindingKind::ALL
        .into_iter()
        .flat_map(|kind| {
            project.findings(kind).iter().map(move |f| {
                vec![
                    text_cell(f.id.as_str()),
                    finding_key(kind).to_owned(),
                    text_cell(&f.title),
                    text_cell(&f.text),
                    ids(f.indicators.iter().map(|i| i.as_str())),
                    ids(f.actors.iter().map(|a| a.as_str())),
                    ids(f.evidence.iter().map(|e| e.as_str())),
                ]
            })
        })
        .collect();
    table(
        &[
            "id",
            "kind",
            "title",
            "text",
            "indicators",
            "actors",
            "evidence",
        ],
        &rows,
        separator,
    )
}

/// One row per assessment and indicator of its framework, scored or not.
fn scores(project: &Project, lang: Lang, separator: CsvSeparator) -> String {
    let rows: Vec<Vec<String>> = project
        .assessments
        .iter()
        .flat_map(|assessment| {
            let framework = project.framework_of(assessment);
            let scale = &framework.scale;
            framework.indicators.iter().map(move |indicator| {
                let entry = assessment.score_for(&indicator.id);
                let value = entry.and_then(|s| s.score);
                vec![
                    text_cell(assessment.id.as_str()),
                    text_cell(&assessment.label),
                    text_cell(indicator.id.as_str()),
                    text_cell(indicator.name.get(lang)),
                    value.map_or(String::new(), |v| separator.number(v)),
                    value
                        .and_then(|v| scale.label_for(v))
                        .map_or(String::new(), |l| text_cell(l.get(lang))),
                    entry.map_or(String::new(), |s| text_cell(&s.rationale)),
                    entry.map_or(String::new(), |s| {
                        ids(s.evidence.iter().map(|e| e.as_str()))
                    }),
                    text_cell(&framework.id),
                ]
            })
        })
        .collect();
    table(
        &[
            "assessment",
            "assessment_label",
            "indicator",
            "indicator_name",
            "score",
            "scale_label",
            "rationale",
            "evidence",
            "framework",
        ],
        &rows,
        separator,
    )
}

// The actor network: one row per relation, with the pair's two levels of
// collaboration beside it (numbers 0-5), and one row per rated pair.

fn kind_key(kind: RelationKind) -> &'static str {
    match kind {
        RelationKind::Coordination => "coordination",
        RelationKind::InformationSharing => "information_sharing",
        RelationKind::Funding => "funding",
        RelationKind::Authority => "authority",
        RelationKind::Training => "training",
        RelationKind::FormalAgreement => "formal_agreement",
        RelationKind::Other => "other",
    }
}

/// `viewer`'s level as a number, or an empty cell.
fn level_cell(level: Option<&PairLevel>, viewer: &ActorId) -> String {
    level
        .and_then(|l| l.level_of(viewer))
        .map_or_else(String::new, |l| l.value().to_string())
}

/// How many levels the two views are apart, or an empty cell.
fn mismatch_cell(level: Option<&PairLevel>) -> String {
    level
        .and_then(PairLevel::mismatch)
        .map_or_else(String::new, |gap| gap.to_string())
}

/// `relations.csv`.
fn relations(project: &Project, separator: CsvSeparator) -> String {
    let rows: Vec<Vec<String>> = project
        .relations
        .iter()
        .map(|r| {
            let level = project.pair_level(&r.from, &r.to);
            vec![
                text_cell(r.id.as_str()),
                text_cell(r.from.as_str()),
                text_cell(r.to.as_str()),
                kind_key(r.kind).to_owned(),
                r.directed.to_string(),
                ids(r.activities.iter().map(|a| a.as_str())),
                ids(r.evidence.iter().map(|e| e.as_str())),
                level_cell(level, &r.from),
                level_cell(level, &r.to),
                mismatch_cell(level),
                text_cell(&r.note),
            ]
        })
        .collect();
    table(
        &[
            "id",
            "from",
            "to",
            "kind",
            "directed",
            "activities",
            "evidence",
            "level_from",
            "level_to",
            "levels_apart",
            "note",
        ],
        &rows,
        separator,
    )
}

/// `collaboration_levels.csv`.
fn collaboration_levels(project: &Project, separator: CsvSeparator) -> String {
    let rows: Vec<Vec<String>> = project
        .collaboration_levels
        .iter()
        .map(|level| {
            let (a, b) = &level.actors;
            let evidence = |viewer: &ActorId| {
                level
                    .view_of(viewer)
                    .map_or_else(String::new, |v| ids(v.evidence.iter().map(|e| e.as_str())))
            };
            vec![
                text_cell(a.as_str()),
                text_cell(b.as_str()),
                level_cell(Some(level), a),
                level_cell(Some(level), b),
                mismatch_cell(Some(level)),
                evidence(a),
                evidence(b),
                text_cell(&level.reasoning),
            ]
        })
        .collect();
    table(
        &[
            "actor_a",
            "actor_b",
            "level_a",
            "level_b",
            "levels_apart",
            "evidence_a",
            "evidence_b",
            "reasoning",
        ],
        &rows,
        separator,
    )
}

/// Writes the CSV tables into `dir` (made if missing); returns their paths.
/// Scores have one row per assessment and indicator, scored or not.
///
/// The set is written as a whole: every table is first written to a temporary
/// file beside its target, and only when all of them are written and synced
/// are they moved into place. A full disk or a refused target leaves the
/// previous export as it was; should a move itself fail, the error says which
/// files are new and which are still the previous export's.
pub fn export_csv(project: &Project, dir: &Path, lang: Lang) -> Result<Vec<PathBuf>, ExportError> {
    export_csv_separated(project, dir, lang, CsvSeparator::Comma)
}

/// [`export_csv`] with fields separated by `separator`.
pub fn export_csv_separated(
    project: &Project,
    dir: &Path,
    lang: Lang,
    separator: CsvSeparator,
) -> Result<Vec<PathBuf>, ExportError> {
    std::fs::create_dir_all(dir).map_err(|source| ExportError::CreateFolder {
        path: dir.to_owned(),
        source,
    })?;
    let files: Vec<(PathBuf, Vec<u8>)> = tables_separated(project, lang, separator)
        .into_iter()
        .map(|(name, content)| (dir.join(name), content.into_bytes()))
        .collect();
    write_set(&files)
}

#[cfg(test)]
#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Framework;

    #[test]
    fn tables_start_with_a_bom_and_end_records_with_crlf() {
        let project = Project::new(Framework::deseve());
        for (_, content) in tables(&project, Lang::En) {
            assert!(content.starts_with('\u{feff}'));
            assert!(content.ends_with("\r\n"));
            assert_eq!(
                content.matches("\r\n").count(),
                1,
                "an empty project has headers only"
            );
        }
    }
}
