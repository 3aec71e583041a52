//! Sinergi: assess a collaborative-governance network against a framework of
//! indicators, with every score traceable to the field evidence behind it.
//!
//! Layers, each depending only on those above it: [`model`] (plain data and its
//! rules) -> [`store`] (RON files) and [`import`] (a source's text from a
//! document file) -> [`analysis`] (derived facts) -> the GUI and the command
//! line, which share all of it. [`i18n`] names everything in
//! Indonesian and English. [`chart`] holds the radar geometry both the screen
//! and the exports draw; [`report`] makes the exports (chart files, HTML
//! report, CSV tables) without a window.

pub mod analysis;
pub mod chart;
pub mod cli;
pub mod document;
pub mod i18n;
pub mod import;
pub mod model;
pub mod refi;
pub mod report;
pub mod store;
pub mod synth;
pub mod ui;
