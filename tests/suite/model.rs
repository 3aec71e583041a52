//! Model invariants: `Project::validate` names every broken rule at once, the
//! built-in `DeSeve` framework is complete, and scales snap, contain and label scores.

use crate::common::{DESEVE_IDS, valid_project};
use sinergi::model::{
    ActivityId, ActorId, EntityKind, EvidenceId, Framework, IndicatorId, IndicatorScore, Lang,
    MAX_TEXT_CHARS, Problem, Project, Role, RoleId, RoleKind, Scale, ScaleLevel, SourceId, Subject,
    Text, fresh_id,
};

fn item(kind: EntityKind, id: &str) -> Subject {
    Subject::Item(kind, id.to_owned())
}

fn score_at(assessment: &str, indicator: &str) -> Subject {
    Subject::Score {
        assessment: assessment.to_owned(),
        indicator: indicator.to_owned(),
    }
}

fn dangling(at: Subject, kind: EntityKind, id: &str) -> Problem {
    Problem::Dangling {
        at,
        kind,
        id: id.to_owned(),
    }
}

/// Asserts `problems` holds each of `expected` (in any order) and nothing else.
fn assert_problems(problems: &[Problem], expected: &[Problem]) {
    for want in expected {
        assert!(
            problems.contains(want),
            "missing {want:?}\namong the problems found: {problems:#?}"
        );
    }
    for got in problems {
        assert!(
            expected.contains(got),
            "unexpected {got:?}\nexpected only: {expected:#?}"
        );
    }
}

fn off_scale(at: Subject, value: f64) -> Problem {
    Problem::OffScale {
        at,
        value,
        min: 1.0,
        max: 5.0,
        step: 1.0,
    }
}

#[test]
fn a_valid_project_has_no_problems() {
    assert_eq!(valid_project().validate(), Vec::<Problem>::new());
}

#[test]
fn an_empty_project_with_a_title_has_no_problems() {
    let mut project = Project::new(Framework::deseve());
    project.study.title = "Untitled study".into();
    assert_eq!(project.validate(), Vec::<Problem>::new());
}

#[test]
fn a_new_project_without_a_title_is_asked_for_one() {
    assert_problems(
        &Project::new(Framework::deseve()).validate(),
        &[Problem::Empty {
            at: Subject::Study,
            field: "title",
        }],
    );
}

#[test]
fn duplicate_ids_are_reported_once_per_id_and_kind() {
    let mut project = valid_project();
    let actor = project.actors[0].clone();
    project.actors.push(actor.clone());
    project.actors.push(actor);
    let mut activity = project.activities[0].clone();
    activity.name = "Another".into();
    project.activities.push(activity.clone());
    let source = project.sources[0].clone();
    project.sources.push(source);
    let note = project.evidence[0].clone();
    project.evidence.push(note);
    let assessment = project.assessments[0].clone();
    project.assessments.push(assessment);
    let indicator = project.framework.indicators[0].clone();
    project.framework.indicators.push(indicator);
    let mut role = project.roles[0].clone();
    role.activity = ActivityId::new("training-2");
    project.roles.push(role);
    project.activities.push({
        let mut a = project.activities[0].clone();
        a.id = ActivityId::new("training-2");
        a
    });
    // Inhibiting factors and recommendations share one id space.
    let mut recommendation = project.recommendations[0].clone();
    recommendation.id = project.inhibiting_factors[0].id.clone();
    project.recommendations.push(recommendation);

    let problems = project.validate();
    let duplicate = |kind, id: &str| Problem::DuplicateId {
        kind,
        id: id.to_owned(),
    };
    assert_problems(
        &problems,
        &[
            duplicate(EntityKind::Actor, "gov"),
            duplicate(EntityKind::Activity, "training"),
            duplicate(EntityKind::Source, "s1"),
            duplicate(EntityKind::Evidence, "e1"),
            duplicate(EntityKind::Assessment, "a1"),
            duplicate(EntityKind::Indicator, "network-structure"),
            duplicate(EntityKind::Role, "r1"),
            duplicate(EntityKind::Finding, "f1"),
        ],
    );
    let gov_duplicates = problems
        .iter()
        .filter(|p| {
            matches!(
                p,
                Problem::DuplicateId {
                    kind: EntityKind::Actor,
                    ..
                }
            )
        })
        .count();
    assert_eq!(
        gov_duplicates, 1,
        "three actors sharing an id are one problem"
    );
}

#[test]
fn an_empty_id_is_reported() {
    let mut project = valid_project();
    project.activities.push({
        let mut a = project.activities[0].clone();
        a.id = ActivityId::new(" ");
        a
    });
    assert_problems(
        &project.validate(),
        &[Problem::Empty {
            at: item(EntityKind::Activity, " "),
            field: "id",
        }],
    );
}

#[test]
fn every_dangling_reference_is_reported() {
    let mut project = valid_project();
    project.roles[0].actor = ActorId::new("ghost-actor");
    project.roles[1].activity = ActivityId::new("ghost-activity");
    project.sources[0].actor = Some(ActorId::new("ghost-informant"));
    let note = &mut project.evidence[0];
    note.source = SourceId::new("ghost-source");
    note.indicators.push(IndicatorId::new("ghost-indicator"));
    note.actors.push(ActorId::new("ghost-note-actor"));
    let scores = &mut project.assessments[0].scores;
    scores.push(IndicatorScore::empty(IndicatorId::new("ghost-scored")));
    scores[0].evidence.push(EvidenceId::new("ghost-note"));
    let factor = &mut project.inhibiting_factors[0];
    factor
        .indicators
        .push(IndicatorId::new("ghost-f-indicator"));
    factor.actors.push(ActorId::new("ghost-f-actor"));
    factor.evidence.push(EvidenceId::new("ghost-f-note"));
    let recommendation = &mut project.recommendations[0];
    recommendation.actors = vec![ActorId::new("ghost-addressee")];

    let role = |id| item(EntityKind::Role, id);
    let note = || item(EntityKind::Evidence, "e1");
    let factor = || item(EntityKind::Finding, "f1");
    assert_problems(
        &project.validate(),
        &[
            dangling(role("r1"), EntityKind::Actor, "ghost-actor"),
            dangling(role("r2"), EntityKind::Activity, "ghost-activity"),
            dangling(
                item(EntityKind::Source, "s1"),
                EntityKind::Actor,
                "ghost-informant",
            ),
            dangling(note(), EntityKind::Source, "ghost-source"),
            dangling(note(), EntityKind::Indicator, "ghost-indicator"),
            dangling(note(), EntityKind::Actor, "ghost-note-actor"),
            dangling(
                score_at("a1", "ghost-scored"),
                EntityKind::Indicator,
                "ghost-scored",
            ),
            dangling(
                score_at("a1", "network-structure"),
                EntityKind::Evidence,
                "ghost-note",
            ),
            dangling(factor(), EntityKind::Indicator, "ghost-f-indicator"),
            dangling(factor(), EntityKind::Actor, "ghost-f-actor"),
            dangling(factor(), EntityKind::Evidence, "ghost-f-note"),
            dangling(
                item(EntityKind::Finding, "f2"),
                EntityKind::Actor,
                "ghost-addressee",
            ),
        ],
    );
}

#[test]
fn deleting_an_actor_leaves_every_reference_to_it_reported() {
    let mut project = valid_project();
    project.actors.retain(|a| a.id.as_str() != "gov");
    let problems = project.validate();
    let to_gov = problems
        .iter()
        .filter(
            |p| matches!(p, Problem::Dangling { kind: EntityKind::Actor, id, .. } if id == "gov"),
        )
        .count();
    // Role r1, source s1's informant, note e1.
    assert_eq!(to_gov, 3, "{problems:#?}");
}

#[test]
fn scores_off_the_scale_are_reported() {
    let mut project = valid_project();
    let values = [3.5, 0.0, 6.0, -1.0, f64::NAN, f64::INFINITY];
    project.assessments[0].scores = DESEVE_IDS
        .iter()
        .zip(values)
        .map(|(indicator, value)| IndicatorScore {
            indicator: IndicatorId::new(*indicator),
            score: Some(value),
            rationale: String::new(),
            evidence: Vec::new(),
        })
        .collect();
    let problems = project.validate();
    assert_eq!(problems.len(), values.len(), "{problems:#?}");
    for (indicator, value) in DESEVE_IDS.iter().zip(values) {
        let found = problems.iter().any(|p| match p {
            Problem::OffScale {
                at,
                value: v,
                min,
                max,
                step,
            } => {
                *at == score_at("a1", indicator)
                    && (v == &value || (v.is_nan() && value.is_nan()))
                    && (*min, *max, *step) == (1.0, 5.0, 1.0)
            }
            _ => false,
        });
        assert!(found, "{value} on {indicator} not reported: {problems:#?}");
    }
}

#[test]
fn every_level_of_the_scale_is_a_valid_score_and_no_score_is_fine() {
    let mut project = valid_project();
    for value in [1.0, 2.0, 3.0, 4.0, 5.0] {
        project.assessments[0].scores[0].score = Some(value);
        assert_eq!(project.validate(), Vec::<Problem>::new(), "score {value}");
    }
    project.assessments[0].scores[0].score = None;
    assert_eq!(project.validate(), Vec::<Problem>::new());
}

#[test]
fn scoring_an_indicator_twice_is_reported() {
    let mut project = valid_project();
    let first = project.assessments[0].scores[0].clone();
    project.assessments[0].scores.push(first);
    assert_problems(
        &project.validate(),
        &[Problem::DuplicateScore {
            assessment: "a1".into(),
            indicator: "network-structure".into(),
        }],
    );
}

#[test]
fn empty_names_titles_and_excerpts_are_reported() {
    let mut project = valid_project();
    project.study.title = "   ".into();
    project.actors[0].name = String::new();
    project.activities[0].name = "\n\t".into();
    project.sources[0].title = String::new();
    project.evidence[0].excerpt = " ".into();
    project.assessments[0].label = String::new();
    project.inhibiting_factors[0].title = String::new();
    project.recommendations[0].title = String::new();
    project.framework.indicators[2].name = Text::new("", " ");
    let empty = |at, field| Problem::Empty { at, field };
    assert_problems(
        &project.validate(),
        &[
            empty(Subject::Study, "title"),
            empty(item(EntityKind::Actor, "gov"), "name"),
            empty(item(EntityKind::Activity, "training"), "name"),
            empty(item(EntityKind::Source, "s1"), "title"),
            empty(item(EntityKind::Evidence, "e1"), "excerpt"),
            empty(item(EntityKind::Assessment, "a1"), "label"),
            empty(item(EntityKind::Finding, "f1"), "title"),
            empty(item(EntityKind::Finding, "f2"), "title"),
            empty(item(EntityKind::Indicator, "trust"), "name"),
        ],
    );
}

#[test]
fn a_name_in_only_one_language_is_enough_for_an_indicator() {
    let mut project = valid_project();
    project.study.title = "t".into();
    project.framework.indicators[0].name = Text::new("", "Structure");
    project.framework.indicators[1].name = Text::new("Komitmen", "");
    assert_eq!(project.validate(), Vec::<Problem>::new());
}

#[test]
fn runaway_text_is_reported_with_its_length() {
    let mut project = valid_project();
    project.evidence[0].excerpt = "é".repeat(MAX_TEXT_CHARS + 1);
    // Exactly at the limit is fine, even though it is more bytes than the limit.
    project.actors[0].description = "é".repeat(MAX_TEXT_CHARS);
    assert_problems(
        &project.validate(),
        &[Problem::TooLong {
            at: item(EntityKind::Evidence, "e1"),
            field: "excerpt",
            chars: MAX_TEXT_CHARS + 1,
            limit: MAX_TEXT_CHARS,
        }],
    );
}

#[test]
fn bad_dates_are_reported_and_good_ones_accepted() {
    for good in [
        "",
        "  ",
        "2020",
        "2020-02",
        "2020-02-29",
        "1999-12-31",
        "2021-04-30",
    ] {
        let mut project = valid_project();
        project.sources[0].date = good.into();
        assert_eq!(project.validate(), Vec::<Problem>::new(), "date {good:?}");
    }
    for bad in [
        "yesterday",
        "20",
        "20201",
        "2020-13",
        "2020-00",
        "2020-1-5",
        "2020/01/05",
        "2020-01-32",
        "2020-01-00",
        "2020-02-30",
        "2021-02-29",
        "2020-04-31",
        "2020-01-01-01",
        "0999",
        "-2020",
        "2020-",
        "２０２０",
    ] {
        let mut project = valid_project();
        project.sources[0].date = bad.into();
        assert_problems(
            &project.validate(),
            &[Problem::BadDate {
                source: "s1".into(),
                date: bad.into(),
            }],
        );
    }
}

#[test]
fn an_actor_may_hold_several_roles_in_one_activity_but_not_the_same_one_twice() {
    let mut project = valid_project();
    project.roles.push(Role {
        id: RoleId::new("r3"),
        actor: ActorId::new("gov"),
        activity: ActivityId::new("training"),
        kind: RoleKind::Funder,
        responsibilities: String::new(),
        authority: String::new(),
    });
    assert_problems(&project.validate(), &[]);
    assert_eq!(
        project
            .roles_of(&ActorId::new("gov"), &ActivityId::new("training"))
            .count(),
        2
    );
    project.roles.push(Role {
        id: RoleId::new("r4"),
        actor: ActorId::new("gov"),
        activity: ActivityId::new("training"),
        kind: RoleKind::Facilitator,
        responsibilities: String::new(),
        authority: String::new(),
    });
    assert_problems(
        &project.validate(),
        &[Problem::DuplicateRole {
            actor: "gov".into(),
            activity: "training".into(),
            kind: RoleKind::Facilitator,
        }],
    );
}

#[test]
fn a_malformed_scale_is_reported_once_without_flagging_every_score() {
    let malformed = [
        (1.0, 5.0, 0.0),
        (1.0, 5.0, -1.0),
        (5.0, 1.0, 1.0),
        (3.0, 3.0, 1.0),
        (1.0, 5.0, 0.3),
        (f64::NAN, 5.0, 1.0),
        (1.0, f64::INFINITY, 1.0),
        (0.0, 1.0e6, 1.0),
    ];
    for (min, max, step) in malformed {
        let mut project = valid_project();
        let scale = &mut project.framework.scale;
        (scale.min, scale.max, scale.step) = (min, max, step);
        let problems = project.validate();
        assert_eq!(problems.len(), 1, "{min}..{max} step {step}: {problems:#?}");
        assert!(
            matches!(problems[0], Problem::MalformedScale { .. }),
            "{min}..{max} step {step}: {problems:#?}"
        );
    }
}

#[test]
fn a_scale_level_off_the_scale_is_reported() {
    let mut project = valid_project();
    project.framework.scale.levels.push(ScaleLevel {
        value: 2.5,
        label: Text::new("Setengah", "Half"),
    });
    assert_problems(&project.validate(), &[off_scale(Subject::Framework, 2.5)]);
}

#[test]
fn validation_reports_every_problem_at_once() {
    let mut project = valid_project();
    project.study.title = String::new();
    project.actors[1].id = ActorId::new("gov");
    project.roles[0].activity = ActivityId::new("nowhere");
    project.sources[0].date = "2020-14".into();
    project.evidence[0]
        .indicators
        .push(IndicatorId::new("nope"));
    project.assessments[0].scores[0].score = Some(3.5);
    project.inhibiting_factors[0].evidence = vec![EvidenceId::new("gone")];
    let problems = project.validate();
    assert_problems(
        &problems,
        &[
            Problem::Empty {
                at: Subject::Study,
                field: "title",
            },
            Problem::DuplicateId {
                kind: EntityKind::Actor,
                id: "gov".into(),
            },
            dangling(
                item(EntityKind::Role, "r1"),
                EntityKind::Activity,
                "nowhere",
            ),
            // The actor once called "uni" is gone: everything that named it dangles.
            dangling(item(EntityKind::Role, "r2"), EntityKind::Actor, "uni"),
            dangling(item(EntityKind::Finding, "f1"), EntityKind::Actor, "uni"),
            dangling(item(EntityKind::Finding, "f2"), EntityKind::Actor, "uni"),
            Problem::BadDate {
                source: "s1".into(),
                date: "2020-14".into(),
            },
            dangling(
                item(EntityKind::Evidence, "e1"),
                EntityKind::Indicator,
                "nope",
            ),
            off_scale(score_at("a1", "network-structure"), 3.5),
            dangling(
                item(EntityKind::Finding, "f1"),
                EntityKind::Evidence,
                "gone",
            ),
        ],
    );
}

#[test]
fn deseve_has_the_eight_indicators_in_the_documented_order_in_both_languages() {
    let framework = Framework::deseve();
    assert_eq!(framework.id, "deseve");
    let ids: Vec<&str> = framework.indicators.iter().map(|i| i.id.as_str()).collect();
    assert_eq!(ids, DESEVE_IDS);
    assert!(!framework.name.id.trim().is_empty() && !framework.name.en.trim().is_empty());
    for indicator in &framework.indicators {
        for (what, text) in [
            ("name", &indicator.name),
            ("definition", &indicator.definition),
        ] {
            assert!(
                !text.id.trim().is_empty(),
                "{} {what} has no Indonesian",
                indicator.id
            );
            assert!(
                !text.en.trim().is_empty(),
                "{} {what} has no English",
                indicator.id
            );
            assert_ne!(
                text.id, text.en,
                "{} {what} is not translated",
                indicator.id
            );
        }
        assert!(
            !indicator.guiding_questions.is_empty(),
            "{} has no guiding question",
            indicator.id
        );
        for question in &indicator.guiding_questions {
            assert!(!question.id.trim().is_empty() && !question.en.trim().is_empty());
        }
    }
    assert_eq!(
        framework.indicators[0].name.get(Lang::En),
        "Network structure"
    );
    assert_eq!(
        framework.indicators[0].name.get(Lang::Id),
        "Struktur jaringan"
    );
    assert_eq!(
        framework.position(&IndicatorId::new("access-to-resources")),
        Some(7)
    );
    assert!(framework.indicator(&IndicatorId::new("trust")).is_some());
    assert!(framework.indicator(&IndicatorId::new("nope")).is_none());

    let scale = &framework.scale;
    assert_eq!((scale.min, scale.max, scale.step), (1.0, 5.0, 1.0));
    assert_eq!(scale.values(), vec![1.0, 2.0, 3.0, 4.0, 5.0]);
    assert_eq!(scale.levels.len(), 5);
    for level in &scale.levels {
        assert!(scale.contains(level.value));
        assert!(!level.label.id.trim().is_empty() && !level.label.en.trim().is_empty());
    }
}

#[test]
fn scale_snaps_to_the_nearest_level_within_bounds() {
    let scale = Scale::one_to_five();
    for (raw, snapped) in [
        (3.0, 3.0),
        (3.4, 3.0),
        (3.6, 4.0),
        (2.5, 3.0),
        (0.0, 1.0),
        (-100.0, 1.0),
        (6.0, 5.0),
        (1e300, 5.0),
        (f64::NEG_INFINITY, 1.0),
        (f64::INFINITY, 5.0),
    ] {
        assert_eq!(scale.snap(raw), snapped, "snap({raw})");
    }
    let halves = Scale {
        min: 0.0,
        max: 2.0,
        step: 0.5,
        levels: Vec::new(),
    };
    assert_eq!(halves.snap(1.3), 1.5);
    assert_eq!(halves.snap(0.2), 0.0);
    // A malformed scale leaves the value alone rather than inventing one.
    let broken = Scale {
        step: 0.0,
        ..Scale::one_to_five()
    };
    assert_eq!(broken.snap(3.3), 3.3);
}

#[test]
fn scale_contains_exactly_its_levels() {
    let scale = Scale::one_to_five();
    for value in [1.0, 2.0, 3.0, 4.0, 5.0, 3.0 + 1e-12] {
        assert!(scale.contains(value), "{value}");
    }
    for value in [
        0.0,
        0.999,
        3.5,
        5.000_001,
        6.0,
        -3.0,
        f64::NAN,
        f64::INFINITY,
    ] {
        assert!(!scale.contains(value), "{value}");
    }
    // Tenths: 0.1 * 3 is not exactly 0.3 in binary, yet 0.3 is on the scale.
    let tenths = Scale {
        min: 0.0,
        max: 1.0,
        step: 0.1,
        levels: Vec::new(),
    };
    assert_eq!(tenths.step_count(), Some(10));
    for value in [0.0, 0.1, 0.2, 0.3, 0.7, 1.0] {
        assert!(tenths.contains(value), "{value}");
    }
    assert!(!tenths.contains(0.15));
    let broken = Scale {
        min: 5.0,
        max: 1.0,
        ..Scale::one_to_five()
    };
    assert_eq!(broken.step_count(), None);
    assert!(broken.values().is_empty());
    assert!(!broken.contains(3.0));
}

#[test]
fn scale_labels_name_each_level_in_both_languages() {
    let scale = Scale::one_to_five();
    assert_eq!(
        scale.label_for(1.0).map(|t| t.get(Lang::Id)),
        Some("Sangat lemah")
    );
    assert_eq!(
        scale.label_for(3.0).map(|t| t.get(Lang::En)),
        Some("Moderate")
    );
    assert_eq!(
        scale.label_for(5.0).map(|t| t.get(Lang::En)),
        Some("Very strong")
    );
    assert_eq!(scale.label_for(3.5), None);
    assert_eq!(scale.label_for(f64::NAN), None);
    assert_eq!(scale.label_for(0.0), None);
}

#[test]
fn text_falls_back_to_the_other_language() {
    let text = Text::new("Kuat", "");
    assert_eq!(text.get(Lang::En), "Kuat");
    assert_eq!(text.get(Lang::Id), "Kuat");
    assert!(!text.is_blank());
    assert!(Text::new(" ", "\n").is_blank());
    assert_eq!(Lang::from_code("id_ID.UTF-8"), Some(Lang::Id));
    assert_eq!(Lang::from_code("en-GB"), Some(Lang::En));
    assert_eq!(Lang::from_code("fr"), None);
}

#[test]
fn fresh_ids_never_collide() {
    assert_eq!(
        fresh_id("actor", ["actor-1", "actor-2", "actor-4"]),
        "actor-3"
    );
    assert_eq!(fresh_id("note", std::iter::empty()), "note-1");
}
