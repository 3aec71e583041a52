//! The actor network at the size the issue asks for, 40 actors and 200
//! relations (and at the Kotagede sample's 7 and 17): the automatic layout,
//! the diagram's geometry, its SVG and PNG, the measures, and frames of the
//! Network section with the real app: at rest, and while an actor is dragged
//! (each frame redraws the picture). Figures: docs/benchmarks.md.
//!
//! ```text
//! cargo bench --bench network
//! ```

use criterion::{BenchmarkId, Criterion, SamplingMode, criterion_group, criterion_main};
use sinergi::analysis::{NetworkFilter, NetworkStats};
use sinergi::chart::fonts::TextMeasure;
use sinergi::chart::network::labels::Boxed;
use sinergi::chart::network::layout::positions;
use sinergi::chart::network::{Frame, NetworkInput, NetworkPicture};
use sinergi::document::Document;
use sinergi::model::{Lang, Project};
use sinergi::report::network_png;
use sinergi::synth::{self, Params};
use sinergi::ui::panels::Section;
use sinergi::ui::{Preferences, SinergiApp};
use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

#[path = "support/headless.rs"]
mod headless;
use headless::Headless;

/// 40 actors and 200 relations on a 2 000-note project.
fn large() -> Project {
    let mut project = synth::project(&Params {
        actors: 40,
        ..Params::with_evidence(2_000)
    });
    synth::add_relations(&mut project, 200, 7);
    assert!(project.validate().is_empty(), "{:?}", project.validate());
    project
}

fn kotagede() -> Project {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample_data/kotagede.ron");
    sinergi::store::load(&path).expect("the sample loads")
}

fn projects() -> [(&'static str, Project); 2] {
    [("kotagede-7x17", kotagede()), ("40x200", large())]
}

fn geometry(c: &mut Criterion) {
    let mut group = c.benchmark_group("network");
    group.sampling_mode(SamplingMode::Flat);
    for (name, project) in projects() {
        group.bench_function(BenchmarkId::new("layout", name), |b| {
            b.iter(|| positions(black_box(&project)));
        });
        group.bench_function(BenchmarkId::new("measures", name), |b| {
            b.iter(|| NetworkStats::of(black_box(&project), &NetworkFilter::default()));
        });
        let placed = positions(&project);
        let filter = NetworkFilter::default();
        let input = NetworkInput {
            project: &project,
            filter: &filter,
            positions: &placed,
        };
        let frame = Frame {
            area: Boxed {
                x: 0.0,
                y: 0.0,
                width: 760.0,
                height: 560.0,
            },
            font: 13.0,
            unit: 1.0,
        };
        let mut measure = TextMeasure::new();
        group.bench_function(BenchmarkId::new("picture", name), |b| {
            b.iter(|| {
                NetworkPicture::build(&input, frame, &mut |text, size| {
                    measure.width(text, size, false)
                })
            });
        });
        group.bench_function(BenchmarkId::new("png-1920x1080", name), |b| {
            b.iter(|| network_png(&project, Lang::En, 1920, 1080).expect("png"));
        });
    }
    group.finish();
}

/// The app on the Network section of `project`, settled.
fn app_on_network(project: Project) -> (SinergiApp, Headless) {
    let mut app = SinergiApp::new(Preferences::default(), None, Some(Lang::En));
    app.doc = Document::new(project, Some(Path::new("synth.ron").to_owned()));
    app.start_screen = false;
    app.section = Section::Network;
    let mut headless = Headless::new();
    for _ in 0..10 {
        let _ = headless.frame(&mut app);
    }
    (app, headless)
}

fn frames(c: &mut Criterion) {
    let mut group = c.benchmark_group("network-frame");
    for (name, project) in projects() {
        let (mut app, mut headless) = app_on_network(project.clone());
        assert!(app.modal.is_none());
        group.bench_function(BenchmarkId::new("at-rest", name), |b| {
            b.iter(|| headless.frame(&mut app));
        });
        assert!(
            !app.doc.is_dirty(),
            "a frame without input edited the project"
        );

        // Press on the first actor, then move the pointer every frame.
        let (mut app, mut headless) = app_on_network(project);
        let first = app.doc.project.actors[0].id.clone();
        let start = app
            .panels
            .network
            .diagram
            .actor_centre(&first)
            .expect("the first actor is drawn");
        let _ = headless.frame_with(
            &mut app,
            vec![
                egui::Event::PointerMoved(start),
                egui::Event::PointerButton {
                    pos: start,
                    button: egui::PointerButton::Primary,
                    pressed: true,
                    modifiers: egui::Modifiers::NONE,
                },
            ],
        );
        let mut step = 0.0_f32;
        group.bench_function(BenchmarkId::new("dragging", name), |b| {
            b.iter(|| {
                step = (step + 7.0) % 120.0;
                let at = start + egui::vec2(step - 60.0, (step * 0.5) - 30.0);
                headless.frame_with(&mut app, vec![egui::Event::PointerMoved(at)])
            });
        });
        assert!(
            app.panels.network.diagram.is_dragging(),
            "the frames measured moved an actor"
        );
    }
    group.finish();
}

criterion_group! {
    name = network;
    config = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(700))
        .measurement_time(Duration::from_secs(2));
    targets = geometry, frames
}
criterion_main!(network);
