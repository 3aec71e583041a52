//! The project as CSV tables for Excel and SPSS: RFC 4180 quoting, CRLF line
//! ends, UTF-8 with a byte-order mark (so Excel reads Indonesian text right).
//! Vocabulary is written as stable English keys (`government`, `interview`) so
//! the columns code the same whatever the interface language; names and scale
//! labels follow the chosen language. Lists are joined with `;`.

use super::csv_table::{table, text_cell};
use super::error::ExportError;
use super::file::write_file;
use crate::model::format_score;
use crate::model::{Lang, Project, RoleKind, Sector, SourceKind, Stance};
use std::path::{Path, PathBuf};

/// The files `export_csv` writes, in order.
pub const CSV_FILES: [&str; 8] = [
    "actors.csv",
    "activities.csv",
    "roles.csv",
    "sources.csv",
    "evidence.csv",
    "scores.csv",
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
pub(crate) fn tables(project: &Project, lang: Lang) -> Vec<(&'static str, String)> {
    let mut tables = vec![
        ("actors.csv", actors(project)),
        ("activities.csv", activities(project)),
        ("roles.csv", roles(project)),
        ("sources.csv", sources(project)),
        ("evidence.csv", evidence(project)),
        ("scores.csv", scores(project, lang)),
    ];
    tables.extend(super::csv_agreement::agreement_tables(project, lang));
    tables
}

/// A list of ids as one cell.
fn ids<'a>(ids: impl Iterator<Item = &'a str>) -> String {
    join(&ids.collect::<Vec<_>>())
}

fn actors(project: &Project) -> String {
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
    )
}

fn activities(project: &Project) -> String {
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
    table(&["id", "name", "schedule", "place", "description"], &rows)
}

fn roles(project: &Project) -> String {
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
    )
}

fn sources(project: &Project) -> String {
    let rows: Vec<Vec<String>> = project
        .sources
        .iter()
        .map(|s| {
            vec![
                text_cell(s.id.as_str()),
                source_key(s.kind).to_owned(),
                text_cell(&s.title),
                text_cell(&s.informant),
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
            "actor",
            "date",
            "reference",
        ],
        &rows,
    )
}

fn evidence(project: &Project) -> String {
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
        ],
        &rows,
    )
}

/// One row per assessment and indicator of its framework, scored or not.
fn scores(project: &Project, lang: Lang) -> String {
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
                    value.map_or(String::new(), format_score),
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
    )
}

/// Writes the CSV tables into `dir` (made if missing), each atomically; returns
/// their paths. Scores have one row per assessment and indicator, scored or not.
pub fn export_csv(project: &Project, dir: &Path, lang: Lang) -> Result<Vec<PathBuf>, ExportError> {
    std::fs::create_dir_all(dir).map_err(|source| ExportError::CreateFolder {
        path: dir.to_owned(),
        source,
    })?;
    let mut written = Vec::new();
    for (name, content) in tables(project, lang) {
        let path = dir.join(name);
        write_file(&path, content.as_bytes())?;
        written.push(path);
    }
    Ok(written)
}

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
