//! The one place a project changes. Panels describe what they want as an [`Edit`];
//! [`History::apply`] turns it into primitive changes (cascading deletes so no
//! reference is left dangling), applies them, and keeps their exact inverses for
//! undo and redo. Typing in one field coalesces into a single undo step.

use crate::model::{
    Activity, ActivityId, Actor, ActorId, Assessment, AssessmentId, EvidenceId, EvidenceNote,
    Finding, FindingId, IndicatorScore, NetworkStructure, Project, Role, RoleId, Source, SourceId,
    Study,
};

/// Which list of findings a finding belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FindingList {
    /// What holds the collaboration back.
    Inhibiting,
    /// What the study recommends.
    Recommendations,
}

/// An item that lives in one of the project's lists.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// An actor.
    Actor(Actor),
    /// An activity.
    Activity(Activity),
    /// A role.
    Role(Role),
    /// A source.
    Source(Source),
    /// An evidence note.
    Note(EvidenceNote),
    /// An assessment.
    Assessment(Assessment),
    /// An inhibiting factor or a recommendation.
    Finding(FindingList, Finding),
}

/// A reference to an item by its id.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ItemRef {
    /// An actor.
    Actor(ActorId),
    /// An activity.
    Activity(ActivityId),
    /// A role.
    Role(RoleId),
    /// A source.
    Source(SourceId),
    /// An evidence note.
    Note(EvidenceId),
    /// An assessment.
    Assessment(AssessmentId),
    /// An inhibiting factor or a recommendation.
    Finding(FindingList, FindingId),
}

/// What a panel asks to change.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Replace the study metadata.
    Study(Study),
    /// Replace the network form and its notes.
    Network(NetworkStructure),
    /// Add the item (new id) or replace the item with its id.
    Put(Item),
    /// Remove the item and every reference to it.
    Remove(ItemRef),
    /// Set one indicator's entry in one assessment.
    Score(AssessmentId, IndicatorScore),
}

/// A primitive, exactly invertible change.
#[derive(Clone, Debug, PartialEq)]
enum Change {
    Study(Study),
    Network(NetworkStructure),
    Insert(usize, Item),
    Replace(usize, Item),
    Delete(ItemKindRef, usize),
}

/// A list of the project, for deletes by position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ItemKindRef {
    Actor,
    Activity,
    Role,
    Source,
    Note,
    Assessment,
    Finding(FindingList),
}

#[derive(Clone, Debug)]
struct Step {
    serial: u64,
    coalesce: Option<String>,
    /// What the step changed, to tell the user what undo and redo will do.
    subject: EditSubject,
    /// The inverses of the applied changes, in the order they were applied.
    undo: Vec<Change>,
}

/// The undo and redo stacks, and which state was last saved.
#[derive(Clone, Debug, Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    next_serial: u64,
    /// The serial of the step on top of the undo stack when last saved (0 = none).
    saved_at: Option<u64>,
}

/// How many undo steps are kept.
const MAX_UNDO: usize = 500;

impl History {
    /// A history whose current state counts as saved.
    pub fn new() -> Self {
        Self {
            undo: Vec::new(),
            redo: Vec::new(),
            next_serial: 1,
            saved_at: Some(0),
        }
    }

    fn top_serial(&self) -> u64 {
        self.undo.last().map_or(0, |step| step.serial)
    }

    /// True when the project differs from what was last saved.
    pub fn is_dirty(&self) -> bool {
        self.saved_at != Some(self.top_serial())
    }

    /// Marks the current state as the saved one.
    pub fn mark_saved(&mut self) {
        self.saved_at = Some(self.top_serial());
    }

    /// Marks the current state as not saved anywhere (e.g. a new project from a template).
    pub fn mark_unsaved(&mut self) {
        self.saved_at = None;
    }

    /// True when there is something to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// True when there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Applies `edit` to `project`. Edits with the same `coalesce` key in a row (e.g.
    /// keystrokes in one field) become one undo step. Returns false when nothing changed.
    pub fn apply(&mut self, project: &mut Project, edit: Edit, coalesce: Option<String>) -> bool {
        let subject = edit.subject();
        let changes = plan(project, edit);
        if changes.is_empty() {
            return false;
        }
        let undo: Vec<Change> = changes
            .into_iter()
            .map(|change| apply_change(project, change))
            .collect();
        self.redo.clear();
        let top = self.top_serial();
        let saved_on_top = self.saved_at == Some(top);
        match self.undo.last_mut() {
            // Never fold into the saved step: undoing must be able to reach the saved state.
            Some(last) if coalesce.is_some() && last.coalesce == coalesce && !saved_on_top => {
                last.undo.extend(undo);
            }
            _ => {
                let serial = self.next_serial;
                self.next_serial += 1;
                self.undo.push(Step {
                    serial,
                    coalesce,
                    subject,
                    undo,
                });
                if self.undo.len() > MAX_UNDO {
                    self.undo.remove(0);
                }
            }
        }
        true
    }

    /// Ends coalescing: the next edit starts a new undo step even with the same key.
    pub fn break_coalescing(&mut self) {
        if let Some(last) = self.undo.last_mut() {
            last.coalesce = None;
        }
    }

    /// Undoes the last step. Returns false when there was none.
    pub fn undo(&mut self, project: &mut Project) -> bool {
        let Some(step) = self.undo.pop() else {
            return false;
        };
        let redo = revert(project, step.undo);
        self.redo.push(Step {
            serial: step.serial,
            coalesce: None,
            subject: step.subject,
            undo: redo,
        });
        true
    }

    /// Redoes the last undone step. Returns false when there was none.
    pub fn redo(&mut self, project: &mut Project) -> bool {
        let Some(step) = self.redo.pop() else {
            return false;
        };
        let undo = revert(project, step.undo);
        self.undo.push(Step {
            serial: step.serial,
            coalesce: None,
            subject: step.subject,
            undo,
        });
        true
    }

    /// What the next undo would change.
    pub fn undo_subject(&self) -> Option<EditSubject> {
        self.undo.last().map(|step| step.subject)
    }

    /// What the next redo would change.
    pub fn redo_subject(&self) -> Option<EditSubject> {
        self.redo.last().map(|step| step.subject)
    }
}

/// What an edit changes, in words a user recognises.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditSubject {
    /// The study metadata.
    Study,
    /// The network form.
    Network,
    /// An actor.
    Actor,
    /// An activity.
    Activity,
    /// A role.
    Role,
    /// A source.
    Source,
    /// An evidence note.
    Note,
    /// An assessment or one of its scores.
    Assessment,
    /// An inhibiting factor or a recommendation.
    Finding,
}

impl Edit {
    /// What the edit changes.
    pub fn subject(&self) -> EditSubject {
        match self {
            Edit::Study(_) => EditSubject::Study,
            Edit::Network(_) => EditSubject::Network,
            Edit::Score(..) => EditSubject::Assessment,
            Edit::Put(item) => match item {
                Item::Actor(_) => EditSubject::Actor,
                Item::Activity(_) => EditSubject::Activity,
                Item::Role(_) => EditSubject::Role,
                Item::Source(_) => EditSubject::Source,
                Item::Note(_) => EditSubject::Note,
                Item::Assessment(_) => EditSubject::Assessment,
                Item::Finding(..) => EditSubject::Finding,
            },
            Edit::Remove(item) => match item {
                ItemRef::Actor(_) => EditSubject::Actor,
                ItemRef::Activity(_) => EditSubject::Activity,
                ItemRef::Role(_) => EditSubject::Role,
                ItemRef::Source(_) => EditSubject::Source,
                ItemRef::Note(_) => EditSubject::Note,
                ItemRef::Assessment(_) => EditSubject::Assessment,
                ItemRef::Finding(..) => EditSubject::Finding,
            },
        }
    }
}

/// Applies `inverses` last-first and returns what re-applies them.
fn revert(project: &mut Project, inverses: Vec<Change>) -> Vec<Change> {
    let mut forward: Vec<Change> = inverses
        .into_iter()
        .rev()
        .map(|change| apply_change(project, change))
        .collect();
    forward.reverse();
    forward
}

/// Applies one change and returns its inverse.
fn apply_change(project: &mut Project, change: Change) -> Change {
    match change {
        Change::Study(study) => Change::Study(std::mem::replace(&mut project.study, study)),
        Change::Network(network) => {
            Change::Network(std::mem::replace(&mut project.network, network))
        }
        Change::Insert(index, item) => {
            let kind = kind_of(&item);
            insert(project, index, item);
            Change::Delete(kind, index)
        }
        Change::Replace(index, item) => Change::Replace(index, replace(project, index, item)),
        Change::Delete(kind, index) => Change::Insert(index, delete(project, kind, index)),
    }
}

fn kind_of(item: &Item) -> ItemKindRef {
    match item {
        Item::Actor(_) => ItemKindRef::Actor,
        Item::Activity(_) => ItemKindRef::Activity,
        Item::Role(_) => ItemKindRef::Role,
        Item::Source(_) => ItemKindRef::Source,
        Item::Note(_) => ItemKindRef::Note,
        Item::Assessment(_) => ItemKindRef::Assessment,
        Item::Finding(list, _) => ItemKindRef::Finding(*list),
    }
}

fn findings_mut(project: &mut Project, list: FindingList) -> &mut Vec<Finding> {
    match list {
        FindingList::Inhibiting => &mut project.inhibiting_factors,
        FindingList::Recommendations => &mut project.recommendations,
    }
}

/// Findings of one list.
pub fn findings(project: &Project, list: FindingList) -> &[Finding] {
    match list {
        FindingList::Inhibiting => &project.inhibiting_factors,
        FindingList::Recommendations => &project.recommendations,
    }
}

fn insert(project: &mut Project, index: usize, item: Item) {
    fn put<T>(list: &mut Vec<T>, index: usize, value: T) {
        let index = index.min(list.len());
        list.insert(index, value);
    }
    match item {
        Item::Actor(v) => put(&mut project.actors, index, v),
        Item::Activity(v) => put(&mut project.activities, index, v),
        Item::Role(v) => put(&mut project.roles, index, v),
        Item::Source(v) => put(&mut project.sources, index, v),
        Item::Note(v) => put(&mut project.evidence, index, v),
        Item::Assessment(v) => put(&mut project.assessments, index, v),
        Item::Finding(list, v) => put(findings_mut(project, list), index, v),
    }
}

fn replace(project: &mut Project, index: usize, item: Item) -> Item {
    match item {
        Item::Actor(v) => Item::Actor(std::mem::replace(&mut project.actors[index], v)),
        Item::Activity(v) => Item::Activity(std::mem::replace(&mut project.activities[index], v)),
        Item::Role(v) => Item::Role(std::mem::replace(&mut project.roles[index], v)),
        Item::Source(v) => Item::Source(std::mem::replace(&mut project.sources[index], v)),
        Item::Note(v) => Item::Note(std::mem::replace(&mut project.evidence[index], v)),
        Item::Assessment(v) => {
            Item::Assessment(std::mem::replace(&mut project.assessments[index], v))
        }
        Item::Finding(list, v) => Item::Finding(
            list,
            std::mem::replace(&mut findings_mut(project, list)[index], v),
        ),
    }
}

fn delete(project: &mut Project, kind: ItemKindRef, index: usize) -> Item {
    match kind {
        ItemKindRef::Actor => Item::Actor(project.actors.remove(index)),
        ItemKindRef::Activity => Item::Activity(project.activities.remove(index)),
        ItemKindRef::Role => Item::Role(project.roles.remove(index)),
        ItemKindRef::Source => Item::Source(project.sources.remove(index)),
        ItemKindRef::Note => Item::Note(project.evidence.remove(index)),
        ItemKindRef::Assessment => Item::Assessment(project.assessments.remove(index)),
        ItemKindRef::Finding(list) => {
            Item::Finding(list, findings_mut(project, list).remove(index))
        }
    }
}

/// The primitive changes that carry out `edit`. Changes are planned against the
/// project as it will be when each is applied, in order.
fn plan(project: &Project, edit: Edit) -> Vec<Change> {
    match edit {
        Edit::Study(study) if study != project.study => vec![Change::Study(study)],
        Edit::Network(network) if network != project.network => vec![Change::Network(network)],
        Edit::Study(_) | Edit::Network(_) => Vec::new(),
        Edit::Put(item) => plan_put(project, item),
        Edit::Remove(item) => plan_remove(project, &item),
        Edit::Score(assessment, entry) => {
            let Some(index) = project.assessments.iter().position(|a| a.id == assessment) else {
                return Vec::new();
            };
            let mut updated = project.assessments[index].clone();
            let indicator = entry.indicator.clone();
            *updated.score_for_mut(&indicator) = entry;
            if updated == project.assessments[index] {
                Vec::new()
            } else {
                vec![Change::Replace(index, Item::Assessment(updated))]
            }
        }
    }
}

fn plan_put(project: &Project, item: Item) -> Vec<Change> {
    fn put<T: PartialEq>(
        list: &[T],
        same_id: impl Fn(&T) -> bool,
        value: &T,
        wrap: Item,
    ) -> Vec<Change> {
        match list.iter().position(same_id) {
            Some(index) if &list[index] == value => Vec::new(),
            Some(index) => vec![Change::Replace(index, wrap)],
            None => vec![Change::Insert(list.len(), wrap)],
        }
    }
    match &item {
        Item::Actor(v) => put(&project.actors, |x| x.id == v.id, v, item.clone()),
        Item::Activity(v) => put(&project.activities, |x| x.id == v.id, v, item.clone()),
        Item::Role(v) => put(&project.roles, |x| x.id == v.id, v, item.clone()),
        Item::Source(v) => put(&project.sources, |x| x.id == v.id, v, item.clone()),
        Item::Note(v) => put(&project.evidence, |x| x.id == v.id, v, item.clone()),
        Item::Assessment(v) => put(&project.assessments, |x| x.id == v.id, v, item.clone()),
        Item::Finding(list, v) => put(findings(project, *list), |x| x.id == v.id, v, item.clone()),
    }
}

/// Deletes by position must run from the highest index down so earlier deletes
/// do not shift later ones; replaces of other lists are unaffected.
fn plan_remove(project: &Project, target: &ItemRef) -> Vec<Change> {
    let mut changes = Vec::new();
    match target {
        ItemRef::Actor(id) => {
            changes.extend(deletes(&project.roles, ItemKindRef::Role, |r| {
                &r.actor == id
            }));
            changes.extend(replaces(
                &project.sources,
                Item::Source,
                |source| source.actor.as_ref() == Some(id),
                |source| source.actor = None,
            ));
            changes.extend(replaces(
                &project.evidence,
                Item::Note,
                |note| note.actors.contains(id),
                |note| note.actors.retain(|a| a != id),
            ));
            for list in [FindingList::Inhibiting, FindingList::Recommendations] {
                changes.extend(replaces(
                    findings(project, list),
                    |finding| Item::Finding(list, finding),
                    |finding| finding.actors.contains(id),
                    |finding| finding.actors.retain(|a| a != id),
                ));
            }
            changes.extend(deletes(&project.actors, ItemKindRef::Actor, |a| {
                &a.id == id
            }));
        }
        ItemRef::Activity(id) => {
            changes.extend(deletes(&project.roles, ItemKindRef::Role, |r| {
                &r.activity == id
            }));
            changes.extend(deletes(&project.activities, ItemKindRef::Activity, |a| {
                &a.id == id
            }));
        }
        ItemRef::Role(id) => {
            changes.extend(deletes(&project.roles, ItemKindRef::Role, |r| &r.id == id));
        }
        ItemRef::Source(id) => {
            let notes: Vec<&EvidenceId> = project
                .evidence
                .iter()
                .filter(|n| &n.source == id)
                .map(|n| &n.id)
                .collect();
            changes.extend(unlink_notes(project, &notes));
            changes.extend(deletes(&project.evidence, ItemKindRef::Note, |n| {
                &n.source == id
            }));
            changes.extend(deletes(&project.sources, ItemKindRef::Source, |s| {
                &s.id == id
            }));
        }
        ItemRef::Note(id) => {
            changes.extend(unlink_notes(project, &[id]));
            changes.extend(deletes(&project.evidence, ItemKindRef::Note, |n| {
                &n.id == id
            }));
        }
        ItemRef::Assessment(id) => {
            changes.extend(deletes(
                &project.assessments,
                ItemKindRef::Assessment,
                |a| &a.id == id,
            ));
        }
        ItemRef::Finding(list, id) => {
            changes.extend(deletes(
                findings(project, *list),
                ItemKindRef::Finding(*list),
                |f| &f.id == id,
            ));
        }
    }
    changes
}

/// Deletes of every item of `items` that `doomed` picks, last position first, so
/// each delete leaves the positions of those still to come unchanged.
fn deletes<T>(items: &[T], kind: ItemKindRef, doomed: impl Fn(&T) -> bool) -> Vec<Change> {
    items
        .iter()
        .enumerate()
        .rev()
        .filter(|(_, item)| doomed(item))
        .map(|(index, _)| Change::Delete(kind, index))
        .collect()
}

/// Replaces of every item of `items` that `refers` picks, changed by `update`.
/// Only the picked items are cloned, however long the list.
fn replaces<T: Clone>(
    items: &[T],
    wrap: impl Fn(T) -> Item,
    refers: impl Fn(&T) -> bool,
    update: impl Fn(&mut T),
) -> Vec<Change> {
    items
        .iter()
        .enumerate()
        .filter(|(_, item)| refers(item))
        .map(|(index, item)| {
            let mut updated = item.clone();
            update(&mut updated);
            Change::Replace(index, wrap(updated))
        })
        .collect()
}

/// Replaces every assessment and finding that cites one of `notes`, without it.
fn unlink_notes(project: &Project, notes: &[&EvidenceId]) -> Vec<Change> {
    let cited = |evidence: &[EvidenceId]| evidence.iter().any(|e| notes.contains(&e));
    let uncite = |evidence: &mut Vec<EvidenceId>| evidence.retain(|e| !notes.contains(&e));
    let mut changes = replaces(
        &project.assessments,
        Item::Assessment,
        |assessment| assessment.scores.iter().any(|s| cited(&s.evidence)),
        |assessment| {
            assessment
                .scores
                .iter_mut()
                .for_each(|s| uncite(&mut s.evidence))
        },
    );
    for list in [FindingList::Inhibiting, FindingList::Recommendations] {
        changes.extend(replaces(
            findings(project, list),
            |finding| Item::Finding(list, finding),
            |finding| cited(&finding.evidence),
            |finding| uncite(&mut finding.evidence),
        ));
    }
    changes
}

/// Where an item is referred to, for the "delete?" question: counts per kind.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Usages {
    /// Roles that would be deleted.
    pub roles: usize,
    /// Sources that name it as their informant's actor.
    pub sources: usize,
    /// Evidence notes that link to it (or, for a source, that would be deleted).
    pub notes: usize,
    /// Assessments whose scores cite it.
    pub assessments: usize,
    /// Findings that link to it.
    pub findings: usize,
}

impl Usages {
    /// True when nothing refers to the item.
    pub fn is_empty(&self) -> bool {
        *self == Usages::default()
    }
}

/// Counts what refers to `target`.
pub fn usages(project: &Project, target: &ItemRef) -> Usages {
    let all_findings = || {
        project
            .inhibiting_factors
            .iter()
            .chain(&project.recommendations)
    };
    match target {
        ItemRef::Actor(id) => Usages {
            roles: project.roles.iter().filter(|r| &r.actor == id).count(),
            sources: project
                .sources
                .iter()
                .filter(|s| s.actor.as_ref() == Some(id))
                .count(),
            notes: project
                .evidence
                .iter()
                .filter(|n| n.actors.contains(id))
                .count(),
            assessments: 0,
            findings: all_findings().filter(|f| f.actors.contains(id)).count(),
        },
        ItemRef::Activity(id) => Usages {
            roles: project.roles.iter().filter(|r| &r.activity == id).count(),
            ..Usages::default()
        },
        ItemRef::Source(id) => {
            let notes: Vec<&EvidenceId> = project
                .evidence
                .iter()
                .filter(|n| &n.source == id)
                .map(|n| &n.id)
                .collect();
            let mut usages = note_citations(project, &notes);
            usages.notes = notes.len();
            usages
        }
        ItemRef::Note(id) => note_citations(project, &[id]),
        ItemRef::Role(_) | ItemRef::Assessment(_) | ItemRef::Finding(..) => Usages::default(),
    }
}

fn note_citations(project: &Project, notes: &[&EvidenceId]) -> Usages {
    let cited = |evidence: &[EvidenceId]| evidence.iter().any(|e| notes.contains(&e));
    Usages {
        assessments: project
            .assessments
            .iter()
            .filter(|a| a.scores.iter().any(|s| cited(&s.evidence)))
            .count(),
        findings: project
            .inhibiting_factors
            .iter()
            .chain(&project.recommendations)
            .filter(|f| cited(&f.evidence))
            .count(),
        ..Usages::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Color, RoleKind, Sector};

    fn actor(id: &str) -> Actor {
        Actor {
            id: ActorId::new(id),
            name: id.to_uppercase(),
            short_name: String::new(),
            sector: Sector::Government,
            description: String::new(),
            color: Color::from_palette(0),
        }
    }

    fn activity(id: &str) -> Activity {
        Activity {
            id: ActivityId::new(id),
            name: id.into(),
            schedule: String::new(),
            place: String::new(),
            description: String::new(),
        }
    }

    #[test]
    fn deleting_an_actor_removes_its_roles_and_undo_brings_both_back() {
        let mut project = Project::default();
        project.study.title = "Kotagede".into();
        let mut history = History::new();
        history.apply(&mut project, Edit::Put(Item::Actor(actor("a"))), None);
        history.apply(&mut project, Edit::Put(Item::Actor(actor("b"))), None);
        history.apply(&mut project, Edit::Put(Item::Activity(activity("x"))), None);
        for (id, who) in [("r1", "a"), ("r2", "b")] {
            let role = Role {
                id: RoleId::new(id),
                actor: ActorId::new(who),
                activity: ActivityId::new("x"),
                kind: RoleKind::Trainer,
                responsibilities: String::new(),
                authority: String::new(),
            };
            history.apply(&mut project, Edit::Put(Item::Role(role)), None);
        }
        let before = project.clone();
        history.apply(
            &mut project,
            Edit::Remove(ItemRef::Actor(ActorId::new("a"))),
            None,
        );
        assert_eq!(project.actors.len(), 1);
        assert_eq!(project.roles.len(), 1);
        assert!(project.validate().is_empty());
        history.undo(&mut project);
        assert_eq!(project, before);
        history.redo(&mut project);
        assert_eq!(project.roles.len(), 1);
    }

    #[test]
    fn typing_coalesces_and_undo_returns_to_saved_state() {
        let mut project = Project::default();
        let mut history = History::new();
        assert!(!history.is_dirty());
        for title in ["K", "Ko", "Kot"] {
            let mut study = project.study.clone();
            study.title = title.into();
            history.apply(&mut project, Edit::Study(study), Some("title".into()));
        }
        assert!(history.is_dirty());
        assert!(history.undo(&mut project));
        assert_eq!(project.study.title, "");
        assert!(!history.is_dirty());
        assert!(!history.can_undo());
    }

    #[test]
    fn an_edit_that_changes_nothing_is_not_an_undo_step() {
        let mut project = Project::default();
        let mut history = History::new();
        let study = project.study.clone();
        assert!(!history.apply(&mut project, Edit::Study(study), None));
        assert!(!history.can_undo());
    }
}
