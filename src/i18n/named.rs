//! Names of the model's vocabulary (sectors, role kinds, source kinds, ...) in
//! the UI language.

use super::messages::Msg;
use crate::model::{
    CollaborationLevel, EntityKind, FindingKind, Helix, Lang, NetworkForm, RelationKind, RoleKind,
    Sector, SourceKind, Stance,
};

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
            SourceKind::FocusGroup => Msg::SourceFocusGroup,
            SourceKind::Observation => Msg::SourceObservation,
            SourceKind::Questionnaire => Msg::SourceQuestionnaire,
            SourceKind::Document => Msg::SourceDocument,
            SourceKind::SecondaryData => Msg::SourceSecondaryData,
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

impl Named for Helix {
    fn name(&self, lang: Lang) -> &'static str {
        match self {
            Helix::Government => Msg::HelixGovernment,
            Helix::Business => Msg::HelixBusiness,
            Helix::Academia => Msg::HelixAcademia,
            Helix::Community => Msg::HelixCommunity,
            Helix::Media => Msg::HelixMedia,
            Helix::Other => Msg::HelixOther,
        }
        .get(lang)
    }
}

/// The heading of a kind of finding: "Supporting factors".
impl Named for FindingKind {
    fn name(&self, lang: Lang) -> &'static str {
        match self {
            FindingKind::Supporting => Msg::SupportingFactors,
            FindingKind::Inhibiting => Msg::InhibitingFactors,
            FindingKind::Recommendation => Msg::Recommendations,
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
            EntityKind::Relation => Msg::KindRelation,
        }
        .get(lang)
    }
}

impl Named for RelationKind {
    fn name(&self, lang: Lang) -> &'static str {
        match self {
            RelationKind::Coordination => Msg::RelCoordination,
            RelationKind::InformationSharing => Msg::RelInformationSharing,
            RelationKind::Funding => Msg::RelFunding,
            RelationKind::Authority => Msg::RelAuthority,
            RelationKind::Training => Msg::RelTraining,
            RelationKind::FormalAgreement => Msg::RelFormalAgreement,
            RelationKind::Other => Msg::RelOther,
        }
        .get(lang)
    }
}

/// A level's name without its number ("Coordination"); see [`level_text`]
/// for the form tables show ("3 · Coordination").
impl Named for CollaborationLevel {
    fn name(&self, lang: Lang) -> &'static str {
        match self {
            CollaborationLevel::NoInteraction => Msg::LevelNoInteraction,
            CollaborationLevel::Networking => Msg::LevelNetworking,
            CollaborationLevel::Cooperation => Msg::LevelCooperation,
            CollaborationLevel::Coordination => Msg::LevelCoordination,
            CollaborationLevel::Coalition => Msg::LevelCoalition,
            CollaborationLevel::Collaboration => Msg::LevelCollaboration,
        }
        .get(lang)
    }
}

/// A level as tables and pickers show it: its number and its name, "3 · Coordination".
pub fn level_text(level: CollaborationLevel, lang: Lang) -> String {
    format!("{} · {}", level.value(), level.name(lang))
}

impl Named for Lang {
    fn name(&self, _lang: Lang) -> &'static str {
        self.native_name()
    }
}
