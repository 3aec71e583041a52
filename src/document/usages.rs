//! What refers to an item, counted for the "delete?" question, so the user
//! learns what a cascading delete will take with it.

use super::changes::last_of_rated_pair;
use super::edit::ItemRef;
use crate::model::{EvidenceId, Project};

/// Where an item is referred to, for the "delete?" question: counts per kind.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Usages {
    /// Roles that would be deleted.
    pub roles: usize,
    /// Sources that name it as their informant's actor.
    pub sources: usize,
    /// Evidence notes that link to it (or, for a source, that would be deleted).
    pub notes: usize,
    /// Assessments whose scores cite it.
    pub assessments: usize,
    /// Findings that link to it.
    pub findings: usize,
    /// Relations that would be deleted (an actor's ties).
    pub relations: usize,
    /// Pairs' levels of collaboration that would be deleted.
    pub levels: usize,
    /// Relations and levels that cite it or link to it, and would only lose the link.
    pub relation_links: usize,
}

impl Usages {
    /// True when nothing refers to the item.
    pub fn is_empty(&self) -> bool {
        *self == Usages::default()
    }
}

/// Counts what refers to `target`.
pub fn usages(project: &Project, target: &ItemRef) -> Usages {
    let all_findings = || project.all_findings();
    match target {
        ItemRef::Actor(id) => Usages {
            roles: project.roles.iter().filter(|r| &r.actor == id).count(),
            sources: project
                .sources
                .iter()
                .filter(|s| s.actor.as_ref() == Some(id))
                .count(),
            notes: project
                .evidence
                .iter()
                .filter(|n| n.actors.contains(id))
                .count(),
            assessments: 0,
            findings: all_findings().filter(|f| f.actors.contains(id)).count(),
            relations: project.relations.iter().filter(|r| r.involves(id)).count(),
            levels: project
                .collaboration_levels
                .iter()
                .filter(|l| l.involves(id))
                .count(),
            relation_links: 0,
        },
        ItemRef::Activity(id) => Usages {
            roles: project.roles.iter().filter(|r| &r.activity == id).count(),
            relation_links: project
                .relations
                .iter()
                .filter(|r| r.activities.contains(id))
                .count(),
            ..Usages::default()
        },
        ItemRef::Relation(id) => Usages {
            levels: usize::from(last_of_rated_pair(project, id).is_some()),
            ..Usages::default()
        },
        ItemRef::Source(id) => {
            let notes: Vec<&EvidenceId> = project
                .evidence
                .iter()
                .filter(|n| &n.source == id)
                .map(|n| &n.id)
                .collect();
            let mut usages = note_citations(project, &notes);
            usages.notes = notes.len();
            usages
        }
        ItemRef::Note(id) => note_citations(project, &[id]),
        ItemRef::Role(_) | ItemRef::Assessment(_) | ItemRef::Finding(..) | ItemRef::Level(..) => {
            Usages::default()
        }
    }
}

fn note_citations(project: &Project, notes: &[&EvidenceId]) -> Usages {
    let cited = |evidence: &[EvidenceId]| evidence.iter().any(|e| notes.contains(&e));
    Usages {
        assessments: project
            .assessments
            .iter()
            .filter(|a| a.scores.iter().any(|s| cited(&s.evidence)))
            .count(),
        findings: project
            .all_findings()
            .filter(|f| cited(&f.evidence))
            .count(),
        relation_links: project
            .relations
            .iter()
            .filter(|r| cited(&r.evidence))
            .count()
            + project
                .collaboration_levels
                .iter()
                .filter(|l| l.views.iter().any(|v| cited(&v.evidence)))
                .count(),
        ..Usages::default()
    }
}
