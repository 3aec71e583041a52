//! A framework as a file of its own: the same RON as the built-in frameworks
//! (`assets/frameworks/`), so a researcher can save the framework of one project,
//! edit it, and load it into another. A project file is read as a framework file
//! too: its framework is taken.

use super::atomic::{SaveOutcome, write_atomically};
use super::error::{LoadError, SaveError};
use super::project_file::{parse, read_text};
use super::versions::{declares_a_version, parse_ron};
use crate::model::Framework;
use std::path::Path;

/// Reads the framework in the file at `path`: a framework file, or the main
/// framework of a project file. Does not validate it (see
/// [`crate::model::validate_framework`]).
pub fn load_framework(path: &Path) -> Result<Framework, LoadError> {
    let text = read_text(path)?;
    parse_framework(&text, path)
}

/// Parses framework text; `path` only names the file in error messages.
pub fn parse_framework(text: &str, path: &Path) -> Result<Framework, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if declares_a_version(text) {
        return parse(text, path).map(|project| project.framework);
    }
    parse_ron(text, path)
}

/// The framework as RON text, laid out like a project file.
pub fn framework_to_ron(framework: &Framework) -> String {
    super::project_file::pretty_ron(framework)
}

/// Saves `framework` to `path` atomically, keeping a previous file as `NAME.bak`.
pub fn save_framework(path: &Path, framework: &Framework) -> Result<SaveOutcome, SaveError> {
    write_atomically(path, framework_to_ron(framework).as_bytes())
}

#[cfg(test)]
mod tests {
    use super::{framework_to_ron, parse_framework};
    use crate::model::{Framework, Project};
    use std::path::Path;

    #[test]
    fn a_saved_framework_reads_back_the_same_and_a_project_gives_its_own() {
        for framework in Framework::built_in() {
            let text = framework_to_ron(framework);
            let back = parse_framework(&text, Path::new("f.ron")).expect("reads back");
            assert_eq!(&back, framework);
        }
        let mut project = Project::new(Framework::built_in()[2].clone());
        project.study.title = "t".into();
        let text = super::super::project_file::to_ron(&project);
        let taken = parse_framework(&text, Path::new("p.sinergi")).expect("a project");
        assert_eq!(taken, project.framework);
    }

    #[test]
    fn a_broken_framework_file_names_line_and_column() {
        let error = parse_framework("(\n    id: \"x\",\n    nme: 3,\n)", Path::new("bad.ron"))
            .expect_err("refused");
        let (line, column) = error.position().expect("a position");
        assert_eq!((line, column), (3, 5));
        assert!(error.to_string().starts_with("bad.ron:3:5: "), "{error}");
    }
}
