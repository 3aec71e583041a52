#!/usr/bin/env bash
# Runs every check a change must pass: formatting, clippy's house rules (the
# [lints] table in Cargo.toml, warnings are errors), then every test: model,
# store, CLI end to end, UI (egui_kittest, no GPU needed), architecture.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo fmt --all -- --check
cargo clippy --locked --all-targets -- -D warnings
cargo test --locked
