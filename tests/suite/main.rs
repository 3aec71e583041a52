//! Sinergi's integration tests, linked as ONE test binary (`cargo test --test suite`)
//! to keep link time low. Each module is one area a user would notice breaking.

// Tests compare scores that must be exactly what was stored, set fixture fields
// in place and name files as written; these pedantic lints do not help them.
#![allow(
    clippy::float_cmp,
    clippy::assigning_clones,
    clippy::case_sensitive_file_extension_comparisons,
    clippy::trivially_copy_pass_by_ref
)]

mod common;

mod agreement_literature;
mod agreement_properties;
mod agreement_python_reference;
mod architecture;
mod cli;
mod cli_frameworks;
mod docx;
mod exports;
mod frameworks;
mod fuzz_regressions;
mod hostile;
mod import;
mod model;
mod network;
mod property;
mod refi;
mod reliability;
mod store;
mod versions;

// UI tests (egui_kittest) go below this line, one `mod ui_...;` per file.
mod ui;
mod ui_findings;
mod ui_frameworks;
mod ui_import;
mod ui_network;
mod ui_newcomer;
mod ui_reader;
mod ui_refi;
mod ui_reliability;
mod ui_results;
mod ui_support;
