//! Schema versions: every released version keeps opening (one fixture per
//! version), a newer file is refused with a clear message, never half-read.

use crate::common::{DESEVE_IDS, v1_fixture};
use sinergi::i18n;
use sinergi::model::{CURRENT_SCHEMA_VERSION, Lang, NetworkForm, Project};
use sinergi::store::{self, LoadError, SUPPORTED_VERSIONS};
use std::path::Path;

/// The v1 fixture in the current canonical form, its version field set to `version`.
fn canonical_with_version(version: &str) -> String {
    let text = store::to_ron(&store::load(&v1_fixture()).expect("fixture loads"));
    text.replacen(&current_field(), &format!("schema_version: {version},"), 1)
}

fn current_field() -> String {
    format!("schema_version: {CURRENT_SCHEMA_VERSION},")
}

#[test]
fn every_supported_version_has_a_fixture_that_loads_and_validates() {
    for version in SUPPORTED_VERSIONS {
        let path = crate::common::fixture(&format!("v{version}.ron"));
        assert!(
            path.is_file(),
            "no fixture for schema version {version}: {}",
            path.display()
        );
        let project = store::load(&path).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            project.schema_version, CURRENT_SCHEMA_VERSION,
            "loading migrates to the current version"
        );
        assert_eq!(project.validate(), Vec::new(), "{}", path.display());
    }
    assert_eq!(SUPPORTED_VERSIONS.last(), Some(&CURRENT_SCHEMA_VERSION));
}

#[test]
fn the_v1_fixture_holds_every_kind_of_item() {
    let project: Project = store::load(&v1_fixture()).expect("v1 fixture loads");
    assert_eq!(project.schema_version, CURRENT_SCHEMA_VERSION, "migrated");
    assert!(!project.study.title.is_empty());
    assert_eq!(project.study.researchers.len(), 2);
    assert_eq!(project.study.language, Lang::Id);
    assert_eq!(
        project.network.form,
        Some(NetworkForm::NetworkAdministrativeOrganization)
    );
    let ids: Vec<&str> = project
        .framework
        .indicators
        .iter()
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(ids, DESEVE_IDS);
    assert_eq!(project.framework.scale.levels.len(), 5);
    assert!(!project.actors.is_empty());
    assert!(!project.activities.is_empty());
    assert!(!project.roles.is_empty());
    assert!(!project.sources.is_empty());
    assert!(!project.evidence.is_empty());
    assert!(!project.assessments.is_empty());
    assert!(!project.inhibiting_factors.is_empty());
    assert!(!project.recommendations.is_empty());
    // Hand-written forms: integers for floats, escaped quotes, omitted defaults.
    assert_eq!(
        project.assessments[0].value(&"commitment".into()),
        Some(4.0)
    );
    assert_eq!(
        project.assessments[0].value(&"network-structure".into()),
        Some(3.0)
    );
    assert!(project.study.title.contains("\"Kampung Perak\""));
    assert!(project.study.method_notes.contains('\n'));
    assert_eq!(project.activities[1].schedule, "");
    assert_eq!(project.sources[1].actor, None);
    assert_eq!(
        project.actors[1].color,
        sinergi::model::Color::rgb(0xe6, 0x9f, 0x00)
    );
    // Every indicator has evidence, so `check` has a count for each.
    for id in DESEVE_IDS {
        assert!(
            project
                .evidence
                .iter()
                .any(|n| n.indicators.iter().any(|i| i.as_str() == id)),
            "no note on {id}"
        );
    }
}

#[test]
fn a_file_from_a_newer_sinergi_is_refused_naming_both_versions() {
    let path = Path::new("future.ron");
    let error =
        store::parse(&canonical_with_version("99"), path).expect_err("version 99 is refused");
    match &error {
        LoadError::NewerVersion {
            path: p,
            found,
            supported,
        } => {
            assert_eq!(p, path);
            assert_eq!(*found, 99);
            assert_eq!(*supported, CURRENT_SCHEMA_VERSION);
        }
        other => panic!("expected NewerVersion, got {other:?}"),
    }
    for message in [
        error.to_string(),
        i18n::describe_load_error(Lang::En, &error),
        i18n::describe_load_error(Lang::Id, &error),
    ] {
        assert!(message.starts_with("future.ron: "), "{message}");
        assert!(message.contains("99"), "{message}");
        assert!(
            message.contains(&CURRENT_SCHEMA_VERSION.to_string()),
            "{message}"
        );
    }
}

#[test]
fn a_newer_file_is_refused_before_its_content_is_read() {
    // A future version may add fields and kinds this build cannot parse: the
    // refusal must be about the version, not a syntax error somewhere inside.
    let future = "(\n    schema_version: 99,\n    study: (title: \"x\", mood: Cheerful),\n    hyperspace: {\"a\": [1, 2]},\n)\n";
    let error = store::parse(future, Path::new("f.ron")).expect_err("refused");
    assert!(
        matches!(error, LoadError::NewerVersion { found: 99, .. }),
        "{error:?}"
    );
}

#[test]
fn version_zero_was_never_released() {
    let error =
        store::parse(&canonical_with_version("0"), Path::new("zero.ron")).expect_err("refused");
    assert!(
        matches!(error, LoadError::UnknownVersion { found: 0, .. }),
        "{error:?}"
    );
    assert!(error.to_string().starts_with("zero.ron: "), "{error}");
}

#[test]
fn a_file_without_schema_version_is_an_error_with_a_position() {
    let text = canonical_with_version("1").replacen("    schema_version: 1,\n", "", 1);
    assert!(!text.contains("schema_version"));
    let error = store::parse(&text, Path::new("nov.ron")).expect_err("refused");
    let (line, column) = error
        .position()
        .unwrap_or_else(|| panic!("no line:col in {error:?}"));
    assert!(line >= 1 && column >= 1);
    let message = i18n::describe_load_error(Lang::En, &error);
    assert!(
        message.starts_with(&format!("nov.ron:{line}:{column}: ")),
        "{message}"
    );
    assert!(
        message.contains("schema_version"),
        "the message names the missing field: {message}"
    );
}

#[test]
fn a_huge_version_number_is_an_error_not_a_wraparound() {
    for version in ["4294967296", "99999999999999999999", "-1", "1.5", "\"1\""] {
        let result = store::parse(&canonical_with_version(version), Path::new("v.ron"));
        assert!(result.is_err(), "schema_version {version} was accepted");
    }
}

#[test]
fn the_declared_version_is_found_wherever_the_field_is() {
    // Fields may come in any order in a hand-edited file.
    let text = store::to_ron(&store::load(&v1_fixture()).expect("loads"));
    let without = text.replacen(&format!("    {}\n", current_field()), "", 1);
    let body = without
        .strip_suffix(")\n")
        .expect("a canonical file ends with `)`");
    let moved = format!("{body}    schema_version: 1,\n)\n");
    let project = store::parse(&moved, Path::new("moved.ron")).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(project.schema_version, CURRENT_SCHEMA_VERSION);
    let future = moved.replace("schema_version: 1,", "schema_version: 7,");
    assert!(matches!(
        store::parse(&future, Path::new("moved.ron")),
        Err(LoadError::NewerVersion { found: 7, .. })
    ));
}

#[test]
fn the_v5_fixture_carries_rubrics_a_second_framework_and_a_second_coding() {
    use sinergi::model::{AssessmentId, FrameworkSlot, IndicatorId};
    let project = store::load(&crate::common::fixture("v5.ron")).expect("v5 loads");
    let structure = project
        .framework
        .indicator(&IndicatorId::new("network-structure"))
        .expect("in the framework");
    assert_eq!(
        structure.rubric_for(2.0).map(|t| t.en.as_str()),
        Some("Coordination only just before activities, \"as needed\".")
    );
    assert!(structure.rubric_for(3.0).is_none());
    assert!(!project.framework.description.is_blank());
    let second = project
        .second_framework
        .as_ref()
        .expect("a second framework");
    assert_eq!(second.indicators.len(), 3);
    assert_eq!(second.scale.values(), vec![0.0, 0.5, 1.0, 1.5, 2.0]);
    let process = project
        .assessment(&AssessmentId::new("proses-2020"))
        .expect("an assessment against the second framework");
    assert_eq!(process.framework, FrameworkSlot::Second);
    assert_eq!(project.framework_of(process).id, "proses-kolaborasi");
    let coder = project
        .assessment(&AssessmentId::new("pembimbing"))
        .expect("the second coder's");
    assert_eq!(
        coder.compared_with,
        Some(AssessmentId::new("peneliti-2020"))
    );
    assert!(
        project.evidence[0]
            .indicators
            .contains(&IndicatorId::new("face-to-face-dialogue")),
        "a note links to an indicator of each framework"
    );
    // Written back, the new fields keep their place and older files gain none.
    let text = store::to_ron(&project);
    assert!(text.contains("second_framework: Some("));
    assert!(text.contains("compared_with: Some(\"peneliti-2020\")"));
    assert!(text.contains("framework: Second"));
    let v4 = store::to_ron(&store::load(&crate::common::fixture("v4.ron")).expect("v4"));
    for new in [
        "second_framework:",
        "compared_with:",
        "rubric:",
        "description: (",
        "framework: Main",
    ] {
        assert!(!v4.contains(new), "a v4 file gained `{new}`");
    }
}
