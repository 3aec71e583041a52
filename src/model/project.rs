//! The project as a whole: the study and everything recorded, judged and
//! concluded about it.

use super::actors::{Activity, Actor, Role};
use super::assessment::{Assessment, Finding};
use super::evidence::{EvidenceNote, Source};
use super::framework::{Framework, NetworkForm};
use super::ids::{ActivityId, ActorId, AssessmentId, EvidenceId, SourceId};
use super::text::Lang;
use serde::{Deserialize, Serialize};

/// The schema version this build writes. Every older version keeps loading (see `store`).
pub const CURRENT_SCHEMA_VERSION: u32 = 3;

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
    /// What holds the collaboration back.
    #[serde(default)]
    pub inhibiting_factors: Vec<Finding>,
    /// What the study recommends, and to whom.
    #[serde(default)]
    pub recommendations: Vec<Finding>,
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
}

impl Project {
    /// An empty project judged against `framework`.
    pub fn new(framework: Framework) -> Self {
        Project {
            schema_version: CURRENT_SCHEMA_VERSION,
            study: Study::default(),
            framework,
            network: NetworkStructure::default(),
            actors: Vec::new(),
            activities: Vec::new(),
            roles: Vec::new(),
            sources: Vec::new(),
            evidence: Vec::new(),
            assessments: Vec::new(),
            inhibiting_factors: Vec::new(),
            recommendations: Vec::new(),
        }
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
