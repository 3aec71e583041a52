//! What a panel asks to change, as values: an [`Edit`] names the item and the
//! change; [`crate::document::History`] carries it out. Panels never touch the
//! project themselves.

use crate::model::{
    Activity, ActivityId, Actor, ActorId, Assessment, AssessmentId, EvidenceId, EvidenceNote,
    Finding, FindingId, FindingKind, Framework, FrameworkSlot, IndicatorScore, NetworkStructure,
    NodePosition, PairLevel, Relation, RelationId, Role, RoleId, Source, SourceId, Study,
};

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
    /// A supporting or inhibiting factor, or a recommendation.
    Finding(FindingKind, Finding),
    /// A relation between two actors.
    Relation(Relation),
    /// The level of collaboration of a pair of actors (found by its pair, not an id).
    Level(PairLevel),
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
    /// A supporting or inhibiting factor, or a recommendation.
    Finding(FindingKind, FindingId),
    /// A relation between two actors.
    Relation(RelationId),
    /// The level of collaboration of the pair, either way round.
    Level(ActorId, ActorId),
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
    /// Replace where the actors stand in the network diagram (empty: all placed
    /// automatically).
    Layout(Vec<NodePosition>),
    /// Put a framework in a slot (or take the second one away), with what
    /// follows for the work that refers to it.
    Framework(FrameworkEdit),
}

/// A framework put in a slot, and what becomes of existing work: links to
/// indicators that are gone are removed, scores against a removed second
/// framework go with it, and scores off a new scale are moved or cleared.
#[derive(Clone, Debug, PartialEq)]
pub struct FrameworkEdit {
    /// Which framework.
    pub slot: FrameworkSlot,
    /// The framework; `None` removes the second framework (the main one stays).
    pub framework: Option<Framework>,
    /// What happens to a score that is not on the new scale.
    pub off_scale: OffScaleScores,
}

/// What becomes of a score that is not on a framework's new scale.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum OffScaleScores {
    /// It is cleared; its rationale and evidence stay, to be scored again.
    #[default]
    Clear,
    /// It moves to the nearest level of the new scale.
    Snap,
}

impl FrameworkEdit {
    /// Puts `framework` in `slot`; scores off its scale are cleared.
    pub fn put(slot: FrameworkSlot, framework: Framework) -> Self {
        FrameworkEdit {
            slot,
            framework: Some(framework),
            off_scale: OffScaleScores::Clear,
        }
    }
}

/// Whether an undo step added, changed or removed its subject.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EditKind {
    /// Something new was added.
    Add,
    /// Something that was there was changed.
    Change,
    /// Something was deleted (with what depended on it).
    Remove,
}

/// What an undo step did, in words a user recognises: "actor added".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StepSummary {
    /// Added, changed or removed.
    pub kind: EditKind,
    /// What it was done to.
    pub subject: EditSubject,
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
    /// A supporting or inhibiting factor, or a recommendation.
    Finding,
    /// A relation between two actors.
    Relation,
    /// A pair's level of collaboration.
    Level,
    /// Where the actors stand in the network diagram.
    Layout,
    /// A framework: its indicators, rubrics or scale.
    Framework,
}

impl Edit {
    /// What the edit changes.
    pub fn subject(&self) -> EditSubject {
        match self {
            Edit::Study(_) => EditSubject::Study,
            Edit::Network(_) => EditSubject::Network,
            Edit::Score(..) => EditSubject::Assessment,
            Edit::Layout(_) => EditSubject::Layout,
            Edit::Framework(_) => EditSubject::Framework,
            Edit::Put(item) => match item {
                Item::Actor(_) => EditSubject::Actor,
                Item::Activity(_) => EditSubject::Activity,
                Item::Role(_) => EditSubject::Role,
                Item::Source(_) => EditSubject::Source,
                Item::Note(_) => EditSubject::Note,
                Item::Assessment(_) => EditSubject::Assessment,
                Item::Finding(..) => EditSubject::Finding,
                Item::Relation(_) => EditSubject::Relation,
                Item::Level(_) => EditSubject::Level,
            },
            Edit::Remove(item) => match item {
                ItemRef::Actor(_) => EditSubject::Actor,
                ItemRef::Activity(_) => EditSubject::Activity,
                ItemRef::Role(_) => EditSubject::Role,
                ItemRef::Source(_) => EditSubject::Source,
                ItemRef::Note(_) => EditSubject::Note,
                ItemRef::Assessment(_) => EditSubject::Assessment,
                ItemRef::Finding(..) => EditSubject::Finding,
                ItemRef::Relation(_) => EditSubject::Relation,
                ItemRef::Level(..) => EditSubject::Level,
            },
        }
    }
}
