//! CSV as Excel and SPSS read it: RFC 4180 quoting (or semicolons with decimal
//! commas, for Excel in Indonesian), CRLF line ends, UTF-8 with a byte-order
//! mark, and text that a spreadsheet would run as a formula defused. Every
//! table of the CSV export is written through here.

use crate::model::format_score;

/// How fields are separated, and with it the decimal mark.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum CsvSeparator {
    /// `,` between fields, `.` in numbers: RFC 4180, and Excel in English.
    #[default]
    Comma,
    /// `;` between fields, `,` in numbers: Excel in Indonesian (and most of
    /// continental Europe).
    Semicolon,
}

impl CsvSeparator {
    pub(super) fn field(self) -> char {
        match self {
            CsvSeparator::Comma => ',',
            CsvSeparator::Semicolon => ';',
        }
    }

    /// A score as the spreadsheet reads numbers with this separator.
    pub(super) fn number(self, value: f64) -> String {
        self.decimal(format_score(value))
    }

    /// A number already written with a `.` decimal mark, in this separator's mark.
    pub(super) fn decimal(self, text: String) -> String {
        match self {
            CsvSeparator::Comma => text,
            CsvSeparator::Semicolon => text.replace('.', ","),
        }
    }
}

/// One CSV field, quoted when RFC 4180 requires it (comma, quote, line break),
/// or when it has edge spaces some readers would trim.
pub fn csv_field(text: &str) -> String {
    field(text, CsvSeparator::Comma)
}

/// One field for a table separated by `separator`.
fn field(text: &str, separator: CsvSeparator) -> String {
    // Both separators are quoted whichever is in use, so a file stays valid
    // when a spreadsheet guesses the other one.
    let needs_quotes = text.contains([separator.field(), ',', ';', '"', '\r', '\n'])
        || text.starts_with([' ', '\t'])
        || text.ends_with([' ', '\t']);
    if needs_quotes {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// Text a spreadsheet could take for a formula gets a leading apostrophe, so
/// opening an export never runs anything (OWASP's CSV-injection guidance):
/// every cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return,
/// also after leading spaces and in the full-width forms (`＝`, `＋`, `－`,
/// `＠`) some spreadsheets read alike. This applies to every text cell, a
/// text that looks like a number included (`-3` as a name stays text); the
/// numeric columns (scores) are written as plain numbers, not through here.
pub(super) fn text_cell(text: &str) -> String {
    let first = text.trim_start_matches(' ').chars().next();
    let risky = matches!(
        first,
        Some(
            '=' | '+' | '-' | '@' | '\t' | '\r' | '\u{ff1d}' | '\u{ff0b}' | '\u{ff0d}' | '\u{ff20}'
        )
    );
    if risky {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// A whole table: byte-order mark, header, rows, CRLF after every record.
pub(super) fn table(header: &[&str], rows: &[Vec<String>], separator: CsvSeparator) -> String {
    let mut out = String::from("\u{feff}");
    let mut record = |fields: &mut dyn Iterator<Item = String>| {
        let line: Vec<String> = fields.map(|f| field(&f, separator)).collect();
        out.push_str(&line.join(&separator.field().to_string()));
        out.push_str("\r\n");
    };
    record(&mut header.iter().map(|h| (*h).to_owned()));
    for row in rows {
        record(&mut row.iter().cloned());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{csv_field, text_cell};

    #[test]
    fn fields_are_quoted_as_rfc_4180_asks() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
        assert_eq!(csv_field(" edge"), "\" edge\"");
        assert_eq!(csv_field(""), "");
    }

    #[test]
    fn formulas_are_defused_but_numbers_and_dashes_kept() {
        assert_eq!(text_cell("=SUM(A1)"), "'=SUM(A1)");
        assert_eq!(text_cell("@cmd"), "'@cmd");
        assert_eq!(text_cell("-x"), "'-x");
        assert_eq!(
            text_cell("-2+3+cmd|' /C calc'!A0"),
            "'-2+3+cmd|' /C calc'!A0"
        );
        assert_eq!(text_cell("-3"), "'-3");
        assert_eq!(text_cell("- item"), "'- item");
        assert_eq!(text_cell("  =1+1"), "'  =1+1");
        assert_eq!(text_cell("\u{ff0b}1"), "'\u{ff0b}1");
        assert_eq!(text_cell("Kami"), "Kami");
        assert_eq!(text_cell("a-b"), "a-b");
    }
}
