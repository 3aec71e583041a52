//! Frameworks and agreement from the command line, running the real binary:
//! `check` counts the frameworks and refuses broken rubrics and comparisons,
//! and the sample's two assessments are compared in the report (both
//! languages) and the CSV tables.

use crate::common::{
    assert_diagnostics, check, fixture, root, run, run_with_timeout, sinergi_bare, summary_pairs,
    summary_value, v1_fixture,
};
use std::fs;
use std::time::Duration;

#[test]
fn check_counts_the_frameworks_a_project_carries() {
    let one = check(&v1_fixture());
    assert_eq!(one.code, Some(0), "{}", one.stderr);
    let pairs = summary_pairs(&one.stdout);
    assert_eq!(summary_value(&pairs, "frameworks"), Some("1"));
    assert_eq!(summary_value(&pairs, "second_framework"), None);

    let two = check(&fixture("v5.ron"));
    assert_eq!(two.code, Some(0), "{}", two.stderr);
    let pairs = summary_pairs(&two.stdout);
    assert_eq!(summary_value(&pairs, "frameworks"), Some("2"));
    assert_eq!(
        summary_value(&pairs, "second_framework"),
        Some("Collaborative process (Ansell & Gash, three elements)")
    );
    assert_eq!(summary_value(&pairs, "indicators"), Some("8"));
    // Notes link to the second framework's indicators too.
    assert_eq!(
        summary_value(&pairs, "evidence.face-to-face-dialogue"),
        Some("1")
    );
    assert_eq!(
        summary_value(&pairs, "triangulation.trust-building"),
        Some("none")
    );
}

#[test]
fn check_refuses_a_broken_rubric_and_a_comparison_across_frameworks() {
    let text = fs::read_to_string(fixture("v5.ron")).expect("the v5 fixture");
    let broken = text
        .replacen("value: 2.0,\n                        description: (\n                            id: \"Koordinasi", "value: 9.0,\n                        description: (\n                            id: \"Koordinasi", 1)
        .replacen("            framework: Second,\n", "            framework: Second,\n            compared_with: Some(\"peneliti-2020\"),\n", 1);
    assert_ne!(broken, text, "the fixture changed shape");
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("broken.ron");
    fs::write(&file, broken).expect("write");
    let result = check(&file);
    assert_eq!(result.code, Some(1));
    let lines = assert_diagnostics(&result.stderr, &file);
    assert!(
        lines.iter().any(|l| l.contains(
            "indicator \"network-structure\": the value 9 is not on the scale 1..5 (steps of 1)"
        )),
        "{lines:#?}"
    );
    assert!(
        lines.iter().any(|l| l.contains(
            "assessment \"proses-2020\" is compared with \"peneliti-2020\", which is itself or is scored against the other framework"
        )),
        "{lines:#?}"
    );
}

#[test]
fn the_samples_member_check_is_compared_in_the_report_and_the_tables() {
    let sample = root().join("sample_data").join("kotagede.ron");
    let result = check(&sample);
    assert_eq!(result.code, Some(0), "{}", result.stderr);
    let pairs = summary_pairs(&result.stdout);
    assert_eq!(summary_value(&pairs, "assessments"), Some("2"));
    assert_eq!(summary_value(&pairs, "frameworks"), Some("1"));

    let dir = tempfile::tempdir().expect("temp dir");
    for (lang, heading, kappa, band) in [
        (
            "en",
            "Agreement between assessments",
            "Cohen&#39;s weighted kappa (quadratic)",
            "Landis &amp; Koch (1977)",
        ),
        (
            "id",
            "Kesepakatan antarpenilaian",
            "Kappa berbobot Cohen (kuadratik)",
            "Landis &amp; Koch (1977)",
        ),
    ] {
        let out = dir.path().join(format!("report-{lang}.html"));
        let mut command = sinergi_bare();
        command
            .args(["--lang", lang, "report"])
            .arg(&sample)
            .arg("--out")
            .arg(&out);
        let result = run_with_timeout(command, Duration::from_mins(2));
        assert_eq!(result.code, Some(0), "{}", result.stderr);
        let html = fs::read_to_string(&out).expect("the report");
        for wanted in [heading, kappa, band, "Krippendorff, K. (2004)"] {
            assert!(html.contains(wanted), "{lang}: no {wanted:?}");
        }
        assert!(html.contains("<section id=\"agreement\">"), "{lang}");
        // The sample's two assessments are the marked pair: the agreement
        // section shows their scores, no second table repeats them.
        assert!(!html.contains("id=\"comparison\""), "{lang}");
        assert!(!html.contains("href=\"#comparison\""), "{lang}");
    }

    let tables = dir.path().join("csv");
    let result = run(&[
        "export-csv".as_ref(),
        sample.as_os_str(),
        "--out".as_ref(),
        tables.as_os_str(),
    ]);
    assert_eq!(result.code, Some(0), "{}", result.stderr);
    let rows = fs::read_to_string(tables.join("agreement.csv")).expect("agreement.csv");
    assert_eq!(
        rows.lines().count(),
        1 + 8,
        "a header and one row per indicator"
    );
    assert!(
        rows.contains("peneliti-2020,member-check-kp3y-2020,governance,Governance,4,2,-2,used"),
        "{rows}"
    );
    let statistics =
        fs::read_to_string(tables.join("agreement_statistics.csv")).expect("the statistics");
    let kappa = statistics
        .lines()
        .find(|l| l.contains(",kappa_quadratic,"))
        .expect("a quadratic kappa row");
    assert!(
        kappa.ends_with(",8,true"),
        "eight pairs, flagged unstable: {kappa}"
    );
    assert!(kappa.contains("Landis & Koch (1977)"), "{kappa}");
}
