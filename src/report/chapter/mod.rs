//! The results chapter for the thesis, as blocks any writer can spell out
//! (the Word writer is `report/docx.rs`).

mod agreement;
mod blocks;
mod build;
mod contents;
mod indicators;
mod network;
mod second_framework;

pub use blocks::{Block, Chapter, Figure, Span, Table};
pub use build::ChapterOptions;
pub use contents::build_chapter;
pub use indicators::CHART_PIXELS;
pub use network::NETWORK_PIXELS;
