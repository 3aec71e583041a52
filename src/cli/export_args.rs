//! The export subcommands, made from the export formats' table: each format
//! gives a subcommand with the project file, `--out`, and the options the format
//! offers. A new format appears here without a line of this file changing.

use crate::chart::svg::Theme;
use crate::model::AssessmentId;
use crate::report::{
    CsvSeparator, DEFAULT_CHAPTER, ExportFormat, ExportOption, ExportSettings, ExportTarget,
    FORMATS, FormatSpec,
};
use clap::builder::{PossibleValue, PossibleValuesParser};
use clap::error::ErrorKind;
use clap::{Arg, ArgAction, ArgMatches, FromArgMatches, Subcommand};
use std::path::PathBuf;

/// `sinergi FORMAT FILE --out OUT [options]`.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportCommand {
    /// Which format.
    pub format: ExportFormat,
    /// The project file.
    pub file: PathBuf,
    /// Where to write.
    pub out: PathBuf,
    /// The options given (the language is set by the caller from `--lang`).
    pub settings: ExportSettings,
}

fn subcommand(spec: &FormatSpec) -> clap::Command {
    let out_help = match spec.target {
        ExportTarget::File(extensions) => {
            let names: Vec<String> = extensions.iter().map(|e| format!(".{e}")).collect();
            format!("The file to write ({})", names.join(" or "))
        }
        ExportTarget::Folder => "The folder to write into (made if missing)".to_owned(),
    };
    let mut command = clap::Command::new(spec.command)
        .about(spec.about)
        .arg(
            Arg::new("file")
                .value_name("FILE")
                .help("The project file")
                .required(true)
                .value_parser(clap::value_parser!(PathBuf)),
        )
        .arg(
            Arg::new("out")
                .long("out")
                .value_name("OUT")
                .help(out_help)
                .required(true)
                .value_parser(clap::value_parser!(PathBuf)),
        );
    for option in spec.options {
        command = match option {
            ExportOption::ImageSize => command
                .arg(size_arg("width", "WIDTH", "Width in pixels", "1920"))
                .arg(size_arg("height", "HEIGHT", "Height in pixels", "1080")),
            ExportOption::ChartTheme => command.arg(
                Arg::new("theme")
                    .long("theme")
                    .value_name("THEME")
                    .help("Colour scheme")
                    .value_parser(PossibleValuesParser::new([
                        PossibleValue::new("light").help("Dark on white"),
                        PossibleValue::new("dark").help("Light on dark"),
                    ]))
                    .default_value("light"),
            ),
            ExportOption::Assessments => command.arg(
                Arg::new("assessment")
                    .long("assessment")
                    .value_name("ID")
                    .help("An assessment to draw, by id; repeat for several (default: all)")
                    .action(ArgAction::Append),
            ),
            ExportOption::CsvSeparator => command.arg(
                Arg::new("separator")
                    .long("separator")
                    .value_name("SEP")
                    .help("Field separator")
                    .value_parser(PossibleValuesParser::new([
                        PossibleValue::new("comma").help("Commas, decimal points (RFC 4180)"),
                        PossibleValue::new("semicolon")
                            .help("Semicolons, decimal commas (Excel in Indonesian)"),
                    ]))
                    .default_value("comma"),
            ),
            ExportOption::ChapterNumber => command.arg(
                Arg::new("chapter")
                    .long("chapter")
                    .value_name("N")
                    .help("The chapter's number in the thesis, for headings and captions")
                    .value_parser(clap::value_parser!(u32).range(1..=99))
                    .default_value("4"),
            ),
        };
    }
    command
}

fn size_arg(
    name: &'static str,
    value_name: &'static str,
    help: &'static str,
    default: &'static str,
) -> Arg {
    Arg::new(name)
        .long(name)
        .value_name(value_name)
        .help(help)
        .value_parser(clap::value_parser!(u32).range(1..=16_384))
        .default_value(default)
}

impl FromArgMatches for ExportCommand {
    fn from_arg_matches(matches: &ArgMatches) -> Result<Self, clap::Error> {
        let Some((name, args)) = matches.subcommand() else {
            return Err(clap::Error::new(ErrorKind::MissingSubcommand));
        };
        let format = ExportFormat::from_command(name)
            .ok_or_else(|| clap::Error::new(ErrorKind::InvalidSubcommand))?;
        let path = |id: &str| {
            args.get_one::<PathBuf>(id)
                .cloned()
                .ok_or_else(|| clap::Error::new(ErrorKind::MissingRequiredArgument))
        };
        let mut settings = ExportSettings::default();
        let spec = format.spec();
        if spec.offers(ExportOption::ImageSize) {
            settings.chart.width = args.get_one::<u32>("width").copied().unwrap_or(1920);
            settings.chart.height = args.get_one::<u32>("height").copied().unwrap_or(1080);
        }
        if spec.offers(ExportOption::ChartTheme) {
            settings.chart.theme = match args.get_one::<String>("theme").map(String::as_str) {
                Some("dark") => Theme::Dark,
                _ => Theme::Light,
            };
        }
        if spec.offers(ExportOption::CsvSeparator) {
            settings.csv_separator = match args.get_one::<String>("separator").map(String::as_str) {
                Some("semicolon") => CsvSeparator::Semicolon,
                _ => CsvSeparator::Comma,
            };
        }
        if spec.offers(ExportOption::ChapterNumber) {
            settings.chapter = args
                .get_one::<u32>("chapter")
                .copied()
                .unwrap_or(DEFAULT_CHAPTER);
        }
        if spec.offers(ExportOption::Assessments) {
            settings.chart.assessments = args
                .get_many::<String>("assessment")
                .into_iter()
                .flatten()
                .map(|id| AssessmentId::new(id.as_str()))
                .collect();
        }
        Ok(ExportCommand {
            format,
            file: path("file")?,
            out: path("out")?,
            settings,
        })
    }

    fn update_from_arg_matches(&mut self, matches: &ArgMatches) -> Result<(), clap::Error> {
        *self = Self::from_arg_matches(matches)?;
        Ok(())
    }
}

impl Subcommand for ExportCommand {
    fn augment_subcommands(command: clap::Command) -> clap::Command {
        FORMATS.iter().fold(command, |command, spec| {
            command.subcommand(subcommand(spec))
        })
    }

    fn augment_subcommands_for_update(command: clap::Command) -> clap::Command {
        Self::augment_subcommands(command)
    }

    fn has_subcommand(name: &str) -> bool {
        ExportFormat::from_command(name).is_some()
    }
}
