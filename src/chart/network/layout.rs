//! Where the actors stand when the user has not placed them: a force-directed
//! layout (Fruchterman & Reingold 1991) started from the sectors' groups round
//! a circle, with a pull between actors of one sector so the pentahelix groups
//! stay together. Actors the user placed stay where they are; the others settle
//! around them. Deterministic: the same project always gives the same picture.
//!
//! Positions are in the unit square, `x` rightwards and `y` downwards, as
//! [`crate::model::NodePosition`] stores them.

use crate::model::{ActorId, Project, Sector};
use std::collections::HashMap;

/// A position in the unit square.
pub type UnitPoint = (f64, f64);

/// How many steps the simulation runs.
const ITERATIONS: usize = 300;

/// The layout of every actor of `project`, in project order: the saved
/// position where there is one, an automatic one otherwise.
pub fn positions(project: &Project) -> Vec<UnitPoint> {
    let index: HashMap<&ActorId, usize> = project
        .actors
        .iter()
        .enumerate()
        .map(|(i, actor)| (&actor.id, i))
        .collect();
    let mut pinned: Vec<Option<UnitPoint>> = vec![None; project.actors.len()];
    for position in &project.network_layout {
        if let Some(&i) = index.get(&position.actor)
            && position.x.is_finite()
            && position.y.is_finite()
        {
            pinned[i] = Some((position.x.clamp(0.0, 1.0), position.y.clamp(0.0, 1.0)));
        }
    }
    // A pair tied by several relations pulls as one tie: otherwise its
    // actors crowd together and its relations' curves with them.
    let mut edges: Vec<(usize, usize)> = project
        .relations
        .iter()
        .filter_map(|r| Some((*index.get(&r.from)?, *index.get(&r.to)?)))
        .filter(|(a, b)| a != b)
        .map(|(a, b)| (a.min(b), a.max(b)))
        .collect();
    edges.sort_unstable();
    edges.dedup();
    let groups: Vec<usize> = project
        .actors
        .iter()
        .map(|a| Sector::ALL.iter().position(|s| *s == a.sector).unwrap_or(0))
        .collect();
    auto_layout(&groups, &edges, &pinned)
}

/// Lays out `groups.len()` nodes (each in the group given) joined by `edges`;
/// nodes with a `pinned` position keep it. With nothing pinned the result is
/// stretched to fill the unit square; otherwise the free nodes are kept in it.
pub fn auto_layout(
    groups: &[usize],
    edges: &[(usize, usize)],
    pinned: &[Option<UnitPoint>],
) -> Vec<UnitPoint> {
    let n = groups.len();
    if n == 0 {
        return Vec::new();
    }
    if n == 1 {
        return vec![pinned.first().copied().flatten().unwrap_or((0.5, 0.5))];
    }
    let is_pinned = |i: usize| pinned.get(i).copied().flatten().is_some();
    let mut at = start(groups, edges, pinned);
    // The ideal distance between nodes: the square shared out among them.
    let k = (1.0 / n as f64).sqrt() * 0.9;
    let mut shift = vec![(0.0, 0.0); n];
    for step in 0..ITERATIONS {
        shift.fill((0.0, 0.0));
        for i in 0..n {
            for j in i + 1..n {
                let (dx, dy) = (at[i].0 - at[j].0, at[i].1 - at[j].1);
                let d2 = (dx * dx + dy * dy).max(1e-6);
                let mut push = k * k / d2;
                if groups[i] == groups[j] {
                    // One sector stays together, a little.
                    push -= 0.15 * d2.sqrt() / k;
                }
                shift[i].0 += dx * push;
                shift[i].1 += dy * push;
                shift[j].0 -= dx * push;
                shift[j].1 -= dy * push;
            }
        }
        for &(a, b) in edges {
            let (dx, dy) = (at[a].0 - at[b].0, at[a].1 - at[b].1);
            let pull = (dx * dx + dy * dy).sqrt() / k;
            shift[a].0 -= dx * pull;
            shift[a].1 -= dy * pull;
            shift[b].0 += dx * pull;
            shift[b].1 += dy * pull;
        }
        // Cooling: big moves first, fine ones at the end.
        let temperature = 0.08 * (1.0 - step as f64 / ITERATIONS as f64) + 0.002;
        for i in 0..n {
            if is_pinned(i) {
                continue;
            }
            // A weak pull to the centre keeps unconnected actors in sight.
            let (gx, gy) = ((0.5 - at[i].0) * 0.6, (0.5 - at[i].1) * 0.6);
            let (sx, sy) = (shift[i].0 + gx, shift[i].1 + gy);
            let length = (sx * sx + sy * sy).sqrt();
            if length > 0.0 {
                let moved = length.min(temperature);
                at[i].0 += sx / length * moved;
                at[i].1 += sy / length * moved;
            }
        }
    }
    if pinned.iter().all(Option::is_none) {
        stretch(&mut at);
    } else {
        for (i, point) in at.iter_mut().enumerate() {
            if !is_pinned(i) {
                point.0 = point.0.clamp(0.0, 1.0);
                point.1 = point.1.clamp(0.0, 1.0);
            }
        }
    }
    at
}

/// The starting positions: the sectors' groups in arcs round a circle (each
/// group's arc as long as it has members), or, for a free node beside pinned
/// ones, next to its pinned neighbours.
fn start(
    groups: &[usize],
    edges: &[(usize, usize)],
    pinned: &[Option<UnitPoint>],
) -> Vec<UnitPoint> {
    let n = groups.len();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&i| (groups[i], i));
    let mut at = vec![(0.5, 0.5); n];
    for (rank, &i) in order.iter().enumerate() {
        let angle = std::f64::consts::TAU * rank as f64 / n as f64;
        // Alternate radii break the symmetry a perfect circle would keep.
        let radius = if rank % 2 == 0 { 0.36 } else { 0.30 };
        at[i] = (0.5 + radius * angle.cos(), 0.5 + radius * angle.sin());
    }
    for (i, place) in at.iter_mut().enumerate() {
        if let Some(Some(point)) = pinned.get(i) {
            *place = *point;
            continue;
        }
        let neighbours: Vec<UnitPoint> = edges
            .iter()
            .filter_map(|&(a, b)| match (a == i, b == i) {
                (true, _) => pinned.get(b).copied().flatten(),
                (_, true) => pinned.get(a).copied().flatten(),
                _ => None,
            })
            .collect();
        if !neighbours.is_empty() {
            let count = neighbours.len() as f64;
            let (sx, sy) = neighbours
                .iter()
                .fold((0.0, 0.0), |(x, y), p| (x + p.0, y + p.1));
            let angle = i as f64 * 2.399_963; // the golden angle, so siblings spread out
            *place = (
                sx / count + 0.08 * angle.cos(),
                sy / count + 0.08 * angle.sin(),
            );
        }
    }
    at
}

/// Stretches the points to fill the unit square on both axes (the drawing
/// area is rarely square, and an empty margin wastes a slide).
fn stretch(at: &mut [UnitPoint]) {
    let (mut x0, mut x1, mut y0, mut y1) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
    for &(x, y) in at.iter() {
        x0 = x0.min(x);
        x1 = x1.max(x);
        y0 = y0.min(y);
        y1 = y1.max(y);
    }
    let scale = |v: f64, lo: f64, hi: f64| {
        if hi - lo > 1e-9 {
            (v - lo) / (hi - lo)
        } else {
            0.5
        }
    };
    for point in at.iter_mut() {
        *point = (scale(point.0, x0, x1), scale(point.1, y0, y1));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn distance(a: UnitPoint, b: UnitPoint) -> f64 {
        ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt()
    }

    #[test]
    fn the_layout_is_the_same_every_time_and_fills_the_square() {
        let groups = [0, 0, 1, 2, 2, 3];
        let edges = [(0, 1), (0, 2), (2, 3), (3, 4), (4, 5), (1, 5)];
        let pinned = vec![None; 6];
        let a = auto_layout(&groups, &edges, &pinned);
        assert_eq!(a, auto_layout(&groups, &edges, &pinned));
        let xs: Vec<f64> = a.iter().map(|p| p.0).collect();
        assert!(xs.iter().any(|x| *x < 1e-9) && xs.iter().any(|x| *x > 1.0 - 1e-9));
        assert!(
            a.iter()
                .all(|p| (0.0..=1.0).contains(&p.0) && (0.0..=1.0).contains(&p.1))
        );
    }

    #[test]
    fn no_two_actors_land_on_each_other() {
        // 40 actors, 200 ties: the benchmark's size.
        let groups: Vec<usize> = (0..40).map(|i| i % 5).collect();
        let edges: Vec<(usize, usize)> = (0..200).map(|i| (i % 40, (i * 7 + 3) % 40)).collect();
        let at = auto_layout(&groups, &edges, &vec![None; 40]);
        for i in 0..40 {
            for j in i + 1..40 {
                assert!(distance(at[i], at[j]) > 0.02, "{i} and {j} overlap");
            }
        }
    }

    #[test]
    fn pinned_actors_stay_and_the_others_settle_near_their_ties() {
        let groups = [0, 1, 2];
        let pinned = [Some((0.1, 0.1)), Some((0.9, 0.9)), None];
        let at = auto_layout(&groups, &[(0, 2)], &pinned);
        assert_eq!(at[0], (0.1, 0.1));
        assert_eq!(at[1], (0.9, 0.9));
        assert!(distance(at[2], at[0]) < distance(at[2], at[1]), "{at:?}");
    }
}
