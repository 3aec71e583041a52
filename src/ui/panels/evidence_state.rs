//! What the sources & evidence section remembers between frames: its tab, the
//! selected note and source, the source new notes come from, the filters, the
//! reader's place and selection, and the caches that keep typing fast.

use super::context::PanelCtx;
use super::reader::ReaderState;
use crate::analysis::{NoteFilter, SearchText, coverage};
use crate::model::{EvidenceId, EvidenceNote, Project, SourceId};
use std::collections::HashMap;
use std::rc::Rc;

/// The tabs of the panel.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tab {
    /// The evidence notes.
    #[default]
    Evidence,
    /// The sources.
    Sources,
    /// A source's text, with its coded passages.
    Reader,
    /// The evidence matrices.
    Matrices,
}

/// State of the sources & evidence panel.
#[derive(Default)]
pub struct EvidenceState {
    /// Which half is shown.
    pub tab: Tab,
    /// The note being edited.
    pub selected_note: Option<EvidenceId>,
    /// The source being edited.
    pub selected_source: Option<SourceId>,
    /// Set when a note or source was just added: its first field takes the keyboard.
    pub focus_new: bool,
    /// Set when the selected note must be scrolled into view in the table.
    pub scroll_to_selected: bool,
    /// Set when the selected source (just added or imported) must be scrolled
    /// into view in the sources table.
    pub scroll_to_source: bool,
    /// The source new notes are taken from: the one the researcher is coding.
    pub working_source: Option<SourceId>,
    /// The source filter as last seen, to notice when it changes.
    pub(super) seen_filter_source: Option<SourceId>,
    /// The filters.
    pub filter: NoteFilter,
    /// The reader's place and selection.
    pub reader: ReaderState,
    /// The matrices' columns and opened cell.
    pub matrices: super::matrices::MatricesState,
    cache: Option<(u64, NoteFilter, Rc<[usize]>)>,
    coverage: Option<(u64, Rc<HashMap<SourceId, f64>>)>,
    search_text: Option<(u64, SearchText)>,
}

impl EvidenceState {
    /// The source a new note starts from: the one chosen for new notes, else the
    /// filtered source, else the selected note's, else the source selected in the
    /// sources tab, else the first. `None` only when there are no sources.
    pub fn source_for_new_note(&self, cx: &PanelCtx<'_>) -> Option<SourceId> {
        let exists = |id: &&SourceId| cx.doc.source(id).is_some();
        let selected_note_source = self
            .selected_note
            .as_ref()
            .and_then(|id| cx.doc.note(id))
            .map(|note| &note.source);
        self.working_source
            .as_ref()
            .filter(exists)
            .or(self.filter.source.as_ref().filter(exists))
            .or(selected_note_source.filter(exists))
            .or(self.selected_source.as_ref().filter(exists))
            .or(cx.doc.project.sources.first().map(|s| &s.id))
            .cloned()
    }

    /// Opens the reader at `note`'s passage (or at its source, when it has none).
    pub fn show_in_source(&mut self, note: &EvidenceNote) {
        self.select_note(note);
        self.tab = Tab::Reader;
        match note.anchor {
            Some(anchor) => self.reader.show_passage(&note.source, anchor),
            None => self.reader.source = Some(note.source.clone()),
        }
    }

    /// Selects `note`, which also makes its source the one new notes come from.
    pub fn select_note(&mut self, note: &EvidenceNote) {
        self.scroll_to_selected = false;
        self.selected_note = Some(note.id.clone());
        self.working_source = Some(note.source.clone());
    }

    /// The share of each source's text that is coded, once per state of the project.
    pub fn coverage(&mut self, project: &Project, revision: u64) -> Rc<HashMap<SourceId, f64>> {
        if let Some((rev, shares)) = &self.coverage
            && *rev == revision
        {
            return shares.clone();
        }
        let shares: Rc<HashMap<SourceId, f64>> = Rc::new(
            coverage(project)
                .into_iter()
                .map(|c| (c.source.clone(), c.share()))
                .collect(),
        );
        self.coverage = Some((revision, shares.clone()));
        shares
    }

    /// The filtered notes, recomputed only when the project or the filter changed.
    pub fn filtered(&mut self, project: &Project, revision: u64) -> Rc<[usize]> {
        if let Some((rev, filter, rows)) = &self.cache
            && *rev == revision
            && filter == &self.filter
        {
            return rows.clone();
        }
        let needed = self.filter.needs_search_text();
        if needed
            && self
                .search_text
                .as_ref()
                .is_none_or(|(rev, _)| *rev != revision)
        {
            self.search_text = Some((revision, SearchText::build(project)));
        }
        let rows: Rc<[usize]> = match &self.search_text {
            Some((_, text)) if needed => self.filter.apply(project, text),
            _ => self.filter.apply(project, &SearchText::default()),
        }
        .into();
        self.cache = Some((revision, self.filter.clone(), rows.clone()));
        rows
    }
}
