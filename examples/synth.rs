//! Writes a realistic, valid synthetic project for benchmarks and tests:
//!
//! ```text
//! cargo run --release --example synth -- --evidence 20000 --out /tmp/big.ron
//! ```
//!
//! The same sizes and seed always give the same file. The project is built by
//! `sinergi::synth` (which the benches use too) and saved through `sinergi::store`.

use clap::Parser;
use sinergi::synth::{Params, project};
use std::path::PathBuf;
use std::process::ExitCode;

/// Write a synthetic Sinergi project.
#[derive(Debug, Parser)]
#[command(name = "synth")]
struct Args {
    /// Evidence notes (about one source is made per eight notes).
    #[arg(long)]
    evidence: usize,
    /// Actors.
    #[arg(long, default_value_t = Params::default().actors)]
    actors: usize,
    /// Activities (roles are made per actor x activity).
    #[arg(long, default_value_t = Params::default().activities)]
    activities: usize,
    /// Assessments, each scoring every indicator.
    #[arg(long, default_value_t = Params::default().assessments)]
    assessments: usize,
    /// Relations between the actors, with levels of collaboration for about two pairs in three.
    #[arg(long, default_value_t = 0)]
    relations: usize,
    /// Seed: the same seed and sizes give the same file.
    #[arg(long, default_value_t = Params::default().seed)]
    seed: u64,
    /// Where to write the project.
    #[arg(long)]
    out: PathBuf,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let params = Params {
        evidence: args.evidence,
        actors: args.actors,
        activities: args.activities,
        assessments: args.assessments,
        seed: args.seed,
    };
    let mut project = project(&params);
    sinergi::synth::add_relations(&mut project, args.relations, args.seed);
    match sinergi::store::save(&args.out, &project) {
        Ok(_) => {
            println!(
                "{}: {} notes, {} sources, {} actors, {} activities, {} roles, {} assessments, {} findings, {} relations",
                args.out.display(),
                project.evidence.len(),
                project.sources.len(),
                project.actors.len(),
                project.activities.len(),
                project.roles.len(),
                project.assessments.len(),
                project.inhibiting_factors.len() + project.recommendations.len(),
                project.relations.len(),
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("synth: {error}");
            ExitCode::FAILURE
        }
    }
}
