//! Putting arguments into messages, and choosing the language to start in.

use super::messages::Msg;
use crate::model::Lang;

impl Msg {
    /// The message in `lang` with `{0}`, `{1}`, ... replaced by `args`.
    pub fn fill(self, lang: Lang, args: &[&dyn std::fmt::Display]) -> String {
        fill(self.get(lang), args)
    }
}

impl Msg {
    /// The message for `count` things, with `args` filled in. A message that
    /// depends on the number gives its singular and plural as `one|other`
    /// (English); Indonesian nouns do not inflect, so it gives one form.
    pub fn count(self, lang: Lang, count: usize, args: &[&dyn std::fmt::Display]) -> String {
        let template = self.get(lang);
        let form = match template.split_once('|') {
            Some((one, _)) if count == 1 => one,
            Some((_, other)) => other,
            None => template,
        };
        fill(form, args)
    }
}

/// Replaces `{0}`, `{1}`, ... in `template` with `args`, all in one pass, so an
/// argument that itself contains `{1}` is kept as it is. A placeholder without
/// an argument stays as written.
pub fn fill(template: &str, args: &[&dyn std::fmt::Display]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        let argument = (digits > 0 && after[digits..].starts_with('}'))
            .then(|| after[..digits].parse::<usize>().ok())
            .flatten()
            .and_then(|n| args.get(n));
        match argument {
            Some(argument) => {
                out.push_str(&argument.to_string());
                rest = &after[digits + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The language to start in: the first of the system's preferred languages
/// that Sinergi speaks (so `fr-FR, id-ID` gives Indonesian), else English.
pub fn system_lang() -> Lang {
    first_supported(sys_locale::get_locales())
}

/// The first of `locales` (in order of preference) that Sinergi speaks, or English.
pub fn first_supported(locales: impl IntoIterator<Item = String>) -> Lang {
    locales
        .into_iter()
        .find_map(|locale| Lang::from_code(&locale))
        .unwrap_or(Lang::En)
}

#[cfg(test)]
mod tests {
    use super::{fill, first_supported};
    use crate::i18n::messages::Msg;
    use crate::model::Lang;

    #[test]
    fn counted_messages_agree_in_number() {
        assert_eq!(Msg::NotesCount.count(Lang::En, 1, &[&1]), "1 note");
        assert_eq!(Msg::NotesCount.count(Lang::En, 2, &[&2]), "2 notes");
        assert_eq!(Msg::NotesCount.count(Lang::En, 0, &[&0]), "0 notes");
        assert_eq!(Msg::NotesCount.count(Lang::Id, 2, &[&2]), "2 catatan");
        for msg in Msg::ALL {
            for lang in Lang::ALL {
                let text = msg.get(lang);
                assert!(
                    !text.contains("(s)"),
                    "{msg:?} writes a plural as (s): {text}"
                );
                if let Some((one, other)) = text.split_once('|') {
                    assert!(!other.contains('|') && !one.is_empty(), "{msg:?}");
                }
            }
        }
    }

    #[test]
    fn the_first_preferred_language_sinergi_speaks_is_chosen() {
        let prefs = |list: &[&str]| list.iter().map(|l| (*l).to_owned()).collect::<Vec<_>>();
        assert_eq!(
            first_supported(prefs(&["fr-FR", "id-ID", "en-US"])),
            Lang::Id
        );
        assert_eq!(first_supported(prefs(&["en-GB", "id-ID"])), Lang::En);
        assert_eq!(first_supported(prefs(&["jv-ID", "in"])), Lang::Id);
        assert_eq!(first_supported(prefs(&["fr-FR", "de-DE"])), Lang::En);
        assert_eq!(first_supported(prefs(&[])), Lang::En);
    }

    #[test]
    fn every_placeholder_is_filled_once_even_when_an_argument_looks_like_one() {
        assert_eq!(fill("{0} and {1}", &[&"{1}", &"b"]), "{1} and b");
        assert_eq!(fill("{1}-{0}-{1}", &[&"a", &"b"]), "b-a-b");
        assert_eq!(fill("{2} {x} {", &[&"a"]), "{2} {x} {");
        assert_eq!(
            fill("{10}", &[&0, &1, &2, &3, &4, &5, &6, &7, &8, &9, &"ten"]),
            "ten"
        );
    }
}
