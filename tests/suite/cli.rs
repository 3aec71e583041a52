//! `sinergi check` and `sinergi upgrade` end to end, running the real binary:
//! the summary, the exit codes, and the `FILE:LINE:COL: message` form.

use crate::common::{
    DESEVE_IDS, Run, assert_diagnostics, check, listing, parse_position, root, run,
    run_with_timeout, sinergi, sinergi_bare, summary_pairs, summary_value, v1_fixture,
    valid_project,
};
use sinergi::model::CURRENT_SCHEMA_VERSION;
use sinergi::store;
use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

fn temp_dir() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temporary folder")
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, text).expect("write a test file");
    path
}

/// `sinergi upgrade --drop-comments FILE`: the fixture's header comment goes.
fn upgrade(file: &Path) -> Run {
    run(&[
        "upgrade".as_ref(),
        "--drop-comments".as_ref(),
        file.as_os_str(),
    ])
}

#[test]
fn check_summarises_a_valid_project_and_exits_0() {
    let file = v1_fixture();
    let result = check(&file);
    assert_eq!(result.code, Some(0), "stderr: {}", result.stderr);
    assert_eq!(result.stderr, "", "a valid project prints no problems");
    let pairs = summary_pairs(&result.stdout);
    let value = |key: &str| -> String {
        summary_value(&pairs, key)
            .unwrap_or_else(|| panic!("no `{key}:` line in\n{}", result.stdout))
            .to_owned()
    };
    assert_eq!(
        value("title"),
        "Kolaborasi pelatihan pengrajin \"Kampung Perak\""
    );
    assert_eq!(
        value("framework"),
        "Success indicators of a collaborative network (DeSeve)"
    );
    for (key, count) in [
        ("indicators", "8"),
        ("actors", "3"),
        ("activities", "2"),
        ("roles", "4"),
        ("sources", "3"),
        ("evidence", "7"),
        ("assessments", "2"),
        ("supporting_factors", "0"),
        ("inhibiting_factors", "2"),
        ("recommendations", "2"),
    ] {
        assert_eq!(value(key), count, "{key}");
    }
    let per_indicator = [
        ("network-structure", "2"),
        ("commitment", "1"),
        ("trust", "2"),
        ("governance", "1"),
        ("access-to-authority", "1"),
        ("distributive-accountability", "2"),
        ("information-sharing", "1"),
        ("access-to-resources", "1"),
    ];
    for (id, count) in per_indicator {
        assert_eq!(value(&format!("evidence.{id}")), count, "evidence.{id}");
    }
    // The per-indicator lines come in the framework's order.
    let evidence_keys: Vec<&str> = pairs
        .iter()
        .filter_map(|(k, _)| k.strip_prefix("evidence."))
        .collect();
    assert_eq!(evidence_keys, DESEVE_IDS);
    // Keys are unique, so scripts can grep them.
    let mut keys: Vec<&str> = pairs.iter().map(|(k, _)| k.as_str()).collect();
    keys.sort_unstable();
    keys.dedup();
    assert_eq!(
        keys.len(),
        pairs.len(),
        "a key is printed twice:\n{}",
        result.stdout
    );
}

#[test]
fn check_output_does_not_depend_on_the_run() {
    let first = check(&v1_fixture());
    let second = check(&v1_fixture());
    assert_eq!(first.stdout, second.stdout);
}

#[test]
fn a_syntax_error_is_reported_at_its_line_and_column() {
    let dir = temp_dir();
    let text = store::to_ron(&valid_project());
    // Break line 4 (the title), leaving everything else intact.
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    assert!(lines[3].trim_start().starts_with("title:"), "{}", lines[3]);
    lines[3] = "        title: \"Test study\" oops,".into();
    let file = write(dir.path(), "broken.ron", &(lines.join("\n") + "\n"));

    let result = check(&file);
    assert_eq!(result.code, Some(1), "stdout: {}", result.stdout);
    assert_eq!(result.stdout, "", "no summary for a broken file");
    let diagnostics = assert_diagnostics(&result.stderr, &file);
    let prefix = format!("{}:", file.display());
    let first = diagnostics[0].strip_prefix(&prefix).expect("prefix");
    let (line, column, message) =
        parse_position(first).unwrap_or_else(|| panic!("no LINE:COL in {first:?}"));
    assert_eq!(line, 4, "{}", diagnostics[0]);
    assert!(column > 1, "{}", diagnostics[0]);
    assert!(!message.is_empty());
}

#[test]
fn a_type_error_says_what_was_expected() {
    let dir = temp_dir();
    let text =
        store::to_ron(&valid_project()).replacen("score: Some(3.0)", "score: Some(\"three\")", 1);
    let line = text
        .lines()
        .position(|l| l.contains("\"three\""))
        .expect("the edit landed")
        + 1;
    let file = write(dir.path(), "typed.ron", &text);
    let result = check(&file);
    assert_eq!(result.code, Some(1));
    let diagnostics = assert_diagnostics(&result.stderr, &file);
    let rest = diagnostics[0]
        .strip_prefix(&format!("{}:", file.display()))
        .expect("prefix");
    let (reported, _, message) = parse_position(rest).expect("a LINE:COL");
    assert_eq!(reported, line, "{}", diagnostics[0]);
    assert!(message.to_lowercase().contains("expected"), "{message}");
}

#[test]
fn validation_problems_are_listed_per_file_and_exit_1() {
    let dir = temp_dir();
    let mut project = valid_project();
    project.study.title = String::new();
    project.roles[0].actor = "ghost".into();
    project.assessments[0].scores[0].score = Some(3.5);
    let file = dir.path().join("invalid.ron");
    store::save(&file, &project).expect("save");

    let result = check(&file);
    assert_eq!(result.code, Some(1));
    assert_eq!(result.stdout, "");
    let lines = assert_diagnostics(&result.stderr, &file);
    let prefix = format!("{}: ", file.display());
    for line in &lines {
        assert!(
            line.starts_with(&prefix),
            "validation problems have no position: {line}"
        );
    }
    let stderr = &result.stderr;
    assert!(
        stderr.contains("the study has no title yet: fill in Title in the Overview"),
        "{stderr}"
    );
    assert!(stderr.contains("\"ghost\""), "{stderr}");
    assert!(stderr.contains("3.5"), "{stderr}");
    assert_eq!(lines.len(), 4, "three problems and the count: {stderr}");
    assert!(lines[3].contains("3 problem"), "{stderr}");
}

#[test]
fn indonesian_is_used_when_asked_for() {
    let dir = temp_dir();
    let mut project = valid_project();
    project.study.title = String::new();
    let file = dir.path().join("kosong.ron");
    store::save(&file, &project).expect("save");

    let mut command = sinergi_bare();
    command.args([
        OsStr::new("--lang"),
        "id".as_ref(),
        "check".as_ref(),
        file.as_os_str(),
    ]);
    let result = run_with_timeout(command, Duration::from_mins(1));
    assert_eq!(result.code, Some(1));
    assert_diagnostics(&result.stderr, &file);
    assert!(
        result.stderr.contains("penelitian belum punya judul"),
        "{}",
        result.stderr
    );
    assert!(result.stderr.contains("1 masalah"), "{}", result.stderr);

    // `--lang` may also follow the subcommand.
    let mut command = sinergi_bare();
    command.args([
        OsStr::new("check"),
        file.as_os_str(),
        "--lang".as_ref(),
        "id".as_ref(),
    ]);
    let result = run_with_timeout(command, Duration::from_mins(1));
    assert!(result.stderr.contains("kosong"), "{}", result.stderr);

    // The summary names the framework in the chosen language.
    let mut command = sinergi_bare();
    command.args([
        OsStr::new("--lang"),
        "id".as_ref(),
        "check".as_ref(),
        v1_fixture().as_os_str(),
    ]);
    let result = run_with_timeout(command, Duration::from_mins(1));
    assert_eq!(result.code, Some(0), "{}", result.stderr);
    let pairs = summary_pairs(&result.stdout);
    assert_eq!(
        summary_value(&pairs, "framework"),
        Some("Indikator keberhasilan jaringan kolaborasi (DeSeve)")
    );
}

#[test]
fn usage_errors_exit_2() {
    let dir = temp_dir();
    let file = v1_fixture();
    let cases: [&[&OsStr]; 6] = [
        &["check".as_ref()],
        &["upgrade".as_ref()],
        &["frobnicate".as_ref(), file.as_os_str()],
        &["check".as_ref(), "--frobnicate".as_ref(), file.as_os_str()],
        &["check".as_ref(), file.as_os_str(), file.as_os_str()],
        &[
            "--lang".as_ref(),
            "fr".as_ref(),
            "check".as_ref(),
            file.as_os_str(),
        ],
    ];
    for args in cases {
        let mut command = sinergi_bare();
        command.args(args).current_dir(dir.path());
        let result = run_with_timeout(command, Duration::from_mins(1));
        assert_eq!(
            result.code,
            Some(2),
            "sinergi {args:?}\nstderr: {}",
            result.stderr
        );
        assert!(!result.stderr.is_empty(), "sinergi {args:?} said nothing");
        assert_eq!(result.stdout, "", "sinergi {args:?}");
    }
    assert_eq!(
        listing(dir.path()),
        Vec::<String>::new(),
        "a usage error wrote files"
    );
}

#[test]
fn errors_name_the_file_as_it_was_given() {
    let dir = temp_dir();
    let mut project = valid_project();
    project.study.title = String::new();
    store::save(&dir.path().join("rel.ron"), &project).expect("save");
    fs::write(
        dir.path().join("syntax.ron"),
        "(schema_version: 1, study: (title: 5))",
    )
    .expect("write");
    for name in ["rel.ron", "syntax.ron", "missing.ron", "./rel.ron"] {
        let mut command = sinergi();
        command.args(["check", name]).current_dir(dir.path());
        let result = run_with_timeout(command, Duration::from_mins(1));
        assert_eq!(result.code, Some(1), "{name}: {}", result.stderr);
        assert_diagnostics(&result.stderr, Path::new(name));
    }
}

#[test]
fn upgrade_rewrites_a_hand_written_file_in_canonical_form_keeping_a_bak() {
    let dir = temp_dir();
    let original = fs::read(v1_fixture()).expect("read the fixture");
    let file = dir.path().join("study.ron");
    fs::write(&file, &original).expect("copy the fixture");

    let first = upgrade(&file);
    assert_eq!(first.code, Some(0), "stderr: {}", first.stderr);
    assert_eq!(first.stderr, "");
    assert!(
        first
            .stdout
            .contains(&format!("schema version {CURRENT_SCHEMA_VERSION}")),
        "{}",
        first.stdout
    );
    let upgraded = fs::read_to_string(&file).expect("read");
    let expected = store::to_ron(&store::load(&v1_fixture()).expect("fixture loads"));
    assert_eq!(
        upgraded, expected,
        "upgrade did not write the canonical form"
    );
    assert!(
        fs::read(dir.path().join("study.ron.bak")).expect("a .bak was kept") == original,
        "the .bak is not the hand-written original"
    );
    assert_eq!(
        store::load(&file).expect("the upgraded file loads"),
        store::load(&v1_fixture()).expect("fixture loads"),
        "upgrade changed the content"
    );

    let second = upgrade(&file);
    assert_eq!(second.code, Some(0), "stderr: {}", second.stderr);
    assert!(
        fs::read_to_string(&file).expect("read") == upgraded,
        "upgrading twice is not byte-identical"
    );
    assert_eq!(
        listing(dir.path()),
        ["study.ron", "study.ron.bak"],
        "temporary files left behind"
    );
}

#[test]
fn upgrade_works_on_a_bare_file_name_in_the_current_folder() {
    let dir = temp_dir();
    fs::copy(v1_fixture(), dir.path().join("here.ron")).expect("copy");
    let mut command = sinergi();
    command
        .args(["upgrade", "--drop-comments", "here.ron"])
        .current_dir(dir.path());
    let result = run_with_timeout(command, Duration::from_mins(1));
    assert_eq!(result.code, Some(0), "{}", result.stderr);
    assert_eq!(listing(dir.path()), ["here.ron", "here.ron.bak"]);
}

#[test]
fn upgrade_refuses_broken_invalid_and_newer_files_and_leaves_them_alone() {
    let dir = temp_dir();
    let canonical = store::to_ron(&valid_project());
    let mut invalid = valid_project();
    invalid.evidence[0].source = "nowhere".into();
    let cases = [
        ("syntax.ron", "(schema_version: 1, study: (".to_owned()),
        ("invalid.ron", store::to_ron(&invalid)),
        (
            "newer.ron",
            canonical.replacen(
                &format!("schema_version: {CURRENT_SCHEMA_VERSION}"),
                "schema_version: 99",
                1,
            ),
        ),
    ];
    for (name, text) in &cases {
        let file = write(dir.path(), name, text);
        let result = upgrade(&file);
        assert_eq!(result.code, Some(1), "{name}: {}", result.stdout);
        assert_diagnostics(&result.stderr, &file);
        assert!(
            result.stderr.contains("not rewritten"),
            "{name}: {}",
            result.stderr
        );
        assert_eq!(
            &fs::read_to_string(&file).expect("read"),
            text,
            "{name} was changed"
        );
    }
    let newer = run(&["upgrade".as_ref(), dir.path().join("newer.ron").as_os_str()]);
    assert!(newer.stderr.contains("99"), "{}", newer.stderr);
    let mut names: Vec<&str> = cases.iter().map(|(n, _)| *n).collect();
    names.sort_unstable();
    assert_eq!(listing(dir.path()), names, "a refused upgrade wrote files");
}

#[test]
fn upgrade_of_a_read_only_file_fails_with_file_message() {
    let dir = temp_dir();
    let file = dir.path().join("ro.ron");
    fs::copy(v1_fixture(), &file).expect("copy");
    let before = fs::read(&file).expect("read");
    let mut permissions = fs::metadata(&file).expect("metadata").permissions();
    permissions.set_readonly(true);
    fs::set_permissions(&file, permissions).expect("chmod");

    let result = upgrade(&file);
    assert_eq!(result.code, Some(1));
    let lines = assert_diagnostics(&result.stderr, &file);
    assert!(lines[0].contains("read-only"), "{}", result.stderr);
    assert!(fs::read(&file).expect("read") == before);

    let mut permissions = fs::metadata(&file).expect("metadata").permissions();
    #[allow(clippy::permissions_set_readonly_false)]
    permissions.set_readonly(false);
    fs::set_permissions(&file, permissions).expect("chmod back");
}

#[test]
fn version_and_help_exit_0() {
    for flag in ["--version", "--help"] {
        let mut command = sinergi_bare();
        command.arg(flag);
        let result = run_with_timeout(command, Duration::from_mins(1));
        assert_eq!(result.code, Some(0), "{flag}: {}", result.stderr);
        assert!(!result.stdout.is_empty(), "{flag}");
    }
}

/// The Kotagede sample describes the whole case. (Written by another helper; this
/// test fails until `sample_data/kotagede.ron` exists.)
#[test]
fn the_kotagede_sample_checks_clean_and_covers_every_indicator() {
    let file = root().join("sample_data").join("kotagede.ron");
    assert!(file.is_file(), "{} does not exist yet", file.display());
    let result = check(&file);
    assert_eq!(result.code, Some(0), "stderr:\n{}", result.stderr);
    assert_eq!(result.stderr, "");
    let pairs = summary_pairs(&result.stdout);
    let count = |key: &str| -> usize {
        summary_value(&pairs, key)
            .unwrap_or_else(|| panic!("no `{key}:` line"))
            .parse()
            .unwrap_or_else(|e| panic!("{key}: {e}"))
    };
    assert!(
        count("evidence") >= 24,
        "only {} evidence notes",
        count("evidence")
    );
    assert_eq!(count("indicators"), 8);
    assert!(count("actors") >= 5, "the paper names at least five actors");
    assert_eq!(count("activities"), 3);
    assert!(count("assessments") >= 1);
    assert_eq!(count("supporting_factors"), 5);
    assert_eq!(count("inhibiting_factors"), 2);
    assert_eq!(count("recommendations"), 3);
    for id in DESEVE_IDS {
        assert!(count(&format!("evidence.{id}")) >= 1, "no evidence on {id}");
    }
    let project = store::load(&file).expect("loads");
    assert_eq!(
        project.network.form,
        Some(sinergi::model::NetworkForm::NetworkAdministrativeOrganization)
    );
}

/// `upgrade` killed with SIGKILL at any moment leaves the file either as it was or
/// fully rewritten, never a mix: the rewrite goes through the atomic save.
#[cfg(unix)]
#[test]
fn upgrade_killed_at_any_moment_leaves_the_old_or_the_new_file_never_a_mix() {
    use sinergi::synth::{Params, project};
    use std::time::{Duration, Instant};

    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("big.ron");
    // Big enough that parsing and writing take a while in a debug build, and in
    // a hand-written form (a comment on top) so the upgrade changes the bytes.
    let canonical = sinergi::store::to_ron(&project(&Params::with_evidence(3_000)));
    let old = format!("// written by hand\n{canonical}");
    let mut seen_new = false;
    let mut seen_old = false;
    for attempt in 0..24u64 {
        std::fs::write(&file, &old).expect("written");
        let mut child = crate::common::sinergi()
            .args([
                "upgrade".as_ref(),
                "--drop-comments".as_ref(),
                file.as_os_str(),
            ])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("started");
        // Spread the kills over the whole run: early, mid-parse, mid-write, after.
        let wait = Duration::from_millis(attempt * attempt * 3);
        let started = Instant::now();
        while started.elapsed() < wait {
            if child.try_wait().expect("waitable").is_some() {
                break;
            }
            std::thread::sleep(Duration::from_millis(1));
        }
        let _ = child.kill();
        let _ = child.wait();
        let now = std::fs::read_to_string(&file).expect("the file is still there");
        if now == old {
            seen_old = true;
        } else {
            assert_eq!(
                now, canonical,
                "attempt {attempt}: the file is neither the old nor the new one"
            );
            seen_new = true;
        }
        for entry in std::fs::read_dir(dir.path()).expect("listable") {
            let name = entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .into_owned();
            assert!(
                name == "big.ron" || name == "big.ron.bak" || name.starts_with(".sinergi-"),
                "unexpected file {name}"
            );
        }
    }
    assert!(seen_old, "some kills should land before the rename");
    assert!(seen_new, "some runs should finish");
}
