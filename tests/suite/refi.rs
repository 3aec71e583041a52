//! REFI-QDA exchange: importing `.qdpx` files made by real tools (every passage
//! in place), the errors a damaged or wrong file gets, the export's structure
//! against the published schema, and the round trip.

use crate::common::{fixture, root};
use sinergi::model::{Anchor, EvidenceNote, Framework, IndicatorId, Project, passage};
use sinergi::refi::{
    CodeMapping, Counting, LineEnds, MappedCode, Prepared, RefiError, Target, Unit, plan, prepare,
    qdc_xml, qdpx_files, qdpx_files_at, suggest, zip_files,
};
use sinergi::store;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

fn refi_fixture(name: &str) -> PathBuf {
    fixture("refi").join(name)
}

/// The QualCoder codings, as the fixtures' README lists them.
const QUALCODER_CODINGS: [(&str, &str, &str); 8] = [
    (
        "wawancara_siti.txt",
        "“Kami butuh dukungan pemerintah untuk pemasaran.”",
        "Kutipan “penting”",
    ),
    ("wawancara_siti.txt", "dukungan pemerintah", "Pemerintah"),
    ("wawancara_siti.txt", "kafé di dekat pasar", "UMKM"),
    (
        "wawancara_siti.txt",
        "Dinas Perindustrian mengadakan pelatihan desain bersama universitas.",
        "Akademisi",
    ),
    (
        "observasi_rapat_crlf.txt",
        "Pak Andi (kepala desa)",
        "Pemerintah",
    ),
    (
        "observasi_rapat_crlf.txt",
        "“kerja sama pentahelix”",
        "Kutipan “penting”",
    ),
    (
        "observasi_rapat_crlf.txt",
        "akses modal; résumé program",
        "Akses modal",
    ),
    (
        "observasi_rapat_crlf.txt",
        "Akademisi menawarkan pendampingan riset pasar.",
        "Akademisi",
    ),
];

/// Every passage of `prepared` holds, at its anchor, its excerpt.
fn assert_passages_in_place(prepared: &Prepared) {
    for source in &prepared.sources {
        for selection in &source.selections {
            assert_eq!(
                passage(&source.text, selection.anchor),
                Some(selection.excerpt.as_str()),
                "{}: {}",
                source.name,
                selection.guid
            );
        }
    }
}

fn sample() -> Project {
    store::load(&root().join("sample_data").join("kotagede.ron")).expect("the sample loads")
}

#[test]
fn qualcoder_exports_import_with_every_passage_in_place_whatever_the_line_ends() {
    for name in [
        "qualcoder-sample.qdpx",
        "qualcoder-sample-maxqda-endings.qdpx",
    ] {
        let prepared = prepare(&refi_fixture(name)).expect(name);
        assert_passages_in_place(&prepared);
        let codes: HashMap<&str, &str> = prepared
            .qde
            .codes
            .iter()
            .map(|c| (c.guid.as_str(), c.name.as_str()))
            .collect();
        let found: Vec<(&str, &str, &str)> = prepared
            .sources
            .iter()
            .flat_map(|source| {
                let codes = &codes;
                source.selections.iter().map(move |s| {
                    (
                        source.name.as_str(),
                        s.excerpt.as_str(),
                        codes[s.codes[0].as_str()],
                    )
                })
            })
            .collect();
        assert_eq!(found, QUALCODER_CODINGS, "{name}");
        // The texts are kept without BOM or CR, whatever the file held.
        for source in &prepared.sources {
            assert!(!source.text.contains(['\r', '\u{feff}']), "{name}");
        }
        let crlf = prepared
            .sources
            .iter()
            .find(|s| s.name == "observasi_rapat_crlf.txt")
            .expect("the CRLF source");
        let expected = if name.contains("maxqda") {
            Counting {
                unit: Unit::Scalar,
                line_ends: LineEnds::CrLfAsOne,
            }
        } else {
            Counting::STANDARD
        };
        assert_eq!(crlf.counting, expected, "{name}");
    }
}

#[test]
fn the_qualcoder_import_adds_sources_notes_a_case_as_actor_and_the_coder() {
    let prepared = prepare(&refi_fixture("qualcoder-sample.qdpx")).expect("prepared");
    let mut project = Project::new(Framework::deseve());
    let mapping = suggest(&prepared.qde.codes, &project.framework, None);
    let (additions, summary) = plan(&project, &prepared, &mapping);
    additions.apply_to(&mut project);
    assert!(project.validate().is_empty(), "{:?}", project.validate());
    assert_eq!(project.sources.len(), 2);
    assert_eq!(project.evidence.len(), 8);
    assert_eq!(summary.notes, 8);
    assert_eq!(project.actors.len(), 1);
    assert_eq!(project.actors[0].name, "Kotagede");
    assert!(
        project.actors[0]
            .description
            .contains("Sektor: Kerajinan perak")
    );
    assert_eq!(project.study.researchers, vec!["peneliti".to_owned()]);
    for note in &project.evidence {
        let source = project.source(&note.source).expect("its source");
        let anchor = note.anchor.expect("anchored");
        assert_eq!(passage(&source.text, anchor), Some(note.excerpt.as_str()));
        // No code names an indicator: each became a tag.
        assert!(note.indicators.is_empty());
        assert_eq!(note.tags.len(), 1);
    }
    // The annotation on the first source belongs to no passage: it is named
    // in the summary, not dropped silently.
    let names: Vec<(&str, &str)> = summary
        .unsupported
        .iter()
        .map(|u| (u.element.as_str(), u.name.as_str()))
        .collect();
    assert_eq!(names, [("Note", "0dc52fa2-26b1-425e-99f7-fe5a1438f8fe")]);
}

#[test]
fn a_saved_mapping_sends_codes_to_indicators_and_wins_over_the_name() {
    let prepared = prepare(&refi_fixture("qualcoder-sample.qdpx")).expect("prepared");
    let project = Project::new(Framework::deseve());
    let pemerintah = prepared
        .qde
        .codes
        .iter()
        .find(|c| c.name == "Pemerintah")
        .expect("the code");
    let saved = CodeMapping {
        codes: vec![MappedCode {
            guid: "00000000-0000-0000-0000-000000000000".into(),
            name: "Aktor pentahelix / Pemerintah".into(),
            target: Target::Indicator(IndicatorId::new("access-to-authority")),
        }],
    };
    let mapping = suggest(&prepared.qde.codes, &project.framework, Some(&saved));
    assert_eq!(
        mapping.target(&pemerintah.guid),
        Some(&Target::Indicator(IndicatorId::new("access-to-authority")))
    );
    let (additions, summary) = plan(&project, &prepared, &mapping);
    let coded: Vec<&EvidenceNote> = additions
        .notes
        .iter()
        .filter(|n| !n.indicators.is_empty())
        .collect();
    assert_eq!(coded.len(), 2, "two passages are coded Pemerintah");
    assert_eq!(summary.codes_to_indicators, 1);
}

#[test]
fn codes_named_like_an_indicator_in_either_language_are_suggested() {
    let framework = Framework::deseve();
    let xml = r#"<Project xmlns="urn:QDA-XML:project:1.0" name="p"><CodeBook><Codes>
        <Code guid="11111111-1111-1111-1111-111111111111" name="3. trust among the participants" isCodable="true"/>
        <Code guid="22222222-2222-2222-2222-222222222222" name="Berbagi Informasi" isCodable="true"/>
        <Code guid="33333333-3333-3333-3333-333333333333" name="modal sosial" isCodable="true"/>
        </Codes></CodeBook></Project>"#;
    let qde = sinergi::refi::parse_qde(xml, "project.qde").expect("parsed");
    let mapping = suggest(&qde.codes, &framework, None);
    let targets: Vec<&Target> = mapping.codes.iter().map(|c| &c.target).collect();
    assert_eq!(
        targets,
        [
            &Target::Indicator(IndicatorId::new("trust")),
            &Target::Indicator(IndicatorId::new("information-sharing")),
            &Target::Tag("modal sosial".into()),
        ]
    );
}

#[test]
fn atlas_ti_exports_read_their_codebook_and_name_the_missing_sources() {
    let error =
        prepare(&refi_fixture("atlasti-8.4-mac-refi-example.qdpx")).expect_err("no sources");
    let RefiError::MissingSources { missing } = &error else {
        panic!("{error:?}")
    };
    assert!(
        missing
            .iter()
            .any(|m| m.contains("1994 Diet Coke-Diet Coke Break.docx")),
        "{missing:?}"
    );
    assert!(
        error
            .describe(sinergi::model::Lang::En)
            .contains("neither in the package nor beside it")
    );
    let codes = prepare(&refi_fixture("atlasti-23-win-codes.qdpx")).expect("codes only");
    assert_eq!(codes.qde.codes.len(), 3);
    assert_eq!(codes.qde.codes[1].parents, vec!["Commits".to_owned()]);
    assert!(codes.sources.is_empty());
    let blank = prepare(&refi_fixture("atlasti-23-win-blank.qdpx")).expect("blank");
    assert_eq!(blank.qde.users.len(), 2);
}

/// A package holding `project.qde` = `xml` and the given source files.
fn package(dir: &Path, xml: &str, sources: &[(&str, &str)]) -> PathBuf {
    let mut files = vec![("project.qde".to_owned(), xml.as_bytes().to_vec())];
    for (name, text) in sources {
        files.push(((*name).to_owned(), text.as_bytes().to_vec()));
    }
    let path = dir.join("test.qdpx");
    std::fs::write(&path, zip_files(&files).expect("zipped")).expect("written");
    path
}

const ONE_SOURCE: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="p">
<Sources>
<TextSource guid="aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa" name="t.txt" plainTextPath="internal://t.txt">
<PlainTextSelection guid="bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbbb" startPosition="START" endPosition="END"/>
</TextSource>
</Sources>
</Project>
"#;

#[test]
fn damaged_wrong_and_out_of_range_files_get_clear_errors() {
    let dir = tempfile::tempdir().expect("temp");
    // Not a zip.
    let not_zip = dir.path().join("not.qdpx");
    std::fs::write(&not_zip, "hello").expect("written");
    assert!(matches!(prepare(&not_zip), Err(RefiError::Damaged { .. })));
    // A truncated zip.
    let good = std::fs::read(refi_fixture("qualcoder-sample.qdpx")).expect("read");
    let truncated = dir.path().join("truncated.qdpx");
    std::fs::write(&truncated, &good[..good.len() / 2]).expect("written");
    assert!(matches!(
        prepare(&truncated),
        Err(RefiError::Damaged { .. })
    ));
    // Not well-formed: line and column.
    let bad = package(
        dir.path(),
        "<Project name=\"p\">\n  <Sources>\n</Project>",
        &[],
    );
    let Err(RefiError::Xml { line, file, .. }) = prepare(&bad) else {
        panic!("an XML error")
    };
    assert_eq!((file.as_str(), line), ("project.qde", 3));
    // Against the schema: a selection without its end.
    let xml = ONE_SOURCE
        .replace(" endPosition=\"END\"", "")
        .replace("START", "0");
    let path = package(dir.path(), &xml, &[("Sources/t.txt", "Halo dunia\n")]);
    let error = prepare(&path).expect_err("no end");
    let RefiError::Xml { line, reason, .. } = &error else {
        panic!("{error:?}")
    };
    assert_eq!(*line, 5);
    assert!(reason.contains("endPosition"), "{reason}");
    // A passage past the end of its text.
    let xml = ONE_SOURCE.replace("START", "5").replace("END", "99");
    let path = package(dir.path(), &xml, &[("Sources/t.txt", "Halo dunia\n")]);
    let error = prepare(&path).expect_err("out of range");
    assert!(
        matches!(
            error,
            RefiError::OutOfRange {
                start: 5,
                end: 99,
                length: 11,
                ..
            }
        ),
        "{error:?}"
    );
    // A missing source file.
    let xml = ONE_SOURCE.replace("START", "0").replace("END", "4");
    let path = package(dir.path(), &xml, &[]);
    assert!(matches!(
        prepare(&path),
        Err(RefiError::MissingSources { .. })
    ));
    // Not a package at all: a folder.
    assert!(matches!(
        prepare(dir.path()),
        Err(RefiError::NotAFile { .. })
    ));
}

#[test]
fn nvivo_style_utf16_positions_with_emoji_and_crlf_counted_twice_are_found() {
    let dir = tempfile::tempdir().expect("temp");
    // "😀" is two UTF-16 units and CRLF two: "Pak Andi" starts at 2 + 1 + 5
    // ("Rapat") + 2 = 10 units, character 8 of the kept text. Under any other
    // counting, 10 is not at the start of a line.
    let text = "\u{feff}😀 Rapat\r\nPak Andi hadir.\r\n";
    let xml = ONE_SOURCE.replace("START", "10").replace("END", "18");
    let path = package(dir.path(), &xml, &[("sources/t.txt", text)]);
    let prepared = prepare(&path).expect("prepared");
    let source = &prepared.sources[0];
    // Without names, the counting under which the passage starts a line wins.
    assert_eq!(source.selections[0].excerpt, "Pak Andi");
    assert_eq!(source.selections[0].anchor, Anchor::new(8, 16));
    assert_eq!(source.counting.unit, Unit::Utf16);
}

/// Element order and required attributes the schema asks for, checked on the
/// export (xmllint validates the same files by hand: see the README).
mod structure {
    use roxmltree::{Document, Node};

    /// The children `parent` may have, in the order the schema's sequence gives.
    fn sequence(element: &str) -> Option<&'static [&'static str]> {
        Some(match element {
            "Project" => &[
                "Users",
                "CodeBook",
                "Variables",
                "Cases",
                "Sources",
                "Notes",
                "Links",
                "Sets",
                "Graphs",
                "Description",
                "NoteRef",
            ],
            "CodeBook" => &["Codes", "Sets"],
            "Codes" => &["Code"],
            "Code" => &["Description", "NoteRef", "Code"],
            "Cases" => &["Case"],
            "Case" => &[
                "Description",
                "CodeRef",
                "VariableValue",
                "SourceRef",
                "SelectionRef",
            ],
            "Sources" => &["TextSource"],
            "TextSource" | "Note" => &[
                "Description",
                "PlainTextContent",
                "PlainTextSelection",
                "Coding",
                "NoteRef",
                "VariableValue",
            ],
            "PlainTextSelection" => &["Description", "Coding", "NoteRef"],
            "Coding" => &["CodeRef", "NoteRef"],
            "Notes" => &["Note"],
            "CodeRef" | "SourceRef" | "SelectionRef" | "NoteRef" | "Description"
            | "PlainTextContent" => &[],
            _ => return None,
        })
    }

    fn required(element: &str) -> &'static [&'static str] {
        match element {
            "Project" => &["name"],
            "Code" => &["guid", "name", "isCodable"],
            "Case" | "TextSource" | "Coding" | "Note" => &["guid"],
            "PlainTextSelection" => &["guid", "startPosition", "endPosition"],
            "CodeRef" | "SourceRef" | "SelectionRef" | "NoteRef" => &["targetGUID"],
            _ => &[],
        }
    }

    /// Every problem with `xml` against the schema's structure, in `namespace`.
    pub fn problems(xml: &str, namespace: &str) -> Vec<String> {
        let doc = Document::parse(xml).expect("well-formed");
        let mut problems = Vec::new();
        let guids: std::collections::HashSet<&str> = doc
            .descendants()
            .filter_map(|n| n.attribute("guid"))
            .collect();
        for node in doc.descendants().filter(Node::is_element) {
            let name = node.tag_name().name();
            if node.tag_name().namespace() != Some(namespace) {
                problems.push(format!(
                    "{name}: namespace {:?}",
                    node.tag_name().namespace()
                ));
            }
            for attribute in required(name) {
                if node.attribute(*attribute).is_none() {
                    problems.push(format!("{name} lacks {attribute}"));
                }
            }
            for attribute in node.attributes() {
                let value = attribute.value();
                match attribute.name() {
                    "guid" | "targetGUID" if !sinergi::refi::is_guid(value) => {
                        problems.push(format!("{name}: {value} is no GUID"));
                    }
                    "targetGUID" if !guids.contains(value) => {
                        problems.push(format!("{name}: {value} names nothing"));
                    }
                    "isCodable" if value != "true" && value != "false" => {
                        problems.push(format!("{name}: isCodable={value}"));
                    }
                    "color" if !(value.len() == 7 && value.starts_with('#')) => {
                        problems.push(format!("{name}: color={value}"));
                    }
                    "startPosition" | "endPosition" if value.parse::<usize>().is_err() => {
                        problems.push(format!("{name}: {value} is no position"));
                    }
                    _ => {}
                }
            }
            let Some(order) = sequence(name) else {
                problems.push(format!("{name}: not an element Sinergi writes"));
                continue;
            };
            let mut last = 0;
            for child in node.children().filter(Node::is_element) {
                let child_name = child.tag_name().name();
                match order.iter().position(|c| *c == child_name) {
                    Some(at) if at >= last => last = at,
                    Some(_) => problems.push(format!("{name}: {child_name} out of order")),
                    None => problems.push(format!("{name}: {child_name} not allowed")),
                }
            }
        }
        problems
    }
}

fn export_files(project: &Project) -> HashMap<String, Vec<u8>> {
    qdpx_files(project, sinergi::model::Lang::Id)
        .into_iter()
        .collect()
}

#[test]
fn the_export_follows_the_schema_and_its_guids_are_stable() {
    let project = sample();
    let files = export_files(&project);
    let xml = String::from_utf8(files["project.qde"].clone()).expect("UTF-8");
    let problems = structure::problems(&xml, "urn:QDA-XML:project:1.0");
    assert!(problems.is_empty(), "{problems:#?}");
    let codebook = qdc_xml(&project, sinergi::model::Lang::En);
    let problems = structure::problems(&codebook, "urn:QDA-XML:codebook:1.0");
    assert!(problems.is_empty(), "{problems:#?}");
    assert!(
        codebook.contains("name=\"Trust among the participants\""),
        "{codebook}"
    );
    // What the standard has no place for is kept as project notes, in words.
    assert!(xml.contains("<Note guid="), "the assessments as notes");
    assert!(xml.contains("Penilaian: "), "named in the study's language");
    assert!(xml.contains("<NoteRef targetGUID="));
    // Every internal:// path is in the package.
    for path in xml.split("internal://").skip(1) {
        let name = path.split('"').next().expect("a path");
        assert!(files.contains_key(&format!("Sources/{name}")), "{name}");
    }
    // The same project exports the same bytes.
    let at = 1_700_000_000;
    let again = zip_files(&qdpx_files_at(&project, sinergi::model::Lang::Id, at)).expect("zip");
    let first = zip_files(&qdpx_files_at(&project, sinergi::model::Lang::Id, at)).expect("zip");
    assert_eq!(again, first);
    assert!(
        xml.contains("creationDateTime=\""),
        "QualCoder needs the notes' date"
    );
}

/// Exports `original`, imports the package into an empty project with the
/// same framework, and checks every anchored note came back the same (source,
/// passage, words, interpretation, indicators, stance, tags, actors) and every
/// other note with its words. Returns what was imported and the package read.
fn round_trip(original: &Project) -> (Project, Prepared) {
    let dir = tempfile::tempdir().expect("temp");
    let path = dir.path().join("export.qdpx");
    let bytes = zip_files(&qdpx_files(original, sinergi::model::Lang::En)).expect("zip");
    std::fs::write(&path, bytes).expect("written");
    let prepared = prepare(&path).expect("prepared");
    assert_passages_in_place(&prepared);
    let mut imported = Project::new(original.framework.clone());
    imported.study.title = "Impor".into();
    let mapping = suggest(&prepared.qde.codes, &imported.framework, None);
    let (additions, _) = plan(&imported, &prepared, &mapping);
    additions.apply_to(&mut imported);
    assert!(imported.validate().is_empty(), "{:?}", imported.validate());
    let key = |project: &Project, note: &EvidenceNote| {
        let source = project.source(&note.source).expect("source");
        let mut indicators = note.indicators.clone();
        indicators.sort();
        let mut tags: Vec<String> = note.tags.iter().map(|t| t.trim().to_owned()).collect();
        tags.sort();
        tags.dedup();
        let mut actors: Vec<String> = note
            .actors
            .iter()
            .filter_map(|a| project.actor(a))
            .map(|a| a.name.trim().to_owned())
            .collect();
        actors.sort();
        actors.dedup();
        (
            source.title.clone(),
            note.anchor,
            note.excerpt.clone(),
            note.interpretation.trim().to_owned(),
            indicators,
            note.stance,
            tags,
            actors,
        )
    };
    let anchored = |project: &Project| -> HashSet<_> {
        project
            .evidence
            .iter()
            .filter(|n| n.anchor.is_some())
            .map(|n| key(project, n))
            .collect()
    };
    let before = anchored(original);
    let after = anchored(&imported);
    let missing: Vec<_> = before.difference(&after).take(1).collect();
    assert!(missing.is_empty(), "{missing:#?}");
    // Notes without a passage come back with their words, in a quotes source.
    for note in original.evidence.iter().filter(|n| n.anchor.is_none()) {
        assert!(
            imported.evidence.iter().any(|n| n.excerpt == note.excerpt
                && n.stance == note.stance
                && n.indicators == note.indicators),
            "{}",
            note.excerpt
        );
    }
    (imported, prepared)
}

#[test]
fn export_then_import_into_an_empty_project_gives_the_same_notes_and_anchors() {
    let original = sample();
    assert!(
        original
            .evidence
            .iter()
            .filter(|n| n.anchor.is_some())
            .count()
            > 10
    );
    let (_, prepared) = round_trip(&original);
    // Importing again into the original changes nothing.
    let mapping = suggest(&prepared.qde.codes, &original.framework, None);
    let (again, summary) = plan(&original, &prepared, &mapping);
    assert!(
        again.notes.is_empty() && again.sources.is_empty(),
        "{summary:?}"
    );
}

mod synthetic {
    use proptest::prelude::*;
    use sinergi::synth;

    proptest! {
        #![proptest_config(ProptestConfig {
            cases: 8,
            failure_persistence: None,
            ..ProptestConfig::default()
        })]

        /// Made-up projects of any shape, some sources with transcripts and
        /// anchored notes, survive export and import.
        #[test]
        fn synthetic_projects_round_trip(seed in any::<u64>(), evidence in 1usize..60, texts in 0usize..6) {
            let mut project = synth::project(&synth::Params {
                evidence,
                actors: 5,
                activities: 2,
                assessments: 1,
                seed,
            });
            synth::add_texts(&mut project, texts, 2_000, seed);
            super::round_trip(&project);
        }
    }
}

/// Positions as any tool counts them come back to the same passage.
mod positions {
    use proptest::prelude::*;
    use sinergi::refi::{Counting, LineEnds, StoredText, Unit};

    /// Pieces of text: letters, accents, an emoji (two UTF-16 units), spaces,
    /// both line ends, a control character.
    const PIECES: [&str; 8] = ["a", "b", " ", "é", "😀", "\r\n", "\n", "\u{1}"];

    /// A piece as Sinergi keeps it.
    fn kept(piece: &str) -> &str {
        match piece {
            "\r\n" => "\n",
            "\u{1}" => "",
            other => other,
        }
    }

    /// How many positions `piece` spans under `counting`.
    fn units(piece: &str, counting: Counting) -> usize {
        match (piece, counting.line_ends, counting.unit) {
            ("\r\n", LineEnds::CrLfAsOne, _) => 1,
            (piece, _, Unit::Scalar) => piece.chars().count(),
            (piece, _, Unit::Utf16) => piece.encode_utf16().count(),
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig {
            cases: 256,
            failure_persistence: None,
            ..ProptestConfig::default()
        })]

        #[test]
        fn every_counting_converts_exactly_and_names_find_it(
            pieces in prop::collection::vec(0..PIECES.len(), 0..40),
            cuts in prop::collection::vec((0usize..41, 0usize..41), 1..6),
            bom in any::<bool>(),
        ) {
            let pieces: Vec<&str> = pieces.into_iter().map(|i| PIECES[i]).collect();
            let stored = format!("{}{}", if bom { "\u{feff}" } else { "" }, pieces.concat());
            let text = StoredText::new(&stored);
            let kept_text: String = pieces.iter().map(|p| kept(p)).collect();
            prop_assert_eq!(text.kept(), kept_text.as_str());
            let cuts: Vec<(usize, usize)> = cuts
                .into_iter()
                .map(|(a, b)| (a.min(pieces.len()), b.min(pieces.len())))
                .map(|(a, b)| (a.min(b), a.max(b)))
                .collect();
            let kept_at = |i: usize| pieces[..i].iter().map(|p| kept(p).chars().count()).sum::<usize>();
            let expected: Vec<(usize, usize)> = cuts.iter().map(|&(a, b)| (kept_at(a), kept_at(b))).collect();
            let names: Vec<String> = cuts.iter().map(|&(a, b)| pieces[a..b].iter().map(|p| kept(p)).collect()).collect();
            for counting in Counting::ALL {
                let at = |i: usize| pieces[..i].iter().map(|p| units(p, counting)).sum::<usize>();
                let ranges: Vec<(usize, usize)> = cuts.iter().map(|&(a, b)| (at(a), at(b))).collect();
                prop_assert_eq!(text.convert(counting, &ranges), Ok(expected.clone()), "{:?}", counting);
                let name_refs: Vec<&str> = names.iter().map(String::as_str).collect();
                let found = text.detect(&ranges, &name_refs).expect("some counting fits");
                let converted = text.convert(found, &ranges).expect("fits");
                let chars: Vec<char> = kept_text.chars().collect();
                for ((start, end), name) in converted.iter().zip(&names) {
                    let passage: String = chars[*start..*end].iter().collect();
                    let words = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
                    if !words(name).is_empty() {
                        prop_assert_eq!(words(&passage), words(name));
                    }
                }
            }
        }
    }
}

/// `sinergi import-qdpx`, `export-qdpx` and `export-qdc`, end to end.
mod cli {
    use super::{refi_fixture, sample};
    use crate::common::{check, run};
    use sinergi::model::{Framework, IndicatorId, Project};
    use sinergi::store;
    use std::ffi::OsStr;
    use std::fs;
    use std::path::{Path, PathBuf};

    fn copy(from: &Path, dir: &Path) -> PathBuf {
        let to = dir.join(from.file_name().expect("a name"));
        fs::copy(from, &to).expect("copied");
        to
    }

    fn empty_project(dir: &Path) -> PathBuf {
        let path = dir.join("empty.ron");
        let mut project = Project::new(Framework::deseve());
        project.study.title = "Kosong".into();
        store::save(&path, &project).expect("saved");
        path
    }

    fn import(project: &Path, package: &Path, mapping: Option<&Path>) -> crate::common::Run {
        let mut args: Vec<&OsStr> = vec![
            "import-qdpx".as_ref(),
            project.as_os_str(),
            package.as_os_str(),
        ];
        if let Some(mapping) = mapping {
            args.extend(["--mapping".as_ref(), mapping.as_os_str()]);
        }
        run(&args)
    }

    #[test]
    fn import_qdpx_adds_the_passages_saves_the_mapping_and_reads_it_next_time() {
        let dir = tempfile::tempdir().expect("temp");
        let package = copy(&refi_fixture("qualcoder-sample.qdpx"), dir.path());
        let project = empty_project(dir.path());
        let result = import(&project, &package, None);
        assert_eq!(result.code, Some(0), "{}", result.stderr);
        assert!(
            result
                .stdout
                .contains("Imported from qualcoder-sample.qdpx — sources: 2, evidence notes: 8"),
            "{}",
            result.stdout
        );
        let mapping = dir.path().join("qualcoder-sample.qdpx-mapping.ron");
        assert!(result.stdout.contains("qualcoder-sample.qdpx-mapping.ron"));
        assert_eq!(check(&project).code, Some(0));
        // The user maps "Pemerintah" to an indicator in the saved file; the
        // next import follows it.
        let text = fs::read_to_string(&mapping).expect("the mapping file");
        let edited = text.replacen(
            "Tag(\"Pemerintah\")",
            "Indicator(\"access-to-authority\")",
            1,
        );
        assert_ne!(text, edited, "{text}");
        fs::write(&mapping, edited).expect("edited");
        let second = empty_project(dir.path());
        let result = import(&second, &package, Some(&mapping));
        assert_eq!(result.code, Some(0), "{}", result.stderr);
        let loaded = store::load(&second).expect("loads");
        let coded = loaded
            .evidence
            .iter()
            .filter(|n| n.indicators == [IndicatorId::new("access-to-authority")])
            .count();
        assert_eq!(coded, 2);
    }

    #[test]
    fn a_damaged_package_or_a_bad_mapping_changes_nothing_and_says_why() {
        let dir = tempfile::tempdir().expect("temp");
        let project = empty_project(dir.path());
        let before = fs::read(&project).expect("read");
        let damaged = dir.path().join("damaged.qdpx");
        let good = fs::read(refi_fixture("qualcoder-sample.qdpx")).expect("read");
        fs::write(&damaged, &good[..200]).expect("written");
        let result = import(&project, &damaged, None);
        assert_eq!(result.code, Some(1));
        assert!(result.stderr.contains("damaged.qdpx"), "{}", result.stderr);
        assert!(
            result.stderr.contains("not a readable REFI-QDA package"),
            "{}",
            result.stderr
        );
        assert!(result.stderr.contains("unchanged"), "{}", result.stderr);
        let mapping = dir.path().join("map.ron");
        fs::write(
            &mapping,
            "(codes: [(guid: \"x\", name: \"UMKM\", target: Indicator(\"nope\"))])",
        )
        .expect("written");
        let package = refi_fixture("qualcoder-sample.qdpx");
        let result = import(&project, &package, Some(&mapping));
        assert_eq!(result.code, Some(1));
        assert!(
            result.stderr.contains("\"nope\"") || result.stderr.contains("«nope»"),
            "{}",
            result.stderr
        );
        let broken = dir.path().join("broken.ron");
        fs::write(&broken, "(codes: [").expect("written");
        let result = import(&project, &package, Some(&broken));
        assert_eq!(result.code, Some(1));
        assert!(
            result.stderr.contains("broken.ron line 1"),
            "{}",
            result.stderr
        );
        assert_eq!(
            fs::read(&project).expect("read"),
            before,
            "the project is untouched"
        );
    }

    #[test]
    fn export_qdpx_and_qdc_write_files_that_import_back() {
        let dir = tempfile::tempdir().expect("temp");
        let sample_file = crate::common::root()
            .join("sample_data")
            .join("kotagede.ron");
        let qdpx = dir.path().join("kotagede.qdpx");
        let qdc = dir.path().join("kotagede.qdc");
        for (command, out) in [("export-qdpx", &qdpx), ("export-qdc", &qdc)] {
            let result = run(&[
                command.as_ref(),
                sample_file.as_os_str(),
                "--out".as_ref(),
                out.as_os_str(),
            ]);
            assert_eq!(result.code, Some(0), "{}", result.stderr);
            assert!(out.is_file());
        }
        let codebook = fs::read_to_string(&qdc).expect("read");
        assert!(codebook.contains("urn:QDA-XML:codebook:1.0"));
        let project = empty_project(dir.path());
        let result = import(&project, &qdpx, None);
        assert_eq!(result.code, Some(0), "{}", result.stderr);
        let loaded = store::load(&project).expect("loads");
        let anchored = sample()
            .evidence
            .iter()
            .filter(|n| n.anchor.is_some())
            .count();
        assert!(
            loaded
                .evidence
                .iter()
                .filter(|n| n.anchor.is_some())
                .count()
                >= anchored
        );
        assert_eq!(check(&project).code, Some(0));
    }
}

#[test]
fn a_passage_coded_twice_is_one_note_with_both_codes_and_bare_paths_are_found() {
    let dir = tempfile::tempdir().expect("temp");
    let xml = r#"<Project xmlns="urn:QDA-XML:project:1.0" name="p"><CodeBook><Codes>
        <Code guid="11111111-1111-1111-1111-111111111111" name="Trust" isCodable="true"/>
        <Code guid="22222222-2222-2222-2222-222222222222" name="modal sosial" isCodable="true"/>
        </Codes></CodeBook><Sources>
        <TextSource guid="aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa" plainTextPath="t.txt">
        <PlainTextSelection guid="bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbb1" startPosition="0" endPosition="4">
        <Coding guid="cccccccc-cccc-cccc-cccc-ccccccccccc1"><CodeRef targetGUID="11111111-1111-1111-1111-111111111111"/></Coding>
        </PlainTextSelection>
        <PlainTextSelection guid="bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbb2" startPosition="0" endPosition="4">
        <Description>saling percaya</Description>
        <Coding guid="cccccccc-cccc-cccc-cccc-ccccccccccc2"><CodeRef targetGUID="22222222-2222-2222-2222-222222222222"/></Coding>
        </PlainTextSelection>
        </TextSource></Sources></Project>"#;
    let path = package(dir.path(), xml, &[("sources/t.txt", "Halo dunia\n")]);
    let prepared = prepare(&path).expect("a bare path inside the package is found");
    let project = Project::new(Framework::deseve());
    let mapping = suggest(&prepared.qde.codes, &project.framework, None);
    let (additions, summary) = plan(&project, &prepared, &mapping);
    assert_eq!(additions.notes.len(), 1);
    assert_eq!(summary.notes_merged, 1);
    let note = &additions.notes[0];
    assert_eq!(note.excerpt, "Halo");
    assert_eq!(note.indicators, [IndicatorId::new("trust")]);
    assert_eq!(note.tags, ["modal sosial"]);
    assert_eq!(note.interpretation, "saling percaya");
}

/// Damaged packages and XML, made by mutating a real export: reading never
/// panics, and whatever it returns, every imported passage is in place.
#[test]
fn mutated_packages_and_xml_never_panic() {
    use sinergi::synth::Rng;
    let dir = tempfile::tempdir().expect("temp");
    let original =
        std::fs::read(refi_fixture("qualcoder-sample-maxqda-endings.qdpx")).expect("read");
    let xml = {
        let path = refi_fixture("qualcoder-sample-maxqda-endings.qdpx");
        let file = std::fs::File::open(path).expect("open");
        let mut zip = zip::ZipArchive::new(file).expect("a zip");
        let mut part = zip.by_name("project.qde").expect("the project");
        let mut text = String::new();
        std::io::Read::read_to_string(&mut part, &mut text).expect("UTF-8");
        text
    };
    let texts: Vec<(String, Vec<u8>)> = {
        let file = std::fs::File::open(refi_fixture("qualcoder-sample-maxqda-endings.qdpx"))
            .expect("open");
        let mut zip = zip::ZipArchive::new(file).expect("a zip");
        (0..zip.len())
            .filter_map(|i| {
                let mut part = zip.by_index(i).ok()?;
                let name = part.name().to_owned();
                let mut bytes = Vec::new();
                std::io::Read::read_to_end(&mut part, &mut bytes).ok()?;
                (name != "project.qde").then_some((name, bytes))
            })
            .collect()
    };
    let mut rng = Rng::new(15);
    let path = dir.path().join("mutated.qdpx");
    for round in 0..200 {
        if round % 2 == 0 {
            // Bytes of the zip flipped.
            let mut bytes = original.clone();
            for _ in 0..=rng.below(4) {
                let at = rng.below(bytes.len());
                bytes[at] ^= 1 << rng.below(8);
            }
            std::fs::write(&path, bytes).expect("written");
        } else {
            // The XML changed: digits, quotes and brackets replaced or removed.
            let mut chars: Vec<char> = xml.chars().collect();
            for _ in 0..=rng.below(3) {
                let at = rng.below(chars.len());
                let swap = *rng.pick(&['0', '9', '"', '<', '>', '-', ' ', '\u{1F600}']);
                if rng.chance(50) {
                    chars[at] = swap;
                } else {
                    chars.remove(at);
                }
            }
            let mut files = vec![(
                "project.qde".to_owned(),
                chars.into_iter().collect::<String>().into_bytes(),
            )];
            files.extend(texts.iter().cloned());
            std::fs::write(&path, zip_files(&files).expect("zip")).expect("written");
        }
        if let Ok(prepared) = prepare(&path) {
            assert_passages_in_place(&prepared);
            let project = Project::new(Framework::deseve());
            let mapping = suggest(&prepared.qde.codes, &project.framework, None);
            let _ = plan(&project, &prepared, &mapping);
        }
    }
}
