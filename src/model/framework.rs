//! An assessment framework as data: its indicators and the scale they are scored on.
//! DeSeve's eight success indicators ship built in; a project carries its own copy.

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
        let clamped = raw.clamp(self.min, self.max);
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

    /// The frameworks that ship with Sinergi, the one a new project starts with first.
    pub fn built_in() -> Vec<Framework> {
        vec![Framework::deseve()]
    }

    /// The framework a new project starts with unless the researcher picks another.
    pub fn default_choice() -> Framework {
        Framework::deseve()
    }

    /// DeSeve's eight success indicators of a collaboration network, as cited in
    /// Sudarmo (2011), scored 1..5.
    pub fn deseve() -> Self {
        let indicator = |id: &str,
                         name: (&str, &str),
                         definition: (&str, &str),
                         questions: &[(&str, &str)]| Indicator {
            id: IndicatorId::new(id),
            name: Text::new(name.0, name.1),
            definition: Text::new(definition.0, definition.1),
            guiding_questions: questions.iter().map(|(i, e)| Text::new(*i, *e)).collect(),
        };
        Framework {
            id: "deseve".into(),
            name: Text::new(
                "Indikator keberhasilan jaringan kolaborasi (DeSeve)",
                "Success indicators of a collaborative network (DeSeve)",
            ),
            citation: "DeSeve (2007), sebagaimana dikutip dalam Sudarmo (2011)".into(),
            indicators: vec![
                indicator(
                    "network-structure",
                    ("Struktur jaringan", "Network structure"),
                    (
                        "Bentuk jaringan (self-organizing, lead organization, atau network administrative organization); hierarkis atau datar; cara koordinasi dan sosialisasi antaraktor.",
                        "The form of the network (self-organizing, lead organization or network administrative organization); hierarchical or flat; how the actors coordinate and socialise.",
                    ),
                    &[
                        (
                            "Apakah ada struktur yang mengikat para aktor?",
                            "Is there a structure that binds the actors?",
                        ),
                        (
                            "Bagaimana dan seberapa sering para aktor berkoordinasi?",
                            "How, and how often, do the actors coordinate?",
                        ),
                    ],
                ),
                indicator(
                    "commitment",
                    ("Komitmen terhadap tujuan", "Commitment to a common purpose"),
                    (
                        "Visi dan misi masing-masing aktor mengarah pada tujuan bersama kolaborasi.",
                        "Each actor's vision and mission point at the collaboration's shared goal.",
                    ),
                    &[(
                        "Apa tujuan masing-masing aktor ikut serta dalam kolaborasi?",
                        "Why does each actor take part in the collaboration?",
                    )],
                ),
                indicator(
                    "trust",
                    ("Kepercayaan antarpelaku", "Trust among the participants"),
                    (
                        "Hubungan profesional dan sosial; kesediaan mengandalkan informasi dan usaha pihak lain.",
                        "Professional and social relations; relying on the others' information and effort.",
                    ),
                    &[(
                        "Apakah para aktor saling mengandalkan informasi dan kerja pihak lain?",
                        "Do the actors rely on each other's information and work?",
                    )],
                ),
                indicator(
                    "governance",
                    ("Tata kelola", "Governance"),
                    (
                        "Kejelasan siapa anggota dan bukan anggota (batas), aturan dan sanksi, kebebasan menentukan cara kolaborasi dijalankan, serta pengelolaan jaringan (konflik, alokasi sumber daya, kendali mutu).",
                        "Who is in and who is out (boundaries), rules and sanctions, freedom to decide how the collaboration runs, and network management (conflict, resource allocation, quality control).",
                    ),
                    &[(
                        "Aturan apa yang mengikat kolaborasi, dan siapa yang menetapkannya?",
                        "Which rules bind the collaboration, and who sets them?",
                    )],
                ),
                indicator(
                    "access-to-authority",
                    ("Akses terhadap kekuasaan", "Access to authority"),
                    (
                        "Kewenangan yang jelas didelegasikan kepada para aktor, misalnya melalui petunjuk teknis (juknis).",
                        "Clear authority delegated to the actors, for example through technical guidelines (juknis).",
                    ),
                    &[(
                        "Kewenangan apa yang dimiliki setiap aktor, dan dari mana asalnya?",
                        "What authority does each actor hold, and where does it come from?",
                    )],
                ),
                indicator(
                    "distributive-accountability",
                    (
                        "Pembagian akuntabilitas/responsibilitas",
                        "Distributive accountability / responsibility",
                    ),
                    (
                        "Penetapan tujuan bersama, pembagian tanggung jawab dan pengambilan keputusan.",
                        "Shared goal-setting, division of responsibility and of decision-making.",
                    ),
                    &[(
                        "Bagaimana tanggung jawab dan keputusan dibagi antaraktor?",
                        "How are responsibility and decisions divided among the actors?",
                    )],
                ),
                indicator(
                    "information-sharing",
                    ("Berbagi informasi", "Information sharing"),
                    (
                        "Akses informasi yang mudah, aman dan setara bagi semua aktor; saluran yang dipakai.",
                        "Easy, secure and equal access to information for every actor; the channels used.",
                    ),
                    &[(
                        "Melalui saluran apa informasi disampaikan, dan apakah semua aktor menerimanya?",
                        "Through which channels is information passed on, and does every actor receive it?",
                    )],
                ),
                indicator(
                    "access-to-resources",
                    ("Akses terhadap sumber daya", "Access to resources"),
                    (
                        "Ketersediaan sumber daya keuangan, teknis, manusia dan lainnya bagi kolaborasi.",
                        "Financial, technical, human and other resources available to the collaboration.",
                    ),
                    &[(
                        "Dari mana dana, tenaga dan sarana kegiatan berasal?",
                        "Where do the funds, people and facilities for the activities come from?",
                    )],
                ),
            ],
            scale: Scale::one_to_five(),
        }
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
