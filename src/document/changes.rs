//! Primitive, exactly invertible changes to a project, and how an [`Edit`] is
//! planned as a list of them (cascading deletes so no reference is left
//! dangling). Applying a change returns its inverse, which is what undo keeps.

use super::edit::{Edit, FrameworkEdit, Item, ItemRef};
use super::framework_change::plan_framework;
use crate::model::{
    ActorId, EvidenceId, FindingKind, Framework, FrameworkSlot, NetworkStructure, NodePosition,
    Project, Relation, RelationId, Relocated, Source, Study, TextChange, paragraph_number,
    paragraphs, passage,
};

/// A primitive, exactly invertible change.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Change {
    Study(Study),
    Network(NetworkStructure),
    Layout(Vec<NodePosition>),
    Insert(usize, Item),
    Replace(usize, Item),
    Delete(ItemKindRef, usize),
    /// The framework in a slot (`None`: no second framework).
    Framework(FrameworkSlot, Option<Framework>),
}

/// A list of the project, for deletes by position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum ItemKindRef {
    Actor,
    Activity,
    Role,
    Source,
    Note,
    Assessment,
    Finding(FindingKind),
    Relation,
    Level,
}

/// Applies `inverses` last-first and returns what re-applies them.
pub(super) fn revert(project: &mut Project, inverses: Vec<Change>) -> Vec<Change> {
    let mut forward: Vec<Change> = inverses
        .into_iter()
        .rev()
        .map(|change| apply_change(project, change))
        .collect();
    forward.reverse();
    forward
}

/// Applies one change and returns its inverse.
pub(super) fn apply_change(project: &mut Project, change: Change) -> Change {
    match change {
        Change::Study(study) => Change::Study(std::mem::replace(&mut project.study, study)),
        Change::Network(network) => {
            Change::Network(std::mem::replace(&mut project.network, network))
        }
        Change::Layout(layout) => {
            Change::Layout(std::mem::replace(&mut project.network_layout, layout))
        }
        Change::Insert(index, item) => {
            let kind = kind_of(&item);
            insert(project, index, item);
            Change::Delete(kind, index)
        }
        Change::Replace(index, item) => Change::Replace(index, replace(project, index, item)),
        Change::Delete(kind, index) => Change::Insert(index, delete(project, kind, index)),
        Change::Framework(slot, framework) => {
            Change::Framework(slot, swap_framework(project, slot, framework))
        }
    }
}

/// Puts `framework` in `slot`; returns what was there. The main framework
/// cannot be taken away, so `None` there changes nothing.
fn swap_framework(
    project: &mut Project,
    slot: FrameworkSlot,
    framework: Option<Framework>,
) -> Option<Framework> {
    match (slot, framework) {
        (FrameworkSlot::Main, Some(framework)) => {
            Some(std::mem::replace(&mut project.framework, framework))
        }
        (FrameworkSlot::Main, None) => None,
        (FrameworkSlot::Second, framework) => {
            std::mem::replace(&mut project.second_framework, framework)
        }
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
        Item::Relation(_) => ItemKindRef::Relation,
        Item::Level(_) => ItemKindRef::Level,
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
        Item::Finding(list, v) => put(project.findings_mut(list), index, v),
        Item::Relation(v) => put(&mut project.relations, index, v),
        Item::Level(v) => put(&mut project.collaboration_levels, index, v),
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
            std::mem::replace(&mut project.findings_mut(list)[index], v),
        ),
        Item::Relation(v) => Item::Relation(std::mem::replace(&mut project.relations[index], v)),
        Item::Level(v) => Item::Level(std::mem::replace(
            &mut project.collaboration_levels[index],
            v,
        )),
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
        ItemKindRef::Finding(list) => Item::Finding(list, project.findings_mut(list).remove(index)),
        ItemKindRef::Relation => Item::Relation(project.relations.remove(index)),
        ItemKindRef::Level => Item::Level(project.collaboration_levels.remove(index)),
    }
}

/// The primitive changes that carry out `edit`. Changes are planned against the
/// project as it will be when each is applied, in order.
pub(super) fn plan(project: &Project, edit: Edit) -> Vec<Change> {
    match edit {
        Edit::Study(study) if study != project.study => vec![Change::Study(study)],
        Edit::Network(network) if network != project.network => vec![Change::Network(network)],
        Edit::Layout(layout) if layout != project.network_layout => vec![Change::Layout(layout)],
        Edit::Study(_) | Edit::Network(_) | Edit::Layout(_) => Vec::new(),
        Edit::Put(item) => plan_put(project, &item),
        Edit::Framework(edit) => plan_framework_changes(project, &edit),
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

/// The framework edit as changes: the links and scores it touches first, the
/// framework itself last. Nothing when the framework would stay as it is.
fn plan_framework_changes(project: &Project, edit: &FrameworkEdit) -> Vec<Change> {
    let plan = plan_framework(project, edit);
    if plan.framework.as_ref() == project.framework_in(edit.slot)
        || (edit.slot == FrameworkSlot::Main && plan.framework.is_none())
    {
        return Vec::new();
    }
    let mut changes: Vec<Change> = plan
        .notes
        .into_iter()
        .map(|(index, note)| Change::Replace(index, Item::Note(note)))
        .collect();
    changes.extend(
        plan.findings
            .into_iter()
            .map(|(kind, index, finding)| Change::Replace(index, Item::Finding(kind, finding))),
    );
    changes.extend(
        plan.assessments
            .into_iter()
            .map(|(index, assessment)| match assessment {
                Some(assessment) => Change::Replace(index, Item::Assessment(assessment)),
                None => Change::Delete(ItemKindRef::Assessment, index),
            }),
    );
    changes.push(Change::Framework(edit.slot, plan.framework));
    changes
}

fn plan_put(project: &Project, item: &Item) -> Vec<Change> {
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
    match item {
        Item::Actor(v) => put(&project.actors, |x| x.id == v.id, v, item.clone()),
        Item::Activity(v) => put(&project.activities, |x| x.id == v.id, v, item.clone()),
        Item::Role(v) => put(&project.roles, |x| x.id == v.id, v, item.clone()),
        Item::Source(v) => {
            let mut changes = put(&project.sources, |x| x.id == v.id, v, item.clone());
            // Editing a text moves the passages coded in it, in the same step.
            if let Some(old) = project.sources.iter().find(|s| s.id == v.id)
                && old.text != v.text
            {
                changes.extend(reanchor(project, &old.text, v));
            }
            changes
        }
        Item::Note(v) => put(&project.evidence, |x| x.id == v.id, v, item.clone()),
        Item::Assessment(v) => put(&project.assessments, |x| x.id == v.id, v, item.clone()),
        Item::Finding(list, v) => put(project.findings(*list), |x| x.id == v.id, v, item.clone()),
        Item::Relation(v) => {
            let mut changes = put(&project.relations, |x| x.id == v.id, v, item.clone());
            // A relation moved to another pair takes that pair's level with it
            // when no other relation of the old pair is left.
            if let Some(old) = project.relation(&v.id)
                && !old.joins(&v.from, &v.to)
            {
                changes.extend(orphaned_level(project, old));
            }
            changes
        }
        Item::Level(v) => put(
            &project.collaboration_levels,
            |x| x.is_pair(&v.actors.0, &v.actors.1),
            v,
            item.clone(),
        ),
    }
}

/// The delete of the level of `relation`'s pair, when `relation` is the last
/// relation of that pair (so the level would be left without a tie to show it).
fn orphaned_level(project: &Project, relation: &Relation) -> Vec<Change> {
    let (a, b) = (&relation.from, &relation.to);
    let others = project
        .relations
        .iter()
        .any(|r| r.id != relation.id && r.joins(a, b));
    if others {
        return Vec::new();
    }
    deletes(&project.collaboration_levels, ItemKindRef::Level, |l| {
        l.is_pair(a, b)
    })
}

/// The relation with `id`, when it is the last of its pair and the pair has a
/// level: what deleting it takes with it.
pub(super) fn last_of_rated_pair<'p>(
    project: &'p Project,
    id: &RelationId,
) -> Option<&'p Relation> {
    let relation = project.relation(id)?;
    (!orphaned_level(project, relation).is_empty()).then_some(relation)
}

/// Replaces of the notes anchored in `source`, whose text was `old_text`,
/// with their anchors where the new text has their passage: moved with the text
/// around them, edited in place (the excerpt takes the corrected words), or
/// found again by their words. A passage whose words are gone keeps its old
/// anchor and shows as broken. Locators this app wrote
/// ("par. N") follow their passage.
fn reanchor(project: &Project, old_text: &str, source: &Source) -> Vec<Change> {
    let Some(change) = TextChange::between(old_text, &source.text) else {
        return Vec::new();
    };
    let new_paragraphs = paragraphs(&source.text);
    replaces(
        &project.evidence,
        Item::Note,
        |note| note.source == source.id && note.anchor.is_some(),
        |note| {
            let Some(anchor) = note.anchor else {
                return;
            };
            let moved = match change.relocate(anchor, &note.excerpt, &source.text) {
                Relocated::Moved(moved) | Relocated::Found(moved) => moved,
                Relocated::Edited(edited) => {
                    if let Some(words) = passage(&source.text, edited) {
                        words.clone_into(&mut note.excerpt);
                    }
                    edited
                }
                Relocated::Lost => return,
            };
            note.anchor = Some(moved);
            if is_paragraph_locator(&note.locator)
                && let Some(number) = paragraph_number(&new_paragraphs, moved.start)
            {
                note.locator = paragraph_locator(number);
            }
        },
    )
    .into_iter()
    .filter(|change| match change {
        // A note none of whose fields changed is no change.
        Change::Replace(index, Item::Note(note)) => project.evidence.get(*index) != Some(note),
        _ => true,
    })
    .collect()
}

/// The locator an anchored note gets: its paragraph.
pub fn paragraph_locator(number: usize) -> String {
    format!("par. {number}")
}

fn is_paragraph_locator(locator: &str) -> bool {
    locator
        .strip_prefix("par. ")
        .is_some_and(|n| n.chars().all(|c| c.is_ascii_digit()) && !n.is_empty())
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
            for list in FindingKind::ALL {
                changes.extend(replaces(
                    project.findings(list),
                    |finding| Item::Finding(list, finding),
                    |finding| finding.actors.contains(id),
                    |finding| finding.actors.retain(|a| a != id),
                ));
            }
            changes.extend(unlink_actor_from_network(project, id));
            changes.extend(deletes(&project.actors, ItemKindRef::Actor, |a| {
                &a.id == id
            }));
        }
        ItemRef::Activity(id) => {
            changes.extend(deletes(&project.roles, ItemKindRef::Role, |r| {
                &r.activity == id
            }));
            changes.extend(replaces(
                &project.relations,
                Item::Relation,
                |relation| relation.activities.contains(id),
                |relation| relation.activities.retain(|a| a != id),
            ));
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
                project.findings(*list),
                ItemKindRef::Finding(*list),
                |f| &f.id == id,
            ));
        }
        ItemRef::Relation(id) => {
            if let Some(relation) = project.relation(id) {
                changes.extend(orphaned_level(project, relation));
            }
            changes.extend(deletes(&project.relations, ItemKindRef::Relation, |r| {
                &r.id == id
            }));
        }
        ItemRef::Level(a, b) => {
            changes.extend(deletes(
                &project.collaboration_levels,
                ItemKindRef::Level,
                |l| l.is_pair(a, b),
            ));
        }
    }
    changes
}

/// What deleting actor `id` does to the network: its relations and its
/// pairs' levels go, it leaves the diagram's layout, and it is no longer the
/// lead actor.
fn unlink_actor_from_network(project: &Project, id: &ActorId) -> Vec<Change> {
    let mut changes = deletes(&project.relations, ItemKindRef::Relation, |r| {
        r.involves(id)
    });
    changes.extend(deletes(
        &project.collaboration_levels,
        ItemKindRef::Level,
        |l| l.involves(id),
    ));
    if project.network_layout.iter().any(|p| &p.actor == id) {
        let mut layout = project.network_layout.clone();
        layout.retain(|p| &p.actor != id);
        changes.push(Change::Layout(layout));
    }
    if project.network.lead.as_ref() == Some(id) {
        changes.push(Change::Network(NetworkStructure {
            lead: None,
            ..project.network.clone()
        }));
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
                .for_each(|s| uncite(&mut s.evidence));
        },
    );
    for list in FindingKind::ALL {
        changes.extend(replaces(
            project.findings(list),
            |finding| Item::Finding(list, finding),
            |finding| cited(&finding.evidence),
            |finding| uncite(&mut finding.evidence),
        ));
    }
    changes.extend(replaces(
        &project.relations,
        Item::Relation,
        |relation| cited(&relation.evidence),
        |relation| uncite(&mut relation.evidence),
    ));
    changes.extend(replaces(
        &project.collaboration_levels,
        Item::Level,
        |level| level.views.iter().any(|v| cited(&v.evidence)),
        |level| {
            level.views.iter_mut().for_each(|v| uncite(&mut v.evidence));
        },
    ));
    changes
}
