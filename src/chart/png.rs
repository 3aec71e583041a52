//! Rasterises a chart SVG to PNG with resvg, using only the bundled font, so a
//! PNG can be made with no display, no GPU and no fonts installed.

use super::fonts;
use resvg::tiny_skia;
use resvg::usvg;
use thiserror::Error;

/// Why a picture could not be made.
#[derive(Debug, Error)]
pub enum RasterError {
    /// The image size is zero or too large.
    #[error("an image of {width}x{height} is not supported")]
    BadSize {
        /// Asked width.
        width: u32,
        /// Asked height.
        height: u32,
    },
    /// The SVG could not be parsed for rasterising.
    #[error("the chart SVG could not be read: {0}")]
    InvalidSvg(String),
    /// PNG encoding failed.
    #[error("the PNG could not be made: {0}")]
    Png(String),
}

/// The longest side a PNG may have.
pub const MAX_SIDE: u32 = 16_384;
/// The most pixels a PNG may have (A0 at 300 dpi is about 139 million).
pub const MAX_PIXELS: u64 = 150_000_000;

/// Renders `svg` into a `width` x `height` PNG, stretching its viewport to fit.
pub fn svg_to_png(svg: &str, width: u32, height: u32) -> Result<Vec<u8>, RasterError> {
    render(svg, width, height)?
        .encode_png()
        .map_err(|error| RasterError::Png(error.to_string()))
}

/// The SVG drawn at `width` × `height` as RGBA bytes with premultiplied
/// alpha, row by row: what a clipboard image is made of.
pub fn svg_to_rgba(svg: &str, width: u32, height: u32) -> Result<Vec<u8>, RasterError> {
    Ok(render(svg, width, height)?.take())
}

fn render(svg: &str, width: u32, height: u32) -> Result<tiny_skia::Pixmap, RasterError> {
    let too_big = u64::from(width) * u64::from(height) > MAX_PIXELS;
    if width == 0 || height == 0 || width > MAX_SIDE || height > MAX_SIDE || too_big {
        return Err(RasterError::BadSize { width, height });
    }
    let tree = usvg::Tree::from_str(svg, &fonts::usvg_options())
        .map_err(|error| RasterError::InvalidSvg(error.to_string()))?;
    let mut pixmap =
        tiny_skia::Pixmap::new(width, height).ok_or(RasterError::BadSize { width, height })?;
    let size = tree.size();
    let transform = tiny_skia::Transform::from_scale(
        width as f32 / size.width(),
        height as f32 / size.height(),
    );
    resvg::render(&tree, transform, &mut pixmap.as_mut());
    Ok(pixmap)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_out_of_range_are_refused_not_allocated() {
        let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>"#;
        for (w, h) in [(0, 10), (10, 0), (MAX_SIDE + 1, 10), (MAX_SIDE, MAX_SIDE)] {
            assert!(
                matches!(svg_to_png(svg, w, h), Err(RasterError::BadSize { .. })),
                "{w}x{h}"
            );
        }
        assert!(matches!(
            svg_to_png("not svg", 10, 10),
            Err(RasterError::InvalidSvg(_))
        ));
        let png = svg_to_png(svg, 20, 30).map_err(|e| e.to_string());
        assert!(png.is_ok_and(|bytes| bytes.starts_with(b"\x89PNG\r\n\x1a\n")));
    }

    #[test]
    fn text_is_drawn_with_the_bundled_font() {
        // A black word on white: some pixels must be dark, or the font was not found.
        let svg = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60"><rect width="200" height="60" fill="white"/><text x="10" y="40" font-size="30" font-family="{}">Sinergi</text></svg>"#,
            fonts::FONT_FAMILY
        );
        let tree = usvg::Tree::from_str(&svg, &fonts::usvg_options()).map_err(|e| e.to_string());
        let Ok(tree) = tree else { panic!("{tree:?}") };
        let mut pixmap = tiny_skia::Pixmap::new(200, 60).unwrap_or_else(|| panic!("pixmap"));
        resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
        let dark = pixmap.pixels().iter().filter(|p| p.red() < 100).count();
        assert!(dark > 200, "only {dark} dark pixels: the text was dropped");
    }
}
