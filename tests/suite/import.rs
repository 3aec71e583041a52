//! Importing a source's text: every fixture in `tests/fixtures/import` gives
//! exactly its expected text or its expected error; the normalised text keeps
//! its promises; hostile bytes never panic; and `sinergi import` end to end,
//! all or nothing.

use crate::common::{Run, root, run_with_timeout, sinergi, sinergi_bare, valid_project};
use proptest::prelude::*;
use sinergi::import::{
    Format, ImportError, ImportedText, MAX_FILE_BYTES, MAX_UNPACKED_BYTES, Measured, normalize,
    read_source_text, text_from_bytes,
};
use sinergi::model::{MAX_SOURCE_TEXT_BYTES, SourceKind};
use sinergi::store;
use std::ffi::OsStr;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures/import").join(name)
}

fn expected(name: &str) -> String {
    fs::read_to_string(fixture(name)).expect("an expected text")
}

fn import(name: &str) -> Result<ImportedText, ImportError> {
    read_source_text(&fixture(name))
}

#[test]
fn every_text_file_gives_the_expected_text() {
    let text = expected("text.expected.txt");
    for name in [
        "plain.txt",
        "bom.txt",
        "crlf.txt",
        "cp1252.txt",
        "utf16.txt",
        "utf16be.txt",
    ] {
        let imported = import(name).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(imported.text, text, "{name}");
        assert_eq!(imported.format, Format::Text, "{name}");
    }
    let notes = import("notes.md").expect("notes.md imports");
    assert_eq!(notes.text, expected("notes.expected.txt"));
    assert_eq!(notes.format, Format::Markdown);
    assert_eq!(notes.title, "notes");
}

#[test]
fn word_and_opendocument_give_the_expected_text() {
    let text = expected("interview.expected.txt");
    let docx = import("interview.docx").expect("interview.docx imports");
    assert_eq!(docx.text, text);
    assert_eq!(docx.format, Format::Docx);
    let odt = import("interview.odt").expect("interview.odt imports");
    assert_eq!(odt.text, text);
    assert_eq!(odt.format, Format::Odt);
}

#[test]
fn the_format_comes_from_the_bytes_not_the_name() {
    let text = expected("interview.expected.txt");
    let docx = fs::read(fixture("interview.docx")).expect("read");
    let odt = fs::read(fixture("interview.odt")).expect("read");
    let pdf = fs::read(fixture("document.pdf")).expect("read");
    let as_odt = text_from_bytes(&docx, "wawancara.odt").expect("a .docx called .odt");
    assert_eq!(
        (as_odt.text.as_str(), as_odt.format),
        (text.as_str(), Format::Docx)
    );
    let as_docx = text_from_bytes(&odt, "wawancara.docx").expect("an .odt called .docx");
    assert_eq!(
        (as_docx.text.as_str(), as_docx.format),
        (text.as_str(), Format::Odt)
    );
    let nameless = text_from_bytes(&pdf, "dokumen").expect("a PDF without an extension");
    assert_eq!(nameless.format, Format::Pdf);
}

/// Every line of `document.phrases.txt` is in the text, runs of spaces and
/// tabs counted as one space (line wrapping differs between extractors).
fn assert_has_the_phrases(text: &str, name: &str) {
    let collapse = |s: &str| {
        s.split([' ', '\t'])
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let flat = text.lines().map(collapse).collect::<Vec<_>>().join("\n");
    for phrase in expected("document.phrases.txt")
        .lines()
        .filter(|l| !l.trim().is_empty())
    {
        assert!(
            flat.contains(&collapse(phrase)),
            "{name}: {phrase:?} missing from\n{text}"
        );
    }
}

#[test]
fn a_pdf_gives_its_text_layer_also_with_an_owner_password_only() {
    for name in ["document.pdf", "restricted.pdf"] {
        let imported = import(name).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(imported.format, Format::Pdf);
        assert_has_the_phrases(&imported.text, name);
        assert!(
            !imported.text.contains('\u{F095}'),
            "{name}: a bullet glyph is left"
        );
        assert_eq!(
            normalize(&imported.text),
            imported.text,
            "{name} is normalised"
        );
    }
}

/// Whether an error is the one a fixture must give.
type Expected = fn(&ImportError) -> bool;

#[test]
fn every_bad_fixture_gives_its_error() {
    let cases: &[(&str, Expected)] = &[
        ("encrypted.pdf", |e| matches!(e, ImportError::Encrypted)),
        ("encrypted.odt", |e| matches!(e, ImportError::Encrypted)),
        ("encrypted.docx", |e| matches!(e, ImportError::Encrypted)),
        ("scanned.pdf", |e| matches!(e, ImportError::ScannedPdf)),
        ("damaged.pdf", |e| {
            matches!(
                e,
                ImportError::Damaged {
                    format: Format::Pdf,
                    ..
                }
            )
        }),
        ("damaged.docx", |e| {
            matches!(
                e,
                ImportError::Damaged {
                    format: Format::Docx,
                    ..
                }
            )
        }),
        ("malformed.docx", |e| {
            matches!(
                e,
                ImportError::Damaged {
                    format: Format::Docx,
                    ..
                }
            )
        }),
        ("legacy.doc", |e| matches!(e, ImportError::LegacyDoc)),
        ("binary.bin", |e| matches!(e, ImportError::Unsupported)),
        ("huge.docx", |e| {
            matches!(e, ImportError::TooLarge { what: Measured::Text, bytes: 5_839_999, limit }
                if *limit == MAX_SOURCE_TEXT_BYTES as u64)
        }),
    ];
    for (name, expected) in cases {
        match import(name) {
            Ok(imported) => panic!("{name} imported {} bytes", imported.text.len()),
            Err(error) => assert!(expected(&error), "{name}: unexpected {error:?}"),
        }
    }
    let binary = fs::read(fixture("binary.bin")).expect("read");
    assert!(matches!(
        text_from_bytes(&binary, "catatan.txt"),
        Err(ImportError::Unsupported)
    ));
}

// ---------------------------------------------------------------- normalising

/// Characters that stress normalisation, mixed into arbitrary Unicode.
fn tricky_text() -> impl Strategy<Value = String> {
    let tricky = prop_oneof![
        3 => any::<char>(),
        4 => prop::sample::select(vec![
            '\r', '\n', '\t', ' ', '\u{0}', '\u{7f}', '\u{85}', '\u{0b}', '\u{0c}',
            '\u{2028}', '\u{2029}', '\u{feff}', '\u{a0}', '\u{3000}', 'a', 'é', '字',
        ]),
    ];
    prop::collection::vec(tricky, 0..80).prop_map(String::from_iter)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn normalising_keeps_its_promises(text in tricky_text()) {
        let once = normalize(&text);
        prop_assert_eq!(&normalize(&once), &once, "normalising twice changes the text");
        prop_assert!(!once.contains('\r'));
        prop_assert!(
            once.chars().all(|c| !c.is_control() || c == '\t' || c == '\n'),
            "a control character is left: {:?}", once
        );
        prop_assert!(!once.contains("\n\n\n"), "two blank lines in a row: {:?}", once);
        prop_assert!(!once.starts_with('\n'));
        prop_assert!(once.is_empty() || (once.ends_with('\n') && !once.ends_with("\n\n")));
        for line in once.lines() {
            prop_assert_eq!(line.trim_end(), line, "trailing white space");
        }
    }
}

// ---------------------------------------------------------------- limits and special files

#[test]
fn a_text_over_the_limit_is_refused_and_one_at_the_limit_is_not() {
    let line = format!("{}\n", "a".repeat(63));
    let at_limit = line.repeat(MAX_SOURCE_TEXT_BYTES / 64);
    assert_eq!(at_limit.len(), MAX_SOURCE_TEXT_BYTES);
    let imported = text_from_bytes(at_limit.as_bytes(), "batas.txt").expect("at the limit");
    assert_eq!(imported.text.len(), MAX_SOURCE_TEXT_BYTES);
    let over = at_limit + &line;
    match text_from_bytes(over.as_bytes(), "lewat.txt") {
        Err(ImportError::TooLarge {
            what: Measured::Text,
            bytes,
            limit,
        }) => assert_eq!(
            (bytes, limit),
            (over.len() as u64, MAX_SOURCE_TEXT_BYTES as u64)
        ),
        other => panic!("expected the text limit, got {other:?}"),
    }
}

#[test]
fn a_file_over_the_file_limit_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("besar.txt");
    // Sparse: nothing is written, and nothing should be read.
    let file = fs::File::create(&path).expect("create");
    file.set_len(MAX_FILE_BYTES + 1).expect("set the length");
    match read_source_text(&path) {
        Err(ImportError::TooLarge {
            what: Measured::File,
            bytes,
            limit,
        }) => assert_eq!((bytes, limit), (MAX_FILE_BYTES + 1, MAX_FILE_BYTES)),
        other => panic!("expected the file limit, got {other:?}"),
    }
}

#[test]
fn a_zip_bomb_is_refused_at_the_part_limit() {
    use std::io::Write;
    let mut bytes = Vec::new();
    {
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(&mut bytes));
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        zip.start_file("word/document.xml", options)
            .expect("a part");
        // Spaces squeeze a thousandfold: 65 MB of XML in about 65 KB.
        let chunk = vec![b' '; 1024 * 1024];
        for _ in 0..=(MAX_UNPACKED_BYTES / (1024 * 1024)) {
            zip.write_all(&chunk).expect("write");
        }
        zip.finish().expect("finish");
    }
    assert!(
        bytes.len() < 1024 * 1024,
        "the bomb is small: {}",
        bytes.len()
    );
    match text_from_bytes(&bytes, "bom.docx") {
        Err(ImportError::TooLarge {
            what: Measured::Unpacked,
            limit,
            ..
        }) => assert_eq!(limit, MAX_UNPACKED_BYTES),
        other => panic!("expected the unpacked limit, got {other:?}"),
    }
}

/// A zip holding `parts` (name, content), stored with Deflate.
fn zip_of(parts: &[(&str, &str)]) -> Vec<u8> {
    use std::io::Write;
    let mut bytes = Vec::new();
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(&mut bytes));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, content) in parts {
        zip.start_file(*name, options).expect("a part");
        zip.write_all(content.as_bytes()).expect("write");
    }
    zip.finish().expect("finish");
    bytes
}

#[test]
fn other_zips_are_not_documents() {
    let rels = r#"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#;
    let xlsx = zip_of(&[
        ("_rels/.rels", rels),
        ("xl/workbook.xml", "<workbook><sheets/></workbook>"),
    ]);
    let ods = zip_of(&[
        ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
        ("content.xml", "<office:document-content/>"),
    ]);
    let plain = zip_of(&[("foto.jpg", "not really")]);
    for (name, bytes) in [("data.xlsx", xlsx), ("data.ods", ods), ("arsip.zip", plain)] {
        let result = text_from_bytes(&bytes, name);
        assert!(
            matches!(result, Err(ImportError::Unsupported)),
            "{name}: {result:?}"
        );
    }
}

#[test]
fn a_folder_is_not_a_document() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    assert!(matches!(
        read_source_text(dir.path()),
        Err(ImportError::NotAFile { is_dir: true })
    ));
    assert!(matches!(
        read_source_text(&dir.path().join("tidak-ada.txt")),
        Err(ImportError::Io { .. })
    ));
}

/// Makes a named pipe (nobody ever writes to it).
#[cfg(unix)]
fn fifo(dir: &Path) -> PathBuf {
    let path = dir.join("pipa.txt");
    let made = std::process::Command::new("mkfifo")
        .arg(&path)
        .status()
        .expect("mkfifo runs");
    assert!(made.success(), "mkfifo failed");
    path
}

#[cfg(unix)]
#[test]
fn a_fifo_is_refused_at_once() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = fifo(dir.path());
    let (send, receive) = mpsc::channel();
    let reader = path.clone();
    // Opening a pipe for reading blocks until a writer comes: never, here.
    std::thread::spawn(move || send.send(read_source_text(&reader)));
    let outcome = receive
        .recv_timeout(Duration::from_secs(10))
        .expect("reading a FIFO hangs");
    assert!(
        matches!(outcome, Err(ImportError::NotAFile { is_dir: false })),
        "expected NotAFile, got {outcome:?}"
    );
}

// ---------------------------------------------------------------- hostile bytes

/// SplitMix64: a small, seeded generator, so every run tries the same inputs.
struct Mix(u64);

impl Mix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Truncations, flipped bytes, overwritten runs and a copied block of `bytes`.
fn mutations(bytes: &[u8], mix: &mut Mix, count: usize) -> Vec<Vec<u8>> {
    let mut out = Vec::with_capacity(count);
    for i in 0..count {
        let mut m = bytes.to_vec();
        match i % 4 {
            0 => m.truncate(mix.below(bytes.len())),
            1 => {
                for _ in 0..=mix.below(8) {
                    let at = mix.below(m.len());
                    m[at] ^= 1 << mix.below(8);
                }
            }
            2 => {
                let at = mix.below(m.len());
                let end = (at + 1 + mix.below(64)).min(m.len());
                let fill = mix.next() as u8;
                m[at..end].fill(fill);
            }
            _ => {
                let from = mix.below(m.len());
                let end = (from + 1 + mix.below(512)).min(m.len());
                let block = m[from..end].to_vec();
                let to = mix.below(m.len());
                m.splice(to..to, block);
            }
        }
        out.push(m);
    }
    out
}

#[test]
fn hostile_inputs_never_panic_or_hang() {
    let sources = [
        ("interview.docx", 80),
        ("interview.odt", 80),
        ("document.pdf", 100),
        ("encrypted.pdf", 20),
        ("scanned.pdf", 20),
        ("utf16.txt", 20),
        ("cp1252.txt", 10),
        ("legacy.doc", 10),
    ];
    let mut mix = Mix(0x5EED_1A9D);
    let mut cases = Vec::new();
    for (name, count) in sources {
        let bytes = fs::read(fixture(name)).expect("a fixture");
        for mutated in mutations(&bytes, &mut mix, count) {
            cases.push((name, mutated));
        }
    }
    let total = cases.len();
    assert!(total >= 300, "{total} cases");
    let (send, receive) = mpsc::channel();
    std::thread::spawn(move || {
        for (index, (name, bytes)) in cases.into_iter().enumerate() {
            let outcome = std::panic::catch_unwind(|| {
                // Both claimed names: the format must come from the bytes.
                for claimed in [name, "dokumen.txt"] {
                    let _ = text_from_bytes(&bytes, claimed);
                }
            });
            if send.send((index, name, outcome.is_ok())).is_err() {
                return;
            }
        }
    });
    for _ in 0..total {
        let (index, name, survived) = receive
            .recv_timeout(Duration::from_mins(1))
            .expect("a mutated input took over a minute (a hang?)");
        assert!(survived, "case {index} (a mutation of {name}) panicked");
    }
}

// ---------------------------------------------------------------- sinergi import

/// A valid project saved in a temporary folder.
fn project_file(dir: &Path) -> PathBuf {
    let path = dir.join("proyek.ron");
    store::save(&path, &valid_project()).expect("save the test project");
    path
}

fn import_cli(project: &Path, args: &[&OsStr]) -> Run {
    let mut command = sinergi();
    command.arg("import").arg(project).args(args);
    run_with_timeout(command, Duration::from_mins(2))
}

#[test]
fn import_adds_a_source_per_document_in_every_format() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let project = project_file(dir.path());
    let names = [
        "interview.docx",
        "interview.odt",
        "document.pdf",
        "plain.txt",
        "utf16.txt",
        "cp1252.txt",
        "notes.md",
    ];
    let docs: Vec<PathBuf> = names.iter().map(|n| fixture(n)).collect();
    let args: Vec<&OsStr> = docs.iter().map(|d| d.as_os_str()).collect();
    let result = import_cli(&project, &args);
    assert_eq!(result.code, Some(0), "stderr: {}", result.stderr);
    assert_eq!(result.stderr, "");
    let loaded = store::load(&project).expect("the project still loads");
    assert!(loaded.validate().is_empty());
    let before = valid_project().sources.len();
    assert_eq!(loaded.sources.len(), before + names.len());
    let lines: Vec<&str> = result.stdout.lines().collect();
    assert_eq!(lines.len(), names.len(), "{}", result.stdout);
    for (i, (name, doc)) in names.iter().zip(&docs).enumerate() {
        let source = &loaded.sources[before + i];
        let characters = source.text.chars().count();
        assert_eq!(
            lines[i],
            format!(
                "{}: added source {} ({characters} characters)",
                doc.display(),
                source.id
            )
        );
        assert_eq!(source.reference, *name);
        let kind = if name.ends_with(".pdf") {
            SourceKind::Document
        } else {
            SourceKind::Interview
        };
        assert_eq!(source.kind, kind, "{name}");
        let expected_text = match *name {
            "interview.docx" | "interview.odt" => Some(expected("interview.expected.txt")),
            "notes.md" => Some(expected("notes.expected.txt")),
            "document.pdf" => None,
            _ => Some(expected("text.expected.txt")),
        };
        match expected_text {
            Some(text) => assert_eq!(source.text, text, "{name}"),
            None => assert_has_the_phrases(&source.text, name),
        }
    }
    assert_eq!(loaded.sources[before].title, "interview");
    assert!(
        dir.path().join("proyek.ron.bak").exists(),
        "the old file is kept"
    );
    let ids: std::collections::HashSet<_> = loaded.sources.iter().map(|s| &s.id).collect();
    assert_eq!(ids.len(), loaded.sources.len(), "fresh ids");
}

#[test]
fn import_takes_the_kind_and_title_given() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let project = project_file(dir.path());
    let doc = fixture("document.pdf");
    let result = import_cli(
        &project,
        &[
            doc.as_os_str(),
            "--kind".as_ref(),
            "focus-group".as_ref(),
            "--title".as_ref(),
            "FGD Forum Warga".as_ref(),
        ],
    );
    assert_eq!(result.code, Some(0), "stderr: {}", result.stderr);
    let loaded = store::load(&project).expect("load");
    let source = loaded.sources.last().expect("a new source");
    assert_eq!(source.kind, SourceKind::FocusGroup);
    assert_eq!(source.title, "FGD Forum Warga");
    assert_eq!(source.reference, "document.pdf");
}

#[test]
fn import_is_all_or_nothing() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let project = project_file(dir.path());
    let original = fs::read(&project).expect("read the project");
    let good = fixture("interview.docx");
    for bad in [
        "scanned.pdf",
        "damaged.docx",
        "binary.bin",
        "encrypted.odt",
        "legacy.doc",
    ] {
        let bad = fixture(bad);
        let result = import_cli(&project, &[good.as_os_str(), bad.as_os_str()]);
        assert_eq!(
            result.code,
            Some(1),
            "{}: stdout {}",
            bad.display(),
            result.stdout
        );
        assert_eq!(result.stdout, "", "nothing is reported added");
        let lines: Vec<&str> = result.stderr.lines().collect();
        assert_eq!(lines.len(), 2, "{}", result.stderr);
        assert!(
            lines[0].starts_with(&format!("{}: ", bad.display())),
            "{}",
            lines[0]
        );
        assert_eq!(
            lines[1],
            format!("{}: left unchanged; no source was added", project.display())
        );
        assert_eq!(
            fs::read(&project).expect("read"),
            original,
            "the project is untouched"
        );
        assert!(
            !dir.path().join("proyek.ron.bak").exists(),
            "nothing was saved"
        );
    }
    // Every failure is told, not only the first.
    let bad: Vec<PathBuf> = ["scanned.pdf", "damaged.docx", "binary.bin"]
        .iter()
        .map(|n| fixture(n))
        .collect();
    let args: Vec<&OsStr> = bad.iter().map(|p| p.as_os_str()).collect();
    let result = import_cli(&project, &args);
    assert_eq!(result.code, Some(1));
    assert_eq!(result.stderr.lines().count(), 4, "{}", result.stderr);
    assert!(result.stderr.contains("no text layer"), "{}", result.stderr);
    assert!(result.stderr.contains("damaged"), "{}", result.stderr);
    assert!(
        result.stderr.contains("not a document Sinergi can import"),
        "{}",
        result.stderr
    );
    assert_eq!(fs::read(&project).expect("read"), original);
}

#[test]
fn import_speaks_indonesian() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let project = project_file(dir.path());
    let mut command = sinergi_bare();
    command
        .args(["--lang", "id", "import"])
        .arg(&project)
        .arg(fixture("plain.txt"))
        .arg(fixture("scanned.pdf"));
    let result = run_with_timeout(command, Duration::from_mins(2));
    assert_eq!(result.code, Some(1));
    assert!(
        result.stderr.contains("tidak punya lapisan teks"),
        "{}",
        result.stderr
    );
    assert!(result.stderr.contains("tidak diubah"), "{}", result.stderr);
    let mut command = sinergi_bare();
    command
        .args(["--lang", "id", "import"])
        .arg(&project)
        .arg(fixture("plain.txt"));
    let result = run_with_timeout(command, Duration::from_mins(2));
    assert_eq!(result.code, Some(0), "{}", result.stderr);
    assert!(
        result.stdout.contains("sumber source-"),
        "{}",
        result.stdout
    );
    assert!(result.stdout.contains("karakter)"), "{}", result.stdout);
}

#[test]
fn import_refuses_a_broken_project_and_a_fifo() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let broken = dir.path().join("rusak.ron");
    fs::write(&broken, "(schema_version: 3, ").expect("write");
    let result = import_cli(&broken, &[fixture("plain.txt").as_os_str()]);
    assert_eq!(result.code, Some(1));
    assert_eq!(
        fs::read_to_string(&broken).expect("read"),
        "(schema_version: 3, "
    );
    #[cfg(unix)]
    {
        let project = project_file(dir.path());
        let original = fs::read(&project).expect("read");
        let pipe = fifo(dir.path());
        let result = import_cli(&project, &[pipe.as_os_str()]);
        assert_eq!(result.code, Some(1));
        assert!(
            result.stderr.contains("not a regular file"),
            "{}",
            result.stderr
        );
        assert_eq!(fs::read(&project).expect("read"), original);
    }
}

#[test]
fn importing_a_file_again_says_so() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let project = project_file(dir.path());
    let plain = fixture("plain.txt");
    let first = import_cli(&project, &[plain.as_os_str()]);
    assert_eq!(first.code, Some(0), "{}", first.stderr);
    assert!(
        !first.stderr.contains("imported before"),
        "{}",
        first.stderr
    );
    let again = import_cli(&project, &[plain.as_os_str()]);
    assert_eq!(again.code, Some(0), "{}", again.stderr);
    assert!(
        again
            .stderr
            .contains("note: 1 file has the name of a source already in the project"),
        "{}",
        again.stderr
    );
}
