//! Reading the documents of "Import text…" on a worker thread (a long PDF
//! takes a moment, and the window must keep drawing): either every document
//! gives a source, or every failure is described and none is kept, as
//! `sinergi import` does.

use crate::i18n::{self, Msg};
use crate::import::{ImportError, ImportedText, new_sources, read_source_text};
use crate::model::{Lang, Project, Source, SourceKind};
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, TryRecvError};

/// What reading one document gave.
type Read = (PathBuf, Result<ImportedText, ImportError>);

/// Documents being read in the background.
pub struct TextImport {
    kind: Option<SourceKind>,
    results: Receiver<Vec<Read>>,
}

/// How an import ended.
pub enum ImportOutcome {
    /// Every document was read: the new sources, in the order chosen.
    Sources(Vec<Source>),
    /// At least one document failed: one line per failure, in `lang`.
    Failed(Vec<String>),
}

impl TextImport {
    /// Starts reading `files` on a worker thread; the window is asked to
    /// repaint when they are read. `None` if no thread could be started.
    pub fn start(
        files: Vec<PathBuf>,
        kind: Option<SourceKind>,
        ctx: &egui::Context,
    ) -> Option<Self> {
        let (send, results) = mpsc::channel();
        let repaint = ctx.clone();
        std::thread::Builder::new()
            .name("import-text".into())
            .spawn(move || {
                let read: Vec<Read> = files
                    .into_iter()
                    .map(|file| {
                        let text = read_source_text(&file);
                        (file, text)
                    })
                    .collect();
                let _ = send.send(read);
                repaint.request_repaint();
            })
            .ok()?;
        Some(Self { kind, results })
    }

    /// The outcome once every document is read, as sources for `project`.
    pub fn poll(&self, project: &Project, lang: Lang) -> Option<ImportOutcome> {
        let read = match self.results.try_recv() {
            Ok(read) => read,
            Err(TryRecvError::Empty) => return None,
            Err(TryRecvError::Disconnected) => Vec::new(),
        };
        Some(outcome(read, project, self.kind, lang))
    }
}

fn outcome(
    read: Vec<Read>,
    project: &Project,
    kind: Option<SourceKind>,
    lang: Lang,
) -> ImportOutcome {
    if read.is_empty() {
        return ImportOutcome::Failed(vec![Msg::ImportTextNothingRead.get(lang).to_owned()]);
    }
    let mut texts = Vec::with_capacity(read.len());
    let mut failures = Vec::new();
    for (file, result) in read {
        match result {
            Ok(text) => texts.push((file, text)),
            Err(error) => failures.push(i18n::describe_import_error(lang, &file, &error)),
        }
    }
    if failures.is_empty() {
        ImportOutcome::Sources(new_sources(project, texts, kind, None))
    } else {
        failures.push(Msg::ImportTextNothingAdded.get(lang).to_owned());
        ImportOutcome::Failed(failures)
    }
}
