//! The open project and the one place it changes, with no window: edits as
//! values, their exact inverses for undo and redo, what refers to what, the
//! derived index kept in step, and crash-recovery copies. The window and the
//! tests drive it alike.

mod changes;
mod edit;
mod framework_change;
mod history;
mod open_project;
pub mod recovery;
mod usages;

pub use changes::paragraph_locator;
pub use edit::{
    Edit, EditKind, EditSubject, FrameworkEdit, Item, ItemRef, OffScaleScores, StepSummary,
};
pub use framework_change::{FrameworkEffects, OffScaleScore, framework_effects};
pub use history::History;
pub use open_project::Document;
pub use usages::{Usages, usages};
