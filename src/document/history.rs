//! The undo and redo stacks: each step keeps the exact inverses of the changes
//! it applied. Typing in one field coalesces into a single undo step, and the
//! step that was saved is remembered so the unsaved marker is always right.

use super::changes::{Change, apply_change, plan, revert};
use super::edit::{Edit, EditKind, StepSummary};
use crate::model::{FrameworkSlot, Project};

#[derive(Clone, Debug)]
struct Step {
    serial: u64,
    coalesce: Option<String>,
    /// What the step changed, to tell the user what undo and redo will do.
    summary: StepSummary,
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
        let removes = match &edit {
            Edit::Remove(_) => true,
            Edit::Framework(framework) => framework.framework.is_none(),
            _ => false,
        };
        let adds_second = matches!(&edit, Edit::Framework(f) if f.slot == FrameworkSlot::Second)
            && project.second_framework.is_none();
        let changes = plan(project, edit);
        if changes.is_empty() {
            return false;
        }
        let kind = if removes {
            EditKind::Remove
        } else if adds_second || changes.iter().any(|c| matches!(c, Change::Insert(..))) {
            EditKind::Add
        } else {
            EditKind::Change
        };
        let summary = StepSummary { kind, subject };
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
                    summary,
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
            summary: step.summary,
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
            summary: step.summary,
            undo,
        });
        true
    }

    /// What the next undo would change.
    pub fn undo_summary(&self) -> Option<StepSummary> {
        self.undo.last().map(|step| step.summary)
    }

    /// What the next redo would change.
    pub fn redo_summary(&self) -> Option<StepSummary> {
        self.redo.last().map(|step| step.summary)
    }
}

#[cfg(test)]
mod tests {
    use super::History;
    use crate::document::edit::{Edit, Item, ItemRef};
    use crate::model::{
        Activity, ActivityId, Actor, ActorId, Color, Framework, Project, Role, RoleId, RoleKind,
        Sector,
    };

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
        let mut project = Project::new(Framework::deseve());
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
        let mut project = Project::new(Framework::deseve());
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
        let mut project = Project::new(Framework::deseve());
        let mut history = History::new();
        let study = project.study.clone();
        assert!(!history.apply(&mut project, Edit::Study(study), None));
        assert!(!history.can_undo());
    }

    #[test]
    fn editing_a_text_moves_its_passages_in_the_same_undoable_step() {
        use crate::model::{Anchor, EvidenceNote, Source, SourceKind, Stance, passage};
        let mut project = Project::new(Framework::deseve());
        let text = "P: Apa kabar?\n\nI: Kami sejajar dengan dinas.\n";
        project.sources.push(Source {
            id: "s".into(),
            kind: SourceKind::Interview,
            title: "t".into(),
            informant: String::new(),
            informant_code: String::new(),
            informant_position: String::new(),
            actor: None,
            date: String::new(),
            reference: String::new(),
            text: text.into(),
        });
        let start = text.find("sejajar").expect("in the text");
        project.evidence.push(EvidenceNote {
            id: "n".into(),
            source: "s".into(),
            excerpt: "sejajar".into(),
            interpretation: String::new(),
            indicators: Vec::new(),
            actors: Vec::new(),
            stance: Stance::Supports,
            tags: Vec::new(),
            anchor: Some(Anchor::new(start, start + 7)),
            locator: "par. 2".into(),
        });
        let before = project.clone();
        let mut history = History::new();
        let mut edited = project.sources[0].clone();
        edited.text = "P: Apa kabar, Bu?\n\nP: Dan?\n\nI: Kami sejajar dengan dinas.\n".into();
        assert!(history.apply(&mut project, Edit::Put(Item::Source(edited)), None));
        let note = &project.evidence[0];
        let anchor = note.anchor.expect("anchored");
        assert_eq!(passage(&project.sources[0].text, anchor), Some("sejajar"));
        assert_eq!(note.locator, "par. 3", "the paragraph locator follows");
        assert!(history.undo(&mut project));
        assert_eq!(project, before, "one undo step restores text and anchor");
    }
}
