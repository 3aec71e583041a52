//! What the researcher saw, heard and read: sources and the evidence notes taken from them.

use super::ids::{ActorId, EvidenceId, IndicatorId, SourceId};
use serde::{Deserialize, Serialize};

/// Where evidence comes from: one interview, one observation, one document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Stable id.
    pub id: SourceId,
    /// Interview, observation or document.
    pub kind: SourceKind,
    /// A short title, e.g. "Wawancara Kepala Seksi IKM".
    pub title: String,
    /// Who was interviewed or wrote the document (a role, not necessarily a name).
    #[serde(default)]
    pub informant: String,
    /// The actor the informant speaks for, if any.
    #[serde(default)]
    pub actor: Option<ActorId>,
    /// When: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or empty when unknown.
    #[serde(default)]
    pub date: String,
    /// Where to find it: recording file, page, archive, document number.
    #[serde(default)]
    pub reference: String,
}

/// The three kinds of data source of a qualitative field study.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SourceKind {
    /// A conversation with an informant (primary data).
    Interview,
    /// What the researcher observed in the field (primary data).
    Observation,
    /// A written record: MoU, guidelines, reports, statistics (secondary data).
    Document,
}

impl SourceKind {
    /// Every kind, in the order menus list them.
    pub const ALL: [SourceKind; 3] = [
        SourceKind::Interview,
        SourceKind::Observation,
        SourceKind::Document,
    ];
}

/// One piece of evidence: a quote or an observation, and what the researcher makes of it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvidenceNote {
    /// Stable id.
    pub id: EvidenceId,
    /// The source it was taken from.
    pub source: SourceId,
    /// The excerpt or observation, verbatim.
    pub excerpt: String,
    /// The researcher's interpretation of it.
    #[serde(default)]
    pub interpretation: String,
    /// The indicators it speaks to.
    #[serde(default)]
    pub indicators: Vec<IndicatorId>,
    /// The actors it is about.
    #[serde(default)]
    pub actors: Vec<ActorId>,
    /// Whether it supports or challenges a positive reading, or only gives context.
    pub stance: Stance,
    /// Free tags for the researcher's own coding.
    #[serde(default)]
    pub tags: Vec<String>,
}

/// How a note bears on the indicators it is linked to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Stance {
    /// Speaks for the collaboration working on this point.
    Supports,
    /// Speaks against it.
    Challenges,
    /// Background only.
    Context,
}

impl Stance {
    /// Every stance, in the order menus list them.
    pub const ALL: [Stance; 3] = [Stance::Supports, Stance::Challenges, Stance::Context];
}
