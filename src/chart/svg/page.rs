//! The picture a chart is drawn on: its size and scale, its palette, the
//! opening of the SVG document and the title block at its top.

use super::super::fonts::{FONT_STACK, TextMeasure};
use super::super::xml::escape;
use super::options::{Palette, SvgOptions};
use super::text::{LINE, MAX_TITLE_CHARS, Wrapper, n, shorten, text_block};
use crate::i18n::Msg;
use std::fmt::Write as _;

/// The picture's measures, shared by every part drawn on it.
pub(super) struct Page<'o> {
    /// How it was asked for.
    pub(super) options: &'o SvgOptions,
    /// Width in pixels.
    pub(super) width: f64,
    /// Height in pixels.
    pub(super) height: f64,
    /// One point at the reference size (a 1080-pixel short side).
    pub(super) unit: f64,
    /// The margin around everything.
    pub(super) pad: f64,
    /// The theme's colours.
    pub(super) palette: Palette,
}

impl<'o> Page<'o> {
    pub(super) fn new(options: &'o SvgOptions) -> Self {
        let width = f64::from(options.width.max(1));
        let height = f64::from(options.height.max(1));
        let scale = if options.scale.is_finite() && options.scale > 0.0 {
            options.scale.clamp(0.25, 4.0)
        } else {
            1.0
        };
        let unit = width.min(height) / 1080.0 * scale;
        Page {
            options,
            width,
            height,
            unit,
            pad: 28.0 * unit,
            palette: Palette::of(options.theme),
        }
    }

    /// The `<svg>` element, its accessible title and the background.
    pub(super) fn open(&self, out: &mut String, title: &str) {
        let document_title = if title.is_empty() {
            Msg::ExportChartTitle.get(self.options.lang)
        } else {
            title
        };
        let _ = writeln!(
            out,
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" font-family="{font}" role="img" aria-label="{label}">"#,
            w = self.options.width.max(1),
            h = self.options.height.max(1),
            font = escape(FONT_STACK),
            label = escape(document_title),
        );
        let _ = writeln!(out, "<title>{}</title>", escape(document_title));
        let _ = writeln!(
            out,
            r#"<rect class="background" x="0" y="0" width="{}" height="{}" fill="{}"/>"#,
            n(self.width),
            n(self.height),
            self.palette.background
        );
    }

    /// The title and subtitle, wrapped to the width (the title shrunk if it
    /// would take more than two lines); returns where the space below them begins.
    pub(super) fn title_block(&self, out: &mut String, measure: &mut TextMeasure) -> f64 {
        let unit = self.unit;
        let title = shorten(&self.options.title, MAX_TITLE_CHARS);
        let subtitle = shorten(&self.options.subtitle, MAX_TITLE_CHARS);
        let mut top = self.pad;
        let text_width = (self.width - 2.0 * self.pad).max(1.0);
        if !title.is_empty() {
            let mut size = 34.0 * unit;
            let mut wrapper = Wrapper {
                measure: &mut *measure,
                bold: true,
            };
            let mut lines = wrapper.wrap(&title, size, text_width);
            while lines.len() > 2 && size > 20.0 * unit {
                size *= 0.9;
                lines = wrapper.wrap(&title, size, text_width);
            }
            let color = self.palette.text;
            text_block(
                out, "title", &lines, self.pad, top, size, "start", color, true,
            );
            top += lines.len() as f64 * size * LINE;
        }
        if !subtitle.is_empty() {
            let size = 22.0 * unit;
            let lines = Wrapper {
                measure,
                bold: false,
            }
            .wrap(&subtitle, size, text_width);
            let color = self.palette.muted;
            text_block(
                out, "subtitle", &lines, self.pad, top, size, "start", color, false,
            );
            top += lines.len() as f64 * size * LINE;
        }
        if top > self.pad {
            top += 12.0 * unit;
        }
        top
    }
}
