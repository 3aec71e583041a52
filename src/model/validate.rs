//! The rules a project must keep, checked all at once so the researcher sees every
//! problem in one pass: unique ids, no dangling references, scores and rubrics on
//! the scale, assessments against a framework the project has, no empty names,
//! no runaway text.

use super::actors::RoleKind;
use super::assessment::Assessment;
use super::dates::is_valid_date;
use super::framework::{Framework, FrameworkSlot, Scale};
use super::ids::IndicatorId;
use super::network::PairLevel;
use super::project::{Project, Study};
use std::collections::HashSet;

/// The longest text a long field may hold: an excerpt, a description, a
/// rationale (a long interview excerpt is a few thousand characters).
pub const MAX_TEXT_CHARS: usize = 200_000;

/// The longest text a one-line field may hold: a name, a title, a label, a
/// place, a date, a tag. Far below [`MAX_TEXT_CHARS`]: these are drawn in
/// tables, lists, legends and the chart, often many at once.
pub const MAX_LINE_CHARS: usize = 1_000;

/// The longest id. Ids are written by hand in the file and shown in messages.
pub const MAX_ID_CHARS: usize = 200;

/// The most text one source may hold: 5 MB, a few hundred pages. An interview
/// transcript is 30-100 KB.
pub const MAX_SOURCE_TEXT_BYTES: usize = 5 * 1024 * 1024;

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
    /// A supporting or inhibiting factor, or a recommendation.
    Finding,
    /// A relation between two actors.
    Relation,
}

/// Where in the project a problem sits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Subject {
    /// The study metadata.
    Study,
    /// The framework as a whole, or its scale.
    Framework,
    /// The second framework as a whole, or its scale.
    SecondFramework,
    /// One item, by kind and id.
    Item(EntityKind, String),
    /// The level of collaboration of a pair of actors.
    Pair(String, String),
    /// The actor network as a whole: its lead actor, the diagram's layout.
    Network,
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
    /// A field holds more text than its bound ([`MAX_LINE_CHARS`] for a
    /// one-line field, [`MAX_TEXT_CHARS`] for a long one).
    TooLong {
        /// The item.
        at: Subject,
        /// The field's name in the file.
        field: &'static str,
        /// Its length in characters.
        chars: usize,
        /// The most it may hold.
        limit: usize,
    },
    /// An id holds a line break or another control character, or is longer
    /// than [`MAX_ID_CHARS`]: it would break the lines messages are printed on.
    BadId {
        /// The kind of item.
        kind: EntityKind,
        /// The id.
        id: String,
        /// Its length in characters.
        chars: usize,
    },
    /// The scale has no whole number of steps from min to max.
    MalformedScale {
        /// The framework whose scale it is.
        at: Subject,
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
    /// An actor holds the same role twice in the same activity.
    DuplicateRole {
        /// The actor's id.
        actor: String,
        /// The activity's id.
        activity: String,
        /// The role held twice.
        kind: RoleKind,
    },
    /// A source's text is larger than [`MAX_SOURCE_TEXT_BYTES`].
    TextTooLarge {
        /// The source.
        source: String,
        /// Its size in bytes.
        bytes: usize,
    },
    /// A date that is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    BadDate {
        /// The source.
        source: String,
        /// The date as written.
        date: String,
    },
    /// A relation, or a pair's level, joins an actor to itself.
    SelfTie {
        /// Where: the relation or the pair.
        at: Subject,
        /// The actor.
        actor: String,
    },
    /// Two level entries rate the same pair of actors.
    DuplicatePair {
        /// One actor of the pair.
        a: String,
        /// The other.
        b: String,
    },
    /// A view of a pair's level is given by an actor outside the pair, or
    /// twice by the same actor.
    BadViewer {
        /// One actor of the pair.
        a: String,
        /// The other.
        b: String,
        /// The viewer named.
        viewer: String,
    },
    /// A position in the network diagram that is not a number, or an actor
    /// placed twice.
    BadPosition {
        /// The actor placed.
        actor: String,
    },
    /// An indicator's rubric describes the same level twice.
    DuplicateRubricLevel {
        /// The indicator's id.
        indicator: String,
        /// The level described twice.
        value: f64,
    },
    /// An assessment is scored against a second framework the project lacks.
    NoSecondFramework {
        /// The assessment's id.
        assessment: String,
    },
    /// An assessment is compared with itself, or with one scored against the
    /// other framework.
    BadComparison {
        /// The assessment's id.
        assessment: String,
        /// The assessment it is compared with.
        other: String,
    },
}

impl Project {
    /// Every rule the project breaks, all at once (empty when it is valid).
    pub fn validate(&self) -> Vec<Problem> {
        validate(self)
    }
}

/// Every rule a framework on its own breaks (a framework file, a built-in one).
pub fn validate_framework(framework: &Framework) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut check = Checker {
        problems: &mut problems,
    };
    check.frameworks(framework, None);
    problems
}

fn validate(project: &Project) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut check = Checker {
        problems: &mut problems,
    };
    // Each part reports its own problems in turn and hands on the ids it
    // found, which the parts after it check references against.
    check.study(project);
    let indicators = check.frameworks(&project.framework, project.second_framework.as_ref());
    let actors = check.actors(project);
    let activities = check.activities(project);
    check.roles(project, &actors, &activities);
    let sources = check.sources(project, &actors);
    let evidence = check.evidence(project, &sources, &indicators, &actors);
    check.assessments(project, &evidence);
    check.findings(project, &indicators, &actors, &evidence);
    check.relations(project, &actors, &activities, &evidence);
    check.levels(project, &actors, &evidence);
    check.network(project, &actors);
    problems
}

/// Ids found in one list, to check references against.
type Known<'p> = HashSet<&'p str>;

impl<'p> Checker<'_> {
    fn study(&mut self, project: &Project) {
        let study: &Study = &project.study;
        self.non_empty(At::Study, "title", &study.title);
        for (field, text) in [
            ("title", &study.title),
            ("case", &study.case),
            ("location", &study.location),
            ("institution", &study.institution),
            ("period", &study.period),
        ] {
            self.line(At::Study, field, text);
        }
        for researcher in &study.researchers {
            self.line(At::Study, "researchers", researcher);
        }
        self.bounded(At::Study, "method_notes", &study.method_notes);
        self.bounded(At::Study, "network.notes", &project.network.notes);
    }

    /// The indicators (their ids unique across both frameworks, as notes link
    /// to either by id), their rubrics and the scales; returns every indicator id.
    fn frameworks(&mut self, main: &'p Framework, second: Option<&'p Framework>) -> Known<'p> {
        let both = std::iter::once(main).chain(second);
        let indicator_ids = self.unique(
            EntityKind::Indicator,
            both.clone()
                .flat_map(|framework| framework.indicators.iter().map(|i| i.id.as_str())),
        );
        for (framework, place) in both.zip([At::Framework, At::SecondFramework]) {
            self.framework(framework, place);
        }
        indicator_ids
    }

    fn framework(&mut self, framework: &Framework, place: At<'_>) {
        self.line(place, "id", &framework.id);
        self.line(place, "name", &framework.name.id);
        self.line(place, "name", &framework.name.en);
        self.bounded(place, "citation", &framework.citation);
        self.bounded(place, "description", &framework.description.id);
        self.bounded(place, "description", &framework.description.en);
        let scale = &framework.scale;
        let scale_ok = scale.step_count().is_some();
        for indicator in &framework.indicators {
            let item = At::Item(EntityKind::Indicator, indicator.id.as_str());
            if indicator.name.is_blank() {
                self.problems.push(Problem::Empty {
                    at: item.subject(),
                    field: "name",
                });
            }
            self.line(item, "name", &indicator.name.id);
            self.line(item, "name", &indicator.name.en);
            self.bounded(item, "definition", &indicator.definition.id);
            self.bounded(item, "definition", &indicator.definition.en);
            for question in &indicator.guiding_questions {
                self.bounded(item, "guiding_questions", &question.id);
                self.bounded(item, "guiding_questions", &question.en);
            }
            let mut described: Vec<f64> = Vec::new();
            for level in &indicator.rubric {
                self.bounded(item, "rubric", &level.description.id);
                self.bounded(item, "rubric", &level.description.en);
                if scale_ok && !scale.contains(level.value) {
                    self.problems
                        .push(off_scale(scale, item.subject(), level.value));
                } else if described.iter().any(|v| (v - level.value).abs() < 1e-9) {
                    self.problems.push(Problem::DuplicateRubricLevel {
                        indicator: indicator.id.0.clone(),
                        value: level.value,
                    });
                }
                described.push(level.value);
            }
        }
        for level in &scale.levels {
            self.line(place, "scale.levels.label", &level.label.id);
            self.line(place, "scale.levels.label", &level.label.en);
        }
        if scale_ok {
            for level in &scale.levels {
                if !scale.contains(level.value) {
                    self.problems
                        .push(off_scale(scale, place.subject(), level.value));
                }
            }
        } else {
            self.problems.push(Problem::MalformedScale {
                at: place.subject(),
                min: scale.min,
                max: scale.max,
                step: scale.step,
            });
        }
    }

    fn actors(&mut self, project: &'p Project) -> Known<'p> {
        let ids = self.unique(
            EntityKind::Actor,
            project.actors.iter().map(|a| a.id.as_str()),
        );
        for actor in &project.actors {
            let at = At::Item(EntityKind::Actor, actor.id.as_str());
            self.non_empty(at, "name", &actor.name);
            self.line(at, "name", &actor.name);
            self.line(at, "short_name", &actor.short_name);
            self.bounded(at, "description", &actor.description);
        }
        ids
    }

    fn activities(&mut self, project: &'p Project) -> Known<'p> {
        let ids = self.unique(
            EntityKind::Activity,
            project.activities.iter().map(|a| a.id.as_str()),
        );
        for activity in &project.activities {
            let at = At::Item(EntityKind::Activity, activity.id.as_str());
            self.non_empty(at, "name", &activity.name);
            self.line(at, "name", &activity.name);
            self.line(at, "schedule", &activity.schedule);
            self.line(at, "place", &activity.place);
            self.bounded(at, "description", &activity.description);
        }
        ids
    }

    fn roles(&mut self, project: &'p Project, actors: &Known<'_>, activities: &Known<'_>) {
        self.unique(
            EntityKind::Role,
            project.roles.iter().map(|r| r.id.as_str()),
        );
        let mut role_pairs = HashSet::new();
        for role in &project.roles {
            let at = At::Item(EntityKind::Role, role.id.as_str());
            self.refers(at, EntityKind::Actor, actors, role.actor.as_str());
            self.refers(at, EntityKind::Activity, activities, role.activity.as_str());
            self.bounded(at, "responsibilities", &role.responsibilities);
            self.bounded(at, "authority", &role.authority);
            // Several roles in one activity are fine (organiser and funder);
            // the same role twice is a slip.
            if !role_pairs.insert((role.actor.as_str(), role.activity.as_str(), role.kind)) {
                self.problems.push(Problem::DuplicateRole {
                    actor: role.actor.0.clone(),
                    activity: role.activity.0.clone(),
                    kind: role.kind,
                });
            }
        }
    }

    fn sources(&mut self, project: &'p Project, actors: &Known<'_>) -> Known<'p> {
        let ids = self.unique(
            EntityKind::Source,
            project.sources.iter().map(|s| s.id.as_str()),
        );
        for source in &project.sources {
            let at = At::Item(EntityKind::Source, source.id.as_str());
            self.non_empty(at, "title", &source.title);
            self.line(at, "title", &source.title);
            self.line(at, "informant", &source.informant);
            self.line(at, "date", &source.date);
            self.line(at, "reference", &source.reference);
            self.line(at, "informant_code", &source.informant_code);
            self.line(at, "informant_position", &source.informant_position);
            // The reader draws a text paragraph by paragraph (line by line):
            // each one is a label of its own and is bounded like a long field.
            for paragraph in source.text.split('\n') {
                self.bounded(at, "text", paragraph);
            }
            if let Some(actor) = &source.actor {
                self.refers(at, EntityKind::Actor, actors, actor.as_str());
            }
            if !is_valid_date(&source.date) {
                self.problems.push(Problem::BadDate {
                    source: source.id.0.clone(),
                    date: source.date.clone(),
                });
            }
            if source.text.len() > MAX_SOURCE_TEXT_BYTES {
                self.problems.push(Problem::TextTooLarge {
                    source: source.id.0.clone(),
                    bytes: source.text.len(),
                });
            }
        }
        ids
    }

    fn evidence(
        &mut self,
        project: &'p Project,
        sources: &Known<'_>,
        indicators: &Known<'_>,
        actors: &Known<'_>,
    ) -> Known<'p> {
        let ids = self.unique(
            EntityKind::Evidence,
            project.evidence.iter().map(|n| n.id.as_str()),
        );
        for note in &project.evidence {
            let at = At::Item(EntityKind::Evidence, note.id.as_str());
            self.refers(at, EntityKind::Source, sources, note.source.as_str());
            self.non_empty(at, "excerpt", &note.excerpt);
            self.bounded(at, "excerpt", &note.excerpt);
            self.bounded(at, "interpretation", &note.interpretation);
            for tag in &note.tags {
                self.line(at, "tags", tag);
            }
            let linked = note.indicators.iter().map(|i| i.as_str());
            self.refers_all(at, EntityKind::Indicator, indicators, linked);
            let about = note.actors.iter().map(|a| a.as_str());
            self.refers_all(at, EntityKind::Actor, actors, about);
            self.line(at, "locator", &note.locator);
        }
        ids
    }

    fn assessments(&mut self, project: &Project, evidence: &Known<'_>) {
        let ids = self.unique(
            EntityKind::Assessment,
            project.assessments.iter().map(|a| a.id.as_str()),
        );
        let per_slot: Vec<(FrameworkSlot, HashSet<&str>)> = project
            .frameworks()
            .map(|(slot, framework)| {
                let own = framework.indicators.iter().map(|i| i.id.as_str());
                (slot, own.collect())
            })
            .collect();
        for assessment in &project.assessments {
            let at = At::Item(EntityKind::Assessment, assessment.id.as_str());
            self.non_empty(at, "label", &assessment.label);
            self.line(at, "label", &assessment.label);
            self.line(at, "assessor", &assessment.assessor);
            self.bounded(at, "notes", &assessment.notes);
            if project.framework_in(assessment.framework).is_none() {
                self.problems.push(Problem::NoSecondFramework {
                    assessment: assessment.id.0.clone(),
                });
            }
            self.comparison(project, assessment, &ids);
            let framework = project.framework_of(assessment);
            let indicators = per_slot
                .iter()
                .find(|(slot, _)| *slot == assessment.framework)
                .map_or(&per_slot[0].1, |(_, ids)| ids);
            let scale = &framework.scale;
            let scale_ok = scale.step_count().is_some();
            let mut seen: HashSet<&IndicatorId> = HashSet::new();
            for entry in &assessment.scores {
                let at = At::Score(assessment.id.as_str(), entry.indicator.as_str());
                if !seen.insert(&entry.indicator) {
                    self.problems.push(Problem::DuplicateScore {
                        assessment: assessment.id.0.clone(),
                        indicator: entry.indicator.0.clone(),
                    });
                }
                self.refers(
                    at,
                    EntityKind::Indicator,
                    indicators,
                    entry.indicator.as_str(),
                );
                if let Some(score) = entry.score
                    && scale_ok
                    && !scale.contains(score)
                {
                    self.problems.push(off_scale(scale, at.subject(), score));
                }
                self.bounded(at, "rationale", &entry.rationale);
                let cited = entry.evidence.iter().map(|e| e.as_str());
                self.refers_all(at, EntityKind::Evidence, evidence, cited);
            }
        }
    }

    /// The assessment it is compared with exists, is another one, and is scored
    /// against the same framework.
    fn comparison(&mut self, project: &Project, assessment: &Assessment, ids: &Known<'_>) {
        let Some(other) = &assessment.compared_with else {
            return;
        };
        let at = At::Item(EntityKind::Assessment, assessment.id.as_str());
        if !ids.contains(other.as_str()) {
            self.refers(at, EntityKind::Assessment, ids, other.as_str());
            return;
        }
        let same_framework = project
            .assessment(other)
            .is_some_and(|o| o.framework == assessment.framework);
        if other == &assessment.id || !same_framework {
            self.problems.push(Problem::BadComparison {
                assessment: assessment.id.0.clone(),
                other: other.0.clone(),
            });
        }
    }

    fn findings(
        &mut self,
        project: &Project,
        indicators: &Known<'_>,
        actors: &Known<'_>,
        evidence: &Known<'_>,
    ) {
        let findings = project.all_findings();
        self.unique(EntityKind::Finding, findings.clone().map(|f| f.id.as_str()));
        for finding in findings {
            let at = At::Item(EntityKind::Finding, finding.id.as_str());
            self.non_empty(at, "title", &finding.title);
            self.line(at, "title", &finding.title);
            self.bounded(at, "text", &finding.text);
            let linked = finding.indicators.iter().map(|i| i.as_str());
            self.refers_all(at, EntityKind::Indicator, indicators, linked);
            let about = finding.actors.iter().map(|a| a.as_str());
            self.refers_all(at, EntityKind::Actor, actors, about);
            let cited = finding.evidence.iter().map(|e| e.as_str());
            self.refers_all(at, EntityKind::Evidence, evidence, cited);
        }
    }
}

/// The actor network: relations, levels of collaboration, the lead actor and
/// the diagram's layout.
impl Checker<'_> {
    fn relations(
        &mut self,
        project: &Project,
        actors: &Known<'_>,
        activities: &Known<'_>,
        evidence: &Known<'_>,
    ) {
        self.unique(
            EntityKind::Relation,
            project.relations.iter().map(|r| r.id.as_str()),
        );
        for relation in &project.relations {
            let at = At::Item(EntityKind::Relation, relation.id.as_str());
            self.refers(at, EntityKind::Actor, actors, relation.from.as_str());
            self.refers(at, EntityKind::Actor, actors, relation.to.as_str());
            if relation.from == relation.to {
                self.problems.push(Problem::SelfTie {
                    at: at.subject(),
                    actor: relation.from.0.clone(),
                });
            }
            self.bounded(at, "note", &relation.note);
            let cited = relation.evidence.iter().map(|e| e.as_str());
            self.refers_all(at, EntityKind::Evidence, evidence, cited);
            let linked = relation.activities.iter().map(|a| a.as_str());
            self.refers_all(at, EntityKind::Activity, activities, linked);
        }
    }

    fn levels(&mut self, project: &Project, actors: &Known<'_>, evidence: &Known<'_>) {
        let mut pairs = HashSet::new();
        for level in &project.collaboration_levels {
            let (a, b) = (level.actors.0.as_str(), level.actors.1.as_str());
            let at = At::Pair(a, b);
            self.refers(at, EntityKind::Actor, actors, a);
            self.refers(at, EntityKind::Actor, actors, b);
            if a == b {
                self.problems.push(Problem::SelfTie {
                    at: at.subject(),
                    actor: a.to_owned(),
                });
            }
            if !pairs.insert(if a <= b { (a, b) } else { (b, a) }) {
                self.problems.push(Problem::DuplicatePair {
                    a: a.to_owned(),
                    b: b.to_owned(),
                });
            }
            self.views(level, at, evidence);
            self.bounded(at, "reasoning", &level.reasoning);
        }
    }

    /// Each view is given by one of the pair, at most once.
    fn views(&mut self, level: &PairLevel, at: At<'_>, evidence: &Known<'_>) {
        let mut viewers = HashSet::new();
        for view in &level.views {
            if !level.involves(&view.viewer) || !viewers.insert(view.viewer.as_str()) {
                self.problems.push(Problem::BadViewer {
                    a: level.actors.0.0.clone(),
                    b: level.actors.1.0.clone(),
                    viewer: view.viewer.0.clone(),
                });
            }
            let cited = view.evidence.iter().map(|e| e.as_str());
            self.refers_all(at, EntityKind::Evidence, evidence, cited);
        }
    }

    fn network(&mut self, project: &Project, actors: &Known<'_>) {
        if let Some(lead) = &project.network.lead {
            self.refers(At::Network, EntityKind::Actor, actors, lead.as_str());
        }
        let mut placed = HashSet::new();
        for position in &project.network_layout {
            self.refers(
                At::Network,
                EntityKind::Actor,
                actors,
                position.actor.as_str(),
            );
            let finite = position.x.is_finite() && position.y.is_finite();
            if !finite || !placed.insert(position.actor.as_str()) {
                self.problems.push(Problem::BadPosition {
                    actor: position.actor.0.clone(),
                });
            }
        }
    }
}

/// A score or level that is not one of the scale's values.
fn off_scale(scale: &Scale, at: Subject, value: f64) -> Problem {
    Problem::OffScale {
        at,
        value,
        min: scale.min,
        max: scale.max,
        step: scale.step,
    }
}

/// Where a check looks, borrowed: the owned [`Subject`] is only made when a
/// problem is found, so a valid 20 000-note project copies no ids.
#[derive(Clone, Copy)]
enum At<'a> {
    Study,
    Framework,
    SecondFramework,
    Item(EntityKind, &'a str),
    Score(&'a str, &'a str),
    Pair(&'a str, &'a str),
    Network,
}

impl At<'_> {
    fn subject(self) -> Subject {
        match self {
            At::Study => Subject::Study,
            At::Framework => Subject::Framework,
            At::SecondFramework => Subject::SecondFramework,
            At::Item(kind, id) => Subject::Item(kind, id.to_owned()),
            At::Score(assessment, indicator) => Subject::Score {
                assessment: assessment.to_owned(),
                indicator: indicator.to_owned(),
            },
            At::Pair(a, b) => Subject::Pair(a.to_owned(), b.to_owned()),
            At::Network => Subject::Network,
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
            let chars = id.chars().count();
            if chars > MAX_ID_CHARS || id.chars().any(char::is_control) {
                self.problems.push(Problem::BadId {
                    kind,
                    id: id.to_owned(),
                    chars,
                });
            }
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

    /// A long text: at most [`MAX_TEXT_CHARS`].
    fn bounded(&mut self, at: At<'_>, field: &'static str, text: &str) {
        self.at_most(at, field, text, MAX_TEXT_CHARS);
    }

    /// A one-line text: at most [`MAX_LINE_CHARS`].
    fn line(&mut self, at: At<'_>, field: &'static str, text: &str) {
        self.at_most(at, field, text, MAX_LINE_CHARS);
    }

    fn at_most(&mut self, at: At<'_>, field: &'static str, text: &str, limit: usize) {
        // Byte length bounds the char count from above, so most texts skip the count.
        if text.len() > limit {
            let chars = text.chars().count();
            if chars > limit {
                self.problems.push(Problem::TooLong {
                    at: at.subject(),
                    field,
                    chars,
                    limit,
                });
            }
        }
    }
}
