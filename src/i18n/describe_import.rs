//! Why a document's text could not be imported, told in the user's language
//! with the file named (`FILE: message`), and what to do about it.

use super::messages::Msg;
use crate::import::{Format, ImportError, Measured};
use crate::model::Lang;
use std::io::ErrorKind;
use std::path::Path;

/// An import error as `FILE: message`, in `lang`.
pub fn describe_import_error(lang: Lang, path: &Path, error: &ImportError) -> String {
    let message = match error {
        ImportError::NotAFile { is_dir: true } => Msg::ImportIsFolder.get(lang).to_owned(),
        ImportError::NotAFile { is_dir: false } => Msg::ImportNotAFile.get(lang).to_owned(),
        ImportError::Io { source } => match source.kind() {
            ErrorKind::NotFound => Msg::ImportNotFound.get(lang).to_owned(),
            ErrorKind::PermissionDenied => Msg::ImportPermission.get(lang).to_owned(),
            _ => Msg::ImportIo.fill(lang, &[source]),
        },
        ImportError::TooLarge { what, bytes, limit } => {
            let (bytes, limit) = (megabytes(lang, *bytes), megabytes(lang, *limit));
            match what {
                Measured::File => Msg::ImportFileTooLarge.fill(lang, &[&bytes, &limit]),
                Measured::Unpacked => Msg::ImportUnpackedTooLarge.fill(lang, &[&limit]),
                Measured::Text => Msg::ImportTextTooLarge.fill(lang, &[&bytes, &limit]),
            }
        }
        ImportError::Unsupported => Msg::ImportUnsupported.get(lang).to_owned(),
        ImportError::ScannedPdf => Msg::ImportScannedPdf.get(lang).to_owned(),
        ImportError::EmptyPdf => Msg::ImportEmptyPdf.get(lang).to_owned(),
        ImportError::Empty => Msg::ImportEmpty.get(lang).to_owned(),
        ImportError::Encrypted => Msg::ImportEncrypted.get(lang).to_owned(),
        ImportError::LegacyDoc => Msg::ImportLegacyDoc.get(lang).to_owned(),
        ImportError::Damaged { format, reason } => {
            Msg::ImportDamaged.fill(lang, &[&format_name(lang, *format), reason])
        }
    };
    format!("{}: {message}", path.display())
}

/// A format's name, as a file of that kind is called.
fn format_name(lang: Lang, format: Format) -> &'static str {
    match format {
        Format::Text => Msg::FormatText,
        Format::Markdown => Msg::FormatMarkdown,
        Format::Docx => Msg::FormatDocx,
        Format::Odt => Msg::FormatOdt,
        Format::Pdf => Msg::FormatPdf,
    }
    .get(lang)
}

/// A size in megabytes (1 MB = 1 048 576 bytes, as the limits are set), with
/// one decimal unless it is whole, and the decimal comma in Indonesian.
fn megabytes(lang: Lang, bytes: u64) -> String {
    let tenths = (bytes as f64 / 104_857.6).round() as u64;
    let number = if tenths.is_multiple_of(10) {
        format!("{}", tenths / 10)
    } else {
        let separator = match lang {
            Lang::Id => ',',
            Lang::En => '.',
        };
        format!("{}{separator}{}", tenths / 10, tenths % 10)
    };
    format!("{number} MB")
}

#[cfg(test)]
mod tests {
    use super::{describe_import_error, megabytes};
    use crate::import::{ImportError, Measured};
    use crate::model::Lang;
    use std::path::Path;

    #[test]
    fn sizes_read_as_megabytes_in_each_language() {
        assert_eq!(megabytes(Lang::En, 5 * 1024 * 1024), "5 MB");
        assert_eq!(megabytes(Lang::En, 5_839_999), "5.6 MB");
        assert_eq!(megabytes(Lang::Id, 5_839_999), "5,6 MB");
    }

    #[test]
    fn every_message_names_the_file() {
        let error = ImportError::TooLarge {
            what: Measured::Text,
            bytes: 5_839_999,
            limit: 5 * 1024 * 1024,
        };
        let text = describe_import_error(Lang::En, Path::new("a/b.docx"), &error);
        assert_eq!(
            text,
            "a/b.docx: its text (5.6 MB) is more than the 5 MB one source can hold; \
             split the document and import each part as a source of its own"
        );
        let text = describe_import_error(Lang::Id, Path::new("scan.pdf"), &ImportError::ScannedPdf);
        assert!(
            text.starts_with("scan.pdf: PDF ini tidak punya lapisan teks"),
            "{text}"
        );
    }
}
