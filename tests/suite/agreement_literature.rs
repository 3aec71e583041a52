//! Worked examples from the literature and from reference software whose
//! printed output is public. Each test names its source; a published value is
//! checked to the precision it was printed with.
//!
//! Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability",
//! Departmental Papers (ASC), University of Pennsylvania,
//! <https://repository.upenn.edu/asc_papers/43>, works these examples:
//! A. binary data, two observers, no missing data (alpha = 0.095);
//! B. nominal data, two observers, no missing data (alpha = 0.692);
//! C.-F. one data set of four observers, twelve units, missing data, read as
//! nominal (0.743), ordinal (0.815), interval (0.849) and ratio (0.797) data.
//! None of them is two coders *and* ordinal; A is two coders on two ordered
//! values, where ordinal and nominal alpha coincide, so it runs through
//! `compare` as well. The data and values were taken from independent public
//! transcriptions that agree with each other (e.g. the test suites of medkit's
//! `irr_utils`, fast-krippendorff's `tests/test_krippendorff.py`, and the R
//! package krippendorff by jucor), and all of them are also reproduced by the
//! Python `krippendorff` package 0.9.0.

use sinergi::analysis::agreement::{
    AlphaBand, KappaBand, Metric, Ratings, ScaleSpec, Unavailable, compare, krippendorff_alpha,
};

/// `rows` as reliability data: one row per coder, `None` where the coder gave
/// no value; transposed into the module's one row per unit.
fn by_unit<Row: AsRef<[Option<f64>]>>(rows: &[Row]) -> Vec<Vec<Option<f64>>> {
    let units = rows[0].as_ref().len();
    (0..units)
        .map(|unit| rows.iter().map(|row| row.as_ref()[unit]).collect())
        .collect()
}

fn some(values: &[f64]) -> Vec<Option<f64>> {
    values.iter().copied().map(Some).collect()
}

/// `value` agrees with `published` to the `decimals` it was printed with.
fn assert_printed(value: f64, published: f64, decimals: i32) {
    let half_unit = 0.5 * 10_f64.powi(-decimals);
    assert!(
        (value - published).abs() <= half_unit,
        "{value} does not round to the published {published}"
    );
}

/// A `k x k` contingency table (rows: first coder) as pairs of levels 1..=k.
fn expand(table: &[&[u32]]) -> Vec<(Option<f64>, Option<f64>)> {
    let mut pairs = Vec::new();
    for (row, counts) in (1..).zip(table) {
        for (column, &count) in (1..).zip(counts.iter()) {
            for _ in 0..count {
                pairs.push((Some(f64::from(row)), Some(f64::from(column))));
            }
        }
    }
    pairs
}

fn compare_table(levels: u32, table: &[&[u32]]) -> sinergi::analysis::agreement::Agreement {
    let ratings = Ratings {
        scale: ScaleSpec::new(1.0, f64::from(levels), 1.0),
        pairs: expand(table),
    };
    compare(&ratings).unwrap()
}

// Krippendorff (2011), section A: "Binary or dichotomous data, two observers,
// no missing data". Observer A: 0 1 0 0 0 0 0 0 1 0; B: 1 1 1 0 0 1 0 0 0 0.
// alpha = 1 - (n - 1) o_01 / (n_0 n_1) = 1 - 19 * 4 / (14 * 6) = 2/21 = 0.095.
const OBSERVER_A: [f64; 10] = [0.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0];
const OBSERVER_B: [f64; 10] = [1.0, 1.0, 1.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0];

#[test]
fn krippendorff_2011_a_binary_two_observers_alpha_095() {
    let units = by_unit(&[some(&OBSERVER_A), some(&OBSERVER_B)]);
    let alpha = krippendorff_alpha(&units, Metric::Nominal).unwrap();
    assert_printed(alpha, 0.095, 3);
    assert!((alpha - 2.0 / 21.0).abs() < 1e-15);
    // With two values, the ordinal distance is the same for every pair.
    let ordinal = krippendorff_alpha(&units, Metric::Ordinal).unwrap();
    assert!((ordinal - alpha).abs() < 1e-14);
}

#[test]
fn krippendorff_2011_a_through_compare_on_a_two_level_scale() {
    let ratings = Ratings {
        scale: ScaleSpec::new(0.0, 1.0, 1.0),
        pairs: OBSERVER_A
            .iter()
            .zip(&OBSERVER_B)
            .map(|(&a, &b)| (Some(a), Some(b)))
            .collect(),
    };
    let agreement = compare(&ratings).unwrap();
    let alpha = agreement.alpha_ordinal.unwrap();
    assert!((alpha.value - 2.0 / 21.0).abs() < 1e-15);
    assert_eq!(alpha.band, AlphaBand::Unacceptable);
    assert_eq!(agreement.exact, Ok(0.6));
}

// Krippendorff (2011), section B: "Nominal data, two observers, no missing
// data". Ben: a a b b d c c c e d d a; Gerry: b a b b b c c c e d d d; coded
// a..e = 1..5. alpha = 0.692 (155/224 exactly).
#[test]
fn krippendorff_2011_b_nominal_two_observers_alpha_692() {
    let ben = some(&[1.0, 1.0, 2.0, 2.0, 4.0, 3.0, 3.0, 3.0, 5.0, 4.0, 4.0, 1.0]);
    let gerry = some(&[2.0, 1.0, 2.0, 2.0, 2.0, 3.0, 3.0, 3.0, 5.0, 4.0, 4.0, 4.0]);
    let alpha = krippendorff_alpha(&by_unit(&[ben, gerry]), Metric::Nominal).unwrap();
    assert_printed(alpha, 0.692, 3);
    assert!((alpha - 155.0 / 224.0).abs() < 1e-15);
}

// Krippendorff (2011), sections C-F: four observers, twelve units, missing
// values ("."). Unit 12 has a single value and is unpairable.
const N: Option<f64> = None;
const FOUR_OBSERVERS: [[Option<f64>; 12]; 4] = [
    [
        Some(1.0),
        Some(2.0),
        Some(3.0),
        Some(3.0),
        Some(2.0),
        Some(1.0),
        Some(4.0),
        Some(1.0),
        Some(2.0),
        N,
        N,
        N,
    ],
    [
        Some(1.0),
        Some(2.0),
        Some(3.0),
        Some(3.0),
        Some(2.0),
        Some(2.0),
        Some(4.0),
        Some(1.0),
        Some(2.0),
        Some(5.0),
        N,
        Some(3.0),
    ],
    [
        N,
        Some(3.0),
        Some(3.0),
        Some(3.0),
        Some(2.0),
        Some(3.0),
        Some(4.0),
        Some(2.0),
        Some(2.0),
        Some(5.0),
        Some(1.0),
        N,
    ],
    [
        Some(1.0),
        Some(2.0),
        Some(3.0),
        Some(3.0),
        Some(2.0),
        Some(4.0),
        Some(4.0),
        Some(1.0),
        Some(2.0),
        Some(5.0),
        Some(1.0),
        N,
    ],
];

fn four_observers() -> Vec<Vec<Option<f64>>> {
    by_unit(&FOUR_OBSERVERS)
}

#[test]
fn krippendorff_2011_c_nominal_four_observers_missing_data_alpha_743() {
    let alpha = krippendorff_alpha(&four_observers(), Metric::Nominal).unwrap();
    assert_printed(alpha, 0.743, 3);
}

#[test]
fn krippendorff_2011_d_ordinal_four_observers_missing_data_alpha_815() {
    let alpha = krippendorff_alpha(&four_observers(), Metric::Ordinal).unwrap();
    assert_printed(alpha, 0.815, 3);
    assert_eq!(AlphaBand::of(alpha), AlphaBand::Acceptable);
}

#[test]
fn krippendorff_2011_e_interval_four_observers_missing_data_alpha_849() {
    let alpha = krippendorff_alpha(&four_observers(), Metric::Interval).unwrap();
    assert_printed(alpha, 0.849, 3);
}

#[test]
fn krippendorff_2011_the_order_of_observers_and_units_does_not_matter() {
    let mut units = four_observers();
    let forward = krippendorff_alpha(&units, Metric::Ordinal).unwrap();
    units.reverse();
    for unit in &mut units {
        unit.reverse();
    }
    let backward = krippendorff_alpha(&units, Metric::Ordinal).unwrap();
    assert!((forward - backward).abs() < 1e-14);
}

// The example in the docstring and tests of the Python `krippendorff` package
// (pln-fing-udelar/fast-krippendorff, tests/test_krippendorff.py): three
// coders, fifteen units, missing data; nominal 0.691358, interval 0.810845.
#[test]
fn krippendorff_package_three_coders_fifteen_units() {
    let rows: [[Option<f64>; 15]; 3] = [
        [
            N,
            N,
            N,
            N,
            N,
            Some(3.0),
            Some(4.0),
            Some(1.0),
            Some(2.0),
            Some(1.0),
            Some(1.0),
            Some(3.0),
            Some(3.0),
            N,
            Some(3.0),
        ],
        [
            Some(1.0),
            N,
            Some(2.0),
            Some(1.0),
            Some(3.0),
            Some(3.0),
            Some(4.0),
            Some(3.0),
            N,
            N,
            N,
            N,
            N,
            N,
            N,
        ],
        [
            N,
            N,
            Some(2.0),
            Some(1.0),
            Some(3.0),
            Some(4.0),
            Some(4.0),
            N,
            Some(2.0),
            Some(1.0),
            Some(1.0),
            Some(3.0),
            Some(3.0),
            N,
            Some(4.0),
        ],
    ];
    let units = by_unit(&rows);
    let nominal = krippendorff_alpha(&units, Metric::Nominal).unwrap();
    let interval = krippendorff_alpha(&units, Metric::Interval).unwrap();
    assert_printed(nominal, 0.691_358, 6);
    assert_printed(interval, 0.810_845, 6);
}

#[test]
fn krippendorff_alpha_refuses_data_without_a_pair_or_without_variation() {
    let lonely = vec![vec![Some(1.0), None], vec![None, Some(2.0)]];
    assert_eq!(
        krippendorff_alpha(&lonely, Metric::Ordinal),
        Err(Unavailable::TooFewPairs { used: 0, needed: 1 })
    );
    let flat = vec![
        vec![Some(3.0), Some(3.0)],
        vec![Some(3.0), Some(3.0), Some(3.0)],
    ];
    assert_eq!(
        krippendorff_alpha(&flat, Metric::Interval),
        Err(Unavailable::NoVariation)
    );
    let noisy = vec![
        vec![Some(f64::NAN), Some(1.0)],
        vec![Some(2.0), Some(2.0)],
        vec![Some(1.0), Some(2.0)],
    ];
    assert!(
        krippendorff_alpha(&noisy, Metric::Nominal)
            .unwrap()
            .is_finite()
    );
}

// vcd::SexualFun: 91 married couples rate "sex is fun for me and my partner"
// (never or occasionally / fairly often / very often / almost always); data of
// Hout, Duncan & Sobel (1987) as given by Agresti (1990), Categorical Data
// Analysis. Rows husband, columns wife, read from vcd's data/SexualFun.rda.
// vcd's Kappa() prints "Weighted 0.2374" with its default "Equal-Spacing"
// weights 1 - |i - j| / (r - 1), i.e. linear weights (example output in the
// help page of vcdExtra's print.Kappa, by M. Friendly).
#[test]
fn vcd_sexual_fun_linear_kappa_2374() {
    let agreement = compare_table(
        4,
        &[&[7, 7, 2, 3], &[2, 8, 3, 7], &[1, 5, 4, 9], &[2, 8, 9, 14]],
    );
    assert_eq!(agreement.pairs_used, 91);
    let kappa = agreement.kappa_linear.unwrap();
    assert_printed(kappa.value, 0.2374, 4);
    assert_eq!(kappa.band, KappaBand::Fair);
}

// vcd::MSPatients: Westlund & Kurland (1953), multiple sclerosis diagnosed by a
// New Orleans and a Winnipeg neurologist in four categories (certain, probable,
// possible, doubtful), for patients from each city; read from vcd's
// data/MSPatients.rda. vcd's Kappa() prints weighted (linear) kappa 0.3797 for
// the Winnipeg patients and 0.4773 for the New Orleans patients (same help
// page as above).
#[test]
fn vcd_ms_patients_winnipeg_linear_kappa_3797() {
    let agreement = compare_table(
        4,
        &[
            &[38, 5, 0, 1],
            &[33, 11, 3, 0],
            &[10, 14, 5, 6],
            &[3, 7, 3, 10],
        ],
    );
    assert_eq!(agreement.pairs_used, 149);
    assert_printed(agreement.kappa_linear.unwrap().value, 0.3797, 4);
}

#[test]
fn vcd_ms_patients_new_orleans_linear_kappa_4773() {
    let agreement = compare_table(
        4,
        &[
            &[5, 3, 0, 0],
            &[3, 11, 4, 0],
            &[2, 13, 3, 4],
            &[1, 2, 4, 14],
        ],
    );
    assert_eq!(agreement.pairs_used, 69);
    assert_printed(agreement.kappa_linear.unwrap().value, 0.4773, 4);
}

// A SAS PROC FREQ printout reproduced in statsmodels' test suite
// (statsmodels/stats/tests/test_inter_rater.py, TestWeightedCohens): the 3 x 3
// table below, weighted kappa 0.4701 with Cicchetti-Allison (linear) weights
// on the scores 0, 1, 2. The second rater never used the first category:
// kappa still counts it.
#[test]
fn sas_printout_in_statsmodels_linear_kappa_4701_with_an_unused_level() {
    let agreement = compare_table(3, &[&[0, 4, 1], &[0, 8, 0], &[0, 1, 5]]);
    assert_printed(agreement.kappa_linear.unwrap().value, 0.4701, 4);
}

// R package irr, data set `anxiety` (20 subjects, raters 2 and 3 on a 1..6
// scale), kappa2(anxiety[, 2:3], "equal") = 0.1459075 and "squared" =
// 0.2520325, as recorded in statsmodels' test_inter_rater.py
// (test_cohens_kappa_irr). irr builds its table from the levels that occur,
// and nobody used 5: its categories are 1, 2, 3, 4, 6, equally spaced. Recoding
// 6 as 5 on a 1..5 scale reproduces irr; on the real 1..6 scale, where 4 and
// 6 are two steps apart, the module gives 0.126214 and 0.229798 instead (as
// scikit-learn does with labels = 1..=6; see the fixtures).
const RATER_2: [u8; 20] = [3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4];
const RATER_3: [u8; 20] = [2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2];

fn anxiety(recode_six_as_five: bool, max: f64) -> sinergi::analysis::agreement::Agreement {
    let recode = |score: u8| {
        let score = if recode_six_as_five && score == 6 {
            5
        } else {
            score
        };
        f64::from(score)
    };
    let ratings = Ratings {
        scale: ScaleSpec::new(1.0, max, 1.0),
        pairs: RATER_2
            .iter()
            .zip(&RATER_3)
            .map(|(&a, &b)| (Some(recode(a)), Some(recode(b))))
            .collect(),
    };
    compare(&ratings).unwrap()
}

#[test]
fn irr_anxiety_weighted_kappas_on_the_levels_used() {
    let agreement = anxiety(true, 5.0);
    let linear = agreement.kappa_linear.unwrap().value;
    let quadratic = agreement.kappa_quadratic.unwrap().value;
    assert_printed(linear, 0.145_907_5, 7);
    assert_printed(quadratic, 0.252_032_5, 7);
}

#[test]
fn irr_anxiety_on_the_full_scale_counts_the_unused_level() {
    let agreement = anxiety(false, 6.0);
    assert_eq!(agreement.levels, 6);
    assert_printed(agreement.kappa_linear.unwrap().value, 0.126_214, 6);
    assert_printed(agreement.kappa_quadratic.unwrap().value, 0.229_798, 6);
}
