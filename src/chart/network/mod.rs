//! The network diagram's geometry, shared by the window, the slide and the
//! exports so they never drift apart: each actor a circle coloured by sector
//! and sized by its ties, with its name placed clear of the others; each
//! relation a line styled by kind, as thick as the pair's level of
//! collaboration, curved apart from the pair's other relations, with an arrow
//! when it runs one way; a mark where the two sides' views differ. Pure
//! arithmetic in the picture's pixels (`y` downwards): the caller says where
//! the diagram goes and how text is measured. No egui, no files.

pub mod labels;
pub mod layout;
pub mod style;

use super::Point;
use crate::analysis::{Graph, NetworkFilter};
use crate::model::{ActorId, Color, Project, RelationId, RelationKind, Sector};
use labels::{Boxed, Disc, place_labels};
use layout::UnitPoint;
use std::collections::HashMap;
use style::{EdgeStyle, edge_width, kind_style, node_radius, sector_color};

/// Where the diagram is drawn and at what scale.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Frame {
    /// The drawing area, in the picture's pixels.
    pub area: Boxed,
    /// The names' font size.
    pub font: f64,
    /// The scale of circles and lines: 1 on screen, larger on a slide or a file.
    pub unit: f64,
}

/// How far the lead actor's ring stands outside its circle, at unit scale.
pub const LEAD_RING: f64 = 5.5;

/// The longest name drawn in full; longer ones end in an ellipsis (the full
/// name is in the tooltip and the tables).
const MAX_NAME_CHARS: usize = 28;

/// One actor, drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    /// The actor.
    pub actor: ActorId,
    /// Its short name as drawn (shortened when long).
    pub label: String,
    /// Its full name.
    pub name: String,
    /// Its sector.
    pub sector: Sector,
    /// Its fill: the sector's colour.
    pub color: Color,
    /// The circle's centre.
    pub centre: Point,
    /// The circle's radius.
    pub radius: f64,
    /// How far from the centre lines stop: the circle, or the lead actor's ring.
    pub reach: f64,
    /// How many actors it is tied to in the relations shown.
    pub degree: usize,
    /// True for the lead or administrative actor of the network.
    pub lead: bool,
    /// True when none of the relations shown touches it: drawn pale.
    pub faded: bool,
    /// Where its name goes.
    pub label_box: Boxed,
}

/// One relation, drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct Edge {
    /// The relation.
    pub relation: RelationId,
    /// Its kind.
    pub kind: RelationKind,
    /// Its colour and dash pattern.
    pub style: EdgeStyle,
    /// Index of the node it starts at.
    pub from: usize,
    /// Index of the node it ends at.
    pub to: usize,
    /// The line, from the edge of one circle to the edge of the other.
    pub points: Vec<Point>,
    /// Its width.
    pub width: f64,
    /// The arrowhead at its end, for a one-way relation.
    pub arrow: Option<[Point; 3]>,
}

/// A mark on a pair whose two sides see their collaboration differently.
#[derive(Clone, Debug, PartialEq)]
pub struct MismatchMark {
    /// Its centre.
    pub at: Point,
    /// Its radius.
    pub radius: f64,
    /// How many levels the views are apart.
    pub levels: u8,
}

/// The whole diagram.
#[derive(Clone, Debug, PartialEq)]
pub struct NetworkPicture {
    /// Where and how it is drawn.
    pub frame: Frame,
    /// The actors, in project order.
    pub nodes: Vec<Node>,
    /// The relations shown, in project order.
    pub edges: Vec<Edge>,
    /// The pairs whose views differ.
    pub mismatches: Vec<MismatchMark>,
}

/// What the diagram shows: the project, its relations as the filter shows
/// them, and each actor's position in the unit square (see [`layout::positions`]).
pub struct NetworkInput<'a> {
    /// The project.
    pub project: &'a Project,
    /// Which relations are shown.
    pub filter: &'a NetworkFilter,
    /// Per actor, in project order, where it stands.
    pub positions: &'a [UnitPoint],
}

impl NetworkPicture {
    /// The diagram of `input` in `frame`, names measured by `measure(text, size)`.
    pub fn build(
        input: &NetworkInput<'_>,
        frame: Frame,
        measure: &mut dyn FnMut(&str, f64) -> f64,
    ) -> NetworkPicture {
        let project = input.project;
        let graph = Graph::of(project, input.filter);
        let unit = frame.unit;
        let labels: Vec<String> = project
            .actors
            .iter()
            .map(|a| shorten(a.display_name(), MAX_NAME_CHARS))
            .collect();
        let label_height = frame.font * 1.25;
        let sizes: Vec<(f64, f64)> = labels
            .iter()
            .map(|l| (measure(l, frame.font) + frame.font * 0.5, label_height))
            .collect();
        let radii: Vec<f64> = (0..graph.len())
            .map(|i| node_radius(graph.degree(i)) * unit)
            .collect();
        let inner = inner_area(&frame, &sizes, &radii);
        let centre = |i: usize| {
            let (u, v) = input.positions.get(i).copied().unwrap_or((0.5, 0.5));
            Point {
                x: inner.x + u.clamp(0.0, 1.0) * inner.width,
                y: inner.y + v.clamp(0.0, 1.0) * inner.height,
            }
        };
        let discs: Vec<Disc> = (0..graph.len())
            .map(|i| {
                let c = centre(i);
                Disc {
                    x: c.x,
                    y: c.y,
                    radius: radii[i],
                }
            })
            .collect();
        let mut priority: Vec<usize> = (0..graph.len()).collect();
        priority.sort_by_key(|&i| (std::cmp::Reverse(graph.degree(i)), i));
        let boxes = place_labels(&discs, &sizes, &priority, &frame.area, 3.0 * unit);
        let lead = project.network.lead.as_ref();
        let nodes: Vec<Node> = project
            .actors
            .iter()
            .enumerate()
            .map(|(i, actor)| Node {
                actor: actor.id.clone(),
                label: labels[i].clone(),
                name: actor.name.clone(),
                sector: actor.sector,
                color: sector_color(actor.sector),
                centre: centre(i),
                radius: radii[i],
                reach: if lead == Some(&actor.id) {
                    radii[i] + LEAD_RING * unit
                } else {
                    radii[i]
                },
                degree: graph.degree(i),
                lead: lead == Some(&actor.id),
                faded: graph.relations[i] == 0,
                label_box: boxes[i],
            })
            .collect();
        let (edges, mismatches) = edges(input, &nodes, unit);
        NetworkPicture {
            frame,
            nodes,
            edges,
            mismatches,
        }
    }

    /// The node whose circle is at `point` (the topmost, drawn last), if any.
    pub fn node_at(&self, point: Point, slack: f64) -> Option<usize> {
        self.nodes.iter().rposition(|node| {
            distance(node.centre, point) <= node.radius + slack
                || node.label_box.contains(point.x, point.y)
        })
    }

    /// The edge whose line passes within `slack` of `point`, nearest first.
    pub fn edge_at(&self, point: Point, slack: f64) -> Option<usize> {
        self.edges
            .iter()
            .enumerate()
            .map(|(i, edge)| {
                let nearest = edge
                    .points
                    .windows(2)
                    .map(|pair| segment_distance(point, pair[0], pair[1]))
                    .fold(f64::MAX, f64::min);
                (i, nearest - edge.width / 2.0)
            })
            .filter(|(_, d)| *d <= slack)
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(i, _)| i)
    }

    /// The unit-square position of the pixel `point` (for a node dragged there).
    pub fn unit_position(&self, point: Point) -> UnitPoint {
        let inner = self.inner();
        (
            ((point.x - inner.x) / inner.width.max(1.0)).clamp(0.0, 1.0),
            ((point.y - inner.y) / inner.height.max(1.0)).clamp(0.0, 1.0),
        )
    }

    /// The area the unit square is stretched over (the drawing area less room
    /// for the outer names), found back from the nodes.
    fn inner(&self) -> Boxed {
        let sizes: Vec<(f64, f64)> = self
            .nodes
            .iter()
            .map(|n| (n.label_box.width, n.label_box.height))
            .collect();
        let radii: Vec<f64> = self.nodes.iter().map(|n| n.radius).collect();
        inner_area(&self.frame, &sizes, &radii)
    }
}

/// The area actors' centres may take: the frame less room for a circle and a
/// name at each side (at most a fifth of the width each side).
fn inner_area(frame: &Frame, sizes: &[(f64, f64)], radii: &[f64]) -> Boxed {
    let widest = sizes.iter().map(|s| s.0).fold(0.0, f64::max);
    let biggest = radii.iter().copied().fold(0.0, f64::max);
    let area = frame.area;
    let side = (widest / 2.0 + 4.0 * frame.unit)
        .max(biggest + 4.0 * frame.unit)
        .min(area.width * 0.2);
    let top = (biggest + 4.0 * frame.unit).min(area.height * 0.2);
    let bottom = (biggest + frame.font * 1.6).min(area.height * 0.2);
    Boxed {
        x: area.x + side,
        y: area.y + top,
        width: (area.width - 2.0 * side).max(1.0),
        height: (area.height - top - bottom).max(1.0),
    }
}

/// The lines of the relations shown, and the marks of the pairs whose views differ.
fn edges(input: &NetworkInput<'_>, nodes: &[Node], unit: f64) -> (Vec<Edge>, Vec<MismatchMark>) {
    let project = input.project;
    let index: HashMap<&ActorId, usize> = nodes
        .iter()
        .enumerate()
        .map(|(i, n)| (&n.actor, i))
        .collect();
    // The relations shown per pair (smaller index first), in project order.
    let mut pairs: Vec<((usize, usize), Vec<usize>)> = Vec::new();
    let mut pair_slot: HashMap<(usize, usize), usize> = HashMap::new();
    for (r, relation) in project.relations.iter().enumerate() {
        if !input.filter.shows(relation) {
            continue;
        }
        let (Some(&a), Some(&b)) = (index.get(&relation.from), index.get(&relation.to)) else {
            continue;
        };
        if a == b {
            continue;
        }
        let key = (a.min(b), a.max(b));
        let slot = *pair_slot.entry(key).or_insert_with(|| {
            pairs.push((key, Vec::new()));
            pairs.len() - 1
        });
        pairs[slot].1.push(r);
    }
    let mut edges = Vec::new();
    let mut marks = Vec::new();
    for ((a, b), relations) in pairs {
        let level = project.pair_level(&nodes[a].actor, &nodes[b].actor);
        let width = edge_width(level.and_then(|l| l.drawn_level())) * unit;
        let count = relations.len();
        // Parallel relations fan out, evenly spaced and clear of each other.
        let spacing = (width + 7.0 * unit).max(9.0 * unit);
        for (k, &r) in relations.iter().enumerate() {
            let relation = &project.relations[r];
            let offset = (k as f64 - (count as f64 - 1.0) / 2.0) * spacing;
            let (from, to) = (index[&relation.from], index[&relation.to]);
            let points = curve(&nodes[a], &nodes[b], offset, from != a);
            let arrow = relation
                .directed
                .then(|| arrowhead(&points, width, unit))
                .flatten();
            edges.push(Edge {
                relation: relation.id.clone(),
                kind: relation.kind,
                style: kind_style(relation.kind),
                from,
                to,
                points,
                width,
                arrow,
            });
        }
        if let Some(levels) = level.and_then(|l| l.mismatch()) {
            let middle = (nodes[a].centre, nodes[b].centre);
            marks.push(MismatchMark {
                at: Point {
                    x: f64::midpoint(middle.0.x, middle.1.x),
                    y: f64::midpoint(middle.0.y, middle.1.y),
                },
                radius: 8.0 * unit,
                levels,
            });
        }
    }
    (edges, marks)
}

/// The line from circle `a` to circle `b`, bowed sideways by `offset` (a
/// quadratic curve; straight when 0), cut at both circles. `reversed` runs it
/// from `b` to `a`, so an arrow points the right way.
fn curve(a: &Node, b: &Node, offset: f64, reversed: bool) -> Vec<Point> {
    let (p0, p2) = (a.centre, b.centre);
    let (dx, dy) = (p2.x - p0.x, p2.y - p0.y);
    let length = (dx * dx + dy * dy).sqrt().max(1e-9);
    let normal = (-dy / length, dx / length);
    // The curve's middle lies half way to its control point.
    let control = Point {
        x: f64::midpoint(p0.x, p2.x) + normal.0 * offset * 2.0,
        y: f64::midpoint(p0.y, p2.y) + normal.1 * offset * 2.0,
    };
    if offset.abs() < 1e-9 {
        let (ux, uy) = (dx / length, dy / length);
        let mut points = if length > a.reach + b.reach {
            vec![
                Point {
                    x: p0.x + ux * a.reach,
                    y: p0.y + uy * a.reach,
                },
                Point {
                    x: p2.x - ux * b.reach,
                    y: p2.y - uy * b.reach,
                },
            ]
        } else {
            vec![p0, p2]
        };
        if reversed {
            points.reverse();
        }
        return points;
    }
    let steps = 20_u32;
    let sample = |t: f64| Point {
        x: (1.0 - t).powi(2) * p0.x + 2.0 * (1.0 - t) * t * control.x + t * t * p2.x,
        y: (1.0 - t).powi(2) * p0.y + 2.0 * (1.0 - t) * t * control.y + t * t * p2.y,
    };
    let all: Vec<Point> = (0..=steps)
        .map(|i| sample(f64::from(i) / f64::from(steps)))
        .collect();
    let mut points = clip(&all, a.centre, a.reach, b.centre, b.reach);
    if reversed {
        points.reverse();
    }
    points
}

/// The part of the polyline outside both circles.
fn clip(all: &[Point], ca: Point, ra: f64, cb: Point, rb: f64) -> Vec<Point> {
    let outside = |p: Point| distance(p, ca) >= ra && distance(p, cb) >= rb;
    let crossing = |inside: Point, out: Point, centre: Point, radius: f64| {
        // Bisection along the segment for where it leaves the circle.
        let (mut lo, mut hi) = (0.0, 1.0);
        for _ in 0..20 {
            let mid = f64::midpoint(lo, hi);
            let p = lerp(inside, out, mid);
            if distance(p, centre) < radius {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        lerp(inside, out, hi)
    };
    let mut points = Vec::with_capacity(all.len());
    for (i, &p) in all.iter().enumerate() {
        if outside(p) {
            if points.is_empty() && i > 0 {
                points.push(crossing(all[i - 1], p, ca, ra));
            }
            points.push(p);
        } else if !points.is_empty() {
            points.push(crossing(p, all[i - 1], cb, rb));
            break;
        }
    }
    if points.len() < 2 {
        // Circles that touch or overlap: a short line between the centres.
        return vec![all[0], all[all.len() - 1]];
    }
    points
}

/// A filled triangle at the end of `points`, pointing along it.
fn arrowhead(points: &[Point], width: f64, unit: f64) -> Option<[Point; 3]> {
    let tip = *points.last()?;
    let before = points[..points.len() - 1]
        .iter()
        .rev()
        .find(|p| distance(**p, tip) > 1e-6)?;
    let length = distance(*before, tip);
    let (ux, uy) = ((tip.x - before.x) / length, (tip.y - before.y) / length);
    let size = 9.0 * unit + 2.0 * width;
    let base = Point {
        x: tip.x - ux * size,
        y: tip.y - uy * size,
    };
    let half = size * 0.45;
    Some([
        tip,
        Point {
            x: base.x - uy * half,
            y: base.y + ux * half,
        },
        Point {
            x: base.x + uy * half,
            y: base.y - ux * half,
        },
    ])
}

/// `text` cut to `max` characters with an ellipsis.
fn shorten(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max {
        text
    } else {
        let mut short: String = text.chars().take(max - 1).collect();
        short.push('…');
        short
    }
}

fn lerp(a: Point, b: Point, t: f64) -> Point {
    Point {
        x: a.x + (b.x - a.x) * t,
        y: a.y + (b.y - a.y) * t,
    }
}

fn distance(a: Point, b: Point) -> f64 {
    ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt()
}

fn segment_distance(p: Point, a: Point, b: Point) -> f64 {
    let (dx, dy) = (b.x - a.x, b.y - a.y);
    let length2 = dx * dx + dy * dy;
    if length2 < 1e-12 {
        return distance(p, a);
    }
    let t = (((p.x - a.x) * dx + (p.y - a.y) * dy) / length2).clamp(0.0, 1.0);
    distance(p, lerp(a, b, t))
}
