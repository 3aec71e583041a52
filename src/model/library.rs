//! The frameworks that ship with Sinergi: each a RON file under
//! `assets/frameworks/`, built into the binary and read once. They are data,
//! not code, so a researcher can read them, save one beside a project and edit
//! it, and the tests check every one like a framework file a user made.

use super::framework::Framework;
use std::sync::LazyLock;

/// The built-in frameworks' files, DeSeve first (the default for a new project).
pub const BUILT_IN_FILES: [(&str, &str); 5] = [
    (
        "deseve.ron",
        include_str!("../../assets/frameworks/deseve.ron"),
    ),
    (
        "deseve-7.ron",
        include_str!("../../assets/frameworks/deseve-7.ron"),
    ),
    (
        "ansell-gash-2008.ron",
        include_str!("../../assets/frameworks/ansell-gash-2008.ron"),
    ),
    (
        "emerson-nabatchi-balogh-2012.ron",
        include_str!("../../assets/frameworks/emerson-nabatchi-balogh-2012.ron"),
    ),
    (
        "thomson-perry-2006.ron",
        include_str!("../../assets/frameworks/thomson-perry-2006.ron"),
    ),
];

/// The built-in frameworks, parsed on first use. A file that failed to parse
/// would be left out; `library::tests` makes sure none does.
static LIBRARY: LazyLock<Vec<Framework>> = LazyLock::new(|| {
    BUILT_IN_FILES
        .iter()
        .filter_map(|(_, text)| ron::from_str(text).ok())
        .collect()
});

impl Framework {
    /// The frameworks that ship with Sinergi, the one a new project starts with first.
    pub fn built_in() -> &'static [Framework] {
        &LIBRARY
    }

    /// The built-in framework with this id.
    pub fn built_in_by_id(id: &str) -> Option<&'static Framework> {
        LIBRARY.iter().find(|framework| framework.id == id)
    }

    /// The framework a new project starts with unless the researcher picks another.
    pub fn default_choice() -> Framework {
        Framework::deseve()
    }

    /// DeSeve's eight success indicators of a collaboration network, as cited in
    /// Sudarmo (2011), scored 1..5, with a rubric per indicator.
    ///
    /// # Panics
    ///
    /// Never in a build whose tests pass: the built-in file is part of the
    /// binary and `library::tests` parses it.
    pub fn deseve() -> Framework {
        Framework::built_in_by_id("deseve")
            .cloned()
            .expect("the DeSeve asset parses (checked by library::tests)")
    }
}

#[cfg(test)]
mod tests {
    use super::super::framework::Framework;
    use super::super::project::Project;
    use super::super::validate::validate_framework;
    use super::BUILT_IN_FILES;

    #[test]
    fn every_built_in_file_parses_and_breaks_no_rule() {
        for (name, text) in BUILT_IN_FILES {
            let framework: Framework =
                ron::from_str(text).unwrap_or_else(|error| panic!("{name}: {error}"));
            assert_eq!(
                validate_framework(&framework),
                Vec::new(),
                "{name} breaks a rule"
            );
            assert_eq!(format!("{}.ron", framework.id), name);
            assert!(framework.indicators.len() >= 3, "{name}: a radar needs 3");
            assert!(!framework.citation.trim().is_empty(), "{name}: no citation");
            assert!(!framework.description.id.trim().is_empty(), "{name}");
            assert!(!framework.description.en.trim().is_empty(), "{name}");
            let values = framework.scale.values();
            for indicator in &framework.indicators {
                for text in [&indicator.name, &indicator.definition] {
                    assert!(!text.id.trim().is_empty() && !text.en.trim().is_empty());
                }
                assert!(
                    (2..=4).contains(&indicator.guiding_questions.len()),
                    "{name}: {}",
                    indicator.id
                );
                for question in &indicator.guiding_questions {
                    assert!(question.id.trim_end().ends_with('?'), "{}", question.id);
                    assert!(question.en.trim_end().ends_with('?'), "{}", question.en);
                }
                // A rubric line for every level, in both languages.
                for value in &values {
                    let line = indicator
                        .rubric_for(*value)
                        .unwrap_or_else(|| panic!("{name}: {} has no {value}", indicator.id));
                    assert!(!line.id.trim().is_empty() && !line.en.trim().is_empty());
                }
            }
        }
        assert_eq!(Framework::built_in().len(), BUILT_IN_FILES.len());
        assert_eq!(Framework::built_in()[0].id, "deseve");
    }

    #[test]
    fn the_seven_indicator_variant_is_deseve_without_governance() {
        let eight = Framework::deseve();
        let seven = Framework::built_in_by_id("deseve-7").expect("built in");
        let mut expected = eight.indicators.clone();
        expected.retain(|indicator| indicator.id.as_str() != "governance");
        assert_eq!(seven.indicators, expected);
        assert_eq!(seven.scale, eight.scale);
        assert!(seven.citation.contains("Lukito"));
    }

    #[test]
    fn a_new_project_on_any_built_in_framework_is_valid_once_titled() {
        for framework in Framework::built_in() {
            let mut project = Project::new(framework.clone());
            project.study.title = "t".into();
            assert_eq!(project.validate(), Vec::new(), "{}", framework.id);
        }
    }
}
