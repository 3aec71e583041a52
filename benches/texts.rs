//! Source texts at scale: opening and saving a study with 100 transcripts of
//! 60 KB and 20 000 notes, one frame of the reader on a 300 KB transcript with
//! 1 000 coded passages, moving every passage of a text after an edit, and a
//! search across every text. Figures and targets: docs/benchmarks.md.
//!
//! ```text
//! cargo bench --bench texts
//! ```

use criterion::{BenchmarkId, Criterion, SamplingMode, criterion_group, criterion_main};
use sinergi::analysis::search_texts;
use sinergi::document::{Document, Edit, Item};
use sinergi::model::{Lang, Project};
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

/// 20 000 notes, the first 100 of their sources with a 60 KB transcript each.
fn study_with_texts() -> Project {
    let mut project = synth::project(&Params::with_evidence(20_000));
    synth::add_texts(&mut project, 100, 60_000, 7);
    project
}

/// One source with a 300 KB transcript in which 1 000 notes are anchored.
fn long_transcript() -> Project {
    let mut project = synth::project(&Params::with_evidence(1_000));
    let first = project.sources[0].id.clone();
    for note in &mut project.evidence {
        note.source = first.clone();
    }
    synth::add_texts(&mut project, 1, 300_000, 11);
    project
}

fn open_and_save(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let project = study_with_texts();
    let path = dir.path().join("texts.ron");
    store::save(&path, &project).expect("save");
    let text = std::fs::read_to_string(&path).expect("read");
    let mut group = c.benchmark_group("texts-open-save");
    group.sampling_mode(SamplingMode::Flat);
    group.sample_size(10);
    group.bench_function("store::load+validate", |b| {
        b.iter(|| {
            let project = store::load(&path).expect("load");
            assert!(project.validate().is_empty());
            project
        });
    });
    group.bench_function("ron::from_str", |b| {
        b.iter(|| ron::from_str::<Project>(black_box(&text)).expect("parse"));
    });
    group.bench_function("store::save", |b| {
        b.iter(|| store::save(&path, &project).expect("save"));
    });
    group.finish();
}

fn reader_frame(c: &mut Criterion) {
    let project = long_transcript();
    let source = project.sources[0].id.clone();
    let mut app = SinergiApp::new(Preferences::default(), None, Some(Lang::En));
    app.doc = Document::new(project, Some(Path::new("texts.ron").to_owned()));
    app.start_screen = false;
    app.section = Section::Evidence;
    app.panels.evidence.tab = Tab::Reader;
    app.panels.evidence.reader.source = Some(source);
    let mut headless = Headless::new();
    for _ in 0..10 {
        let _ = headless.frame(&mut app);
    }
    assert!(!app.doc.is_dirty());
    let mut group = c.benchmark_group("texts-reader");
    group.bench_function(BenchmarkId::new("frame", "300KB-1000-passages"), |b| {
        b.iter(|| headless.frame(&mut app));
    });
    group.finish();
}

fn reanchor(c: &mut Criterion) {
    let mut doc = Document::new(long_transcript(), None);
    let original = doc.project.sources[0].clone();
    let mut edited = original.clone();
    edited.text.insert_str(0, "Catatan: ");
    let mut group = c.benchmark_group("texts-edit");
    group.sampling_mode(SamplingMode::Flat);
    // Each iteration inserts before every passage (all 1 000 move), then the next
    // takes it out again: every one re-anchors the whole text.
    let mut toggle = false;
    group.bench_function("reanchor-1000-passages", |b| {
        b.iter(|| {
            toggle = !toggle;
            let source = if toggle { &edited } else { &original };
            doc.apply(vec![(Edit::Put(Item::Source(source.clone())), None)])
        });
    });
    group.finish();
}

fn search(c: &mut Criterion) {
    let project = study_with_texts();
    let mut group = c.benchmark_group("texts-search");
    for word in ["pameran", "tidak ada di mana pun"] {
        group.bench_with_input(
            BenchmarkId::new("100x60KB", word),
            &project,
            |b, project| {
                b.iter(|| search_texts(black_box(project), word, 200));
            },
        );
    }
    group.finish();
}

criterion_group! {
    name = texts;
    config = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(700))
        .measurement_time(Duration::from_secs(3));
    targets = open_and_save, reader_frame, reanchor, search
}
criterion_main!(texts);
