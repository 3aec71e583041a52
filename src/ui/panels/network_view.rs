//! The network diagram in the window and on the slide: the shared geometry of
//! `chart::network` drawn with egui's painter. A click on an actor or a line
//! selects it; dragging an actor moves it, and the layout is saved as one undo
//! step when it is let go. The automatic layout is computed only when what it
//! depends on changes, and the picture only when the project, the size or the
//! filter does.

use crate::analysis::{NetworkFilter, NetworkStats, format_measure};
use crate::chart::Point;
use crate::chart::network::labels::Boxed;
use crate::chart::network::layout::{UnitPoint, positions};
use crate::chart::network::style::{on_dark, scaled_dashes};
use crate::chart::network::{Frame, LEAD_RING, NetworkInput, NetworkPicture};
use crate::document::Document;
use crate::i18n::{Msg, Named, level_text};
use crate::model::{ActorId, Color, Lang, NodePosition, Project, RelationId, Sector};
use crate::ui::widgets::color32;
use egui::{Color32, Pos2, Shape, Stroke};

/// How the diagram is drawn: on screen or on a slide.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DiagramStyle {
    /// The names' font size.
    pub font: f32,
    /// The scale of circles and lines.
    pub unit: f32,
    /// Names and outlines.
    pub text: Color32,
    /// The backing behind names.
    pub background: Color32,
    /// The selection's halo.
    pub highlight: Color32,
    /// True on a dark background: lines are lightened.
    pub dark: bool,
    /// False on the slide: nothing can be dragged or selected there.
    pub interactive: bool,
}

impl DiagramStyle {
    /// The diagram in a panel, in the colours of `ui`'s theme.
    pub fn screen(ui: &egui::Ui) -> Self {
        let visuals = ui.visuals();
        DiagramStyle {
            font: 13.0,
            unit: 1.0,
            text: visuals.strong_text_color(),
            background: visuals.extreme_bg_color,
            highlight: Color32::from_rgb(0xFF, 0xC8, 0x3D),
            dark: visuals.dark_mode,
            interactive: true,
        }
    }
}

/// What is selected: highlighted in the diagram.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DiagramSelection {
    /// An actor.
    pub actor: Option<ActorId>,
    /// A relation.
    pub relation: Option<RelationId>,
}

/// What the user did in the diagram this frame.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DiagramOutput {
    /// An actor was clicked.
    pub actor: Option<ActorId>,
    /// A relation's line was clicked.
    pub relation: Option<RelationId>,
    /// An actor was dragged and let go: the whole layout, to save.
    pub layout: Option<Vec<NodePosition>>,
}

/// What the picture depends on, besides the project's revision.
type PictureKey = (
    u64,
    [u32; 4],
    NetworkFilter,
    Option<(usize, [u32; 2])>,
    [u32; 2],
);

/// The diagram's caches and the drag in progress, kept across frames.
#[derive(Default)]
pub struct DiagramCache {
    /// The revision the layout was checked at.
    layout_revision: Option<u64>,
    /// What the layout was computed from.
    layout_inputs: Option<LayoutInputs>,
    /// Every actor's position, in project order.
    positions: Vec<UnitPoint>,
    picture_key: Option<PictureKey>,
    picture: Option<NetworkPicture>,
    /// The actor being dragged, and where it is now.
    drag: Option<(usize, UnitPoint)>,
}

/// What the automatic layout depends on: the actors and their sectors, the
/// pairs tied, the saved positions. Typing a relation's note changes none.
#[derive(Clone, Debug, PartialEq)]
struct LayoutInputs {
    actors: Vec<(ActorId, Sector)>,
    ties: Vec<(ActorId, ActorId)>,
    saved: Vec<NodePosition>,
}

impl LayoutInputs {
    fn of(project: &Project) -> Self {
        LayoutInputs {
            actors: project
                .actors
                .iter()
                .map(|a| (a.id.clone(), a.sector))
                .collect(),
            ties: project
                .relations
                .iter()
                .map(|r| (r.from.clone(), r.to.clone()))
                .collect(),
            saved: project.network_layout.clone(),
        }
    }
}

impl DiagramCache {
    /// Every actor's position, recomputed only when the layout's inputs change.
    pub fn positions(&mut self, doc: &Document) -> &[UnitPoint] {
        if self.layout_revision != Some(doc.revision()) {
            self.layout_revision = Some(doc.revision());
            let inputs = LayoutInputs::of(&doc.project);
            if self.layout_inputs.as_ref() != Some(&inputs) {
                self.positions = positions(&doc.project);
                self.layout_inputs = Some(inputs);
            }
        }
        &self.positions
    }

    /// True while an actor is being dragged.
    pub fn is_dragging(&self) -> bool {
        self.drag.is_some()
    }

    /// The picture last drawn, e.g. to find where an actor is.
    pub fn picture(&self) -> Option<&NetworkPicture> {
        self.picture.as_ref()
    }

    /// Where `actor`'s circle was last drawn, in screen points.
    pub fn actor_centre(&self, actor: &ActorId) -> Option<Pos2> {
        let node = self
            .picture
            .as_ref()?
            .nodes
            .iter()
            .find(|n| &n.actor == actor)?;
        Some(pos(node.centre))
    }
}

fn pos(point: Point) -> Pos2 {
    Pos2::new(point.x as f32, point.y as f32)
}

fn point(pos: Pos2) -> Point {
    Point {
        x: f64::from(pos.x),
        y: f64::from(pos.y),
    }
}

/// Rounded so that a sub-pixel wobble does not rebuild the picture.
fn key_of(values: [f32; 2]) -> [u32; 2] {
    [values[0].round() as u32, values[1].round() as u32]
}

/// Draws the diagram into `size` (all of it, at most) and reads the pointer.
pub fn diagram(
    ui: &mut egui::Ui,
    doc: &Document,
    filter: &NetworkFilter,
    selection: &DiagramSelection,
    cache: &mut DiagramCache,
    style: &DiagramStyle,
    lang: Lang,
) -> DiagramOutput {
    let size = ui.available_size().max(egui::vec2(120.0, 120.0));
    let sense = if style.interactive {
        egui::Sense::click_and_drag()
    } else {
        egui::Sense::hover()
    };
    let (rect, response) = ui.allocate_exact_size(size, sense);
    let mut output = DiagramOutput::default();
    cache.positions(doc);
    let mut shown_positions = cache.positions.clone();
    if let Some((index, at)) = cache.drag
        && let Some(slot) = shown_positions.get_mut(index)
    {
        *slot = at;
    }
    let key: PictureKey = (
        doc.revision(),
        [
            rect.min.x.round() as u32,
            rect.min.y.round() as u32,
            rect.width().round() as u32,
            rect.height().round() as u32,
        ],
        filter.clone(),
        cache
            .drag
            .map(|(i, at)| (i, key_of([at.0 as f32 * 1e4, at.1 as f32 * 1e4]))),
        key_of([style.font * 10.0, style.unit * 10.0]),
    );
    if cache.picture_key.as_ref() != Some(&key) || cache.picture.is_none() {
        let frame = Frame {
            area: Boxed {
                x: f64::from(rect.min.x),
                y: f64::from(rect.min.y),
                width: f64::from(rect.width()),
                height: f64::from(rect.height()),
            },
            font: f64::from(style.font),
            unit: f64::from(style.unit),
        };
        let input = NetworkInput {
            project: &doc.project,
            filter,
            positions: &shown_positions,
        };
        let font = egui::FontId::proportional(style.font);
        let picture = ui.fonts_mut(|fonts| {
            NetworkPicture::build(&input, frame, &mut |text, _size| {
                f64::from(
                    fonts
                        .layout_no_wrap(text.to_owned(), font.clone(), Color32::BLACK)
                        .size()
                        .x,
                )
            })
        });
        cache.picture = Some(picture);
        cache.picture_key = Some(key);
    }
    let Some(picture) = cache.picture.take() else {
        return output;
    };
    paint(ui, &picture, selection, style);
    read_pointer(ui, &response, &picture, cache, doc, &mut output);
    let tip = response
        .hover_pos()
        .and_then(|at| hover_text(&doc.project, &picture, point(at), filter, lang));
    cache.picture = Some(picture);
    if let Some(tip) = tip {
        response.on_hover_text_at_pointer(tip);
    }
    output
}

/// Clicks select; a drag that starts on an actor moves it.
fn read_pointer(
    ui: &egui::Ui,
    response: &egui::Response,
    picture: &NetworkPicture,
    cache: &mut DiagramCache,
    doc: &Document,
    output: &mut DiagramOutput,
) {
    if response.drag_started()
        && let Some(origin) = ui.input(|i| i.pointer.press_origin())
        && let Some(index) = picture.node_at(point(origin), 4.0)
    {
        let at = cache.positions.get(index).copied().unwrap_or((0.5, 0.5));
        cache.drag = Some((index, at));
    }
    if response.dragged()
        && let Some((index, _)) = cache.drag
        && let Some(at) = response.interact_pointer_pos()
    {
        cache.drag = Some((index, picture.unit_position(point(at))));
    }
    if response.drag_stopped()
        && let Some((index, at)) = cache.drag.take()
    {
        let mut layout: Vec<NodePosition> = doc
            .project
            .actors
            .iter()
            .zip(&cache.positions)
            .map(|(actor, &(x, y))| NodePosition {
                actor: actor.id.clone(),
                x: round(x),
                y: round(y),
            })
            .collect();
        if let Some(moved) = layout.get_mut(index) {
            moved.x = round(at.0);
            moved.y = round(at.1);
        }
        output.layout = Some(layout);
    }
    if response.clicked()
        && let Some(at) = response.interact_pointer_pos()
    {
        if let Some(index) = picture.node_at(point(at), 4.0) {
            output.actor = Some(picture.nodes[index].actor.clone());
        } else if let Some(index) = picture.edge_at(point(at), 5.0) {
            output.relation = Some(picture.edges[index].relation.clone());
        }
    }
}

/// A line's colour on the diagram's background.
fn line_color(color: Color, dark: bool) -> Color32 {
    color32(if dark { on_dark(color) } else { color })
}

/// Positions are saved to four decimals: a tenth of a pixel on a 4K screen,
/// and a project file that stays readable.
fn round(value: f64) -> f64 {
    (value.clamp(0.0, 1.0) * 10_000.0).round() / 10_000.0
}

/// Lines first, then the marks of differing views, then actors and names.
fn paint(
    ui: &egui::Ui,
    picture: &NetworkPicture,
    selection: &DiagramSelection,
    style: &DiagramStyle,
) {
    let painter = ui.painter();
    let unit = f64::from(style.unit);
    let mut shapes = Vec::new();
    for edge in &picture.edges {
        let points: Vec<Pos2> = edge.points.iter().map(|p| pos(*p)).collect();
        let width = edge.width as f32;
        let touches_actor = selection.actor.as_ref().is_some_and(|a| {
            &picture.nodes[edge.from].actor == a || &picture.nodes[edge.to].actor == a
        });
        if selection.relation.as_ref() == Some(&edge.relation) || touches_actor {
            shapes.push(Shape::line(
                points.clone(),
                Stroke::new(width + 6.0 * style.unit, style.highlight),
            ));
        }
        let color = line_color(edge.style.color, style.dark);
        let stroke = Stroke::new(width, color);
        let dashes = scaled_dashes(edge.style.dashes, edge.width, unit);
        if dashes.is_empty() {
            shapes.push(Shape::line(points, stroke));
        } else {
            let dash: Vec<f32> = dashes.iter().step_by(2).map(|d| *d as f32).collect();
            let gap: Vec<f32> = dashes
                .iter()
                .skip(1)
                .step_by(2)
                .map(|d| *d as f32)
                .collect();
            Shape::dashed_line_many_with_offset(&points, stroke, &dash, &gap, 0.0, &mut shapes);
        }
        if let Some(arrow) = edge.arrow {
            shapes.push(Shape::convex_polygon(
                arrow.iter().map(|p| pos(*p)).collect(),
                color,
                Stroke::NONE,
            ));
        }
    }
    painter.extend(shapes);
    let red = Color32::from_rgb(0xC0, 0x39, 0x2B);
    for mark in &picture.mismatches {
        let at = pos(mark.at);
        let radius = mark.radius as f32;
        painter.circle(
            at,
            radius,
            style.background,
            Stroke::new(radius * 0.22, red),
        );
        painter.text(
            at,
            egui::Align2::CENTER_CENTER,
            "≠",
            egui::FontId::proportional(radius * 1.5),
            red,
        );
    }
    for node in &picture.nodes {
        let at = pos(node.centre);
        let radius = node.radius as f32;
        let fade = |c: Color32| {
            if node.faded {
                c.gamma_multiply(0.35)
            } else {
                c
            }
        };
        if selection.actor.as_ref() == Some(&node.actor) {
            painter.circle_filled(at, radius + 7.0 * style.unit, style.highlight);
        }
        if node.lead {
            painter.circle_stroke(
                at,
                radius + (LEAD_RING as f32 - 1.5) * style.unit,
                Stroke::new(2.5 * style.unit, fade(style.text)),
            );
        }
        painter.circle(
            at,
            radius,
            fade(color32(node.color)),
            Stroke::new(1.2 * style.unit, fade(style.text)),
        );
        let b = node.label_box;
        let rect = egui::Rect::from_min_size(
            egui::pos2(b.x as f32, b.y as f32),
            egui::vec2(b.width as f32, b.height as f32),
        );
        painter.rect_filled(
            rect,
            style.font * 0.2,
            style.background.gamma_multiply(0.85),
        );
        let text = if node.lead {
            format!("★ {}", node.label)
        } else {
            node.label.clone()
        };
        painter.text(
            rect.center(),
            egui::Align2::CENTER_CENTER,
            text,
            egui::FontId::proportional(style.font),
            fade(style.text),
        );
    }
}

/// The tooltip of what is under the pointer: an actor's name, sector and
/// measures, or a relation's kind, ends and levels.
fn hover_text(
    project: &Project,
    picture: &NetworkPicture,
    at: Point,
    filter: &NetworkFilter,
    lang: Lang,
) -> Option<String> {
    if let Some(index) = picture.node_at(at, 4.0) {
        let node = &picture.nodes[index];
        let stats = NetworkStats::of(project, filter);
        let measures = stats.of_actor(&node.actor)?;
        return Some(format!(
            "{}\n{}\n{}: {} · {}: {}",
            node.name,
            node.sector.name(lang),
            Msg::Degree.get(lang),
            measures.degree,
            Msg::Betweenness.get(lang),
            format_measure(measures.betweenness),
        ));
    }
    let index = picture.edge_at(at, 5.0)?;
    let edge = &picture.edges[index];
    let relation = project.relation(&edge.relation)?;
    let from = &picture.nodes[edge.from];
    let to = &picture.nodes[edge.to];
    let arrow = if relation.directed { "→" } else { "↔" };
    let mut text = format!(
        "{}: {} {arrow} {}",
        relation.kind.name(lang),
        from.label,
        to.label
    );
    if let Some(level) = project.pair_level(&relation.from, &relation.to) {
        for node in [from, to] {
            if let Some(view) = level.level_of(&node.actor) {
                text.push('\n');
                text.push_str(&Msg::AsSeenBy.fill(lang, &[&node.label]));
                text.push_str(": ");
                text.push_str(&level_text(view, lang));
            }
        }
    }
    Some(text)
}

/// A small key of the sectors present and the kinds of relation shown, in a
/// wrapped row under the diagram.
pub fn legend(ui: &mut egui::Ui, project: &Project, filter: &NetworkFilter, lang: Lang) {
    ui.horizontal_wrapped(|ui| {
        for sector in Sector::ALL {
            if project.actors.iter().any(|a| a.sector == sector) {
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
                ui.painter().circle_filled(
                    rect.center(),
                    5.5,
                    color32(crate::chart::network::style::sector_color(sector)),
                );
                ui.label(egui::RichText::new(sector.name(lang)).small());
            }
        }
        ui.separator();
        for kind in crate::model::RelationKind::ALL {
            if project
                .relations
                .iter()
                .any(|r| r.kind == kind && filter.shows(r))
            {
                kind_sample(ui, kind);
                ui.label(egui::RichText::new(kind.name(lang)).small());
            }
        }
    });
}

/// A short line in `kind`'s style, as the legend and the filter show it.
pub fn kind_sample(ui: &mut egui::Ui, kind: crate::model::RelationKind) {
    let style = crate::chart::network::style::kind_style(kind);
    let (rect, _) = ui.allocate_exact_size(egui::vec2(28.0, 12.0), egui::Sense::hover());
    let points = vec![rect.left_center(), rect.right_center()];
    let stroke = Stroke::new(2.5, line_color(style.color, ui.visuals().dark_mode));
    let dashes = scaled_dashes(style.dashes, 2.5, 1.0);
    if dashes.is_empty() {
        ui.painter().line_segment([points[0], points[1]], stroke);
    } else {
        let dash: Vec<f32> = dashes.iter().step_by(2).map(|d| *d as f32).collect();
        let gap: Vec<f32> = dashes
            .iter()
            .skip(1)
            .step_by(2)
            .map(|d| *d as f32)
            .collect();
        ui.painter().extend(Shape::dashed_line_with_offset(
            &points, stroke, &dash, &gap, 0.0,
        ));
    }
}

/// The model colour of a sector, for other panels.
pub fn sector_color32(sector: Sector) -> Color32 {
    let Color { r, g, b } = crate::chart::network::style::sector_color(sector);
    Color32::from_rgb(r, g, b)
}
