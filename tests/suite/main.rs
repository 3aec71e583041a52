//! Sinergi's integration tests, linked as ONE test binary (`cargo test --test suite`)
//! to keep link time low. Each module is one area a user would notice breaking.

mod common;

mod architecture;
mod cli;
mod exports;
mod fuzz_regressions;
mod hostile;
mod model;
mod property;
mod store;
mod versions;

// UI tests (egui_kittest) go below this line, one `mod ui_...;` per file.
mod ui;
