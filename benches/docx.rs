//! The Word chapter of a synthetic project at 200 and 20 000 notes: building
//! the chapter (every indicator's evidence table holds all its notes) and
//! writing it as a .docx (XML and zip). Figures: docs/benchmarks.md.
//!
//! ```text
//! cargo bench --bench docx
//! ```

use criterion::{BenchmarkId, Criterion, SamplingMode, criterion_group, criterion_main};
use sinergi::model::Lang;
use sinergi::report::{ChapterOptions, build_chapter, docx_bytes};
use sinergi::synth::{self, Params};
use std::time::Duration;

fn docx(c: &mut Criterion) {
    let mut group = c.benchmark_group("docx");
    group.sampling_mode(SamplingMode::Flat);
    group.sample_size(10);
    let options = ChapterOptions {
        number: 4,
        lang: Lang::Id,
        assessments: Vec::new(),
    };
    for n in [200, 20_000] {
        let project = synth::project(&Params::with_evidence(n));
        group.bench_function(BenchmarkId::new("chapter", n), |b| {
            b.iter(|| build_chapter(&project, &options).expect("chapter"));
        });
        let chapter = build_chapter(&project, &options).expect("chapter");
        group.bench_function(BenchmarkId::new("docx-bytes", n), |b| {
            b.iter(|| docx_bytes(&chapter).expect("docx"));
        });
    }
    group.finish();
}

criterion_group! {
    name = chapter;
    config = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(4));
    targets = docx
}
criterion_main!(chapter);
