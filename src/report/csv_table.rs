//! CSV as Excel and SPSS read it: RFC 4180 quoting, CRLF line ends, UTF-8 with
//! a byte-order mark, and text that a spreadsheet would run as a formula
//! defused. Every table of the CSV export is written through here.

/// One CSV field, quoted when RFC 4180 requires it (comma, quote, line break),
/// or when it has edge spaces some readers would trim.
pub fn csv_field(text: &str) -> String {
    let needs_quotes = text.contains([',', '"', '\r', '\n'])
        || text.starts_with([' ', '\t'])
        || text.ends_with([' ', '\t']);
    if needs_quotes {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

/// Text a spreadsheet would take for a formula (`=`, `+`, `@`, or `-` before a
/// letter) gets a leading apostrophe, so opening an export never runs anything.
pub(super) fn text_cell(text: &str) -> String {
    let mut chars = text.chars();
    let risky = match chars.next() {
        Some('=' | '+' | '@' | '\t' | '\r') => true,
        Some('-') => chars
            .next()
            .is_some_and(|c| !(c.is_ascii_digit() || c.is_whitespace() || c == '.')),
        _ => false,
    };
    if risky {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

/// A whole table: byte-order mark, header, rows, CRLF after every record.
pub(super) fn table(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut out = String::from("\u{feff}");
    let mut record = |fields: &mut dyn Iterator<Item = String>| {
        let line: Vec<String> = fields.map(|f| csv_field(&f)).collect();
        out.push_str(&line.join(","));
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
        assert_eq!(text_cell("-3"), "-3");
        assert_eq!(text_cell("- item"), "- item");
        assert_eq!(text_cell("Kami"), "Kami");
    }
}
