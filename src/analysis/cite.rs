//! How a piece of evidence is cited wherever it is shown: the window, the slide
//! and the exports name a note's source the same way.

use crate::i18n::Named;
use crate::model::{EvidenceNote, Lang, Project, Source};

/// The note's source described for a citation: title, kind, informant, date.
pub fn cite(project: &Project, note: &EvidenceNote, lang: Lang) -> String {
    cite_source(project.source(&note.source), lang)
}

/// A source described for a citation (see [`cite`]); `None` gives "?".
/// Panels find the source through the document index, without a scan.
pub fn cite_source(source: Option<&Source>, lang: Lang) -> String {
    match source {
        Some(source) => {
            let mut parts = vec![source.title.clone(), source.kind.name(lang).to_owned()];
            if !source.informant.is_empty() {
                parts.push(source.informant.clone());
            }
            if !source.date.is_empty() {
                parts.push(source.date.clone());
            }
            parts.join(" · ")
        }
        None => "?".to_owned(),
    }
}
