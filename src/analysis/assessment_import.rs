//! What of another copy of the same study can be brought in (a second
//! coder's, the supervisor's, a member check typed up by someone else): only its
//! assessments, under ids of their own, compared with the assessment they score
//! again; nothing else of the project. The other file must judge against the
//! same framework. The window adds the chosen ones in one undoable step.

use crate::i18n::Msg;
use crate::model::{
    Assessment, AssessmentId, EvidenceId, Framework, FrameworkSlot, IndicatorId, Lang, Project,
    fresh_id,
};
use std::collections::HashSet;

/// What can be imported from another project file.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportPlan {
    /// The other file's name, as the user knows it.
    pub file_name: String,
    /// Its assessments, ready to add.
    pub candidates: Vec<ImportCandidate>,
}

/// One assessment of the other file, as it would come in.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportCandidate {
    /// The assessment under its new id, with its citations of notes this
    /// project lacks left out.
    pub assessment: Assessment,
    /// Its id in the other file.
    pub original_id: AssessmentId,
    /// Citations left out because this project has no such note.
    pub citations_dropped: usize,
    /// This project's assessment it is identical to (same id and scores): the
    /// shared starting copy, not a second coding.
    pub unchanged_from: Option<AssessmentId>,
    /// The label of the assessment it scores again, when it scores one again.
    pub compared_with_label: Option<String>,
    /// Whether to bring it in (the user ticks it).
    pub chosen: bool,
}

/// Why another file's assessments cannot come in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AssessmentImportError {
    /// The other file judges against a framework this project does not carry.
    FrameworkDiffers {
        /// The other file's framework, by name.
        theirs: String,
        /// This project's framework it was compared with, by name.
        ours: String,
        /// Indicators this project has and the other lacks.
        missing: Vec<String>,
        /// Indicators the other has and this project lacks.
        extra: Vec<String>,
        /// The scales differ (range or step).
        scale_differs: bool,
    },
    /// The other file has no assessment.
    NoAssessments,
}

/// True when two frameworks score the same indicators on the same scale.
fn same_shape(a: &Framework, b: &Framework) -> bool {
    let ids = |f: &Framework| -> HashSet<IndicatorId> {
        f.indicators.iter().map(|i| i.id.clone()).collect()
    };
    ids(a) == ids(b) && a.scale.values() == b.scale.values()
}

/// The slot of `ours` whose framework has `theirs`'s shape, or why there is none.
fn matching_slot(
    ours: &Project,
    theirs: &Framework,
) -> Result<FrameworkSlot, AssessmentImportError> {
    if let Some((slot, _)) = ours.frameworks().find(|(_, f)| same_shape(f, theirs)) {
        return Ok(slot);
    }
    // Explain against the framework of the same id, else the main one.
    let nearest = ours
        .frameworks()
        .find(|(_, f)| f.id == theirs.id)
        .map_or(&ours.framework, |(_, f)| f);
    let names = |from: &Framework, without: &Framework| {
        from.indicators
            .iter()
            .filter(|i| without.indicator(&i.id).is_none())
            .map(|i| i.id.0.clone())
            .collect()
    };
    Err(AssessmentImportError::FrameworkDiffers {
        theirs: theirs.name.en.clone(),
        ours: nearest.name.en.clone(),
        missing: names(nearest, theirs),
        extra: names(theirs, nearest),
        scale_differs: nearest.scale.values() != theirs.scale.values(),
    })
}

/// A stem for ids made from a file name: `koder-2.sinergi` -> `koder-2`.
fn id_stem(file_name: &str) -> String {
    let stem = std::path::Path::new(file_name).file_stem().map_or_else(
        || file_name.to_owned(),
        |s| s.to_string_lossy().into_owned(),
    );
    let cleaned: String = stem
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let joined = cleaned
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if joined.is_empty() {
        "import".to_owned()
    } else {
        joined
    }
}

/// What of `theirs` (read from `file_name`) can come into `ours`.
pub fn plan_import(
    ours: &Project,
    theirs: &Project,
    file_name: &str,
) -> Result<ImportPlan, AssessmentImportError> {
    if theirs.assessments.is_empty() {
        return Err(AssessmentImportError::NoAssessments);
    }
    let mut slots = Vec::new();
    for (slot, framework) in theirs.frameworks() {
        if theirs.assessments_in(slot).next().is_some() {
            slots.push((slot, matching_slot(ours, framework)?));
        }
    }
    let notes: HashSet<&EvidenceId> = ours.evidence.iter().map(|n| &n.id).collect();
    let stem = id_stem(file_name);
    let mut taken: Vec<String> = ours.assessments.iter().map(|a| a.id.0.clone()).collect();
    let labels: HashSet<&str> = ours.assessments.iter().map(|a| a.label.as_str()).collect();
    // New ids first, so comparisons among the imported ones can follow them.
    let mut renamed: Vec<(AssessmentId, AssessmentId)> = Vec::new();
    for assessment in &theirs.assessments {
        let wanted = format!("{}-{stem}", assessment.id);
        let id = if taken.contains(&wanted) {
            fresh_id(&wanted, taken.iter().map(String::as_str))
        } else {
            wanted
        };
        taken.push(id.clone());
        renamed.push((assessment.id.clone(), AssessmentId::new(id)));
    }
    // The copies both files started from: identical to one of ours.
    let unchanged: Vec<Option<AssessmentId>> = theirs
        .assessments
        .iter()
        .map(|original| {
            ours.assessment(&original.id)
                .filter(|mine| same_scores(mine, original))
                .map(|mine| mine.id.clone())
        })
        .collect();
    // Where a comparison in the other file points here: at our own assessment
    // when it points at a shared unchanged copy, else at the imported one.
    let target = |other: &AssessmentId| -> Option<AssessmentId> {
        let index = theirs.assessments.iter().position(|a| &a.id == other)?;
        unchanged[index]
            .clone()
            .or_else(|| Some(renamed[index].1.clone()))
    };
    let mut candidates: Vec<ImportCandidate> = theirs
        .assessments
        .iter()
        .zip(&renamed)
        .zip(&unchanged)
        .map(|((original, (_, id)), unchanged_from)| {
            let mut assessment = original.clone();
            assessment.id = id.clone();
            assessment.framework = slots
                .iter()
                .find(|(their, _)| *their == original.framework)
                .map_or(FrameworkSlot::Main, |(_, our)| *our);
            if labels.contains(assessment.label.as_str()) {
                assessment.label = format!("{} ({file_name})", assessment.label);
            }
            let mut citations_dropped = 0;
            for entry in &mut assessment.scores {
                let before = entry.evidence.len();
                entry.evidence.retain(|e| notes.contains(e));
                citations_dropped += before - entry.evidence.len();
            }
            // A comparison in the other file follows its assessments here; a
            // copy of one of ours is compared with ours.
            assessment.compared_with =
                original
                    .compared_with
                    .as_ref()
                    .and_then(target)
                    .or_else(|| {
                        ours.assessment(&original.id)
                            .filter(|mine| mine.framework == assessment.framework)
                            .map(|mine| mine.id.clone())
                    });
            ImportCandidate {
                chosen: unchanged_from.is_none(),
                assessment,
                original_id: original.id.clone(),
                citations_dropped,
                unchanged_from: unchanged_from.clone(),
                compared_with_label: None,
            }
        })
        .collect();
    // Name the assessment each one scores again, ours or one coming in.
    let labels: Vec<(AssessmentId, String)> = ours
        .assessments
        .iter()
        .chain(candidates.iter().map(|c| &c.assessment))
        .map(|a| (a.id.clone(), a.label.clone()))
        .collect();
    for candidate in &mut candidates {
        candidate.compared_with_label =
            candidate.assessment.compared_with.as_ref().and_then(|id| {
                labels
                    .iter()
                    .find(|(known, _)| known == id)
                    .map(|(_, label)| label.clone())
            });
    }
    Ok(ImportPlan {
        file_name: file_name.to_owned(),
        candidates,
    })
}

/// True when two assessments give every indicator the same score.
fn same_scores(a: &Assessment, b: &Assessment) -> bool {
    let scores = |x: &Assessment| {
        let mut v: Vec<(IndicatorId, Option<u64>)> = x
            .scores
            .iter()
            .map(|s| (s.indicator.clone(), s.score.map(f64::to_bits)))
            .filter(|(_, score)| score.is_some())
            .collect();
        v.sort();
        v
    };
    scores(a) == scores(b)
}

impl AssessmentImportError {
    /// The reason as a sentence in `lang`, naming what differs.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            AssessmentImportError::NoAssessments => Msg::ImportNoAssessments.get(lang).to_owned(),
            AssessmentImportError::FrameworkDiffers {
                theirs,
                ours,
                missing,
                extra,
                scale_differs,
            } => {
                let mut lines = vec![Msg::ImportFrameworkDiffers.fill(lang, &[theirs, ours])];
                if !missing.is_empty() {
                    lines.push(Msg::ImportMissingIndicators.fill(lang, &[&missing.join(", ")]));
                }
                if !extra.is_empty() {
                    lines.push(Msg::ImportExtraIndicators.fill(lang, &[&extra.join(", ")]));
                }
                if *scale_differs {
                    lines.push(Msg::ImportScaleDiffers.get(lang).to_owned());
                }
                lines.join(" ")
            }
        }
    }
}

impl ImportPlan {
    /// The chosen assessments, as they come in. A comparison with an imported
    /// assessment that is not chosen is dropped.
    pub fn chosen_assessments(&self) -> Vec<Assessment> {
        let chosen: HashSet<&AssessmentId> = self
            .candidates
            .iter()
            .filter(|c| c.chosen)
            .map(|c| &c.assessment.id)
            .collect();
        let imported: HashSet<&AssessmentId> =
            self.candidates.iter().map(|c| &c.assessment.id).collect();
        self.candidates
            .iter()
            .filter(|c| c.chosen)
            .map(|c| {
                let mut assessment = c.assessment.clone();
                if assessment
                    .compared_with
                    .as_ref()
                    .is_some_and(|other| imported.contains(other) && !chosen.contains(other))
                {
                    assessment.compared_with = None;
                }
                assessment
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::{AssessmentImportError, id_stem, plan_import};
    use crate::model::{AssessmentId, Framework, Project};
    use crate::synth::{Params, project};

    #[test]
    fn a_coders_copy_comes_in_under_new_ids_compared_with_the_original() {
        let ours = project(&Params::with_evidence(50));
        let mut theirs = ours.clone();
        // The second coder re-scored the first assessment and cited a note of their own.
        let first = &mut theirs.assessments[0];
        first.scores[0].score = Some(if first.scores[0].score == Some(1.0) {
            2.0
        } else {
            1.0
        });
        first.scores[0].evidence.push("their-note".into());
        let plan = plan_import(&ours, &theirs, "Koder 2.sinergi").expect("same framework");
        assert_eq!(plan.candidates.len(), theirs.assessments.len());
        let rescored = &plan.candidates[0];
        assert!(rescored.chosen);
        assert_eq!(rescored.citations_dropped, 1);
        assert_eq!(
            rescored.assessment.id,
            AssessmentId::new(format!("{}-koder-2", ours.assessments[0].id))
        );
        assert_eq!(
            rescored.assessment.compared_with.as_ref(),
            Some(&ours.assessments[0].id)
        );
        // The others are the copies both started from: offered, not ticked.
        assert!(
            plan.candidates[1..]
                .iter()
                .all(|c| !c.chosen && c.unchanged_from.is_some())
        );
        let chosen = plan.chosen_assessments();
        assert_eq!(chosen.len(), 1);
        let mut merged = ours.clone();
        merged.assessments.extend(chosen);
        assert_eq!(merged.validate(), Vec::new());
        assert_eq!(merged.assessments.len(), ours.assessments.len() + 1);
        assert_eq!(merged.evidence, ours.evidence, "nothing else is touched");
    }

    #[test]
    fn a_second_coding_of_the_shared_copy_is_compared_with_our_own() {
        let ours = project(&Params::with_evidence(20));
        let mut theirs = ours.clone();
        let mut coder = theirs.assessments[0].clone();
        coder.id = "coder".into();
        coder.label = "Coder".into();
        coder.compared_with = Some(ours.assessments[0].id.clone());
        theirs.assessments.push(coder);
        let plan = plan_import(&ours, &theirs, "k.ron").expect("same framework");
        let coder = plan.candidates.last().expect("the coder's");
        assert!(coder.chosen);
        assert_eq!(
            coder.assessment.compared_with.as_ref(),
            Some(&ours.assessments[0].id),
            "compared with our assessment, not the unchanged copy of it"
        );
        assert_eq!(
            coder.compared_with_label.as_deref(),
            Some(ours.assessments[0].label.as_str())
        );
        let chosen = plan.chosen_assessments();
        assert_eq!(chosen.len(), 1);
        assert_eq!(
            chosen[0].compared_with.as_ref(),
            Some(&ours.assessments[0].id)
        );
    }

    #[test]
    fn another_framework_is_refused_naming_the_difference() {
        let ours = project(&Params::with_evidence(10));
        let mut theirs = Project::new(
            Framework::built_in_by_id("deseve-7")
                .cloned()
                .expect("built in"),
        );
        theirs.assessments.push(crate::model::Assessment::blank(
            "a".into(),
            "A",
            &theirs.framework,
        ));
        match plan_import(&ours, &theirs, "x.ron") {
            Err(AssessmentImportError::FrameworkDiffers {
                missing,
                extra,
                scale_differs,
                ..
            }) => {
                assert_eq!(missing, vec!["governance".to_owned()]);
                assert!(extra.is_empty());
                assert!(!scale_differs);
            }
            other => panic!("{other:?}"),
        }
        let empty = Project::new(Framework::deseve());
        assert_eq!(
            plan_import(&ours, &empty, "e.ron"),
            Err(AssessmentImportError::NoAssessments)
        );
    }

    #[test]
    fn ids_are_made_from_the_file_name() {
        assert_eq!(id_stem("Koder 2.sinergi"), "koder-2");
        assert_eq!(id_stem("pembimbing_final.ron"), "pembimbing-final");
        assert_eq!(id_stem("...ron"), "import");
    }
}
