//! Problems and errors told in the user's language. Text from the project (an
//! id, a date) is quoted printable and short: a message is one line, whatever
//! the file holds.

use super::messages::Msg;
use super::named::Named;
use crate::model::{Lang, MAX_ID_CHARS, MAX_SOURCE_TEXT_BYTES, Problem, Subject, read_date};
use crate::store::paths;
use crate::store::{LoadError, SaveError};
use std::borrow::Cow;

/// `text` with every control character escaped (`\n`, `\u{1b}`), and the
/// invisible marks that reorder text on screen (bidirectional overrides), so
/// what is printed cannot start a new line, move the cursor or disguise itself.
pub fn printable(text: &str) -> Cow<'_, str> {
    let hidden = |c: char| {
        c.is_control()
            || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    if !text.chars().any(hidden) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if hidden(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// An id, a date or a name quoted in a message: printable, and cut after
/// [`MAX_ID_CHARS`] characters (a runaway one is reported as such elsewhere).
fn quoted(text: &str) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(MAX_ID_CHARS).collect();
    let more = if chars.next().is_some() { "…" } else { "" };
    format!("{}{more}", printable(&head))
}

fn subject(lang: Lang, at: &Subject) -> String {
    match at {
        Subject::Study => Msg::SubjectStudy.get(lang).to_owned(),
        Subject::Framework => Msg::SubjectFramework.get(lang).to_owned(),
        Subject::SecondFramework => Msg::SubjectSecondFramework.get(lang).to_owned(),
        Subject::Item(kind, id) => format!("{} \"{}\"", kind.name(lang), quoted(id)),
        Subject::Score {
            assessment,
            indicator,
        } => Msg::SubjectScore.fill(lang, &[&quoted(assessment), &quoted(indicator)]),
        Subject::Pair(a, b) => Msg::SubjectPair.fill(lang, &[&quoted(a), &quoted(b)]),
        Subject::Network => Msg::SubjectNetwork.get(lang).to_owned(),
    }
}

/// One validation problem as a sentence in `lang`.
pub fn describe_problem(lang: Lang, problem: &Problem) -> String {
    match problem {
        Problem::DuplicateId { kind, id } => {
            Msg::ProblemDuplicateId.fill(lang, &[&kind.name(lang), &quoted(id)])
        }
        Problem::Dangling { at, kind, id } => {
            Msg::ProblemDangling.fill(lang, &[&subject(lang, at), &kind.name(lang), &quoted(id)])
        }
        // The one empty field a new project starts with: say where to fill it in.
        Problem::Empty {
            at: Subject::Study,
            field: "title",
        } => Msg::ProblemNoStudyTitle.get(lang).to_owned(),
        Problem::Empty { at, field } => Msg::ProblemEmpty.fill(lang, &[&subject(lang, at), field]),
        Problem::TooLong {
            at,
            field,
            chars,
            limit,
        } => Msg::ProblemTooLong.fill(lang, &[&subject(lang, at), field, chars, limit]),
        Problem::BadId { kind, id, chars } if *chars > MAX_ID_CHARS => {
            Msg::ProblemIdTooLong.fill(lang, &[&kind.name(lang), &quoted(id), chars, &MAX_ID_CHARS])
        }
        Problem::BadId { kind, id, .. } => {
            Msg::ProblemBadIdControl.fill(lang, &[&kind.name(lang), &quoted(id)])
        }
        Problem::MalformedScale { at, min, max, step } => {
            Msg::ProblemMalformedScale.fill(lang, &[min, max, step, &subject(lang, at)])
        }
        Problem::OffScale {
            at,
            value,
            min,
            max,
            step,
        } => Msg::ProblemOffScale.fill(lang, &[&subject(lang, at), value, min, max, step]),
        Problem::DuplicateScore {
            assessment,
            indicator,
        } => Msg::ProblemDuplicateScore.fill(lang, &[&quoted(assessment), &quoted(indicator)]),
        Problem::DuplicateRole {
            actor,
            activity,
            kind,
        } => Msg::ProblemDuplicateRole
            .fill(lang, &[&quoted(actor), &kind.name(lang), &quoted(activity)]),
        Problem::TextTooLarge { source, bytes } => {
            Msg::ProblemTextTooLarge.fill(lang, &[&quoted(source), bytes, &MAX_SOURCE_TEXT_BYTES])
        }
        Problem::BadDate { source, date } => match read_date(date) {
            // "14 Maret 2021" in a hand-edited file: say what to write instead.
            Some(stored) if !stored.is_empty() => {
                Msg::ProblemBadDateMeant.fill(lang, &[&quoted(source), &quoted(date), &stored])
            }
            _ => Msg::ProblemBadDate.fill(lang, &[&quoted(source), &quoted(date)]),
        },
        Problem::SelfTie { at, actor } => {
            Msg::ProblemSelfTie.fill(lang, &[&subject(lang, at), &quoted(actor)])
        }
        Problem::DuplicatePair { a, b } => {
            Msg::ProblemDuplicatePair.fill(lang, &[&quoted(a), &quoted(b)])
        }
        Problem::BadViewer { a, b, viewer } => {
            Msg::ProblemBadViewer.fill(lang, &[&quoted(a), &quoted(b), &quoted(viewer)])
        }
        Problem::BadPosition { actor } => Msg::ProblemBadPosition.fill(lang, &[&quoted(actor)]),
        Problem::DuplicateRubricLevel { indicator, value } => {
            Msg::ProblemDuplicateRubricLevel.fill(lang, &[&quoted(indicator), value])
        }
        Problem::NoSecondFramework { assessment } => {
            Msg::ProblemNoSecondFramework.fill(lang, &[&quoted(assessment)])
        }
        Problem::BadComparison { assessment, other } => {
            Msg::ProblemBadComparison.fill(lang, &[&quoted(assessment), &quoted(other)])
        }
    }
}

/// A load error as `FILE:LINE:COL: message` or `FILE: message`, in `lang`.
/// The parser's own description of a syntax error stays as the parser wrote it.
pub fn describe_load_error(lang: Lang, error: &LoadError) -> String {
    let (path, message) = match error {
        LoadError::Io { path, source } => (path, Msg::LoadIo.fill(lang, &[source])),
        LoadError::IsDirectory { path } => (path, Msg::LoadIsDirectory.get(lang).to_owned()),
        LoadError::NotRegularFile { path } => (path, Msg::LoadNotRegularFile.get(lang).to_owned()),
        LoadError::TooLarge { path, bytes, limit } => {
            (path, Msg::LoadTooLarge.fill(lang, &[bytes, limit]))
        }
        LoadError::NotUtf8 { path, .. } => (path, Msg::LoadNotUtf8.get(lang).to_owned()),
        LoadError::Syntax { path, message, .. } => (path, message.clone()),
        LoadError::NoVersion { path } => (path, Msg::LoadNoVersion.get(lang).to_owned()),
        LoadError::NewerVersion {
            path,
            found,
            supported,
        } => (path, Msg::LoadNewerVersion.fill(lang, &[found, supported])),
        LoadError::UnknownVersion { path, found } => {
            (path, Msg::LoadUnknownVersion.fill(lang, &[found]))
        }
    };
    let path = paths::display(path);
    match error.position() {
        Some((line, column)) => format!("{path}:{line}:{column}: {message}"),
        None => format!("{path}: {message}"),
    }
}

/// A save error as `FILE: message`, in `lang`.
pub fn describe_save_error(lang: Lang, error: &SaveError) -> String {
    let (path, message) = match error {
        SaveError::Io { path, source } => (path, Msg::SaveIo.fill(lang, &[source])),
        SaveError::ReadOnly { path } => (path, Msg::SaveReadOnly.get(lang).to_owned()),
        SaveError::NoFolder { path } => (path, Msg::SaveNoFolder.get(lang).to_owned()),
        SaveError::NotRegularFile { path } => (path, Msg::SaveNotRegularFile.get(lang).to_owned()),
        SaveError::Backup {
            path,
            backup,
            source,
        } => (
            path,
            Msg::SaveBackupFailed.fill(lang, &[&paths::display(backup), source]),
        ),
    };
    format!("{}: {message}", paths::display(path))
}
