//! Which anchored notes no longer hold the text of their passage: the source's
//! text was edited there and the words could not be found again, or the text
//! is gone. Such a note is flagged (in the window and by `sinergi check`), never
//! silently shown against the wrong words.

use crate::model::{CharIndex, EvidenceId, Project};
use std::collections::HashMap;

/// The notes whose anchor does not hold their excerpt, in project order. Each
/// source's text is indexed once, however many notes are anchored in it.
pub fn broken_anchors(project: &Project) -> Vec<EvidenceId> {
    let mut indexes: HashMap<&str, (&str, CharIndex)> = HashMap::new();
    project
        .evidence
        .iter()
        .filter(|note| {
            let Some(anchor) = note.anchor else {
                return false;
            };
            let text = project.source(&note.source).map_or("", |s| s.text.as_str());
            let (text, index) = indexes
                .entry(note.source.as_str())
                .or_insert_with(|| (text, CharIndex::new(text)));
            index.slice(text, anchor) != Some(note.excerpt.as_str())
        })
        .map(|note| note.id.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::broken_anchors;
    use crate::model::{Anchor, Framework, Project};

    #[test]
    fn a_note_whose_passage_changed_is_broken_and_one_that_holds_it_is_not() {
        let mut project = Project::new(Framework::deseve());
        project.sources.push(crate::model::Source {
            id: "s".into(),
            kind: crate::model::SourceKind::Interview,
            title: "t".into(),
            informant: String::new(),
            informant_code: String::new(),
            informant_position: String::new(),
            actor: None,
            date: String::new(),
            reference: String::new(),
            text: "Kami sejajar dengan dinas.".into(),
        });
        let note = |id: &str, excerpt: &str, anchor| crate::model::EvidenceNote {
            id: id.into(),
            source: "s".into(),
            excerpt: excerpt.into(),
            interpretation: String::new(),
            indicators: Vec::new(),
            actors: Vec::new(),
            stance: crate::model::Stance::Supports,
            tags: Vec::new(),
            anchor,
            locator: String::new(),
        };
        project.evidence = vec![
            note("held", "sejajar", Some(Anchor::new(5, 12))),
            note("moved", "dinas", Some(Anchor::new(5, 10))),
            note("free", "anything", None),
        ];
        assert_eq!(broken_anchors(&project), vec!["moved".into()]);
    }
}
