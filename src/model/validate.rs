//! The rules a project must keep, checked all at once so the researcher sees every
//! problem in one pass: unique ids, no dangling references, scores on the scale,
//! no empty names, no runaway text.

use super::ids::IndicatorId;
use super::project::Project;
use std::collections::HashSet;

/// The longest text any one field may hold (a long interview excerpt is a few thousand).
pub const MAX_TEXT_CHARS: usize = 200_000;

/// The kinds of thing a project holds, for messages about ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EntityKind {
    /// An indicator of the framework.
    Indicator,
    /// An actor.
    Actor,
    /// An activity.
    Activity,
    /// A role.
    Role,
    /// A source.
    Source,
    /// An evidence note.
    Evidence,
    /// An assessment.
    Assessment,
    /// An inhibiting factor or recommendation.
    Finding,
}

/// Where in the project a problem sits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Subject {
    /// The study metadata.
    Study,
    /// The framework as a whole, or its scale.
    Framework,
    /// One item, by kind and id.
    Item(EntityKind, String),
    /// One indicator's entry in one assessment.
    Score {
        /// The assessment's id.
        assessment: String,
        /// The indicator's id.
        indicator: String,
    },
}

/// One broken rule.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// Two items of one kind share an id.
    DuplicateId {
        /// The kind of item.
        kind: EntityKind,
        /// The shared id.
        id: String,
    },
    /// A reference to an item that does not exist.
    Dangling {
        /// Where the reference is.
        at: Subject,
        /// The kind of item referred to.
        kind: EntityKind,
        /// The missing id.
        id: String,
    },
    /// A field that must not be empty is.
    Empty {
        /// The item.
        at: Subject,
        /// The field's name in the file.
        field: &'static str,
    },
    /// A field holds more text than [`MAX_TEXT_CHARS`].
    TooLong {
        /// The item.
        at: Subject,
        /// The field's name in the file.
        field: &'static str,
        /// Its length in characters.
        chars: usize,
    },
    /// The scale has no whole number of steps from min to max.
    MalformedScale {
        /// The scale's minimum.
        min: f64,
        /// The scale's maximum.
        max: f64,
        /// The scale's step.
        step: f64,
    },
    /// A score, or a scale level, is not one of the scale's values.
    OffScale {
        /// The entry.
        at: Subject,
        /// The offending value.
        value: f64,
        /// The scale's minimum.
        min: f64,
        /// The scale's maximum.
        max: f64,
        /// The scale's step.
        step: f64,
    },
    /// An assessment scores the same indicator twice.
    DuplicateScore {
        /// The assessment's id.
        assessment: String,
        /// The indicator's id.
        indicator: String,
    },
    /// An actor has two roles in the same activity.
    DuplicateRole {
        /// The actor's id.
        actor: String,
        /// The activity's id.
        activity: String,
    },
    /// A date that is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    BadDate {
        /// The source.
        source: String,
        /// The date as written.
        date: String,
    },
}

impl Project {
    /// Every rule the project breaks, all at once (empty when it is valid).
    pub fn validate(&self) -> Vec<Problem> {
        validate(self)
    }
}

fn validate(project: &Project) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut check = Checker {
        problems: &mut problems,
    };

    let study = &project.study;
    check.non_empty(At::Study, "title", &study.title);
    for (field, text) in [
        ("title", &study.title),
        ("case", &study.case),
        ("location", &study.location),
        ("institution", &study.institution),
        ("period", &study.period),
        ("method_notes", &study.method_notes),
    ] {
        check.bounded(At::Study, field, text);
    }

    let framework = &project.framework;
    let indicator_ids = check.unique(
        EntityKind::Indicator,
        framework.indicators.iter().map(|i| i.id.as_str()),
    );
    for indicator in &framework.indicators {
        let at = At::Item(EntityKind::Indicator, indicator.id.as_str());
        if indicator.name.is_blank() {
            check.problems.push(Problem::Empty {
                at: at.subject(),
                field: "name",
            });
        }
        check.bounded(at, "definition", &indicator.definition.id);
        check.bounded(at, "definition", &indicator.definition.en);
    }
    let scale = &framework.scale;
    let scale_ok = scale.step_count().is_some();
    if !scale_ok {
        check.problems.push(Problem::MalformedScale {
            min: scale.min,
            max: scale.max,
            step: scale.step,
        });
    }
    let off_scale = |at: Subject, value: f64| Problem::OffScale {
        at,
        value,
        min: scale.min,
        max: scale.max,
        step: scale.step,
    };
    if scale_ok {
        for level in &scale.levels {
            if !scale.contains(level.value) {
                check
                    .problems
                    .push(off_scale(Subject::Framework, level.value));
            }
        }
    }

    let actor_ids = check.unique(
        EntityKind::Actor,
        project.actors.iter().map(|a| a.id.as_str()),
    );
    for actor in &project.actors {
        let at = At::Item(EntityKind::Actor, actor.id.as_str());
        check.non_empty(at, "name", &actor.name);
        check.bounded(at, "description", &actor.description);
    }

    let activity_ids = check.unique(
        EntityKind::Activity,
        project.activities.iter().map(|a| a.id.as_str()),
    );
    for activity in &project.activities {
        let at = At::Item(EntityKind::Activity, activity.id.as_str());
        check.non_empty(at, "name", &activity.name);
        check.bounded(at, "description", &activity.description);
    }

    check.unique(
        EntityKind::Role,
        project.roles.iter().map(|r| r.id.as_str()),
    );
    let mut role_pairs = HashSet::new();
    for role in &project.roles {
        let at = At::Item(EntityKind::Role, role.id.as_str());
        check.refers(at, EntityKind::Actor, &actor_ids, role.actor.as_str());
        check.refers(
            at,
            EntityKind::Activity,
            &activity_ids,
            role.activity.as_str(),
        );
        check.bounded(at, "responsibilities", &role.responsibilities);
        check.bounded(at, "authority", &role.authority);
        if !role_pairs.insert((role.actor.as_str(), role.activity.as_str())) {
            check.problems.push(Problem::DuplicateRole {
                actor: role.actor.0.clone(),
                activity: role.activity.0.clone(),
            });
        }
    }

    let source_ids = check.unique(
        EntityKind::Source,
        project.sources.iter().map(|s| s.id.as_str()),
    );
    for source in &project.sources {
        let at = At::Item(EntityKind::Source, source.id.as_str());
        check.non_empty(at, "title", &source.title);
        check.bounded(at, "reference", &source.reference);
        if let Some(actor) = &source.actor {
            check.refers(at, EntityKind::Actor, &actor_ids, actor.as_str());
        }
        if !is_valid_date(&source.date) {
            check.problems.push(Problem::BadDate {
                source: source.id.0.clone(),
                date: source.date.clone(),
            });
        }
    }

    let evidence_ids = check.unique(
        EntityKind::Evidence,
        project.evidence.iter().map(|n| n.id.as_str()),
    );
    for note in &project.evidence {
        let at = At::Item(EntityKind::Evidence, note.id.as_str());
        check.refers(at, EntityKind::Source, &source_ids, note.source.as_str());
        check.non_empty(at, "excerpt", &note.excerpt);
        check.bounded(at, "excerpt", &note.excerpt);
        check.bounded(at, "interpretation", &note.interpretation);
        check.refers_all(
            at,
            EntityKind::Indicator,
            &indicator_ids,
            note.indicators.iter().map(|i| i.as_str()),
        );
        check.refers_all(
            at,
            EntityKind::Actor,
            &actor_ids,
            note.actors.iter().map(|a| a.as_str()),
        );
    }

    check.unique(
        EntityKind::Assessment,
        project.assessments.iter().map(|a| a.id.as_str()),
    );
    for assessment in &project.assessments {
        let at = At::Item(EntityKind::Assessment, assessment.id.as_str());
        check.non_empty(at, "label", &assessment.label);
        check.bounded(at, "notes", &assessment.notes);
        let mut seen: HashSet<&IndicatorId> = HashSet::new();
        for entry in &assessment.scores {
            let at = At::Score(assessment.id.as_str(), entry.indicator.as_str());
            if !seen.insert(&entry.indicator) {
                check.problems.push(Problem::DuplicateScore {
                    assessment: assessment.id.0.clone(),
                    indicator: entry.indicator.0.clone(),
                });
            }
            check.refers(
                at,
                EntityKind::Indicator,
                &indicator_ids,
                entry.indicator.as_str(),
            );
            if let Some(score) = entry.score
                && scale_ok
                && !scale.contains(score)
            {
                check.problems.push(off_scale(at.subject(), score));
            }
            check.bounded(at, "rationale", &entry.rationale);
            check.refers_all(
                at,
                EntityKind::Evidence,
                &evidence_ids,
                entry.evidence.iter().map(|e| e.as_str()),
            );
        }
    }

    let findings = project
        .inhibiting_factors
        .iter()
        .chain(&project.recommendations);
    check.unique(EntityKind::Finding, findings.clone().map(|f| f.id.as_str()));
    for finding in findings {
        let at = At::Item(EntityKind::Finding, finding.id.as_str());
        check.non_empty(at, "title", &finding.title);
        check.bounded(at, "text", &finding.text);
        check.refers_all(
            at,
            EntityKind::Indicator,
            &indicator_ids,
            finding.indicators.iter().map(|i| i.as_str()),
        );
        check.refers_all(
            at,
            EntityKind::Actor,
            &actor_ids,
            finding.actors.iter().map(|a| a.as_str()),
        );
        check.refers_all(
            at,
            EntityKind::Evidence,
            &evidence_ids,
            finding.evidence.iter().map(|e| e.as_str()),
        );
    }

    problems
}

/// True for an empty date or one written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
pub fn is_valid_date(date: &str) -> bool {
    let date = date.trim();
    if date.is_empty() {
        return true;
    }
    let parts: Vec<&str> = date.split('-').collect();
    let number = |part: &str, digits: usize, range: std::ops::RangeInclusive<u32>| {
        part.len() == digits
            && part.chars().all(|c| c.is_ascii_digit())
            && part.parse::<u32>().is_ok_and(|n| range.contains(&n))
    };
    match parts.as_slice() {
        [year] => number(year, 4, 1000..=9999),
        [year, month] => number(year, 4, 1000..=9999) && number(month, 2, 1..=12),
        [year, month, day] => {
            number(year, 4, 1000..=9999)
                && number(month, 2, 1..=12)
                && number(day, 2, 1..=days_in_month(year, month))
        }
        _ => false,
    }
}

/// Days in `month` of `year` (both already checked to be digits in range).
fn days_in_month(year: &str, month: &str) -> u32 {
    let year: u32 = year.parse().unwrap_or_default();
    match month.parse::<u32>().unwrap_or_default() {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Where a check looks, borrowed: the owned [`Subject`] is only made when a
/// problem is found, so a valid 20 000-note project copies no ids.
#[derive(Clone, Copy)]
enum At<'a> {
    Study,
    Item(EntityKind, &'a str),
    Score(&'a str, &'a str),
}

impl At<'_> {
    fn subject(self) -> Subject {
        match self {
            At::Study => Subject::Study,
            At::Item(kind, id) => Subject::Item(kind, id.to_owned()),
            At::Score(assessment, indicator) => Subject::Score {
                assessment: assessment.to_owned(),
                indicator: indicator.to_owned(),
            },
        }
    }
}

struct Checker<'p> {
    problems: &'p mut Vec<Problem>,
}

impl Checker<'_> {
    fn unique<'a>(
        &mut self,
        kind: EntityKind,
        ids: impl Iterator<Item = &'a str>,
    ) -> HashSet<&'a str> {
        let mut seen = HashSet::new();
        let mut reported = HashSet::new();
        for id in ids {
            if id.trim().is_empty() {
                self.problems.push(Problem::Empty {
                    at: Subject::Item(kind, id.to_owned()),
                    field: "id",
                });
            }
            if !seen.insert(id) && reported.insert(id) {
                self.problems.push(Problem::DuplicateId {
                    kind,
                    id: id.to_owned(),
                });
            }
        }
        seen
    }

    fn refers(&mut self, at: At<'_>, kind: EntityKind, known: &HashSet<&str>, id: &str) {
        if !known.contains(id) {
            self.problems.push(Problem::Dangling {
                at: at.subject(),
                kind,
                id: id.to_owned(),
            });
        }
    }

    fn refers_all<'a>(
        &mut self,
        at: At<'_>,
        kind: EntityKind,
        known: &HashSet<&str>,
        ids: impl Iterator<Item = &'a str>,
    ) {
        for id in ids {
            self.refers(at, kind, known, id);
        }
    }

    fn non_empty(&mut self, at: At<'_>, field: &'static str, text: &str) {
        if text.trim().is_empty() {
            self.problems.push(Problem::Empty {
                at: at.subject(),
                field,
            });
        }
    }

    fn bounded(&mut self, at: At<'_>, field: &'static str, text: &str) {
        // Byte length bounds the char count from above, so most texts skip the count.
        if text.len() > MAX_TEXT_CHARS {
            let chars = text.chars().count();
            if chars > MAX_TEXT_CHARS {
                self.problems.push(Problem::TooLong {
                    at: at.subject(),
                    field,
                    chars,
                });
            }
        }
    }
}
