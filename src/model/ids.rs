//! Stable identifiers for everything a project refers to, one type per kind so
//! an actor id can never be passed where an evidence id is expected.

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub String);

        impl $name {
            /// Wraps a string as this kind of id.
            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }

            /// The id as written in the project file.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                Self(id.to_owned())
            }
        }
    };
}

id_type!(
    /// Identifies an indicator within a framework.
    IndicatorId
);
id_type!(
    /// Identifies an actor (organisation or group) in the collaboration.
    ActorId
);
id_type!(
    /// Identifies an activity (programme) of the collaboration.
    ActivityId
);
id_type!(
    /// Identifies a role an actor plays in an activity.
    RoleId
);
id_type!(
    /// Identifies a data source: an interview, an observation or a document.
    SourceId
);
id_type!(
    /// Identifies an evidence note.
    EvidenceId
);
id_type!(
    /// Identifies an assessment (one series on the radar chart).
    AssessmentId
);
id_type!(
    /// Identifies a supporting or inhibiting factor, or a recommendation.
    FindingId
);
id_type!(
    /// Identifies a relation between two actors.
    RelationId
);

/// Makes an id not yet used among `existing`, from a readable stem such as `"actor"`.
pub fn fresh_id<'a>(stem: &str, existing: impl IntoIterator<Item = &'a str>) -> String {
    let taken: std::collections::HashSet<&str> = existing.into_iter().collect();
    // Among len + 1 candidates at least one is free.
    (1..=taken.len() + 1)
        .map(|n| format!("{stem}-{n}"))
        .find(|candidate| !taken.contains(candidate.as_str()))
        .unwrap_or_else(|| stem.to_owned())
}
