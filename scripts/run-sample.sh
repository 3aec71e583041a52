#!/usr/bin/env bash
# Starts Sinergi on the Kotagede sample project, installing what it needs first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --gui
cargo run --release --locked -- sample_data/kotagede.ron "$@"
