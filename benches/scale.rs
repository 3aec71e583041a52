//! Sinergi at scale: open, save, search, one edit, and one frame of every panel,
//! each on a synthetic project of 200 and of 20 000 evidence notes (the same
//! projects `cargo run --example synth` writes). Figures and targets:
//! docs/benchmarks.md.
//!
//! ```text
//! cargo bench --bench scale
//! cargo bench --bench scale -- frame/    # one group
//! ```

use criterion::{BenchmarkId, Criterion, SamplingMode, criterion_group, criterion_main};
use sinergi::analysis::{NoteFilter, SearchText};
use sinergi::document::{Document, Edit, FrameworkEdit, Item};
use sinergi::model::{
    ActivityId, ActorId, EvidenceId, FindingId, FindingKind, IndicatorId, Lang, Project,
};
use sinergi::store;
use sinergi::synth::{self, Params};
use sinergi::ui::panels::Section;
use sinergi::ui::panels::evidence_state::Tab;
use sinergi::ui::{Preferences, SinergiApp};
use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

#[path = "support/headless.rs"]
mod headless;
use headless::Headless;

/// The two sizes every benchmark runs at: a small study and the design limit.
const SIZES: [usize; 2] = [200, 20_000];

fn synthetic(evidence: usize) -> Project {
    synth::project(&Params::with_evidence(evidence))
}

/// The pretty-printing `store::to_ron` uses, so the baseline does the same work.
fn pretty() -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::new()
        .new_line("\n")
        .indentor("    ")
        .struct_names(false)
        .separate_tuple_members(false)
        .enumerate_arrays(false)
        .compact_arrays(false)
}

/// Open = read the file + parse + validate (what `sinergi check` and File > Open
/// do), against bare `ron::from_str` of the same text into the same types.
fn open(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut group = c.benchmark_group("open");
    group.sampling_mode(SamplingMode::Flat);
    for n in SIZES {
        let path = dir.path().join(format!("synth-{n}.ron"));
        store::save(&path, &synthetic(n)).expect("save");
        let text = std::fs::read_to_string(&path).expect("read");
        group.bench_with_input(
            BenchmarkId::new("store::load+validate", n),
            &path,
            |b, path| {
                b.iter(|| {
                    let project = store::load(path).expect("load");
                    assert!(project.validate().is_empty());
                    project
                });
            },
        );
        group.bench_with_input(BenchmarkId::new("ron::from_str", n), &text, |b, text| {
            b.iter(|| ron::from_str::<Project>(black_box(text)).expect("parse"));
        });
    }
    group.finish();
}

/// Save = serialise + atomic write with a .bak (over an existing file, as Ctrl+S
/// does), against bare `ron::ser::to_string_pretty` with the same settings.
fn save(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut group = c.benchmark_group("save");
    group.sampling_mode(SamplingMode::Flat);
    for n in SIZES {
        let project = synthetic(n);
        let path = dir.path().join(format!("synth-{n}.ron"));
        store::save(&path, &project).expect("first save");
        group.bench_with_input(
            BenchmarkId::new("store::save", n),
            &project,
            |b, project| {
                b.iter(|| store::save(&path, project).expect("save"));
            },
        );
        group.bench_with_input(
            BenchmarkId::new("ron::to_string_pretty", n),
            &project,
            |b, project| {
                b.iter(|| {
                    ron::ser::to_string_pretty(black_box(project), pretty()).expect("serialise")
                });
            },
        );
    }
    group.finish();
}

/// The evidence filter as the user types: a word, a word with a capital, a
/// phrase that matches nothing, and a word within one indicator. Each keystroke
/// runs `NoteFilter::apply` over the project's `SearchText`, which is built once
/// per change of the project (timed on its own as `search-text-build`).
fn filter(c: &mut Criterion) {
    let mut group = c.benchmark_group("filter");
    for n in SIZES {
        let project = synthetic(n);
        let text = SearchText::build(&project);
        let queries = [
            (
                "word",
                NoteFilter {
                    text: "regenerasi".into(),
                    ..NoteFilter::default()
                },
            ),
            (
                "Capitalised",
                NoteFilter {
                    text: "Pameran".into(),
                    ..NoteFilter::default()
                },
            ),
            (
                "no-match",
                NoteFilter {
                    text: "tidak ada di mana pun".into(),
                    ..NoteFilter::default()
                },
            ),
            (
                "indicator+word",
                NoteFilter {
                    indicator: Some(IndicatorId::new("trust")),
                    text: "pengrajin".into(),
                    ..NoteFilter::default()
                },
            ),
        ];
        for (name, query) in queries {
            group.bench_with_input(BenchmarkId::new(name, n), &project, |b, project| {
                b.iter(|| query.apply(black_box(project), &text));
            });
        }
        group.bench_with_input(
            BenchmarkId::new("search-text-build", n),
            &project,
            |b, project| {
                b.iter(|| SearchText::build(black_box(project)));
            },
        );
    }
    group.finish();
}

/// One keystroke in a note's excerpt: the edit, its undo record and the derived
/// facts (triangulation, validation) rebuilt, as `SinergiApp::apply_edits` does.
fn edit(c: &mut Criterion) {
    let mut group = c.benchmark_group("edit");
    group.sampling_mode(SamplingMode::Flat);
    for n in SIZES {
        let mut doc = Document::new(synthetic(n), None);
        let mut note = doc.project.evidence[n / 2].clone();
        group.bench_function(BenchmarkId::new("type-in-note", n), |b| {
            b.iter(|| {
                note.excerpt.push('a');
                if note.excerpt.len() > 700 {
                    note.excerpt.truncate(300);
                }
                doc.apply(vec![(
                    Edit::Put(Item::Note(note.clone())),
                    Some("bench".into()),
                )])
            });
        });
    }
    // A keystroke in an indicator's name: the framework edit is planned against
    // every note, finding and assessment, but the evidence index is not rebuilt.
    for n in SIZES {
        let mut doc = Document::new(synthetic(n), None);
        let mut framework = doc.project.framework.clone();
        group.bench_function(BenchmarkId::new("type-in-indicator-name", n), |b| {
            b.iter(|| {
                let name = &mut framework.indicators[2].name.en;
                name.push('a');
                if name.len() > 200 {
                    name.truncate(40);
                }
                doc.apply(vec![(
                    Edit::Framework(FrameworkEdit::put(
                        sinergi::model::FrameworkSlot::Main,
                        framework.clone(),
                    )),
                    Some("bench".into()),
                )])
            });
        });
    }
    group.finish();
}

/// The panels benchmarked, by name: the eight sections, plus the sources tab,
/// an indicator open in the framework editor, the findings editor with a search
/// typed, and the chart with an indicator opened.
const PANELS: [&str; 12] = [
    "overview",
    "actors",
    "activities",
    "evidence",
    "evidence-sources",
    "framework",
    "framework-indicator",
    "assessment",
    "findings",
    "findings-search",
    "chart",
    "chart-focused",
];

/// The app showing `panel` of a project of `n` notes, with something selected so
/// the editors are drawn too.
fn app_showing(project: Project, panel: &str) -> SinergiApp {
    let n = project.evidence.len();
    let mut app = SinergiApp::new(Preferences::default(), None, Some(Lang::En));
    app.doc = Document::new(project, Some(Path::new("synth.ron").to_owned()));
    app.start_screen = false;
    let panels = &mut app.panels;
    panels.actors.selected = Some(ActorId::new("actor-2"));
    panels.activities.selected_activity = Some(ActivityId::new("activity-1"));
    panels.activities.selected_cell =
        Some((ActorId::new("actor-2"), ActivityId::new("activity-1")));
    panels.evidence.selected_note = Some(EvidenceId::new(format!("note-{}", n / 2)));
    panels.evidence.selected_source = Some(sinergi::model::SourceId::new("source-2"));
    panels.findings.selected = Some((FindingKind::Inhibiting, FindingId::new("factor-1")));
    app.section = match panel {
        "overview" => Section::Overview,
        "actors" => Section::Actors,
        "activities" => Section::ActivitiesRoles,
        "evidence" => Section::Evidence,
        "evidence-sources" => {
            app.panels.evidence.tab = Tab::Sources;
            Section::Evidence
        }
        "framework" => Section::Framework,
        "framework-indicator" => {
            app.panels.framework.selected = Some(IndicatorId::new("trust"));
            Section::Framework
        }
        "assessment" => Section::Assessment,
        "findings" => Section::Findings,
        "findings-search" => {
            app.panels.findings.evidence_search = "Pameran".into();
            Section::Findings
        }
        "chart" => Section::Chart,
        "chart-focused" => {
            app.panels.chart.focused = Some(IndicatorId::new("trust"));
            Section::Chart
        }
        other => panic!("unknown panel {other}"),
    };
    app
}

/// One frame of each panel with the app's real UI, after warm-up frames in
/// which tables size their columns and text layouts are cached.
fn frame(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame");
    for n in SIZES {
        let project = synthetic(n);
        for panel in PANELS {
            let mut app = app_showing(project.clone(), panel);
            let mut headless = Headless::new();
            for _ in 0..10 {
                let _ = headless.frame(&mut app);
            }
            assert!(app.modal.is_none(), "{panel}: {:?}", app.modal);
            assert!(
                !app.doc.is_dirty(),
                "{panel}: a frame without input edited the project"
            );
            group.bench_function(BenchmarkId::new(panel, n), |b| {
                b.iter(|| headless.frame(&mut app));
            });
        }
    }
    group.finish();
}

criterion_group! {
    name = scale;
    config = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(700))
        .measurement_time(Duration::from_secs(2));
    targets = open, save, filter, edit, frame
}
criterion_main!(scale);
