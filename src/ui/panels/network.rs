//! The actor network: the diagram (coloured by sector, sized by ties, lines
//! styled by kind and as thick as the pair's level of collaboration), filters
//! by kind and activity, and beside it either the relations (a table and the
//! selected relation's editor) or the network's measures, form and lead actor.

use super::context::{PanelCtx, Section};
use super::network_view::{
    DiagramCache, DiagramSelection, DiagramStyle, diagram, kind_sample, legend,
};
use super::relation_editor::{EvidencePicks, relation_editor};
use crate::analysis::{NetworkFilter, NetworkStats, format_measure, relation_row};
use crate::document::{Edit, Item};
use crate::i18n::{Msg, Named};
use crate::model::{
    ActivityId, ActorId, NetworkForm, Project, Relation, RelationId, RelationKind, fresh_id,
};
use crate::ui::widgets::cell;
use egui_extras::{Column, TableBuilder};

/// What the side of the panel shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SideTab {
    /// The relations and the selected relation's editor.
    #[default]
    Relations,
    /// Measures, form and lead actor.
    Measures,
}

/// Selections, filters and caches of the network panel.
#[derive(Default)]
pub struct NetworkState {
    /// What the side shows.
    pub tab: SideTab,
    /// The relation being edited.
    pub selected: Option<RelationId>,
    /// The actor clicked in the diagram (its ties are highlighted).
    pub actor: Option<ActorId>,
    /// Which relations are shown.
    pub filter: NetworkFilter,
    /// The diagram's caches and the drag in progress.
    pub diagram: DiagramCache,
    /// The evidence pickers' search and rows.
    pub picks: EvidencePicks,
    /// The measures, kept until the project or the filter changes.
    stats: Option<((u64, NetworkFilter), NetworkStats)>,
}

impl NetworkState {
    /// The measures of the network as the filter shows it.
    fn stats(&mut self, cx: &PanelCtx<'_>) -> NetworkStats {
        let key = (cx.doc.revision(), self.filter.clone());
        match &self.stats {
            Some((cached, stats)) if *cached == key => stats.clone(),
            _ => {
                let stats = NetworkStats::of(&cx.doc.project, &self.filter);
                self.stats = Some((key, stats.clone()));
                stats
            }
        }
    }
}

/// Draws the network panel.
pub fn show(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>, state: &mut NetworkState) {
    cx.heading(ui, Section::Network, Msg::NetworkHelp);
    toolbar(ui, cx, state);
    let project = &cx.doc.project;
    if project.actors.is_empty() {
        ui.label(egui::RichText::new(cx.t(Msg::NoActorsYet)).weak());
        return;
    }
    let side_width = (ui.available_width() * 0.4).clamp(300.0, 470.0);
    egui::Panel::right("network-side")
        .resizable(true)
        .default_size(side_width)
        .min_size(260.0)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.selectable_value(&mut state.tab, SideTab::Relations, cx.t(Msg::Relations));
                ui.selectable_value(&mut state.tab, SideTab::Measures, cx.t(Msg::Measures));
            });
            ui.separator();
            match state.tab {
                SideTab::Relations => relations_side(ui, cx, state),
                SideTab::Measures => measures_side(ui, cx, state),
            }
        });
    if project.relations.is_empty() {
        ui.label(egui::RichText::new(cx.t(Msg::NoRelationsYet)).weak());
    }
    legend(ui, project, &state.filter, cx.lang);
    let selection = DiagramSelection {
        actor: state.actor.clone(),
        relation: state.selected.clone(),
    };
    let style = DiagramStyle::screen(ui);
    let output = diagram(
        ui,
        cx.doc,
        &state.filter,
        &selection,
        &mut state.diagram,
        &style,
        cx.lang,
    );
    if let Some(layout) = output.layout {
        cx.sink.push(Edit::Layout(layout));
    }
    if let Some(actor) = output.actor {
        state.actor = Some(actor);
        state.tab = SideTab::Measures;
    }
    if let Some(relation) = output.relation {
        state.selected = Some(relation);
        state.actor = None;
        state.tab = SideTab::Relations;
    }
}

/// Add a relation, the automatic layout, and the filters.
fn toolbar(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>, state: &mut NetworkState) {
    let project = &cx.doc.project;
    let lang = cx.lang;
    ui.horizontal_wrapped(|ui| {
        let can_add = project.actors.len() >= 2;
        let add = ui
            .add_enabled(can_add, egui::Button::new(cx.t(Msg::AddRelation)))
            .on_disabled_hover_text(cx.t(Msg::NeedTwoActors));
        if add.clicked()
            && let Some(relation) = new_relation(project, state.actor.as_ref())
        {
            state.selected = Some(relation.id.clone());
            state.tab = SideTab::Relations;
            cx.sink.push(Edit::Put(Item::Relation(relation)));
        }
        let auto = ui
            .add_enabled(
                !project.network_layout.is_empty(),
                egui::Button::new(cx.t(Msg::AutoLayout)),
            )
            .on_hover_text(cx.t(Msg::AutoLayoutHint));
        if auto.clicked() {
            cx.sink.push(Edit::Layout(Vec::new()));
        }
        ui.separator();
        let shown = RelationKind::ALL.len() - state.filter.hidden_kinds.len();
        ui.menu_button(
            format!(
                "{} ({shown}/{})",
                cx.t(Msg::FilterKinds),
                RelationKind::ALL.len()
            ),
            |ui| {
                for kind in RelationKind::ALL {
                    ui.horizontal(|ui| {
                        let mut on = !state.filter.hidden_kinds.contains(&kind);
                        kind_sample(ui, kind);
                        if ui.checkbox(&mut on, kind.name(lang)).changed() {
                            state.filter.hidden_kinds.retain(|k| *k != kind);
                            if !on {
                                state.filter.hidden_kinds.push(kind);
                            }
                        }
                    });
                }
            },
        );
        activity_filter(ui, project, &mut state.filter.activity, lang);
    });
}

fn activity_filter(
    ui: &mut egui::Ui,
    project: &Project,
    chosen: &mut Option<ActivityId>,
    lang: crate::model::Lang,
) {
    let label = ui.label(Msg::Activities.get(lang));
    let name = |id: &Option<ActivityId>| {
        id.as_ref()
            .and_then(|id| project.activity(id))
            .map_or(Msg::AllActivities.get(lang).to_owned(), |a| a.name.clone())
    };
    egui::ComboBox::from_id_salt("network-activity")
        .selected_text(name(chosen))
        .show_ui(ui, |ui| {
            ui.selectable_value(chosen, None, Msg::AllActivities.get(lang));
            for activity in &project.activities {
                ui.selectable_value(chosen, Some(activity.id.clone()), &activity.name);
            }
        })
        .response
        .labelled_by(label.id);
}

/// A new relation from `from` (or the first actor) to the first actor not yet
/// tied to it, as coordination between equals, for the user to adjust.
fn new_relation(project: &Project, from: Option<&ActorId>) -> Option<Relation> {
    let from = from
        .filter(|id| project.actor(id).is_some())
        .or_else(|| project.actors.first().map(|a| &a.id))?
        .clone();
    let others = || {
        project
            .actors
            .iter()
            .map(|a| &a.id)
            .filter(|id| **id != from)
    };
    let to = others()
        .find(|id| !project.relations.iter().any(|r| r.joins(&from, id)))
        .or_else(|| others().next())?
        .clone();
    let id = RelationId::new(fresh_id(
        "rel",
        project.relations.iter().map(|r| r.id.as_str()),
    ));
    Some(Relation {
        id,
        from,
        to,
        kind: RelationKind::Coordination,
        directed: false,
        note: String::new(),
        evidence: Vec::new(),
        activities: Vec::new(),
    })
}

/// The relations shown, one row each, and the selected one's editor.
fn relations_side(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>, state: &mut NetworkState) {
    let project = &cx.doc.project;
    let lang = cx.lang;
    let shown: Vec<&Relation> = project
        .relations
        .iter()
        .filter(|r| state.filter.shows(r))
        .collect();
    let height = (ui.available_height() * 0.38).max(110.0);
    ui.push_id("relations-table", |ui| {
        TableBuilder::new(ui)
            .striped(true)
            .sense(egui::Sense::click())
            .max_scroll_height(height)
            .column(Column::initial(200.0).resizable(true))
            .column(Column::remainder().at_least(90.0))
            .column(Column::exact(70.0))
            .header(20.0, |mut header| {
                header.col(|ui| {
                    ui.strong(cx.t(Msg::Pair));
                });
                header.col(|ui| {
                    ui.strong(cx.t(Msg::RelationKind));
                });
                header.col(|ui| {
                    ui.strong(cx.t(Msg::LevelShort));
                });
            })
            .body(|body| {
                body.rows(22.0, shown.len(), |mut row| {
                    let relation = shown[row.index()];
                    let facts = relation_row(project, relation, lang);
                    row.set_selected(state.selected.as_ref() == Some(&relation.id));
                    row.col(|ui| {
                        cell(ui, format!("{} {} {}", facts.from, facts.arrow, facts.to));
                    });
                    row.col(|ui| {
                        cell(ui, facts.kind);
                    });
                    row.col(|ui| {
                        cell(
                            ui,
                            levels_cell(&facts.level_from, &facts.level_to, facts.mismatch),
                        );
                    });
                    if row.response().clicked() {
                        state.selected = Some(relation.id.clone());
                        state.actor = None;
                    }
                });
            });
    });
    ui.separator();
    match state.selected.as_ref().and_then(|id| project.relation(id)) {
        Some(relation) => relation_editor(ui, cx, &mut state.picks, relation),
        None => {
            ui.label(egui::RichText::new(cx.t(Msg::SelectRelationHint)).weak());
        }
    }
}

/// "3 / 1 ≠": the two sides' levels by number, and the mismatch flag.
fn levels_cell(from: &str, to: &str, mismatch: Option<u8>) -> String {
    let number = |text: &str| text.split(' ').next().unwrap_or("–").to_owned();
    let (a, b) = (number(from), number(to));
    let mut text = match (a.is_empty(), b.is_empty()) {
        (true, true) => "–".to_owned(),
        (false, true) => a,
        (true, false) => b,
        (false, false) => format!("{a} / {b}"),
    };
    if mismatch.is_some() {
        text.push_str(" ≠");
    }
    text
}

/// The network form and lead actor, the network's measures and each actor's.
fn measures_side(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>, state: &mut NetworkState) {
    let stats = state.stats(cx);
    let project = &cx.doc.project;
    let lang = cx.lang;
    let mut network = project.network.clone();
    ui.strong(cx.t(Msg::NetworkForm));
    let mut form_changed = false;
    ui.horizontal_wrapped(|ui| {
        form_changed |= ui
            .radio_value(&mut network.form, None, cx.t(Msg::NotDecided))
            .changed();
        for form in NetworkForm::ALL {
            form_changed |= ui
                .radio_value(&mut network.form, Some(form), form.name(lang))
                .changed();
        }
    });
    let label = ui.label(cx.t(Msg::LeadActor));
    let lead_name = network
        .lead
        .as_ref()
        .and_then(|id| project.actor(id))
        .map_or(cx.t(Msg::NoneChosen).to_owned(), |a| {
            a.display_name().to_owned()
        });
    egui::ComboBox::from_id_salt("network-lead")
        .selected_text(lead_name)
        .show_ui(ui, |ui| {
            form_changed |= ui
                .selectable_value(&mut network.lead, None, cx.t(Msg::NoneChosen))
                .changed();
            for actor in &project.actors {
                form_changed |= ui
                    .selectable_value(
                        &mut network.lead,
                        Some(actor.id.clone()),
                        actor.display_name(),
                    )
                    .changed();
            }
        })
        .response
        .labelled_by(label.id);
    if form_changed {
        cx.sink.push(Edit::Network(network));
    }
    ui.separator();
    egui::Grid::new("network-measures")
        .striped(true)
        .show(ui, |ui| {
            for (label, value) in [
                (Msg::Density, stats.density),
                (Msg::DegreeCentralisation, stats.degree_centralisation),
                (
                    Msg::BetweennessCentralisation,
                    stats.betweenness_centralisation,
                ),
            ] {
                ui.label(cx.t(label));
                ui.label(format_measure(value));
                ui.end_row();
            }
        });
    ui.label(Msg::TiesCount.fill(lang, &[&stats.ties, &stats.relations]));
    ui.label(egui::RichText::new(cx.t(Msg::MeasuresHelp)).weak().small());
    actor_measures(ui, cx, state, &stats);
}

/// One row per actor, the most between first.
fn actor_measures(
    ui: &mut egui::Ui,
    cx: &PanelCtx<'_>,
    state: &mut NetworkState,
    stats: &NetworkStats,
) {
    let project = &cx.doc.project;
    let mut rows: Vec<_> = stats.actors.iter().collect();
    rows.sort_by(|a, b| {
        b.betweenness
            .total_cmp(&a.betweenness)
            .then(b.degree.cmp(&a.degree))
    });
    ui.push_id("actor-measures", |ui| {
        TableBuilder::new(ui)
            .striped(true)
            .sense(egui::Sense::click())
            .column(Column::remainder().at_least(100.0))
            .column(Column::exact(60.0))
            .column(Column::exact(90.0))
            .header(20.0, |mut header| {
                header.col(|ui| {
                    ui.strong(cx.t(Msg::Actor));
                });
                header.col(|ui| {
                    ui.strong(cx.t(Msg::Degree));
                });
                header.col(|ui| {
                    ui.strong(cx.t(Msg::Betweenness));
                });
            })
            .body(|body| {
                body.rows(22.0, rows.len(), |mut row| {
                    let measures = rows[row.index()];
                    let name = project
                        .actor(&measures.actor)
                        .map_or(measures.actor.as_str(), |a| a.display_name());
                    row.set_selected(state.actor.as_ref() == Some(&measures.actor));
                    row.col(|ui| {
                        cell(ui, name);
                    });
                    row.col(|ui| {
                        cell(ui, measures.degree.to_string());
                    });
                    row.col(|ui| {
                        cell(ui, format_measure(measures.betweenness));
                    });
                    if row.response().clicked() {
                        state.actor = Some(measures.actor.clone());
                    }
                });
            });
    });
}
