//! Helpers shared by the test modules: the fixtures, a small valid project built
//! in code, and running the real `sinergi` binary.

#![allow(dead_code)]

use sinergi::model::{
    Activity, ActivityId, Actor, ActorId, Assessment, AssessmentId, Color, EvidenceId,
    EvidenceNote, Finding, FindingId, Framework, IndicatorId, IndicatorScore, NetworkForm, Project,
    Role, RoleId, RoleKind, Sector, Source, SourceId, SourceKind, Stance,
};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// The crate root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A file under `tests/fixtures`.
pub fn fixture(name: &str) -> PathBuf {
    root().join("tests").join("fixtures").join(name)
}

/// The version-1 fixture.
pub fn v1_fixture() -> PathBuf {
    fixture("v1.ron")
}

/// The indicator ids of `DeSeve`'s framework, in order.
pub const DESEVE_IDS: [&str; 8] = [
    "network-structure",
    "commitment",
    "trust",
    "governance",
    "access-to-authority",
    "distributive-accountability",
    "information-sharing",
    "access-to-resources",
];

/// A small project, built in code, that breaks no rule and holds one of everything.
pub fn valid_project() -> Project {
    let mut project = Project::new(Framework::deseve());
    project.study.title = "Test study".into();
    project.network.form = Some(NetworkForm::LeadOrganization);
    project.actors = vec![
        Actor {
            id: ActorId::new("gov"),
            name: "City office".into(),
            short_name: "Office".into(),
            sector: Sector::Government,
            description: String::new(),
            color: Color::from_palette(0),
        },
        Actor {
            id: ActorId::new("uni"),
            name: "University".into(),
            short_name: String::new(),
            sector: Sector::Academia,
            description: "Runs the training.".into(),
            color: Color::rgb(1, 2, 3),
        },
    ];
    project.activities = vec![Activity {
        id: ActivityId::new("training"),
        name: "Design training".into(),
        schedule: "yearly".into(),
        place: String::new(),
        description: String::new(),
    }];
    project.roles = vec![
        Role {
            id: RoleId::new("r1"),
            actor: ActorId::new("gov"),
            activity: ActivityId::new("training"),
            kind: RoleKind::Facilitator,
            responsibilities: String::new(),
            authority: String::new(),
        },
        Role {
            id: RoleId::new("r2"),
            actor: ActorId::new("uni"),
            activity: ActivityId::new("training"),
            kind: RoleKind::Trainer,
            responsibilities: String::new(),
            authority: String::new(),
        },
    ];
    project.sources = vec![Source {
        id: SourceId::new("s1"),
        kind: SourceKind::Interview,
        title: "Interview with the head of section".into(),
        informant: "Head of section".into(),
        informant_code: "I-1".into(),
        informant_position: "Head of section".into(),
        actor: Some(ActorId::new("gov")),
        date: "2020-02-29".into(),
        reference: String::new(),
        text: "P: Apa peran dinas?\n\nI: We only facilitate. The rest is theirs.".into(),
    }];
    project.evidence = vec![EvidenceNote {
        id: EvidenceId::new("e1"),
        source: SourceId::new("s1"),
        excerpt: "We only facilitate.".into(),
        interpretation: String::new(),
        indicators: vec![
            IndicatorId::new("network-structure"),
            IndicatorId::new("trust"),
        ],
        actors: vec![ActorId::new("gov")],
        stance: Stance::Supports,
        tags: vec!["structure".into()],
        anchor: Some(sinergi::model::Anchor::new(24, 43)),
        locator: "par. 2".into(),
    }];
    project.assessments = vec![Assessment {
        id: AssessmentId::new("a1"),
        label: "Researcher".into(),
        assessor: String::new(),
        notes: String::new(),
        framework: sinergi::model::FrameworkSlot::Main,
        compared_with: None,
        scores: vec![
            IndicatorScore {
                indicator: IndicatorId::new("network-structure"),
                score: Some(3.0),
                rationale: "Flat (e1).".into(),
                evidence: vec![EvidenceId::new("e1")],
            },
            IndicatorScore::empty(IndicatorId::new("trust")),
        ],
    }];
    project.inhibiting_factors = vec![finding("f1")];
    project.recommendations = vec![finding("f2")];
    project
}

fn finding(id: &str) -> Finding {
    Finding {
        id: FindingId::new(id),
        title: format!("Finding {id}"),
        text: String::new(),
        indicators: vec![IndicatorId::new("trust")],
        actors: vec![ActorId::new("uni")],
        evidence: vec![EvidenceId::new("e1")],
    }
}

/// The `sinergi` binary under test, with English output.
pub fn sinergi() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_sinergi"));
    command.arg("--lang").arg("en");
    command
}

/// The `sinergi` binary with no arguments added.
pub fn sinergi_bare() -> Command {
    Command::new(env!("CARGO_BIN_EXE_sinergi"))
}

/// What a finished run of the binary printed.
pub struct Run {
    /// The exit code (`None` when killed by a signal).
    pub code: Option<i32>,
    /// The signal that killed it, if one did (unix).
    pub signal: Option<i32>,
    /// Standard output, lossily decoded.
    pub stdout: String,
    /// Standard error, lossily decoded.
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(output: Output) -> Self {
        Run {
            code: output.status.code(),
            signal: signal_of(&output.status),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }
}

#[cfg(unix)]
fn signal_of(status: &std::process::ExitStatus) -> Option<i32> {
    std::os::unix::process::ExitStatusExt::signal(status)
}

#[cfg(not(unix))]
fn signal_of(_status: &std::process::ExitStatus) -> Option<i32> {
    None
}

/// Runs `command` to completion, killing it (and failing) after `limit`.
pub fn run_with_timeout(mut command: Command, limit: Duration) -> Run {
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the sinergi binary starts");
    // Drain the pipes on threads so a chatty child cannot block on a full pipe.
    let mut stdout = child.stdout.take().expect("piped stdout");
    let mut stderr = child.stderr.take().expect("piped stderr");
    let out = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut stdout, &mut bytes).map(|_| bytes)
    });
    let err = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut stderr, &mut bytes).map(|_| bytes)
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("waiting on the child") {
            break status;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{command:?} did not finish within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let stdout = out.join().expect("stdout reader").expect("read stdout");
    let stderr = err.join().expect("stderr reader").expect("read stderr");
    Run {
        code: status.code(),
        signal: signal_of(&status),
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
    }
}

/// Runs `sinergi --lang en ARGS...` with a generous time limit.
pub fn run(args: &[&std::ffi::OsStr]) -> Run {
    let mut command = sinergi();
    command.args(args);
    run_with_timeout(command, Duration::from_mins(2))
}

/// Runs `sinergi --lang en check FILE`.
pub fn check(file: &Path) -> Run {
    run(&["check".as_ref(), file.as_os_str()])
}

/// Checks that every line of `stderr` is `FILE:LINE:COL: message` or `FILE: message`
/// with `file` exactly as given on the command line; returns the lines.
pub fn assert_diagnostics(stderr: &str, file: &Path) -> Vec<String> {
    let prefix = format!("{}:", file.display());
    let lines: Vec<String> = stderr.lines().map(str::to_owned).collect();
    assert!(
        !lines.is_empty(),
        "expected problems on stderr for {}, got none",
        file.display()
    );
    for line in &lines {
        let rest = line
            .strip_prefix(&prefix)
            .unwrap_or_else(|| panic!("stderr line does not start with {prefix:?}: {line:?}"));
        let message = match parse_position(rest) {
            Some((_, _, message)) => message,
            None => rest.strip_prefix(' ').unwrap_or_else(|| {
                panic!("stderr line is neither FILE:LINE:COL: nor FILE: form: {line:?}")
            }),
        };
        assert!(!message.trim().is_empty(), "empty message in {line:?}");
    }
    lines
}

/// Splits `LINE:COL: message` (what follows `FILE:`) into its parts.
pub fn parse_position(rest: &str) -> Option<(usize, usize, &str)> {
    let (line, rest) = rest.split_once(':')?;
    let (column, rest) = rest.split_once(':')?;
    let message = rest.strip_prefix(' ')?;
    let number = |text: &str| {
        (!text.is_empty() && text.chars().all(|c| c.is_ascii_digit()))
            .then(|| text.parse::<usize>().ok())
            .flatten()
    };
    Some((number(line)?, number(column)?, message))
}

/// The `key: value` lines of `check`'s output, in order.
pub fn summary_pairs(stdout: &str) -> Vec<(String, String)> {
    stdout
        .lines()
        .map(|line| {
            let (key, value) = line
                .split_once(": ")
                .unwrap_or_else(|| panic!("summary line is not `key: value`: {line:?}"));
            (key.to_owned(), value.to_owned())
        })
        .collect()
}

/// The value printed for `key`.
pub fn summary_value<'a>(pairs: &'a [(String, String)], key: &str) -> Option<&'a str> {
    pairs
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.as_str())
}

/// The names of the entries in `folder`, sorted.
pub fn listing(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .expect("read the folder")
        .map(|entry| {
            entry
                .expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    names
}
