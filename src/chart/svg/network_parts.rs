//! Pieces both the network picture and its legend draw: the mark of a pair
//! whose two sides see their collaboration differently, and colours made
//! visible on the theme's background.

use super::super::Point;
use super::super::network::style::on_dark;
use super::super::xml::escape;
use super::options::Theme;
use super::page::Page;
use super::text::n;
use crate::i18n::Msg;
use crate::model::Color;
use std::fmt::Write as _;

/// A colour that stays visible on the theme's background.
pub(super) fn on_theme(color: Color, theme: Theme) -> String {
    match theme {
        Theme::Light => color.to_string(),
        Theme::Dark => on_dark(color).to_string(),
    }
}

/// The mark of a pair whose two sides' views differ: "≠" in a red ring.
pub(super) fn mismatch_mark(out: &mut String, at: Point, radius: f64, page: &Page<'_>, levels: u8) {
    let lang = page.options.lang;
    let _ = writeln!(
        out,
        r##"<g class="mismatch"><circle cx="{x}" cy="{y}" r="{r}" fill="{bg}" stroke="#c0392b" stroke-width="{w}"/><text x="{x}" y="{ty}" font-size="{size}" text-anchor="middle" fill="#c0392b" font-weight="bold">≠</text><title>{title}</title></g>"##,
        x = n(at.x),
        y = n(at.y),
        r = n(radius),
        bg = page.palette.background,
        w = n(radius * 0.22),
        ty = n(at.y + radius * 0.5),
        size = n(radius * 1.4),
        title = escape(&Msg::ViewsDiffer.count(lang, usize::from(levels), &[&levels])),
    );
}
