//! The module against independent implementations: scikit-learn's and
//! statsmodels' weighted kappa, the `krippendorff` package's ordinal alpha, and
//! a Python replay of the bootstrap, all computed by
//! `tests/fixtures/agreement/make_fixtures.py` into `python_reference.rs` beside
//! it (versions and how to regenerate in its `README.md`). Everything must
//! match to 1e-9.

use sinergi::analysis::agreement::{
    ConfidenceInterval, DEFAULT_RESAMPLES, Estimate, Ratings, ScaleSpec, Unavailable, compare,
};

/// One reference case, as written by the Python script.
struct Case {
    name: &'static str,
    note: &'static str,
    scale: (f64, f64, f64),
    pairs: &'static [(Option<f64>, Option<f64>)],
    pairs_used: usize,
    exact: f64,
    within_one_step: f64,
    mean_difference: f64,
    kappa_linear: Option<f64>,
    kappa_quadratic: Option<f64>,
    alpha_ordinal: Option<f64>,
    /// `(lower, upper, usable resamples)`.
    ci_kappa_linear: Option<(f64, f64, usize)>,
    ci_kappa_quadratic: Option<(f64, f64, usize)>,
    ci_alpha_ordinal: Option<(f64, f64, usize)>,
}

#[allow(
    clippy::unreadable_literal,
    reason = "generated data, printed with Python's repr so every digit round-trips"
)]
const CASES: &[Case] = include!("../fixtures/agreement/python_reference.rs");

const TOLERANCE: f64 = 1e-9;

fn close(what: &str, case: &Case, got: f64, want: f64) {
    assert!(
        (got - want).abs() <= TOLERANCE,
        "{} ({}): {what} is {got}, Python says {want}",
        case.name,
        case.note
    );
}

fn check_interval(
    what: &str,
    case: &Case,
    got: Result<ConfidenceInterval, Unavailable>,
    want: Option<(f64, f64, usize)>,
) {
    match (got, want) {
        (Ok(interval), Some((lower, upper, usable))) => {
            close(&format!("{what} lower bound"), case, interval.lower, lower);
            close(&format!("{what} upper bound"), case, interval.upper, upper);
            assert_eq!(interval.usable_resamples, usable, "{}: {what}", case.name);
            assert_eq!(
                interval.usable_resamples + interval.undefined_resamples,
                DEFAULT_RESAMPLES
            );
        }
        (got, want) => panic!("{}: {what} is {got:?}, Python says {want:?}", case.name),
    }
}

fn check_estimate<B>(
    what: &str,
    case: &Case,
    got: Result<Estimate<B>, Unavailable>,
    want: Option<f64>,
    want_interval: Option<(f64, f64, usize)>,
) where
    B: std::fmt::Debug,
{
    match (got, want) {
        (Ok(estimate), Some(want)) => {
            close(what, case, estimate.value, want);
            check_interval(what, case, estimate.interval, want_interval);
        }
        // Python's NaN: the coefficient is 0/0, which the module reports as such.
        (Err(Unavailable::NoVariation), None) => assert_eq!(want_interval, None),
        (got, want) => panic!("{}: {what} is {got:?}, Python says {want:?}", case.name),
    }
}

#[test]
fn every_case_matches_the_python_packages() {
    assert!(CASES.len() >= 12);
    for case in CASES {
        let (min, max, step) = case.scale;
        let ratings = Ratings {
            scale: ScaleSpec::new(min, max, step),
            pairs: case.pairs.to_vec(),
        };
        let agreement = compare(&ratings).expect("the fixtures' scales are well formed");
        assert_eq!(agreement.pairs_used, case.pairs_used, "{}", case.name);
        assert_eq!(agreement.unstable, case.pairs_used < 10, "{}", case.name);
        close(
            "exact agreement",
            case,
            agreement.exact.unwrap(),
            case.exact,
        );
        close(
            "agreement within one step",
            case,
            agreement.within_one_step.unwrap(),
            case.within_one_step,
        );
        close(
            "mean difference",
            case,
            agreement.mean_difference.unwrap(),
            case.mean_difference,
        );
        check_estimate(
            "linear kappa",
            case,
            agreement.kappa_linear,
            case.kappa_linear,
            case.ci_kappa_linear,
        );
        check_estimate(
            "quadratic kappa",
            case,
            agreement.kappa_quadratic,
            case.kappa_quadratic,
            case.ci_kappa_quadratic,
        );
        check_estimate(
            "ordinal alpha",
            case,
            agreement.alpha_ordinal,
            case.alpha_ordinal,
            case.ci_alpha_ordinal,
        );
    }
}

#[test]
fn the_fixtures_cover_the_cases_the_brief_asks_for() {
    let names: Vec<_> = CASES.iter().map(|case| case.name).collect();
    for wanted in [
        "deseve_close",
        "deseve_offset_by_one",
        "deseve_reversed",
        "deseve_unused_extremes",
        "deseve_with_unscored",
        "near_perfect_twelve",
        "gaps_on_1_to_7",
        "no_variation",
    ] {
        assert!(names.contains(&wanted), "missing fixture {wanted}");
    }
}
