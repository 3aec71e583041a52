//! The summary shown after an import, in the user's language: what was added,
//! what was already there, how positions were counted, and what was not
//! imported (pictures, PDFs, audio, video, graphs), never dropped silently.

use super::import::ImportSummary;
use super::positions::{Counting, LineEnds, Unit};
use crate::i18n::Msg;
use crate::model::Lang;

impl ImportSummary {
    /// The summary as sentences; `from` names the package.
    pub fn describe(&self, lang: Lang, from: &str) -> Vec<String> {
        let mut lines = vec![Msg::RefiImported.fill(
            lang,
            &[
                &from,
                &self.sources,
                &self.notes,
                &self.actors,
                &self.codes_to_indicators,
                &self.codes_to_tags,
            ],
        )];
        if self.sources_known > 0 {
            lines.push(Msg::RefiKnownSources.fill(lang, &[&self.sources_known]));
        }
        if self.notes_merged > 0 {
            lines.push(Msg::RefiMergedNotes.fill(lang, &[&self.notes_merged]));
        }
        if self.notes_skipped > 0 {
            lines.push(Msg::RefiSkippedNotes.fill(lang, &[&self.notes_skipped]));
        }
        for (source, counting) in &self.recounted {
            lines.push(
                Msg::RefiRecounted.fill(lang, &[source, &describe_counting(*counting, lang)]),
            );
        }
        if !self.unsupported.is_empty() {
            let parts: Vec<String> = self
                .unsupported
                .iter()
                .map(|part| format!("{} «{}»", part.element, part.name))
                .collect();
            lines.push(Msg::RefiUnsupported.fill(lang, &[&parts.join(", ")]));
        }
        lines
    }
}

/// A counting in words: "UTF-16 units, CRLF counted as one".
pub fn describe_counting(counting: Counting, lang: Lang) -> String {
    let unit = match counting.unit {
        Unit::Scalar => Msg::RefiUnitScalar,
        Unit::Utf16 => Msg::RefiUnitUtf16,
    }
    .get(lang);
    match counting.line_ends {
        LineEnds::AsStored => unit.to_owned(),
        LineEnds::CrLfAsOne => format!("{unit}, {}", Msg::RefiCrLfOne.get(lang)),
    }
}
