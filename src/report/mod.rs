//! The exports, made without a window: the chart as PNG or SVG, the
//! self-contained HTML report and the CSV tables, each described once in
//! [`FORMATS`]. Shared by the command line and the GUI; every file is written
//! atomically.

mod chart_file;
mod csv;
mod csv_agreement;
mod csv_table;
mod error;
mod file;
mod formats;
mod html;
mod html_agreement;
mod html_lens;

pub use chart_file::{
    ChartExport, ChartFormat, chart_bytes, chart_svg, check_assessments, write_chart,
};
pub use csv::{CSV_FILES, export_csv};
pub use csv_table::csv_field;
pub use error::ExportError;
pub use file::write_file;
pub use formats::{
    ExportFormat, ExportOption, ExportSettings, ExportTarget, FORMATS, FormatSpec, Writer,
};
pub use html::{report_html, write_report};
