//! The Word chapter as a student opens it: a zip Word reads, with real
//! headings, numbered captions, tables and the chart picture, in the study's
//! language, with every text escaped.

use crate::common::{root, sinergi, sinergi_bare};
use sinergi::model::{Assessment, AssessmentId, Lang, Project};
use sinergi::report::{Block, ChapterOptions, NETWORK_PIXELS, build_chapter, docx_bytes};
use sinergi::store;
use std::io::Read;
use std::path::Path;

fn kotagede() -> Project {
    store::load(&root().join("sample_data").join("kotagede.ron")).expect("the sample loads")
}

fn options(lang: Lang) -> ChapterOptions {
    ChapterOptions {
        number: 4,
        lang,
        assessments: Vec::new(),
    }
}

/// The named part of a .docx, as text.
fn part(docx: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("a zip");
    let mut file = archive.by_name(name).expect(name);
    let mut text = String::new();
    file.read_to_string(&mut text).expect("UTF-8 XML");
    text
}

fn names(docx: &[u8]) -> Vec<String> {
    let archive = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("a zip");
    archive.file_names().map(str::to_owned).collect()
}

/// The document's paragraphs' text, one string per `w:p`, after checking the
/// XML is well formed.
fn paragraphs(xml: &str) -> Vec<String> {
    let document = roxmltree::Document::parse(xml).expect("well-formed XML");
    document
        .descendants()
        .filter(|n| n.tag_name().name() == "p")
        .map(|p| {
            p.descendants()
                .filter(|n| n.tag_name().name() == "t")
                .filter_map(|t| t.text())
                .collect::<String>()
        })
        .collect()
}

#[test]
fn the_sample_chapter_has_headings_numbered_tables_and_the_chart() {
    let project = kotagede();
    let chapter = build_chapter(&project, &options(Lang::Id)).expect("chapter");
    let tables: Vec<_> = chapter.tables().collect();
    // Actors, roles, the relations, the network measures, the summary, one
    // evidence table per indicator, the agreement of the member check with
    // the researcher (scores and statistics; it is the comparison of the
    // two), two matrices, two kinds of factor and the recommendations.
    assert_eq!(tables.len(), 5 + 8 + 2 + 2 + 3);
    for (k, table) in tables.iter().enumerate() {
        assert_eq!(table.number as usize, k + 1, "tables numbered in order");
        assert!(table.rows.iter().all(|r| r.len() == table.header.len()));
        assert_eq!(table.widths.len(), table.header.len());
    }
    assert_eq!(chapter.figures().count(), 2, "the network and the radar");

    let docx = docx_bytes(&chapter).expect("docx");
    let files = names(&docx);
    assert!(files.iter().any(|f| f == "word/document.xml"));
    assert!(
        files
            .iter()
            .any(|f| f.starts_with("word/media/") && f.ends_with(".png")),
        "the chart is embedded: {files:?}"
    );
    let document = part(&docx, "word/document.xml");
    let text = paragraphs(&document);
    assert_eq!(document.matches("<w:tbl>").count(), tables.len());
    assert!(
        text.iter()
            .any(|p| p == "BAB 4 HASIL PENELITIAN DAN PEMBAHASAN")
    );
    assert!(text.iter().any(|p| p == "4.2 Aktor yang Terlibat"));
    assert!(
        text.iter()
            .any(|p| p.starts_with("Tabel 4.1 Aktor menurut sektor"))
    );
    assert!(
        text.iter()
            .any(|p| p.starts_with("Gambar 4.2 Grafik radar"))
    );
    assert!(text.iter().any(|p| p.starts_with("Tabel 4.20 Rekomendasi")));
    assert_eq!(
        document.matches("SEQ Tabel").count(),
        tables.len(),
        "every table caption is a Word caption with a SEQ field"
    );
    assert!(document.contains("<w:tblHeader />"), "header rows repeat");
    // Each supporting factor is in the chapter.
    for factor in &project.supporting_factors {
        assert!(
            text.iter().any(|p| p == factor.title.trim()),
            "{}",
            factor.title
        );
    }
    // The headings use Word's own style names, so a template's styles apply.
    let styles = part(&docx, "word/styles.xml");
    for name in ["heading 1", "heading 2", "heading 3", "caption"] {
        assert!(styles.contains(&format!("w:val=\"{name}\"")), "{name}");
    }
    assert!(document.contains("w:val=\"Heading2\""));
}

/// A PNG's width and height, from its header.
fn png_size(png: &[u8]) -> (u32, u32) {
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "a PNG");
    let word = |at: usize| u32::from_be_bytes(png[at..at + 4].try_into().expect("4 bytes"));
    (word(16), word(20))
}

/// The bytes of every picture in the .docx.
fn media(docx: &[u8]) -> Vec<Vec<u8>> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx)).expect("a zip");
    let names: Vec<String> = archive
        .file_names()
        .filter(|f| f.starts_with("word/media/") && f.ends_with(".png"))
        .map(str::to_owned)
        .collect();
    names
        .iter()
        .map(|name| {
            let mut bytes = Vec::new();
            archive
                .by_name(name)
                .expect(name)
                .read_to_end(&mut bytes)
                .expect("read");
            bytes
        })
        .collect()
}

#[test]
fn the_sample_chapter_draws_the_network_and_tables_its_relations_and_measures() {
    let project = kotagede();
    let chapter = build_chapter(&project, &options(Lang::Id)).expect("chapter");

    // The diagram is the first figure, at 300 dpi for 14 cm, before the radar.
    let figures: Vec<_> = chapter.figures().collect();
    assert_eq!(figures[0].caption, "Jaringan aktor dan relasinya");
    assert_eq!(figures[0].pixels, NETWORK_PIXELS);
    assert_eq!(png_size(&figures[0].png), NETWORK_PIXELS);
    assert_eq!(figures[1].caption, "Grafik radar nilai indikator");

    // One row per relation: the pair, kind and direction, both sides' levels,
    // how far apart they are, the evidence.
    let relations = chapter
        .tables()
        .find(|t| t.caption.starts_with("Relasi antaraktor"))
        .expect("a relations table");
    assert_eq!(relations.rows.len(), project.relations.len());
    assert_eq!(
        relations.header,
        [
            "Aktor (dari → kepada)",
            "Jenis relasi (arah)",
            "Tingkat menurut pihak pertama",
            "Tingkat menurut pihak kedua",
            "Selisih",
            "Bukti"
        ]
    );
    let mou = relations
        .rows
        .iter()
        .find(|r| r[1].starts_with("Perjanjian formal"))
        .expect("the MoU of the city office and the university");
    assert_eq!(mou[0], "Disperindag ↔ LPM AMIKOM");
    assert!(mou[1].ends_with("(timbal balik)"), "{mou:?}");
    let differing = project
        .collaboration_levels
        .iter()
        .filter(|l| l.mismatch().is_some())
        .count();
    assert!(differing > 0);
    let flagged = relations
        .rows
        .iter()
        .filter(|r| r[4].parse::<u8>().is_ok_and(|gap| gap > 0))
        .count();
    let expected = project
        .relations
        .iter()
        .filter(|r| {
            project
                .pair_level(&r.from, &r.to)
                .is_some_and(|l| l.mismatch().is_some())
        })
        .count();
    assert_eq!(
        flagged, expected,
        "each relation of a pair whose views differ"
    );
    assert!(
        relations.rows.iter().any(|r| r[2] == "3 · Koordinasi"),
        "levels are named as well as numbered"
    );
    let first = &project.relations[0];
    let evidence = first
        .evidence
        .iter()
        .map(|e| e.as_str())
        .collect::<Vec<_>>();
    assert_eq!(relations.rows[0][5], evidence.join(", "));

    // Every actor's degree and betweenness, the most between first.
    let measures = chapter
        .tables()
        .find(|t| t.caption == "Derajat dan keantaraan setiap aktor")
        .expect("a measures table");
    assert_eq!(measures.rows.len(), project.actors.len());
    assert_eq!(measures.rows[0][0], "Disperindag");
    assert_eq!(measures.rows[0][2], "6", "tied to every other actor");

    // In the .docx: the captions, the density sentence and both pictures.
    let docx = docx_bytes(&chapter).expect("docx");
    let text = paragraphs(&part(&docx, "word/document.xml"));
    for caption in [
        "Gambar 4.1 Jaringan aktor dan relasinya",
        "Tabel 4.3 Relasi antaraktor dan tingkat kolaborasi menurut masing-masing pihak",
        "Tabel 4.4 Derajat dan keantaraan setiap aktor",
    ] {
        assert!(text.iter().any(|p| p == caption), "{caption}");
    }
    assert!(
        text.iter()
            .any(|p| p.starts_with("Kepadatan jaringan 0.48, sentralisasi derajat"))
    );
    assert!(
        text.iter()
            .any(|p| p.starts_with("Aktor pemimpin / administrator jaringan: Disperindag"))
    );
    let pictures = media(&docx);
    assert_eq!(pictures.len(), 2);
    assert!(
        pictures.contains(&figures[0].png),
        "the network picture is in the document"
    );

    let english = build_chapter(&project, &options(Lang::En)).expect("chapter");
    let text = paragraphs(&part(
        &docx_bytes(&english).expect("docx"),
        "word/document.xml",
    ));
    assert!(
        text.iter()
            .any(|p| p == "Figure 4.1 The actors and their relations")
    );
    assert!(text.iter().any(|p| {
        p == "Table 4.3 Relations between actors and the level of collaboration as each side sees it"
    }));
    let relations = english
        .tables()
        .find(|t| t.caption.starts_with("Relations between actors"))
        .expect("an English relations table");
    assert!(
        relations
            .rows
            .iter()
            .any(|r| r[1] == "Formal agreement (MoU) (mutual)")
    );
}

#[test]
fn an_english_chapter_is_english_throughout_and_takes_its_number() {
    let project = kotagede();
    let chapter = build_chapter(
        &project,
        &ChapterOptions {
            number: 5,
            ..options(Lang::En)
        },
    )
    .expect("chapter");
    let document = part(&docx_bytes(&chapter).expect("docx"), "word/document.xml");
    let text = paragraphs(&document);
    assert!(text.iter().any(|p| p == "CHAPTER 5 RESULTS AND DISCUSSION"));
    assert!(
        text.iter()
            .any(|p| p.starts_with("Table 5.1 Actors by sector"))
    );
    assert!(text.iter().any(|p| p.starts_with("Figure 5.2 Radar chart")));
    for indonesian in ["Tabel ", "Gambar ", "Faktor pendukung", "Belum dinilai"] {
        assert!(
            !text.iter().any(|p| p.starts_with(indonesian)),
            "{indonesian:?} in an English chapter"
        );
    }
}

/// The document's tables, each as rows of cell texts (the header row first).
fn tables(xml: &str) -> Vec<Vec<Vec<String>>> {
    let document = roxmltree::Document::parse(xml).expect("well-formed XML");
    let text = |node: roxmltree::Node<'_, '_>| -> String {
        node.descendants()
            .filter(|n| n.tag_name().name() == "t")
            .filter_map(|t| t.text())
            .collect()
    };
    let children = |node: roxmltree::Node<'_, '_>, name: &str| -> Vec<String> {
        node.children()
            .filter(|n| n.tag_name().name() == name)
            .map(text)
            .collect()
    };
    document
        .descendants()
        .filter(|n| n.tag_name().name() == "tbl")
        .map(|table| {
            table
                .children()
                .filter(|n| n.tag_name().name() == "tr")
                .map(|row| children(row, "tc"))
                .collect()
        })
        .collect()
}

#[test]
fn the_sample_member_check_brings_the_agreement_in_both_languages() {
    let project = kotagede();
    let researcher = &project.assessments[0].label;
    let member_check = &project.assessments[1].label;
    for (lang, heading, kappa, band, interval, rubric, difference) in [
        (
            Lang::Id,
            "Kesepakatan Antarpenilaian",
            "Kappa berbobot Cohen (linear)",
            "Landis & Koch (1977)",
            "Interval kepercayaan 95%",
            "Rubrik: ",
            "Selisih",
        ),
        (
            Lang::En,
            "Agreement between the Assessments",
            "Cohen's weighted kappa (linear)",
            "Landis & Koch (1977)",
            "95% confidence interval",
            "Rubric: ",
            "Difference",
        ),
    ] {
        let chapter = build_chapter(&project, &options(lang)).expect("chapter");
        let document = part(&docx_bytes(&chapter).expect("docx"), "word/document.xml");
        let text = paragraphs(&document);
        assert!(
            text.iter()
                .any(|p| p.starts_with("4.") && p.ends_with(heading)),
            "{lang:?}: the agreement section"
        );
        let tables = tables(&document);
        // Both scores per indicator: the indicator, the two labels, the difference.
        let scores = tables
            .iter()
            .find(|t| {
                t[0].get(1) == Some(researcher)
                    && t[0].get(2) == Some(member_check)
                    && t[0].get(3).is_some_and(|h| h == difference)
            })
            .unwrap_or_else(|| panic!("{lang:?}: the agreement's scores table"));
        assert_eq!(scores.len(), 1 + 8, "{lang:?}: a row per indicator");
        assert!(
            scores.iter().skip(1).any(|r| r[3].starts_with('−')),
            "{lang:?}: signed differences: {scores:?}"
        );
        // The statistics: name, value, interval and band.
        let statistics = tables
            .iter()
            .find(|t| t[0].get(2).is_some_and(|h| h == interval))
            .unwrap_or_else(|| panic!("{lang:?}: the agreement's statistics table"));
        assert_eq!(statistics.len(), 1 + 6, "{lang:?}: six statistics");
        let kappa_row = statistics
            .iter()
            .find(|r| r[0] == kappa)
            .unwrap_or_else(|| panic!("{lang:?}: {kappa} in {statistics:?}"));
        assert!(
            kappa_row[1].parse::<f64>().is_ok(),
            "{lang:?}: kappa's value: {kappa_row:?}"
        );
        assert!(
            kappa_row[2].starts_with('[') && kappa_row[2].ends_with(']'),
            "{lang:?}: kappa's interval: {kappa_row:?}"
        );
        assert!(kappa_row[3].contains(band), "{lang:?}: {kappa_row:?}");
        // The caution about eight pairs, and where the bands come from.
        let caution = sinergi::analysis::AgreementReport::between(
            &project,
            &project.assessments[0].id,
            &project.assessments[1].id,
        )
        .expect("comparable")
        .caution(lang);
        assert!(text.contains(&caution), "{lang:?}: {caution}");
        assert!(text.iter().any(|p| p.starts_with("Landis, J. R., & Koch")));
        // The framework with its reference, and the rubric line of a score.
        assert!(
            text.iter().any(|p| p.contains("(DeSeve, G. E. (2007)")),
            "{lang:?}: the framework's reference"
        );
        assert!(
            text.iter().any(|p| p.starts_with(rubric)),
            "{lang:?}: a rubric line"
        );
    }
}

#[test]
fn a_second_framework_has_its_own_section_chart_and_scores() {
    let mut project = kotagede();
    let framework = sinergi::model::Framework::built_in()[2].clone();
    let mut second = Assessment::blank(AssessmentId::new("ag"), "Ansell & Gash", &framework);
    second.framework = sinergi::model::FrameworkSlot::Second;
    second.scores[0].score = Some(3.0);
    let name = framework.name.get(Lang::En).to_owned();
    project.second_framework = Some(framework);
    project.assessments.push(second);
    let chapter = build_chapter(&project, &options(Lang::En)).expect("chapter");
    assert_eq!(
        chapter.figures().count(),
        3,
        "the network, and a radar per framework"
    );
    let headings: Vec<&String> = chapter
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Heading(2, h) => Some(h),
            _ => None,
        })
        .collect();
    assert!(
        headings
            .iter()
            .any(|h| h.ends_with(&format!("The Second Framework: {name}"))),
        "{headings:?}"
    );
    let scores = chapter
        .tables()
        .find(|t| t.caption == format!("Scores and triangulation per indicator against {name}"))
        .expect("the second framework's scores");
    assert_eq!(scores.header[1], "Ansell & Gash");
    assert!(scores.rows[0][1].starts_with('3'), "{:?}", scores.rows[0]);
    // The main framework's summary holds its own assessments only.
    let main = chapter
        .tables()
        .find(|t| t.caption == "Scores and triangulation per indicator")
        .expect("the main summary");
    assert!(!main.header.iter().any(|h| h == "Ansell & Gash"));
}

#[test]
fn several_assessments_bring_the_comparison_table() {
    let mut project = kotagede();
    // The sample's own member check makes way for a harsher one.
    project.assessments.truncate(1);
    let mut second: Assessment = project.assessments[0].clone();
    second.id = AssessmentId::new("member-check");
    second.label = "Member check".into();
    for entry in &mut second.scores {
        entry.score = entry.score.map(|s| (s - 2.0).max(1.0));
    }
    project.assessments.push(second);
    let chapter = build_chapter(&project, &options(Lang::En)).expect("chapter");
    let comparison = chapter
        .tables()
        .find(|t| t.caption == "Scores of the assessments compared")
        .expect("a comparison table");
    assert_eq!(
        comparison.header.len(),
        4,
        "indicator, two scores, difference"
    );
    assert!(comparison.rows.iter().any(|r| r[3].contains("(large)")));
    assert!(comparison.rows.iter().any(|r| r[3].starts_with('−')));
}

#[test]
fn hostile_text_is_escaped_and_control_characters_dropped() {
    let mut project = kotagede();
    project.study.title = "Kolaborasi <w:t>&amp; \"kutip\" \u{1}\u{7}akhir</w:t>".into();
    project.supporting_factors[0].text = "a < b && c > d\u{b}\nbaris kedua".into();
    project.actors[0].description = "]]> <!-- -->".into();
    let chapter = build_chapter(&project, &options(Lang::Id)).expect("chapter");
    let document = part(&docx_bytes(&chapter).expect("docx"), "word/document.xml");
    let text = paragraphs(&document);
    assert!(
        text.iter()
            .any(|p| p == "Kolaborasi <w:t>&amp; \"kutip\"   akhir</w:t>"),
        "the title comes back as typed, control characters as spaces"
    );
    assert!(text.iter().any(|p| p == "]]> <!-- -->"));
    assert!(text.iter().any(|p| p == "a < b && c > d "));
}

#[test]
fn every_block_of_an_empty_project_still_makes_a_valid_document() {
    let project = Project::new(sinergi::model::Framework::deseve());
    let chapter = build_chapter(&project, &options(Lang::En)).expect("chapter");
    assert_eq!(chapter.figures().count(), 0, "no assessment, no chart");
    assert!(
        chapter
            .blocks
            .iter()
            .any(|b| matches!(b, Block::Heading(2, t) if t.ends_with("Recommendations")))
    );
    let document = part(&docx_bytes(&chapter).expect("docx"), "word/document.xml");
    paragraphs(&document);
}

#[test]
fn the_command_line_writes_the_chapter_in_the_study_language_unless_asked() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sample = root().join("sample_data").join("kotagede.ron");
    let run = |out: &Path, lang: Option<&str>| {
        let mut command = sinergi_bare();
        command.arg("docx").arg(&sample).arg("--out").arg(out);
        if let Some(lang) = lang {
            command.args(["--lang", lang]);
        }
        let output = command.output().expect("runs");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let docx = std::fs::read(out).expect("written");
        paragraphs(&part(&docx, "word/document.xml"))
    };
    let study_language = run(&dir.path().join("bab.docx"), None);
    assert!(study_language.iter().any(|p| p.starts_with("Tabel 4.1")));
    let english = run(&dir.path().join("chapter.docx"), Some("en"));
    assert!(english.iter().any(|p| p.starts_with("Table 4.1")));

    let output = sinergi()
        .arg("docx")
        .arg(&sample)
        .args(["--chapter", "3", "--out"])
        .arg(dir.path().join("bab3.docx"))
        .output()
        .expect("runs");
    assert!(output.status.success());
    let docx = std::fs::read(dir.path().join("bab3.docx")).expect("written");
    assert!(
        paragraphs(&part(&docx, "word/document.xml"))
            .iter()
            .any(|p| p.starts_with("Table 3.1"))
    );

    let wrong = sinergi()
        .arg("docx")
        .arg(&sample)
        .arg("--out")
        .arg(dir.path().join("bab.doc"))
        .output()
        .expect("runs");
    assert_eq!(
        wrong.status.code(),
        Some(2),
        "a wrong extension is a usage error"
    );
}

#[test]
fn a_project_without_activities_has_no_empty_role_table_and_rows_stay_on_one_page() {
    let mut project = kotagede();
    project.activities.clear();
    project.roles.clear();
    let chapter = build_chapter(&project, &options(Lang::En)).expect("chapter");
    assert!(
        chapter
            .tables()
            .all(|t| t.caption != "Roles of the actors in the activities"),
        "no role table without activities"
    );
    let said = chapter.blocks.iter().any(|block| {
        matches!(block, Block::Paragraph(spans)
            if spans.iter().any(|s| s.text.starts_with("No activities and actors are recorded together yet")))
    });
    assert!(said, "the section says why it has no table");
    let xml = part(&docx_bytes(&chapter).expect("docx"), "word/document.xml");
    let rows = xml.matches("<w:tr>").count() + xml.matches("<w:tr ").count();
    assert_eq!(
        xml.matches("<w:cantSplit").count(),
        rows,
        "every row kept whole"
    );
    assert_eq!(
        xml.matches("<w:tblHeader").count(),
        xml.matches("<w:tbl>").count(),
        "one repeating header row per table"
    );
}
