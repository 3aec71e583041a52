//! Importing a REFI-QDA project into a Sinergi project. [`prepare`] reads the
//! package and places every selection in its source's text (all of it checked
//! before anything changes); [`plan`] turns it, with the confirmed code
//! mapping, into the items to add; [`Additions::apply_to`] adds them. Each
//! imported note's excerpt is the text at its anchor, by construction.

use super::error::RefiError;
use super::guid::stable_guid;
use super::mapping::{CodeMapping, Target};
use super::package::read_package;
use super::positions::{Counting, StoredText};
use super::qde::{Code, Qde, Unsupported};
use crate::document::paragraph_locator;
use crate::model::{
    Actor, ActorId, Anchor, CharIndex, Color, EvidenceId, EvidenceNote, MAX_LINE_CHARS,
    MAX_SOURCE_TEXT_BYTES, MAX_TEXT_CHARS, Project, Sector, Source, SourceId, SourceKind, Stance,
    paragraph_number, paragraphs,
};
use std::collections::HashSet;
use std::path::Path;

/// A package read and checked, ready to be mapped and added.
#[derive(Clone, Debug, PartialEq)]
pub struct Prepared {
    /// The project as read.
    pub qde: Qde,
    /// Its text sources with their texts and passages.
    pub sources: Vec<PreparedSource>,
}

/// A text source with its text as Sinergi keeps it.
#[derive(Clone, Debug, PartialEq)]
pub struct PreparedSource {
    /// GUID key.
    pub guid: String,
    /// Its name in the other tool.
    pub name: String,
    /// Its description there.
    pub description: String,
    /// The text.
    pub text: String,
    /// How the tool counted positions in it.
    pub counting: Counting,
    /// Its passages, in the file's order.
    pub selections: Vec<PreparedSelection>,
}

/// A passage placed in its source's text.
#[derive(Clone, Debug, PartialEq)]
pub struct PreparedSelection {
    /// GUID key.
    pub guid: String,
    /// Where it is in the text.
    pub anchor: Anchor,
    /// The text there.
    pub excerpt: String,
    /// Its description and the notes attached to it.
    pub memo: String,
    /// Its codes (GUID keys), without repeats.
    pub codes: Vec<String>,
    /// Who made it (GUID key).
    pub user: Option<String>,
}

/// Reads the package at `path` and places every selection; nothing is
/// returned unless all of it fits.
pub fn prepare(path: &Path) -> Result<Prepared, RefiError> {
    let package = read_package(path)?;
    let qde = package.qde;
    let mut sources = Vec::new();
    for source in &qde.sources {
        let Some((_, stored)) = package.texts.iter().find(|(guid, _)| *guid == source.guid) else {
            continue;
        };
        let stored = StoredText::new(stored);
        let text = stored.kept().to_owned();
        let longest = text.split('\n').map(|line| line.chars().count()).max();
        if text.len() > MAX_SOURCE_TEXT_BYTES || longest > Some(MAX_TEXT_CHARS) {
            return Err(RefiError::SourceTooLarge {
                source_name: source.name.clone(),
                bytes: text.len(),
                limit: MAX_SOURCE_TEXT_BYTES,
            });
        }
        let ranges: Vec<(usize, usize)> =
            source.selections.iter().map(|s| (s.start, s.end)).collect();
        let names: Vec<&str> = source.selections.iter().map(|s| s.name.as_str()).collect();
        let Some(counting) = stored.detect(&ranges, &names) else {
            let at = stored
                .convert(Counting::STANDARD, &ranges)
                .err()
                .unwrap_or_default();
            let selection = &source.selections[at];
            let label = if selection.name.trim().is_empty() {
                selection.guid.clone()
            } else {
                short(&selection.name)
            };
            return Err(RefiError::OutOfRange {
                source_name: source.name.clone(),
                selection: label,
                start: selection.start,
                end: selection.end,
                length: stored.length(Counting::STANDARD),
            });
        };
        let converted = stored.convert(counting, &ranges).unwrap_or_default();
        let index = CharIndex::new(&text);
        let selections = source
            .selections
            .iter()
            .zip(converted)
            .map(|(selection, (start, end))| {
                let anchor = Anchor::new(start, end);
                let memo = [selection.description.trim().to_owned()]
                    .into_iter()
                    .chain(selection.notes.iter().filter_map(|guid| {
                        let note = qde.notes.iter().find(|n| &n.guid == guid)?;
                        Some(note.text.trim().to_owned())
                    }))
                    .filter(|text| !text.is_empty())
                    .collect::<Vec<_>>()
                    .join("\n\n");
                let mut codes: Vec<String> = Vec::new();
                for code in &selection.codes {
                    if !codes.contains(code) {
                        codes.push(code.clone());
                    }
                }
                PreparedSelection {
                    guid: selection.guid.clone(),
                    anchor,
                    excerpt: index.slice(&text, anchor).unwrap_or_default().to_owned(),
                    memo,
                    codes,
                    user: selection.creating_user.clone(),
                }
            })
            .collect();
        sources.push(PreparedSource {
            guid: source.guid.clone(),
            name: source.name.clone(),
            description: source.description.clone(),
            text,
            counting,
            selections,
        });
    }
    // Notes (memos) that no imported passage refers to have no place in
    // Sinergi: they are named in the summary.
    let used: HashSet<&String> = qde
        .sources
        .iter()
        .flat_map(|s| &s.selections)
        .flat_map(|s| &s.notes)
        .collect();
    let loose: Vec<Unsupported> = qde
        .notes
        .iter()
        .filter(|note| !used.contains(&note.guid))
        .map(|note| Unsupported {
            element: "Note".to_owned(),
            name: if note.name.trim().is_empty() {
                note.guid.clone()
            } else {
                note.name.clone()
            },
        })
        .collect();
    let mut qde = qde;
    qde.unsupported.extend(loose);
    Ok(Prepared { qde, sources })
}

/// A name shortened for a message.
fn short(text: &str) -> String {
    let words: String = text.chars().take(60).collect();
    if words.len() < text.len() {
        format!("{words}…")
    } else {
        words
    }
}

impl Prepared {
    /// The codes that code at least one passage, with how many, in the
    /// codebook's order: what the mapping step asks about.
    pub fn used_codes(&self) -> Vec<(Code, usize)> {
        self.qde
            .codes
            .iter()
            .filter_map(|code| {
                let uses = self
                    .sources
                    .iter()
                    .flat_map(|s| &s.selections)
                    .filter(|s| s.codes.contains(&code.guid))
                    .count();
                (uses > 0).then(|| (code.clone(), uses))
            })
            .collect()
    }

    /// How many passages the package holds.
    pub fn selection_count(&self) -> usize {
        self.sources.iter().map(|s| s.selections.len()).sum()
    }
}

/// What an import adds to a project.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Additions {
    /// New actors (from cases).
    pub actors: Vec<Actor>,
    /// New sources.
    pub sources: Vec<Source>,
    /// New evidence notes.
    pub notes: Vec<EvidenceNote>,
    /// The study's researchers, when it had none and the coders are named.
    pub researchers: Option<Vec<String>>,
    /// The study's title, when it had none: the other tool's project name.
    pub title: Option<String>,
}

/// What an import did, for the summary shown after it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ImportSummary {
    /// Sources added.
    pub sources: usize,
    /// Sources already in the project (same title and text), not added again.
    pub sources_known: usize,
    /// Notes added.
    pub notes: usize,
    /// Passages already in the project as notes, or empty, not added.
    pub notes_skipped: usize,
    /// Selections of a passage already imported: their codes joined its note.
    pub notes_merged: usize,
    /// Actors added from cases.
    pub actors: usize,
    /// Codes that became indicators.
    pub codes_to_indicators: usize,
    /// Codes that became tags.
    pub codes_to_tags: usize,
    /// Sources whose positions were not counted as the standard says.
    pub recounted: Vec<(String, Counting)>,
    /// What was not imported.
    pub unsupported: Vec<Unsupported>,
}

/// Plans adding `prepared` to `project` with `mapping` (codes it does not
/// name become tags).
pub fn plan(
    project: &Project,
    prepared: &Prepared,
    mapping: &CodeMapping,
) -> (Additions, ImportSummary) {
    let mut additions = Additions::default();
    let mut summary = ImportSummary {
        unsupported: prepared.qde.unsupported.clone(),
        ..ImportSummary::default()
    };
    let mut ids = Minter::new(project);
    let actor_of_case = actors_from_cases(
        project,
        &prepared.qde,
        &mut ids,
        &mut additions,
        &mut summary,
    );
    let mut known_notes: HashSet<(SourceId, Anchor)> = project
        .evidence
        .iter()
        .filter_map(|n| Some((n.source.clone(), n.anchor?)))
        .collect();
    let mut coders = Vec::new();
    // A passage coded several times is several selections (NVivo writes one
    // per code): one note gathers their codes and memos.
    let mut added_at: std::collections::HashMap<(SourceId, Anchor), usize> =
        std::collections::HashMap::new();
    for source in &prepared.sources {
        if source.counting != Counting::STANDARD {
            summary
                .recounted
                .push((source.name.clone(), source.counting));
        }
        let source_actor = prepared
            .qde
            .cases
            .iter()
            .find(|case| case.sources.contains(&source.guid))
            .and_then(|case| actor_of_case.iter().find(|(guid, _)| *guid == case.guid))
            .map(|(_, actor)| actor.clone());
        let title = title_of(&source.name);
        // The quotes without a passage Sinergi exported for one of this
        // project's sources go back to it, as notes without a passage.
        let quotes_of = project
            .sources
            .iter()
            .find(|s| stable_guid("sinergi-quotes", s.id.as_str()) == source.guid);
        let source_id = match quotes_of.or_else(|| {
            project
                .sources
                .iter()
                .find(|s| s.title == title && s.text == source.text)
        }) {
            Some(known) => {
                summary.sources_known += 1;
                known.id.clone()
            }
            None => {
                let id = SourceId::new(ids.next("source"));
                additions.sources.push(Source {
                    id: id.clone(),
                    kind: kind_from_name(&source.name),
                    title,
                    informant: String::new(),
                    informant_code: String::new(),
                    informant_position: String::new(),
                    actor: source_actor,
                    date: String::new(),
                    reference: reference_of(&prepared.qde, source),
                    text: source.text.clone(),
                });
                summary.sources += 1;
                id
            }
        };
        let lines = paragraphs(&source.text);
        for selection in &source.selections {
            if let Some(&at) = added_at.get(&(source_id.clone(), selection.anchor)) {
                let note = &mut additions.notes[at];
                for code in &selection.codes {
                    apply_code(note, prepared, mapping, code);
                }
                if !selection.memo.is_empty() && !note.interpretation.contains(&selection.memo) {
                    if !note.interpretation.is_empty() {
                        note.interpretation.push_str("\n\n");
                    }
                    note.interpretation.push_str(&selection.memo);
                }
                summary.notes_merged += 1;
                continue;
            }
            let known = if quotes_of.is_some() {
                project.evidence.iter().any(|n| {
                    n.source == source_id && n.anchor.is_none() && n.excerpt == selection.excerpt
                })
            } else {
                !known_notes.insert((source_id.clone(), selection.anchor))
            };
            if selection.excerpt.trim().is_empty() || known {
                summary.notes_skipped += 1;
                continue;
            }
            if let Some(user) = &selection.user
                && !coders.contains(user)
            {
                coders.push(user.clone());
            }
            let mut note = EvidenceNote {
                id: EvidenceId::new(ids.next("note")),
                source: source_id.clone(),
                excerpt: selection.excerpt.clone(),
                interpretation: selection.memo.clone(),
                indicators: Vec::new(),
                actors: prepared
                    .qde
                    .cases
                    .iter()
                    .filter(|case| case.selections.contains(&selection.guid))
                    .filter_map(|case| actor_of_case.iter().find(|(g, _)| *g == case.guid))
                    .map(|(_, actor)| actor.clone())
                    .collect(),
                stance: Stance::Context,
                tags: Vec::new(),
                anchor: quotes_of.is_none().then_some(selection.anchor),
                locator: paragraph_number(&lines, selection.anchor.start)
                    .filter(|_| quotes_of.is_none())
                    .map(paragraph_locator)
                    .unwrap_or_default(),
            };
            for code in &selection.codes {
                apply_code(&mut note, prepared, mapping, code);
            }
            added_at.insert((source_id.clone(), selection.anchor), additions.notes.len());
            additions.notes.push(note);
            summary.notes += 1;
        }
    }
    count_targets(prepared, mapping, &mut summary);
    study_additions(project, prepared, &coders, &mut additions);
    (additions, summary)
}

/// How many of the codes used on passages became indicators, and tags.
fn count_targets(prepared: &Prepared, mapping: &CodeMapping, summary: &mut ImportSummary) {
    let used: HashSet<&str> = prepared
        .sources
        .iter()
        .flat_map(|s| &s.selections)
        .flat_map(|s| &s.codes)
        .map(String::as_str)
        .collect();
    for mapped in mapping
        .codes
        .iter()
        .filter(|m| used.contains(m.guid.as_str()))
    {
        match mapped.target {
            Target::Indicator(_) => summary.codes_to_indicators += 1,
            Target::Tag(_) => summary.codes_to_tags += 1,
            Target::Stance(_) => {}
        }
    }
}

/// The study's researchers (the coders) and title, where it has none.
fn study_additions(
    project: &Project,
    prepared: &Prepared,
    coders: &[String],
    additions: &mut Additions,
) {
    if project
        .study
        .researchers
        .iter()
        .all(|r| r.trim().is_empty())
    {
        let names: Vec<String> = coders
            .iter()
            .filter_map(|guid| prepared.qde.users.iter().find(|u| &u.guid == guid))
            .map(|user| user.name.trim().to_owned())
            .filter(|name| !name.is_empty())
            .collect();
        if !names.is_empty() {
            additions.researchers = Some(names);
        }
    }
    let name = title_of(&prepared.qde.name);
    if project.study.title.trim().is_empty() && !prepared.qde.name.trim().is_empty() {
        additions.title = Some(name);
    }
}

/// What the code `guid` does to `note`: an indicator, a stance or a tag.
fn apply_code(note: &mut EvidenceNote, prepared: &Prepared, mapping: &CodeMapping, guid: &str) {
    let target = mapping.target(guid).cloned().or_else(|| {
        let code = prepared.qde.codes.iter().find(|c| c.guid == guid)?;
        Some(Target::Tag(code.name.trim().to_owned()))
    });
    match target {
        Some(Target::Indicator(id)) if !note.indicators.contains(&id) => note.indicators.push(id),
        Some(Target::Stance(stance)) => note.stance = stance,
        Some(Target::Tag(tag)) => {
            let tag: String = tag.trim().chars().take(MAX_LINE_CHARS).collect();
            if !tag.is_empty() && !note.tags.contains(&tag) {
                note.tags.push(tag);
            }
        }
        Some(Target::Indicator(_)) | None => {}
    }
}

/// Actors for the project's cases (an actor of the same name is reused), by
/// case GUID key.
fn actors_from_cases(
    project: &Project,
    qde: &Qde,
    ids: &mut Minter,
    additions: &mut Additions,
    summary: &mut ImportSummary,
) -> Vec<(String, ActorId)> {
    let mut colors: Vec<Color> = project.actors.iter().map(|a| a.color).collect();
    qde.cases
        .iter()
        .filter(|case| !case.name.trim().is_empty())
        .map(|case| {
            let name: String = case.name.trim().chars().take(MAX_LINE_CHARS).collect();
            let known = project
                .actors
                .iter()
                .chain(&additions.actors)
                .find(|a| a.name.trim().eq_ignore_ascii_case(&name));
            if let Some(known) = known {
                return (case.guid.clone(), known.id.clone());
            }
            let color = Color::least_used(colors.iter().copied());
            colors.push(color);
            let description = [
                case.description.trim().to_owned(),
                case.variables.join("\n"),
            ]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join("\n\n");
            let id = ActorId::new(ids.next("actor"));
            additions.actors.push(Actor {
                id: id.clone(),
                name,
                short_name: String::new(),
                sector: Sector::Other,
                description,
                color,
            });
            summary.actors += 1;
            (case.guid.clone(), id)
        })
        .collect()
}

/// A source's title: its name without a document extension.
fn title_of(name: &str) -> String {
    let trimmed = name.trim();
    let title = [
        ".txt", ".docx", ".doc", ".odt", ".rtf", ".pdf", ".md", ".qda", ".nvp", ".nvpx",
    ]
    .iter()
    .find_map(|ext| {
        let cut = trimmed.len().checked_sub(ext.len())?;
        (trimmed.is_char_boundary(cut) && trimmed[cut..].eq_ignore_ascii_case(ext))
            .then(|| &trimmed[..cut])
    })
    .unwrap_or(trimmed);
    let title = if title.trim().is_empty() {
        "REFI-QDA"
    } else {
        title
    };
    title.chars().take(MAX_LINE_CHARS).collect()
}

/// Where the source came from: its name and the tool, with its description.
fn reference_of(qde: &Qde, source: &PreparedSource) -> String {
    let origin = if qde.origin.trim().is_empty() {
        "REFI-QDA".to_owned()
    } else {
        qde.origin.trim().to_owned()
    };
    let mut reference = format!("{} ({origin})", source.name.trim());
    let description = source
        .description
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if !description.is_empty() {
        reference.push_str(" — ");
        reference.push_str(&description);
    }
    reference.chars().take(MAX_LINE_CHARS).collect()
}

/// The kind of source a name suggests (interview, observation, ...), in
/// Indonesian or English; a document otherwise.
fn kind_from_name(name: &str) -> SourceKind {
    SourceKind::suggested_by(name).unwrap_or(SourceKind::Document)
}

/// Fresh ids for many new items at once (one pass over the project, not one
/// per item).
struct Minter {
    taken: HashSet<String>,
    /// Per stem, the number to try first.
    from: std::collections::HashMap<String, usize>,
}

impl Minter {
    fn new(project: &Project) -> Self {
        let taken = project
            .actors
            .iter()
            .map(|a| a.id.0.clone())
            .chain(project.sources.iter().map(|s| s.id.0.clone()))
            .chain(project.evidence.iter().map(|n| n.id.0.clone()))
            .collect();
        Minter {
            taken,
            from: std::collections::HashMap::new(),
        }
    }

    fn next(&mut self, stem: &str) -> String {
        let from = self.from.entry(stem.to_owned()).or_insert(1);
        // Among taken + 1 numbers from `from` at least one is free.
        let last = *from + self.taken.len();
        let (n, id) = (*from..=last)
            .map(|n| (n, format!("{stem}-{n}")))
            .find(|(_, id)| !self.taken.contains(id))
            .unwrap_or_default();
        *from = n + 1;
        self.taken.insert(id.clone());
        id
    }
}

impl Additions {
    /// Adds everything to `project`.
    pub fn apply_to(self, project: &mut Project) {
        project.actors.extend(self.actors);
        project.sources.extend(self.sources);
        project.evidence.extend(self.notes);
        if let Some(researchers) = self.researchers {
            project.study.researchers = researchers;
        }
        if let Some(title) = self.title {
            project.study.title = title;
        }
    }

    /// True when there is nothing to add.
    pub fn is_empty(&self) -> bool {
        self.actors.is_empty()
            && self.sources.is_empty()
            && self.notes.is_empty()
            && self.researchers.is_none()
            && self.title.is_none()
    }
}
