//! Project files: load -> save -> load gives the same project, saving is
//! deterministic to the byte, and saves are atomic with a `.bak` of the old file.

use crate::common::{listing, v1_fixture, valid_project};
use sinergi::model::{CURRENT_SCHEMA_VERSION, Project};
use sinergi::store::{self, SaveError};
use std::fs;
use std::io;
use std::path::Path;

fn temp_dir() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temporary folder")
}

fn fixture_project() -> Project {
    store::load(&v1_fixture()).expect("the v1 fixture loads")
}

#[test]
fn load_save_load_gives_the_same_project_and_the_same_bytes() {
    let dir = temp_dir();
    let original = fixture_project();
    let path = dir.path().join("study.ron");

    store::save(&path, &original).expect("first save");
    let first = fs::read(&path).expect("read the first save");
    let reloaded = store::load(&path).expect("the saved file loads");
    assert_eq!(
        reloaded, original,
        "load -> save -> load changed the project"
    );
    assert_eq!(reloaded.validate(), Vec::new());

    store::save(&path, &reloaded).expect("second save");
    let second = fs::read(&path).expect("read the second save");
    assert!(
        first == second,
        "a second save is not byte-identical to the first"
    );
}

#[test]
fn the_project_built_in_code_round_trips_too() {
    let dir = temp_dir();
    let project = valid_project();
    let path = dir.path().join("built.ron");
    store::save(&path, &project).expect("save");
    assert_eq!(store::load(&path).expect("load"), project);
}

#[test]
fn to_ron_is_deterministic_and_idempotent() {
    let project = fixture_project();
    let text = store::to_ron(&project);
    assert_eq!(text, store::to_ron(&project.clone()));
    let reparsed = store::parse(&text, Path::new("mem.ron")).expect("to_ron output parses");
    assert_eq!(reparsed, project);
    assert_eq!(store::to_ron(&reparsed), text);
    assert!(text.ends_with(")\n"), "the file ends with a newline");
    assert!(
        !text.contains('\r'),
        "line endings are \\n on every platform"
    );
    assert!(
        text.starts_with(&format!(
            "(\n    schema_version: {CURRENT_SCHEMA_VERSION},\n"
        )),
        "{}",
        &text[..80.min(text.len())]
    );
}

#[test]
fn saved_files_diff_well_one_field_per_line() {
    let text = store::to_ron(&valid_project());
    // Floats keep a fixed form, and every struct field sits on its own line.
    assert!(text.contains("score: Some(3.0),"), "{text}");
    assert!(text.contains("\n    actors: [\n"), "{text}");
    assert!(text.contains("color: \"#0072b2\""), "{text}");
}

#[test]
fn saving_over_a_file_keeps_the_previous_one_as_bak() {
    let dir = temp_dir();
    let path = dir.path().join("study.ron");
    let first = valid_project();
    let outcome = store::save(&path, &first).expect("first save");
    assert_eq!(outcome.backup, None, "nothing to back up the first time");
    let first_bytes = fs::read(&path).expect("read");

    let mut second = first.clone();
    second.study.title = "Changed".into();
    let outcome = store::save(&path, &second).expect("second save");
    let backup = dir.path().join("study.ron.bak");
    assert_eq!(outcome.backup.as_deref(), Some(backup.as_path()));
    assert_eq!(store::backup_path(&path), backup);
    assert!(fs::read(&backup).expect("the .bak exists") == first_bytes);
    assert_eq!(store::load(&path).expect("load").study.title, "Changed");
    assert_eq!(listing(dir.path()), ["study.ron", "study.ron.bak"]);

    // The next save replaces the backup with the version it overwrites.
    let second_bytes = fs::read(&path).expect("read");
    store::save(&path, &first).expect("third save");
    assert!(fs::read(&backup).expect("the .bak exists") == second_bytes);
    assert_eq!(listing(dir.path()), ["study.ron", "study.ron.bak"]);
}

#[test]
fn a_save_that_fails_mid_write_leaves_the_old_file_and_no_litter() {
    let dir = temp_dir();
    let path = dir.path().join("study.ron");
    store::save(&path, &valid_project()).expect("first save");
    let before = fs::read(&path).expect("read");
    let files_before = listing(dir.path());

    let result = store::write_atomically_with(&path, |out| {
        out.write_all(b"(\n    schema_version: 1,\n    study: (tit")?;
        out.write_all(&vec![b'x'; 100_000])?;
        Err(io::Error::other("disk full (simulated)"))
    });
    match result {
        Err(SaveError::Io {
            path: reported,
            source,
        }) => {
            assert_eq!(reported, path);
            assert!(source.to_string().contains("simulated"), "{source}");
        }
        other => panic!("expected SaveError::Io, got {other:?}"),
    }
    assert!(
        fs::read(&path).expect("read") == before,
        "the old file changed"
    );
    assert_eq!(
        listing(dir.path()),
        files_before,
        "temporary files were left behind"
    );
}

#[test]
fn a_failed_first_save_creates_nothing() {
    let dir = temp_dir();
    let path = dir.path().join("new.ron");
    let result = store::write_atomically_with(&path, |out| {
        out.write_all(b"partial")?;
        Err(io::Error::other("simulated"))
    });
    assert!(matches!(result, Err(SaveError::Io { .. })), "{result:?}");
    assert_eq!(listing(dir.path()), Vec::<String>::new());
}

#[test]
fn saving_over_a_read_only_file_is_refused_and_leaves_it_alone() {
    let dir = temp_dir();
    let path = dir.path().join("locked.ron");
    store::save(&path, &valid_project()).expect("first save");
    let before = fs::read(&path).expect("read");
    let mut permissions = fs::metadata(&path).expect("metadata").permissions();
    permissions.set_readonly(true);
    fs::set_permissions(&path, permissions).expect("make read-only");

    let mut changed = valid_project();
    changed.study.title = "Changed".into();
    let result = store::save(&path, &changed);
    // The read-only flag is checked by Sinergi itself, so this holds even for root.
    match result {
        Err(SaveError::ReadOnly { path: reported }) => assert_eq!(reported, path),
        other => panic!("expected SaveError::ReadOnly, got {other:?}"),
    }
    assert!(
        fs::read(&path).expect("read") == before,
        "the read-only file changed"
    );
    assert_eq!(listing(dir.path()), ["locked.ron"]);

    // Let the temporary folder be removed on every platform.
    let mut permissions = fs::metadata(&path).expect("metadata").permissions();
    #[allow(clippy::permissions_set_readonly_false)]
    permissions.set_readonly(false);
    fs::set_permissions(&path, permissions).expect("make writable again");
}

#[test]
fn saving_into_a_missing_folder_or_over_a_folder_fails_cleanly() {
    let dir = temp_dir();
    let missing = dir.path().join("no-such-folder").join("study.ron");
    let result = store::save(&missing, &valid_project());
    assert!(matches!(result, Err(SaveError::Io { .. })), "{result:?}");
    assert_eq!(listing(dir.path()), Vec::<String>::new());

    let folder = dir.path().join("a-folder.ron");
    fs::create_dir(&folder).expect("create a folder");
    let result = store::save(&folder, &valid_project());
    assert!(matches!(result, Err(SaveError::Io { .. })), "{result:?}");
    assert!(folder.is_dir());
    assert_eq!(listing(dir.path()), ["a-folder.ron"]);
}

#[cfg(unix)]
#[test]
fn a_new_file_is_an_ordinary_document_and_a_save_keeps_its_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = temp_dir();
    let path = dir.path().join("study.ron");
    store::save(&path, &valid_project()).expect("save");
    let mode = |p: &Path| fs::metadata(p).expect("metadata").permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o644);
    fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).expect("chmod");
    store::save(&path, &valid_project()).expect("save again");
    assert_eq!(mode(&path), 0o600, "saving changed the file's permissions");
}

#[test]
fn the_backup_sits_beside_the_file() {
    assert_eq!(
        store::backup_path(Path::new("x.ron")),
        Path::new("x.ron.bak")
    );
    assert_eq!(
        store::backup_path(Path::new("a/b/study.ron")),
        Path::new("a/b/study.ron.bak")
    );
}
