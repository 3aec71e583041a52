//! What every panel draws with and asks for: the sections of the navigation,
//! the requests a panel makes of the app, and the context it is drawn in.

use crate::document::{Document, ItemRef};
use crate::i18n::Msg;
use crate::model::{IndicatorId, Lang};
use crate::ui::widgets::EditSink;

/// The sections of the left navigation.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize,
)]
pub enum Section {
    /// Study metadata, counts, triangulation summary.
    #[default]
    Overview,
    /// The actors.
    Actors,
    /// Activities and the actor x activity role matrix.
    ActivitiesRoles,
    /// Relations between actors and the network diagram.
    Network,
    /// Sources and evidence notes.
    Evidence,
    /// The framework: indicators, rubrics, scale; the second framework.
    Framework,
    /// Scores per indicator.
    Assessment,
    /// Supporting and inhibiting factors and recommendations.
    Findings,
    /// The radar chart.
    Chart,
}

impl Section {
    /// Every section, in navigation order.
    pub const ALL: [Section; 9] = [
        Section::Overview,
        Section::Actors,
        Section::ActivitiesRoles,
        Section::Network,
        Section::Evidence,
        Section::Framework,
        Section::Assessment,
        Section::Findings,
        Section::Chart,
    ];

    /// The navigation label.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Section::Overview => Msg::NavOverview,
            Section::Actors => Msg::NavActors,
            Section::ActivitiesRoles => Msg::NavActivities,
            Section::Network => Msg::NavNetwork,
            Section::Evidence => Msg::NavEvidence,
            Section::Framework => Msg::NavFramework,
            Section::Assessment => Msg::NavAssessment,
            Section::Findings => Msg::NavFindings,
            Section::Chart => Msg::NavChart,
        }
        .get(lang)
    }
}

/// What a panel asks of the app beyond editing.
#[derive(Clone, Debug, PartialEq)]
pub enum Request {
    /// Delete an item, asking first when something refers to it.
    Delete(ItemRef),
    /// Show a section.
    Goto(Section),
    /// Show the evidence of one indicator.
    ShowIndicatorEvidence(IndicatorId),
    /// Start presenting (the slide of the chart's assessments).
    Present,
    /// Put the chart on the clipboard as a picture.
    CopyChart,
    /// Open the user guide at the part about this section.
    Help(Section),
    /// Open the reader at this note's passage.
    ShowInSource(crate::model::EvidenceId),
    /// Change a framework, showing first what the change does to existing work.
    ChangeFramework(crate::document::FrameworkEdit),
    /// Choose a built-in framework, to replace one or to add as the second.
    FrameworkLibrary,
    /// Load a framework from a file, to replace one or to add as the second.
    LoadFramework,
    /// Save the framework in this slot to a file of its own.
    SaveFramework(crate::model::FrameworkSlot),
    /// Choose documents to import as sources ("Import text…").
    ImportText,
}

/// Everything a panel draws with.
pub struct PanelCtx<'a> {
    /// The open document, read-only.
    pub doc: &'a Document,
    /// The UI language.
    pub lang: Lang,
    /// Where edits go.
    pub sink: &'a mut EditSink,
    /// Requests for the app.
    pub requests: &'a mut Vec<Request>,
}

impl PanelCtx<'_> {
    /// The text of `msg` in the UI language.
    pub fn t(&self, msg: Msg) -> &'static str {
        msg.get(self.lang)
    }

    /// The section's title with a "?" that opens its part of the user guide,
    /// and a line saying what the section is for.
    pub fn heading(&mut self, ui: &mut egui::Ui, section: Section, help: Msg) {
        ui.horizontal(|ui| {
            ui.heading(section.label(self.lang));
            let guide = ui
                .small_button("?")
                .on_hover_text(self.t(Msg::OpenGuideHere));
            if guide.clicked() {
                self.requests.push(Request::Help(section));
            }
        });
        ui.label(egui::RichText::new(self.t(help)).weak());
        ui.add_space(4.0);
    }
}
