//! The chart onto the clipboard as a picture, for pasting into slides or
//! Word: drawn from the same geometry as the exported chart, as a light
//! 1920×1080 slide in the export's language. On the presentation's network
//! slide, and in the Network section, it is the network diagram that is
//! copied (as the section filters it): what the user is looking at.

use super::app::SinergiApp;
use super::panels::context::Section;
use super::present::has_network_slide;
use crate::analysis::NetworkFilter;
use crate::chart::png::svg_to_rgba;
use crate::i18n::Msg;
use crate::report::{ChartExport, chart_svg, network_svg_file};

/// The picture's size: a full-HD slide, which pastes sharp into a slide deck.
const SIZE: (u32, u32) = (1920, 1080);

impl SinergiApp {
    /// Copies the chart of the shown assessments, or the network diagram on
    /// the network slide; the status bar says so.
    pub(crate) fn copy_chart(&mut self, ctx: &egui::Context) {
        if self.start_screen {
            return;
        }
        let settings = self.export_settings();
        let export = ChartExport {
            assessments: self.panels.chart.chosen(&self.doc.project),
            width: SIZE.0,
            height: SIZE.1,
            lang: settings.lang,
            ..ChartExport::default()
        };
        let project = &self.doc.project;
        let on_slide = match &self.presentation {
            Some(presentation) => presentation.network && has_network_slide(project),
            None => false,
        };
        let in_section = self.presentation.is_none() && self.section == Section::Network;
        let (svg, copied, failed) = if on_slide || in_section {
            let filter = if in_section {
                self.panels.network.filter.clone()
            } else {
                NetworkFilter::default()
            };
            let svg = network_svg_file(project, &export, &filter);
            (svg, Msg::StatusNetworkCopied, Msg::CopyNetworkFailed)
        } else {
            let svg = chart_svg(project, &export);
            (svg, Msg::StatusChartCopied, Msg::CopyChartFailed)
        };
        let pixels = svg
            .map_err(|error| error.to_string())
            .and_then(|svg| svg_to_rgba(&svg, SIZE.0, SIZE.1).map_err(|error| error.to_string()));
        match pixels {
            Ok(rgba) => {
                let size = [SIZE.0 as usize, SIZE.1 as usize];
                ctx.copy_image(egui::ColorImage::from_rgba_premultiplied(size, &rgba));
                self.status = copied.fill(self.lang, &[&SIZE.0, &SIZE.1]);
            }
            Err(reason) => {
                self.status = failed.fill(self.lang, &[&reason]);
            }
        }
    }
}
