//! Agreement between two assessments of the same collaboration.
//!
//! A researcher and a second coder score the same indicators (for instance the
//! eight success indicators of the built-in framework) on one ordinal scale.
//! [`compare`] sets the two sets of scores side by side: per indicator the two
//! scores and their difference, then, over the indicators both coders scored,
//! percent agreement, Cohen's weighted kappa (linear and quadratic weights) and
//! Krippendorff's alpha for ordinal data, each with an interpretation band and
//! a bootstrap confidence interval.
//!
//! The module is pure: plain data in, plain data out, no I/O, no GUI types, no
//! dependency beyond `std`, and deterministic (the bootstrap draws from a
//! fixed-seed generator). It knows nothing of the app's model types; the caller
//! builds a [`Ratings`] from two assessments and translates the enums it gets
//! back ([`KappaBand`], [`AlphaBand`], [`Unavailable`], [`ItemStatus`]) into text.
//!
//! # Which pairs are used
//!
//! Each indicator gives one pair `(first, second)`: `first` is the researcher's
//! score, `second` the second coder's. A pair is *used* by the statistics when
//! both scores are present and on the scale; the others are listed with the
//! reason they were left out, and [`Agreement::pairs_used`] says how many
//! pairs every statistic rests on.
//!
//! - A missing score (`None`) leaves the pair out: [`ItemStatus::Unscored`].
//! - A score counts as a level of the scale when it lies within `1e-9` steps of
//!   one (so `0.1 + 0.2` is the level `0.3`).
//! - Any other score is *off the scale*: between two levels, below `min`,
//!   above `max`, NaN or infinite. By default ([`OffScalePolicy::Reject`]) such a
//!   pair is left out and reported as [`ItemStatus::OffScale`]; the app's own
//!   validation keeps scores on the scale, so an off-scale score means a data
//!   problem the researcher should see, not one to paper over. With
//!   [`OffScalePolicy::Snap`] a finite score is moved to the nearest level
//!   (clamped to `min..=max`, halfway rounds up) and the pair is used and marked
//!   [`ItemStatus::Snapped`]; NaN and infinities are still rejected.
//! - When a pair has both problems, off the scale wins over unscored.
//!
//! # The statistics
//!
//! Levels are numbered `0..k` from `min` in steps of `step`; `k` counts *every*
//! level of the scale, used or not, so an unused level between two used ones
//! still counts as a step of disagreement. Over the `n` used pairs:
//!
//! - **Exact agreement**: the share of pairs with the same level, in `[0, 1]`.
//! - **Agreement within one step**: the share with levels at most one step apart.
//! - **Mean difference**: the mean of `second - first`, in score units; positive
//!   when the second coder scores higher on average (a systematic offset).
//! - **Cohen's weighted kappa** (Cohen 1968), with *disagreement* weights `w_ij`
//!   on the `k x k` table of levels (rows: first coder, columns: second):
//!
//!   `kappa_w = 1 - sum(w_ij * o_ij) / sum(w_ij * e_ij)`
//!
//!   where `o_ij` is the observed proportion of pairs in cell `(i, j)` and
//!   `e_ij = p_i. * p_.j` the proportion expected by chance from the two coders'
//!   marginal proportions. Linear weights are `w_ij = |i - j|`, quadratic weights
//!   `w_ij = (i - j)^2`; dividing them by `k - 1` or `(k - 1)^2`, as some texts
//!   do, changes nothing since the factor cancels. The agreement-weight form
//!   `(p_o - p_e) / (1 - p_e)` with `1 - |i - j| / (k - 1)` (Cicchetti-Allison,
//!   "equal spacing") or `1 - (i - j)^2 / (k - 1)^2` (Fleiss-Cohen) gives the
//!   same numbers. The sums are taken over integer counts, so the value is exact
//!   up to the one final division. Both weightings lie in `[-1, 1]`.
//! - **Krippendorff's alpha for ordinal data** (Krippendorff 2011):
//!
//!   `alpha = 1 - D_o / D_e = 1 - (N - 1) * sum(o_ck * d_ck) / sum(n_c * n_k * d_ck)`
//!
//!   where `o_ck` is the coincidence matrix (each used pair `(a, b)` adds one to
//!   `o_ab` and one to `o_ba`), `n_c` the number of times level `c` was given by
//!   either coder, `N = 2n` the number of pairable values, and the ordinal
//!   distance is built from those marginal frequencies:
//!
//!   `d_ck = (sum_{g = c..=k} n_g - (n_c + n_k) / 2)^2`.
//!
//!   Levels nobody used have `n_g = 0` and so do not change alpha. A value whose
//!   partner is missing is unpairable and would add nothing to the coincidences,
//!   so using complete pairs only is exactly Krippendorff's treatment of missing
//!   data for two coders. For several coders, or for missing data in general,
//!   see [`krippendorff_alpha`].
//!
//! # Degenerate cases
//!
//! No statistic is ever NaN and nothing panics; a statistic that cannot be
//! computed is an `Err` carrying the reason ([`Unavailable`]):
//!
//! - Fewer than 2 used pairs: kappa and alpha (and their intervals) are
//!   [`Unavailable::TooFewPairs`]. The shares and the mean difference need one
//!   pair.
//! - Every used score is the same level (say all 3s from both coders): the
//!   agreement expected by chance is already perfect, kappa's and alpha's
//!   expected disagreement is 0 and both would be 0/0, so they are
//!   [`Unavailable::NoVariation`]. Exact agreement is then 1.
//! - A malformed scale (non-finite bounds, `step <= 0`, `max <= min`, no whole
//!   number of steps, more than 1000 steps) is a configuration error:
//!   [`compare`] returns [`ScaleError`] instead of an [`Agreement`].
//!
//! # Small samples and the confidence interval
//!
//! Eight indicators are very few pairs for a chance-corrected coefficient: one
//! changed score can move kappa by 0.2 or more. [`Agreement::unstable`] is set
//! when fewer than [`STABLE_PAIRS`] (10) pairs are used, and each estimate
//! carries a percentile bootstrap confidence interval over indicators:
//!
//! 1. Draw `n` of the `n` used pairs with replacement (a resample of indicators)
//!    and compute the three coefficients on it; repeat `resamples` times
//!    (default [`DEFAULT_RESAMPLES`] = 2000).
//! 2. Resamples in which the coefficient is undefined (all the drawn scores the
//!    same level) are dropped and counted in
//!    [`ConfidenceInterval::undefined_resamples`]. If fewer than half of the
//!    resamples are usable the interval is [`Unavailable::BootstrapDegenerate`].
//! 3. The interval is the `(1 - level) / 2` and `(1 + level) / 2` quantiles
//!    (default level 0.95) of the usable values, interpolated linearly between
//!    order statistics (Hyndman & Fan type 7, numpy's default).
//!
//! The generator is splitmix64 (Steele, Lea & Flood 2014) started from
//! [`Options::seed`] (default [`DEFAULT_SEED`]), and an index below `n` is taken
//! as the high 64 bits of `draw * n`; the same input therefore always gives
//! the same interval. With a handful of indicators the percentile bootstrap is
//! itself rough (too narrow, and lumpy because few distinct resamples exist):
//! read the interval as a warning about precision, not as exact inference.
//!
//! # Interpretation
//!
//! [`KappaBand`] follows Landis & Koch (1977): below 0 poor, 0-0.20 slight,
//! 0.21-0.40 fair, 0.41-0.60 moderate, 0.61-0.80 substantial, 0.81-1 almost
//! perfect. [`AlphaBand`] follows Krippendorff (2004): alpha >= .800 acceptable,
//! .667 <= alpha < .800 for tentative conclusions only, below .667 unacceptable.
//!
//! # References
//!
//! - Cohen, J. (1968). Weighted kappa: Nominal scale agreement with provision
//!   for scaled disagreement or partial credit. *Psychological Bulletin*, 70(4),
//!   213-220.
//! - Krippendorff, K. (2004). *Content Analysis: An Introduction to Its
//!   Methodology* (2nd ed.). Sage.
//! - Krippendorff, K. (2011). *Computing Krippendorff's Alpha-Reliability*.
//!   Departmental Papers (ASC), University of Pennsylvania.
//!   <https://repository.upenn.edu/asc_papers/43>
//! - Landis, J. R., & Koch, G. G. (1977). The measurement of observer agreement
//!   for categorical data. *Biometrics*, 33(1), 159-174.
//! - Hyndman, R. J., & Fan, Y. (1996). Sample quantiles in statistical
//!   packages. *The American Statistician*, 50(4), 361-365.
//! - Steele, G. L., Lea, D., & Flood, C. H. (2014). Fast splittable
//!   pseudorandom number generators. *OOPSLA 2014*, 453-472.

use std::fmt;

/// Below this many used pairs the statistics are flagged unstable
/// ([`Agreement::unstable`]).
pub const STABLE_PAIRS: usize = 10;

/// Bootstrap resamples drawn by default.
pub const DEFAULT_RESAMPLES: usize = 2000;

/// Confidence level of the bootstrap interval by default.
pub const DEFAULT_CONFIDENCE: f64 = 0.95;

/// The bootstrap generator's seed by default (the bytes of "SINERGI1").
pub const DEFAULT_SEED: u64 = 0x5349_4E45_5247_4931;

/// Kappa and alpha need at least this many used pairs.
const MIN_PAIRS: usize = 2;

/// A scale may have at most this many steps (as the app's `Scale` allows).
const MAX_STEPS: usize = 1000;

/// How far, in steps, a score may lie from a level and still count as it.
const LEVEL_TOLERANCE: f64 = 1e-9;

/// The ordinal scale both coders score on: the levels `min`, `min + step`, ...,
/// `max`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScaleSpec {
    /// The lowest level.
    pub min: f64,
    /// The highest level.
    pub max: f64,
    /// The distance between two neighbouring levels.
    pub step: f64,
}

/// Why a [`ScaleSpec`] describes no usable scale.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScaleError {
    /// `min`, `max` or `step` is NaN or infinite.
    NonFinite,
    /// `step` is zero or negative.
    NonPositiveStep,
    /// `max` is not above `min`, so the scale has fewer than two levels.
    EmptyRange,
    /// `max - min` is not a whole number of steps.
    UnevenSteps,
    /// More than 1000 steps from `min` to `max`.
    TooManyLevels,
}

impl fmt::Display for ScaleError {
    /// A developer-facing description; the UI translates the variant instead.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ScaleError::NonFinite => "the scale's min, max or step is not a finite number",
            ScaleError::NonPositiveStep => "the scale's step is not positive",
            ScaleError::EmptyRange => "the scale's max is not above its min",
            ScaleError::UnevenSteps => "the scale's range is not a whole number of steps",
            ScaleError::TooManyLevels => "the scale has more than 1000 steps",
        })
    }
}

impl std::error::Error for ScaleError {}

impl ScaleSpec {
    /// The scale from `min` to `max` in steps of `step`.
    #[must_use]
    pub const fn new(min: f64, max: f64, step: f64) -> Self {
        ScaleSpec { min, max, step }
    }

    /// The usual five-level scale, 1 to 5 in steps of 1.
    #[must_use]
    pub const fn one_to_five() -> Self {
        ScaleSpec::new(1.0, 5.0, 1.0)
    }

    /// The number of levels (at least 2), or why the scale is malformed.
    ///
    /// # Errors
    ///
    /// A [`ScaleError`] when the bounds or the step are not finite, the step is
    /// not positive, `max <= min`, the range is not a whole number of steps
    /// (within `1e-9` steps), or it has more than 1000 steps.
    pub fn level_count(&self) -> Result<usize, ScaleError> {
        let ScaleSpec { min, max, step } = *self;
        if !(min.is_finite() && max.is_finite() && step.is_finite()) {
            return Err(ScaleError::NonFinite);
        }
        if step <= 0.0 {
            return Err(ScaleError::NonPositiveStep);
        }
        if max <= min {
            return Err(ScaleError::EmptyRange);
        }
        let steps = (max - min) / step;
        if !steps.is_finite() || steps > to_f64(MAX_STEPS) + LEVEL_TOLERANCE {
            return Err(ScaleError::TooManyLevels);
        }
        if (steps - steps.round()).abs() > LEVEL_TOLERANCE {
            return Err(ScaleError::UnevenSteps);
        }
        match index_of(steps.round()) {
            // A range far smaller than one step.
            0 => Err(ScaleError::EmptyRange),
            steps => Ok(steps + 1),
        }
    }

    /// Every level, lowest first.
    ///
    /// # Errors
    ///
    /// As [`ScaleSpec::level_count`].
    pub fn levels(&self) -> Result<Vec<f64>, ScaleError> {
        let count = self.level_count()?;
        Ok((0..count).map(|level| self.value(level)).collect())
    }

    /// The score of level `level` (0 is `min`).
    #[must_use]
    pub fn value(&self, level: usize) -> f64 {
        self.min + to_f64(level) * self.step
    }

    /// The level `score` stands for, when it lies within `1e-9` steps of one;
    /// `None` off the scale, for NaN and infinities, and on a malformed scale.
    #[must_use]
    pub fn level_of(&self, score: f64) -> Option<usize> {
        let count = self.level_count().ok()?;
        if !score.is_finite() {
            return None;
        }
        let position = (score - self.min) / self.step;
        let nearest = position.round();
        let on_a_level = (position - nearest).abs() <= LEVEL_TOLERANCE;
        let in_range = nearest >= 0.0 && nearest <= to_f64(count - 1);
        (on_a_level && in_range).then(|| index_of(nearest))
    }

    /// The level nearest to `score` after clamping it to `min..=max` (halfway
    /// between two levels goes to the higher); `None` for NaN and infinities
    /// and on a malformed scale.
    #[must_use]
    pub fn nearest_level(&self, score: f64) -> Option<usize> {
        let count = self.level_count().ok()?;
        if !score.is_finite() {
            return None;
        }
        let position = ((score.max(self.min).min(self.max) - self.min) / self.step).round();
        Some(index_of(position).min(count - 1))
    }
}

/// Two assessments of the same indicators on one scale: the input of [`compare`].
#[derive(Clone, Debug, PartialEq)]
pub struct Ratings {
    /// The scale both coders scored on.
    pub scale: ScaleSpec,
    /// Per indicator, in the caller's order: the researcher's score and the
    /// second coder's, `None` where that coder left the indicator unscored.
    pub pairs: Vec<(Option<f64>, Option<f64>)>,
}

/// What to do with a score that is not a level of the scale.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum OffScalePolicy {
    /// Leave the pair out of the statistics ([`ItemStatus::OffScale`]).
    #[default]
    Reject,
    /// Move a finite score to the nearest level, clamped to the scale, and use
    /// the pair ([`ItemStatus::Snapped`]); NaN and infinities are still rejected.
    Snap,
}

/// How [`compare_with`] treats off-scale scores and draws the bootstrap.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Options {
    /// What to do with a score that is not a level of the scale.
    pub off_scale: OffScalePolicy,
    /// Bootstrap resamples; 0 switches the confidence intervals off.
    pub resamples: usize,
    /// Confidence level of the intervals, strictly between 0 and 1.
    pub confidence: f64,
    /// Seed of the bootstrap's generator.
    pub seed: u64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            off_scale: OffScalePolicy::Reject,
            resamples: DEFAULT_RESAMPLES,
            confidence: DEFAULT_CONFIDENCE,
            seed: DEFAULT_SEED,
        }
    }
}

/// Which of the two scores of a pair something applies to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Which {
    /// The researcher's score.
    First,
    /// The second coder's score.
    Second,
    /// Both scores.
    Both,
}

impl Which {
    /// `First`, `Second` or `Both` as the two flags say; `None` when neither.
    fn from_flags(first: bool, second: bool) -> Option<Which> {
        match (first, second) {
            (true, true) => Some(Which::Both),
            (true, false) => Some(Which::First),
            (false, true) => Some(Which::Second),
            (false, false) => None,
        }
    }
}

/// Whether an indicator's pair of scores entered the statistics, and if not why.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ItemStatus {
    /// Both scores are levels of the scale: the pair is used.
    Used,
    /// Used, after moving these scores to the nearest level
    /// ([`OffScalePolicy::Snap`]).
    Snapped(Which),
    /// Left out: this coder (or both) gave no score.
    Unscored(Which),
    /// Left out: this score (or both) is not a level of the scale (or is NaN or
    /// infinite).
    OffScale(Which),
}

impl ItemStatus {
    /// True when the pair entered the statistics.
    #[must_use]
    pub fn is_used(self) -> bool {
        matches!(self, ItemStatus::Used | ItemStatus::Snapped(_))
    }
}

/// One indicator's two scores side by side.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ItemComparison {
    /// The researcher's score, as given.
    pub first: Option<f64>,
    /// The second coder's score, as given.
    pub second: Option<f64>,
    /// `second - first` in score units, between the levels used (so after
    /// snapping); `None` when the pair is left out.
    pub difference: Option<f64>,
    /// The same difference counted in steps of the scale.
    pub steps: Option<i64>,
    /// Whether the pair was used, and if not why.
    pub status: ItemStatus,
}

/// Why a statistic or an interval could not be computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Unavailable {
    /// Fewer pairs (for [`krippendorff_alpha`]: pairable units) than the
    /// statistic needs.
    TooFewPairs {
        /// How many there were.
        used: usize,
        /// How many the statistic needs.
        needed: usize,
    },
    /// Every used score is the same level, so the disagreement expected by
    /// chance is zero and the coefficient would be 0/0.
    NoVariation,
    /// The bootstrap is switched off ([`Options::resamples`] is 0).
    BootstrapDisabled,
    /// Fewer than half the resamples gave a defined coefficient.
    BootstrapDegenerate {
        /// Resamples with a defined coefficient.
        usable: usize,
        /// Resamples drawn.
        requested: usize,
    },
    /// [`Options::confidence`] is not strictly between 0 and 1.
    InvalidConfidence,
}

/// Landis & Koch's (1977) labels for a kappa.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum KappaBand {
    /// Below 0: less agreement than chance.
    Poor,
    /// 0 to 0.20.
    Slight,
    /// Above 0.20, up to 0.40.
    Fair,
    /// Above 0.40, up to 0.60.
    Moderate,
    /// Above 0.60, up to 0.80.
    Substantial,
    /// Above 0.80.
    AlmostPerfect,
}

impl KappaBand {
    /// Every band, lowest first.
    pub const ALL: [KappaBand; 6] = [
        KappaBand::Poor,
        KappaBand::Slight,
        KappaBand::Fair,
        KappaBand::Moderate,
        KappaBand::Substantial,
        KappaBand::AlmostPerfect,
    ];

    /// The band of `kappa`. Landis & Koch print two-decimal ranges (0.21-0.40
    /// fair); here each band includes its upper bound and the value is not
    /// rounded first, so 0.20 is slight and 0.2001 fair. NaN counts as poor.
    #[must_use]
    pub fn of(kappa: f64) -> Self {
        if kappa.is_nan() || kappa < 0.0 {
            KappaBand::Poor
        } else if kappa <= 0.20 {
            KappaBand::Slight
        } else if kappa <= 0.40 {
            KappaBand::Fair
        } else if kappa <= 0.60 {
            KappaBand::Moderate
        } else if kappa <= 0.80 {
            KappaBand::Substantial
        } else {
            KappaBand::AlmostPerfect
        }
    }

    /// A stable machine name, for the CLI and exports.
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            KappaBand::Poor => "poor",
            KappaBand::Slight => "slight",
            KappaBand::Fair => "fair",
            KappaBand::Moderate => "moderate",
            KappaBand::Substantial => "substantial",
            KappaBand::AlmostPerfect => "almost-perfect",
        }
    }
}

/// Krippendorff's (2004) standard for an alpha.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AlphaBand {
    /// Below .667: the data should not be relied on.
    Unacceptable,
    /// From .667 up to (not including) .800: for tentative conclusions only.
    Tentative,
    /// .800 or above: acceptable.
    Acceptable,
}

impl AlphaBand {
    /// Every band, lowest first.
    pub const ALL: [AlphaBand; 3] = [
        AlphaBand::Unacceptable,
        AlphaBand::Tentative,
        AlphaBand::Acceptable,
    ];

    /// The band of `alpha`, with the thresholds as printed (.667 and .800), not
    /// rounded first. NaN counts as unacceptable.
    #[must_use]
    pub fn of(alpha: f64) -> Self {
        if alpha >= 0.800 {
            AlphaBand::Acceptable
        } else if alpha >= 0.667 {
            AlphaBand::Tentative
        } else {
            AlphaBand::Unacceptable
        }
    }

    /// A stable machine name, for the CLI and exports.
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            AlphaBand::Unacceptable => "unacceptable",
            AlphaBand::Tentative => "tentative",
            AlphaBand::Acceptable => "acceptable",
        }
    }
}

/// A percentile bootstrap confidence interval.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ConfidenceInterval {
    /// The lower bound.
    pub lower: f64,
    /// The upper bound.
    pub upper: f64,
    /// The confidence level, e.g. 0.95.
    pub level: f64,
    /// Resamples that gave a defined coefficient; the bounds are their quantiles.
    pub usable_resamples: usize,
    /// Resamples left out because the coefficient was undefined on them (all
    /// drawn scores the same level).
    pub undefined_resamples: usize,
}

/// A coefficient, its interpretation band and its confidence interval.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Estimate<B> {
    /// The coefficient on the used pairs.
    pub value: f64,
    /// How the literature reads the value.
    pub band: B,
    /// The bootstrap interval, or why there is none.
    pub interval: Result<ConfidenceInterval, Unavailable>,
}

/// Everything [`compare`] finds about two assessments.
#[derive(Clone, Debug, PartialEq)]
pub struct Agreement {
    /// Per indicator, in the order of [`Ratings::pairs`]: the two scores, their
    /// difference and whether the pair was used.
    pub items: Vec<ItemComparison>,
    /// The number of levels of the scale (kappa's categories).
    pub levels: usize,
    /// Pairs the statistics rest on: both scores present and on the scale
    /// (or snapped to it).
    pub pairs_used: usize,
    /// Pairs left out for a missing score.
    pub unscored: usize,
    /// Pairs left out for an off-scale, NaN or infinite score.
    pub off_scale: usize,
    /// Used pairs in which a score was snapped to the nearest level.
    pub snapped: usize,
    /// True when fewer than [`STABLE_PAIRS`] pairs are used: the coefficients
    /// can then swing widely with a single score.
    pub unstable: bool,
    /// The mean of `second - first` over the used pairs, in score units.
    pub mean_difference: Result<f64, Unavailable>,
    /// The share of used pairs with the same level, in `[0, 1]`.
    pub exact: Result<f64, Unavailable>,
    /// The share of used pairs at most one step apart, in `[0, 1]`.
    pub within_one_step: Result<f64, Unavailable>,
    /// Cohen's kappa with linear disagreement weights `|i - j|`.
    pub kappa_linear: Result<Estimate<KappaBand>, Unavailable>,
    /// Cohen's kappa with quadratic disagreement weights `(i - j)^2`.
    pub kappa_quadratic: Result<Estimate<KappaBand>, Unavailable>,
    /// Krippendorff's alpha with the ordinal metric.
    pub alpha_ordinal: Result<Estimate<AlphaBand>, Unavailable>,
}

/// Compares two assessments with the default [`Options`]: off-scale scores
/// rejected, 2000 bootstrap resamples, 95% intervals, the fixed default seed.
///
/// # Errors
///
/// A [`ScaleError`] when `ratings.scale` is malformed.
///
/// The module's tests hold a worked example
/// (`the_documented_example_holds`): eight indicators, five scored alike and
/// three one step apart, give exact agreement 0.625 and a quadratic kappa in
/// Landis & Koch's "almost perfect" band, flagged unstable.
pub fn compare(ratings: &Ratings) -> Result<Agreement, ScaleError> {
    compare_with(ratings, &Options::default())
}

/// Compares two assessments: see the [module documentation](self) for what is
/// computed and how.
///
/// # Errors
///
/// A [`ScaleError`] when `ratings.scale` is malformed.
pub fn compare_with(ratings: &Ratings, options: &Options) -> Result<Agreement, ScaleError> {
    let scale = ratings.scale;
    let levels = scale.level_count()?;

    let mut items = Vec::with_capacity(ratings.pairs.len());
    let mut used = Vec::with_capacity(ratings.pairs.len());
    let (mut unscored, mut off_scale, mut snapped) = (0, 0, 0);
    for &(first, second) in &ratings.pairs {
        let a = place(&scale, first, options.off_scale);
        let b = place(&scale, second, options.off_scale);
        let status = if let Some(which) = Which::from_flags(a.is_off(), b.is_off()) {
            off_scale += 1;
            ItemStatus::OffScale(which)
        } else if let Some(which) = Which::from_flags(a.is_missing(), b.is_missing()) {
            unscored += 1;
            ItemStatus::Unscored(which)
        } else if let Some(which) = Which::from_flags(a.is_snapped(), b.is_snapped()) {
            snapped += 1;
            ItemStatus::Snapped(which)
        } else {
            ItemStatus::Used
        };
        let (difference, steps) = match (a.level(), b.level()) {
            (Some(i), Some(j)) if status.is_used() => {
                used.push((i, j));
                (
                    Some(scale.value(j) - scale.value(i)),
                    Some(signed_steps(i, j)),
                )
            }
            _ => (None, None),
        };
        items.push(ItemComparison {
            first,
            second,
            difference,
            steps,
            status,
        });
    }

    let n = used.len();
    let share = |close: fn(usize, usize) -> bool| {
        at_least(n, 1)?;
        let count = used.iter().filter(|&&(i, j)| close(i, j)).count();
        Ok(to_f64(count) / to_f64(n))
    };
    let exact = share(|i, j| i == j);
    let within_one_step = share(|i, j| i.abs_diff(j) <= 1);
    let mean_difference = at_least(n, 1).map(|()| {
        let total_steps: i64 = used.iter().map(|&(i, j)| signed_steps(i, j)).sum();
        total_steps_f64(total_steps) * scale.step / to_f64(n)
    });

    let point = Coefficients::of(&used);
    let [ci_linear, ci_quadratic, ci_alpha] = if point.any_defined() {
        bootstrap(&used, options, point)
    } else {
        // Never read: without a point estimate there is no Estimate to hold it.
        [Err(Unavailable::NoVariation); 3]
    };
    let kappa_estimate = |value: Result<f64, Unavailable>, interval| {
        value.map(|value| Estimate {
            value,
            band: KappaBand::of(value),
            interval,
        })
    };

    Ok(Agreement {
        items,
        levels,
        pairs_used: n,
        unscored,
        off_scale,
        snapped,
        unstable: n < STABLE_PAIRS,
        mean_difference,
        exact,
        within_one_step,
        kappa_linear: kappa_estimate(point.kappa_linear, ci_linear),
        kappa_quadratic: kappa_estimate(point.kappa_quadratic, ci_quadratic),
        alpha_ordinal: point.alpha_ordinal.map(|value| Estimate {
            value,
            band: AlphaBand::of(value),
            interval: ci_alpha,
        }),
    })
}

/// The difference function of [`krippendorff_alpha`] (its level of measurement).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Metric {
    /// Values are categories: any two different values differ by 1.
    Nominal,
    /// Values are ranks: the distance grows with how many values were given
    /// between the two (Krippendorff's ordinal metric).
    Ordinal,
    /// Values are numbers on an interval scale: the squared difference.
    Interval,
}

/// Krippendorff's alpha for any number of coders, with missing values.
///
/// `units` has one row per unit (indicator): the values the coders gave it,
/// `None` (or a NaN or infinite value) where a coder gave none; rows may differ
/// in length. A unit with fewer than two values is unpairable and ignored. The
/// values' domain is the set of values present: unused levels change neither
/// the ordinal nor the interval nor the nominal alpha. Values are compared
/// exactly, so pass levels, not noisy floats. This follows the coincidence
/// matrix computation of Krippendorff (2011): each unit `u` with `m_u >= 2`
/// values adds `1 / (m_u - 1)` to `o_ck` for every ordered pair of its values,
/// and `alpha = 1 - D_o / D_e` with `D_o = sum(o_ck d_ck) / n` and
/// `D_e = sum(n_c n_k d_ck) / (n (n - 1))`.
///
/// # Errors
///
/// [`Unavailable::TooFewPairs`] when no unit has two values,
/// [`Unavailable::NoVariation`] when all pairable values are equal.
pub fn krippendorff_alpha<Unit: AsRef<[Option<f64>]>>(
    units: &[Unit],
    metric: Metric,
) -> Result<f64, Unavailable> {
    let present = |unit: &Unit| -> Vec<f64> {
        unit.as_ref()
            .iter()
            .flatten()
            .copied()
            .filter(|v| v.is_finite())
            .collect()
    };
    let pairable: Vec<Vec<f64>> = units
        .iter()
        .map(present)
        .filter(|values| values.len() >= 2)
        .collect();
    if pairable.is_empty() {
        return Err(Unavailable::TooFewPairs { used: 0, needed: 1 });
    }
    let mut domain: Vec<f64> = pairable.iter().flatten().copied().collect();
    domain.sort_by(f64::total_cmp);
    domain.dedup();
    let index = |value: f64| {
        domain
            .binary_search_by(|probe| probe.total_cmp(&value))
            .unwrap_or_else(|at| at)
    };

    let v = domain.len();
    let mut coincidences = vec![0.0_f64; v * v];
    for values in &pairable {
        let weight = 1.0 / to_f64(values.len() - 1);
        for (x, &first) in values.iter().enumerate() {
            for (y, &second) in values.iter().enumerate() {
                if x != y {
                    coincidences[index(first) * v + index(second)] += weight;
                }
            }
        }
    }
    let marginals: Vec<f64> = coincidences.chunks(v).map(|row| row.iter().sum()).collect();
    let total: f64 = marginals.iter().sum();

    let mut cumulative = Vec::with_capacity(v + 1);
    cumulative.push(0.0);
    for &count in &marginals {
        cumulative.push(cumulative.last().copied().unwrap_or(0.0) + count);
    }
    let distance = |c: usize, k: usize| -> f64 {
        match metric {
            Metric::Nominal => f64::from(u8::from(c != k)),
            Metric::Ordinal => {
                let (low, high) = (c.min(k), c.max(k));
                let between = cumulative[high + 1] - cumulative[low];
                (between - f64::midpoint(marginals[c], marginals[k])).powi(2)
            }
            Metric::Interval => (domain[c] - domain[k]).powi(2),
        }
    };

    let (mut observed, mut expected) = (0.0, 0.0);
    for c in 0..v {
        for k in 0..v {
            let d = distance(c, k);
            observed += coincidences[c * v + k] * d;
            expected += marginals[c] * marginals[k] * d;
        }
    }
    let observed = observed / total;
    let expected = expected / (total * (total - 1.0));
    if expected <= 0.0 {
        return Err(Unavailable::NoVariation);
    }
    Ok(1.0 - observed / expected)
}

/// Where one score lands on the scale.
#[derive(Clone, Copy)]
enum Placed {
    /// No score.
    Missing,
    /// A level of the scale.
    Level(usize),
    /// Moved to this level ([`OffScalePolicy::Snap`]).
    Snapped(usize),
    /// Not a level, and not moved.
    Off,
}

impl Placed {
    fn is_missing(self) -> bool {
        matches!(self, Placed::Missing)
    }
    fn is_off(self) -> bool {
        matches!(self, Placed::Off)
    }
    fn is_snapped(self) -> bool {
        matches!(self, Placed::Snapped(_))
    }
    fn level(self) -> Option<usize> {
        match self {
            Placed::Level(level) | Placed::Snapped(level) => Some(level),
            Placed::Missing | Placed::Off => None,
        }
    }
}

fn place(scale: &ScaleSpec, score: Option<f64>, policy: OffScalePolicy) -> Placed {
    let Some(score) = score else {
        return Placed::Missing;
    };
    if let Some(level) = scale.level_of(score) {
        return Placed::Level(level);
    }
    match policy {
        OffScalePolicy::Reject => Placed::Off,
        OffScalePolicy::Snap => scale
            .nearest_level(score)
            .map_or(Placed::Off, Placed::Snapped),
    }
}

/// `Ok` when there are at least `needed` pairs.
fn at_least(used: usize, needed: usize) -> Result<(), Unavailable> {
    if used >= needed {
        Ok(())
    } else {
        Err(Unavailable::TooFewPairs { used, needed })
    }
}

/// The three coefficients on one set of pairs (levels of the first and the
/// second coder).
#[derive(Clone, Copy)]
struct Coefficients {
    kappa_linear: Result<f64, Unavailable>,
    kappa_quadratic: Result<f64, Unavailable>,
    alpha_ordinal: Result<f64, Unavailable>,
}

impl Coefficients {
    fn of(pairs: &[(usize, usize)]) -> Self {
        Coefficients {
            kappa_linear: weighted_kappa(pairs, Weights::Linear),
            kappa_quadratic: weighted_kappa(pairs, Weights::Quadratic),
            alpha_ordinal: ordinal_alpha(pairs),
        }
    }

    fn any_defined(&self) -> bool {
        self.kappa_linear.is_ok() || self.kappa_quadratic.is_ok() || self.alpha_ordinal.is_ok()
    }

    fn as_array(&self) -> [Result<f64, Unavailable>; 3] {
        [self.kappa_linear, self.kappa_quadratic, self.alpha_ordinal]
    }
}

/// Kappa's disagreement weights, as integers (the scaling cancels).
#[derive(Clone, Copy)]
enum Weights {
    Linear,
    Quadratic,
}

impl Weights {
    fn between(self, i: usize, j: usize) -> u128 {
        let distance = widen(i.abs_diff(j));
        match self {
            Weights::Linear => distance,
            Weights::Quadratic => distance * distance,
        }
    }
}

/// How many times each level occurs, as `(level, count)` sorted by level.
fn tally(levels: impl Iterator<Item = usize>) -> Vec<(usize, u128)> {
    let mut sorted: Vec<usize> = levels.collect();
    sorted.sort_unstable();
    let mut counts: Vec<(usize, u128)> = Vec::new();
    for level in sorted {
        match counts.last_mut() {
            Some((last, count)) if *last == level => *count += 1,
            _ => counts.push((level, 1)),
        }
    }
    counts
}

/// Cohen's weighted kappa on `pairs`, `1 - n * sum(w * count) / sum(w * row * column)`
/// in exact integer sums (the proportions' `n` and `n^2` reduce to one `n`).
fn weighted_kappa(pairs: &[(usize, usize)], weights: Weights) -> Result<f64, Unavailable> {
    at_least(pairs.len(), MIN_PAIRS)?;
    let observed: u128 = pairs.iter().map(|&(i, j)| weights.between(i, j)).sum();
    let rows = tally(pairs.iter().map(|&(i, _)| i));
    let columns = tally(pairs.iter().map(|&(_, j)| j));
    let expected: u128 = rows
        .iter()
        .flat_map(|&(i, row)| {
            columns
                .iter()
                .map(move |&(j, column)| weights.between(i, j) * row * column)
        })
        .sum();
    if expected == 0 {
        return Err(Unavailable::NoVariation);
    }
    Ok(1.0 - ratio(widen(pairs.len()) * observed, expected))
}

/// Krippendorff's ordinal alpha for two coders on complete `pairs`, in exact
/// integer sums: the distances are taken doubled before squaring,
/// `(2 * sum_{g=c..=k} n_g - n_c - n_k)^2 = 4 d_ck`, and the 4 cancels.
fn ordinal_alpha(pairs: &[(usize, usize)]) -> Result<f64, Unavailable> {
    at_least(pairs.len(), MIN_PAIRS)?;
    let counts = tally(pairs.iter().flat_map(|&(i, j)| [i, j]));
    let mut cumulative = Vec::with_capacity(counts.len() + 1);
    cumulative.push(0_u128);
    for &(_, count) in &counts {
        cumulative.push(cumulative.last().copied().unwrap_or(0) + count);
    }
    // Positions c <= k in `counts`.
    let distance = |c: usize, k: usize| -> u128 {
        let between = cumulative[k + 1] - cumulative[c];
        let doubled = 2 * between - counts[c].1 - counts[k].1;
        doubled * doubled
    };
    let position = |level: usize| {
        counts
            .binary_search_by_key(&level, |&(at, _)| at)
            .unwrap_or_else(|at| at)
    };
    // Each pair is two coincidences, (a, b) and (b, a).
    let observed: u128 = pairs
        .iter()
        .map(|&(i, j)| {
            let (c, k) = (position(i.min(j)), position(i.max(j)));
            2 * distance(c, k)
        })
        .sum();
    let mut expected = 0_u128;
    for c in 0..counts.len() {
        for k in c + 1..counts.len() {
            expected += 2 * counts[c].1 * counts[k].1 * distance(c, k);
        }
    }
    if expected == 0 {
        return Err(Unavailable::NoVariation);
    }
    let values = 2 * widen(pairs.len());
    Ok(1.0 - ratio((values - 1) * observed, expected))
}

/// Percentile bootstrap intervals for the three coefficients, over `pairs`.
fn bootstrap(
    pairs: &[(usize, usize)],
    options: &Options,
    point: Coefficients,
) -> [Result<ConfidenceInterval, Unavailable>; 3] {
    let failed = |reason| [Err(reason); 3];
    if let Err(reason) = at_least(pairs.len(), MIN_PAIRS) {
        return failed(reason);
    }
    if options.resamples == 0 {
        return failed(Unavailable::BootstrapDisabled);
    }
    if !(options.confidence > 0.0 && options.confidence < 1.0) {
        return failed(Unavailable::InvalidConfidence);
    }

    let mut generator = SplitMix64::new(options.seed);
    let mut resample = vec![(0, 0); pairs.len()];
    let mut values: [Vec<f64>; 3] = std::array::from_fn(|_| Vec::with_capacity(options.resamples));
    for _ in 0..options.resamples {
        for slot in &mut resample {
            *slot = pairs[generator.below(pairs.len())];
        }
        for (collected, value) in values
            .iter_mut()
            .zip(Coefficients::of(&resample).as_array())
        {
            if let Ok(value) = value {
                collected.push(value);
            }
        }
    }

    let tail = (1.0 - options.confidence) / 2.0;
    let mut intervals = failed(Unavailable::NoVariation);
    for ((interval, mut collected), estimate) in
        intervals.iter_mut().zip(values).zip(point.as_array())
    {
        if let Err(reason) = estimate {
            *interval = Err(reason);
            continue;
        }
        let usable = collected.len();
        if usable * 2 < options.resamples {
            *interval = Err(Unavailable::BootstrapDegenerate {
                usable,
                requested: options.resamples,
            });
            continue;
        }
        collected.sort_by(f64::total_cmp);
        *interval = Ok(ConfidenceInterval {
            lower: quantile(&collected, tail),
            upper: quantile(&collected, 1.0 - tail),
            level: options.confidence,
            usable_resamples: usable,
            undefined_resamples: options.resamples - usable,
        });
    }
    intervals
}

/// The `p` quantile of non-empty `sorted` values, interpolated linearly between
/// order statistics (Hyndman & Fan type 7).
fn quantile(sorted: &[f64], p: f64) -> f64 {
    let position = to_f64(sorted.len() - 1) * p;
    let below = position.floor();
    let at = index_of(below).min(sorted.len() - 1);
    match sorted.get(at + 1) {
        Some(&next) => sorted[at] + (position - below) * (next - sorted[at]),
        None => sorted[at],
    }
}

/// splitmix64 (Steele, Lea & Flood 2014): a tiny, fast, well-mixed generator,
/// plenty for drawing bootstrap indices.
struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    fn new(seed: u64) -> Self {
        SplitMix64 { state: seed }
    }

    fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// An index in `0..n` (`n > 0`): the high 64 bits of `draw * n`, whose bias
    /// is below `n / 2^64`.
    fn below(&mut self, n: usize) -> usize {
        let scaled = (u128::from(self.next_u64()) * widen(n)) >> 64;
        usize::try_from(scaled).unwrap_or(n - 1)
    }
}

/// `i` to `j` in signed steps.
fn signed_steps(i: usize, j: usize) -> i64 {
    let distance = i64::try_from(i.abs_diff(j)).unwrap_or(i64::MAX);
    if j >= i { distance } else { -distance }
}

fn widen(n: usize) -> u128 {
    // usize is at most 64 bits on every supported target.
    n as u128
}

/// A count as a float; counts here are far below 2^52, so exactly.
#[allow(clippy::cast_precision_loss)]
fn to_f64(n: usize) -> f64 {
    n as f64
}

/// A signed sum of steps as a float; far below 2^52, so exactly.
#[allow(clippy::cast_precision_loss)]
fn total_steps_f64(n: i64) -> f64 {
    n as f64
}

/// `numerator / denominator` of two exact integer sums.
#[allow(clippy::cast_precision_loss)]
fn ratio(numerator: u128, denominator: u128) -> f64 {
    numerator as f64 / denominator as f64
}

/// A whole, non-negative float (at most 1000 here) as an index.
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
fn index_of(whole: f64) -> usize {
    whole.max(0.0) as usize
}

#[cfg(test)]
#[allow(
    clippy::float_cmp,
    reason = "the module computes these values exactly; equality is what is tested"
)]
mod tests {
    use super::*;

    fn ratings(scale: ScaleSpec, pairs: &[(Option<f64>, Option<f64>)]) -> Ratings {
        Ratings {
            scale,
            pairs: pairs.to_vec(),
        }
    }

    fn both(first: &[f64], second: &[f64]) -> Ratings {
        Ratings {
            scale: ScaleSpec::one_to_five(),
            pairs: first
                .iter()
                .zip(second)
                .map(|(&a, &b)| (Some(a), Some(b)))
                .collect(),
        }
    }

    #[test]
    fn the_documented_example_holds() {
        let researcher = [4.0, 3.0, 5.0, 2.0, 4.0, 3.0, 4.0, 2.0];
        let second_coder = [4.0, 3.0, 4.0, 2.0, 5.0, 3.0, 3.0, 2.0];
        let agreement = compare(&both(&researcher, &second_coder)).expect("a well-formed scale");
        assert_eq!(agreement.pairs_used, 8);
        assert!(agreement.unstable); // fewer than 10 pairs
        assert_eq!(agreement.exact, Ok(0.625));
        let kappa = agreement.kappa_quadratic.expect("scores vary");
        assert_eq!(kappa.band, KappaBand::AlmostPerfect);
    }

    #[test]
    fn scales_are_checked_like_the_apps() {
        assert_eq!(ScaleSpec::one_to_five().level_count(), Ok(5));
        assert_eq!(ScaleSpec::new(0.0, 10.0, 2.0).level_count(), Ok(6));
        assert_eq!(ScaleSpec::new(0.0, 0.3, 0.1).level_count(), Ok(4));
        assert_eq!(
            ScaleSpec::new(1.0, 1.0, 1.0).level_count(),
            Err(ScaleError::EmptyRange)
        );
        assert_eq!(
            ScaleSpec::new(5.0, 1.0, 1.0).level_count(),
            Err(ScaleError::EmptyRange)
        );
        assert_eq!(
            ScaleSpec::new(1.0, 5.0, 0.0).level_count(),
            Err(ScaleError::NonPositiveStep)
        );
        assert_eq!(
            ScaleSpec::new(1.0, 5.0, -1.0).level_count(),
            Err(ScaleError::NonPositiveStep)
        );
        assert_eq!(
            ScaleSpec::new(1.0, 5.0, 1.5).level_count(),
            Err(ScaleError::UnevenSteps)
        );
        assert_eq!(
            ScaleSpec::new(f64::NAN, 5.0, 1.0).level_count(),
            Err(ScaleError::NonFinite)
        );
        assert_eq!(
            ScaleSpec::new(1.0, f64::INFINITY, 1.0).level_count(),
            Err(ScaleError::NonFinite)
        );
        assert_eq!(ScaleSpec::new(0.0, 1000.0, 1.0).level_count(), Ok(1001));
        assert_eq!(
            ScaleSpec::new(0.0, 1001.0, 1.0).level_count(),
            Err(ScaleError::TooManyLevels)
        );
        assert_eq!(
            ScaleSpec::new(0.0, 1.0, 1e-300).level_count(),
            Err(ScaleError::TooManyLevels)
        );
        assert_eq!(
            ScaleSpec::new(1.0, 3.0, 0.5).levels(),
            Ok(vec![1.0, 1.5, 2.0, 2.5, 3.0])
        );
    }

    #[test]
    fn levels_tolerate_float_noise_only() {
        let tenths = ScaleSpec::new(0.0, 1.0, 0.1);
        assert_eq!(tenths.level_of(0.1 + 0.2), Some(3));
        assert_eq!(tenths.level_of(0.35), None);
        let scale = ScaleSpec::one_to_five();
        assert_eq!(scale.level_of(3.0), Some(2));
        assert_eq!(scale.level_of(3.0 + 1e-12), Some(2));
        assert_eq!(scale.level_of(3.5), None);
        assert_eq!(scale.level_of(0.0), None);
        assert_eq!(scale.level_of(6.0), None);
        assert_eq!(scale.level_of(f64::NAN), None);
        assert_eq!(scale.nearest_level(3.5), Some(3));
        assert_eq!(scale.nearest_level(3.4), Some(2));
        assert_eq!(scale.nearest_level(-7.0), Some(0));
        assert_eq!(scale.nearest_level(70.0), Some(4));
        assert_eq!(scale.nearest_level(f64::INFINITY), None);
    }

    #[test]
    fn bands_follow_the_printed_thresholds() {
        let kappa = [
            (-0.01, KappaBand::Poor),
            (0.0, KappaBand::Slight),
            (0.20, KappaBand::Slight),
            (0.2001, KappaBand::Fair),
            (0.40, KappaBand::Fair),
            (0.41, KappaBand::Moderate),
            (0.60, KappaBand::Moderate),
            (0.61, KappaBand::Substantial),
            (0.80, KappaBand::Substantial),
            (0.81, KappaBand::AlmostPerfect),
            (1.0, KappaBand::AlmostPerfect),
            (f64::NAN, KappaBand::Poor),
        ];
        for (value, band) in kappa {
            assert_eq!(KappaBand::of(value), band, "kappa {value}");
        }
        let alpha = [
            (-0.5, AlphaBand::Unacceptable),
            (0.666, AlphaBand::Unacceptable),
            (0.667, AlphaBand::Tentative),
            (0.799, AlphaBand::Tentative),
            (0.800, AlphaBand::Acceptable),
            (1.0, AlphaBand::Acceptable),
            (f64::NAN, AlphaBand::Unacceptable),
        ];
        for (value, band) in alpha {
            assert_eq!(AlphaBand::of(value), band, "alpha {value}");
        }
        let keys: Vec<_> = KappaBand::ALL.iter().map(|band| band.key()).collect();
        assert_eq!(
            keys,
            [
                "poor",
                "slight",
                "fair",
                "moderate",
                "substantial",
                "almost-perfect"
            ]
        );
        let keys: Vec<_> = AlphaBand::ALL.iter().map(|band| band.key()).collect();
        assert_eq!(keys, ["unacceptable", "tentative", "acceptable"]);
    }

    #[test]
    fn per_indicator_rows_keep_the_scores_and_the_signed_difference() {
        let agreement = compare(&ratings(
            ScaleSpec::one_to_five(),
            &[
                (Some(4.0), Some(2.0)),
                (Some(3.0), None),
                (None, None),
                (Some(2.0), Some(2.0)),
                (Some(1.0), Some(5.0)),
            ],
        ))
        .unwrap();
        let rows: Vec<_> = agreement
            .items
            .iter()
            .map(|item| (item.difference, item.steps, item.status))
            .collect();
        assert_eq!(
            rows,
            [
                (Some(-2.0), Some(-2), ItemStatus::Used),
                (None, None, ItemStatus::Unscored(Which::Second)),
                (None, None, ItemStatus::Unscored(Which::Both)),
                (Some(0.0), Some(0), ItemStatus::Used),
                (Some(4.0), Some(4), ItemStatus::Used),
            ]
        );
        assert_eq!(agreement.items[1].first, Some(3.0));
        assert_eq!(
            (
                agreement.pairs_used,
                agreement.unscored,
                agreement.off_scale
            ),
            (3, 2, 0)
        );
        assert_eq!(agreement.mean_difference, Ok(2.0 / 3.0));
        assert_eq!(agreement.exact, Ok(1.0 / 3.0));
        assert_eq!(agreement.within_one_step, Ok(1.0 / 3.0));
        assert_eq!(agreement.levels, 5);
    }

    #[test]
    fn off_scale_scores_are_rejected_by_default_and_snapped_on_request() {
        let input = ratings(
            ScaleSpec::one_to_five(),
            &[
                (Some(3.5), Some(3.0)),
                (Some(2.0), Some(9.0)),
                (Some(f64::NAN), Some(2.0)),
                (None, Some(0.0)),
                (Some(1.0), Some(1.0)),
                (Some(4.0), Some(5.0)),
            ],
        );
        let rejected = compare(&input).unwrap();
        let statuses: Vec<_> = rejected.items.iter().map(|item| item.status).collect();
        assert_eq!(
            statuses,
            [
                ItemStatus::OffScale(Which::First),
                ItemStatus::OffScale(Which::Second),
                ItemStatus::OffScale(Which::First),
                ItemStatus::OffScale(Which::Second),
                ItemStatus::Used,
                ItemStatus::Used,
            ]
        );
        assert_eq!(
            (rejected.pairs_used, rejected.off_scale, rejected.snapped),
            (2, 4, 0)
        );

        let options = Options {
            off_scale: OffScalePolicy::Snap,
            ..Options::default()
        };
        let snapped = compare_with(&input, &options).unwrap();
        let rows: Vec<_> = snapped
            .items
            .iter()
            .map(|item| (item.status, item.difference))
            .collect();
        assert_eq!(
            rows,
            [
                (ItemStatus::Snapped(Which::First), Some(-1.0)),
                (ItemStatus::Snapped(Which::Second), Some(3.0)),
                (ItemStatus::OffScale(Which::First), None),
                (ItemStatus::Unscored(Which::First), None),
                (ItemStatus::Used, Some(0.0)),
                (ItemStatus::Used, Some(1.0)),
            ]
        );
        assert_eq!(
            (snapped.pairs_used, snapped.off_scale, snapped.snapped),
            (4, 1, 2)
        );
        assert_eq!(snapped.unscored, 1);
    }

    #[test]
    fn fewer_than_two_pairs_give_no_coefficient() {
        let none = compare(&ratings(ScaleSpec::one_to_five(), &[(None, Some(3.0))])).unwrap();
        let reason = Unavailable::TooFewPairs { used: 0, needed: 1 };
        assert_eq!(none.exact, Err(reason));
        assert_eq!(none.mean_difference, Err(reason));
        assert_eq!(
            none.kappa_linear,
            Err(Unavailable::TooFewPairs { used: 0, needed: 2 })
        );

        let one = compare(&both(&[4.0], &[2.0])).unwrap();
        assert_eq!(one.exact, Ok(0.0));
        assert_eq!(one.within_one_step, Ok(0.0));
        let reason = Unavailable::TooFewPairs { used: 1, needed: 2 };
        assert_eq!(one.kappa_linear, Err(reason));
        assert_eq!(one.kappa_quadratic, Err(reason));
        assert_eq!(one.alpha_ordinal, Err(reason));
        assert!(one.unstable);
    }

    #[test]
    fn one_level_everywhere_is_no_variation_not_nan() {
        let agreement = compare(&both(&[3.0; 8], &[3.0; 8])).unwrap();
        assert_eq!(agreement.exact, Ok(1.0));
        assert_eq!(agreement.kappa_linear, Err(Unavailable::NoVariation));
        assert_eq!(agreement.kappa_quadratic, Err(Unavailable::NoVariation));
        assert_eq!(agreement.alpha_ordinal, Err(Unavailable::NoVariation));
    }

    #[test]
    fn constant_but_different_coders_are_chance_level_for_kappa() {
        let agreement = compare(&both(&[3.0; 6], &[4.0; 6])).unwrap();
        assert_eq!(agreement.kappa_linear.unwrap().value, 0.0);
        assert_eq!(agreement.kappa_quadratic.unwrap().value, 0.0);
        // Pooled, the twelve values are half 3s and half 4s, every unit split:
        // D_o = 1 * d, D_e = (2 * 6 * 6 / (12 * 11)) * d, alpha = 1 - 11/6.
        let alpha = agreement.alpha_ordinal.unwrap().value;
        assert!((alpha - (1.0 - 11.0 / 6.0)).abs() < 1e-15);
    }

    #[test]
    fn perfect_agreement_with_variation_is_exactly_one_with_a_one_point_interval() {
        let scores = [1.0, 2.0, 3.0, 4.0, 5.0, 3.0, 2.0, 4.0, 5.0, 1.0, 2.0, 3.0];
        let agreement = compare(&both(&scores, &scores)).unwrap();
        for estimate in [
            agreement.kappa_linear.unwrap(),
            agreement.kappa_quadratic.unwrap(),
        ] {
            assert_eq!(estimate.value, 1.0);
            let interval = estimate.interval.unwrap();
            assert_eq!((interval.lower, interval.upper), (1.0, 1.0));
            assert_eq!(
                interval.usable_resamples + interval.undefined_resamples,
                DEFAULT_RESAMPLES
            );
        }
        assert_eq!(agreement.alpha_ordinal.unwrap().value, 1.0);
        assert!(!agreement.unstable);
    }

    #[test]
    fn the_interval_is_deterministic_and_brackets_plausible_values() {
        let input = both(
            &[4.0, 3.0, 5.0, 2.0, 4.0, 3.0, 4.0, 2.0, 1.0, 5.0, 3.0, 2.0],
            &[4.0, 3.0, 4.0, 2.0, 5.0, 3.0, 3.0, 2.0, 2.0, 5.0, 3.0, 1.0],
        );
        let first = compare(&input).unwrap();
        assert_eq!(first, compare(&input).unwrap());
        let kappa = first.kappa_linear.unwrap();
        let interval = kappa.interval.unwrap();
        assert!(interval.lower <= kappa.value && kappa.value <= interval.upper);
        assert!(-1.0 <= interval.lower && interval.upper <= 1.0);
        assert_eq!(interval.level, 0.95);

        let reseeded = compare_with(
            &input,
            &Options {
                seed: 7,
                ..Options::default()
            },
        )
        .unwrap();
        assert_eq!(reseeded.kappa_linear.unwrap().value, kappa.value);
        assert_ne!(reseeded.kappa_linear.unwrap().interval, kappa.interval);
    }

    #[test]
    fn the_bootstrap_can_be_switched_off_and_refuses_bad_levels() {
        let input = both(&[1.0, 2.0, 3.0, 4.0], &[1.0, 2.0, 4.0, 4.0]);
        let off = compare_with(
            &input,
            &Options {
                resamples: 0,
                ..Options::default()
            },
        )
        .unwrap();
        assert_eq!(
            off.kappa_linear.unwrap().interval,
            Err(Unavailable::BootstrapDisabled)
        );
        for confidence in [0.0, 1.0, f64::NAN, 1.5] {
            let options = Options {
                confidence,
                ..Options::default()
            };
            let bad = compare_with(&input, &options).unwrap();
            assert_eq!(
                bad.alpha_ordinal.unwrap().interval,
                Err(Unavailable::InvalidConfidence)
            );
        }
    }

    #[test]
    fn undefined_resamples_are_dropped_and_counted() {
        // Nine pairs (3, 3) and one (4, 4): a resample of only (3, 3) pairs, about
        // 0.9^10 = 35% of them, has no variation and is dropped.
        let mut first = vec![3.0; 9];
        first.push(4.0);
        let agreement = compare(&both(&first, &first)).unwrap();
        let interval = agreement.kappa_linear.unwrap().interval.unwrap();
        assert!(
            (500..900).contains(&interval.undefined_resamples),
            "{interval:?}"
        );
        assert_eq!(
            interval.usable_resamples + interval.undefined_resamples,
            DEFAULT_RESAMPLES
        );
        assert_eq!((interval.lower, interval.upper), (1.0, 1.0));
    }

    #[test]
    fn a_bootstrap_with_mostly_undefined_resamples_gives_no_interval() {
        // Two pairs (1, 1) and (5, 5): half the resamples draw one pair twice and
        // have no variation. Over many seeds some fall below half usable.
        let pairs = [(0, 0), (4, 4)];
        let point = Coefficients::of(&pairs);
        let mut degenerate = 0;
        for seed in 0..200 {
            let options = Options {
                resamples: 20,
                seed,
                ..Options::default()
            };
            for interval in bootstrap(&pairs, &options, point) {
                match interval {
                    Ok(interval) => {
                        assert!(interval.usable_resamples * 2 >= 20);
                        assert_eq!((interval.lower, interval.upper), (1.0, 1.0));
                    }
                    Err(Unavailable::BootstrapDegenerate { usable, requested }) => {
                        assert!(usable * 2 < requested && requested == 20);
                        degenerate += 1;
                    }
                    Err(other) => panic!("unexpected {other:?}"),
                }
            }
        }
        assert!(degenerate > 0);
    }

    #[test]
    fn malformed_scales_are_an_error() {
        let input = ratings(ScaleSpec::new(1.0, 5.0, 0.0), &[(Some(1.0), Some(1.0))]);
        assert_eq!(compare(&input), Err(ScaleError::NonPositiveStep));
    }

    #[test]
    fn splitmix64_matches_its_reference_sequence() {
        // Seed 1234567: the reference outputs listed by Rosetta Code's task
        // "Pseudo-random numbers/Splitmix64".
        let mut generator = SplitMix64::new(1_234_567);
        let first: Vec<u64> = (0..5).map(|_| generator.next_u64()).collect();
        assert_eq!(
            first,
            [
                6_457_827_717_110_365_317,
                3_203_168_211_198_807_973,
                9_817_491_932_198_370_423,
                4_593_380_528_125_082_431,
                16_408_922_859_458_223_821,
            ]
        );
        let mut generator = SplitMix64::new(DEFAULT_SEED);
        assert!((0..10_000).all(|_| generator.below(8) < 8));
    }

    #[test]
    fn quantiles_interpolate_like_numpy() {
        let sorted = [1.0, 2.0, 3.0, 4.0];
        assert_eq!(quantile(&sorted, 0.0), 1.0);
        assert_eq!(quantile(&sorted, 1.0), 4.0);
        assert_eq!(quantile(&sorted, 0.5), 2.5);
        assert!((quantile(&sorted, 0.025) - 1.075).abs() < 1e-12);
        assert_eq!(quantile(&[7.0], 0.975), 7.0);
    }
}
