//! The exports, made without a window: the chart and the network diagram as PNG or SVG, the
//! self-contained HTML report and the CSV tables, each described once in
//! [`FORMATS`]. Shared by the command line and the GUI; every file is written
//! atomically.

mod chapter;
mod chart_file;
mod csv;
mod csv_agreement;
mod csv_table;
mod docx;
mod error;
mod file;
mod formats;
mod html;
mod html_agreement;
mod html_lens;
mod network_file;
mod network_html;
mod tables;

pub use chapter::{
    Block, CHART_PIXELS, Chapter, ChapterOptions, Figure, NETWORK_PIXELS, Span, Table,
    build_chapter,
};
pub use chart_file::{
    ChartExport, ChartFormat, chart_bytes, chart_svg, check_assessments, write_chart,
};
pub use csv::{
    CSV_FILES, CsvSeparator, export_csv, export_csv_separated, tables as csv_tables,
    tables_separated as csv_tables_separated,
};
pub use csv_table::csv_field;
pub use docx::{docx_bytes, write_docx};
pub use error::ExportError;
pub use file::{refuse_overwriting_project, write_file, write_set};
pub use formats::{
    DEFAULT_CHAPTER, ExportFormat, ExportOption, ExportSettings, ExportTarget, FORMATS, FormatSpec,
    Writer,
};
pub use html::{report_html, write_report};
pub use network_file::{network_bytes, network_png, network_svg_file, write_network};
pub use tables::{PlainTable, column_name, comparison_table, coverage_table, stance_table};
