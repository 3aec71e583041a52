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
            let informant = informant_as_cited(source);
            if !informant.is_empty() {
                parts.push(informant);
            }
            if !source.date.is_empty() {
                parts.push(source.date.clone());
            }
            parts.join(" · ")
        }
        None => "?".to_owned(),
    }
}

/// The informant as a thesis cites them: by code and position when the study
/// anonymises ("I-3, Kepala Seksi IKM"), else as described.
pub fn informant_as_cited(source: &Source) -> String {
    let code = source.informant_code.trim();
    let position = source.informant_position.trim();
    match (code.is_empty(), position.is_empty()) {
        (false, false) => format!("{code}, {position}"),
        (false, true) => code.to_owned(),
        (true, _) => source.informant.trim().to_owned(),
    }
}

/// Opening quotation marks a pasted quote may already carry.
const OPENING_QUOTES: [char; 6] = ['"', '“', '„', '«', '\'', '‘'];

/// The excerpt as shown: in quotation marks when it is someone's words (an
/// interview, a document; not an observation note), and never marked twice.
pub fn quoted_excerpt(excerpt: &str, source: Option<&Source>) -> String {
    let excerpt = excerpt.trim();
    let words_of_others = source.is_none_or(|s| s.kind.is_quoted());
    if !words_of_others || excerpt.starts_with(OPENING_QUOTES) {
        excerpt.to_owned()
    } else {
        format!("“{excerpt}”")
    }
}

#[cfg(test)]
mod tests {
    use super::{informant_as_cited, quoted_excerpt};
    use crate::model::{Source, SourceId, SourceKind};

    fn source(kind: SourceKind) -> Source {
        Source {
            id: SourceId::new("s"),
            kind,
            title: "T".into(),
            informant: "Head of section".into(),
            informant_code: String::new(),
            informant_position: String::new(),
            actor: None,
            date: String::new(),
            reference: String::new(),
            text: String::new(),
        }
    }

    #[test]
    fn quotes_are_marked_once_and_observations_not_at_all() {
        let interview = source(SourceKind::Interview);
        assert_eq!(
            quoted_excerpt("Kami datang.", Some(&interview)),
            "“Kami datang.”"
        );
        assert_eq!(
            quoted_excerpt("“Kami datang.”", Some(&interview)),
            "“Kami datang.”"
        );
        assert_eq!(quoted_excerpt("\"Kami.\"", Some(&interview)), "\"Kami.\"");
        let observation = source(SourceKind::Observation);
        assert_eq!(
            quoted_excerpt(" Kursi kosong. ", Some(&observation)),
            "Kursi kosong."
        );
    }

    #[test]
    fn an_anonymised_informant_is_cited_by_code_and_position() {
        let mut s = source(SourceKind::Interview);
        assert_eq!(informant_as_cited(&s), "Head of section");
        s.informant_code = "I-3".into();
        assert_eq!(informant_as_cited(&s), "I-3");
        s.informant_position = "Kepala Seksi".into();
        assert_eq!(informant_as_cited(&s), "I-3, Kepala Seksi");
    }
}
