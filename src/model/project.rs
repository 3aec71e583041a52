//! The project as a whole: the study and everything recorded, judged and
//! concluded about it.

use super::actors::{Activity, Actor, Role};
use super::assessment::{Assessment, Finding, FindingKind};
use super::evidence::{EvidenceNote, Source};
use super::framework::{Framework, FrameworkSlot, Indicator, NetworkForm};
use super::ids::{
    ActivityId, ActorId, AssessmentId, EvidenceId, IndicatorId, RelationId, SourceId,
};
use super::network::{NodePosition, PairLevel, Relation};
use super::text::Lang;
use serde::{Deserialize, Serialize};

/// The schema version this build writes. Every older version keeps loading (see `store`).
pub const CURRENT_SCHEMA_VERSION: u32 = 6;

/// A whole study: what the researcher records, judges and presents.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Project {
    /// The version of the file layout; see [`CURRENT_SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Study metadata.
    pub study: Study,
    /// The framework the collaboration is judged against (a self-contained copy).
    pub framework: Framework,
    /// A second framework, a lens on the same evidence (since schema version 5):
    /// notes may link to its indicators too, and an assessment may be scored
    /// against it. Its indicator ids differ from the first framework's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second_framework: Option<Framework>,
    /// The form of the collaboration network, as the researcher reads it.
    #[serde(default)]
    pub network: NetworkStructure,
    /// The organisations and groups taking part.
    #[serde(default)]
    pub actors: Vec<Actor>,
    /// The programmes the collaboration runs.
    #[serde(default)]
    pub activities: Vec<Activity>,
    /// Who does what in which activity.
    #[serde(default)]
    pub roles: Vec<Role>,
    /// Interviews, observations and documents.
    #[serde(default)]
    pub sources: Vec<Source>,
    /// Evidence notes taken from the sources.
    #[serde(default)]
    pub evidence: Vec<EvidenceNote>,
    /// Readings of the collaboration against the framework (chart series).
    #[serde(default)]
    pub assessments: Vec<Assessment>,
    /// What made the collaboration work (since schema version 4).
    #[serde(default)]
    pub supporting_factors: Vec<Finding>,
    /// What holds the collaboration back.
    #[serde(default)]
    pub inhibiting_factors: Vec<Finding>,
    /// What the study recommends, and to whom.
    #[serde(default)]
    pub recommendations: Vec<Finding>,
    /// The ties between actors (since schema version 6).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub relations: Vec<Relation>,
    /// The level of collaboration of each rated pair of actors, as each side
    /// sees it (since schema version 6).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub collaboration_levels: Vec<PairLevel>,
    /// Where the user placed the actors in the network diagram; actors not
    /// listed are placed automatically (since schema version 6).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub network_layout: Vec<NodePosition>,
}

/// Study metadata.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Study {
    /// Title of the study.
    pub title: String,
    /// The collaboration studied.
    #[serde(default)]
    pub case: String,
    /// Where it takes place.
    #[serde(default)]
    pub location: String,
    /// Who carried out the study.
    #[serde(default)]
    pub researchers: Vec<String>,
    /// The researchers' institution.
    #[serde(default)]
    pub institution: String,
    /// When the fieldwork took place.
    #[serde(default)]
    pub period: String,
    /// Approach, data collection, validity checks, analysis.
    #[serde(default)]
    pub method_notes: String,
    /// The language the study is written in.
    #[serde(default)]
    pub language: Lang,
}

/// The network form the researcher assigns, and why.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NetworkStructure {
    /// The form, once decided.
    #[serde(default)]
    pub form: Option<NetworkForm>,
    /// The reasons for that reading.
    #[serde(default)]
    pub notes: String,
    /// The lead organisation, or the network administrative organisation,
    /// marked in the network diagram (since schema version 6).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead: Option<ActorId>,
}

impl Project {
    /// An empty project judged against `framework`.
    pub fn new(framework: Framework) -> Self {
        Project {
            schema_version: CURRENT_SCHEMA_VERSION,
            study: Study::default(),
            framework,
            second_framework: None,
            network: NetworkStructure::default(),
            actors: Vec::new(),
            activities: Vec::new(),
            roles: Vec::new(),
            sources: Vec::new(),
            evidence: Vec::new(),
            assessments: Vec::new(),
            supporting_factors: Vec::new(),
            inhibiting_factors: Vec::new(),
            recommendations: Vec::new(),
            relations: Vec::new(),
            collaboration_levels: Vec::new(),
            network_layout: Vec::new(),
        }
    }

    /// The framework in `slot`, when the project has one there.
    pub fn framework_in(&self, slot: FrameworkSlot) -> Option<&Framework> {
        match slot {
            FrameworkSlot::Main => Some(&self.framework),
            FrameworkSlot::Second => self.second_framework.as_ref(),
        }
    }

    /// The frameworks the project carries, with their slots, the main one first.
    pub fn frameworks(&self) -> impl Iterator<Item = (FrameworkSlot, &Framework)> + '_ {
        FrameworkSlot::ALL
            .into_iter()
            .filter_map(|slot| self.framework_in(slot).map(|framework| (slot, framework)))
    }

    /// The framework `assessment` is scored against (the main one when its
    /// slot is empty, which validation reports).
    pub fn framework_of(&self, assessment: &Assessment) -> &Framework {
        self.framework_in(assessment.framework)
            .unwrap_or(&self.framework)
    }

    /// The assessments scored against the framework in `slot`, in project order.
    pub fn assessments_in(&self, slot: FrameworkSlot) -> impl Iterator<Item = &Assessment> + '_ {
        self.assessments.iter().filter(move |a| a.framework == slot)
    }

    /// The indicator with this id in either framework, with its framework's slot.
    pub fn any_indicator(&self, id: &IndicatorId) -> Option<(FrameworkSlot, &Indicator)> {
        self.frameworks()
            .find_map(|(slot, framework)| framework.indicator(id).map(|i| (slot, i)))
    }

    /// The actor with this id.
    pub fn actor(&self, id: &ActorId) -> Option<&Actor> {
        self.actors.iter().find(|a| &a.id == id)
    }

    /// The activity with this id.
    pub fn activity(&self, id: &ActivityId) -> Option<&Activity> {
        self.activities.iter().find(|a| &a.id == id)
    }

    /// The source with this id.
    pub fn source(&self, id: &SourceId) -> Option<&Source> {
        self.sources.iter().find(|s| &s.id == id)
    }

    /// The evidence note with this id.
    pub fn note(&self, id: &EvidenceId) -> Option<&EvidenceNote> {
        self.evidence.iter().find(|n| &n.id == id)
    }

    /// The assessment with this id.
    pub fn assessment(&self, id: &AssessmentId) -> Option<&Assessment> {
        self.assessments.iter().find(|a| &a.id == id)
    }

    /// The relation with this id.
    pub fn relation(&self, id: &RelationId) -> Option<&Relation> {
        self.relations.iter().find(|r| &r.id == id)
    }

    /// The level of collaboration recorded for the pair `a`, `b`.
    pub fn pair_level(&self, a: &ActorId, b: &ActorId) -> Option<&PairLevel> {
        self.collaboration_levels.iter().find(|l| l.is_pair(a, b))
    }

    /// The findings of one kind.
    pub fn findings(&self, kind: FindingKind) -> &[Finding] {
        match kind {
            FindingKind::Supporting => &self.supporting_factors,
            FindingKind::Inhibiting => &self.inhibiting_factors,
            FindingKind::Recommendation => &self.recommendations,
        }
    }

    /// The findings of one kind, to change.
    pub fn findings_mut(&mut self, kind: FindingKind) -> &mut Vec<Finding> {
        match kind {
            FindingKind::Supporting => &mut self.supporting_factors,
            FindingKind::Inhibiting => &mut self.inhibiting_factors,
            FindingKind::Recommendation => &mut self.recommendations,
        }
    }

    /// Every finding, kind by kind.
    pub fn all_findings(&self) -> impl Iterator<Item = &Finding> + Clone + '_ {
        FindingKind::ALL
            .into_iter()
            .flat_map(move |kind| self.findings(kind))
    }

    /// The roles `actor` plays in `activity`, in project order (an actor may
    /// hold several, e.g. organiser and funder of the same exhibition).
    pub fn roles_of<'p>(
        &'p self,
        actor: &'p ActorId,
        activity: &'p ActivityId,
    ) -> impl Iterator<Item = &'p Role> + 'p {
        self.roles
            .iter()
            .filter(move |r| &r.actor == actor && &r.activity == activity)
    }
}
