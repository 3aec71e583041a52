//! The radar chart as a standalone SVG document, drawn from the shared
//! [`super::Radar`] geometry: background, rings with their levels, axes, wrapped
//! axis labels that always fit, one concave-safe filled shape per assessment
//! with a marker and tooltip per scored indicator, a legend and a title. The
//! actor network is drawn on the same page, from [`super::network`]'s geometry.

mod draw;
mod layout;
mod legend;
mod network;
mod network_legend;
mod network_parts;
mod options;
mod page;
mod plot;
mod text;

pub use draw::radar_svg;
pub use network::network_svg;
pub use options::{LegendPosition, SvgOptions, Theme};
