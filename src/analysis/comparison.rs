//! Several assessments side by side, indicator by indicator: each score, the
//! difference (or, with more than two, the spread), and whether it is large
//! enough to discuss. The window, the report and the Word chapter all show this.

use crate::model::{Assessment, AssessmentId, FrameworkSlot, Indicator, Project};

/// How many steps of the scale apart two scores must be to be flagged. On the
/// usual 1–5 scale, "moderate" against "very strong" is flagged, neighbouring
/// levels are not: a difference of one level is ordinary disagreement.
pub const LARGE_DIFFERENCE_STEPS: f64 = 2.0;

/// One indicator across the assessments compared.
#[derive(Clone, Debug)]
pub struct ComparisonRow<'p> {
    /// The indicator.
    pub indicator: &'p Indicator,
    /// Each assessment's score, in the order of [`Comparison::assessments`].
    pub scores: Vec<Option<f64>>,
    /// With two assessments, the second's score minus the first's; with more,
    /// the highest minus the lowest. `None` while fewer than two are scored.
    pub difference: Option<f64>,
    /// True when the difference is at least [`LARGE_DIFFERENCE_STEPS`] steps.
    pub large: bool,
}

/// The assessments compared and one row per indicator of the framework.
#[derive(Clone, Debug)]
pub struct Comparison<'p> {
    /// The assessments, in the order asked for.
    pub assessments: Vec<&'p Assessment>,
    /// One row per indicator, in framework order.
    pub rows: Vec<ComparisonRow<'p>>,
    /// The smallest difference flagged as large, in score units.
    pub threshold: f64,
}

impl<'p> Comparison<'p> {
    /// The comparison of the assessments `ids` (unknown ids skipped) over the
    /// indicators of their framework: the framework of the first, as a chart
    /// draws one framework at a time, so assessments of the other are skipped
    /// too. `None` when fewer than two remain, since there is nothing to compare.
    pub fn of(project: &'p Project, ids: &[AssessmentId]) -> Option<Self> {
        let mut assessments: Vec<&Assessment> =
            ids.iter().filter_map(|id| project.assessment(id)).collect();
        let slot = assessments.first()?.framework;
        assessments.retain(|a| a.framework == slot);
        if assessments.len() < 2 {
            return None;
        }
        let framework = project.framework_of(assessments[0]);
        let threshold = LARGE_DIFFERENCE_STEPS * framework.scale.step.abs();
        let rows = framework
            .indicators
            .iter()
            .map(|indicator| {
                let scores: Vec<Option<f64>> =
                    assessments.iter().map(|a| a.value(&indicator.id)).collect();
                let difference = difference(&scores);
                ComparisonRow {
                    indicator,
                    scores,
                    difference,
                    // A little slack so 2.0000000001 steps of a decimal scale count.
                    large: difference.is_some_and(|d| d.abs() + 1e-9 >= threshold),
                }
            })
            .collect();
        Some(Comparison {
            assessments,
            rows,
            threshold,
        })
    }

    /// The comparison of every assessment of the project's main framework.
    pub fn of_all(project: &'p Project) -> Option<Self> {
        let ids: Vec<AssessmentId> = project
            .assessments_in(FrameworkSlot::Main)
            .map(|a| a.id.clone())
            .collect();
        Self::of(project, &ids)
    }

    /// True when two assessments are compared, so the difference is signed.
    pub fn is_pair(&self) -> bool {
        self.assessments.len() == 2
    }

    /// How many indicators differ by a large amount.
    pub fn large_count(&self) -> usize {
        self.rows.iter().filter(|r| r.large).count()
    }
}

/// The second score minus the first for a pair; the spread for more.
fn difference(scores: &[Option<f64>]) -> Option<f64> {
    if let [Some(first), Some(second)] = scores {
        return Some(second - first);
    }
    let given: Vec<f64> = scores.iter().flatten().copied().collect();
    if given.len() < 2 || scores.len() == 2 {
        return None;
    }
    let max = given.iter().copied().fold(f64::MIN, f64::max);
    let min = given.iter().copied().fold(f64::MAX, f64::min);
    Some(max - min)
}

/// A difference as every table shows it (this one, the agreement between two
/// assessments): signed for a pair ("+2", "−1", "0"), the bare spread otherwise.
pub fn difference_text(difference: f64, signed: bool) -> String {
    let magnitude = crate::model::format_score(difference.abs());
    if !signed || difference.abs() < 1e-9 {
        magnitude
    } else if difference > 0.0 {
        format!("+{magnitude}")
    } else {
        format!("−{magnitude}")
    }
}

#[cfg(test)]
mod tests {
    use super::{Comparison, difference_text};
    use crate::model::{Assessment, AssessmentId, Framework, Project};

    fn project_with(scores: &[&[Option<f64>]]) -> Project {
        let mut project = Project::new(Framework::deseve());
        for (k, values) in scores.iter().enumerate() {
            let mut assessment = Assessment::blank(
                AssessmentId::new(format!("a{k}")),
                format!("A{k}"),
                &project.framework,
            );
            for (entry, value) in assessment.scores.iter_mut().zip(values.iter()) {
                entry.score = *value;
            }
            project.assessments.push(assessment);
        }
        project
    }

    #[test]
    fn a_pair_gives_signed_differences_and_flags_two_levels_or_more() {
        let project = project_with(&[
            &[Some(3.0), Some(4.0), Some(2.0), None],
            &[Some(5.0), Some(4.0), Some(3.0), Some(4.0)],
        ]);
        let comparison = Comparison::of_all(&project).expect("two assessments");
        assert!(comparison.is_pair());
        let row = |i: usize| &comparison.rows[i];
        assert_eq!(row(0).difference, Some(2.0));
        assert!(row(0).large);
        assert_eq!(row(1).difference, Some(0.0));
        assert!(!row(1).large);
        assert_eq!(row(2).difference, Some(1.0));
        assert!(!row(2).large);
        assert_eq!(row(3).difference, None, "one side not scored");
        assert!(!row(3).large);
        assert_eq!(comparison.large_count(), 1);
        assert_eq!(comparison.rows.len(), 8);
    }

    #[test]
    fn three_or_more_give_the_spread() {
        let project = project_with(&[&[Some(2.0)], &[Some(5.0)], &[Some(3.0)]]);
        let comparison = Comparison::of_all(&project).expect("three");
        assert_eq!(comparison.rows[0].difference, Some(3.0));
        assert!(comparison.rows[0].large);
        assert_eq!(comparison.rows[1].difference, None);
    }

    #[test]
    fn fewer_than_two_assessments_compare_nothing() {
        assert!(Comparison::of_all(&project_with(&[&[Some(1.0)]])).is_none());
        let project = project_with(&[&[Some(1.0)], &[Some(2.0)]]);
        assert!(Comparison::of(&project, &[AssessmentId::new("a0")]).is_none());
    }

    #[test]
    fn differences_are_written_with_their_sign() {
        assert_eq!(difference_text(2.0, true), "+2");
        assert_eq!(difference_text(-1.5, true), "−1.5");
        assert_eq!(difference_text(0.0, true), "0");
        assert_eq!(difference_text(-3.0, false), "3");
    }
}
