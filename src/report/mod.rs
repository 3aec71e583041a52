//! The exports, made without a window: the chart as PNG or SVG, the
//! self-contained HTML report and the CSV tables, each described once in
//! [`FORMATS`]. Shared by the command line and the GUI; every file is written
//! atomically.

mod chart_file;
mod csv;
mod error;
mod file;
mod formats;
mod html;

pub use chart_file::{
    ChartExport, ChartFormat, chart_bytes, chart_svg, check_assessments, write_chart,
};
pub use csv::{CSV_FILES, csv_field, export_csv, tables as csv_tables};
pub use error::ExportError;
pub use file::{refuse_overwriting_project, write_file, write_set};
pub use formats::{
    ExportFormat, ExportOption, ExportSettings, ExportTarget, FORMATS, FormatSpec, Writer,
};
pub use html::{report_html, write_report};
