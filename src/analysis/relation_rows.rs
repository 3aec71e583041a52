//! The relations and the levels of collaboration as the tables of the report,
//! the Word chapter and the window show them: names instead of ids, in the
//! reader's language, each side's level beside the other and a mismatch flagged.

use crate::i18n::{Msg, Named, level_text};
use crate::model::{ActorId, CollaborationLevel, Lang, PairLevel, Project, Relation};

/// One relation as a table row.
#[derive(Clone, Debug, PartialEq)]
pub struct RelationRow {
    /// The relation's id.
    pub id: String,
    /// The first actor's short name.
    pub from: String,
    /// The second actor's short name.
    pub to: String,
    /// Its kind, named.
    pub kind: String,
    /// "one way" or "mutual".
    pub direction: String,
    /// The arrow between the names: `→` or `↔`.
    pub arrow: &'static str,
    /// The activities it belongs to, named, joined with `; `.
    pub activities: String,
    /// The level of collaboration as `from` sees it ("3 · Coordination"), or empty.
    pub level_from: String,
    /// The level as `to` sees it, or empty.
    pub level_to: String,
    /// How many levels the two views are apart, when they differ.
    pub mismatch: Option<u8>,
    /// The ids of the evidence notes it rests on, joined with `, `.
    pub evidence: String,
    /// The researcher's note.
    pub note: String,
}

/// One pair's level of collaboration as a table row.
#[derive(Clone, Debug, PartialEq)]
pub struct LevelRow {
    /// The first actor's short name.
    pub a: String,
    /// The second actor's short name.
    pub b: String,
    /// The level as `a` sees it, or empty.
    pub level_a: String,
    /// The level as `b` sees it, or empty.
    pub level_b: String,
    /// How many levels the two views are apart, when they differ.
    pub mismatch: Option<u8>,
    /// The evidence of both views, `a`'s first, joined with `, `.
    pub evidence: String,
    /// Why these levels.
    pub reasoning: String,
}

fn actor_name(project: &Project, id: &ActorId) -> String {
    project
        .actor(id)
        .map_or_else(|| id.to_string(), |a| a.display_name().to_owned())
}

fn level_of(level: Option<&PairLevel>, viewer: &ActorId, lang: Lang) -> String {
    level
        .and_then(|l| l.level_of(viewer))
        .map_or_else(String::new, |l: CollaborationLevel| level_text(l, lang))
}

/// Every relation of `project`, in project order, named in `lang`.
pub fn relation_rows(project: &Project, lang: Lang) -> Vec<RelationRow> {
    project
        .relations
        .iter()
        .map(|relation| relation_row(project, relation, lang))
        .collect()
}

/// One relation as a table row, named in `lang`.
pub fn relation_row(project: &Project, relation: &Relation, lang: Lang) -> RelationRow {
    let level = project.pair_level(&relation.from, &relation.to);
    RelationRow {
        id: relation.id.to_string(),
        from: actor_name(project, &relation.from),
        to: actor_name(project, &relation.to),
        kind: relation.kind.name(lang).to_owned(),
        direction: if relation.directed {
            Msg::OneWay
        } else {
            Msg::Mutual
        }
        .get(lang)
        .to_owned(),
        arrow: if relation.directed { "→" } else { "↔" },
        activities: relation
            .activities
            .iter()
            .map(|id| {
                project
                    .activity(id)
                    .map_or(id.as_str(), |a| a.name.as_str())
            })
            .collect::<Vec<_>>()
            .join("; "),
        level_from: level_of(level, &relation.from, lang),
        level_to: level_of(level, &relation.to, lang),
        mismatch: level.and_then(PairLevel::mismatch),
        evidence: relation
            .evidence
            .iter()
            .map(|e| e.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        note: relation.note.trim().to_owned(),
    }
}

/// Every recorded pair's level of collaboration, in project order.
pub fn level_rows(project: &Project, lang: Lang) -> Vec<LevelRow> {
    project
        .collaboration_levels
        .iter()
        .map(|level| {
            let (a, b) = &level.actors;
            let mut evidence: Vec<&str> = Vec::new();
            for viewer in [a, b] {
                if let Some(view) = level.view_of(viewer) {
                    for id in &view.evidence {
                        if !evidence.contains(&id.as_str()) {
                            evidence.push(id.as_str());
                        }
                    }
                }
            }
            LevelRow {
                a: actor_name(project, a),
                b: actor_name(project, b),
                level_a: level_of(Some(level), a, lang),
                level_b: level_of(Some(level), b, lang),
                mismatch: level.mismatch(),
                evidence: evidence.join(", "),
                reasoning: level.reasoning.trim().to_owned(),
            }
        })
        .collect()
}
