//! The exports, made without a window: the chart and the network diagram as PNG or SVG, the
//! self-contained HTML report and the CSV tables, each described once in
//! [`FORMATS`]. Shared by the command line and the GUI; every file is written
//! atomically.

mod chart_file;
mod csv;
mod error;
mod file;
mod formats;
mod html;
mod network_file;
mod network_html;

pub use chart_file::{
    ChartExport, ChartFormat, chart_bytes, chart_svg, check_assessments, write_chart,
};
pub use csv::{CSV_FILES, csv_field, export_csv};
pub use error::ExportError;
pub use file::write_file;
pub use formats::{
    ExportFormat, ExportOption, ExportSettings, ExportTarget, FORMATS, FormatSpec, Writer,
};
pub use html::{report_html, write_report};
pub use network_file::{network_bytes, network_png, network_svg_file, write_network};
