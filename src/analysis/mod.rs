//! Derived facts about a project, with no window: counts, triangulation of the
//! evidence per indicator, the evidence index, search, citations, and what every
//! view shows about an indicator, comparisons of assessments and evidence
//! matrices; the actor network's measures and tables.

mod anchors;
mod cite;
mod comparison;
mod index;
mod indicator;
mod lookup;
mod matrix;
mod network;
mod relation_rows;
mod search;
mod summary;
mod texts;
mod triangulation;

pub use anchors::broken_anchors;
pub use cite::{cite, cite_source, informant_as_cited, quoted_excerpt};
pub use comparison::{Comparison, ComparisonRow, LARGE_DIFFERENCE_STEPS, difference_text};
pub use index::EvidenceIndex;
pub use indicator::{IndicatorFacts, ScoreFacts, score_text};
pub use lookup::Lookup;
pub use matrix::{Cell, CoverageMatrix, MatrixColumns, StanceColumn, StanceMatrix};
pub use network::{
    ActorMeasures, Graph, NetworkFilter, NetworkStats, betweenness_centralisation, format_measure,
};
pub use relation_rows::{LevelRow, RelationRow, level_rows, relation_row, relation_rows};
pub use search::{NoteFilter, SearchText, contains_folded, fold, push_folded};
pub use summary::{IndicatorSummary, Summary};
pub use texts::{
    CONTEXT_CHARS, CodedPassage, Coverage, TextCoding, TextHit, anchored_counts, context_around,
    coverage, search_texts,
};
pub use triangulation::{Triangulation, TriangulationIndex};
