//! Finding the comments a person wrote in a project file. Saving writes the
//! project from the model, which has no place for them, so a rewrite drops
//! them: `sinergi upgrade` and the window say so before that happens.

/// The 1-based lines on which a `//` or `/* */` comment starts, outside
/// strings and character literals, in RON text.
pub fn comment_lines(text: &str) -> Vec<usize> {
    let mut lines = Vec::new();
    let mut line = 1;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => line += 1,
            '"' => skip_string(&mut chars, &mut line),
            'r' if matches!(chars.peek(), Some('"' | '#')) => {
                skip_raw_string(&mut chars, &mut line);
            }
            '\'' => skip_char(&mut chars),
            '/' if chars.peek() == Some(&'/') => {
                lines.push(line);
                for c in chars.by_ref() {
                    if c == '\n' {
                        line += 1;
                        break;
                    }
                }
            }
            '/' if chars.peek() == Some(&'*') => {
                lines.push(line);
                chars.next();
                skip_block_comment(&mut chars, &mut line);
            }
            _ => {}
        }
    }
    lines
}

type Chars<'a> = std::iter::Peekable<std::str::Chars<'a>>;

fn skip_string(chars: &mut Chars<'_>, line: &mut usize) {
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.next() == Some('\n') => *line += 1,
            '"' => return,
            '\n' => *line += 1,
            _ => {}
        }
    }
}

/// `r"..."` or `r#"..."#`, after the `r`.
fn skip_raw_string(chars: &mut Chars<'_>, line: &mut usize) {
    let mut hashes = 0;
    while chars.peek() == Some(&'#') {
        chars.next();
        hashes += 1;
    }
    if chars.next() != Some('"') {
        return;
    }
    while let Some(c) = chars.next() {
        match c {
            '\n' => *line += 1,
            '"' => {
                let mut closing = 0;
                while closing < hashes && chars.peek() == Some(&'#') {
                    chars.next();
                    closing += 1;
                }
                if closing == hashes {
                    return;
                }
            }
            _ => {}
        }
    }
}

/// `'x'` or `'\n'`, after the opening quote.
fn skip_char(chars: &mut Chars<'_>) {
    if chars.next() == Some('\\') {
        chars.next();
    }
    for c in chars.by_ref() {
        if c == '\'' {
            return;
        }
    }
}

/// A block comment, after its `/*`; RON's block comments nest.
fn skip_block_comment(chars: &mut Chars<'_>, line: &mut usize) {
    let mut depth = 1;
    while let Some(c) = chars.next() {
        match c {
            '\n' => *line += 1,
            '*' if chars.peek() == Some(&'/') => {
                chars.next();
                depth -= 1;
                if depth == 0 {
                    return;
                }
            }
            '/' if chars.peek() == Some(&'*') => {
                chars.next();
                depth += 1;
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::comment_lines;

    #[test]
    fn comments_are_found_on_their_lines_and_strings_are_not_comments() {
        assert_eq!(comment_lines("(\n  a: 1, // note\n)"), [2]);
        assert_eq!(
            comment_lines("/* a\n /* nested */ b */ (x: 1) // c"),
            [1, 2]
        );
        assert!(comment_lines("(t: \"http://x /* y */\", c: '\"', d: '/')").is_empty());
        assert!(comment_lines("(t: \"say \\\"//\\\"\")").is_empty());
        assert!(comment_lines("(t: r#\"a \" // b\"#)").is_empty());
        assert_eq!(comment_lines("(t: \"a\nb\") // here"), [2]);
    }
}
