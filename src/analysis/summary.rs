//! The counts that describe a project at a glance: what `sinergi check` prints
//! and the overview panel shows.

use super::anchors::broken_anchors;
use super::triangulation::{Triangulation, TriangulationIndex};
use crate::model::{IndicatorId, Lang, Project};

/// Counts of everything in a project, and per indicator its evidence.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// Study title.
    pub title: String,
    /// Framework name in the chosen language.
    pub framework: String,
    /// The second framework's name in the chosen language, when there is one.
    pub second_framework: Option<String>,
    /// How many frameworks the project carries (1, or 2 with a second one).
    pub frameworks: usize,
    /// Number of indicators (of the main framework).
    pub indicators: usize,
    /// Number of actors.
    pub actors: usize,
    /// Number of activities.
    pub activities: usize,
    /// Number of roles.
    pub roles: usize,
    /// Number of sources.
    pub sources: usize,
    /// Number of evidence notes.
    pub evidence: usize,
    /// Number of assessments.
    pub assessments: usize,
    /// Number of supporting factors.
    pub supporting_factors: usize,
    /// Number of inhibiting factors.
    pub inhibiting_factors: usize,
    /// Number of recommendations.
    pub recommendations: usize,
    /// Number of relations between actors.
    pub relations: usize,
    /// Number of pairs of actors whose level of collaboration is recorded.
    pub collaboration_levels: usize,
    /// Sources that hold their full text.
    pub texts: usize,
    /// Notes anchored to a passage of a text.
    pub anchored: usize,
    /// Anchored notes whose passage no longer holds their excerpt.
    pub broken_anchors: usize,
    /// Per indicator, in framework order (the second framework's after the main one's).
    pub per_indicator: Vec<IndicatorSummary>,
}

/// One indicator's evidence at a glance.
#[derive(Clone, Debug, PartialEq)]
pub struct IndicatorSummary {
    /// The indicator.
    pub id: IndicatorId,
    /// Its name in the chosen language.
    pub name: String,
    /// Notes linked to it.
    pub notes: usize,
    /// Distinct sources of those notes.
    pub sources: usize,
    /// Its triangulation status.
    pub triangulation: Triangulation,
}

impl Summary {
    /// Summarises `project`, naming things in `lang`.
    pub fn of(project: &Project, index: &TriangulationIndex, lang: Lang) -> Self {
        Summary {
            title: project.study.title.clone(),
            framework: project.framework.name.get(lang).to_owned(),
            second_framework: project
                .second_framework
                .as_ref()
                .map(|framework| framework.name.get(lang).to_owned()),
            frameworks: project.frameworks().count(),
            indicators: project.framework.indicators.len(),
            actors: project.actors.len(),
            activities: project.activities.len(),
            roles: project.roles.len(),
            sources: project.sources.len(),
            evidence: project.evidence.len(),
            assessments: project.assessments.len(),
            supporting_factors: project.supporting_factors.len(),
            inhibiting_factors: project.inhibiting_factors.len(),
            recommendations: project.recommendations.len(),
            relations: project.relations.len(),
            collaboration_levels: project.collaboration_levels.len(),
            texts: project
                .sources
                .iter()
                .filter(|s| !s.text.is_empty())
                .count(),
            anchored: project
                .evidence
                .iter()
                .filter(|n| n.anchor.is_some())
                .count(),
            broken_anchors: broken_anchors(project).len(),
            per_indicator: project
                .frameworks()
                .flat_map(|(_, framework)| &framework.indicators)
                .map(|indicator| IndicatorSummary {
                    id: indicator.id.clone(),
                    name: indicator.name.get(lang).to_owned(),
                    notes: index.notes(&indicator.id).len(),
                    sources: index.source_count(&indicator.id),
                    triangulation: index.status(&indicator.id),
                })
                .collect(),
        }
    }
}
