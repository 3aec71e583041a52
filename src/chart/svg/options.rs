//! How a chart file is drawn: size, colours, language, title, legend place,
//! and the palettes of the light and dark themes.

use crate::model::{Color, Lang, Project};

/// The chart's colour scheme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Dark text on white: paper and most projectors.
    #[default]
    Light,
    /// Light text on a dark background.
    Dark,
}

/// How the chart is drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct SvgOptions {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Colour scheme.
    pub theme: Theme,
    /// Language of the chart's own words (tooltips, legend heading). The labels
    /// come from the [`Radar`], built in the language it was asked for.
    pub lang: Lang,
    /// The title line (may be empty).
    pub title: String,
    /// A second, smaller line under the title (may be empty).
    pub subtitle: String,
    /// Where the legend goes.
    pub legend: LegendPosition,
    /// How large text and strokes are against the usual (1.0): a chart
    /// printed small on a page needs them larger to stay readable.
    pub scale: f64,
}

/// Where the legend goes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LegendPosition {
    /// Beside a landscape chart, under a portrait one.
    #[default]
    Auto,
    /// In a column on the right.
    Right,
    /// In rows under the chart.
    Below,
}

impl Default for SvgOptions {
    fn default() -> Self {
        SvgOptions {
            width: 1920,
            height: 1080,
            theme: Theme::Light,
            lang: Lang::default(),
            title: String::new(),
            subtitle: String::new(),
            legend: LegendPosition::Auto,
            scale: 1.0,
        }
    }
}

impl SvgOptions {
    /// 1920x1080, light, titled with the study and the framework, in `lang`.
    pub fn for_project(project: &Project, lang: Lang) -> Self {
        SvgOptions {
            lang,
            title: project.study.title.clone(),
            subtitle: project.framework.name.get(lang).to_owned(),
            ..SvgOptions::default()
        }
    }
}

/// The colours of one theme.
pub(super) struct Palette {
    pub(super) background: &'static str,
    pub(super) text: &'static str,
    pub(super) muted: &'static str,
    pub(super) grid: &'static str,
    pub(super) axis: &'static str,
}

impl Palette {
    pub(super) fn of(theme: Theme) -> Self {
        match theme {
            Theme::Light => Palette {
                background: "#ffffff",
                text: "#1a1a1a",
                muted: "#5a5a5a",
                grid: "#cfcfcf",
                axis: "#a8a8a8",
            },
            Theme::Dark => Palette {
                background: "#1c1e22",
                text: "#eeeeee",
                muted: "#b8b8b8",
                grid: "#484c54",
                axis: "#6c717b",
            },
        }
    }
}

/// A series colour that stays visible on the theme's background: on dark, the
/// palette is lightened a little and its black becomes a light grey.
pub(super) fn series_color(color: Color, theme: Theme) -> String {
    let luminance =
        (0.2126 * f64::from(color.r) + 0.7152 * f64::from(color.g) + 0.0722 * f64::from(color.b))
            / 255.0;
    let lighten = |channel: u8| {
        let mixed = f64::from(channel) + (255.0 - f64::from(channel)) * 0.3;
        mixed.round().clamp(0.0, 255.0) as u8
    };
    match theme {
        Theme::Light => color.to_string(),
        Theme::Dark if luminance < 0.2 && color.r.max(color.g).max(color.b) < 0x40 => {
            "#e0e0e0".to_owned()
        }
        Theme::Dark => Color::rgb(lighten(color.r), lighten(color.g), lighten(color.b)).to_string(),
    }
}
