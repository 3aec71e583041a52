//! The translation layer: every user-facing string, in Indonesian and English.
//! The table in `messages.rs` gives both forms side by side, so neither language
//! can fall behind; model vocabulary (sectors, role kinds, ...) is named here too.

/// Declares the message table: each entry has its Indonesian and English text.
macro_rules! message_table {
    ($($key:ident => $id:expr, $en:expr;)*) => {
        /// A user-facing message. `{0}`, `{1}`, ... mark where arguments go.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[allow(missing_docs)]
        pub enum Msg { $($key,)* }

        impl Msg {
            /// Every message, for completeness tests.
            pub const ALL: &'static [Msg] = &[$(Msg::$key,)*];

            /// The message in `lang`.
            pub fn get(self, lang: $crate::model::Lang) -> &'static str {
                match (self, lang) {
                    $(
                        (Msg::$key, $crate::model::Lang::Id) => $id,
                        (Msg::$key, $crate::model::Lang::En) => $en,
                    )*
                }
            }
        }
    };
}

mod describe;
mod messages;

pub use describe::{describe_load_error, describe_problem, describe_save_error};
pub use messages::Msg;

use crate::analysis::Triangulation;
use crate::model::{EntityKind, Lang, NetworkForm, RoleKind, Sector, SourceKind, Stance};

impl Msg {
    /// The message in `lang` with `{0}`, `{1}`, ... replaced by `args`.
    pub fn fill(self, lang: Lang, args: &[&dyn std::fmt::Display]) -> String {
        fill(self.get(lang), args)
    }
}

/// Replaces `{0}`, `{1}`, ... in `template` with `args`.
pub fn fill(template: &str, args: &[&dyn std::fmt::Display]) -> String {
    let mut out = template.to_owned();
    for (i, arg) in args.iter().enumerate() {
        out = out.replace(&format!("{{{i}}}"), &arg.to_string());
    }
    out
}

/// The language to start in: Indonesian when the system locale is Indonesian, else English.
pub fn system_lang() -> Lang {
    sys_locale::get_locale()
        .and_then(|locale| Lang::from_code(&locale))
        .unwrap_or(Lang::En)
}

/// Names of model vocabulary in the UI language.
pub trait Named {
    /// The name in `lang`.
    fn name(&self, lang: Lang) -> &'static str;
}

impl Named for Sector {
    fn name(&self, lang: Lang) -> &'static str {
        match self {
            Sector::Government => Msg::SectorGovernment,
            Sector::Private => Msg::SectorPrivate,
            Sector::Academia => Msg::SectorAcademia,
            Sector::CivilSociety => Msg::SectorCivilSociety,
            Sector::Cooperative => Msg::SectorCooperative,
            Sector::Community => Msg::SectorCommunity,
            Sector::Media => Msg::SectorMedia,
            Sector::Other => Msg::SectorOther,
        }
        .get(lang)
    }
}

impl Named for RoleKind {
    fn name(&self, lang: Lang) -> &'static str {
        match self {
            RoleKind::Facilitator => Msg::RoleFacilitator,
            RoleKind::Organiser => Msg::RoleOrganiser,
            RoleKind::Trainer => Msg::RoleTrainer,
            RoleKind::Convener => Msg::RoleConvener,
            RoleKind::Participant => Msg::RoleParticipant,
            RoleKind::Funder => Msg::RoleFunder,
            RoleKind::Regulator => Msg::RoleRegulator,
            RoleKind::Other => Msg::RoleOther,
        }
        .get(lang)
    }
}

impl Named for SourceKind {
    fn name(&self, lang: Lang) -> &'static str {
        match self {
            SourceKind::Interview => Msg::SourceInterview,
            SourceKind::Observation => Msg::SourceObservation,
            SourceKind::Document => Msg::SourceDocument,
        }
        .get(lang)
    }
}

impl Named for Stance {
    fn name(&self, lang: Lang) -> &'static str {
        match self {
            Stance::Supports => Msg::StanceSupports,
            Stance::Challenges => Msg::StanceChallenges,
            Stance::Context => Msg::StanceContext,
        }
        .get(lang)
    }
}

impl Named for NetworkForm {
    fn name(&self, lang: Lang) -> &'static str {
        match self {
            NetworkForm::SelfOrganizing => Msg::FormSelfOrganizing,
            NetworkForm::LeadOrganization => Msg::FormLeadOrganization,
            NetworkForm::NetworkAdministrativeOrganization => Msg::FormNao,
        }
        .get(lang)
    }
}

impl Named for Triangulation {
    fn name(&self, lang: Lang) -> &'static str {
        match self {
            Triangulation::None => Msg::TriNone,
            Triangulation::OneSource => Msg::TriOneSource,
            Triangulation::SeveralSources => Msg::TriSeveralSources,
            Triangulation::SeveralKinds => Msg::TriSeveralKinds,
        }
        .get(lang)
    }
}

impl Named for EntityKind {
    fn name(&self, lang: Lang) -> &'static str {
        match self {
            EntityKind::Indicator => Msg::KindIndicator,
            EntityKind::Actor => Msg::KindActor,
            EntityKind::Activity => Msg::KindActivity,
            EntityKind::Role => Msg::KindRole,
            EntityKind::Source => Msg::KindSource,
            EntityKind::Evidence => Msg::KindEvidence,
            EntityKind::Assessment => Msg::KindAssessment,
            EntityKind::Finding => Msg::KindFinding,
        }
        .get(lang)
    }
}

impl Named for Lang {
    fn name(&self, _lang: Lang) -> &'static str {
        self.native_name()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_exists_in_both_languages() {
        for msg in Msg::ALL {
            for lang in Lang::ALL {
                assert!(
                    !msg.get(lang).trim().is_empty(),
                    "{msg:?} is empty in {lang:?}"
                );
            }
        }
    }

    #[test]
    fn placeholders_match_between_languages() {
        for msg in Msg::ALL {
            let holes = |text: &str| {
                (0..6)
                    .filter(|i| text.contains(&format!("{{{i}}}")))
                    .count()
            };
            assert_eq!(
                holes(msg.get(Lang::Id)),
                holes(msg.get(Lang::En)),
                "{msg:?}"
            );
        }
    }
}
