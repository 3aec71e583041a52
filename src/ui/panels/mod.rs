//! The workbench's sections, one file each. A panel reads the document and
//! pushes edits into the sink; it never changes the project itself.

pub mod activities;
pub mod actors;
pub mod agreement;
pub mod assessment;
pub mod chart;
pub mod context;
pub mod evidence;
pub mod evidence_state;
pub mod findings;
pub mod framework;
pub mod framework_indicator;
pub mod matrices;
pub mod network;
pub mod network_view;
pub mod note_editor;
pub mod overview;
pub mod reader;
pub mod relation_editor;

pub use context::{PanelCtx, Request, Section};

/// The panels' own state (selections, filters), kept across frames.
#[derive(Default)]
pub struct PanelStates {
    /// Actors panel.
    pub actors: actors::ActorsState,
    /// Activities & roles panel.
    pub activities: activities::ActivitiesState,
    /// Sources & evidence panel.
    pub evidence: evidence_state::EvidenceState,
    /// Framework panel.
    pub framework: framework::FrameworkState,
    /// Assessment panel.
    pub assessment: assessment::AssessmentState,
    /// Findings panel.
    pub findings: findings::FindingsState,
    /// Chart panel.
    pub chart: chart::ChartState,
    /// Network panel.
    pub network: network::NetworkState,
}
