//! Activities and roles: the programmes, and an actor x activity matrix whose
//! cells are the roles; a selected cell is edited below the matrix.

use super::context::{PanelCtx, Request, Section};
use crate::document::{Edit, Item, ItemRef};
use crate::i18n::{Msg, Named};
use crate::model::{Activity, ActivityId, ActorId, Role, RoleId, RoleKind, fresh_id};
use crate::ui::widgets::{name_line, text_area, text_line};

/// Selections of the activities panel.
#[derive(Default)]
pub struct ActivitiesState {
    /// The activity being edited.
    pub selected_activity: Option<ActivityId>,
    /// Set when an item was just added: its name field takes the keyboard.
    pub focus_name: bool,
    /// The matrix cell being edited.
    pub selected_cell: Option<(ActorId, ActivityId)>,
}

/// Draws the activities & roles panel.
pub fn show(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>, state: &mut ActivitiesState) {
    cx.heading(ui, Section::ActivitiesRoles, Msg::ActivitiesHelp);
    egui::ScrollArea::vertical()
        .id_salt("activities-scroll")
        .show(ui, |ui| {
            activities_list(ui, cx, state);
            ui.separator();
            role_matrix(ui, cx, state);
            ui.separator();
            role_editor(ui, cx, state);
        });
}

fn activities_list(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>, state: &mut ActivitiesState) {
    let project = &cx.doc.project;
    ui.horizontal(|ui| {
        ui.strong(cx.t(Msg::Activities));
        if ui.button(cx.t(Msg::AddActivity)).clicked() {
            let id = ActivityId::new(fresh_id(
                "activity",
                project.activities.iter().map(|a| a.id.as_str()),
            ));
            cx.sink.push(Edit::Put(Item::Activity(Activity {
                id: id.clone(),
                name: cx.t(Msg::NewActivityName).to_owned(),
                schedule: String::new(),
                place: String::new(),
                description: String::new(),
            })));
            state.selected_activity = Some(id);
            state.focus_name = true;
        }
    });
    ui.horizontal_wrapped(|ui| {
        for activity in &project.activities {
            let selected = state.selected_activity.as_ref() == Some(&activity.id);
            if ui.selectable_label(selected, &activity.name).clicked() {
                state.selected_activity = if selected {
                    None
                } else {
                    Some(activity.id.clone())
                };
            }
        }
    });
    let Some(activity) = state
        .selected_activity
        .as_ref()
        .and_then(|id| project.activity(id))
    else {
        return;
    };
    let mut draft = activity.clone();
    let key = |field: &str| format!("activity:{}:{field}", activity.id);
    egui::Frame::group(ui.style()).show(ui, |ui| {
        if name_line(ui, cx.t(Msg::Name), &mut draft.name, &mut state.focus_name).changed() {
            cx.sink
                .typing(Edit::Put(Item::Activity(draft.clone())), key("name"));
        }
        if text_line(ui, cx.t(Msg::Schedule), &mut draft.schedule).changed() {
            cx.sink
                .typing(Edit::Put(Item::Activity(draft.clone())), key("schedule"));
        }
        if text_line(ui, cx.t(Msg::Place), &mut draft.place).changed() {
            cx.sink
                .typing(Edit::Put(Item::Activity(draft.clone())), key("place"));
        }
        if text_area(ui, cx.t(Msg::Description), &mut draft.description, 2).changed() {
            cx.sink
                .typing(Edit::Put(Item::Activity(draft.clone())), key("description"));
        }
        if ui.button(cx.t(Msg::DeleteActivity)).clicked() {
            cx.requests
                .push(Request::Delete(ItemRef::Activity(activity.id.clone())));
        }
    });
}

fn role_matrix(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>, state: &mut ActivitiesState) {
    let project = &cx.doc.project;
    let lang = cx.lang;
    ui.strong(cx.t(Msg::RoleMatrix));
    ui.label(egui::RichText::new(cx.t(Msg::RoleMatrixHelp)).weak());
    if project.actors.is_empty() || project.activities.is_empty() {
        ui.label(egui::RichText::new(cx.t(Msg::RoleMatrixEmpty)).weak());
        return;
    }
    egui::ScrollArea::horizontal()
        .id_salt("role-matrix")
        .show(ui, |ui| {
            egui::Grid::new("role-matrix-grid")
                .striped(true)
                .min_col_width(110.0)
                .show(ui, |ui| {
                    ui.label("");
                    for activity in &project.activities {
                        ui.strong(&activity.name);
                    }
                    ui.end_row();
                    for actor in &project.actors {
                        ui.label(actor.display_name()).on_hover_text(&actor.name);
                        for activity in &project.activities {
                            let kinds: Vec<&str> = project
                                .roles_of(&actor.id, &activity.id)
                                .map(|r| r.kind.name(lang))
                                .collect();
                            let text = if kinds.is_empty() {
                                "—".to_owned()
                            } else {
                                kinds.join(", ")
                            };
                            let cell = (actor.id.clone(), activity.id.clone());
                            let selected = state.selected_cell.as_ref() == Some(&cell);
                            let response = ui.selectable_label(selected, text).on_hover_text(
                                format!("{} × {}", actor.display_name(), activity.name),
                            );
                            if response.clicked() {
                                state.selected_cell = Some(cell);
                            }
                        }
                        ui.end_row();
                    }
                });
        });
}

fn role_editor(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>, state: &mut ActivitiesState) {
    let project = &cx.doc.project;
    let Some((actor_id, activity_id)) = state.selected_cell.clone() else {
        ui.label(egui::RichText::new(cx.t(Msg::SelectCellHint)).weak());
        return;
    };
    let (Some(actor), Some(activity)) = (project.actor(&actor_id), project.activity(&activity_id))
    else {
        state.selected_cell = None;
        return;
    };
    ui.strong(format!("{} × {}", actor.display_name(), activity.name));
    let roles: Vec<&Role> = project.roles_of(&actor_id, &activity_id).collect();
    if roles.is_empty() {
        ui.label(egui::RichText::new(cx.t(Msg::NoRole)).weak());
    }
    for role in &roles {
        role_fields(ui, cx, role);
        ui.separator();
    }
    // An actor may hold several roles in one activity (organiser and funder).
    let free = RoleKind::ALL
        .into_iter()
        .find(|kind| roles.iter().all(|r| r.kind != *kind));
    if let Some(kind) = free
        && ui.button(cx.t(Msg::AddRole)).clicked()
    {
        cx.sink.push(Edit::Put(Item::Role(Role {
            id: RoleId::new(fresh_id(
                "role",
                project.roles.iter().map(|r| r.id.as_str()),
            )),
            actor: actor_id,
            activity: activity_id,
            kind,
            responsibilities: String::new(),
            authority: String::new(),
        })));
    }
}

/// One role's kind, responsibilities and authority, and its delete button.
fn role_fields(ui: &mut egui::Ui, cx: &mut PanelCtx<'_>, role: &Role) {
    let lang = cx.lang;
    let mut draft = role.clone();
    ui.horizontal(|ui| {
        ui.label(cx.t(Msg::RoleKind));
        egui::ComboBox::new(("role-kind", role.id.as_str()), "")
            .selected_text(draft.kind.name(lang))
            .show_ui(ui, |ui| {
                for option in RoleKind::ALL {
                    ui.selectable_value(&mut draft.kind, option, option.name(lang));
                }
            })
            .response
            .on_hover_text(cx.t(Msg::RoleKind));
        if ui.button(cx.t(Msg::RemoveRole)).clicked() {
            cx.requests
                .push(Request::Delete(ItemRef::Role(role.id.clone())));
        }
    });
    if draft.kind != role.kind {
        cx.sink.push(Edit::Put(Item::Role(draft.clone())));
    }
    let key = |field: &str| format!("role:{}:{field}", role.id);
    if text_area(
        ui,
        cx.t(Msg::Responsibilities),
        &mut draft.responsibilities,
        2,
    )
    .changed()
    {
        cx.sink.typing(
            Edit::Put(Item::Role(draft.clone())),
            key("responsibilities"),
        );
    }
    if text_area(ui, cx.t(Msg::Authority), &mut draft.authority, 2).changed() {
        cx.sink
            .typing(Edit::Put(Item::Role(draft.clone())), key("authority"));
    }
}
