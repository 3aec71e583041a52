//! What putting a framework in a slot does to the work that refers to it, worked
//! out once for both the question the user is asked first ([`framework_effects`])
//! and the change itself (`changes.rs` turns the plan into undoable changes), so
//! the preview can never promise something other than what happens.

use super::edit::{FrameworkEdit, OffScaleScores};
use crate::model::{
    Assessment, EvidenceNote, Finding, FindingKind, Framework, FrameworkSlot, IndicatorId, Project,
    Text,
};
use std::collections::HashSet;

/// The changes a framework edit makes, by position in the project's lists.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct FrameworkPlan {
    /// The framework to put in the slot, its ids kept apart from the other
    /// slot's and its rubric fitted to its scale.
    pub framework: Option<Framework>,
    /// Notes whose links to removed indicators are dropped.
    pub notes: Vec<(usize, EvidenceNote)>,
    /// Findings whose links to removed indicators are dropped.
    pub findings: Vec<(FindingKind, usize, Finding)>,
    /// Assessments changed (`Some`) or deleted (`None`), highest position first
    /// among the deletes.
    pub assessments: Vec<(usize, Option<Assessment>)>,
}

/// What a framework edit does to existing work, for the question asked first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FrameworkEffects {
    /// Indicators that disappear, by name.
    pub removed_indicators: Vec<Text>,
    /// Notes that lose a link to one of them.
    pub notes_unlinked: usize,
    /// Findings that lose a link to one of them.
    pub findings_unlinked: usize,
    /// Entries of assessments (a score, a rationale or cited evidence) on
    /// indicators that disappear.
    pub entries_removed: usize,
    /// Scores that are not on the new scale.
    pub off_scale: Vec<OffScaleScore>,
    /// Rubric descriptions of levels the new scale no longer has.
    pub rubric_levels_dropped: usize,
    /// Assessments deleted with the second framework.
    pub assessments_removed: usize,
}

/// A score that is not on a new scale, and what becomes of it.
#[derive(Clone, Debug, PartialEq)]
pub struct OffScaleScore {
    /// The assessment's label.
    pub assessment: String,
    /// The indicator's name.
    pub indicator: Text,
    /// The score now.
    pub old: f64,
    /// The score after the change (`None`: cleared).
    pub new: Option<f64>,
}

impl FrameworkEffects {
    /// True when the edit touches no existing work: it needs no question.
    pub fn is_empty(&self) -> bool {
        *self == FrameworkEffects::default()
    }
}

/// What `edit` would do to `project`'s work.
pub fn framework_effects(project: &Project, edit: &FrameworkEdit) -> FrameworkEffects {
    let Some(old) = project.framework_in(edit.slot) else {
        return FrameworkEffects::default();
    };
    let plan = plan_framework(project, edit);
    let new = plan.framework.as_ref();
    let removed = removed_ids(old, new);
    let mut effects = FrameworkEffects {
        removed_indicators: old
            .indicators
            .iter()
            .filter(|i| removed.contains(&i.id))
            .map(|i| i.name.clone())
            .collect(),
        notes_unlinked: plan.notes.len(),
        findings_unlinked: plan.findings.len(),
        assessments_removed: plan.assessments.iter().filter(|(_, a)| a.is_none()).count(),
        ..FrameworkEffects::default()
    };
    if let Some(new) = new {
        effects.rubric_levels_dropped = old
            .indicators
            .iter()
            .filter(|i| !removed.contains(&i.id))
            .flat_map(|i| &i.rubric)
            .filter(|level| !new.scale.contains(level.value))
            .count();
    }
    for assessment in project.assessments_in(edit.slot) {
        for entry in &assessment.scores {
            let has_content =
                entry.score.is_some() || !entry.rationale.is_empty() || !entry.evidence.is_empty();
            if removed.contains(&entry.indicator) {
                effects.entries_removed += usize::from(has_content);
                continue;
            }
            if let (Some(new), Some(score)) = (new, entry.score)
                && !new.scale.contains(score)
            {
                effects.off_scale.push(OffScaleScore {
                    assessment: assessment.label.clone(),
                    indicator: old
                        .indicator(&entry.indicator)
                        .map_or_else(Text::default, |i| i.name.clone()),
                    old: score,
                    new: moved(score, new, edit.off_scale),
                });
            }
        }
    }
    effects
}

/// The plan for `edit` on `project` (empty when the slot is empty and stays so,
/// or when the main framework would be taken away).
pub(super) fn plan_framework(project: &Project, edit: &FrameworkEdit) -> FrameworkPlan {
    if edit.slot == FrameworkSlot::Main && edit.framework.is_none() {
        return FrameworkPlan::default();
    }
    let other = match edit.slot {
        FrameworkSlot::Main => project.second_framework.as_ref(),
        FrameworkSlot::Second => Some(&project.framework),
    };
    let framework = edit.framework.as_ref().map(|new| {
        let mut new = match other {
            Some(other) => new.avoiding_ids_of(other),
            None => new.clone(),
        };
        fit_rubrics(&mut new);
        new
    });
    let Some(old) = project.framework_in(edit.slot) else {
        return FrameworkPlan {
            framework,
            ..FrameworkPlan::default()
        };
    };
    let removed = removed_ids(old, framework.as_ref());
    let unlink = |ids: &mut Vec<IndicatorId>| ids.retain(|id| !removed.contains(id));
    let links = |ids: &[IndicatorId]| ids.iter().any(|id| removed.contains(id));
    let notes = project
        .evidence
        .iter()
        .enumerate()
        .filter(|(_, note)| links(&note.indicators))
        .map(|(index, note)| {
            let mut note = note.clone();
            unlink(&mut note.indicators);
            (index, note)
        })
        .collect();
    let findings = FindingKind::ALL
        .into_iter()
        .flat_map(|kind| {
            project
                .findings(kind)
                .iter()
                .enumerate()
                .filter(|(_, finding)| links(&finding.indicators))
                .map(move |(index, finding)| {
                    let mut finding = finding.clone();
                    unlink(&mut finding.indicators);
                    (kind, index, finding)
                })
        })
        .collect();
    let assessments = plan_assessments(project, edit, framework.as_ref(), &removed);
    FrameworkPlan {
        framework,
        notes,
        findings,
        assessments,
    }
}

/// The assessments of the slot: deleted with a removed framework, otherwise
/// without entries on removed indicators and with scores fitted to the scale.
fn plan_assessments(
    project: &Project,
    edit: &FrameworkEdit,
    framework: Option<&Framework>,
    removed: &HashSet<IndicatorId>,
) -> Vec<(usize, Option<Assessment>)> {
    let in_slot = project
        .assessments
        .iter()
        .enumerate()
        .filter(|(_, a)| a.framework == edit.slot);
    let Some(framework) = framework else {
        // Deletes from the highest position down keep the others' positions.
        let mut deletes: Vec<_> = in_slot.map(|(index, _)| (index, None)).collect();
        deletes.reverse();
        return deletes;
    };
    in_slot
        .filter_map(|(index, assessment)| {
            let mut updated = assessment.clone();
            updated.scores.retain(|s| !removed.contains(&s.indicator));
            for entry in &mut updated.scores {
                if let Some(score) = entry.score
                    && !framework.scale.contains(score)
                {
                    entry.score = moved(score, framework, edit.off_scale);
                }
            }
            (&updated != assessment).then_some((index, Some(updated)))
        })
        .collect()
}

/// Where a score off the new scale goes.
fn moved(score: f64, framework: &Framework, policy: OffScaleScores) -> Option<f64> {
    match policy {
        OffScaleScores::Clear => None,
        OffScaleScores::Snap => Some(framework.scale.snap(score)),
    }
}

/// The ids of `old` that `new` does not have (all of them when `new` is `None`).
fn removed_ids(old: &Framework, new: Option<&Framework>) -> HashSet<IndicatorId> {
    old.indicators
        .iter()
        .filter(|i| new.is_none_or(|new| new.indicator(&i.id).is_none()))
        .map(|i| i.id.clone())
        .collect()
}

/// Drops rubric descriptions and level labels of values the scale does not have.
fn fit_rubrics(framework: &mut Framework) {
    let scale = framework.scale.clone();
    if scale.step_count().is_none() {
        return;
    }
    for indicator in &mut framework.indicators {
        indicator.rubric.retain(|level| scale.contains(level.value));
    }
    framework
        .scale
        .levels
        .retain(|level| scale.contains(level.value));
}

#[cfg(test)]
mod tests {
    use super::{framework_effects, plan_framework};
    use crate::document::edit::{FrameworkEdit, OffScaleScores};
    use crate::model::{Framework, FrameworkSlot, IndicatorId};
    use crate::synth::{Params, project};

    #[test]
    fn the_preview_counts_what_the_plan_changes() {
        let project = project(&Params::with_evidence(200));
        let mut seven = project.framework.clone();
        seven.indicators.retain(|i| i.id.as_str() != "governance");
        let edit = FrameworkEdit::put(FrameworkSlot::Main, seven);
        let effects = framework_effects(&project, &edit);
        let plan = plan_framework(&project, &edit);
        assert_eq!(effects.removed_indicators.len(), 1);
        let linked = project
            .evidence
            .iter()
            .filter(|n| n.indicators.contains(&IndicatorId::new("governance")))
            .count();
        assert!(linked > 0);
        assert_eq!(effects.notes_unlinked, linked);
        assert_eq!(plan.notes.len(), linked);
        assert!(effects.off_scale.is_empty());
        assert!(!effects.is_empty());
    }

    #[test]
    fn a_narrower_scale_clears_or_snaps_the_scores_it_no_longer_has() {
        let project = project(&Params::with_evidence(100));
        let mut narrow = project.framework.clone();
        narrow.scale.max = 3.0;
        for policy in [OffScaleScores::Clear, OffScaleScores::Snap] {
            let edit = FrameworkEdit {
                slot: FrameworkSlot::Main,
                framework: Some(narrow.clone()),
                off_scale: policy,
            };
            let effects = framework_effects(&project, &edit);
            let above: usize = project
                .assessments
                .iter()
                .flat_map(|a| &a.scores)
                .filter(|s| s.score.is_some_and(|v| v > 3.0))
                .count();
            assert_eq!(effects.off_scale.len(), above);
            for score in &effects.off_scale {
                let expected = match policy {
                    OffScaleScores::Clear => None,
                    OffScaleScores::Snap => Some(3.0),
                };
                assert_eq!(score.new, expected);
            }
            let plan = plan_framework(&project, &edit);
            let kept = plan.framework.expect("a framework");
            assert!(kept.scale.levels.iter().all(|l| l.value <= 3.0));
            assert!(
                kept.indicators
                    .iter()
                    .flat_map(|i| &i.rubric)
                    .all(|l| l.value <= 3.0)
            );
        }
    }

    #[test]
    fn a_second_framework_with_the_same_ids_is_kept_apart() {
        let project = project(&Params::with_evidence(10));
        let edit = FrameworkEdit::put(FrameworkSlot::Second, Framework::deseve());
        let plan = plan_framework(&project, &edit);
        let second = plan.framework.expect("put");
        assert!(
            second
                .indicators
                .iter()
                .all(|i| project.framework.indicator(&i.id).is_none())
        );
        assert_eq!(second.indicators[0].id.as_str(), "deseve-network-structure");
        assert!(framework_effects(&project, &edit).is_empty());
    }
}
