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
pub const SUPPORTED_VERSIONS: &[u32] = &[1, 2, 3, 4, 5, 6];

/// Parses `text` as whichever version it declares, and migrates it to the current one.
///
/// The version is read from the parsed document, never by searching the text
/// (where `schema_version: 9` may sit in a comment or a string): the file is
/// parsed into the current types first; only when that fails is it parsed into
/// [`VersionOnly`], which holds the version alone, to tell a file from a newer
/// Sinergi (refused as such) from a broken one (refused at its line and column).
pub fn parse_any_version(text: &str, path: &Path) -> Result<Project, LoadError> {
    match parse_ron::<Project>(text, path) {
        // Every version so far only added fields (with defaults), so the current
        // types read them all. A version that renames or moves a field parses a
        // frozen copy of the old types when the current ones fail (below, once
        // `VersionOnly` has told which version it is) and converts it; the
        // fixtures keep it honest.
        Ok(mut project) => match project.schema_version {
            1..=CURRENT_SCHEMA_VERSION => {
                // The model in memory is always the current one; saving writes it so.
                project.schema_version = CURRENT_SCHEMA_VERSION;
                Ok(project)
            }
            found => Err(version_error(found, path)),
        },
        Err(error) => match parse_ron::<VersionOnly>(text, path) {
            Ok(VersionOnly { schema_version }) if !SUPPORTED_VERSIONS.contains(&schema_version) => {
                Err(version_error(schema_version, path))
            }
            _ => Err(error),
        },
    }
}

/// A project file of any version, read for its version alone: every other
/// field is skipped, whatever its shape.
#[derive(serde::Deserialize)]
struct VersionOnly {
    schema_version: u32,
}

/// Whether `text` is a document that declares a schema version (a project file
/// rather than a framework file), read from the parsed document like the
/// version itself.
pub(super) fn declares_a_version(text: &str) -> bool {
    parse_ron::<VersionOnly>(text, Path::new("")).is_ok()
}

/// The error for a file of version `found`, which this build does not read.
fn version_error(found: u32, path: &Path) -> LoadError {
    if found > CURRENT_SCHEMA_VERSION {
        LoadError::NewerVersion {
            path: path.to_owned(),
            found,
            supported: CURRENT_SCHEMA_VERSION,
        }
    } else {
        LoadError::UnknownVersion {
            path: path.to_owned(),
            found,
        }
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

#[cfg(test)]
mod tests {
    use super::LoadError;
    use std::path::Path;

    #[test]
    fn the_version_of_a_file_that_does_not_parse_is_read_from_its_document() {
        let parse = |text: &str| super::parse_any_version(text, Path::new("p.ron"));
        assert!(matches!(
            parse("(schema_version: 7, anything: [1, (2)])"),
            Err(LoadError::NewerVersion { found: 7, .. })
        ));
        assert!(matches!(
            parse("(schema_version: 0)"),
            Err(LoadError::UnknownVersion { found: 0, .. })
        ));
        assert!(matches!(
            parse("(study: (), schema_version: 1)"),
            Err(LoadError::Syntax { .. })
        ));
        assert!(matches!(
            parse("// schema_version: 9\n(study: ())"),
            Err(LoadError::Syntax { .. })
        ));
    }

    #[test]
    fn parser_messages_stay_on_one_short_line() {
        assert_eq!(super::one_line("found \"#00\n72\""), "found \"#00\\n72\"");
        let long = super::one_line(&"x".repeat(10_000));
        assert_eq!(long.chars().count(), super::MAX_MESSAGE_CHARS + 1);
    }
}
