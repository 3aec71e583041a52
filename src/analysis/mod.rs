//! Derived facts about a project, with no window: counts, triangulation of the
//! evidence per indicator, the evidence index, search, citations, and what every
//! view shows about an indicator, comparisons of assessments and evidence
//! matrices; the actor network's measures and tables.

pub mod agreement;
mod agreement_report;
mod anchors;
mod assessment_import;
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

pub use agreement_report::{
    AgreementError, AgreementReport, AgreementRow, Band, REFERENCES, Statistic, StatisticLine,
    compared_pairs, confidence_percent, describe_unavailable, format_interval, marked_comparisons,
};
pub use anchors::broken_anchors;
pub use assessment_import::{AssessmentImportError, ImportCandidate, ImportPlan, plan_import};
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
