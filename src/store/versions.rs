//! Schema versions: every version ever released keeps opening. A file is parsed
//! as the version it declares and migrated step by step to the current model;
//! a newer version is refused before anything is read into the model.

use super::error::LoadError;
use crate::model::{CURRENT_SCHEMA_VERSION, Project};
use serde::de::DeserializeOwned;
use std::path::Path;

/// How deeply RON values may nest. A project nests about six levels; this leaves
/// room for hand edits while keeping hostile files from exhausting the stack.
pub const MAX_NESTING: usize = 64;

/// The schema versions this build reads.
pub const SUPPORTED_VERSIONS: &[u32] = &[1, 2, 3, 4, 5];

/// Parses `text` as whichever version it declares, and migrates it to the current one.
pub fn parse_any_version(text: &str, path: &Path) -> Result<Project, LoadError> {
    let declared = declared_version(text);
    if let Some(found) = declared
        && found > CURRENT_SCHEMA_VERSION
    {
        return Err(LoadError::NewerVersion {
            path: path.to_owned(),
            found,
            supported: CURRENT_SCHEMA_VERSION,
        });
    }
    // Every version so far only added fields (with defaults), so the current
    // types read them all. A version that renames or moves a field parses a
    // frozen copy of the old types here and converts it; the fixtures keep it honest.
    let mut project: Project = match declared.unwrap_or(CURRENT_SCHEMA_VERSION) {
        1..=CURRENT_SCHEMA_VERSION => parse_ron(text, path)?,
        found => {
            return Err(LoadError::UnknownVersion {
                path: path.to_owned(),
                found,
            });
        }
    };
    // The quick scan may have been fooled (or found nothing); the parsed field is the truth.
    match project.schema_version {
        1..=CURRENT_SCHEMA_VERSION => {
            // The model in memory is always the current one; saving writes it so.
            project.schema_version = CURRENT_SCHEMA_VERSION;
            Ok(project)
        }
        found if found > CURRENT_SCHEMA_VERSION => Err(LoadError::NewerVersion {
            path: path.to_owned(),
            found,
            supported: CURRENT_SCHEMA_VERSION,
        }),
        found => Err(LoadError::UnknownVersion {
            path: path.to_owned(),
            found,
        }),
    }
}

/// Parses RON text into `T` with a nesting limit, turning errors into `FILE:LINE:COL` form.
pub fn parse_ron<T: DeserializeOwned>(text: &str, path: &Path) -> Result<T, LoadError> {
    ron::Options::default()
        .with_recursion_limit(MAX_NESTING)
        .from_str(text)
        .map_err(|error| LoadError::Syntax {
            path: path.to_owned(),
            line: error.span.start.line,
            column: error.span.start.col,
            message: one_line(&error.code.to_string()),
        })
}

/// The longest parser message shown; longer ones (quoting a huge value) are cut.
const MAX_MESSAGE_CHARS: usize = 300;

/// A parser message as one bounded line: it may quote text from the file (a bad
/// colour, say), and a newline there would break the `FILE:LINE:COL: message` form.
fn one_line(message: &str) -> String {
    let mut line = String::new();
    for (count, c) in message.chars().enumerate() {
        if count == MAX_MESSAGE_CHARS {
            line.push('…');
            break;
        }
        if c.is_control() {
            line.extend(c.escape_default());
        } else {
            line.push(c);
        }
    }
    line
}

/// Reads the `schema_version: N` a file declares without parsing the whole file,
/// so a newer file is refused before any of it is read into the model.
pub(super) fn declared_version(text: &str) -> Option<u32> {
    let mut rest = text;
    while let Some(at) = rest.find("schema_version") {
        let after = rest[at + "schema_version".len()..].trim_start();
        if let Some(value) = after.strip_prefix(':') {
            let digits: String = value
                .trim_start()
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            return digits.parse().ok();
        }
        rest = &rest[at + 1..];
    }
    None
}

#[cfg(test)]
mod tests {
    use super::declared_version;

    #[test]
    fn finds_the_declared_version() {
        assert_eq!(declared_version("(\n    schema_version: 7,\n"), Some(7));
        assert_eq!(declared_version("(schema_version:1)"), Some(1));
        assert_eq!(declared_version("()"), None);
    }

    #[test]
    fn parser_messages_stay_on_one_short_line() {
        assert_eq!(super::one_line("found \"#00\n72\""), "found \"#00\\n72\"");
        let long = super::one_line(&"x".repeat(10_000));
        assert_eq!(long.chars().count(), super::MAX_MESSAGE_CHARS + 1);
    }
}
