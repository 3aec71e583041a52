//! How the network diagram looks: a colour per sector (the pentahelix groups)
//! for the actors, and a line style per kind of relation that reads in colour
//! and in black-and-white print alike (each kind has its own dash pattern).

use crate::model::{Color, RelationKind, Sector};

/// The fill of an actor's circle: its sector's colour, from the Okabe–Ito
/// colour-blind-safe palette (grey for "other").
pub fn sector_color(sector: Sector) -> Color {
    match sector {
        Sector::Government => Color::rgb(0x00, 0x72, 0xB2),
        Sector::Private => Color::rgb(0xE6, 0x9F, 0x00),
        Sector::Academia => Color::rgb(0x00, 0x9E, 0x73),
        Sector::CivilSociety => Color::rgb(0xCC, 0x79, 0xA7),
        Sector::Cooperative => Color::rgb(0xD5, 0x5E, 0x00),
        Sector::Community => Color::rgb(0x56, 0xB4, 0xE9),
        Sector::Media => Color::rgb(0xF0, 0xE4, 0x42),
        Sector::Other => Color::rgb(0x99, 0x99, 0x99),
    }
}

/// A line colour made visible on a dark background: lightened, and the
/// near-black of coordination turned light grey (as the radar's series are).
pub fn on_dark(color: Color) -> Color {
    if color.r.max(color.g).max(color.b) < 0x40 {
        return Color::rgb(0xE0, 0xE0, 0xE0);
    }
    let lighten = |channel: u8| {
        let mixed = f64::from(channel) + (255.0 - f64::from(channel)) * 0.3;
        mixed.round().clamp(0.0, 255.0) as u8
    };
    Color::rgb(lighten(color.r), lighten(color.g), lighten(color.b))
}

/// How a kind of relation is drawn.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct EdgeStyle {
    /// The line's colour (dark, so it shows on white and under print).
    pub color: Color,
    /// Dash and gap lengths in turn, in points at a 1-point line (empty: solid).
    pub dashes: &'static [f64],
}

/// The style of each kind of relation.
pub fn kind_style(kind: RelationKind) -> EdgeStyle {
    let (color, dashes): (Color, &'static [f64]) = match kind {
        RelationKind::Coordination => (Color::rgb(0x3C, 0x3C, 0x3C), &[]),
        RelationKind::InformationSharing => (Color::rgb(0x1F, 0x5F, 0xA8), &[9.0, 5.0]),
        RelationKind::Funding => (Color::rgb(0x2E, 0x7D, 0x32), &[2.0, 4.0]),
        RelationKind::Authority => (Color::rgb(0xA1, 0x2A, 0x2A), &[10.0, 4.0, 2.0, 4.0]),
        RelationKind::Training => (Color::rgb(0xB3, 0x59, 0x00), &[16.0, 6.0]),
        RelationKind::FormalAgreement => (
            Color::rgb(0x6A, 0x3D, 0x9A),
            &[12.0, 4.0, 2.0, 4.0, 2.0, 4.0],
        ),
        RelationKind::Other => (Color::rgb(0x80, 0x80, 0x80), &[4.0, 4.0]),
    };
    EdgeStyle { color, dashes }
}

/// A line's width, in points at unit scale, for a level of collaboration
/// (0 to 5) or none recorded: a thin line, thicker by level.
pub fn edge_width(level: Option<f64>) -> f64 {
    match level {
        Some(level) => 1.4 + 1.1 * level.clamp(0.0, 5.0),
        None => 1.4,
    }
}

/// An actor's circle radius, in points at unit scale, for its number of ties.
pub fn node_radius(degree: usize) -> f64 {
    7.0 + 3.2 * (degree as f64).sqrt()
}

/// The dash pattern scaled for a line `width` wide at `unit`: patterns grow a
/// little with the line, so a thick dotted line still reads as dots.
pub fn scaled_dashes(dashes: &[f64], width: f64, unit: f64) -> Vec<f64> {
    let scale = unit * (1.0 + width / (4.0 * unit.max(f64::EPSILON)));
    dashes.iter().map(|d| d * scale).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_its_own_dash_pattern_for_print() {
        let patterns: Vec<&[f64]> = RelationKind::ALL
            .iter()
            .map(|k| kind_style(*k).dashes)
            .collect();
        for (i, a) in patterns.iter().enumerate() {
            for b in &patterns[i + 1..] {
                assert_ne!(a, b);
            }
        }
    }

    #[test]
    fn higher_levels_and_more_ties_draw_larger() {
        assert!(edge_width(Some(5.0)) > edge_width(Some(1.0)));
        assert!(edge_width(Some(0.0)) >= edge_width(None));
        assert!(node_radius(9) > node_radius(1));
    }
}
