//! The ties between actors: relations (who works with whom, through which
//! channel, in which activities, on what evidence), the level of collaboration
//! of each pair as each side sees it (Frey et al. 2006), and where the user
//! placed each actor in the network diagram.

use super::ids::{ActivityId, ActorId, EvidenceId, RelationId};
use serde::{Deserialize, Serialize};

/// A tie between two actors of one kind, e.g. the MoU between the city office
/// and the university.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Relation {
    /// Stable id.
    pub id: RelationId,
    /// One end: the source when the relation is directed.
    pub from: ActorId,
    /// The other end: the target when the relation is directed.
    pub to: ActorId,
    /// What flows or binds between them.
    pub kind: RelationKind,
    /// True when it runs one way, from `from` to `to` (information passed on,
    /// funds given, authority delegated); false when it is mutual.
    #[serde(default)]
    pub directed: bool,
    /// What the relation is and how it works.
    #[serde(default)]
    pub note: String,
    /// The evidence notes it rests on.
    #[serde(default)]
    pub evidence: Vec<EvidenceId>,
    /// The activities it belongs to (none: the collaboration as a whole).
    #[serde(default)]
    pub activities: Vec<ActivityId>,
}

impl Relation {
    /// True when the relation joins `a` and `b`, either way round.
    pub fn joins(&self, a: &ActorId, b: &ActorId) -> bool {
        (&self.from == a && &self.to == b) || (&self.from == b && &self.to == a)
    }

    /// True when `actor` is one of its ends.
    pub fn involves(&self, actor: &ActorId) -> bool {
        &self.from == actor || &self.to == actor
    }
}

/// The kinds of tie a governance network study records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RelationKind {
    /// Arranging together who does what and when.
    Coordination,
    /// Passing on information: invitations, news, offers.
    InformationSharing,
    /// Money or material support.
    Funding,
    /// Supervision, or authority delegated (e.g. through technical guidelines).
    Authority,
    /// Training and capacity building.
    Training,
    /// A written agreement such as an MoU.
    FormalAgreement,
    /// Anything else (membership, a missing tie worth showing).
    Other,
}

impl RelationKind {
    /// Every kind, in the order menus and legends list them.
    pub const ALL: [RelationKind; 7] = [
        RelationKind::Coordination,
        RelationKind::InformationSharing,
        RelationKind::Funding,
        RelationKind::Authority,
        RelationKind::Training,
        RelationKind::FormalAgreement,
        RelationKind::Other,
    ];
}

/// The Levels of Collaboration scale (Frey, Lohmeier, Lee & Tollefson 2006):
/// how closely two organisations work together, from no interaction to full
/// collaboration. Written by name in project files, numbered 0-5 on screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum CollaborationLevel {
    /// 0: no interaction at all.
    NoInteraction,
    /// 1: networking: aware of each other, loosely defined roles, little
    /// communication, all decisions made independently.
    Networking,
    /// 2: cooperation: information shared, defined roles, formal communication,
    /// decisions still made independently.
    Cooperation,
    /// 3: coordination: information and resources shared, frequent
    /// communication, some shared decision making.
    Coordination,
    /// 4: coalition: ideas and resources shared, everyone has a vote in decisions.
    Coalition,
    /// 5: collaboration: consensus on all decisions, high trust, members belong to
    /// one system.
    Collaboration,
}

impl CollaborationLevel {
    /// Every level, lowest first.
    pub const ALL: [CollaborationLevel; 6] = [
        CollaborationLevel::NoInteraction,
        CollaborationLevel::Networking,
        CollaborationLevel::Cooperation,
        CollaborationLevel::Coordination,
        CollaborationLevel::Coalition,
        CollaborationLevel::Collaboration,
    ];

    /// Its number on the scale, 0 to 5.
    pub fn value(self) -> u8 {
        self as u8
    }
}

/// The level of collaboration between two actors, as each of them sees it
/// (when the evidence gives their view), and the researcher's reasons.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PairLevel {
    /// The two actors, in no particular order.
    pub actors: (ActorId, ActorId),
    /// Each side's view: at most one per actor of the pair.
    #[serde(default)]
    pub views: Vec<LevelView>,
    /// Why these levels, from the evidence; or why the pair is not rated.
    #[serde(default)]
    pub reasoning: String,
}

impl PairLevel {
    /// An empty rating of the pair `a`, `b`.
    pub fn new(a: ActorId, b: ActorId) -> Self {
        PairLevel {
            actors: (a, b),
            views: Vec::new(),
            reasoning: String::new(),
        }
    }

    /// True when this is the pair `a`, `b`, either way round.
    pub fn is_pair(&self, a: &ActorId, b: &ActorId) -> bool {
        (&self.actors.0 == a && &self.actors.1 == b) || (&self.actors.0 == b && &self.actors.1 == a)
    }

    /// True when `actor` is one of the pair.
    pub fn involves(&self, actor: &ActorId) -> bool {
        &self.actors.0 == actor || &self.actors.1 == actor
    }

    /// `viewer`'s view, if recorded.
    pub fn view_of(&self, viewer: &ActorId) -> Option<&LevelView> {
        self.views.iter().find(|v| &v.viewer == viewer)
    }

    /// `viewer`'s level, if recorded.
    pub fn level_of(&self, viewer: &ActorId) -> Option<CollaborationLevel> {
        self.view_of(viewer).map(|v| v.level)
    }

    /// How many levels apart the two sides' views are, when both are recorded
    /// and differ: the mismatch a study reports.
    pub fn mismatch(&self) -> Option<u8> {
        let a = self.level_of(&self.actors.0)?;
        let b = self.level_of(&self.actors.1)?;
        (a != b).then(|| a.value().abs_diff(b.value()))
    }

    /// The level the diagram draws: the mean of the recorded views (so a pair
    /// seen as 3 by one side and 1 by the other draws as 2), `None` when no view
    /// is recorded.
    pub fn drawn_level(&self) -> Option<f64> {
        if self.views.is_empty() {
            return None;
        }
        let sum: u32 = self.views.iter().map(|v| u32::from(v.level.value())).sum();
        Some(f64::from(sum) / self.views.len() as f64)
    }
}

/// One actor's view of the level of collaboration with the other of its pair.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelView {
    /// Whose view: one of the pair.
    pub viewer: ActorId,
    /// The level as this actor describes the relationship.
    pub level: CollaborationLevel,
    /// The evidence notes that give this view.
    #[serde(default)]
    pub evidence: Vec<EvidenceId>,
}

/// Where the user placed an actor in the network diagram: `x` rightwards and
/// `y` downwards, both from 0 to 1 across the drawing area, so the window, the
/// slide and every export show the same picture whatever their size.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NodePosition {
    /// The actor placed.
    pub actor: ActorId,
    /// From 0 (left) to 1 (right).
    pub x: f64,
    /// From 0 (top) to 1 (bottom).
    pub y: f64,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(viewer: &str, level: CollaborationLevel) -> LevelView {
        LevelView {
            viewer: ActorId::new(viewer),
            level,
            evidence: Vec::new(),
        }
    }

    #[test]
    fn a_mismatch_needs_both_views_and_is_their_distance() {
        let mut pair = PairLevel::new("dinas".into(), "pengrajin".into());
        assert_eq!(pair.mismatch(), None);
        assert_eq!(pair.drawn_level(), None);
        pair.views
            .push(view("dinas", CollaborationLevel::Coordination));
        assert_eq!(pair.mismatch(), None, "one view cannot disagree");
        assert_eq!(pair.drawn_level(), Some(3.0));
        pair.views
            .push(view("pengrajin", CollaborationLevel::Networking));
        assert_eq!(pair.mismatch(), Some(2));
        assert_eq!(pair.drawn_level(), Some(2.0));
        assert!(pair.is_pair(&"pengrajin".into(), &"dinas".into()));
        pair.views[1].level = CollaborationLevel::Coordination;
        assert_eq!(pair.mismatch(), None);
    }

    #[test]
    fn levels_are_numbered_zero_to_five() {
        let values: Vec<u8> = CollaborationLevel::ALL.iter().map(|l| l.value()).collect();
        assert_eq!(values, vec![0, 1, 2, 3, 4, 5]);
    }
}
