//! What to show about one indicator, wherever it is shown (the chart's side
//! panel, the presentation slide, the report): its triangulation, each chosen
//! assessment's score with its level and rationale, the evidence the scores cite,
//! and the other notes linked to it. One set of rules for every view.

use super::index::EvidenceIndex;
use super::triangulation::Triangulation;
use crate::model::{
    Assessment, AssessmentId, EvidenceId, EvidenceNote, Indicator, IndicatorId, IndicatorScore,
    Lang, Project, Scale, Text, format_score,
};
use std::collections::HashSet;

/// One assessment's reading of one indicator.
#[derive(Clone, Debug)]
pub struct ScoreFacts<'p> {
    /// The assessment.
    pub assessment: &'p Assessment,
    /// Its entry for the indicator, if it has one.
    pub entry: Option<&'p IndicatorScore>,
    /// The score, when one was given.
    pub score: Option<f64>,
    /// The scale level's name for the score.
    pub level: Option<&'p Text>,
}

impl<'p> ScoreFacts<'p> {
    /// The reasons given for the score (empty when none).
    pub fn rationale(&self) -> &'p str {
        self.entry.map_or("", |entry| entry.rationale.trim())
    }

    /// The notes the score cites, by id.
    pub fn cited(&self) -> &'p [EvidenceId] {
        self.entry.map_or(&[], |entry| entry.evidence.as_slice())
    }

    /// True when the entry holds anything worth showing: a score, reasons or evidence.
    pub fn has_content(&self) -> bool {
        self.score.is_some() || !self.rationale().is_empty() || !self.cited().is_empty()
    }

    /// "3 — Moderate", or `None` when not scored.
    pub fn score_text(&self, lang: Lang) -> Option<String> {
        self.score
            .map(|value| score_text(value, self.level.map(|level| level.get(lang))))
    }
}

/// A score as every view writes it: the value and its level's name.
pub fn score_text(value: f64, level: Option<&str>) -> String {
    match level.filter(|l| !l.trim().is_empty()) {
        Some(level) => format!("{} — {level}", format_score(value)),
        None => format_score(value),
    }
}

/// Everything shown about one indicator for a set of assessments.
#[derive(Clone, Debug)]
pub struct IndicatorFacts<'p> {
    /// Its position in the framework (0-based).
    pub position: usize,
    /// The indicator.
    pub indicator: &'p Indicator,
    /// How well its evidence is triangulated.
    pub triangulation: Triangulation,
    /// Every note linked to it, in project order.
    pub linked: &'p [EvidenceId],
    /// How many distinct sources those notes come from.
    pub source_count: usize,
    /// One entry per assessment asked for, in that order.
    pub scores: Vec<ScoreFacts<'p>>,
    /// The notes any of those scores cite, each once, in the order first cited.
    pub cited: Vec<&'p EvidenceId>,
}

impl<'p> IndicatorFacts<'p> {
    /// The facts about `indicator` for the assessments `shown` (ids that name no
    /// assessment are skipped). `None` when neither framework has such an indicator.
    pub fn gather(
        project: &'p Project,
        index: &'p EvidenceIndex,
        indicator: &IndicatorId,
        shown: &[AssessmentId],
    ) -> Option<Self> {
        // The indicator may belong to either framework; its scale names the levels.
        let (framework, position) = project.frameworks().find_map(|(_, framework)| {
            framework
                .position(indicator)
                .map(|position| (framework, position))
        })?;
        let indicator = &framework.indicators[position];
        let scale = &framework.scale;
        let scores: Vec<ScoreFacts<'p>> = shown
            .iter()
            .filter_map(|id| project.assessment(id))
            .map(|assessment| score_facts(assessment, &indicator.id, scale))
            .collect();
        let mut seen = HashSet::new();
        let cited = scores
            .iter()
            .flat_map(|s| s.cited())
            .filter(|id| seen.insert(*id))
            .collect();
        let triangulation = index.triangulation();
        Some(Self {
            position,
            indicator,
            triangulation: triangulation.status(&indicator.id),
            linked: triangulation.notes(&indicator.id),
            source_count: triangulation.source_count(&indicator.id),
            scores,
            cited,
        })
    }

    /// The cited notes that exist.
    pub fn cited_notes(
        &self,
        project: &'p Project,
        index: &EvidenceIndex,
    ) -> Vec<&'p EvidenceNote> {
        self.cited
            .iter()
            .filter_map(|id| index.note(project, id))
            .collect()
    }

    /// Up to `limit` linked notes no shown score cites, and how many there are in all.
    ///
    /// A large study links thousands of notes to one indicator: only `limit` are
    /// looked up, and the total is counted from the few cited notes, so the cost
    /// does not grow with the project.
    pub fn uncited_notes(
        &self,
        project: &'p Project,
        index: &EvidenceIndex,
        limit: usize,
    ) -> (Vec<&'p EvidenceNote>, usize) {
        let cited: HashSet<&EvidenceId> = self.cited.iter().copied().collect();
        let shown = self
            .linked
            .iter()
            .filter(|id| !cited.contains(id))
            .take(limit)
            .filter_map(|id| index.note(project, id))
            .collect();
        // `linked` lists a note once per time it names the indicator.
        let cited_and_linked: usize = self
            .cited
            .iter()
            .filter_map(|id| index.note(project, id))
            .map(|note| {
                note.indicators
                    .iter()
                    .filter(|i| **i == self.indicator.id)
                    .count()
            })
            .sum();
        (shown, self.linked.len().saturating_sub(cited_and_linked))
    }

    /// The notes to quote when there is room for only `count`: the cited ones
    /// first, then the indicator's other notes.
    pub fn key_quotes(
        &self,
        project: &'p Project,
        index: &EvidenceIndex,
        count: usize,
    ) -> Vec<&'p EvidenceNote> {
        let cited: HashSet<&EvidenceId> = self.cited.iter().copied().collect();
        self.cited
            .iter()
            .copied()
            .chain(self.linked.iter().filter(|id| !cited.contains(id)))
            .filter_map(|id| index.note(project, id))
            .take(count)
            .collect()
    }
}

fn score_facts<'p>(
    assessment: &'p Assessment,
    indicator: &IndicatorId,
    scale: &'p Scale,
) -> ScoreFacts<'p> {
    let entry = assessment.score_for(indicator);
    let score = entry.and_then(|e| e.score);
    ScoreFacts {
        assessment,
        entry,
        score,
        level: score.and_then(|value| scale.label_for(value)),
    }
}

#[cfg(test)]
mod tests {
    use super::{IndicatorFacts, score_text};
    use crate::analysis::index::EvidenceIndex;
    use crate::model::{AssessmentId, IndicatorId};
    use crate::synth::{Params, project};

    #[test]
    fn a_score_is_written_with_its_level() {
        assert_eq!(score_text(3.0, Some("Moderate")), "3 — Moderate");
        assert_eq!(score_text(3.5, None), "3.5");
        assert_eq!(score_text(2.0, Some(" ")), "2");
    }

    #[test]
    fn cited_notes_come_first_and_the_uncited_count_is_exact() {
        let project = project(&Params::with_evidence(300));
        let index = EvidenceIndex::build(&project);
        let shown: Vec<AssessmentId> = project.assessments.iter().map(|a| a.id.clone()).collect();
        for indicator in &project.framework.indicators {
            let facts = IndicatorFacts::gather(&project, &index, &indicator.id, &shown)
                .expect("the indicator exists");
            let cited = facts.cited_notes(&project, &index);
            let (_, uncited) = facts.uncited_notes(&project, &index, 5);
            let by_scan = facts
                .linked
                .iter()
                .filter(|id| !facts.cited.contains(id))
                .count();
            assert_eq!(uncited, by_scan, "{}", indicator.id);
            let quotes = facts.key_quotes(&project, &index, cited.len() + 2);
            assert_eq!(&quotes[..cited.len()], &cited[..]);
        }
        assert!(
            IndicatorFacts::gather(&project, &index, &IndicatorId::new("nope"), &shown).is_none()
        );
    }
}
