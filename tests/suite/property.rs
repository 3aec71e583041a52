//! Property: any valid project, whatever its text holds (quotes, backslashes,
//! newlines, parentheses, any Unicode), survives `to_ron` + `parse` unchanged,
//! and `to_ron` is idempotent.

use proptest::prelude::*;
use proptest::sample::Index;
use sinergi::model::{
    Activity, ActivityId, Actor, ActorId, Anchor, Assessment, AssessmentId, CollaborationLevel,
    Color, EvidenceId, EvidenceNote, Finding, FindingId, Framework, FrameworkSlot, Indicator,
    IndicatorId, IndicatorScore, Lang, LevelView, NetworkForm, NetworkStructure, NodePosition,
    PairLevel, Project, Relation, RelationId, RelationKind, Role, RoleId, RoleKind, RubricLevel,
    Scale, ScaleLevel, Sector, Source, SourceId, SourceKind, Stance, Study, Text,
};
use sinergi::store;
use std::collections::HashSet;
use std::path::Path;

/// Characters that stress the RON writer and reader, mixed into arbitrary Unicode.
fn tricky_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => any::<char>(),
        1 => prop::sample::select(vec![
            '"', '\\', '\n', '\r', '\t', ')', '(', ']', '[', '}', '{', ',', ':', '\'', '#',
            '/', '*', '\0', '\u{7f}', '\u{feff}', '\u{2028}', 'é', '字', '😀', 'r', ' ',
        ]),
    ]
}

/// Any text, possibly empty or blank.
fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(tricky_char(), 0..24).prop_map(String::from_iter)
}

/// Text that is not blank (names, titles, excerpts must not be).
fn name() -> impl Strategy<Value = String> {
    text().prop_map(|s| format!("n{s}"))
}

fn bilingual() -> impl Strategy<Value = Text> {
    (text(), text()).prop_map(|(id, en)| Text::new(id, en))
}

fn bilingual_name() -> impl Strategy<Value = Text> {
    (name(), text()).prop_map(|(id, en)| Text::new(id, en))
}

/// A unique id per position, with arbitrary text after the unique part (less
/// the control characters validation refuses in ids).
fn id_at(stem: &str, index: usize, suffix: &str) -> String {
    let suffix: String = suffix.chars().filter(|c| !c.is_control()).collect();
    format!("{stem}{index}-{suffix}")
}

fn date() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        (1000u32..=9999).prop_map(|y| format!("{y}")),
        (1000u32..=9999, 1u32..=12).prop_map(|(y, m)| format!("{y}-{m:02}")),
        (1000u32..=9999, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| format!("{y}-{m:02}-{d:02}")),
    ]
}

/// A well-formed scale: min in a few places, steps that are and are not exact in binary.
fn scale() -> impl Strategy<Value = Scale> {
    (
        prop::sample::select(vec![-2.0, 0.0, 1.0]),
        prop::sample::select(vec![1.0, 0.5, 0.25, 0.1, 2.0]),
        1usize..=10,
        prop::collection::vec(bilingual(), 0..4),
    )
        .prop_map(|(min, step, steps, labels)| {
            let max = min + step * steps as f64;
            let mut scale = Scale {
                min,
                max,
                step,
                levels: Vec::new(),
            };
            let values = scale.values();
            scale.levels = values
                .iter()
                .zip(labels)
                .map(|(value, label)| ScaleLevel {
                    value: *value,
                    label,
                })
                .collect();
            scale
        })
        .prop_filter("a well-formed scale", |scale| scale.step_count().is_some())
}

fn framework() -> impl Strategy<Value = Framework> {
    let custom = (
        name(),
        bilingual_name(),
        (text(), bilingual()),
        prop::collection::vec(
            (
                text(),
                bilingual_name(),
                bilingual(),
                prop::collection::vec(bilingual(), 0..3),
            ),
            1..9,
        ),
        scale(),
    )
        .prop_map(|(id, name, (citation, description), indicators, scale)| {
            let values = scale.values();
            Framework {
                id,
                name,
                citation,
                description,
                indicators: indicators
                    .into_iter()
                    .enumerate()
                    .map(
                        |(i, (suffix, name, definition, guiding_questions))| Indicator {
                            id: IndicatorId::new(id_at("i", i, &suffix)),
                            // A rubric for some levels, worded from the other texts.
                            rubric: values
                                .iter()
                                .take(i % 4)
                                .map(|value| RubricLevel {
                                    value: *value,
                                    description: definition.clone(),
                                })
                                .collect(),
                            name,
                            definition,
                            guiding_questions,
                        },
                    )
                    .collect(),
                scale,
            }
        });
    prop_oneof![1 => Just(Framework::deseve()), 3 => custom]
}

fn study() -> impl Strategy<Value = Study> {
    (
        name(),
        (text(), text(), text(), text(), text()),
        prop::collection::vec(text(), 0..3),
        prop::sample::select(Lang::ALL.to_vec()),
    )
        .prop_map(
            |(
                title,
                (case, location, institution, period, method_notes),
                researchers,
                language,
            )| {
                Study {
                    title,
                    case,
                    location,
                    researchers,
                    institution,
                    period,
                    method_notes,
                    language,
                }
            },
        )
}

/// References are drawn as indices and resolved against what exists.
fn picks() -> impl Strategy<Value = Vec<Index>> {
    prop::collection::vec(any::<Index>(), 0..4)
}

fn pick<T: Clone>(items: &[T], index: &Index) -> Option<T> {
    (!items.is_empty()).then(|| items[index.index(items.len())].clone())
}

fn pick_all<T: Clone + PartialEq>(items: &[T], indices: &[Index]) -> Vec<T> {
    // Duplicates in a list are allowed by the model; keep them to exercise that too.
    indices.iter().filter_map(|i| pick(items, i)).collect()
}

type RawActor = (String, String, String, Sector, String, (u8, u8, u8));
type RawActivity = (String, String, String, String, String);
type RawRole = (Index, Index, RoleKind, String, String);
type RawSource = (
    String,
    SourceKind,
    String,
    (String, String, String),
    Option<Index>,
    String,
    String,
);
type RawNote = (
    String,
    Index,
    String,
    String,
    Vec<Index>,
    Vec<Index>,
    Stance,
    Vec<String>,
);
type RawScore = (Index, Option<Index>, String, Vec<Index>);
type RawAssessment = (String, String, String, String, Vec<RawScore>);
type RawFinding = (String, String, String, Vec<Index>, Vec<Index>, Vec<Index>);
type RawRelation = (
    String,
    (Index, Index),
    RelationKind,
    bool,
    String,
    Vec<Index>,
    Vec<Index>,
);
type RawView = (bool, CollaborationLevel, Vec<Index>);
type RawLevel = (Index, Index, Vec<RawView>, String);
/// Relations, levels, placed actors and the lead actor (schema version 6).
type RawNetwork = (
    Vec<RawRelation>,
    Vec<RawLevel>,
    Vec<(Index, f64, f64)>,
    Option<Index>,
);

/// A project before its references are resolved: ids are made unique by position,
/// references are indices into what exists.
#[derive(Debug, Clone)]
struct Raw {
    framework: Framework,
    study: Study,
    network: (Option<NetworkForm>, String),
    actors: Vec<RawActor>,
    activities: Vec<RawActivity>,
    roles: Vec<RawRole>,
    sources: Vec<RawSource>,
    notes: Vec<RawNote>,
    assessments: Vec<RawAssessment>,
    factors: Vec<RawFinding>,
    recommendations: Vec<RawFinding>,
    links: RawNetwork,
}

fn network_raw() -> impl Strategy<Value = RawNetwork> {
    (
        prop::collection::vec(
            (
                text(),
                any::<(Index, Index)>(),
                prop::sample::select(RelationKind::ALL.to_vec()),
                any::<bool>(),
                text(),
                picks(),
                picks(),
            ),
            0..6,
        ),
        prop::collection::vec(
            (
                any::<Index>(),
                any::<Index>(),
                prop::collection::vec(
                    (
                        any::<bool>(),
                        prop::sample::select(CollaborationLevel::ALL.to_vec()),
                        picks(),
                    ),
                    0..3,
                ),
                text(),
            ),
            0..4,
        ),
        prop::collection::vec((any::<Index>(), 0.0..=1.0f64, 0.0..=1.0f64), 0..4),
        prop::option::of(any::<Index>()),
    )
}

fn finding_raw() -> impl Strategy<Value = RawFinding> {
    (text(), name(), text(), picks(), picks(), picks())
}

fn raw() -> impl Strategy<Value = Raw> {
    let people = (
        prop::collection::vec(
            (
                text(),
                name(),
                text(),
                prop::sample::select(Sector::ALL.to_vec()),
                text(),
                any::<(u8, u8, u8)>(),
            ),
            0..5,
        ),
        prop::collection::vec((text(), name(), text(), text(), text()), 0..4),
        prop::collection::vec(
            (
                any::<Index>(),
                any::<Index>(),
                prop::sample::select(RoleKind::ALL.to_vec()),
                text(),
                text(),
            ),
            0..6,
        ),
    );
    let evidence = (
        prop::collection::vec(
            (
                text(),
                prop::sample::select(SourceKind::ALL.to_vec()),
                name(),
                (text(), text(), text()),
                prop::option::of(any::<Index>()),
                date(),
                text(),
            ),
            0..4,
        ),
        prop::collection::vec(
            (
                text(),
                any::<Index>(),
                name(),
                text(),
                picks(),
                picks(),
                prop::sample::select(Stance::ALL.to_vec()),
                prop::collection::vec(text(), 0..3),
            ),
            0..6,
        ),
    );
    let judgement = (
        prop::collection::vec(
            (
                text(),
                name(),
                text(),
                text(),
                prop::collection::vec(
                    (
                        any::<Index>(),
                        prop::option::of(any::<Index>()),
                        text(),
                        picks(),
                    ),
                    0..5,
                ),
            ),
            0..3,
        ),
        prop::collection::vec(finding_raw(), 0..3),
        prop::collection::vec(finding_raw(), 0..3),
    );
    (
        framework(),
        study(),
        (
            prop::option::of(prop::sample::select(NetworkForm::ALL.to_vec())),
            text(),
        ),
        people,
        evidence,
        judgement,
        network_raw(),
    )
        .prop_map(
            |(framework, study, network, people, evidence, judgement, links)| Raw {
                framework,
                study,
                network,
                actors: people.0,
                activities: people.1,
                roles: people.2,
                sources: evidence.0,
                notes: evidence.1,
                assessments: judgement.0,
                factors: judgement.1,
                recommendations: judgement.2,
                links,
            },
        )
}

/// Builds a project whose every reference points at something that exists.
#[expect(
    clippy::too_many_lines,
    reason = "one step per list of the project, in the order references need them"
)]
fn build(raw: Raw) -> Project {
    let mut project = Project::new(raw.framework);
    // Every other project carries a second framework, its ids kept apart.
    if raw.study.title.len() % 2 == 1 {
        project.second_framework = Some(Framework::deseve().avoiding_ids_of(&project.framework));
    }
    project.study = raw.study;
    project.network = NetworkStructure {
        form: raw.network.0,
        notes: raw.network.1,
        lead: None,
    };
    let indicator_ids: Vec<IndicatorId> = project
        .frameworks()
        .flat_map(|(_, framework)| framework.indicators.iter().map(|i| i.id.clone()))
        .collect();

    project.actors = raw
        .actors
        .into_iter()
        .enumerate()
        .map(
            |(i, (suffix, name, short_name, sector, description, (r, g, b)))| Actor {
                id: ActorId::new(id_at("actor", i, &suffix)),
                name,
                short_name,
                sector,
                description,
                color: Color::rgb(r, g, b),
            },
        )
        .collect();
    let actor_ids: Vec<ActorId> = project.actors.iter().map(|a| a.id.clone()).collect();

    project.activities = raw
        .activities
        .into_iter()
        .enumerate()
        .map(
            |(i, (suffix, name, schedule, place, description))| Activity {
                id: ActivityId::new(id_at("activity", i, &suffix)),
                name,
                schedule,
                place,
                description,
            },
        )
        .collect();
    let activity_ids: Vec<ActivityId> = project.activities.iter().map(|a| a.id.clone()).collect();

    let mut pairs = HashSet::new();
    for (i, (actor, activity, kind, responsibilities, authority)) in
        raw.roles.into_iter().enumerate()
    {
        let (Some(actor), Some(activity)) =
            (pick(&actor_ids, &actor), pick(&activity_ids, &activity))
        else {
            continue;
        };
        // One role per actor and activity.
        if !pairs.insert((actor.clone(), activity.clone())) {
            continue;
        }
        project.roles.push(Role {
            id: RoleId::new(format!("role{i}")),
            actor,
            activity,
            kind,
            responsibilities,
            authority,
        });
    }

    project.sources = raw
        .sources
        .into_iter()
        .enumerate()
        .map(
            |(i, (suffix, kind, title, (informant, code, position), actor, date, reference))| {
                // A text made of the other fields: tricky characters, line ends.
                let text = format!("{title}\n\n{informant}\r\n{reference}");
                Source {
                    id: SourceId::new(id_at("source", i, &suffix)),
                    kind,
                    title,
                    informant,
                    informant_code: code,
                    informant_position: position,
                    actor: actor.and_then(|a| pick(&actor_ids, &a)),
                    date,
                    reference,
                    text,
                }
            },
        )
        .collect();
    let source_ids: Vec<SourceId> = project.sources.iter().map(|s| s.id.clone()).collect();

    for (i, (suffix, source, excerpt, interpretation, indicators, actors, stance, tags)) in
        raw.notes.into_iter().enumerate()
    {
        let Some(source) = pick(&source_ids, &source) else {
            continue;
        };
        // Every other note is anchored to its source's first line (its title).
        let (excerpt, anchor) = match project.sources.iter().find(|s| s.id == source) {
            Some(s) if i % 2 == 0 => (
                s.title.clone(),
                Some(Anchor::new(0, s.title.chars().count())),
            ),
            _ => (excerpt, None),
        };
        project.evidence.push(EvidenceNote {
            id: EvidenceId::new(id_at("note", i, &suffix)),
            source,
            excerpt,
            interpretation,
            indicators: pick_all(&indicator_ids, &indicators),
            actors: pick_all(&actor_ids, &actors),
            stance,
            tags,
            locator: if anchor.is_some() {
                "par. 1".into()
            } else {
                String::new()
            },
            anchor,
        });
    }
    let note_ids: Vec<EvidenceId> = project.evidence.iter().map(|n| n.id.clone()).collect();

    let mut first_in_slot: Vec<(FrameworkSlot, AssessmentId)> = Vec::new();
    project.assessments = raw
        .assessments
        .into_iter()
        .enumerate()
        .map(|(i, (suffix, label, assessor, notes, scores))| {
            let id = AssessmentId::new(id_at("assessment", i, &suffix));
            // Odd assessments are scored against the second framework, if any.
            let slot = if i % 2 == 1 && project.second_framework.is_some() {
                FrameworkSlot::Second
            } else {
                FrameworkSlot::Main
            };
            let framework = project.framework_in(slot).expect("the slot is filled");
            let scale_values = framework.scale.values();
            let indicator_ids: Vec<IndicatorId> =
                framework.indicators.iter().map(|i| i.id.clone()).collect();
            // Later assessments score the first one of their framework again.
            let compared_with = match first_in_slot.iter().find(|(s, _)| *s == slot) {
                Some((_, first)) => Some(first.clone()),
                None => {
                    first_in_slot.push((slot, id.clone()));
                    None
                }
            };
            let mut scored = HashSet::new();
            let scores = scores
                .into_iter()
                .filter_map(|(indicator, score, rationale, evidence)| {
                    let indicator = pick(&indicator_ids, &indicator)?;
                    // Each indicator at most once per assessment.
                    scored.insert(indicator.clone()).then(|| IndicatorScore {
                        indicator,
                        score: score.and_then(|s| pick(&scale_values, &s)),
                        rationale,
                        evidence: pick_all(&note_ids, &evidence),
                    })
                })
                .collect();
            Assessment {
                id,
                label,
                assessor,
                notes,
                framework: slot,
                compared_with,
                scores,
            }
        })
        .collect();

    let finding = |stem: &str, i: usize, raw: RawFinding| {
        let (suffix, title, text, indicators, actors, evidence) = raw;
        Finding {
            id: FindingId::new(id_at(stem, i, &suffix)),
            title,
            text,
            indicators: pick_all(&indicator_ids, &indicators),
            actors: pick_all(&actor_ids, &actors),
            evidence: pick_all(&note_ids, &evidence),
        }
    };
    project.inhibiting_factors = raw
        .factors
        .into_iter()
        .enumerate()
        .map(|(i, raw)| finding("factor", i, raw))
        .collect();
    project.recommendations = raw
        .recommendations
        .into_iter()
        .enumerate()
        .map(|(i, raw)| finding("recommendation", i, raw))
        .collect();
    add_network(
        &mut project,
        raw.links,
        &actor_ids,
        &activity_ids,
        &note_ids,
    );
    project
}

/// The network's parts, every reference resolved: no relation or pair joins
/// an actor to itself, each pair is rated once, each view by one of its pair.
fn add_network(
    project: &mut Project,
    (relations, levels, layout, lead): RawNetwork,
    actor_ids: &[ActorId],
    activity_ids: &[ActivityId],
    note_ids: &[EvidenceId],
) {
    for (i, (suffix, (from, to), kind, directed, note, evidence, activities)) in
        relations.into_iter().enumerate()
    {
        let (Some(from), Some(to)) = (pick(actor_ids, &from), pick(actor_ids, &to)) else {
            continue;
        };
        if from != to {
            project.relations.push(Relation {
                id: RelationId::new(id_at("rel", i, &suffix)),
                from,
                to,
                kind,
                directed,
                note,
                evidence: pick_all(note_ids, &evidence),
                activities: pick_all(activity_ids, &activities),
            });
        }
    }
    for (a, b, views, reasoning) in levels {
        let (Some(a), Some(b)) = (pick(actor_ids, &a), pick(actor_ids, &b)) else {
            continue;
        };
        if a == b || project.pair_level(&a, &b).is_some() {
            continue;
        }
        let mut level = PairLevel::new(a.clone(), b.clone());
        level.reasoning = reasoning;
        for (first, value, evidence) in views {
            let viewer = if first { a.clone() } else { b.clone() };
            if level.view_of(&viewer).is_none() {
                level.views.push(LevelView {
                    viewer,
                    level: value,
                    evidence: pick_all(note_ids, &evidence),
                });
            }
        }
        project.collaboration_levels.push(level);
    }
    for (who, x, y) in layout {
        if let Some(actor) = pick(actor_ids, &who)
            && project.network_layout.iter().all(|p| p.actor != actor)
        {
            project.network_layout.push(NodePosition { actor, x, y });
        }
    }
    project.network.lead = lead.and_then(|l| pick(actor_ids, &l));
}

fn valid_project() -> impl Strategy<Value = Project> {
    raw().prop_map(build)
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 64,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn arbitrary_valid_projects_round_trip_through_ron(project in valid_project()) {
        prop_assert_eq!(project.validate(), Vec::new(), "the generator made an invalid project");
        let text = store::to_ron(&project);
        let parsed = store::parse(&text, Path::new("prop.ron"))
            .map_err(|e| TestCaseError::fail(format!("{e}\n--- file ---\n{text}")))?;
        prop_assert_eq!(&parsed, &project);
        prop_assert_eq!(store::to_ron(&parsed), text, "to_ron is not idempotent");
    }
}
