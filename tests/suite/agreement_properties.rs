//! Properties that hold for any two assessments.

use proptest::prelude::*;
use sinergi::analysis::agreement::{
    Agreement, Metric, OffScalePolicy, Options, Ratings, ScaleSpec, compare_with,
    krippendorff_alpha,
};

/// A few bootstrap resamples keep the properties fast; the procedure is the
/// same as with the default 2000.
const QUICK: Options = Options {
    off_scale: OffScalePolicy::Reject,
    resamples: 200,
    confidence: 0.95,
    seed: 42,
};

fn scales() -> impl Strategy<Value = ScaleSpec> {
    prop_oneof![
        Just(ScaleSpec::new(1.0, 5.0, 1.0)),
        Just(ScaleSpec::new(0.0, 10.0, 2.0)),
        Just(ScaleSpec::new(1.0, 3.0, 0.5)),
        Just(ScaleSpec::new(1.0, 7.0, 1.0)),
        Just(ScaleSpec::new(0.0, 1.0, 1.0)),
    ]
}

/// A scale and 0..40 pairs of its levels, each score missing one time in six.
fn ratings() -> impl Strategy<Value = Ratings> {
    scales().prop_flat_map(|scale| {
        let count = scale.level_count().unwrap();
        let score = prop_oneof![
            1 => Just(None),
            5 => (0..count).prop_map(move |level| Some(scale.value(level))),
        ];
        prop::collection::vec((score.clone(), score), 0..40)
            .prop_map(move |pairs| Ratings { scale, pairs })
    })
}

/// A scale and 2..30 levels with at least two different ones.
fn varied_scores() -> impl Strategy<Value = (ScaleSpec, Vec<f64>)> {
    scales().prop_flat_map(|scale| {
        let count = scale.level_count().unwrap();
        prop::collection::vec(0..count, 2..30)
            .prop_filter("two different levels", |levels| {
                levels.iter().any(|&level| level != levels[0])
            })
            .prop_map(move |levels| (scale, levels.into_iter().map(|l| scale.value(l)).collect()))
    })
}

fn swapped(ratings: &Ratings) -> Ratings {
    Ratings {
        scale: ratings.scale,
        pairs: ratings.pairs.iter().map(|&(a, b)| (b, a)).collect(),
    }
}

fn coefficients(agreement: &Agreement) -> [Option<f64>; 3] {
    [
        agreement.kappa_linear.as_ref().ok().map(|e| e.value),
        agreement.kappa_quadratic.as_ref().ok().map(|e| e.value),
        agreement.alpha_ordinal.as_ref().ok().map(|e| e.value),
    ]
}

proptest! {
    #[test]
    fn identical_ratings_with_variation_agree_perfectly((scale, scores) in varied_scores()) {
        let pairs = scores.iter().map(|&s| (Some(s), Some(s))).collect();
        let agreement = compare_with(&Ratings { scale, pairs }, &QUICK).unwrap();
        prop_assert_eq!(coefficients(&agreement), [Some(1.0); 3]);
        prop_assert_eq!(agreement.exact, Ok(1.0));
        prop_assert_eq!(agreement.mean_difference, Ok(0.0));
    }

    #[test]
    fn the_two_coders_are_interchangeable(ratings in ratings()) {
        let forward = compare_with(&ratings, &QUICK).unwrap();
        let backward = compare_with(&swapped(&ratings), &QUICK).unwrap();
        prop_assert_eq!(coefficients(&forward), coefficients(&backward));
        prop_assert_eq!(forward.exact, backward.exact);
        prop_assert_eq!(forward.within_one_step, backward.within_one_step);
        prop_assert_eq!(forward.pairs_used, backward.pairs_used);
        // Same resampled indicators, symmetric coefficients: same intervals.
        let interval = |a: &Agreement| a.kappa_quadratic.as_ref().ok().map(|e| e.interval);
        prop_assert_eq!(interval(&forward), interval(&backward));
        let interval = |a: &Agreement| a.alpha_ordinal.as_ref().ok().map(|e| e.interval);
        prop_assert_eq!(interval(&forward), interval(&backward));
        if let (Ok(f), Ok(b)) = (forward.mean_difference, backward.mean_difference) {
            prop_assert!((f + b).abs() < 1e-12);
        }
    }

    #[test]
    fn kappa_stays_within_minus_one_and_one(ratings in ratings()) {
        let agreement = compare_with(&ratings, &QUICK).unwrap();
        let kappas = [&agreement.kappa_linear, &agreement.kappa_quadratic];
        for estimate in kappas.into_iter().flatten() {
            prop_assert!((-1.0 - 1e-12..=1.0 + 1e-12).contains(&estimate.value), "{:?}", estimate);
            if let Ok(interval) = estimate.interval {
                prop_assert!(-1.0 - 1e-12 <= interval.lower && interval.lower <= interval.upper);
                prop_assert!(interval.upper <= 1.0 + 1e-12);
            }
        }
        if let Ok(alpha) = &agreement.alpha_ordinal {
            prop_assert!(alpha.value <= 1.0 + 1e-12);
        }
    }

    #[test]
    fn the_two_coder_alpha_is_the_general_alpha(ratings in ratings()) {
        let agreement = compare_with(&ratings, &QUICK).unwrap();
        let units: Vec<Vec<Option<f64>>> =
            ratings.pairs.iter().map(|&(a, b)| vec![a, b]).collect();
        let general = krippendorff_alpha(&units, Metric::Ordinal);
        match (&agreement.alpha_ordinal, general) {
            (Ok(estimate), Ok(general)) => prop_assert!((estimate.value - general).abs() < 1e-12),
            (Err(_), Err(_)) => {}
            // The general form needs one pairable unit, compare() two pairs.
            (Err(_), Ok(_)) => prop_assert_eq!(agreement.pairs_used, 1),
            (Ok(_), Err(reason)) => prop_assert!(false, "general alpha failed: {:?}", reason),
        }
    }

    #[test]
    fn any_input_gives_finite_numbers_and_accounts_for_every_pair(
        pairs in prop::collection::vec(
            (prop::option::of(prop::num::f64::ANY), prop::option::of(prop::num::f64::ANY)),
            0..20,
        ),
        snap in any::<bool>(),
    ) {
        let options = Options {
            off_scale: if snap { OffScalePolicy::Snap } else { OffScalePolicy::Reject },
            ..QUICK
        };
        let ratings = Ratings { scale: ScaleSpec::one_to_five(), pairs };
        let agreement = compare_with(&ratings, &options).unwrap();
        prop_assert_eq!(
            agreement.pairs_used + agreement.unscored + agreement.off_scale,
            ratings.pairs.len()
        );
        prop_assert_eq!(agreement.items.len(), ratings.pairs.len());
        for share in [agreement.exact, agreement.within_one_step].into_iter().flatten() {
            prop_assert!((0.0..=1.0).contains(&share));
        }
        for value in coefficients(&agreement).into_iter().flatten() {
            prop_assert!(value.is_finite());
        }
        for item in &agreement.items {
            prop_assert_eq!(item.difference.is_some(), item.status.is_used());
            if let Some(difference) = item.difference {
                prop_assert!(difference.is_finite() && difference.abs() <= 4.0);
            }
        }
    }
}
