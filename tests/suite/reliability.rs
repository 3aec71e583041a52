//! Nothing lost, whatever happens (issue 16): special files, huge text,
//! files misread, writes that would destroy, and what the command line prints.
//! Each test here failed before the fix it covers.

use crate::common::{
    Run, check, listing, run, run_with_timeout, sinergi, v1_fixture, valid_project,
};
use sinergi::model::{CURRENT_SCHEMA_VERSION, Project};
use sinergi::store;
use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, SystemTime};

fn temp_dir() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temporary folder")
}

fn save(dir: &Path, name: &str, project: &Project) -> PathBuf {
    let path = dir.join(name);
    store::save(&path, project).expect("saved");
    path
}

/// Runs the binary with `args`, failing if it takes more than 20 s (a hang).
fn run_quickly(args: &[&OsStr]) -> Run {
    let mut command = sinergi();
    command.args(args);
    run_with_timeout(command, Duration::from_secs(20))
}

#[cfg(unix)]
fn make_fifo(path: &Path) {
    let status = std::process::Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(status.success(), "mkfifo failed");
}

#[cfg(unix)]
fn is_fifo(path: &Path) -> bool {
    use std::os::unix::fs::FileTypeExt;
    fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_fifo())
}

// ---------------------------------------------------------------------------
// Special files.

#[cfg(unix)]
#[test]
fn a_fifo_given_as_the_project_is_refused_at_once_by_every_command() {
    let dir = temp_dir();
    let fifo = dir.path().join("pipe.ron");
    make_fifo(&fifo);
    let out = dir.path().join("out.html");
    let csv = dir.path().join("csv");
    for args in [
        vec!["check".as_ref(), fifo.as_os_str()],
        vec!["upgrade".as_ref(), fifo.as_os_str()],
        vec![
            "report".as_ref(),
            fifo.as_os_str(),
            "--out".as_ref(),
            out.as_os_str(),
        ],
        vec![
            "export-csv".as_ref(),
            fifo.as_os_str(),
            "--out".as_ref(),
            csv.as_os_str(),
        ],
    ] {
        let result = run_quickly(&args);
        assert_eq!(result.code, Some(1), "{args:?}: {}", result.stderr);
        assert!(
            result.stderr.contains("not a regular file"),
            "{args:?}: {}",
            result.stderr
        );
    }
    // In-process too (the window opens projects through `store::load`).
    let (send, receive) = mpsc::channel();
    let path = fifo.clone();
    std::thread::spawn(move || {
        let _ = send.send(store::load(&path).is_err());
    });
    assert_eq!(
        receive.recv_timeout(Duration::from_secs(10)),
        Ok(true),
        "store::load on a FIFO must return an error at once"
    );
    assert!(is_fifo(&fifo), "the FIFO is untouched");
}

#[cfg(unix)]
#[test]
fn an_output_that_exists_and_is_not_a_regular_file_is_refused() {
    let dir = temp_dir();
    let project = save(dir.path(), "p.ron", &valid_project());
    let fifo = dir.path().join("fifo.html");
    make_fifo(&fifo);
    let link = dir.path().join("link.svg");
    let fifo_svg = dir.path().join("fifo-target");
    make_fifo(&fifo_svg);
    std::os::unix::fs::symlink(&fifo_svg, &link).expect("symlink");
    for (format, out) in [("report", &fifo), ("chart", &link)] {
        let result = run_quickly(&[
            format.as_ref(),
            project.as_os_str(),
            "--out".as_ref(),
            out.as_os_str(),
        ]);
        assert_eq!(result.code, Some(1), "{format}: {}", result.stderr);
        assert!(
            result.stderr.contains("not a regular file"),
            "{format}: {}",
            result.stderr
        );
    }
    assert!(is_fifo(&fifo), "the FIFO was replaced");
    assert!(is_fifo(&fifo_svg), "the link's FIFO was replaced");
    assert!(
        fs::symlink_metadata(&link).is_ok_and(|m| m.file_type().is_symlink()),
        "the link was replaced"
    );
    // Saving a project over one is refused too.
    assert!(store::save(&fifo, &valid_project()).is_err());
    assert!(is_fifo(&fifo));
}

// ---------------------------------------------------------------------------
// Huge text: what `check` refuses, the window refuses too (see ui_reliability).

#[test]
fn names_titles_and_labels_are_bounded_far_below_long_texts() {
    let dir = temp_dir();
    let mut project = valid_project();
    project.actors[0].name = "n".repeat(10 * 1024 * 1024);
    let huge = save(dir.path(), "huge-name.ron", &project);
    let result = check(&huge);
    assert_eq!(result.code, Some(1), "{}", result.stdout);
    assert!(result.stderr.contains("\"name\""), "{}", result.stderr);

    // A name of a few thousand characters is no name: refused, while a note's
    // excerpt of the same length is fine.
    let mut project = valid_project();
    project.actors[0].name = "n".repeat(5_000);
    project.evidence[0].excerpt = "e".repeat(5_000);
    let long = save(dir.path(), "long-name.ron", &project);
    let problems = store::load(&long).expect("loads").validate();
    assert_eq!(problems.len(), 1, "{problems:?}");

    // Every text field has a bound: a field with no rule of its own, the study's
    // researchers, tags, a scale label and the framework's name.
    let mut project = valid_project();
    project.study.researchers = vec!["r".repeat(300_000)];
    project.evidence[0].tags = vec!["t".repeat(300_000)];
    project.framework.scale.levels[0].label.en = "l".repeat(300_000);
    project.framework.name.id = "f".repeat(300_000);
    project.sources[0].informant = "i".repeat(300_000);
    project.activities[0].place = "p".repeat(300_000);
    project.assessments[0].assessor = "a".repeat(300_000);
    let problems = project.validate();
    assert_eq!(problems.len(), 7, "{problems:#?}");
}

// ---------------------------------------------------------------------------
// Input misread.

#[test]
fn schema_version_is_read_from_the_document_not_from_comments_or_strings() {
    let dir = temp_dir();
    let text = fs::read_to_string(v1_fixture()).expect("fixture");
    let commented = write(
        dir.path(),
        "comment.ron",
        &format!("// was schema_version: 9 in a dream\n{text}"),
    );
    store::load(&commented).expect("a comment is not the version");

    let mut project = valid_project();
    project.study.title = "schema_version: 7".into();
    let in_a_string = save(dir.path(), "string.ron", &project);
    let version = format!("    schema_version: {CURRENT_SCHEMA_VERSION},\n");
    let moved = fs::read_to_string(&in_a_string)
        .expect("read")
        .replacen(&version, "", 1)
        .replacen("\n)\n", &format!("\n{version})\n"), 1);
    let moved = write(dir.path(), "moved.ron", &moved);
    assert_eq!(
        store::load(&moved)
            .expect("the real field comes last")
            .study
            .title,
        "schema_version: 7"
    );

    // A newer file is still told apart from a broken one, even when its layout
    // is one this build does not know.
    let newer = write(
        dir.path(),
        "newer.ron",
        &text.replacen(
            "schema_version: 1,",
            "schema_version: 99, new_field: [1, 2],",
            1,
        ),
    );
    assert!(matches!(
        store::load(&newer),
        Err(store::LoadError::NewerVersion { found: 99, .. })
    ));
    let broken = write(
        dir.path(),
        "broken.ron",
        "(schema_version: 1, study: (title: 3))",
    );
    assert!(matches!(
        store::load(&broken),
        Err(store::LoadError::Syntax { .. })
    ));
}

fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, text).expect("written");
    path
}

#[test]
fn control_characters_are_escaped_in_everything_the_command_line_prints() {
    let dir = temp_dir();
    let mut project = valid_project();
    project.study.title = "A\nevidence: 999999\r\u{1b}[2J".into();
    let file = save(dir.path(), "spoof.ron", &project);
    let result = check(&file);
    assert_eq!(result.code, Some(0), "{}", result.stderr);
    assert!(
        !result.stdout.lines().any(|l| l == "evidence: 999999"),
        "{}",
        result.stdout
    );
    assert!(!result.stdout.contains('\u{1b}'), "{}", result.stdout);
    assert!(result.stdout.contains("title: A\\nevidence: 999999\\r"));

    // An id with a line break is refused, and the problem is printed on one line.
    let mut project = valid_project();
    project.actors[1].id = "uni\nspoof.ron:1:1: fake".into();
    project.roles[1].actor = project.actors[1].id.clone();
    project.evidence[0].actors.clear();
    project.inhibiting_factors[0].actors.clear();
    project.recommendations[0].actors.clear();
    let file = save(dir.path(), "bad-id.ron", &project);
    let result = check(&file);
    assert_eq!(result.code, Some(1), "{}", result.stdout);
    let prefix = format!("{}: ", file.display());
    for line in result.stderr.lines() {
        assert!(line.starts_with(&prefix), "{line:?} in\n{}", result.stderr);
    }
    assert!(!result.stderr.lines().any(|l| l.starts_with("spoof.ron")));

    // A file name with a line break is printed escaped too.
    let odd = dir.path().join("odd\nname.ron");
    fs::write(&odd, "(").expect("written");
    let result = check(&odd);
    assert_eq!(result.stderr.lines().count(), 1, "{}", result.stderr);
}

#[test]
fn csv_cells_a_spreadsheet_would_evaluate_are_neutralised_but_scores_stay_numbers() {
    let dir = temp_dir();
    let mut project = valid_project();
    project.actors[0].name = "-2+3+cmd|' /C calc'!A0".into();
    project.actors[0].short_name = "-3".into();
    project.actors[1].name = "\u{ff1d}1+1".into();
    project.actors[1].description = " =1+1".into();
    project.framework.scale = sinergi::model::Scale {
        min: -2.0,
        max: 2.0,
        step: 1.0,
        levels: Vec::new(),
    };
    // The rubric lines of levels the new scale lacks go with them.
    for indicator in &mut project.framework.indicators {
        indicator.rubric.clear();
    }
    project.assessments[0].scores[0].score = Some(-1.0);
    let file = save(dir.path(), "p.ron", &project);
    let out = dir.path().join("csv");
    let result = run(&[
        "export-csv".as_ref(),
        file.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
    ]);
    assert_eq!(result.code, Some(0), "{}", result.stderr);
    let actors = fs::read_to_string(out.join("actors.csv")).expect("actors");
    assert!(actors.contains(",'-2+3+cmd|' /C calc'!A0,"), "{actors}");
    assert!(actors.contains(",'-3,"), "{actors}");
    assert!(actors.contains(",'\u{ff1d}1+1,"), "{actors}");
    assert!(actors.contains(",' =1+1,"), "{actors}");
    let scores = fs::read_to_string(out.join("scores.csv")).expect("scores");
    assert!(
        scores.contains(",-1,"),
        "a negative score stays a number: {scores}"
    );
}

// ---------------------------------------------------------------------------
// Writes that destroy.

#[test]
fn no_export_writes_over_the_project_it_reads() {
    let dir = temp_dir();
    let text = store::to_ron(&valid_project());
    // A project file may have any name; these have the exports' extensions.
    let html = write(dir.path(), "p.html", &text);
    let svg = write(dir.path(), "p.svg", &text);
    let folder = dir.path().join("tables");
    fs::create_dir(&folder).expect("folder");
    let csv = write(&folder, "actors.csv", &text);
    let mut cases = vec![
        ("report", html.clone(), html.clone()),
        ("chart", svg.clone(), svg.clone()),
        ("export-csv", csv.clone(), folder.clone()),
        // The same file by another spelling.
        ("report", html.clone(), dir.path().join(".").join("p.html")),
    ];
    #[cfg(unix)]
    {
        let link = dir.path().join("link.html");
        std::os::unix::fs::symlink(&html, &link).expect("symlink");
        cases.push(("report", html.clone(), link));
        let hard = dir.path().join("hard.html");
        fs::hard_link(&html, &hard).expect("hard link");
        cases.push(("report", html.clone(), hard));
    }
    for (format, project, out) in &cases {
        let result = run(&[
            format.as_ref(),
            project.as_os_str(),
            "--out".as_ref(),
            out.as_os_str(),
        ]);
        assert_eq!(
            result.code,
            Some(1),
            "{format} {}: {}",
            out.display(),
            result.stdout
        );
        assert!(
            result.stderr.contains("the project itself"),
            "{format}: {}",
            result.stderr
        );
        assert_eq!(fs::read_to_string(project).expect("read"), text, "{format}");
    }
    assert!(!dir.path().join("p.html.bak").exists());
}

#[cfg(unix)]
#[test]
fn saving_through_a_symbolic_link_writes_the_file_it_points_to() {
    let dir = temp_dir();
    let real_dir = dir.path().join("real");
    fs::create_dir(&real_dir).expect("folder");
    let real = save(&real_dir, "study.ron", &valid_project());
    let link = dir.path().join("study.ron");
    std::os::unix::fs::symlink(&real, &link).expect("symlink");
    let mut changed = valid_project();
    changed.study.title = "Through the link".into();
    let outcome = store::save(&link, &changed).expect("saved");
    assert!(
        fs::symlink_metadata(&link).is_ok_and(|m| m.file_type().is_symlink()),
        "the link is still a link"
    );
    assert_eq!(
        store::load(&real).expect("loads").study.title,
        "Through the link"
    );
    assert_eq!(outcome.backup, Some(real_dir.join("study.ron.bak")));
    assert_eq!(listing(dir.path()), ["real", "study.ron"]);
    // A relative link whose target does not exist yet: the first save creates it.
    let dangling = dir.path().join("new.ron");
    std::os::unix::fs::symlink("real/new-target.ron", &dangling).expect("symlink");
    store::save(&dangling, &changed).expect("saved");
    assert!(real_dir.join("new-target.ron").is_file());
    assert!(fs::symlink_metadata(&dangling).is_ok_and(|m| m.file_type().is_symlink()));
}

#[test]
fn file_names_of_252_to_255_bytes_save_twice_with_a_shorter_backup_name() {
    for length in 252..=255 {
        let dir = temp_dir();
        let name = format!("{}.ron", "s".repeat(length - 4));
        assert_eq!(name.len(), length);
        let path = save(dir.path(), &name, &valid_project());
        let outcome =
            store::save(&path, &valid_project()).unwrap_or_else(|e| panic!("{length} bytes: {e}"));
        let backup = outcome.backup.expect("a backup");
        assert!(backup.is_file(), "{}", backup.display());
        assert!(backup.file_name().expect("name").len() <= 255);
        assert_eq!(store::backup_path(&path), backup);
        assert_eq!(listing(dir.path()).len(), 2, "{:?}", listing(dir.path()));
    }
}

#[test]
fn a_backup_name_taken_by_a_folder_is_named_in_the_error() {
    let dir = temp_dir();
    let path = save(dir.path(), "study.ron", &valid_project());
    fs::create_dir(dir.path().join("study.ron.bak")).expect("folder");
    let before = fs::read(&path).expect("read");
    let error = store::save(&path, &valid_project()).expect_err("cannot keep the backup");
    let message = sinergi::i18n::describe_save_error(sinergi::model::Lang::En, &error);
    assert!(message.contains("study.ron.bak"), "{message}");
    assert!(fs::read(&path).expect("read") == before);
}

#[test]
fn temporary_files_a_killed_save_left_are_cleaned_up_by_the_next_save() {
    let dir = temp_dir();
    let path = save(dir.path(), "study.ron", &valid_project());
    let stale = dir.path().join(".sinergi-save-AbC123.tmp");
    let stale_bak = dir.path().join(".sinergi-bak-XyZ789.tmp");
    let fresh = dir.path().join(".sinergi-save-Fresh1.tmp");
    let theirs = dir.path().join(".other-program.tmp");
    for file in [&stale, &stale_bak, &fresh, &theirs] {
        fs::write(file, "partial").expect("written");
    }
    let an_hour_ago = SystemTime::now() - Duration::from_hours(1);
    for file in [&stale, &stale_bak, &theirs] {
        fs::File::options()
            .write(true)
            .open(file)
            .and_then(|f| f.set_modified(an_hour_ago))
            .expect("backdated");
    }
    store::save(&path, &valid_project()).expect("saved");
    assert!(
        !stale.exists() && !stale_bak.exists(),
        "{:?}",
        listing(dir.path())
    );
    assert!(
        fresh.exists(),
        "a temporary file just made may be another save's"
    );
    assert!(theirs.exists(), "another program's file is left alone");
}

#[cfg(unix)]
#[test]
fn export_csv_cut_short_by_a_full_disk_leaves_the_previous_set_whole() {
    let dir = temp_dir();
    let small = save(dir.path(), "small.ron", &valid_project());
    let out = dir.path().join("tables");
    let result = run(&[
        "export-csv".as_ref(),
        small.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
    ]);
    assert_eq!(result.code, Some(0), "{}", result.stderr);
    let before: Vec<(String, Vec<u8>)> = listing(&out)
        .into_iter()
        .map(|name| {
            let bytes = fs::read(out.join(&name)).expect("read");
            (name, bytes)
        })
        .collect();

    let mut big = valid_project();
    big.actors[0].name = "Changed".into();
    let note = big.evidence[0].clone();
    for n in 0..2_000 {
        let mut note = note.clone();
        note.id = sinergi::model::EvidenceId::new(format!("bulk-{n}"));
        note.excerpt = "x".repeat(100);
        big.evidence.push(note);
    }
    let big = save(dir.path(), "big.ron", &big);
    // A file-size limit of 64 KiB stands in for a full disk: evidence.csv cannot
    // be written, the tables before it can.
    let script = format!(
        "trap '' XFSZ; ulimit -f 64; exec \"$0\" --lang en export-csv '{}' --out '{}'",
        big.display(),
        out.display()
    );
    let mut command = std::process::Command::new("bash");
    command
        .arg("-c")
        .arg(script)
        .arg(env!("CARGO_BIN_EXE_sinergi"));
    let result = run_with_timeout(command, Duration::from_mins(1));
    assert_eq!(result.code, Some(1), "{}\n{}", result.stdout, result.stderr);
    for (name, bytes) in &before {
        assert!(
            fs::read(out.join(name)).expect("still there") == *bytes,
            "{name} changed"
        );
    }
    assert_eq!(
        listing(&out),
        before.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>(),
        "nothing left behind"
    );
}

#[test]
fn upgrade_says_comments_will_be_dropped_before_rewriting() {
    let dir = temp_dir();
    let text = fs::read_to_string(v1_fixture()).expect("fixture");
    let text = text.replacen(
        "schema_version: 1,",
        "schema_version: 1, // my note\n    /* and a block */",
        1,
    );
    let file = write(dir.path(), "commented.ron", &text);
    let result = run(&["upgrade".as_ref(), file.as_os_str()]);
    assert_eq!(result.code, Some(1), "{}", result.stdout);
    assert!(result.stderr.contains("comment"), "{}", result.stderr);
    assert!(
        result.stderr.contains("--drop-comments"),
        "{}",
        result.stderr
    );
    assert_eq!(fs::read_to_string(&file).expect("read"), text, "left alone");

    // A `//` inside a string is not a comment.
    let mut project = valid_project();
    project.study.title = "see https://example.org /* not a comment */".into();
    let plain = save(dir.path(), "plain.ron", &project);
    let result = run(&["upgrade".as_ref(), plain.as_os_str()]);
    assert_eq!(result.code, Some(0), "{}", result.stderr);

    let result = run(&[
        "upgrade".as_ref(),
        "--drop-comments".as_ref(),
        file.as_os_str(),
    ]);
    assert_eq!(result.code, Some(0), "{}", result.stderr);
    assert!(!fs::read_to_string(&file).expect("read").contains("my note"));
    assert!(
        fs::read_to_string(dir.path().join("commented.ron.bak"))
            .expect("the .bak keeps them")
            .contains("my note")
    );
}

#[test]
fn project_files_fixtures_and_scripts_keep_lf_endings_on_every_checkout() {
    let root = crate::common::root();
    assert!(
        fs::read_to_string(root.join("tests/fixtures/refi/.gitattributes"))
            .expect("the REFI fixtures keep their bytes")
            .lines()
            .any(|line| line.trim() == "* -text")
    );
    let Ok(output) = std::process::Command::new("git")
        .current_dir(&root)
        .args([
            "check-attr",
            "eol",
            "text",
            "--",
            "sample_data/kotagede.ron",
            "scripts/test.sh",
            "src/main.rs",
            "tests/fixtures/v1.ron",
        ])
        .output()
    else {
        return; // No git here: the file itself is checked above.
    };
    if !output.status.success() {
        return; // Not a git checkout (a source tarball).
    }
    let attributes = String::from_utf8_lossy(&output.stdout);
    for file in ["sample_data/kotagede.ron", "scripts/test.sh", "src/main.rs"] {
        assert!(
            attributes.contains(&format!("{file}: eol: lf")),
            "{attributes}"
        );
    }
    // Fixtures are kept byte for byte (as committed, LF), never converted.
    assert!(
        attributes.contains("tests/fixtures/v1.ron: text: unset"),
        "{attributes}"
    );
}
