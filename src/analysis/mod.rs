//! Derived facts about a project: counts, triangulation of the evidence per indicator.

mod lookup;
mod summary;
mod triangulation;

pub use lookup::Lookup;
pub use summary::{IndicatorSummary, Summary};
pub use triangulation::{Triangulation, TriangulationIndex};
