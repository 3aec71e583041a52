//! Every export format, described once: its command-line name, its menu label,
//! the file it writes (extensions, or a folder), the options it asks for and the
//! function that writes it. The File menu, the export dialogs, the command list
//! and the command line all read [`FORMATS`], so a new format is one entry here
//! and one writer.

use super::chapter::ChapterOptions;
use super::chart_file::{ChartExport, ChartFormat, chart_bytes};
use super::csv::{CSV_FILES, CsvSeparator, export_csv_separated};
use super::docx::write_docx;
use super::error::ExportError;
use super::file::write_file;
use super::html::write_report;
use super::network_file::write_network;
use crate::i18n::Msg;
use crate::model::{Lang, Project};
use std::path::{Path, PathBuf};

/// A kind of file Sinergi exports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExportFormat {
    /// The radar chart as PNG or SVG.
    Chart,
    /// The actor network diagram as PNG or SVG.
    Network,
    /// The self-contained HTML report.
    Report,
    /// The results chapter as a Word document.
    Docx,
    /// The project's tables as CSV files.
    Csv,
    /// The evidence as a REFI-QDA project, for other qualitative-analysis tools.
    Qdpx,
    /// The framework as a REFI-QDA codebook.
    Qdc,
}

/// What an export writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportTarget {
    /// One file, with one of these extensions (the first is the default).
    File(&'static [&'static str]),
    /// Several files in a folder.
    Folder,
}

/// A choice an export offers beyond the output path and the language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportOption {
    /// Width and height in pixels.
    ImageSize,
    /// Light or dark colours.
    ChartTheme,
    /// Which assessments to draw.
    Assessments,
    /// The chapter's number in the thesis, for the captions ("Tabel 4.1").
    ChapterNumber,
    /// Commas or semicolons between CSV fields.
    CsvSeparator,
}

/// The choices made for one export.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportSettings {
    /// The language the export is written in.
    pub lang: Lang,
    /// The chart's assessments, size and colours (chart exports; the network
    /// diagram uses the size and colours; the Word chapter and the report show
    /// these assessments too).
    pub chart: ChartExport,
    /// PNG or SVG, for a chart file named without an extension.
    pub chart_format: Option<ChartFormat>,
    /// The chapter's number, for the Word chapter's headings and captions.
    pub chapter: u32,
    /// Commas or semicolons between CSV fields.
    pub csv_separator: CsvSeparator,
}

/// Results are usually Bab IV of an Indonesian thesis.
pub const DEFAULT_CHAPTER: u32 = 4;

impl Default for ExportSettings {
    fn default() -> Self {
        ExportSettings {
            lang: Lang::default(),
            chart: ChartExport::default(),
            chart_format: None,
            chapter: DEFAULT_CHAPTER,
            csv_separator: CsvSeparator::Comma,
        }
    }
}

/// How an export writes its file(s): returns every path written.
pub type Writer = fn(&Project, &ExportSettings, &Path) -> Result<Vec<PathBuf>, ExportError>;

/// One export format, fully described.
#[derive(Clone, Copy, Debug)]
pub struct FormatSpec {
    /// The format.
    pub format: ExportFormat,
    /// The command-line subcommand.
    pub command: &'static str,
    /// The subcommand's help line (the command line speaks English).
    pub about: &'static str,
    /// The File > Export menu item.
    pub menu: Msg,
    /// A file or a folder.
    pub target: ExportTarget,
    /// Added to the project's name to propose an output name, e.g. `-report`.
    pub suffix: &'static str,
    /// The choices it offers.
    pub options: &'static [ExportOption],
    /// Writes it.
    pub write: Writer,
}

/// Every export format, in menu order.
pub const FORMATS: [FormatSpec; 7] = [
    FormatSpec {
        format: ExportFormat::Chart,
        command: "chart",
        about: "Draw the radar chart into a PNG or SVG file (no window or GPU needed)",
        menu: Msg::CmdExportChart,
        target: ExportTarget::File(&["png", "svg"]),
        suffix: "-chart",
        options: &[
            ExportOption::ImageSize,
            ExportOption::Assessments,
            ExportOption::ChartTheme,
        ],
        write: write_chart_file,
    },
    FormatSpec {
        format: ExportFormat::Network,
        command: "network",
        about: "Draw the actor network diagram into a PNG or SVG file (no window or GPU needed)",
        menu: Msg::CmdExportNetwork,
        target: ExportTarget::File(&["png", "svg"]),
        suffix: "-network",
        options: &[ExportOption::ImageSize, ExportOption::ChartTheme],
        write: write_network_file,
    },
    FormatSpec {
        format: ExportFormat::Report,
        command: "report",
        about: "Write the report: one self-contained HTML file that prints on A4",
        menu: Msg::CmdExportReport,
        target: ExportTarget::File(&["html"]),
        suffix: "-report",
        options: &[],
        write: write_report_file,
    },
    FormatSpec {
        format: ExportFormat::Docx,
        command: "docx",
        about: "Write the results chapter as a Word document (.docx): headings, tables, the chart",
        menu: Msg::CmdExportDocx,
        target: ExportTarget::File(&["docx"]),
        suffix: "-bab",
        options: &[ExportOption::ChapterNumber, ExportOption::Assessments],
        write: write_docx_file,
    },
    FormatSpec {
        format: ExportFormat::Csv,
        command: "export-csv",
        about: "Write actors, activities, roles, sources, evidence, scores, findings, relations and levels of collaboration as CSV files",
        menu: Msg::CmdExportCsv,
        target: ExportTarget::Folder,
        suffix: "-csv",
        options: &[ExportOption::CsvSeparator],
        write: write_csv_files,
    },
    FormatSpec {
        format: ExportFormat::Qdpx,
        command: "export-qdpx",
        about: "Write sources, anchored notes, codes and actors as a REFI-QDA project (.qdpx) for NVivo, ATLAS.ti, MAXQDA or QualCoder",
        menu: Msg::CmdExportQdpx,
        target: ExportTarget::File(&["qdpx"]),
        suffix: "",
        options: &[],
        write: write_qdpx,
    },
    FormatSpec {
        format: ExportFormat::Qdc,
        command: "export-qdc",
        about: "Write the framework's indicators as a REFI-QDA codebook (.qdc) to code with in another tool",
        menu: Msg::CmdExportQdc,
        target: ExportTarget::File(&["qdc"]),
        suffix: "-codebook",
        options: &[],
        write: write_qdc,
    },
];

impl ExportFormat {
    /// Every format, in menu order.
    pub const ALL: [ExportFormat; 7] = [
        ExportFormat::Chart,
        ExportFormat::Network,
        ExportFormat::Report,
        ExportFormat::Docx,
        ExportFormat::Csv,
        ExportFormat::Qdpx,
        ExportFormat::Qdc,
    ];

    /// Its description.
    pub fn spec(self) -> &'static FormatSpec {
        &FORMATS[self as usize]
    }

    /// The format whose command-line name is `command`.
    pub fn from_command(command: &str) -> Option<ExportFormat> {
        FORMATS
            .iter()
            .find(|spec| spec.command == command)
            .map(|spec| spec.format)
    }
}

impl FormatSpec {
    /// The extension a file of this format gets when the user typed none.
    pub fn default_extension(&self, settings: &ExportSettings) -> Option<&'static str> {
        match (self.target, settings.chart_format) {
            (ExportTarget::Folder, _) => None,
            (ExportTarget::File(_), Some(ChartFormat::Svg))
                if matches!(self.format, ExportFormat::Chart | ExportFormat::Network) =>
            {
                Some("svg")
            }
            (ExportTarget::File(extensions), _) => extensions.first().copied(),
        }
    }

    /// Every file an export to `out` writes: `out` itself, or the tables in
    /// the folder `out`. Checked against the project before writing.
    pub fn outputs(&self, out: &Path) -> Vec<PathBuf> {
        match self.target {
            ExportTarget::File(_) => vec![out.to_owned()],
            ExportTarget::Folder => CSV_FILES.iter().map(|name| out.join(name)).collect(),
        }
    }

    /// True when the format asks for `option`.
    pub fn offers(&self, option: ExportOption) -> bool {
        self.options.contains(&option)
    }
}

fn write_chart_file(
    project: &Project,
    settings: &ExportSettings,
    path: &Path,
) -> Result<Vec<PathBuf>, ExportError> {
    let format = ChartFormat::required_by(path)?;
    let chart = ChartExport {
        lang: settings.lang,
        ..settings.chart.clone()
    };
    write_file(path, &chart_bytes(project, &chart, format)?)?;
    Ok(vec![path.to_owned()])
}

fn write_network_file(
    project: &Project,
    settings: &ExportSettings,
    path: &Path,
) -> Result<Vec<PathBuf>, ExportError> {
    let export = ChartExport {
        lang: settings.lang,
        ..settings.chart.clone()
    };
    write_network(project, &export, path)?;
    Ok(vec![path.to_owned()])
}

fn write_report_file(
    project: &Project,
    settings: &ExportSettings,
    path: &Path,
) -> Result<Vec<PathBuf>, ExportError> {
    write_report(project, settings.lang, path)?;
    Ok(vec![path.to_owned()])
}

fn write_docx_file(
    project: &Project,
    settings: &ExportSettings,
    path: &Path,
) -> Result<Vec<PathBuf>, ExportError> {
    let options = ChapterOptions {
        number: settings.chapter,
        lang: settings.lang,
        assessments: settings.chart.assessments.clone(),
    };
    write_docx(project, &options, path)?;
    Ok(vec![path.to_owned()])
}

fn write_csv_files(
    project: &Project,
    settings: &ExportSettings,
    path: &Path,
) -> Result<Vec<PathBuf>, ExportError> {
    export_csv_separated(project, path, settings.lang, settings.csv_separator)
}

/// The evidence as a `.qdpx` package (made in `refi`).
fn write_qdpx(
    project: &Project,
    settings: &ExportSettings,
    path: &Path,
) -> Result<Vec<PathBuf>, ExportError> {
    let files = crate::refi::qdpx_files(project, settings.lang);
    let bytes = crate::refi::zip_files(&files).map_err(ExportError::Package)?;
    write_file(path, &bytes)?;
    Ok(vec![path.to_owned()])
}

/// The framework as a `.qdc` codebook (made in `refi`).
fn write_qdc(
    project: &Project,
    settings: &ExportSettings,
    path: &Path,
) -> Result<Vec<PathBuf>, ExportError> {
    write_file(
        path,
        crate::refi::qdc_xml(project, settings.lang).as_bytes(),
    )?;
    Ok(vec![path.to_owned()])
}

#[cfg(test)]
mod tests {
    use super::{ExportFormat, FORMATS};

    #[test]
    fn each_format_finds_its_own_description() {
        for format in ExportFormat::ALL {
            assert_eq!(format.spec().format, format);
            assert_eq!(
                ExportFormat::from_command(format.spec().command),
                Some(format)
            );
        }
        assert_eq!(FORMATS.len(), ExportFormat::ALL.len());
    }
}
