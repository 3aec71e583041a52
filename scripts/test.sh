#!/usr/bin/env bash
# Runs every test: model, store, CLI end to end, UI (egui_kittest, no GPU needed).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cargo test --locked
