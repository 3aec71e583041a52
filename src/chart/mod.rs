//! Radar chart geometry, shared by the on-screen chart and the file exports so
//! they can never drift apart. Pure arithmetic: no egui, no files. The
//! submodules draw it for the exports: [`svg`] writes it as an SVG document,
//! [`png`] rasterises that SVG, [`fonts`] supplies the bundled font.
//! [`network`] is the actor network diagram's geometry, shared the same way.
//!
//! Coordinates are in a unit square centred on the origin, y pointing up; the
//! outermost ring has radius 1. The first indicator points straight up and the
//! rest follow clockwise, in the framework's order.

pub mod fonts;
pub mod network;
pub mod png;
pub mod svg;
pub mod xml;

use crate::model::{AssessmentId, Color, FrameworkSlot, IndicatorId, Lang, Project};
use std::f64::consts::{FRAC_PI_2, TAU};

/// A point of the chart plane.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    /// Rightwards.
    pub x: f64,
    /// Upwards.
    pub y: f64,
}

/// One spoke of the radar: an indicator.
#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    /// The indicator.
    pub indicator: IndicatorId,
    /// Its name in the chart's language.
    pub label: String,
    /// Direction in radians, counter-clockwise from the positive x axis.
    pub angle: f64,
    /// The outer end of the spoke.
    pub end: Point,
    /// Where its label goes, just outside the outer ring.
    pub label_at: Point,
}

/// Where a label lies relative to its anchor along one direction of the plane.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// On the negative side: left of the anchor, or below it.
    Negative,
    /// Centred on the anchor.
    Centre,
    /// On the positive side: right of the anchor, or above it.
    Positive,
}

impl Axis {
    /// Which way the label extends from [`Axis::label_at`], horizontally then
    /// vertically, so that it stays outside the rings.
    pub fn label_side(&self) -> (Side, Side) {
        let side = |coordinate: f64| {
            if coordinate > LABEL_CENTRE_ZONE {
                Side::Positive
            } else if coordinate < -LABEL_CENTRE_ZONE {
                Side::Negative
            } else {
                Side::Centre
            }
        };
        (side(self.label_at.x), side(self.label_at.y))
    }
}

/// Labels whose anchor lies this close to the vertical (or horizontal) line
/// through the centre are centred on it.
const LABEL_CENTRE_ZONE: f64 = 0.15;

/// One ring: a level of the scale.
#[derive(Clone, Debug, PartialEq)]
pub struct Ring {
    /// The score it stands for.
    pub value: f64,
    /// The level's label in the chart's language (may be empty).
    pub label: String,
    /// Its radius.
    pub radius: f64,
    /// Its corners, one per axis (a polygon, as radar grids are drawn).
    pub corners: Vec<Point>,
}

/// One scored point of a series.
#[derive(Clone, Debug, PartialEq)]
pub struct SeriesPoint {
    /// Index of the axis.
    pub axis: usize,
    /// The score.
    pub value: f64,
    /// Where it is drawn.
    pub at: Point,
}

/// One assessment drawn as a closed shape.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    /// The assessment.
    pub assessment: AssessmentId,
    /// Its legend label.
    pub label: String,
    /// Its colour.
    pub color: Color,
    /// The scored indicators, in axis order (unscored ones are left out).
    pub points: Vec<SeriesPoint>,
    /// How many axes the chart has, to tell neighbouring axes from a gap.
    pub axis_count: usize,
}

impl Series {
    /// Pairs of scored points on neighbouring axes (wrapping from the last axis to
    /// the first): the edges of the shape. An unscored indicator leaves a gap, so
    /// the chart never draws a score the researcher did not give.
    pub fn edges(&self) -> Vec<(&SeriesPoint, &SeriesPoint)> {
        let n = self.points.len();
        if n < 2 || self.axis_count < 2 {
            return Vec::new();
        }
        let neighbours =
            |a: &SeriesPoint, b: &SeriesPoint| (a.axis + 1) % self.axis_count == b.axis;
        (0..n)
            .map(|i| (&self.points[i], &self.points[(i + 1) % n]))
            .filter(|(a, b)| neighbours(a, b))
            // Two axes only: the one edge would be counted twice, once each way.
            .take(if self.axis_count == 2 { 1 } else { n })
            .collect()
    }

    /// Triangles from the centre to each edge: a correct fill for concave shapes,
    /// which convex-only polygon fills get wrong. Degenerate (flat) triangles are
    /// left out; they draw as artefacts in some renderers.
    pub fn fill_triangles(&self) -> Vec<[Point; 3]> {
        let centre = Point { x: 0.0, y: 0.0 };
        self.edges()
            .into_iter()
            .map(|(a, b)| [centre, a.at, b.at])
            .filter(|[c, a, b]| {
                ((a.x - c.x) * (b.y - c.y) - (a.y - c.y) * (b.x - c.x)).abs() > 1e-9
            })
            .collect()
    }

    /// The outline as polylines: one closed loop when every indicator is scored,
    /// otherwise one open run per stretch of neighbouring scored axes.
    pub fn outline(&self) -> Vec<Outline> {
        if self.points.is_empty() {
            return Vec::new();
        }
        if self.points.len() == self.axis_count && self.axis_count > 2 {
            return vec![Outline {
                points: self.points.iter().map(|p| p.at).collect(),
                closed: true,
            }];
        }
        // Start a run at each point whose predecessor axis is unscored.
        let scored = |axis: usize| self.points.iter().any(|p| p.axis == axis);
        let mut runs = Vec::new();
        for start in &self.points {
            let before = (start.axis + self.axis_count - 1) % self.axis_count;
            if scored(before) {
                continue;
            }
            let mut run = vec![start.at];
            let mut axis = start.axis;
            loop {
                let next = (axis + 1) % self.axis_count;
                match self.points.iter().find(|p| p.axis == next) {
                    Some(point) if next != start.axis => {
                        run.push(point.at);
                        axis = next;
                    }
                    _ => break,
                }
            }
            runs.push(Outline {
                points: run,
                closed: false,
            });
        }
        runs
    }
}

/// A part of a series' outline.
#[derive(Clone, Debug, PartialEq)]
pub struct Outline {
    /// Its corners, in axis order.
    pub points: Vec<Point>,
    /// True when the last corner joins the first.
    pub closed: bool,
}

/// The whole chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Radar {
    /// The framework drawn.
    pub framework: FrameworkSlot,
    /// The spokes, in framework order.
    pub axes: Vec<Axis>,
    /// The rings, lowest level first.
    pub rings: Vec<Ring>,
    /// The series, in the order asked for.
    pub series: Vec<Series>,
    /// The scale's lowest and highest score.
    pub range: (f64, f64),
}

impl Radar {
    /// The label of the scale level at `value` (empty when the scale names none).
    pub fn level_label(&self, value: f64) -> &str {
        self.rings
            .iter()
            .find(|ring| (ring.value - value).abs() < 1e-9)
            .map_or("", |ring| ring.label.as_str())
    }
}

/// The distance of a label's anchor from the outer ring, relative to its radius.
const LABEL_OFFSET: f64 = 1.12;

impl Radar {
    /// The chart of `project`'s assessments `chosen` (all when empty), labelled
    /// in `lang`. A chart shows one framework: the one the first chosen
    /// assessment is scored against (the main one when none is chosen), and
    /// only the chosen assessments of that framework.
    pub fn build(project: &Project, chosen: &[AssessmentId], lang: Lang) -> Radar {
        let slot = chosen
            .iter()
            .find_map(|id| project.assessment(id))
            .map_or(FrameworkSlot::Main, |a| a.framework);
        Radar::build_for(project, slot, chosen, lang)
    }

    /// The chart of the framework in `slot` (the main one when the project has
    /// none there) with its assessments among `chosen` (all of them when empty).
    pub fn build_for(
        project: &Project,
        slot: FrameworkSlot,
        chosen: &[AssessmentId],
        lang: Lang,
    ) -> Radar {
        let slot = if project.framework_in(slot).is_some() {
            slot
        } else {
            FrameworkSlot::Main
        };
        let framework = project.framework_in(slot).unwrap_or(&project.framework);
        let scale = &framework.scale;
        let n = framework.indicators.len().max(1);
        let angle_of = |i: usize| FRAC_PI_2 - TAU * i as f64 / n as f64;
        let at = |i: usize, radius: f64| Point {
            x: radius * angle_of(i).cos(),
            y: radius * angle_of(i).sin(),
        };
        let radius = |value: f64| radius_for(value, scale.min, scale.max, scale.step);

        let axes = framework
            .indicators
            .iter()
            .enumerate()
            .map(|(i, indicator)| Axis {
                indicator: indicator.id.clone(),
                label: indicator.name.get(lang).to_owned(),
                angle: angle_of(i),
                end: at(i, 1.0),
                label_at: at(i, LABEL_OFFSET),
            })
            .collect();
        let rings = scale
            .values()
            .into_iter()
            .map(|value| Ring {
                value,
                label: scale
                    .label_for(value)
                    .map_or(String::new(), |l| l.get(lang).to_owned()),
                radius: radius(value),
                corners: (0..framework.indicators.len())
                    .map(|i| at(i, radius(value)))
                    .collect(),
            })
            .collect();
        let assessments: Vec<_> = if chosen.is_empty() {
            project.assessments_in(slot).collect()
        } else {
            chosen
                .iter()
                .filter_map(|id| project.assessment(id))
                .filter(|assessment| assessment.framework == slot)
                .collect()
        };
        let series = assessments
            .iter()
            .map(|assessment| Series {
                assessment: assessment.id.clone(),
                label: assessment.label.clone(),
                color: series_color(project, &assessment.id),
                points: framework
                    .indicators
                    .iter()
                    .enumerate()
                    .filter_map(|(i, indicator)| {
                        let value = assessment.value(&indicator.id)?;
                        // Not `clamp`: the window opens a file whose scale has
                        // min above max (listed as a problem), and clamp panics then.
                        let value = value.max(scale.min).min(scale.max);
                        Some(SeriesPoint {
                            axis: i,
                            value,
                            at: at(i, radius(value)),
                        })
                    })
                    .collect(),
                axis_count: framework.indicators.len(),
            })
            .collect();
        Radar {
            framework: slot,
            axes,
            rings,
            series,
            range: (scale.min, scale.max),
        }
    }
}

/// An assessment's colour: fixed by its place in the project, so it is the same
/// on the screen, the slide and every export, whichever others are shown.
pub fn series_color(project: &Project, assessment: &AssessmentId) -> Color {
    let position = project
        .assessments
        .iter()
        .position(|a| &a.id == assessment)
        .unwrap_or(0);
    Color::from_palette(position)
}

/// Splits a long axis label into lines of about `max_chars` characters at spaces,
/// so labels of long indicator names stay beside the chart instead of off its edge.
pub fn wrap_label(text: &str, max_chars: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        // A slash joins alternatives ("akuntabilitas/responsibilitas"): a place to
        // break, but without a space when the halves stay on one line.
        for (i, piece) in word.split_inclusive('/').enumerate() {
            let separator = if i == 0 { " " } else { "" };
            // Punctuation on its own ("/") stays with the word before it.
            let punctuation = !piece.chars().any(char::is_alphanumeric);
            match lines.last_mut() {
                Some(line)
                    if punctuation
                        || line.chars().count() + separator.len() + piece.chars().count()
                            <= max_chars =>
                {
                    line.push_str(separator);
                    line.push_str(piece);
                }
                _ => lines.push(piece.to_owned()),
            }
        }
    }
    lines
}

/// The radius of `value` on a scale `min..max`: the lowest level sits one step out
/// from the centre so that it still draws as a ring, and `max` is at radius 1.
pub fn radius_for(value: f64, min: f64, max: f64, step: f64) -> f64 {
    let origin = min - step.abs().max(f64::EPSILON);
    let span = max - origin;
    if span <= 0.0 || !span.is_finite() {
        return 0.0;
    }
    ((value - origin) / span).clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Assessment, Framework};

    fn project_with_scores(scores: &[Option<f64>]) -> Project {
        let mut project = Project::new(Framework::deseve());
        let mut assessment = Assessment::blank(AssessmentId::new("a"), "A", &project.framework);
        for (entry, score) in assessment.scores.iter_mut().zip(scores) {
            entry.score = *score;
        }
        project.assessments.push(assessment);
        project
    }

    #[test]
    fn first_axis_points_up_and_the_rest_go_clockwise_in_framework_order() {
        let project = Project::new(Framework::deseve());
        let radar = Radar::build(&project, &[], Lang::En);
        assert_eq!(radar.axes.len(), 8);
        assert!((radar.axes[0].end.x).abs() < 1e-12 && (radar.axes[0].end.y - 1.0).abs() < 1e-12);
        assert!(
            radar.axes[1].end.x > 0.0,
            "second axis is to the right: clockwise"
        );
        let ids: Vec<_> = radar.axes.iter().map(|a| a.indicator.clone()).collect();
        let order: Vec<_> = project
            .framework
            .indicators
            .iter()
            .map(|i| i.id.clone())
            .collect();
        assert_eq!(ids, order);
        assert_eq!(radar.axes[0].label, "Network structure");
    }

    #[test]
    fn scale_is_fixed_to_the_framework_not_fitted_to_the_data() {
        let project = project_with_scores(&[Some(2.0); 8]);
        let radar = Radar::build(&project, &[], Lang::Id);
        assert_eq!(radar.rings.len(), 5);
        assert!((radar.rings[4].radius - 1.0).abs() < 1e-12);
        assert!((radar.rings[0].radius - 0.2).abs() < 1e-12);
        for point in &radar.series[0].points {
            let r = (point.at.x.powi(2) + point.at.y.powi(2)).sqrt();
            assert!((r - 0.4).abs() < 1e-9);
        }
        assert_eq!(radar.rings[0].label, "Sangat lemah");
    }

    #[test]
    fn long_labels_wrap_at_spaces() {
        assert_eq!(
            wrap_label("Distributive accountability / responsibility", 20),
            vec!["Distributive", "accountability /", "responsibility"]
        );
        assert_eq!(
            wrap_label("accountability / responsibility", 14),
            vec!["accountability /", "responsibility"]
        );
        assert_eq!(wrap_label("a/b", 14), vec!["a/b"]);
        assert_eq!(wrap_label("Trust", 20), vec!["Trust"]);
        assert_eq!(
            wrap_label("Pembagian akuntabilitas/responsibilitas", 18),
            vec!["Pembagian", "akuntabilitas/", "responsibilitas"]
        );
    }

    #[test]
    fn labels_lie_outside_the_rings_on_the_side_of_their_axis() {
        let radar = Radar::build(&Project::new(Framework::deseve()), &[], Lang::En);
        assert_eq!(radar.axes[0].label_side(), (Side::Centre, Side::Positive));
        assert_eq!(radar.axes[2].label_side(), (Side::Positive, Side::Centre));
        assert_eq!(radar.axes[4].label_side(), (Side::Centre, Side::Negative));
        assert_eq!(radar.axes[6].label_side(), (Side::Negative, Side::Centre));
        assert_eq!(radar.axes[7].label_side(), (Side::Negative, Side::Positive));
    }

    #[test]
    fn level_labels_are_found_by_value() {
        let radar = Radar::build(&Project::new(Framework::deseve()), &[], Lang::En);
        assert_eq!(radar.level_label(4.0), "Strong");
        assert_eq!(radar.level_label(4.5), "");
    }

    #[test]
    fn unscored_indicators_are_left_out_of_the_series() {
        let project = project_with_scores(&[
            Some(3.0),
            None,
            Some(4.0),
            None,
            None,
            None,
            None,
            Some(5.0),
        ]);
        let radar = Radar::build(&project, &[], Lang::En);
        let axes: Vec<usize> = radar.series[0].points.iter().map(|p| p.axis).collect();
        assert_eq!(axes, vec![0, 2, 7]);
        // Only axes 7 and 0 are neighbours: one filled sector, one open run of two,
        // and axis 2 alone (a marker, no line): nothing suggests a score for the gaps.
        assert_eq!(radar.series[0].fill_triangles().len(), 1);
        let runs: Vec<usize> = radar.series[0]
            .outline()
            .iter()
            .map(|o| o.points.len())
            .collect();
        assert_eq!(runs, vec![1, 2]);
        assert!(radar.series[0].outline().iter().all(|o| !o.closed));
    }
}
