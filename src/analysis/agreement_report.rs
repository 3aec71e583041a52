//! Agreement between two assessments of a project, as every view shows it (the
//! chart's side panel, the HTML report, the CSV tables, the Word chapter): per
//! indicator the two scores and their difference, then each statistic with its
//! name, formula, value, confidence interval and interpretation band, and where
//! the bands come from. The arithmetic is in [`super::agreement`].

use super::agreement::{
    AlphaBand, ConfidenceInterval, DEFAULT_CONFIDENCE, Estimate, ItemStatus, KappaBand, Ratings,
    STABLE_PAIRS, ScaleSpec, Unavailable, compare,
};
use crate::i18n::Msg;
use crate::model::{AssessmentId, FrameworkSlot, IndicatorId, Lang, Project, Scale, Text};

/// Two assessments compared, ready to show.
#[derive(Clone, Debug, PartialEq)]
pub struct AgreementReport {
    /// The assessment scored first (the researcher's).
    pub first: AssessmentId,
    /// Its label.
    pub first_label: String,
    /// The assessment that scores it again (a second coder's, a member check).
    pub second: AssessmentId,
    /// Its label.
    pub second_label: String,
    /// The framework both are scored against.
    pub framework: FrameworkSlot,
    /// Its scale, for level names.
    pub scale: Scale,
    /// Per indicator of the framework, in its order.
    pub rows: Vec<AgreementRow>,
    /// The statistics.
    pub agreement: super::agreement::Agreement,
}

/// One indicator's two scores.
#[derive(Clone, Debug, PartialEq)]
pub struct AgreementRow {
    /// The indicator.
    pub indicator: IndicatorId,
    /// Its name.
    pub name: Text,
    /// The first assessment's score.
    pub first: Option<f64>,
    /// The second assessment's score.
    pub second: Option<f64>,
    /// `second - first`, when both are on the scale.
    pub difference: Option<f64>,
    /// Whether the pair entered the statistics, and if not why.
    pub status: ItemStatus,
}

/// Why two assessments cannot be compared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AgreementError {
    /// No assessment has this id.
    UnknownAssessment(AssessmentId),
    /// The two are scored against different frameworks.
    DifferentFrameworks,
    /// The framework's scale has no whole number of levels.
    MalformedScale,
}

/// The statistics reported, in the order they are shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Statistic {
    /// Share of indicators scored at the same level.
    ExactAgreement,
    /// Share of indicators scored at most one level apart.
    WithinOneLevel,
    /// Mean of the second score minus the first: a systematic offset.
    MeanDifference,
    /// Cohen's weighted kappa, linear weights.
    KappaLinear,
    /// Cohen's weighted kappa, quadratic weights.
    KappaQuadratic,
    /// Krippendorff's alpha, ordinal metric.
    AlphaOrdinal,
}

/// How the literature reads a coefficient.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Band {
    /// Landis & Koch (1977), for kappa.
    Kappa(KappaBand),
    /// Krippendorff (2004), for alpha.
    Alpha(AlphaBand),
}

/// One statistic of a comparison.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StatisticLine {
    /// Which statistic.
    pub statistic: Statistic,
    /// Its value, or why there is none.
    pub value: Result<f64, Unavailable>,
    /// Its bootstrap interval (the coefficients only), or why there is none.
    pub interval: Option<Result<ConfidenceInterval, Unavailable>>,
    /// Its interpretation (the coefficients only).
    pub band: Option<Band>,
}

/// The works the formulas and the bands come from, cited in full.
pub const REFERENCES: [&str; 4] = [
    "Cohen, J. (1968). Weighted kappa: Nominal scale agreement with provision for scaled disagreement or partial credit. Psychological Bulletin, 70(4), 213–220.",
    "Krippendorff, K. (2004). Content Analysis: An Introduction to Its Methodology (2nd ed.). Sage.",
    "Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Departmental Papers (ASC), University of Pennsylvania.",
    "Landis, J. R., & Koch, G. G. (1977). The measurement of observer agreement for categorical data. Biometrics, 33(1), 159–174.",
];

impl AgreementReport {
    /// Compares `second` with `first` over the indicators of their framework.
    pub fn between(
        project: &Project,
        first: &AssessmentId,
        second: &AssessmentId,
    ) -> Result<Self, AgreementError> {
        let find = |id: &AssessmentId| {
            project
                .assessment(id)
                .ok_or_else(|| AgreementError::UnknownAssessment(id.clone()))
        };
        let (a, b) = (find(first)?, find(second)?);
        if a.framework != b.framework {
            return Err(AgreementError::DifferentFrameworks);
        }
        let framework = project.framework_of(a);
        let scale = &framework.scale;
        let ratings = Ratings {
            scale: ScaleSpec::new(scale.min, scale.max, scale.step),
            pairs: framework
                .indicators
                .iter()
                .map(|indicator| (a.value(&indicator.id), b.value(&indicator.id)))
                .collect(),
        };
        let agreement = compare(&ratings).map_err(|_| AgreementError::MalformedScale)?;
        let rows = framework
            .indicators
            .iter()
            .zip(&agreement.items)
            .map(|(indicator, item)| AgreementRow {
                indicator: indicator.id.clone(),
                name: indicator.name.clone(),
                first: item.first,
                second: item.second,
                difference: item.difference,
                status: item.status,
            })
            .collect();
        Ok(AgreementReport {
            first: a.id.clone(),
            first_label: a.label.clone(),
            second: b.id.clone(),
            second_label: b.label.clone(),
            framework: a.framework,
            scale: scale.clone(),
            rows,
            agreement,
        })
    }

    /// Every statistic, in the order shown.
    pub fn statistics(&self) -> Vec<StatisticLine> {
        let a = &self.agreement;
        let plain = |statistic, value| StatisticLine {
            statistic,
            value,
            interval: None,
            band: None,
        };
        let kappa = |statistic, estimate: Result<Estimate<KappaBand>, Unavailable>| {
            coefficient(statistic, estimate, Band::Kappa)
        };
        vec![
            plain(Statistic::ExactAgreement, a.exact),
            plain(Statistic::WithinOneLevel, a.within_one_step),
            plain(Statistic::MeanDifference, a.mean_difference),
            kappa(Statistic::KappaLinear, a.kappa_linear),
            kappa(Statistic::KappaQuadratic, a.kappa_quadratic),
            coefficient(Statistic::AlphaOrdinal, a.alpha_ordinal, Band::Alpha),
        ]
    }

    /// The warning every view prints beside the statistics: how few pairs they
    /// rest on, and what that means for reading them.
    pub fn caution(&self, lang: Lang) -> String {
        let used = self.agreement.pairs_used;
        if self.agreement.unstable {
            Msg::AgreementUnstable.count(lang, used, &[&used, &STABLE_PAIRS])
        } else {
            Msg::AgreementPairsUsed.count(lang, used, &[&used])
        }
    }
}

fn coefficient<B: Copy>(
    statistic: Statistic,
    estimate: Result<Estimate<B>, Unavailable>,
    band: fn(B) -> Band,
) -> StatisticLine {
    match estimate {
        Ok(estimate) => StatisticLine {
            statistic,
            value: Ok(estimate.value),
            interval: Some(estimate.interval),
            band: Some(band(estimate.band)),
        },
        Err(reason) => StatisticLine {
            statistic,
            value: Err(reason),
            interval: None,
            band: None,
        },
    }
}

impl Statistic {
    /// Its name in `lang`.
    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            Statistic::ExactAgreement => Msg::StatExact,
            Statistic::WithinOneLevel => Msg::StatWithinOne,
            Statistic::MeanDifference => Msg::StatMeanDifference,
            Statistic::KappaLinear => Msg::StatKappaLinear,
            Statistic::KappaQuadratic => Msg::StatKappaQuadratic,
            Statistic::AlphaOrdinal => Msg::StatAlphaOrdinal,
        }
        .get(lang)
    }

    /// A stable machine name, for the CSV and the command line.
    pub fn key(self) -> &'static str {
        match self {
            Statistic::ExactAgreement => "exact_agreement",
            Statistic::WithinOneLevel => "within_one_level",
            Statistic::MeanDifference => "mean_difference",
            Statistic::KappaLinear => "kappa_linear",
            Statistic::KappaQuadratic => "kappa_quadratic",
            Statistic::AlphaOrdinal => "alpha_ordinal",
        }
    }

    /// Its formula, in the notation of the works in [`REFERENCES`]: `n` pairs
    /// used, levels `i, j` numbered from the lowest, `o` observed and `e`
    /// chance-expected proportions of the `k x k` table of levels.
    pub fn formula(self) -> &'static str {
        match self {
            Statistic::ExactAgreement => "p₀ = #(i = j) / n",
            Statistic::WithinOneLevel => "p₁ = #(|i − j| ≤ 1) / n",
            Statistic::MeanDifference => "d̄ = Σ (second − first) / n",
            Statistic::KappaLinear => {
                "κw = 1 − Σ wᵢⱼ oᵢⱼ / Σ wᵢⱼ eᵢⱼ,  wᵢⱼ = |i − j|  (Cohen 1968)"
            }
            Statistic::KappaQuadratic => {
                "κw = 1 − Σ wᵢⱼ oᵢⱼ / Σ wᵢⱼ eᵢⱼ,  wᵢⱼ = (i − j)²  (Cohen 1968)"
            }
            Statistic::AlphaOrdinal => {
                "α = 1 − Dₒ / Dₑ, ordinal distance δ²ck = (Σg=c..k n_g − (n_c + n_k)/2)²  (Krippendorff 2011)"
            }
        }
    }

    /// True for the shares, shown as percentages.
    pub fn is_share(self) -> bool {
        matches!(self, Statistic::ExactAgreement | Statistic::WithinOneLevel)
    }

    /// The value as every view writes it: a percentage for a share, three
    /// decimals for a coefficient, two for the mean difference.
    pub fn format(self, value: f64) -> String {
        match self {
            _ if self.is_share() => {
                let percent = format!("{:.1}", value * 100.0);
                format!("{}%", percent.trim_end_matches(".0"))
            }
            Statistic::MeanDifference => format!("{value:+.2}"),
            _ => format!("{value:.3}"),
        }
    }
}

impl Band {
    /// Its name in `lang`.
    pub fn name(self, lang: Lang) -> &'static str {
        match self {
            Band::Kappa(band) => match band {
                KappaBand::Poor => Msg::KappaPoor,
                KappaBand::Slight => Msg::KappaSlight,
                KappaBand::Fair => Msg::KappaFair,
                KappaBand::Moderate => Msg::KappaModerate,
                KappaBand::Substantial => Msg::KappaSubstantial,
                KappaBand::AlmostPerfect => Msg::KappaAlmostPerfect,
            },
            Band::Alpha(band) => match band {
                AlphaBand::Unacceptable => Msg::AlphaUnacceptable,
                AlphaBand::Tentative => Msg::AlphaTentative,
                AlphaBand::Acceptable => Msg::AlphaAcceptable,
            },
        }
        .get(lang)
    }

    /// A stable machine name, for the CSV.
    pub fn key(self) -> &'static str {
        match self {
            Band::Kappa(band) => band.key(),
            Band::Alpha(band) => band.key(),
        }
    }

    /// Who drew the band's lines: "Landis & Koch (1977)", "Krippendorff (2004)".
    pub fn source(self) -> &'static str {
        match self {
            Band::Kappa(_) => "Landis & Koch (1977)",
            Band::Alpha(_) => "Krippendorff (2004)",
        }
    }
}

/// An interval as every view writes it: `[0.231, 0.886]`.
pub fn format_interval(statistic: Statistic, interval: &ConfidenceInterval) -> String {
    format!(
        "[{}, {}]",
        statistic.format(interval.lower),
        statistic.format(interval.upper)
    )
}

/// Why a value or an interval is missing, in `lang`.
pub fn describe_unavailable(reason: Unavailable, lang: Lang) -> String {
    match reason {
        Unavailable::TooFewPairs { used, needed } => {
            Msg::AgreementTooFew.fill(lang, &[&used, &needed])
        }
        Unavailable::NoVariation => Msg::AgreementNoVariation.get(lang).to_owned(),
        Unavailable::BootstrapDisabled | Unavailable::InvalidConfidence => {
            Msg::AgreementNoInterval.get(lang).to_owned()
        }
        Unavailable::BootstrapDegenerate { usable, requested } => {
            Msg::AgreementDegenerate.fill(lang, &[&usable, &requested])
        }
    }
}

/// The confidence level of every interval shown, as a percentage.
pub fn confidence_percent() -> String {
    format!("{:.0}%", DEFAULT_CONFIDENCE * 100.0)
}

/// The pairs the project marks for comparison, as (first, second): every
/// assessment that scores another one again, after the one it scores. Pairs
/// that would not compare (a missing partner, another framework) are left out;
/// validation reports them.
pub fn compared_pairs(project: &Project) -> Vec<(AssessmentId, AssessmentId)> {
    project
        .assessments
        .iter()
        .filter_map(|second| {
            let first = project.assessment(second.compared_with.as_ref()?)?;
            (first.id != second.id && first.framework == second.framework)
                .then(|| (first.id.clone(), second.id.clone()))
        })
        .collect()
}

/// Every comparison the project marks, computed.
pub fn marked_comparisons(project: &Project) -> Vec<AgreementReport> {
    compared_pairs(project)
        .iter()
        .filter_map(|(first, second)| AgreementReport::between(project, first, second).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{AgreementError, AgreementReport, Band, Statistic, compared_pairs};
    use crate::analysis::agreement::{ItemStatus, KappaBand};
    use crate::model::{Assessment, AssessmentId, Framework, FrameworkSlot, Lang, Project};

    fn scored(id: &str, project: &Project, scores: &[Option<f64>]) -> Assessment {
        let mut assessment = Assessment::blank(AssessmentId::new(id), id, &project.framework);
        for (entry, score) in assessment.scores.iter_mut().zip(scores) {
            entry.score = *score;
        }
        assessment
    }

    fn two_coders() -> Project {
        let mut project = Project::new(Framework::deseve());
        let s = Some;
        let first = scored(
            "a",
            &project,
            &[
                s(4.0),
                s(3.0),
                s(5.0),
                s(2.0),
                s(4.0),
                s(3.0),
                s(4.0),
                s(2.0),
            ],
        );
        let mut second = scored(
            "b",
            &project,
            &[s(4.0), s(3.0), s(4.0), s(2.0), s(5.0), s(3.0), s(3.0), None],
        );
        second.compared_with = Some(AssessmentId::new("a"));
        project.assessments = vec![first, second];
        project
    }

    #[test]
    fn rows_follow_the_framework_and_the_statistics_come_named_and_banded() {
        let project = two_coders();
        let report =
            AgreementReport::between(&project, &AssessmentId::new("a"), &AssessmentId::new("b"))
                .expect("comparable");
        assert_eq!(report.rows.len(), 8);
        assert_eq!(report.rows[2].difference, Some(-1.0));
        assert_eq!(
            report.rows[7].status,
            ItemStatus::Unscored(super::super::agreement::Which::Second)
        );
        assert_eq!(report.agreement.pairs_used, 7);
        let lines = report.statistics();
        let keys: Vec<&str> = lines.iter().map(|l| l.statistic.key()).collect();
        assert_eq!(
            keys,
            [
                "exact_agreement",
                "within_one_level",
                "mean_difference",
                "kappa_linear",
                "kappa_quadratic",
                "alpha_ordinal"
            ]
        );
        let quadratic = lines[4];
        assert!(matches!(quadratic.band, Some(Band::Kappa(_))));
        assert!(quadratic.interval.expect("a coefficient").is_ok());
        assert_eq!(lines[0].band, None);
        assert_eq!(Statistic::ExactAgreement.format(0.625), "62.5%");
        assert_eq!(Statistic::WithinOneLevel.format(1.0), "100%");
        assert_eq!(Statistic::KappaLinear.format(0.65714), "0.657");
        assert_eq!(Statistic::MeanDifference.format(-0.125), "-0.12");
        assert_eq!(
            Band::Kappa(KappaBand::Fair).source(),
            "Landis & Koch (1977)"
        );
        assert!(
            report.caution(Lang::En).contains('7'),
            "{}",
            report.caution(Lang::En)
        );
        assert_eq!(
            compared_pairs(&project),
            vec![(AssessmentId::new("a"), AssessmentId::new("b"))]
        );
    }

    #[test]
    fn assessments_of_different_frameworks_do_not_compare() {
        let mut project = two_coders();
        project.second_framework = Some(Framework::built_in()[2].clone());
        project.assessments[1].framework = FrameworkSlot::Second;
        let result =
            AgreementReport::between(&project, &AssessmentId::new("a"), &AssessmentId::new("b"));
        assert_eq!(result, Err(AgreementError::DifferentFrameworks));
        assert!(compared_pairs(&project).is_empty());
        let missing =
            AgreementReport::between(&project, &AssessmentId::new("a"), &AssessmentId::new("z"));
        assert_eq!(
            missing,
            Err(AgreementError::UnknownAssessment(AssessmentId::new("z")))
        );
    }
}
