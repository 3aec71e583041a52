//! Nothing lost, in the window (issues 16 and 14): what `check` refuses for
//! its length is refused here too, no label can outgrow the GPU's buffers,
//! special files and exports over the project are refused, a file changed on
//! disk is noticed by its content, and every window keeps its own recovery copy.

use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use sinergi::model::{Lang, MAX_ID_CHARS, MAX_LINE_CHARS, MAX_TEXT_CHARS, Project};
use sinergi::report::ExportFormat;
use sinergi::store;
use sinergi::ui::{EXAMPLE_RON, Modal, Preferences, SinergiApp};
use std::path::{Path, PathBuf};
use std::time::Duration;

type Ui = Harness<'static, SinergiApp>;

fn harness(app: SinergiApp) -> Ui {
    let mut ui = Harness::builder()
        .with_size(egui::vec2(1366.0, 768.0))
        .build_ui_state(|ui, app: &mut SinergiApp| app.frame_ui(ui, None), app);
    ui.run();
    ui
}

fn app() -> SinergiApp {
    SinergiApp::new(Preferences::default(), None, Some(Lang::En))
}

fn example() -> Project {
    store::parse(EXAMPLE_RON, Path::new("k.ron")).expect("example parses")
}

fn save(dir: &Path, name: &str, project: &Project) -> PathBuf {
    let path = dir.join(name);
    store::save(&path, project).expect("saved");
    path
}

fn error_lines(app: &SinergiApp) -> String {
    match &app.modal {
        Some(Modal::Error(title, lines)) => format!("{title}\n{}", lines.join("\n")),
        other => panic!("expected an error dialog, got {other:?}"),
    }
}

/// Every recovery copy under the data folder `dir`, whatever its name.
fn copies(dir: &Path) -> Vec<Project> {
    fn walk(dir: &Path, found: &mut Vec<Project>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, found);
            } else if path.extension().is_some_and(|e| e == "ron") {
                found.push(store::load(&path).expect("a readable copy"));
            }
        }
    }
    let mut found = Vec::new();
    walk(dir, &mut found);
    found
}

#[test]
fn a_project_check_refuses_for_its_length_is_refused_by_the_window_too() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut project = example();
    project.actors[0].name = "n".repeat(10 * 1024 * 1024);
    let path = save(dir.path(), "huge.ron", &project);
    let mut app = app();
    assert!(!app.open_path(&path));
    let message = error_lines(&app);
    assert!(message.contains("\"name\""), "{message}");
    assert!(app.start_screen, "nothing was opened");
}

#[cfg(unix)]
#[test]
fn a_fifo_is_refused_by_the_window_at_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fifo = dir.path().join("pipe.ron");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo");
    assert!(status.success());
    let (send, receive) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut app = app();
        let opened = app.open_path(&fifo);
        let _ = send.send((opened, error_lines(&app)));
    });
    let (opened, message) = receive
        .recv_timeout(Duration::from_secs(10))
        .expect("the window answers at once");
    assert!(!opened);
    assert!(message.contains("not a regular file"), "{message}");
}

#[test]
fn the_window_never_exports_over_its_own_project() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = save(dir.path(), "study.ron", &example());
    let mut app = app();
    assert!(app.open_path(&path));
    let before = std::fs::read(&path).expect("read");
    assert!(!app.export_to(ExportFormat::Report, &path));
    assert!(error_lines(&app).contains("the project itself"));
    assert!(std::fs::read(&path).expect("read") == before);
}

#[test]
fn a_file_changed_on_disk_is_noticed_by_its_content_not_its_time_or_size() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = save(dir.path(), "study.ron", &example());
    let mut ui = harness(app());
    assert!(ui.state_mut().open_path(&path));
    ui.run();
    // Another program changes one letter and puts the time back.
    let modified = std::fs::metadata(&path)
        .expect("exists")
        .modified()
        .expect("mtime");
    let theirs = std::fs::read_to_string(&path)
        .expect("read")
        .replacen("Kotagede", "Kotagedf", 1);
    std::fs::write(&path, &theirs).expect("written");
    std::fs::File::options()
        .write(true)
        .open(&path)
        .and_then(|f| f.set_modified(modified))
        .expect("time restored");

    ui.get_by_role_and_label(Role::Button, "Actors").click();
    ui.run();
    ui.get_by_role_and_label(Role::Button, "Add actor").click();
    ui.run();
    ui.key_press_modifiers(Modifiers::COMMAND, Key::S);
    ui.run();
    assert!(
        matches!(ui.state().modal, Some(Modal::ChangedOnDisk(_))),
        "{:?}",
        ui.state().modal
    );
    assert_eq!(std::fs::read_to_string(&path).expect("read"), theirs);
}

#[test]
fn typing_and_pasting_stop_at_the_length_validation_allows() {
    let mut ui = harness(app());
    ui.get_by_role_and_label(Role::Button, "New project")
        .click();
    ui.run();
    ui.get_by_role_and_label(Role::Button, "Create project")
        .click();
    ui.run();
    ui.get_by_role_and_label(Role::Button, "Actors").click();
    ui.run();
    ui.get_by_role_and_label(Role::Button, "Add actor").click();
    ui.run();
    ui.get_by_role_and_label(Role::TextInput, "Name")
        .type_text(&"x".repeat(MAX_LINE_CHARS + 500));
    ui.run();
    let name = &ui.state().doc.project.actors[0].name;
    assert_eq!(name.chars().count(), MAX_LINE_CHARS, "{}", name.len());
}

/// The largest vertex or index buffer any frame needs, in bytes, with every
/// panel shown (each of them scrolled to its top).
fn largest_frame_buffer(ui: &mut Ui) -> usize {
    let mut largest = 0;
    let sections = [
        "Overview",
        "Actors",
        "Activities & Roles",
        "Sources & Evidence",
        "Assessment",
        "Findings",
        "Chart",
    ];
    for section in sections {
        ui.get_by_role_and_label(Role::Button, section).click();
        ui.run();
        let output = ui.output().clone();
        let primitives = ui.ctx.tessellate(output.shapes, output.pixels_per_point);
        let (mut vertices, mut indices) = (0, 0);
        for primitive in primitives {
            if let egui::epaint::Primitive::Mesh(mesh) = primitive.primitive {
                vertices += mesh.vertices.len() * std::mem::size_of::<egui::epaint::Vertex>();
                indices += mesh.indices.len() * std::mem::size_of::<u32>();
            }
        }
        largest = largest.max(vertices).max(indices);
    }
    largest
}

#[test]
fn a_project_at_every_length_limit_draws_within_the_gpu_buffer_limit() {
    // wgpu's default limit on one buffer; egui puts a frame's vertices in one.
    const MAX_BUFFER: usize = 256 << 20;
    let line = "L".repeat(MAX_LINE_CHARS);
    let text = "T ".repeat(MAX_TEXT_CHARS / 2);
    let mut project = example();
    project.study.title.clone_from(&line);
    project.study.method_notes.clone_from(&text);
    for actor in &mut project.actors {
        actor.name.clone_from(&line);
        actor.short_name.clone_from(&line);
        actor.description.clone_from(&text);
    }
    for source in &mut project.sources {
        source.title.clone_from(&line);
    }
    for note in &mut project.evidence {
        note.excerpt.clone_from(&text);
        note.interpretation.clone_from(&text);
    }
    for assessment in &mut project.assessments {
        assessment.label.clone_from(&line);
        for score in &mut assessment.scores {
            score.rationale.clone_from(&text);
        }
    }
    for indicator in &mut project.framework.indicators {
        indicator.name.en.clone_from(&line);
    }
    project.actors[0].id = sinergi::model::ActorId::new("a".repeat(MAX_ID_CHARS));
    let bad: Vec<_> = project
        .validate()
        .into_iter()
        .filter(|p| matches!(p, sinergi::model::Problem::TooLong { .. }))
        .collect();
    assert!(bad.is_empty(), "{bad:?}");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = save(dir.path(), "limits.ron", &project);
    let mut app = app();
    assert!(app.open_path(&path), "{:?}", app.modal);
    let mut ui = harness(app);
    let largest = largest_frame_buffer(&mut ui);
    assert!(
        largest < MAX_BUFFER / 4,
        "a frame needs a buffer of {largest} bytes"
    );
}

// ---------------------------------------------------------------------------
// Recovery copies: one per window.

fn window(data: &Path) -> SinergiApp {
    let mut app = app();
    app.enable_recovery(data.to_owned());
    app
}

#[test]
fn a_second_window_neither_offers_nor_deletes_a_live_window_copy() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let mut first = window(&data);
    first.open_example();
    let recovery = first.recovery.as_ref().expect("recovery on");
    recovery
        .write_now(&first.doc.project, None)
        .expect("written");

    let second = window(&data);
    assert!(second.modal.is_none(), "{:?}", second.modal);
    drop(second);
    assert_eq!(copies(&data).len(), 1, "the live window's copy is kept");

    // The first window dies without saving: the next start offers its copy.
    drop(first);
    let third = window(&data);
    assert!(
        matches!(third.modal, Some(Modal::Recover { .. })),
        "{:?}",
        third.modal
    );
}

#[test]
fn a_copy_kept_with_not_now_survives_the_next_window_copies() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let mut crashed = window(&data);
    crashed.open_example();
    crashed.doc.project.study.title = "Nanti".into();
    crashed
        .recovery
        .as_ref()
        .expect("recovery on")
        .write_now(&crashed.doc.project, None)
        .expect("written");
    drop(crashed);

    let mut ui = harness(window(&data));
    ui.get_by_role_and_label(Role::Button, "Not now (keep the copy)")
        .click();
    ui.run();
    ui.state_mut().open_example();
    let app = ui.state();
    app.recovery
        .as_ref()
        .expect("recovery on")
        .write_now(&app.doc.project, None)
        .expect("this window's copy");
    let titles: Vec<String> = copies(&data).into_iter().map(|p| p.study.title).collect();
    assert_eq!(titles.len(), 2, "{titles:?}");
    assert!(titles.contains(&"Nanti".to_owned()), "{titles:?}");
}

#[test]
fn an_unwritable_recovery_folder_is_said_in_the_status_bar() {
    let dir = tempfile::tempdir().expect("temp dir");
    // A file where the data folder should be: nothing can be written under it.
    let data = dir.path().join("data");
    std::fs::write(&data, "not a folder").expect("written");
    let ui = harness(window(&data));
    assert!(
        ui.query_all_by_label_contains("Recovery copies cannot be written")
            .next()
            .is_some(),
        "{}",
        ui.state().status
    );
}

#[test]
fn a_recovery_copy_of_a_project_whose_path_has_a_line_break_reads_back() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let original = dir.path().join("odd\nfolder").join("tesis.ron");
    let crashed = window(&data);
    crashed
        .recovery
        .as_ref()
        .expect("recovery on")
        .write_now(&example(), Some(&original))
        .expect("written");
    drop(crashed);
    let app = window(&data);
    assert_eq!(
        app.modal,
        Some(Modal::Recover {
            made: match &app.modal {
                Some(Modal::Recover { made, .. }) => *made,
                _ => 0,
            },
            original: Some(original),
        })
    );
}

#[test]
fn a_termination_signal_writes_a_last_copy_and_closes_the_window() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let mut ui = harness(window(&data));
    ui.state_mut().open_example();
    ui.run();
    ui.get_by_role_and_label(Role::Button, "Actors").click();
    ui.run();
    ui.get_by_role_and_label(Role::Button, "Add actor").click();
    ui.run();
    let actors = ui.state().doc.project.actors.len();
    let flusher = ui.state().recovery.as_ref().expect("on").flusher();
    flusher.request_termination();
    ui.run();
    assert!(flusher.wait_finished(Duration::from_secs(1)));
    let written = copies(&data);
    assert_eq!(written.len(), 1);
    assert_eq!(
        written[0].actors.len(),
        actors,
        "the last change is in the copy"
    );
}

#[test]
fn opening_a_project_another_window_has_open_warns() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let path = save(dir.path(), "shared.ron", &example());
    let mut first = window(&data);
    assert!(first.open_path(&path));
    assert!(first.modal.is_none());
    let mut second = window(&data);
    assert!(second.open_path(&path), "it opens, with a warning");
    assert!(error_lines(&second).contains("already open in another window"));
    // Once the first window has closed, nothing to warn about.
    drop(first);
    let mut third = window(&data);
    drop(second);
    assert!(third.open_path(&path));
    assert!(third.modal.is_none(), "{:?}", third.modal);
}

#[test]
fn without_a_project_folder_the_path_prompt_proposes_the_documents_folder() {
    let mut ui = harness(app());
    ui.get_by_role_and_label(Role::Button, "New project")
        .click();
    ui.run();
    ui.get_by_role_and_label(Role::Button, "Create project")
        .click();
    ui.run();
    ui.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    ui.run();
    let proposed = match &ui.state().modal {
        Some(Modal::PathPrompt(_, text)) => PathBuf::from(text),
        other => panic!("expected the path prompt, got {other:?}"),
    };
    assert_eq!(
        proposed.parent(),
        Some(store::paths::default_folder().as_path())
    );
    assert_ne!(
        proposed.parent().map(Path::to_owned),
        std::env::current_dir().ok(),
        "not the current folder (System32 from a Windows shortcut)"
    );
}
