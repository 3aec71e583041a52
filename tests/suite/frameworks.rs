//! Frameworks as a researcher changes them: the rules a framework must keep
//! (rubrics on the scale, ids unique across both frameworks, assessments against
//! a framework the project has), framework edits that carry their consequences
//! and undo exactly, framework files, and assessments imported from a copy.

use crate::common::{fixture, valid_project};
use sinergi::analysis::plan_import;
use sinergi::document::{Document, Edit, FrameworkEdit, OffScaleScores, framework_effects};
use sinergi::model::{
    AssessmentId, EntityKind, Framework, FrameworkSlot, IndicatorId, Problem, RubricLevel, Subject,
    Text,
};
use sinergi::store;

#[test]
fn rubrics_off_the_scale_or_twice_the_same_level_are_problems() {
    let mut project = valid_project();
    let indicator = &mut project.framework.indicators[0];
    indicator.rubric = vec![
        RubricLevel {
            value: 2.0,
            description: Text::new("dua", "two"),
        },
        RubricLevel {
            value: 2.0,
            description: Text::new("lagi", "again"),
        },
        RubricLevel {
            value: 7.0,
            description: Text::new("tujuh", "seven"),
        },
    ];
    let problems = project.validate();
    assert!(problems.contains(&Problem::DuplicateRubricLevel {
        indicator: "network-structure".into(),
        value: 2.0
    }));
    assert!(problems.iter().any(|p| matches!(
        p,
        Problem::OffScale { at: Subject::Item(EntityKind::Indicator, id), value, .. }
            if id == "network-structure" && *value == 7.0
    )));
    assert_eq!(problems.len(), 2, "{problems:?}");
}

#[test]
fn a_second_framework_must_keep_its_ids_apart_and_carry_its_assessments() {
    let mut project = valid_project();
    project.second_framework = Some(Framework::deseve());
    assert!(project.validate().iter().any(|p| matches!(
        p,
        Problem::DuplicateId { kind: EntityKind::Indicator, id } if id == "trust"
    )));
    project.second_framework = Some(
        Framework::built_in_by_id("ansell-gash-2008")
            .cloned()
            .expect("built in"),
    );
    assert_eq!(project.validate(), Vec::new());
    // A note may link to an indicator of either framework.
    project.evidence[0]
        .indicators
        .push(IndicatorId::new("trust-building"));
    assert_eq!(project.validate(), Vec::new());
    // An assessment against the second framework scores its indicators only.
    project.assessments[0].framework = FrameworkSlot::Second;
    assert!(project.validate().iter().any(|p| matches!(
        p,
        Problem::Dangling { kind: EntityKind::Indicator, id, .. } if id == "network-structure"
    )));
    project.second_framework = None;
    assert!(project.validate().contains(&Problem::NoSecondFramework {
        assessment: "a1".into()
    }));
}

#[test]
fn a_comparison_needs_another_assessment_of_the_same_framework() {
    let mut project = valid_project();
    project.assessments[0].compared_with = Some(AssessmentId::new("a1"));
    assert!(project.validate().contains(&Problem::BadComparison {
        assessment: "a1".into(),
        other: "a1".into()
    }));
    project.assessments[0].compared_with = Some(AssessmentId::new("nobody"));
    assert!(project.validate().iter().any(|p| matches!(
        p,
        Problem::Dangling { kind: EntityKind::Assessment, id, .. } if id == "nobody"
    )));
}

#[test]
fn removing_an_indicator_unlinks_its_notes_and_scores_and_undo_restores_all() {
    let project = store::load(&fixture("v5.ron")).expect("v5");
    let before = project.clone();
    let mut doc = Document::new(project, None);
    let mut seven = doc.project.framework.clone();
    seven.indicators.retain(|i| i.id.as_str() != "governance");
    let edit = FrameworkEdit::put(FrameworkSlot::Main, seven);
    let effects = framework_effects(&doc.project, &edit);
    assert_eq!(effects.removed_indicators.len(), 1);
    assert_eq!(effects.removed_indicators[0].en, "Governance");
    assert!(effects.notes_unlinked >= 1);
    assert_eq!(
        effects.entries_removed, 1,
        "peneliti-2020 scored governance"
    );
    assert!(doc.apply(vec![(Edit::Framework(edit), None)]));
    let governance = IndicatorId::new("governance");
    assert!(doc.project.framework.indicator(&governance).is_none());
    assert!(
        doc.project
            .evidence
            .iter()
            .all(|n| !n.indicators.contains(&governance))
    );
    assert!(
        doc.project
            .assessments
            .iter()
            .all(|a| a.score_for(&governance).is_none())
    );
    assert_eq!(doc.project.validate(), Vec::new());
    assert!(doc.undo());
    assert_eq!(doc.project, before, "one undo step brings everything back");
    assert!(doc.redo());
    assert!(doc.project.framework.indicator(&governance).is_none());
}

#[test]
fn a_new_scale_moves_or_clears_scores_as_chosen_and_removing_the_lens_takes_its_assessments() {
    let project = store::load(&fixture("v5.ron")).expect("v5");
    let mut doc = Document::new(project.clone(), None);
    let mut three = doc.project.framework.clone();
    three.scale.max = 3.0;
    let edit = FrameworkEdit {
        slot: FrameworkSlot::Main,
        framework: Some(three),
        off_scale: OffScaleScores::Snap,
    };
    let effects = framework_effects(&doc.project, &edit);
    // peneliti-2020 gave two 4s, the target one 5, the supervisor one 4.
    assert_eq!(effects.off_scale.len(), 4, "{:?}", effects.off_scale);
    assert!(effects.off_scale.iter().all(|s| s.new == Some(3.0)));
    doc.apply(vec![(Edit::Framework(edit), None)]);
    assert_eq!(doc.project.validate(), Vec::new());
    let researcher = doc
        .project
        .assessment(&"peneliti-2020".into())
        .expect("kept");
    assert_eq!(researcher.value(&"commitment".into()), Some(3.0));
    doc.undo();
    assert_eq!(doc.project, project);

    let remove = FrameworkEdit {
        slot: FrameworkSlot::Second,
        framework: None,
        off_scale: OffScaleScores::Clear,
    };
    let effects = framework_effects(&doc.project, &remove);
    assert_eq!(effects.assessments_removed, 1);
    assert_eq!(effects.removed_indicators.len(), 3);
    doc.apply(vec![(Edit::Framework(remove), None)]);
    assert!(doc.project.second_framework.is_none());
    assert!(doc.project.assessment(&"proses-2020".into()).is_none());
    assert_eq!(doc.project.validate(), Vec::new());
    doc.undo();
    assert_eq!(doc.project, project);
}

#[test]
fn a_framework_saved_to_a_file_loads_into_another_project() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("kerangka.ron");
    let mut framework = Framework::built_in_by_id("thomson-perry-2006")
        .cloned()
        .expect("built in");
    framework.indicators[0].name.en = "Governance (edited)".into();
    store::save_framework(&path, &framework).expect("saved");
    assert_eq!(store::load_framework(&path).expect("loads"), framework);
    // A project file is a framework file too: its framework is taken.
    let project_file = fixture("v5.ron");
    let taken = store::load_framework(&project_file).expect("a project");
    assert_eq!(taken.id, "deseve");
}

#[test]
fn importing_from_a_copy_with_another_framework_is_refused() {
    let ours = store::load(&fixture("v5.ron")).expect("v5");
    let mut theirs = ours.clone();
    theirs.framework.scale.max = 7.0;
    let error = plan_import(&ours, &theirs, "lain.ron").expect_err("refused");
    let message = error.describe(sinergi::model::Lang::En);
    assert!(message.contains("scale"), "{message}");
}
