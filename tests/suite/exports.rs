//! The defence exports: the chart as PNG and SVG, the HTML report and the CSV
//! tables, through the library and end to end through `sinergi chart`,
//! `sinergi report` and `sinergi export-csv`.

use crate::common::{Run, root, run, run_with_timeout, sinergi_bare, valid_project};
use resvg::usvg;
use sinergi::chart::svg::{SvgOptions, Theme, radar_svg};
use sinergi::chart::xml::escape;
use sinergi::chart::{Radar, fonts};
use sinergi::model::{AssessmentId, Framework, Lang, Project};
use sinergi::report::{
    self, CSV_FILES, ChartExport, ChartFormat, ExportError, chart_bytes, export_csv, report_html,
};
use sinergi::store;
use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

fn kotagede_path() -> PathBuf {
    root().join("sample_data").join("kotagede.ron")
}

fn kotagede() -> Project {
    let project = store::load(&kotagede_path()).expect("the sample loads");
    assert!(project.validate().is_empty(), "the sample is valid");
    project
}

fn temp_dir() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temporary folder")
}

/// The width and height a PNG's IHDR chunk declares, after checking the signature.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert!(
        bytes.len() > 33,
        "too short for a PNG: {} bytes",
        bytes.len()
    );
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "PNG signature");
    assert_eq!(&bytes[8..12], &[0, 0, 0, 13], "IHDR is 13 bytes long");
    assert_eq!(&bytes[12..16], b"IHDR", "the first chunk is IHDR");
    let be =
        |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    assert!(
        bytes.ends_with(&[0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]),
        "ends with IEND"
    );
    (be(16), be(20))
}

/// How many (assessment, indicator) pairs carry a score.
fn scored_points(project: &Project, chosen: &[AssessmentId]) -> usize {
    project
        .assessments
        .iter()
        .filter(|a| chosen.is_empty() || chosen.contains(&a.id))
        .map(|a| {
            project
                .framework
                .indicators
                .iter()
                .filter(|i| a.value(&i.id).is_some())
                .count()
        })
        .sum()
}

/// Parses `svg` as the PNG export does; returns how many elements and text nodes it has.
fn parse_svg(svg: &str) -> (usize, usize) {
    fn count(group: &usvg::Group, nodes: &mut usize, texts: &mut usize) {
        for node in group.children() {
            *nodes += 1;
            match node {
                usvg::Node::Group(inner) => count(inner, nodes, texts),
                usvg::Node::Text(_) => *texts += 1,
                _ => {}
            }
        }
    }
    let tree = usvg::Tree::from_str(svg, &fonts::usvg_options())
        .unwrap_or_else(|error| panic!("the SVG does not parse: {error}\n{svg}"));
    let (mut nodes, mut texts) = (0, 0);
    count(tree.root(), &mut nodes, &mut texts);
    (nodes, texts)
}

/// Splits CSV text into records of fields (RFC 4180: quotes, doubled quotes,
/// line breaks inside quotes), after checking the byte-order mark and CRLFs.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    parse_csv_separated(text, ',')
}

fn parse_csv_separated(text: &str, separator: char) -> Vec<Vec<String>> {
    let body = text
        .strip_prefix('\u{feff}')
        .expect("UTF-8 byte-order mark");
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (false, '"') => {
                assert!(field.is_empty(), "a quote inside an unquoted field");
                quoted = true;
            }
            (false, c) if c == separator => record.push(std::mem::take(&mut field)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "records end with CRLF");
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, '\n') => panic!("a bare LF ends a record"),
            (_, c) => field.push(c),
        }
    }
    assert!(
        !quoted && field.is_empty() && record.is_empty(),
        "the last record ends with CRLF"
    );
    records
}

#[test]
fn the_png_decodes_and_has_the_asked_size() {
    let project = kotagede();
    for (width, height) in [(800, 600), (1920, 1080), (600, 900)] {
        let chart = ChartExport {
            width,
            height,
            ..ChartExport::default()
        };
        let png = chart_bytes(&project, &chart, ChartFormat::Png).expect("a PNG");
        assert_eq!(png_size(&png), (width, height));
    }
}

#[test]
fn the_svg_is_well_formed_names_every_indicator_and_marks_every_scored_point() {
    let project = kotagede();
    for lang in Lang::ALL {
        for theme in [Theme::Light, Theme::Dark] {
            let chart = ChartExport {
                theme,
                lang,
                ..ChartExport::default()
            };
            let bytes = chart_bytes(&project, &chart, ChartFormat::Svg).expect("an SVG");
            let svg = String::from_utf8(bytes).expect("UTF-8");
            assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1920\" height=\"1080\" viewBox=\"0 0 1920 1080\""));
            assert!(svg.contains(&format!("font-family=\"{}\"", escape(fonts::FONT_STACK))));
            let (nodes, texts) = parse_svg(&svg);
            let indicators = project.framework.indicators.len();
            let rings = project.framework.scale.values().len();
            assert!(texts >= indicators + rings + 2, "{texts} text nodes");
            assert!(nodes > 3 * indicators, "{nodes} nodes");
            for indicator in &project.framework.indicators {
                let name = indicator.name.get(lang);
                // Wrapped names are split between lines: every word must be there.
                for word in name.split_whitespace() {
                    assert!(
                        svg.contains(&escape(word)),
                        "{word:?} of {name:?} missing ({lang:?})"
                    );
                }
            }
            assert_eq!(
                svg.matches("class=\"point\"").count(),
                scored_points(&project, &[])
            );
            assert_eq!(
                svg.matches("<title>").count(),
                scored_points(&project, &[]) + 1
            );
        }
    }
}

#[test]
fn the_svg_keeps_names_whole_on_a_line_when_they_fit_and_wraps_only_long_ones() {
    let project = kotagede();
    let radar = Radar::build(&project, &[], Lang::En);
    let svg = radar_svg(&radar, &SvgOptions::for_project(&project, Lang::En));
    assert!(
        svg.contains(">Network structure</tspan>"),
        "a short name stays on one line"
    );
    assert!(svg.contains(">Governance</tspan>"));
    assert!(
        !svg.contains(">Distributive accountability / responsibility</tspan>"),
        "the longest name wraps"
    );
}

#[test]
fn a_chosen_subset_draws_only_those_assessments_and_unknown_ids_are_refused() {
    let mut project = kotagede();
    let mut second = project.assessments[0].clone();
    second.id = AssessmentId::new("second");
    second.label = "Second".into();
    second.scores.truncate(3);
    project.assessments.push(second);
    let only = vec![AssessmentId::new("second")];
    let chart = ChartExport {
        assessments: only.clone(),
        ..ChartExport::default()
    };
    let svg = String::from_utf8(chart_bytes(&project, &chart, ChartFormat::Svg).expect("SVG"))
        .expect("UTF-8");
    assert_eq!(
        svg.matches("class=\"point\"").count(),
        scored_points(&project, &only)
    );
    assert_eq!(scored_points(&project, &only), 3);
    assert!(svg.contains(">Second</tspan>") && !svg.contains("Penilaian peneliti (2020)"));

    let both = String::from_utf8(
        chart_bytes(&project, &ChartExport::default(), ChartFormat::Svg).expect("SVG"),
    )
    .expect("UTF-8");
    assert_eq!(
        both.matches("class=\"point\"").count(),
        scored_points(&project, &[])
    );
    assert_eq!(
        both.matches("class=\"outline\"").count(),
        project.assessments.len()
    );

    let unknown = ChartExport {
        assessments: vec![AssessmentId::new("second"), AssessmentId::new("nope")],
        ..ChartExport::default()
    };
    match chart_bytes(&project, &unknown, ChartFormat::Png) {
        Err(ExportError::UnknownAssessment { id, known }) => {
            assert_eq!(id, "nope");
            let ids: Vec<String> = project.assessments.iter().map(|a| a.id.0.clone()).collect();
            assert_eq!(known, ids);
        }
        other => panic!("expected an unknown-assessment error, got {other:?}"),
    }
}

#[test]
fn the_report_holds_every_indicator_every_linked_quote_and_the_chart() {
    let project = kotagede();
    let html = report_html(&project, Lang::En);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<svg"), "the chart is inline");
    assert_eq!(
        html.matches("<svg").count(),
        2,
        "the chart and the network diagram"
    );
    assert!(html.contains("@page { size: A4; margin: 18mm; }"));
    assert!(!html.contains("<script"), "no scripts");
    assert!(
        !html.contains("src=\"") && !html.contains("<link"),
        "no external files"
    );
    for indicator in &project.framework.indicators {
        assert!(
            html.contains(&escape(indicator.name.get(Lang::En))),
            "{}",
            indicator.id
        );
        assert!(
            html.contains(&escape(indicator.definition.get(Lang::En))),
            "{}",
            indicator.id
        );
    }
    let mut linked = 0;
    for note in project.evidence.iter().filter(|n| !n.indicators.is_empty()) {
        assert!(
            html.contains(&escape(note.excerpt.trim())),
            "quote of {} missing",
            note.id
        );
        linked += 1;
    }
    assert!(linked > 30, "the sample links its notes");
    for source in &project.sources {
        assert!(
            html.contains(&escape(&source.title)),
            "source {}",
            source.id
        );
    }
    for actor in &project.actors {
        assert!(html.contains(&escape(&actor.name)), "actor {}", actor.id);
    }
    for finding in project.all_findings() {
        assert!(
            html.contains(&escape(&finding.title)),
            "finding {}",
            finding.id
        );
    }
    for assessment in &project.assessments {
        for score in &assessment.scores {
            if !score.rationale.trim().is_empty() {
                assert!(
                    html.contains(&escape(score.rationale.trim())),
                    "rationale of {}",
                    score.indicator
                );
            }
        }
    }
}

#[test]
fn the_report_separates_cited_evidence_from_other_linked_evidence() {
    let mut project = valid_project();
    // e1 is linked to network-structure and trust; only network-structure's score cites it.
    let html = report_html(&project, Lang::En);
    let cited = html
        .find("Evidence cited for this score")
        .expect("a cited-evidence heading");
    let quote = html.find("We only facilitate.").expect("the quote");
    assert!(cited < quote);
    // On trust, the same note is linked but not cited: it is listed as other evidence.
    let trust = html
        .find("Trust among the participants</h3>")
        .expect("the trust block");
    let other = html[trust..]
        .find("Other evidence linked to this indicator")
        .expect("other heading")
        + trust;
    assert!(html[other..].contains("We only facilitate."));
    project.evidence.clear();
    project.assessments[0].scores[0].evidence.clear();
    let html = report_html(&project, Lang::En);
    assert!(html.contains("No evidence cited."));
}

/// Puts `<script>alert(1)</script>` into every text of a valid project,
/// ids included (consistently, so references still resolve).
fn hostile_project() -> Project {
    const PAYLOAD: &str = "<script>alert(1)</script>'\"&";
    let p = |text: &mut String| *text = format!("{PAYLOAD}{text}");
    let mut project = valid_project();
    let study = &mut project.study;
    for text in [
        &mut study.title,
        &mut study.case,
        &mut study.location,
        &mut study.institution,
        &mut study.period,
        &mut study.method_notes,
    ] {
        p(text);
    }
    study.researchers.push(PAYLOAD.to_owned());
    project.network.notes = PAYLOAD.to_owned();
    let framework = &mut project.framework;
    p(&mut framework.name.id);
    p(&mut framework.name.en);
    p(&mut framework.citation);
    for indicator in &mut framework.indicators {
        p(&mut indicator.id.0);
        for text in [
            &mut indicator.name.id,
            &mut indicator.name.en,
            &mut indicator.definition.id,
            &mut indicator.definition.en,
        ] {
            p(text);
        }
    }
    for level in &mut framework.scale.levels {
        p(&mut level.label.id);
        p(&mut level.label.en);
    }
    for actor in &mut project.actors {
        for text in [
            &mut actor.id.0,
            &mut actor.name,
            &mut actor.short_name,
            &mut actor.description,
        ] {
            p(text);
        }
    }
    for activity in &mut project.activities {
        for text in [
            &mut activity.id.0,
            &mut activity.name,
            &mut activity.schedule,
            &mut activity.place,
            &mut activity.description,
        ] {
            p(text);
        }
    }
    for role in &mut project.roles {
        for text in [
            &mut role.id.0,
            &mut role.actor.0,
            &mut role.activity.0,
            &mut role.responsibilities,
            &mut role.authority,
        ] {
            p(text);
        }
    }
    for source in &mut project.sources {
        for text in [
            &mut source.id.0,
            &mut source.title,
            &mut source.informant,
            &mut source.reference,
        ] {
            p(text);
        }
        if let Some(actor) = &mut source.actor {
            p(&mut actor.0);
        }
    }
    for note in &mut project.evidence {
        for text in [
            &mut note.id.0,
            &mut note.source.0,
            &mut note.excerpt,
            &mut note.interpretation,
        ] {
            p(text);
        }
        note.indicators.iter_mut().for_each(|i| p(&mut i.0));
        note.actors.iter_mut().for_each(|a| p(&mut a.0));
        note.tags.iter_mut().for_each(p);
    }
    for assessment in &mut project.assessments {
        for text in [
            &mut assessment.id.0,
            &mut assessment.label,
            &mut assessment.assessor,
            &mut assessment.notes,
        ] {
            p(text);
        }
        for score in &mut assessment.scores {
            p(&mut score.indicator.0);
            p(&mut score.rationale);
            score.evidence.iter_mut().for_each(|e| p(&mut e.0));
        }
    }
    for finding in project
        .supporting_factors
        .iter_mut()
        .chain(&mut project.inhibiting_factors)
        .chain(&mut project.recommendations)
    {
        for text in [&mut finding.id.0, &mut finding.title, &mut finding.text] {
            p(text);
        }
        finding.indicators.iter_mut().for_each(|i| p(&mut i.0));
        finding.actors.iter_mut().for_each(|a| p(&mut a.0));
        finding.evidence.iter_mut().for_each(|e| p(&mut e.0));
    }
    assert_eq!(
        project.validate(),
        vec![],
        "the hostile project is still valid"
    );
    project
}

#[test]
fn project_text_is_escaped_everywhere_in_the_report_and_the_chart() {
    let project = hostile_project();
    for lang in Lang::ALL {
        let html = report_html(&project, lang);
        assert!(
            !html.contains("<script"),
            "unescaped script tag in the {lang:?} report"
        );
        assert!(!html.contains("alert(1)</"), "unescaped closing tag");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&#39;&quot;&amp;"));
        let svg = String::from_utf8(
            chart_bytes(
                &project,
                &ChartExport {
                    lang,
                    ..ChartExport::default()
                },
                ChartFormat::Svg,
            )
            .expect("SVG"),
        )
        .expect("UTF-8");
        assert!(
            !svg.contains("<script"),
            "unescaped script tag in the {lang:?} chart"
        );
        parse_svg(&svg);
        let png = chart_bytes(
            &project,
            &ChartExport {
                width: 400,
                height: 300,
                lang,
                ..ChartExport::default()
            },
            ChartFormat::Png,
        )
        .expect("PNG");
        assert_eq!(png_size(&png), (400, 300));
    }
}

#[test]
fn csv_rows_match_the_project_and_fields_survive_quoting() {
    let project = kotagede();
    let dir = temp_dir();
    let written = export_csv(&project, dir.path(), Lang::En).expect("CSV export");
    let names: Vec<String> = written
        .iter()
        .map(|p| {
            p.file_name()
                .expect("a name")
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    assert_eq!(names, CSV_FILES.to_vec());
    let table =
        |name: &str| parse_csv(&fs::read_to_string(dir.path().join(name)).expect("read CSV"));
    let expected = [
        ("actors.csv", project.actors.len()),
        ("activities.csv", project.activities.len()),
        ("roles.csv", project.roles.len()),
        ("sources.csv", project.sources.len()),
        ("evidence.csv", project.evidence.len()),
        (
            "scores.csv",
            project.assessments.len() * project.framework.indicators.len(),
        ),
        ("findings.csv", project.all_findings().count()),
    ];
    for (name, rows) in expected {
        let records = table(name);
        assert_eq!(
            records.len(),
            rows + 1,
            "{name}: header plus one row per item"
        );
        let width = records[0].len();
        assert!(
            records.iter().all(|r| r.len() == width),
            "{name}: every record has {width} fields"
        );
    }
    let evidence = table("evidence.csv");
    let header = &evidence[0];
    let column = |title: &str| header.iter().position(|h| h == title).expect("a column");
    for (record, note) in evidence[1..].iter().zip(&project.evidence) {
        assert_eq!(record[column("id")], note.id.as_str());
        assert_eq!(
            record[column("excerpt")],
            note.excerpt,
            "the quote survives quoting"
        );
        let indicators: Vec<&str> = note
            .indicators
            .iter()
            .map(sinergi::model::IndicatorId::as_str)
            .collect();
        assert_eq!(record[column("indicators")], indicators.join(";"));
        let actors: Vec<&str> = note
            .actors
            .iter()
            .map(sinergi::model::ActorId::as_str)
            .collect();
        assert_eq!(record[column("actors")], actors.join(";"));
    }
    let scores = table("scores.csv");
    assert_eq!(
        scores[0],
        [
            "assessment",
            "assessment_label",
            "indicator",
            "indicator_name",
            "score",
            "scale_label",
            "rationale",
            "evidence",
            "framework"
        ]
    );
    let first = &scores[1];
    let entry = &project.assessments[0].scores[0];
    assert_eq!(first[2], entry.indicator.as_str());
    assert_eq!(first[4], "3");
    assert_eq!(first[5], "Moderate");
    let cited: Vec<&str> = entry
        .evidence
        .iter()
        .map(sinergi::model::EvidenceId::as_str)
        .collect();
    assert_eq!(first[7], cited.join(";"));
}

#[test]
fn csv_export_makes_its_folder_rewrites_without_backups_and_reports_a_file_in_the_way() {
    let project = valid_project();
    let dir = temp_dir();
    let target = dir.path().join("new").join("folder");
    export_csv(&project, &target, Lang::Id).expect("first export");
    export_csv(&project, &target, Lang::Id).expect("second export");
    let mut names: Vec<String> = fs::read_dir(&target)
        .expect("list")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let mut expected: Vec<String> = CSV_FILES.iter().map(|s| (*s).to_owned()).collect();
    expected.sort();
    assert_eq!(names, expected, "no .bak or temporary files left behind");
    let blocker = dir.path().join("a-file");
    fs::write(&blocker, "x").expect("write");
    match export_csv(&project, &blocker, Lang::Id) {
        Err(error @ ExportError::CreateFolder { .. }) => {
            let message = error.describe(Lang::En, Path::new("p.ron"));
            assert!(message.contains("a-file"), "{message}");
        }
        other => panic!("expected a folder error, got {other:?}"),
    }
}

#[test]
fn indonesian_exports_use_indonesian_labels() {
    let project = kotagede();
    let html = report_html(&project, Lang::Id);
    for label in [
        "Struktur jaringan",
        "Bukti yang dikutip untuk nilai ini",
        "Faktor pendukung",
        "Faktor penghambat",
        "Rekomendasi",
        "Triangulasi",
        "Wawancara",
    ] {
        assert!(
            html.contains(label),
            "{label:?} missing from the Indonesian report"
        );
    }
    assert!(html.contains("<html lang=\"id\">"));
    assert!(!html.contains("Evidence cited for this score"));
    let chart = ChartExport {
        lang: Lang::Id,
        ..ChartExport::default()
    };
    let svg = String::from_utf8(chart_bytes(&project, &chart, ChartFormat::Svg).expect("SVG"))
        .expect("UTF-8");
    for label in ["Struktur jaringan", "Sangat kuat", "Penilaian", "Nilai: "] {
        assert!(
            svg.contains(label),
            "{label:?} missing from the Indonesian chart"
        );
    }
    assert!(!svg.contains("Network structure"));
    let english = report_html(&project, Lang::En);
    assert!(
        english.contains("Network structure") && english.contains("Evidence cited for this score")
    );
}

fn cli(args: &[&OsStr]) -> Run {
    run(args)
}

fn cli_id(args: &[&OsStr]) -> Run {
    let mut command = sinergi_bare();
    command.arg("--lang").arg("id").args(args);
    run_with_timeout(command, Duration::from_mins(2))
}

#[test]
fn cli_chart_writes_png_and_svg_with_the_asked_options() {
    let dir = temp_dir();
    let file = kotagede_path();
    let png = dir.path().join("chart.png");
    let result = cli(&[
        "chart".as_ref(),
        file.as_os_str(),
        "--out".as_ref(),
        png.as_os_str(),
    ]);
    assert_eq!(result.code, Some(0), "stderr: {}", result.stderr);
    assert_eq!(result.stdout.trim(), format!("{}: written", png.display()));
    assert_eq!(
        png_size(&fs::read(&png).expect("the PNG")),
        (1920, 1080),
        "default size"
    );

    let svg = dir.path().join("chart.SVG");
    let result = cli_id(&[
        "chart".as_ref(),
        file.as_os_str(),
        "--out".as_ref(),
        svg.as_os_str(),
        "--width".as_ref(),
        "1000".as_ref(),
        "--height".as_ref(),
        "1400".as_ref(),
        "--theme".as_ref(),
        "dark".as_ref(),
        "--assessment".as_ref(),
        "peneliti-2020".as_ref(),
    ]);
    assert_eq!(result.code, Some(0), "stderr: {}", result.stderr);
    assert!(result.stdout.contains("ditulis"), "{}", result.stdout);
    let text = fs::read_to_string(&svg).expect("the SVG");
    assert!(text.contains("width=\"1000\" height=\"1400\" viewBox=\"0 0 1000 1400\""));
    assert!(text.contains("fill=\"#1c1e22\""), "dark background");
    assert!(text.contains("Struktur jaringan"));
    parse_svg(&text);

    // Writing again replaces the file and leaves nothing beside it.
    let again = cli(&[
        "chart".as_ref(),
        file.as_os_str(),
        "--out".as_ref(),
        png.as_os_str(),
        "--width".as_ref(),
        "640".as_ref(),
        "--height".as_ref(),
        "480".as_ref(),
    ]);
    assert_eq!(again.code, Some(0), "stderr: {}", again.stderr);
    assert_eq!(png_size(&fs::read(&png).expect("the PNG")), (640, 480));
    assert_eq!(
        crate::common::listing(dir.path()),
        vec!["chart.SVG", "chart.png"]
    );
}

#[test]
fn cli_chart_refuses_unknown_assessments_formats_and_sizes() {
    let dir = temp_dir();
    let file = kotagede_path();
    let png = dir.path().join("chart.png");
    let result = cli(&[
        "chart".as_ref(),
        file.as_os_str(),
        "--out".as_ref(),
        png.as_os_str(),
        "--assessment".as_ref(),
        "no-such".as_ref(),
    ]);
    assert_eq!(result.code, Some(1));
    assert!(
        result.stderr.contains("\"no-such\"") && result.stderr.contains("peneliti-2020"),
        "{}",
        result.stderr
    );
    assert!(!png.exists(), "nothing written");

    let gif = dir.path().join("chart.gif");
    let result = cli(&[
        "chart".as_ref(),
        file.as_os_str(),
        "--out".as_ref(),
        gif.as_os_str(),
    ]);
    assert_eq!(result.code, Some(2));
    assert!(result.stderr.contains(".png or .svg"), "{}", result.stderr);
    assert!(!gif.exists());

    for size in ["0", "20000", "wide"] {
        let result = cli(&[
            "chart".as_ref(),
            file.as_os_str(),
            "--out".as_ref(),
            png.as_os_str(),
            "--width".as_ref(),
            size.as_ref(),
        ]);
        assert_eq!(result.code, Some(2), "--width {size}: {}", result.stderr);
    }
    let result = cli(&[
        "chart".as_ref(),
        file.as_os_str(),
        "--out".as_ref(),
        png.as_os_str(),
        "--width".as_ref(),
        "16000".as_ref(),
        "--height".as_ref(),
        "16000".as_ref(),
    ]);
    assert_eq!(result.code, Some(1));
    assert!(result.stderr.contains("not supported"), "{}", result.stderr);
    assert!(crate::common::listing(dir.path()).is_empty());
}

#[test]
fn cli_report_and_export_csv_write_their_files() {
    let dir = temp_dir();
    let file = kotagede_path();
    let html = dir.path().join("report.html");
    let result = cli_id(&[
        "report".as_ref(),
        file.as_os_str(),
        "--out".as_ref(),
        html.as_os_str(),
    ]);
    assert_eq!(result.code, Some(0), "stderr: {}", result.stderr);
    let text = fs::read_to_string(&html).expect("the report");
    assert!(
        text.contains("<svg")
            && text.contains("Struktur jaringan")
            && text.contains("Bukti yang dikutip")
    );

    let folder = dir.path().join("csv");
    let result = cli(&[
        "export-csv".as_ref(),
        file.as_os_str(),
        "--out".as_ref(),
        folder.as_os_str(),
    ]);
    assert_eq!(result.code, Some(0), "stderr: {}", result.stderr);
    assert_eq!(result.stdout.lines().count(), CSV_FILES.len());
    let mut expected: Vec<String> = CSV_FILES.iter().map(|s| (*s).to_owned()).collect();
    expected.sort();
    assert_eq!(crate::common::listing(&folder), expected);
}

#[test]
fn cli_exports_refuse_an_invalid_project_and_write_nothing() {
    let dir = temp_dir();
    let mut project = valid_project();
    project.roles[0].actor = sinergi::model::ActorId::new("ghost");
    let file = dir.path().join("broken.ron");
    store::save(&file, &project).expect("save");
    let out = dir.path().join("out");
    for args in [
        vec!["chart", "--out", "out/c.png"],
        vec!["report", "--out", "out/r.html"],
        vec!["export-csv", "--out", "out"],
    ] {
        let mut command = crate::common::sinergi();
        command
            .current_dir(dir.path())
            .arg(args[0])
            .arg(&file)
            .args(&args[1..]);
        let result = run_with_timeout(command, Duration::from_mins(2));
        assert_eq!(result.code, Some(1), "{args:?}: {}", result.stderr);
        assert!(result.stderr.contains("ghost"), "{}", result.stderr);
    }
    assert!(!out.exists());
}

#[test]
fn a_report_of_an_empty_project_still_renders() {
    let project = Project::new(Framework::deseve());
    let html = report_html(&project, Lang::En);
    assert!(html.contains("<svg") && html.contains("Untitled"));
    let png = chart_bytes(
        &project,
        &ChartExport {
            width: 300,
            height: 200,
            ..ChartExport::default()
        },
        ChartFormat::Png,
    )
    .expect("PNG of an empty chart");
    assert_eq!(png_size(&png), (300, 200));
    report::write_file(&temp_dir().path().join("x.html"), html.as_bytes()).expect("write");
}

#[test]
fn odd_frameworks_texts_and_sizes_still_give_a_valid_chart() {
    use sinergi::chart::png::svg_to_png;
    use sinergi::model::{Indicator, IndicatorId, IndicatorScore, Text};
    let base = valid_project();
    let indicator = |i: usize, name: String| Indicator {
        id: IndicatorId::new(format!("i{i}")),
        name: Text::new(name.clone(), name),
        definition: Text::default(),
        guiding_questions: Vec::new(),
        rubric: Vec::new(),
    };
    let long_word = "x".repeat(5000);
    let long_text = "kata ".repeat(20_000);
    let cases: Vec<Vec<String>> = vec![
        vec![],
        vec!["Only one".into()],
        vec!["One".into(), "Two".into()],
        (0..40)
            .map(|i| format!("Indicator number {i} with a fairly long name"))
            .collect(),
        vec![
            long_word,
            long_text,
            "\u{1}\u{7}control\u{fffe}".into(),
            "漢字 emoji 🎉".into(),
        ],
    ];
    for names in cases {
        let mut project = base.clone();
        project.framework.indicators = names
            .into_iter()
            .enumerate()
            .map(|(i, n)| indicator(i, n))
            .collect();
        project.assessments[0].scores = project
            .framework
            .indicators
            .iter()
            .enumerate()
            .map(|(i, ind)| IndicatorScore {
                score: Some(1.0 + (i % 5) as f64),
                ..IndicatorScore::empty(ind.id.clone())
            })
            .collect();
        let radar = Radar::build(&project, &[], Lang::En);
        for (width, height) in [(1, 1), (37, 500), (1920, 1080), (3000, 40)] {
            let options = SvgOptions {
                width,
                height,
                ..SvgOptions::for_project(&project, Lang::En)
            };
            let svg = radar_svg(&radar, &options);
            parse_svg(&svg);
            assert_eq!(
                svg.matches("class=\"point\"").count(),
                project.framework.indicators.len()
            );
            let png = svg_to_png(&svg, width, height).expect("a PNG");
            assert_eq!(png_size(&png), (width, height));
        }
        let _ = report_html(&project, Lang::Id);
    }
}

#[test]
fn csv_for_excel_in_indonesian_uses_semicolons_and_decimal_commas() {
    let mut project = kotagede();
    project.assessments[0].scores[0].score = Some(3.5);
    project.framework.scale.step = 0.5;
    let dir = temp_dir();
    report::export_csv_separated(
        &project,
        dir.path(),
        Lang::Id,
        report::CsvSeparator::Semicolon,
    )
    .expect("CSV export");
    let read = |name: &str| fs::read_to_string(dir.path().join(name)).expect("read CSV");
    let scores = parse_csv_separated(&read("scores.csv"), ';');
    let column = scores[0].iter().position(|h| h == "score").expect("score");
    assert_eq!(scores[1][column], "3,5", "a decimal comma");
    assert!(scores.iter().all(|r| r.len() == scores[0].len()));

    let findings = parse_csv_separated(&read("findings.csv"), ';');
    let kind = findings[0].iter().position(|h| h == "kind").expect("kind");
    let supporting = findings[1..]
        .iter()
        .filter(|r| r[kind] == "supporting")
        .count();
    assert_eq!(supporting, project.supporting_factors.len());

    let evidence = parse_csv_separated(&read("evidence.csv"), ';');
    let header = &evidence[0];
    let at = |title: &str| header.iter().position(|h| h == title).expect(title);
    let anchored = project
        .evidence
        .iter()
        .position(|n| n.anchor.is_some())
        .expect("the sample anchors notes");
    let note = &project.evidence[anchored];
    let record = &evidence[anchored + 1];
    let anchor = note.anchor.expect("anchored");
    assert_eq!(record[at("anchor_start")], anchor.start.to_string());
    assert_eq!(record[at("anchor_end")], anchor.end.to_string());
    assert_eq!(record[at("locator")], note.locator);

    let sources = parse_csv_separated(&read("sources.csv"), ';');
    assert!(sources[0].iter().any(|h| h == "informant_code"));
}
