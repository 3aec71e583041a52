//! Sinergi's evidence as a REFI-QDA project (`.qdpx`) and its framework as a
//! codebook (`.qdc`), valid against the QDA-XML 1.0 schemas.
//!
//! Codes: the framework is a parent code (not codable) holding one code per
//! indicator, its definition as the description; the stances and the tags are
//! codes under parents of their own. Each source with a text is a
//! `TextSource` (`Sources/GUID.txt`, UTF-8) with one `PlainTextSelection` per
//! anchored note, coded with the note's indicators, stance and tags, its
//! interpretation as the description. The notes of a source that have no
//! passage go to a generated text source, the source's quotes joined by blank
//! lines. Actors are cases that refer to their notes' passages. Every GUID is
//! made from the item's id, so the same project exports the same GUIDs.

use super::guid::stable_guid;
use crate::chart::xml::escape;
use crate::i18n::{Msg, Named};
use crate::model::{
    Anchor, CharIndex, Color, EvidenceNote, FindingKind, IndicatorId, Lang, Project, Source,
    Stance, format_score,
};
use std::fmt::Write as _;

/// The namespace of a project file.
const PROJECT_NS: &str = "urn:QDA-XML:project:1.0";
/// The namespace of a codebook file.
const CODEBOOK_NS: &str = "urn:QDA-XML:codebook:1.0";

/// The GUID of an indicator's code.
pub fn indicator_guid(id: &IndicatorId) -> String {
    stable_guid("sinergi-indicator", id.as_str())
}

/// The GUID of a stance's code.
pub fn stance_guid(stance: Stance) -> String {
    stable_guid("sinergi-stance", &format!("{stance:?}"))
}

fn tag_guid(tag: &str) -> String {
    stable_guid("sinergi-tag", tag)
}

fn selection_guid(note: &EvidenceNote) -> String {
    stable_guid("sinergi-note", note.id.as_str())
}

/// The files of a `.qdpx`: `project.qde` and the source texts, in order,
/// exported now.
pub fn qdpx_files(project: &Project, lang: Lang) -> Vec<(String, Vec<u8>)> {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    qdpx_files_at(project, lang, now)
}

/// The files of a `.qdpx` exported at `unix` (seconds since 1970): the time
/// is the project's and the notes' creation time, which QualCoder requires.
pub fn qdpx_files_at(project: &Project, lang: Lang, unix: u64) -> Vec<(String, Vec<u8>)> {
    let when = iso_time(unix);
    let mut texts = Vec::new();
    let mut sources = String::new();
    for source in &project.sources {
        write_source(&mut sources, &mut texts, project, source, lang);
    }
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    let _ = writeln!(
        xml,
        "<Project xmlns=\"{PROJECT_NS}\" name=\"{}\" origin=\"Sinergi {}\" creationDateTime=\"{when}\">",
        attr(&project_name(project)),
        env!("CARGO_PKG_VERSION")
    );
    xml.push_str("<CodeBook>\n<Codes>\n");
    xml.push_str(&codes(project, lang));
    xml.push_str("</Codes>\n</CodeBook>\n");
    xml.push_str(&cases(project));
    if !sources.is_empty() {
        let _ = write!(xml, "<Sources>\n{sources}</Sources>\n");
    }
    let notes = project_notes(project, lang);
    if !notes.is_empty() {
        xml.push_str("<Notes>\n");
        // Each in a file, as QualCoder reads a note (a journal) only from one.
        for (guid, name, text) in &notes {
            let _ = writeln!(
                xml,
                "<Note guid=\"{guid}\" name=\"{}\" plainTextPath=\"internal://{guid}.txt\" creationDateTime=\"{when}\"/>",
                attr(name),
            );
            texts.push((format!("Sources/{guid}.txt"), format!("{text}\n")));
        }
        xml.push_str("</Notes>\n");
    }
    let description = study_description(project);
    if !description.is_empty() {
        let _ = writeln!(xml, "<Description>{}</Description>", escape(&description));
    }
    for (guid, _, _) in &notes {
        let _ = writeln!(xml, "<NoteRef targetGUID=\"{guid}\"/>");
    }
    xml.push_str("</Project>\n");
    std::iter::once(("project.qde".to_owned(), xml.into_bytes()))
        .chain(
            texts
                .into_iter()
                .map(|(name, text)| (name, text.into_bytes())),
        )
        .collect()
}

/// What the standard has no element for, kept as project notes (memos) in
/// words: each assessment's scores and rationales, and the findings of each
/// kind. (GUID, name, text.)
fn project_notes(project: &Project, lang: Lang) -> Vec<(String, String, String)> {
    let mut notes = Vec::new();
    for assessment in &project.assessments {
        let mut text = String::new();
        if !assessment.assessor.trim().is_empty() {
            let _ = writeln!(
                text,
                "{}: {}\n",
                Msg::Assessor.get(lang),
                assessment.assessor.trim()
            );
        }
        for indicator in &project.framework.indicators {
            let Some(entry) = assessment.score_for(&indicator.id) else {
                continue;
            };
            let score = entry.score.map_or_else(|| "—".to_owned(), format_score);
            let _ = writeln!(text, "{}: {score}", indicator.name.get(lang));
            if !entry.rationale.trim().is_empty() {
                let _ = writeln!(text, "{}", entry.rationale.trim());
            }
            text.push('\n');
        }
        if !assessment.notes.trim().is_empty() {
            let _ = writeln!(text, "{}", assessment.notes.trim());
        }
        let name = Msg::RefiAssessmentNote.fill(lang, &[&assessment.label]);
        notes.push((
            stable_guid("sinergi-assessment", assessment.id.as_str()),
            name,
            text.trim_end().to_owned(),
        ));
    }
    for kind in FindingKind::ALL {
        let findings = project.findings(kind);
        if findings.is_empty() {
            continue;
        }
        let text = findings
            .iter()
            .map(|f| {
                format!("{}\n{}", f.title.trim(), f.text.trim())
                    .trim()
                    .to_owned()
            })
            .collect::<Vec<_>>()
            .join("\n\n");
        notes.push((
            stable_guid("sinergi-findings", &format!("{kind:?}")),
            kind.name(lang).to_owned(),
            text,
        ));
    }
    notes
}

/// The framework, the stances and the tags as a codebook (`.qdc`).
pub fn qdc_xml(project: &Project, lang: Lang) -> String {
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
    let _ = writeln!(
        xml,
        "<CodeBook xmlns=\"{CODEBOOK_NS}\" origin=\"Sinergi {}\">",
        env!("CARGO_PKG_VERSION")
    );
    xml.push_str("<Codes>\n");
    xml.push_str(&codes(project, lang));
    xml.push_str("</Codes>\n</CodeBook>\n");
    xml
}

/// `YYYY-MM-DDTHH:MM:00Z` for seconds since 1970.
fn iso_time(unix: u64) -> String {
    // `YYYY-MM-DD HH:MM UTC`, the form recovery copies are dated in.
    let utc = crate::document::recovery::format_utc(unix);
    let (date, rest) = utc.split_once(' ').unwrap_or((&utc, "00:00"));
    let time = rest.split(' ').next().unwrap_or("00:00");
    format!("{date}T{time}:00Z")
}

fn project_name(project: &Project) -> String {
    let title = project.study.title.trim();
    if title.is_empty() {
        "Sinergi".to_owned()
    } else {
        title.to_owned()
    }
}

fn study_description(project: &Project) -> String {
    let study = &project.study;
    [&study.case, &study.location, &study.period]
        .into_iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ")
}

/// An attribute value: escaped, with line ends and tabs as references so a
/// reader gets them back (a literal one would become a space).
fn attr(text: &str) -> String {
    escape(text)
        .replace('\n', "&#10;")
        .replace('\r', "&#13;")
        .replace('\t', "&#9;")
}

fn color_attr(color: Color) -> String {
    format!("#{:02X}{:02X}{:02X}", color.r, color.g, color.b)
}

/// The codes (same in a project and a codebook): the framework with its
/// indicators, the stances, the tags.
fn codes(project: &Project, lang: Lang) -> String {
    let framework = &project.framework;
    let mut xml = String::new();
    let _ = writeln!(
        xml,
        "<Code guid=\"{}\" name=\"{}\" isCodable=\"false\">",
        stable_guid("sinergi-framework", &framework.id),
        attr(framework.name.get(lang))
    );
    if !framework.citation.trim().is_empty() {
        let _ = writeln!(
            xml,
            "<Description>{}</Description>",
            escape(&framework.citation)
        );
    }
    for (n, indicator) in framework.indicators.iter().enumerate() {
        let _ = writeln!(
            xml,
            "<Code guid=\"{}\" name=\"{}\" isCodable=\"true\" color=\"{}\">",
            indicator_guid(&indicator.id),
            attr(indicator.name.get(lang)),
            color_attr(Color::from_palette(n))
        );
        let definition = indicator.definition.get(lang);
        if !definition.trim().is_empty() {
            let _ = writeln!(xml, "<Description>{}</Description>", escape(definition));
        }
        xml.push_str("</Code>\n");
    }
    xml.push_str("</Code>\n");
    let _ = writeln!(
        xml,
        "<Code guid=\"{}\" name=\"{}\" isCodable=\"false\">",
        stable_guid("sinergi-stances", ""),
        attr(Msg::Stance.get(lang))
    );
    for stance in Stance::ALL {
        let _ = writeln!(
            xml,
            "<Code guid=\"{}\" name=\"{}\" isCodable=\"true\"/>",
            stance_guid(stance),
            attr(stance.name(lang))
        );
    }
    xml.push_str("</Code>\n");
    let tags = all_tags(project);
    if !tags.is_empty() {
        let _ = writeln!(
            xml,
            "<Code guid=\"{}\" name=\"{}\" isCodable=\"false\">",
            stable_guid("sinergi-tags", ""),
            attr(Msg::RefiTagsCode.get(lang))
        );
        for tag in tags {
            let _ = writeln!(
                xml,
                "<Code guid=\"{}\" name=\"{}\" isCodable=\"true\"/>",
                tag_guid(&tag),
                attr(&tag)
            );
        }
        xml.push_str("</Code>\n");
    }
    xml
}

/// Every tag used, sorted, once each.
fn all_tags(project: &Project) -> Vec<String> {
    let mut tags: Vec<String> = project
        .evidence
        .iter()
        .flat_map(|n| &n.tags)
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty())
        .collect();
    tags.sort();
    tags.dedup();
    tags
}

/// The cases: one per actor, referring to its sources and its notes' passages.
fn cases(project: &Project) -> String {
    if project.actors.is_empty() {
        return String::new();
    }
    let mut xml = String::from("<Cases>\n");
    for actor in &project.actors {
        let _ = writeln!(
            xml,
            "<Case guid=\"{}\" name=\"{}\">",
            stable_guid("sinergi-actor", actor.id.as_str()),
            attr(&actor.name)
        );
        if !actor.description.trim().is_empty() {
            let _ = writeln!(
                xml,
                "<Description>{}</Description>",
                escape(&actor.description)
            );
        }
        for source in project
            .sources
            .iter()
            .filter(|s| s.actor.as_ref() == Some(&actor.id))
        {
            for guid in source_guids(project, source) {
                let _ = writeln!(xml, "<SourceRef targetGUID=\"{guid}\"/>");
            }
        }
        for note in project
            .evidence
            .iter()
            .filter(|n| n.actors.contains(&actor.id))
        {
            let _ = writeln!(
                xml,
                "<SelectionRef targetGUID=\"{}\"/>",
                selection_guid(note)
            );
        }
        xml.push_str("</Case>\n");
    }
    xml.push_str("</Cases>\n");
    xml
}

/// The GUIDs of the text sources a Sinergi source becomes: its text, and the
/// generated one of its unanchored quotes.
fn source_guids(project: &Project, source: &Source) -> Vec<String> {
    let (anchored, loose) = split_notes(project, source);
    let mut guids = Vec::new();
    if !source.text.is_empty() || !anchored.is_empty() {
        guids.push(stable_guid("sinergi-source", source.id.as_str()));
    }
    if !loose.is_empty() {
        guids.push(stable_guid("sinergi-quotes", source.id.as_str()));
    }
    guids
}

/// The source's notes that have a passage in its text, and those that do not.
fn split_notes<'p>(
    project: &'p Project,
    source: &Source,
) -> (Vec<(&'p EvidenceNote, Anchor)>, Vec<&'p EvidenceNote>) {
    let index = CharIndex::new(&source.text);
    let mut anchored = Vec::new();
    let mut loose = Vec::new();
    for note in project.evidence.iter().filter(|n| n.source == source.id) {
        match note.anchor {
            Some(anchor) if !anchor.is_empty() && index.slice(&source.text, anchor).is_some() => {
                anchored.push((note, anchor));
            }
            _ => loose.push(note),
        }
    }
    (anchored, loose)
}

/// Writes the text source(s) for `source` and adds their files to `texts`.
fn write_source(
    xml: &mut String,
    texts: &mut Vec<(String, String)>,
    project: &Project,
    source: &Source,
    lang: Lang,
) {
    let (anchored, loose) = split_notes(project, source);
    let description = source_description(project, source, lang);
    if !source.text.is_empty() {
        let guid = stable_guid("sinergi-source", source.id.as_str());
        text_source(xml, &guid, &source.title, &description, &anchored);
        texts.push((format!("Sources/{guid}.txt"), source.text.clone()));
    }
    if !loose.is_empty() {
        let guid = stable_guid("sinergi-quotes", source.id.as_str());
        let mut text = String::new();
        let mut placed = Vec::new();
        for note in loose {
            if !text.is_empty() {
                text.push_str("\n\n");
            }
            let start = text.chars().count();
            text.push_str(&note.excerpt);
            placed.push((note, Anchor::new(start, text.chars().count())));
        }
        text.push('\n');
        let name = format!("{} — {}", source.title, Msg::RefiQuotesSource.get(lang));
        text_source(xml, &guid, &name, &description, &placed);
        texts.push((format!("Sources/{guid}.txt"), text));
    }
}

fn text_source(
    xml: &mut String,
    guid: &str,
    name: &str,
    description: &str,
    notes: &[(&EvidenceNote, Anchor)],
) {
    let _ = writeln!(
        xml,
        "<TextSource guid=\"{guid}\" name=\"{}\" plainTextPath=\"internal://{guid}.txt\">",
        attr(name)
    );
    if !description.is_empty() {
        let _ = writeln!(xml, "<Description>{}</Description>", escape(description));
    }
    for (note, anchor) in notes {
        selection(xml, note, *anchor);
    }
    xml.push_str("</TextSource>\n");
}

fn selection(xml: &mut String, note: &EvidenceNote, anchor: Anchor) {
    let guid = selection_guid(note);
    let _ = writeln!(
        xml,
        "<PlainTextSelection guid=\"{guid}\" name=\"{}\" startPosition=\"{}\" endPosition=\"{}\">",
        attr(&note.excerpt),
        anchor.start,
        anchor.end
    );
    if !note.interpretation.trim().is_empty() {
        let _ = writeln!(
            xml,
            "<Description>{}</Description>",
            escape(&note.interpretation)
        );
    }
    let codes = note
        .indicators
        .iter()
        .map(indicator_guid)
        .chain([stance_guid(note.stance)])
        .chain(
            note.tags
                .iter()
                .map(|t| t.trim())
                .filter(|t| !t.is_empty())
                .map(tag_guid),
        );
    for code in codes {
        let _ = writeln!(
            xml,
            "<Coding guid=\"{}\"><CodeRef targetGUID=\"{code}\"/></Coding>",
            stable_guid(&guid, &code)
        );
    }
    xml.push_str("</PlainTextSelection>\n");
}

/// What the standard has no place for about a source, kept as its description.
fn source_description(project: &Project, source: &Source, lang: Lang) -> String {
    let actor = source
        .actor
        .as_ref()
        .and_then(|id| project.actor(id))
        .map(|a| a.name.clone())
        .unwrap_or_default();
    [
        (Msg::RefiKind, source.kind.name(lang).to_owned()),
        (Msg::RefiInformant, source.informant.clone()),
        (Msg::RefiInformantCode, source.informant_code.clone()),
        (Msg::RefiPosition, source.informant_position.clone()),
        (Msg::RefiActor, actor),
        (Msg::RefiDate, source.date.clone()),
        (Msg::RefiReference, source.reference.clone()),
    ]
    .into_iter()
    .filter(|(_, value)| !value.trim().is_empty())
    .map(|(label, value)| format!("{}: {}", label.get(lang), value.trim()))
    .collect::<Vec<_>>()
    .join("\n")
}
