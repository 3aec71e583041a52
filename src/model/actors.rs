//! Who takes part in the collaboration, what it runs, and who does what in it:
//! actors, activities and roles.

use super::ids::{ActivityId, ActorId, RoleId};
use serde::{Deserialize, Serialize};
use std::fmt;

/// An organisation or group taking part in the collaboration.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    /// Stable id.
    pub id: ActorId,
    /// Full name, e.g. "Dinas Perindustrian dan Perdagangan Kota Yogyakarta".
    pub name: String,
    /// Short name used in tables and on charts, e.g. "Disperindag".
    #[serde(default)]
    pub short_name: String,
    /// The sector the actor belongs to.
    pub sector: Sector,
    /// What the actor is and does.
    #[serde(default)]
    pub description: String,
    /// The colour that marks the actor in tables and charts.
    pub color: Color,
}

impl Actor {
    /// The short name, or the full name when no short name is given.
    pub fn display_name(&self) -> &str {
        if self.short_name.trim().is_empty() {
            &self.name
        } else {
            &self.short_name
        }
    }
}

/// The sector of society an actor comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Sector {
    /// A government body.
    Government,
    /// A business or business people.
    Private,
    /// A university or research institute.
    Academia,
    /// A non-governmental organisation.
    CivilSociety,
    /// A cooperative.
    Cooperative,
    /// A community, residents, beneficiaries.
    Community,
    /// The press and media.
    Media,
    /// Anything else.
    Other,
}

impl Sector {
    /// Every sector, in the order menus list them.
    pub const ALL: [Sector; 8] = [
        Sector::Government,
        Sector::Private,
        Sector::Academia,
        Sector::CivilSociety,
        Sector::Cooperative,
        Sector::Community,
        Sector::Media,
        Sector::Other,
    ];

    /// The pentahelix group the sector belongs to: a cooperative is business,
    /// civil society and residents are community.
    pub fn helix(self) -> Helix {
        match self {
            Sector::Government => Helix::Government,
            Sector::Private | Sector::Cooperative => Helix::Business,
            Sector::Academia => Helix::Academia,
            Sector::CivilSociety | Sector::Community => Helix::Community,
            Sector::Media => Helix::Media,
            Sector::Other => Helix::Other,
        }
    }
}

/// The five sectors of the pentahelix (academia, business, community,
/// government, media) that Indonesian policy and theses group actors by, and
/// the rest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Helix {
    /// Government bodies.
    Government,
    /// Businesses and cooperatives.
    Business,
    /// Universities and research institutes.
    Academia,
    /// Civil society and communities.
    Community,
    /// The press and media.
    Media,
    /// Anything else.
    Other,
}

impl Helix {
    /// Every group, in the order a thesis lists them.
    pub const ALL: [Helix; 6] = [
        Helix::Government,
        Helix::Business,
        Helix::Academia,
        Helix::Community,
        Helix::Media,
        Helix::Other,
    ];
}

/// An sRGB colour, written `"#rrggbb"` in project files.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Color {
    /// Red.
    pub r: u8,
    /// Green.
    pub g: u8,
    /// Blue.
    pub b: u8,
}

impl Color {
    /// A colour from its three channels.
    pub const fn rgb(r: u8, g: u8, b: u8) -> Self {
        Self { r, g, b }
    }

    /// Okabe–Ito colour-blind-safe palette, used for new actors and chart series.
    pub const PALETTE: [Color; 8] = [
        Color::rgb(0x00, 0x72, 0xB2),
        Color::rgb(0xE6, 0x9F, 0x00),
        Color::rgb(0x00, 0x9E, 0x73),
        Color::rgb(0xCC, 0x79, 0xA7),
        Color::rgb(0xD5, 0x5E, 0x00),
        Color::rgb(0x56, 0xB4, 0xE9),
        Color::rgb(0xF0, 0xE4, 0x42),
        Color::rgb(0x00, 0x00, 0x00),
    ];

    /// The palette colour used least among `taken`, earliest first: a new actor
    /// gets a colour of its own while one is free.
    pub fn least_used(taken: impl IntoIterator<Item = Color>) -> Self {
        let mut uses = [0usize; Self::PALETTE.len()];
        for color in taken {
            if let Some(i) = Self::PALETTE.iter().position(|p| *p == color) {
                uses[i] += 1;
            }
        }
        let fewest = uses.iter().copied().min().unwrap_or(0);
        let index = uses.iter().position(|&n| n == fewest).unwrap_or(0);
        Self::PALETTE[index]
    }

    /// The palette colour for the `index`-th item, cycling.
    pub fn from_palette(index: usize) -> Self {
        Self::PALETTE[index % Self::PALETTE.len()]
    }
}

impl fmt::Display for Color {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02x}{:02x}{:02x}", self.r, self.g, self.b)
    }
}

#[cfg(test)]
mod tests {
    use super::Color;

    #[test]
    fn a_new_colour_is_the_first_palette_colour_still_free() {
        let taken = [Color::PALETTE[0], Color::PALETTE[2]];
        assert_eq!(Color::least_used(taken), Color::PALETTE[1]);
        assert_eq!(Color::least_used(Color::PALETTE), Color::PALETTE[0]);
    }
}

impl From<Color> for String {
    fn from(color: Color) -> String {
        color.to_string()
    }
}

impl TryFrom<String> for Color {
    type Error = String;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        let hex = text
            .strip_prefix('#')
            .filter(|hex| hex.len() == 6 && hex.chars().all(|c| c.is_ascii_hexdigit()))
            .ok_or_else(|| format!("expected a colour written \"#rrggbb\", found \"{text}\""))?;
        let channel = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).map_err(|e| e.to_string());
        Ok(Color::rgb(channel(0)?, channel(2)?, channel(4)?))
    }
}

/// A programme the collaboration runs, e.g. design-development training.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Activity {
    /// Stable id.
    pub id: ActivityId,
    /// Name of the activity.
    pub name: String,
    /// When and how often it is held, e.g. "once a year, February–March".
    #[serde(default)]
    pub schedule: String,
    /// Where it is held.
    #[serde(default)]
    pub place: String,
    /// What happens in it.
    #[serde(default)]
    pub description: String,
}

/// What one actor does in one activity.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// Stable id.
    pub id: RoleId,
    /// The actor playing the role.
    pub actor: ActorId,
    /// The activity the role is played in.
    pub activity: ActivityId,
    /// The kind of role.
    pub kind: RoleKind,
    /// What the actor is responsible for in this activity.
    #[serde(default)]
    pub responsibilities: String,
    /// What the actor may decide in this activity.
    #[serde(default)]
    pub authority: String,
}

/// The kinds of role an actor can play in an activity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RoleKind {
    /// Enables the others: brings them together, provides means.
    Facilitator,
    /// Runs the activity.
    Organiser,
    /// Teaches in it.
    Trainer,
    /// Gathers members: the *wadah* they meet in.
    Convener,
    /// Takes part in it or benefits from it.
    Participant,
    /// Pays for it.
    Funder,
    /// Sets or enforces its rules.
    Regulator,
    /// Anything else.
    Other,
}

impl RoleKind {
    /// Every role kind, in the order menus list them.
    pub const ALL: [RoleKind; 8] = [
        RoleKind::Facilitator,
        RoleKind::Organiser,
        RoleKind::Trainer,
        RoleKind::Convener,
        RoleKind::Participant,
        RoleKind::Funder,
        RoleKind::Regulator,
        RoleKind::Other,
    ];
}
