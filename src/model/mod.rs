//! The project model: plain data and its rules. No egui, no file I/O.

mod actors;
mod anchor;
mod assessment;
mod dates;
mod evidence;
mod framework;
mod ids;
mod library;
mod network;
mod project;
mod text;
mod validate;

pub use actors::{Activity, Actor, Color, Helix, Role, RoleKind, Sector};
pub use anchor::{
    Anchor, CharIndex, Relocated, TextChange, find_near, normalize_text, paragraph_number,
    paragraphs, passage, trim_to_words,
};
pub use assessment::{Assessment, Finding, FindingKind, IndicatorScore};
pub use dates::{is_valid_date, read_date};
pub use evidence::{EvidenceNote, Source, SourceKind, Stance};
pub use framework::{
    Framework, FrameworkSlot, Indicator, NetworkForm, RubricLevel, Scale, ScaleLevel, format_score,
};
pub use ids::{
    ActivityId, ActorId, AssessmentId, EvidenceId, FindingId, IndicatorId, RelationId, RoleId,
    SourceId, fresh_id,
};
pub use library::BUILT_IN_FILES;
pub use network::{CollaborationLevel, LevelView, NodePosition, PairLevel, Relation, RelationKind};
pub use project::{CURRENT_SCHEMA_VERSION, NetworkStructure, Project, Study};
pub use text::{Lang, Text};
pub use validate::{
    EntityKind, MAX_ID_CHARS, MAX_LINE_CHARS, MAX_SOURCE_TEXT_BYTES, MAX_TEXT_CHARS, Problem,
    Subject, validate_framework,
};
