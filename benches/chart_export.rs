//! Chart export: the radar of a synthetic project's assessments to a 1920x1080
//! PNG (geometry, SVG, rasterising with the bundled font, PNG encoding), at 200
//! and 20 000 notes. The chart only depends on the assessments, so both sizes
//! should take the same time. Figures: docs/benchmarks.md.
//!
//! ```text
//! cargo bench --bench chart_export
//! ```

use criterion::{BenchmarkId, Criterion, SamplingMode, criterion_group, criterion_main};
use sinergi::chart::Radar;
use sinergi::chart::png::svg_to_png;
use sinergi::chart::svg::{SvgOptions, radar_svg};
use sinergi::model::{AssessmentId, Lang};
use sinergi::synth::{self, Params};
use std::time::Duration;

fn chart_export(c: &mut Criterion) {
    let mut group = c.benchmark_group("chart-export");
    group.sampling_mode(SamplingMode::Flat);
    for n in [200, 20_000] {
        let project = synth::project(&Params::with_evidence(n));
        let chosen: Vec<AssessmentId> = project.assessments.iter().map(|a| a.id.clone()).collect();
        let options = SvgOptions::for_project(&project, Lang::En);
        group.bench_function(BenchmarkId::new("png-1920x1080", n), |b| {
            b.iter(|| {
                let radar = Radar::build(&project, &chosen, Lang::En);
                let svg = radar_svg(&radar, &options);
                svg_to_png(&svg, 1920, 1080).expect("png")
            });
        });
        group.bench_function(BenchmarkId::new("svg-only", n), |b| {
            b.iter(|| radar_svg(&Radar::build(&project, &chosen, Lang::En), &options));
        });
    }
    group.finish();
}

criterion_group! {
    name = export;
    config = Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    targets = chart_export
}
criterion_main!(export);
