//! The actor network end to end without a window: relations and levels keep
//! their rules (validation in both languages), edits cascade and undo exactly,
//! the measures of the Kotagede sample are what the paper's network gives, and
//! the diagram is exported as PNG and SVG from the command line, in the report
//! and in the CSV tables.

use crate::common::{fixture, root, run, summary_pairs, summary_value};
use sinergi::analysis::{NetworkFilter, NetworkStats, relation_rows};
use sinergi::chart::network::layout::positions;
use sinergi::chart::network::{Frame, NetworkInput, NetworkPicture};
use sinergi::document::{Document, Edit, Item, ItemRef, usages};
use sinergi::i18n::describe_problem;
use sinergi::model::{
    ActorId, CollaborationLevel, EntityKind, EvidenceId, Lang, LevelView, NodePosition, PairLevel,
    Problem, Project, Relation, RelationId, RelationKind, Subject,
};
use sinergi::report::{export_csv, network_png, report_html};
use sinergi::store;
use std::path::PathBuf;

fn kotagede_path() -> PathBuf {
    root().join("sample_data").join("kotagede.ron")
}

fn kotagede() -> Project {
    store::load(&kotagede_path()).expect("the sample loads")
}

fn v6() -> Project {
    store::load(&fixture("v6.ron")).expect("the v6 fixture loads")
}

fn actor(id: &str) -> ActorId {
    ActorId::new(id)
}

#[test]
fn the_v6_fixture_holds_relations_levels_layout_and_the_lead_actor() {
    let project = v6();
    assert!(project.validate().is_empty(), "{:?}", project.validate());
    assert_eq!(project.relations.len(), 4);
    // Fields left out of the file take their defaults.
    let short = project
        .relation(&RelationId::new("rel-dana"))
        .expect("rel-dana");
    assert!(!short.directed && short.note.is_empty() && short.evidence.is_empty());
    assert_eq!(project.collaboration_levels.len(), 3);
    let pair = project
        .pair_level(&actor("pengrajin"), &actor("dinas"))
        .expect("either way round");
    assert_eq!(pair.mismatch(), Some(2));
    assert_eq!(project.network.lead, Some(actor("dinas")));
    assert_eq!(project.network_layout.len(), 3);
    // Saving and loading again keeps all of it.
    let again = store::parse(&store::to_ron(&project), &fixture("v6.ron")).expect("round trip");
    assert_eq!(again, project);
}

#[test]
fn a_v5_file_opens_as_v6_with_an_empty_network_and_everything_else_kept() {
    let path = fixture("v5.ron");
    let text = std::fs::read_to_string(&path).expect("the v5 fixture");
    assert!(text.contains("schema_version: 5,"));
    let project = store::load(&path).expect("v5 loads in this build");
    assert_eq!(
        project.schema_version,
        sinergi::model::CURRENT_SCHEMA_VERSION
    );
    assert_eq!(project.schema_version, 6);
    assert!(project.validate().is_empty(), "{:?}", project.validate());
    // No network yet: nothing made up.
    assert!(project.relations.is_empty() && project.collaboration_levels.is_empty());
    assert!(project.network_layout.is_empty() && project.network.lead.is_none());
    // What version 5 brought stays: the second framework, the second coding.
    assert!(project.second_framework.is_some());
    assert!(
        project
            .assessments
            .iter()
            .any(|a| a.compared_with.is_some())
    );
    // Written again, it is a version 6 file that reads back the same, and the
    // v6 fixture is that file with a network added.
    let written = store::to_ron(&project);
    assert!(written.contains("schema_version: 6,"));
    assert!(
        !written.contains("relations:"),
        "an empty network is not written"
    );
    let again = store::parse(&written, &path).expect("round trip");
    assert_eq!(again, project);
    let mut with_network = v6();
    assert_eq!(with_network.second_framework, project.second_framework);
    with_network.relations.clear();
    with_network.collaboration_levels.clear();
    with_network.network_layout.clear();
    with_network.network.lead = None;
    assert_eq!(with_network, project);
}

#[test]
fn broken_network_rules_are_all_reported_in_both_languages() {
    let mut project = v6();
    project.relations[0].to = project.relations[0].from.clone();
    project.relations[1].evidence.push(EvidenceId::new("gone"));
    project
        .collaboration_levels
        .push(PairLevel::new(actor("dinas"), actor("pengrajin")));
    project.collaboration_levels[1].views.push(LevelView {
        viewer: actor("pengrajin"),
        level: CollaborationLevel::Cooperation,
        evidence: Vec::new(),
    });
    project.network.lead = Some(actor("nobody"));
    project.network_layout.push(NodePosition {
        actor: actor("kampus"),
        x: f64::NAN,
        y: 0.5,
    });
    let problems = project.validate();
    let expected = [
        Problem::SelfTie {
            at: Subject::Item(EntityKind::Relation, "rel-mou".to_owned()),
            actor: "dinas".to_owned(),
        },
        Problem::Dangling {
            at: Subject::Item(EntityKind::Relation, "rel-undangan".to_owned()),
            kind: EntityKind::Evidence,
            id: "gone".to_owned(),
        },
        Problem::DuplicatePair {
            a: "dinas".to_owned(),
            b: "pengrajin".to_owned(),
        },
        Problem::BadViewer {
            a: "kampus".to_owned(),
            b: "dinas".to_owned(),
            viewer: "pengrajin".to_owned(),
        },
        Problem::Dangling {
            at: Subject::Network,
            kind: EntityKind::Actor,
            id: "nobody".to_owned(),
        },
        Problem::BadPosition {
            actor: "kampus".to_owned(),
        },
    ];
    for want in &expected {
        assert!(problems.contains(want), "missing {want:?} in {problems:#?}");
    }
    assert_eq!(problems.len(), expected.len(), "{problems:#?}");
    for problem in &problems {
        let en = describe_problem(Lang::En, problem);
        let id = describe_problem(Lang::Id, problem);
        assert!(!en.is_empty() && !id.is_empty() && en != id, "{en} / {id}");
    }
    assert!(describe_problem(Lang::En, &expected[0]).contains("joins actor \"dinas\" to itself"));
}

#[test]
fn deleting_an_actor_takes_its_ties_levels_place_and_lead_role_and_undo_brings_them_back() {
    let mut doc = Document::new(v6(), None);
    let before = doc.project.clone();
    let used = usages(&doc.project, &ItemRef::Actor(actor("dinas")));
    assert_eq!((used.relations, used.levels), (3, 2));
    assert!(doc.apply(vec![(Edit::Remove(ItemRef::Actor(actor("dinas"))), None)]));
    let project = &doc.project;
    assert!(project.validate().is_empty(), "{:?}", project.validate());
    assert_eq!(project.relations.len(), 1, "only kampus–pengrajin is left");
    assert_eq!(project.collaboration_levels.len(), 1);
    assert_eq!(project.network.lead, None);
    assert!(
        project
            .network_layout
            .iter()
            .all(|p| p.actor != actor("dinas"))
    );
    assert!(doc.undo());
    assert_eq!(doc.project, before, "one undo step restores everything");
}

#[test]
fn the_last_relation_of_a_rated_pair_takes_the_level_with_it() {
    let mut doc = Document::new(v6(), None);
    // dinas–pengrajin has two relations: deleting one keeps the level.
    let first = ItemRef::Relation(RelationId::new("rel-dana"));
    assert_eq!(usages(&doc.project, &first).levels, 0);
    doc.apply(vec![(Edit::Remove(first), None)]);
    assert!(
        doc.project
            .pair_level(&actor("dinas"), &actor("pengrajin"))
            .is_some()
    );
    let last = ItemRef::Relation(RelationId::new("rel-undangan"));
    assert_eq!(
        usages(&doc.project, &last).levels,
        1,
        "the question says so"
    );
    doc.apply(vec![(Edit::Remove(last), None)]);
    assert!(
        doc.project
            .pair_level(&actor("dinas"), &actor("pengrajin"))
            .is_none()
    );
    assert!(doc.project.validate().is_empty());
    doc.undo();
    assert!(
        doc.project
            .pair_level(&actor("dinas"), &actor("pengrajin"))
            .is_some()
    );
    // Moving the MoU to another pair leaves dinas–kampus without a relation.
    let mut moved = doc
        .project
        .relation(&RelationId::new("rel-mou"))
        .cloned()
        .expect("rel-mou");
    moved.to = actor("pengrajin");
    doc.apply(vec![(Edit::Put(Item::Relation(moved)), None)]);
    assert!(
        doc.project
            .pair_level(&actor("dinas"), &actor("kampus"))
            .is_none()
    );
}

#[test]
fn deleting_a_note_unlinks_it_from_relations_and_views() {
    let mut doc = Document::new(v6(), None);
    let note = ItemRef::Note(EvidenceId::new("e2"));
    assert_eq!(usages(&doc.project, &note).relation_links, 2);
    doc.apply(vec![(Edit::Remove(note), None)]);
    let project = &doc.project;
    assert!(project.validate().is_empty(), "{:?}", project.validate());
    assert!(
        project
            .relations
            .iter()
            .all(|r| !r.evidence.contains(&EvidenceId::new("e2")))
    );
}

#[test]
fn a_layout_edit_is_one_undo_step_and_the_automatic_layout_keeps_placed_actors() {
    let mut project = v6();
    let placed = positions(&project);
    assert_eq!(placed[0], (0.5, 0.25), "dinas where the file puts it");
    project.network_layout.clear();
    let automatic = positions(&project);
    assert_eq!(automatic, positions(&project), "the same every time");
    let mut doc = Document::new(v6(), None);
    assert!(doc.apply(vec![(Edit::Layout(Vec::new()), None)]));
    assert!(doc.project.network_layout.is_empty());
    assert!(doc.undo());
    assert_eq!(doc.project.network_layout.len(), 3);
}

#[test]
fn the_kotagede_network_is_centred_on_the_city_office() {
    let project = kotagede();
    assert!(project.validate().is_empty(), "{:?}", project.validate());
    let stats = NetworkStats::of(&project, &NetworkFilter::default());
    let office = stats.of_actor(&actor("disperindag")).expect("Disperindag");
    assert_eq!(office.degree, 6, "tied to every other actor");
    assert!(
        stats
            .actors
            .iter()
            .all(|m| m.betweenness <= office.betweenness),
        "the office lies between the others most"
    );
    assert!(stats.degree_centralisation > 0.5);
    // The ministry reaches the artisans only through the office (the paper).
    let ministry = stats.of_actor(&actor("kemenperin")).expect("Kemenperin");
    assert_eq!(ministry.degree, 1);
    // Only the exhibition: the office, the cooperative and the artisans.
    let exhibition = NetworkFilter {
        activity: Some("pameran".into()),
        ..NetworkFilter::default()
    };
    let stats = NetworkStats::of(&project, &exhibition);
    let tied: Vec<&str> = stats
        .actors
        .iter()
        .filter(|m| m.degree > 0)
        .map(|m| m.actor.as_str())
        .collect();
    assert_eq!(tied, vec!["disperindag", "kp3y", "pengrajin"]);
    // The office and the artisans see their tie differently.
    let rows = relation_rows(&project, Lang::En);
    let row = rows
        .iter()
        .find(|r| r.id == "rel-16")
        .expect("office–artisans coordination");
    assert_eq!(
        (row.level_from.as_str(), row.level_to.as_str()),
        ("3 · Coordination", "1 · Networking")
    );
    assert_eq!(row.mismatch, Some(2));
}

#[test]
fn the_mou_and_the_information_chain_of_the_paper_are_in_the_sample() {
    let project = kotagede();
    let has = |from: &str, to: &str, kind: RelationKind| {
        project
            .relations
            .iter()
            .any(|r| r.from == actor(from) && r.to == actor(to) && r.kind == kind)
    };
    assert!(has(
        "kemenperin",
        "disperindag",
        RelationKind::InformationSharing
    ));
    assert!(has("disperindag", "kp3y", RelationKind::InformationSharing));
    assert!(has(
        "disperindag",
        "pengrajin",
        RelationKind::InformationSharing
    ));
    assert!(has("disperindag", "amikom", RelationKind::FormalAgreement));
    assert!(has("disperindag", "kp3y", RelationKind::Coordination));
    assert!(has("amikom", "pengrajin", RelationKind::Training));
    assert!(project.relations.iter().all(|r| !r.evidence.is_empty()));
    assert_eq!(project.network.lead, Some(actor("disperindag")));
}

#[test]
fn labels_in_the_diagram_never_cover_each_other() {
    let project = kotagede();
    let positions = positions(&project);
    let input = NetworkInput {
        project: &project,
        filter: &NetworkFilter::default(),
        positions: &positions,
    };
    for (width, height) in [(1024.0, 600.0), (700.0, 500.0), (1920.0, 1080.0)] {
        let frame = Frame {
            area: sinergi::chart::network::labels::Boxed {
                x: 0.0,
                y: 0.0,
                width,
                height,
            },
            font: 14.0,
            unit: 1.0,
        };
        // A rough width: DejaVu Sans averages 0.62 em.
        let picture = NetworkPicture::build(&input, frame, &mut |text, size| {
            text.chars().count() as f64 * size * 0.62
        });
        let boxes: Vec<_> = picture.nodes.iter().map(|n| n.label_box).collect();
        for (i, a) in boxes.iter().enumerate() {
            for b in &boxes[i + 1..] {
                assert!(a.overlap(b) < 1.0, "{width}x{height}: {a:?} and {b:?}");
            }
        }
        assert_eq!(picture.edges.len(), project.relations.len());
        assert!(picture.nodes.iter().any(|n| n.lead));
        assert_eq!(picture.mismatches.len(), 3);
    }
}

#[test]
fn the_network_command_writes_png_and_svg_in_either_language() {
    let dir = tempfile::tempdir().expect("temp dir");
    let sample = kotagede_path();
    let png = dir.path().join("network.png");
    let result = run(&[
        "network".as_ref(),
        sample.as_os_str(),
        "--out".as_ref(),
        png.as_os_str(),
        "--width".as_ref(),
        "1024".as_ref(),
        "--height".as_ref(),
        "768".as_ref(),
    ]);
    assert_eq!(result.code, Some(0), "{}", result.stderr);
    assert!(result.stdout.contains("network.png: written"));
    let bytes = std::fs::read(&png).expect("PNG written");
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"));
    // Width and height from the PNG header.
    let side =
        |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    assert_eq!((side(16), side(20)), (1024, 768));

    let svg = dir.path().join("jaringan.svg");
    let mut command = crate::common::sinergi_bare();
    command
        .arg("network")
        .arg(&sample)
        .arg("--out")
        .arg(&svg)
        .args(["--lang", "id", "--theme", "dark"]);
    let result = crate::common::run_with_timeout(command, std::time::Duration::from_mins(2));
    assert_eq!(result.code, Some(0), "{}", result.stderr);
    let text = std::fs::read_to_string(&svg).expect("SVG written");
    for words in [
        "Jaringan aktor",
        "Kepadatan",
        "Disperindag",
        "Perjanjian formal (MoU)",
    ] {
        assert!(text.contains(words), "{words} missing");
    }
    assert!(text.contains("fill=\"#1c1e22\""), "the dark background");
}

#[test]
fn a_wrong_extension_for_the_network_is_a_usage_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("network.jpg");
    let sample = kotagede_path();
    let result = run(&[
        "network".as_ref(),
        sample.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
    ]);
    assert_eq!(result.code, Some(2));
    assert!(result.stderr.contains(".png or .svg"), "{}", result.stderr);
    assert!(!out.exists());
}

#[test]
fn check_counts_relations_and_rated_pairs() {
    let result = run(&["check".as_ref(), kotagede_path().as_os_str()]);
    assert_eq!(result.code, Some(0), "{}", result.stderr);
    let pairs = summary_pairs(&result.stdout);
    assert_eq!(summary_value(&pairs, "relations"), Some("17"));
    assert_eq!(summary_value(&pairs, "collaboration_levels"), Some("10"));
}

#[test]
fn the_report_and_the_tables_carry_the_network() {
    let project = kotagede();
    let html = report_html(&project, Lang::En);
    for words in [
        "<section id=\"network\">",
        "Relations between actors",
        "Level of collaboration per pair",
        "Measures per actor",
        "3 · Coordination",
        "Formal agreement (MoU)",
        "★ Disperindag",
    ] {
        assert!(html.contains(words), "{words} missing from the report");
    }
    let dir = tempfile::tempdir().expect("temp dir");
    export_csv(&project, dir.path(), Lang::En).expect("CSV export");
    let relations =
        std::fs::read_to_string(dir.path().join("relations.csv")).expect("relations.csv");
    let lines: Vec<&str> = relations.lines().collect();
    assert_eq!(lines.len(), 1 + project.relations.len());
    assert!(lines[0].starts_with(
        "\u{feff}id,from,to,kind,directed,activities,evidence,level_from,level_to,levels_apart,note"
    ));
    let mou = lines
        .iter()
        .find(|l| l.starts_with("rel-07,"))
        .expect("the MoU row");
    assert!(
        mou.contains(",formal_agreement,false,pelatihan-ecommerce,"),
        "{mou}"
    );
    assert!(mou.contains(",3,3,,"), "both sides see coordination: {mou}");
    let levels =
        std::fs::read_to_string(dir.path().join("collaboration_levels.csv")).expect("levels");
    assert_eq!(
        levels.lines().count(),
        1 + project.collaboration_levels.len()
    );
    assert!(levels.contains("disperindag,pengrajin,3,1,2,"));
}

#[test]
fn the_picture_for_a_document_is_a_png_of_the_size_asked() {
    let png = network_png(&kotagede(), Lang::En, 1600, 1000).expect("PNG");
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
    assert!(network_png(&kotagede(), Lang::En, 0, 10).is_err());
}

#[test]
fn a_relation_built_in_code_validates_and_joins_either_way() {
    let relation = Relation {
        id: RelationId::new("r"),
        from: actor("a"),
        to: actor("b"),
        kind: RelationKind::Training,
        directed: true,
        note: String::new(),
        evidence: Vec::new(),
        activities: Vec::new(),
    };
    assert!(relation.joins(&actor("b"), &actor("a")));
    assert!(relation.involves(&actor("a")) && !relation.involves(&actor("c")));
}
