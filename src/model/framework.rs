//! An assessment framework as data: its indicators, what each level of its
//! scale means for each indicator (the rubric), and the scale itself. A project
//! carries its own copy of its framework, and may carry a second one as a lens;
//! the frameworks that ship with Sinergi are in `library.rs`.

use super::ids::IndicatorId;
use super::text::Text;
use serde::{Deserialize, Serialize};

/// A set of indicators a collaboration is judged against.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Framework {
    /// Short stable identifier, e.g. `deseve`.
    pub id: String,
    /// The framework's name.
    pub name: Text,
    /// Where the framework comes from (author, year, the work that cites it).
    #[serde(default)]
    pub citation: String,
    /// What the framework is, which of its parts are scored and why (since
    /// schema version 5).
    #[serde(default, skip_serializing_if = "Text::is_blank")]
    pub description: Text,
    /// The indicators, in the order the chart and the report show them.
    pub indicators: Vec<Indicator>,
    /// The scale every indicator is scored on.
    pub scale: Scale,
}

/// One indicator of a framework.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// Stable id, referenced by evidence notes, scores and findings.
    pub id: IndicatorId,
    /// The indicator's name.
    pub name: Text,
    /// What the indicator means and what the researcher looks for.
    pub definition: Text,
    /// Questions that guide interviews and observation for this indicator.
    #[serde(default)]
    pub guiding_questions: Vec<Text>,
    /// What each level of the scale means for this indicator (since schema
    /// version 5): e.g. trust "2: actors cooperate but check each other's work".
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rubric: Vec<RubricLevel>,
}

/// What one level of the scale means for one indicator.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RubricLevel {
    /// The score this description is for.
    pub value: f64,
    /// What a collaboration at this level looks like on this indicator.
    pub description: Text,
}

impl Indicator {
    /// A new indicator with a name and nothing else yet.
    pub fn named(id: IndicatorId, name: Text) -> Self {
        Indicator {
            id,
            name,
            definition: Text::default(),
            guiding_questions: Vec::new(),
            rubric: Vec::new(),
        }
    }

    /// The rubric's description of the level at `value`, when it has one.
    pub fn rubric_for(&self, value: f64) -> Option<&Text> {
        self.rubric
            .iter()
            .find(|level| (level.value - value).abs() <= SCALE_TOLERANCE)
            .map(|level| &level.description)
            .filter(|text| !text.is_blank())
    }
}

/// Which of a project's frameworks something belongs to: the main one (the
/// chart's, by default) or the second one, a lens on the same evidence.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FrameworkSlot {
    /// The project's framework.
    #[default]
    Main,
    /// The project's second framework.
    Second,
}

impl FrameworkSlot {
    /// Both slots, the main one first.
    pub const ALL: [FrameworkSlot; 2] = [FrameworkSlot::Main, FrameworkSlot::Second];

    /// True for the main framework (what files leave unsaid).
    pub fn is_main(&self) -> bool {
        *self == FrameworkSlot::Main
    }
}

/// The ordinal scale indicators are scored on, with a label for each level.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    /// The lowest score.
    pub min: f64,
    /// The highest score.
    pub max: f64,
    /// The distance between two neighbouring levels.
    pub step: f64,
    /// One label per level, lowest first.
    pub levels: Vec<ScaleLevel>,
}

/// A named level of a scale.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScaleLevel {
    /// The score this level stands for.
    pub value: f64,
    /// Its label, e.g. "kuat / strong".
    pub label: Text,
}

/// How finely a score may deviate from a level before it counts as off the scale.
const SCALE_TOLERANCE: f64 = 1e-9;

impl Scale {
    /// The usual five-level scale: 1 very weak .. 5 very strong.
    pub fn one_to_five() -> Self {
        let labels = [
            ("Sangat lemah", "Very weak"),
            ("Lemah", "Weak"),
            ("Cukup", "Moderate"),
            ("Kuat", "Strong"),
            ("Sangat kuat", "Very strong"),
        ];
        Scale {
            min: 1.0,
            max: 5.0,
            step: 1.0,
            levels: labels
                .iter()
                .zip(1..)
                .map(|((id, en), value)| ScaleLevel {
                    value: f64::from(value),
                    label: Text::new(*id, *en),
                })
                .collect(),
        }
    }

    /// Number of steps from `min` to `max`, when the scale is well formed.
    pub fn step_count(&self) -> Option<usize> {
        if !(self.min.is_finite() && self.max.is_finite() && self.step.is_finite()) {
            return None;
        }
        if self.step <= 0.0 || self.max <= self.min {
            return None;
        }
        let steps = (self.max - self.min) / self.step;
        if (steps - steps.round()).abs() > SCALE_TOLERANCE || steps > 1000.0 {
            return None;
        }
        // Bounded above by the check just made, so the conversion is exact.
        Some(steps.round() as usize)
    }

    /// Every allowed score, lowest first (empty when the scale is malformed).
    pub fn values(&self) -> Vec<f64> {
        self.step_count()
            .map(|n| (0..=n).map(|i| self.min + self.step * i as f64).collect())
            .unwrap_or_default()
    }

    /// True when `score` is one of the scale's values.
    pub fn contains(&self, score: f64) -> bool {
        self.values()
            .iter()
            .any(|v| (v - score).abs() <= SCALE_TOLERANCE)
    }

    /// The label of the level at `score`, if the scale names one.
    pub fn label_for(&self, score: f64) -> Option<&Text> {
        self.levels
            .iter()
            .find(|level| (level.value - score).abs() <= SCALE_TOLERANCE)
            .map(|level| &level.label)
    }

    /// The nearest allowed score to `raw`, clamped to the scale.
    pub fn snap(&self, raw: f64) -> f64 {
        if self.step_count().is_none() {
            return raw;
        }
        // Not `clamp`, which panics on a scale with min above max (a file may hold one).
        let clamped = raw.max(self.min).min(self.max);
        self.min + ((clamped - self.min) / self.step).round() * self.step
    }
}

impl Framework {
    /// The indicator with this id.
    pub fn indicator(&self, id: &IndicatorId) -> Option<&Indicator> {
        self.indicators.iter().find(|indicator| &indicator.id == id)
    }

    /// Position of the indicator in the framework's order.
    pub fn position(&self, id: &IndicatorId) -> Option<usize> {
        self.indicators
            .iter()
            .position(|indicator| &indicator.id == id)
    }

    /// A copy whose indicator ids that `other` also uses are prefixed with this
    /// framework's id, so that the two can live side by side in one project
    /// (notes link to indicators of either by id).
    #[must_use]
    pub fn avoiding_ids_of(&self, other: &Framework) -> Framework {
        let mut copy = self.clone();
        let taken: std::collections::HashSet<&str> =
            other.indicators.iter().map(|i| i.id.as_str()).collect();
        let own: Vec<String> = self.indicators.iter().map(|i| i.id.0.clone()).collect();
        for indicator in &mut copy.indicators {
            if taken.contains(indicator.id.as_str()) {
                let stem = format!("{}-{}", self.id, indicator.id);
                let used = taken.iter().copied().chain(own.iter().map(String::as_str));
                let fresh = if used.clone().any(|id| id == stem) {
                    super::ids::fresh_id(&stem, used)
                } else {
                    stem
                };
                indicator.id = IndicatorId::new(fresh);
            }
        }
        copy
    }
}

/// The form of a collaboration network (DeSeve; Provan & Kenis).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum NetworkForm {
    /// Governed by its members together, with no lead or administrator.
    SelfOrganizing,
    /// One member leads and coordinates the others.
    LeadOrganization,
    /// A separate administrative entity, or a blend in which all parties are equal
    /// and the structure does not bind (the paper's reading of Kotagede).
    NetworkAdministrativeOrganization,
}

impl NetworkForm {
    /// Every form, in the order the literature lists them.
    pub const ALL: [NetworkForm; 3] = [
        NetworkForm::SelfOrganizing,
        NetworkForm::LeadOrganization,
        NetworkForm::NetworkAdministrativeOrganization,
    ];
}
/// A score or scale value as people write it: `4`, `3.5`, never `0.30000000000000004`.
pub fn format_score(value: f64) -> String {
    if !value.is_finite() {
        return value.to_string();
    }
    let rounded = (value * 1000.0).round() / 1000.0;
    let text = format!("{rounded:.3}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" {
        "0".to_owned()
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::format_score;

    #[test]
    fn values_are_written_without_float_noise() {
        assert_eq!(format_score(4.0), "4");
        assert_eq!(format_score(3.5), "3.5");
        assert_eq!(format_score(0.1 + 0.2), "0.3");
        assert_eq!(format_score(-0.0), "0");
        assert_eq!(format_score(-2.25), "-2.25");
        assert_eq!(format_score(f64::NAN), "NaN");
    }
}
