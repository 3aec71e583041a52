//! Judgements against the framework: assessments (chart series) with a score,
//! a rationale and the evidence behind it per indicator, plus the findings.

use super::framework::FrameworkSlot;
use super::ids::{ActorId, AssessmentId, EvidenceId, FindingId, IndicatorId};
use serde::{Deserialize, Serialize};

/// One reading of the collaboration, drawn as one series on the radar chart:
/// e.g. "Researcher 2020", "Target", "Disperindag's view".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    /// Stable id.
    pub id: AssessmentId,
    /// The label shown in the legend.
    pub label: String,
    /// Who made the judgement, or on whose view it is based.
    #[serde(default)]
    pub assessor: String,
    /// Notes on the assessment as a whole.
    #[serde(default)]
    pub notes: String,
    /// The framework it is scored against: the project's own, or its second
    /// framework (since schema version 5).
    #[serde(default, skip_serializing_if = "FrameworkSlot::is_main")]
    pub framework: FrameworkSlot,
    /// The assessment this one scores again, as a second coder, a supervisor or
    /// an informant at a member check: the two are compared for agreement
    /// (since schema version 5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compared_with: Option<AssessmentId>,
    /// Per indicator of the framework, its score and the reasons for it.
    #[serde(default)]
    pub scores: Vec<IndicatorScore>,
}

impl Assessment {
    /// A new assessment with an empty entry for every indicator of `framework`, in
    /// its order, ready to be scored.
    pub fn blank(
        id: AssessmentId,
        label: impl Into<String>,
        framework: &super::framework::Framework,
    ) -> Self {
        Assessment {
            id,
            label: label.into(),
            assessor: String::new(),
            notes: String::new(),
            framework: FrameworkSlot::Main,
            compared_with: None,
            scores: framework
                .indicators
                .iter()
                .map(|i| IndicatorScore::empty(i.id.clone()))
                .collect(),
        }
    }

    /// The entry for `indicator`, if any.
    pub fn score_for(&self, indicator: &IndicatorId) -> Option<&IndicatorScore> {
        self.scores.iter().find(|s| &s.indicator == indicator)
    }

    /// The entry for `indicator`, created empty when missing.
    pub fn score_for_mut(&mut self, indicator: &IndicatorId) -> &mut IndicatorScore {
        let index = match self.scores.iter().position(|s| &s.indicator == indicator) {
            Some(index) => index,
            None => {
                self.scores.push(IndicatorScore::empty(indicator.clone()));
                self.scores.len() - 1
            }
        };
        &mut self.scores[index]
    }

    /// The score value for `indicator`, when one is set.
    pub fn value(&self, indicator: &IndicatorId) -> Option<f64> {
        self.score_for(indicator).and_then(|s| s.score)
    }
}

/// The judgement on one indicator.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndicatorScore {
    /// The indicator judged.
    pub indicator: IndicatorId,
    /// The score on the framework's scale; `None` while not yet judged.
    #[serde(default)]
    pub score: Option<f64>,
    /// Why this score.
    #[serde(default)]
    pub rationale: String,
    /// The evidence notes the score rests on.
    #[serde(default)]
    pub evidence: Vec<EvidenceId>,
}

impl IndicatorScore {
    /// An entry with no score, rationale or evidence yet.
    pub fn empty(indicator: IndicatorId) -> Self {
        Self {
            indicator,
            score: None,
            rationale: String::new(),
            evidence: Vec::new(),
        }
    }
}

/// Which of the study's conclusions a finding is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FindingKind {
    /// What made the collaboration work (faktor pendukung).
    Supporting,
    /// What holds the collaboration back (faktor penghambat).
    Inhibiting,
    /// What the study recommends, and to whom.
    Recommendation,
}

impl FindingKind {
    /// Every kind, in the order a results chapter reports them.
    pub const ALL: [FindingKind; 3] = [
        FindingKind::Supporting,
        FindingKind::Inhibiting,
        FindingKind::Recommendation,
    ];
}

/// A conclusion of the study: a supporting or inhibiting factor, or a recommendation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Finding {
    /// Stable id.
    pub id: FindingId,
    /// A short title.
    pub title: String,
    /// The finding in full.
    #[serde(default)]
    pub text: String,
    /// The indicators it concerns.
    #[serde(default)]
    pub indicators: Vec<IndicatorId>,
    /// The actors it concerns; for a recommendation, the actors it is addressed to.
    #[serde(default)]
    pub actors: Vec<ActorId>,
    /// The evidence notes it rests on.
    #[serde(default)]
    pub evidence: Vec<EvidenceId>,
}
