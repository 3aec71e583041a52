//! What the researcher saw, heard and read: sources and the evidence notes taken from them.

use super::anchor::Anchor;
use super::ids::{ActorId, EvidenceId, IndicatorId, SourceId};
use serde::{Deserialize, Serialize};

/// Where evidence comes from: one interview, focus group, observation,
/// questionnaire, document or set of secondary data.
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
    /// The code the thesis cites the informant by, e.g. "I-3" (theses anonymise).
    #[serde(default)]
    pub informant_code: String,
    /// The informant's position, e.g. "Kepala Seksi IKM".
    #[serde(default)]
    pub informant_position: String,
    /// The actor the informant speaks for, if any.
    #[serde(default)]
    pub actor: Option<ActorId>,
    /// When: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or empty when unknown.
    #[serde(default)]
    pub date: String,
    /// Where to find it: recording file, page, archive, document number.
    #[serde(default)]
    pub reference: String,
    /// Its full text (a transcript, a document), imported or pasted, so that
    /// notes can be anchored to its passages. Empty when there is none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub text: String,
}

/// The kinds of data source of a qualitative field study.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SourceKind {
    /// A conversation with an informant (primary data).
    Interview,
    /// A focus group discussion, FGD (primary data).
    FocusGroup,
    /// What the researcher observed in the field (primary data).
    Observation,
    /// A questionnaire or survey (primary data).
    Questionnaire,
    /// A written record: MoU, guidelines, reports, minutes (secondary data).
    Document,
    /// Statistics and other data gathered by others (secondary data).
    SecondaryData,
}

impl SourceKind {
    /// Every kind, in the order menus list them.
    pub const ALL: [SourceKind; 6] = [
        SourceKind::Interview,
        SourceKind::FocusGroup,
        SourceKind::Observation,
        SourceKind::Questionnaire,
        SourceKind::Document,
        SourceKind::SecondaryData,
    ];

    /// The kind a file or source name suggests, in Indonesian or English
    /// (`wawancara_lurah.pdf` is an interview whatever its format), if any.
    pub fn suggested_by(name: &str) -> Option<SourceKind> {
        let name = name.to_lowercase();
        let has = |words: &[&str]| words.iter().any(|w| name.contains(w));
        if has(&[
            "fgd",
            "focus group",
            "focus_group",
            "diskusi kelompok",
            "diskusi_kelompok",
        ]) {
            Some(SourceKind::FocusGroup)
        } else if has(&["wawancara", "interview", "transkrip", "transcript"]) {
            Some(SourceKind::Interview)
        } else if has(&[
            "observasi",
            "observation",
            "pengamatan",
            "catatan lapangan",
            "field note",
        ]) {
            Some(SourceKind::Observation)
        } else if has(&["kuesioner", "questionnaire", "survei", "survey", "angket"]) {
            Some(SourceKind::Questionnaire)
        } else {
            None
        }
    }

    /// True for sources whose words are quoted: what informants said or wrote.
    /// An observation note is the researcher's own record, not a quotation.
    pub fn is_quoted(self) -> bool {
        !matches!(self, SourceKind::Observation | SourceKind::SecondaryData)
    }

    /// True for sources with an informant (a person who spoke or answered).
    pub fn has_informant(self) -> bool {
        matches!(
            self,
            SourceKind::Interview | SourceKind::FocusGroup | SourceKind::Questionnaire
        )
    }
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
    /// The passage of the source's text the excerpt was coded from, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchor: Option<Anchor>,
    /// Where to find it in the source: "hlm. 12", "00:14:32", "par. 7".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub locator: String,
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
