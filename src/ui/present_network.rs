//! The network slide, shown before the indicators when the project records
//! relations: the diagram as large as the screen allows (the same picture as
//! the Network section and the exports), and beside it the network's form, its
//! lead actor, its measures, the most central actors and the pairs whose two
//! sides see their collaboration differently.

use super::panels::network::NetworkState;
use super::panels::network_view::{DiagramSelection, DiagramStyle, diagram, kind_sample};
use crate::analysis::{NetworkStats, format_measure};
use crate::document::Document;
use crate::i18n::{Msg, Named};
use crate::model::{ActorId, Lang, Project, RelationKind};

/// How many of the most central actors the slide names.
const CENTRAL_ACTORS: usize = 3;

fn name(project: &Project, id: &ActorId) -> String {
    project
        .actor(id)
        .map_or_else(|| id.to_string(), |a| a.display_name().to_owned())
}

/// Draws the network slide in `ui` (already in the slide's look and type).
pub fn network_slide(ui: &mut egui::Ui, doc: &Document, network: &mut NetworkState, lang: Lang) {
    let project = &doc.project;
    let stats = NetworkStats::of(project, &network.filter);
    let body = ui.text_style_height(&egui::TextStyle::Body);
    egui::Panel::right("present-network-detail")
        .exact_size((ui.available_width() * 0.3).max(300.0))
        .resizable(false)
        .frame(
            egui::Frame::new()
                .fill(egui::Color32::WHITE)
                .inner_margin(egui::Margin::symmetric(12, 4)),
        )
        .show(ui, |ui| {
            ui.heading(Msg::ExportNetworkTitle.get(lang));
            let form = project
                .network
                .form
                .map_or(Msg::NotDecided.get(lang), |f| f.name(lang));
            ui.label(egui::RichText::new(form).strong());
            if let Some(lead) = &project.network.lead {
                ui.label(format!(
                    "★ {}: {}",
                    Msg::LeadActor.get(lang),
                    name(project, lead)
                ));
            }
            ui.add_space(body * 0.5);
            egui::Grid::new("slide-measures").show(ui, |ui| {
                for (label, value) in [
                    (Msg::Density, stats.density),
                    (Msg::DegreeCentralisation, stats.degree_centralisation),
                    (
                        Msg::BetweennessCentralisation,
                        stats.betweenness_centralisation,
                    ),
                ] {
                    ui.label(label.get(lang));
                    ui.label(egui::RichText::new(format_measure(value)).strong());
                    ui.end_row();
                }
            });
            ui.add_space(body * 0.5);
            let mut central: Vec<_> = stats
                .actors
                .iter()
                .filter(|m| m.betweenness > 0.0)
                .collect();
            central.sort_by(|a, b| b.betweenness.total_cmp(&a.betweenness));
            ui.label(egui::RichText::new(Msg::Betweenness.get(lang)).strong());
            for measures in central.iter().take(CENTRAL_ACTORS) {
                ui.label(format!(
                    "{} · {}",
                    name(project, &measures.actor),
                    format_measure(measures.betweenness)
                ));
            }
            mismatches(ui, project, lang, body);
            ui.add_space(body * 0.5);
            for kind in RelationKind::ALL {
                if project
                    .relations
                    .iter()
                    .any(|r| r.kind == kind && network.filter.shows(r))
                {
                    ui.horizontal(|ui| {
                        kind_sample(ui, kind);
                        ui.label(egui::RichText::new(kind.name(lang)).size(body * 0.8));
                    });
                }
            }
        });
    let height = ui.available_height();
    let style = DiagramStyle {
        font: (height / 36.0).clamp(15.0, 28.0),
        unit: (height / 560.0).clamp(1.2, 2.2),
        text: egui::Color32::BLACK,
        background: egui::Color32::WHITE,
        highlight: egui::Color32::from_rgb(0xFF, 0xD8, 0x4D),
        dark: false,
        interactive: false,
    };
    let _ = diagram(
        ui,
        doc,
        &network.filter,
        &DiagramSelection::default(),
        &mut network.diagram,
        &style,
        lang,
    );
}

/// The pairs whose two sides' views differ, the widest gap first.
fn mismatches(ui: &mut egui::Ui, project: &Project, lang: Lang, body: f32) {
    let mut pairs: Vec<_> = project
        .collaboration_levels
        .iter()
        .filter_map(|l| Some((l, l.mismatch()?)))
        .collect();
    if pairs.is_empty() {
        return;
    }
    pairs.sort_by_key(|(_, gap)| std::cmp::Reverse(*gap));
    ui.add_space(body * 0.5);
    ui.label(
        egui::RichText::new(format!("≠ {}", Msg::ViewsDifferHeader.get(lang)))
            .strong()
            .color(egui::Color32::from_rgb(0xC0, 0x39, 0x2B)),
    );
    for (level, _) in pairs {
        let (a, b) = &level.actors;
        let view = |id: &ActorId| {
            level
                .level_of(id)
                .map_or_else(|| "–".to_owned(), |l| l.value().to_string())
        };
        ui.label(format!(
            "{} {} · {} {}",
            name(project, a),
            view(a),
            name(project, b),
            view(b)
        ));
    }
}
