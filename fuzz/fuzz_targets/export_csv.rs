//! Any project the window would open, written as the CSV tables: no panic;
//! every table reads back (RFC 4180) with as many fields in each record as in
//! its header; and no cell starts with what a spreadsheet would evaluate
//! (`=`, `+`, `@`, a tab or a carriage return, also after spaces; `-` only in
//! the score column, where it is a plain negative number).

#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use sinergi::report::csv_tables;

/// The records of a table written with a byte-order mark and CRLF endings.
fn records(text: &str) -> Vec<Vec<String>> {
    let body = text.strip_prefix('\u{feff}').expect("a byte-order mark");
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (false, '"') => {
                assert!(field.is_empty(), "a quote inside an unquoted field");
                quoted = true;
            }
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') => {
                assert_eq!(chars.next(), Some('\n'), "records end with CRLF");
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, '\n') => panic!("a bare LF ends a record"),
            (_, c) => field.push(c),
        }
    }
    assert!(!quoted && field.is_empty() && record.is_empty(), "the last record ends");
    records
}

fuzz_target!(|data: &[u8]| {
    let Some(project) = common::project(data) else {
        return;
    };
    for (name, text) in csv_tables(&project, common::lang(data)) {
        let records = records(&text);
        let header = &records[0];
        let score = header.iter().position(|h| h == "score");
        for record in &records[1..] {
            assert_eq!(record.len(), header.len(), "{name}: {record:?}");
            for (column, cell) in record.iter().enumerate() {
                let first = cell.trim_start_matches(' ').chars().next();
                let risky = match first {
                    Some('=' | '+' | '@' | '\t' | '\r' | '\u{ff1d}' | '\u{ff0b}' | '\u{ff0d}' | '\u{ff20}') => true,
                    Some('-') => Some(column) != score || cell.parse::<f64>().is_err(),
                    _ => false,
                };
                assert!(!risky, "{name}: a cell a spreadsheet would evaluate: {cell:?}");
            }
        }
    }
});
