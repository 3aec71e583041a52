//! Problems and errors told in the user's language.

use super::messages::Msg;
use super::named::Named;
use crate::model::{Lang, MAX_SOURCE_TEXT_BYTES, MAX_TEXT_CHARS, Problem, Subject, read_date};
use crate::store::{LoadError, SaveError};

fn subject(lang: Lang, at: &Subject) -> String {
    match at {
        Subject::Study => Msg::SubjectStudy.get(lang).to_owned(),
        Subject::Framework => Msg::SubjectFramework.get(lang).to_owned(),
        Subject::SecondFramework => Msg::SubjectSecondFramework.get(lang).to_owned(),
        Subject::Item(kind, id) => format!("{} \"{id}\"", kind.name(lang)),
        Subject::Score {
            assessment,
            indicator,
        } => Msg::SubjectScore.fill(lang, &[assessment, indicator]),
    }
}

/// One validation problem as a sentence in `lang`.
pub fn describe_problem(lang: Lang, problem: &Problem) -> String {
    match problem {
        Problem::DuplicateId { kind, id } => {
            Msg::ProblemDuplicateId.fill(lang, &[&kind.name(lang), id])
        }
        Problem::Dangling { at, kind, id } => {
            Msg::ProblemDangling.fill(lang, &[&subject(lang, at), &kind.name(lang), id])
        }
        Problem::Empty { at, field } => Msg::ProblemEmpty.fill(lang, &[&subject(lang, at), field]),
        Problem::TooLong { at, field, chars } => {
            Msg::ProblemTooLong.fill(lang, &[&subject(lang, at), field, chars, &MAX_TEXT_CHARS])
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
        } => Msg::ProblemDuplicateScore.fill(lang, &[assessment, indicator]),
        Problem::DuplicateRole {
            actor,
            activity,
            kind,
        } => Msg::ProblemDuplicateRole.fill(lang, &[actor, &kind.name(lang), activity]),
        Problem::TextTooLarge { source, bytes } => {
            Msg::ProblemTextTooLarge.fill(lang, &[source, bytes, &MAX_SOURCE_TEXT_BYTES])
        }
        Problem::BadDate { source, date } => match read_date(date) {
            // "14 Maret 2021" in a hand-edited file: say what to write instead.
            Some(stored) if !stored.is_empty() => {
                Msg::ProblemBadDateMeant.fill(lang, &[source, date, &stored])
            }
            _ => Msg::ProblemBadDate.fill(lang, &[source, date]),
        },
        Problem::DuplicateRubricLevel { indicator, value } => {
            Msg::ProblemDuplicateRubricLevel.fill(lang, &[indicator, value])
        }
        Problem::NoSecondFramework { assessment } => {
            Msg::ProblemNoSecondFramework.fill(lang, &[assessment])
        }
        Problem::BadComparison { assessment, other } => {
            Msg::ProblemBadComparison.fill(lang, &[assessment, other])
        }
    }
}

/// A load error as `FILE:LINE:COL: message` or `FILE: message`, in `lang`.
/// The parser's own description of a syntax error stays as the parser wrote it.
pub fn describe_load_error(lang: Lang, error: &LoadError) -> String {
    let (path, message) = match error {
        LoadError::Io { path, source } => (path, Msg::LoadIo.fill(lang, &[source])),
        LoadError::IsDirectory { path } => (path, Msg::LoadIsDirectory.get(lang).to_owned()),
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
    match error.position() {
        Some((line, column)) => format!("{}:{line}:{column}: {message}", path.display()),
        None => format!("{}: {message}", path.display()),
    }
}

/// A save error as `FILE: message`, in `lang`.
pub fn describe_save_error(lang: Lang, error: &SaveError) -> String {
    let (path, message) = match error {
        SaveError::Io { path, source } => (path, Msg::SaveIo.fill(lang, &[source])),
        SaveError::ReadOnly { path } => (path, Msg::SaveReadOnly.get(lang).to_owned()),
        SaveError::NoFolder { path } => (path, Msg::SaveNoFolder.get(lang).to_owned()),
    };
    format!("{}: {message}", path.display())
}
