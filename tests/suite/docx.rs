//! The Word chapter as a student opens it: a zip Word reads, with real
//! headings, numbered captions, tables and the chart picture, in the study's
//! language, with every text escaped.

use crate::common::{root, sinergi, sinergi_bare};
use sinergi::model::{Assessment, AssessmentId, Lang, Project};
use sinergi::report::{Block, ChapterOptions, build_chapter, docx_bytes};
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
    // Actors, roles, the summary, one evidence table per indicator, the
    // comparison of the two assessments, two matrices, two kinds of factor
    // and the recommendations.
    assert_eq!(tables.len(), 3 + 8 + 1 + 2 + 3);
    for (k, table) in tables.iter().enumerate() {
        assert_eq!(table.number as usize, k + 1, "tables numbered in order");
        assert!(table.rows.iter().all(|r| r.len() == table.header.len()));
        assert_eq!(table.widths.len(), table.header.len());
    }
    assert_eq!(chapter.figures().count(), 1);

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
            .any(|p| p.starts_with("Gambar 4.1 Grafik radar"))
    );
    assert!(text.iter().any(|p| p.starts_with("Tabel 4.17 Rekomendasi")));
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
    assert!(text.iter().any(|p| p.starts_with("Figure 5.1 Radar chart")));
    for indonesian in ["Tabel ", "Gambar ", "Faktor pendukung", "Belum dinilai"] {
        assert!(
            !text.iter().any(|p| p.starts_with(indonesian)),
            "{indonesian:?} in an English chapter"
        );
    }
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
