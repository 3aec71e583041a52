//! The one shape every imported text takes, whatever it came from: LF line
//! ends, no control characters but tab and line feed, no trailing spaces, at
//! most one blank line in a row (paragraphs are separated by exactly one), no
//! blank lines at the start, and one line feed at the end. Normalising a
//! normalised text changes nothing, so anchors into it stay where they are.

/// Normalises `text` (see the module documentation). Empty when it holds no
/// visible character.
pub fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 1);
    let mut blank_pending = false;
    let mut line = String::new();
    let mut chars = text.chars().peekable();
    loop {
        let c = chars.next();
        match c {
            // Line and paragraph ends in their many spellings.
            None | Some('\n' | '\u{2028}' | '\u{0b}' | '\u{85}') => {
                end_line(&mut out, &mut line, &mut blank_pending);
            }
            Some('\r') => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                end_line(&mut out, &mut line, &mut blank_pending);
            }
            // A form feed (page break) and U+2029 end a paragraph.
            Some('\u{0c}' | '\u{2029}') => {
                end_line(&mut out, &mut line, &mut blank_pending);
                blank_pending = !out.is_empty();
            }
            // The byte-order mark is an encoding detail, not text.
            Some('\u{feff}') => {}
            Some(c) if c == '\t' || !c.is_control() => line.push(c),
            Some(_) => {}
        }
        if c.is_none() {
            break;
        }
    }
    out
}

/// Ends the current line: trims its end, and writes it unless it is blank (a
/// blank line is written, once, before the next line that is not).
fn end_line(out: &mut String, line: &mut String, blank_pending: &mut bool) {
    let kept = line.trim_end().len();
    line.truncate(kept);
    if line.is_empty() {
        *blank_pending = !out.is_empty();
    } else {
        if *blank_pending {
            out.push('\n');
            *blank_pending = false;
        }
        out.push_str(line);
        out.push('\n');
    }
    line.clear();
}

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn line_ends_blank_lines_and_controls() {
        assert_eq!(normalize("a\r\nb\rc\n"), "a\nb\nc\n");
        assert_eq!(normalize("\n\n  \na  \t\n\n\n\nb"), "a\n\nb\n");
        assert_eq!(normalize("\u{feff}a\u{0}b\u{7f}c\td"), "abc\td\n");
        assert_eq!(normalize("a\u{0c}b"), "a\n\nb\n");
        assert_eq!(normalize("a\n\u{0c}\n\nb"), "a\n\nb\n");
        assert_eq!(normalize(" \t\n\r\n"), "");
        assert_eq!(normalize("  indented\n"), "  indented\n");
    }

    #[test]
    fn normalising_twice_changes_nothing() {
        for text in [
            "a\u{2029}\u{2029}b",
            "\u{feff}\u{feff} x \r\r\ny",
            "a\u{85}b\u{0b}",
        ] {
            let once = normalize(text);
            assert_eq!(normalize(&once), once, "{text:?}");
        }
    }
}
