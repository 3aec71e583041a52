//! The chart file, put together: the page and its title, the legend's plan,
//! the radar sized to the room left, then each part drawn in order.

use super::super::Radar;
use super::super::fonts::TextMeasure;
use super::layout::{Area, chart_extent, fit_labels};
use super::legend::Legend;
use super::options::SvgOptions;
use super::page::Page;
use super::plot::Plot;
use super::text::{MAX_TITLE_CHARS, shorten};

/// The chart as a standalone SVG document (`width`/`height` attributes and a
/// viewBox, text in the bundled font's family).
pub fn radar_svg(radar: &Radar, options: &SvgOptions) -> String {
    let page = Page::new(options);
    let mut measure = TextMeasure::new();
    let mut out = String::new();
    page.open(&mut out, &shorten(&options.title, MAX_TITLE_CHARS));
    let top = page.title_block(&mut out, &mut measure);
    let below_title = Area {
        x: page.pad,
        y: top,
        width: (page.width - 2.0 * page.pad).max(1.0),
        height: (page.height - top - page.pad).max(1.0),
    };
    // The legend first, so the radar knows its room; it is drawn last, on top.
    let legend = Legend::plan(radar, &page, &mut measure, below_title);
    let fit = fit_labels(radar, &mut measure, legend.chart_area, 24.0 * page.unit);
    let (centre, legend_svg) = legend.place(radar, &page, chart_extent(radar, &fit));
    let plot = Plot {
        centre,
        radius: fit.radius,
        unit: page.unit,
        palette: &page.palette,
        theme: options.theme,
        lang: options.lang,
    };
    plot.rings(&mut out, radar);
    plot.axes(&mut out, radar, &fit);
    plot.series(&mut out, radar);
    plot.ring_labels(&mut out, radar);
    if !legend_svg.is_empty() {
        out.push_str("<g class=\"legend\">\n");
        out.push_str(&legend_svg);
        out.push_str("</g>\n");
    }
    out.push_str("</svg>\n");
    out
}
