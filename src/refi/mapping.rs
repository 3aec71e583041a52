//! Which indicator each code of another tool stands for: suggested by name (in
//! either language), confirmed by the user, and kept in a small RON file of
//! its own (by default `PROJECT.qdpx-mapping.ron` beside the package), so the
//! next import of the same tool's project starts from the same choices. Codes
//! not mapped to an indicator become tags.

use super::error::RefiError;
use super::guid::guid_key;
use super::qde::Code;
use crate::model::{Framework, IndicatorId, Stance};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// What a code becomes in Sinergi.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Target {
    /// The notes it codes speak to this indicator.
    Indicator(IndicatorId),
    /// The notes it codes get this tag.
    Tag(String),
    /// The notes it codes take this stance (Sinergi's own stance codes).
    Stance(Stance),
}

/// One code and its target.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MappedCode {
    /// The code's GUID (other tools may renew it; the name is tried next).
    pub guid: String,
    /// The code's name with its parents', as the dialog shows it.
    pub name: String,
    /// What it becomes.
    pub target: Target,
}

/// The mapping of one tool's codes.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodeMapping {
    /// The codes, in the codebook's order.
    pub codes: Vec<MappedCode>,
}

/// Where the mapping for `package` is kept unless the user chooses a file.
pub fn default_mapping_path(package: &Path) -> PathBuf {
    let mut name = package.file_name().unwrap_or_default().to_os_string();
    name.push("-mapping.ron");
    package.with_file_name(name)
}

impl CodeMapping {
    /// Reads a mapping file; `None` when there is none.
    pub fn load(path: &Path) -> Result<Option<CodeMapping>, RefiError> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(source) => {
                return Err(RefiError::Io {
                    path: path.to_owned(),
                    source,
                });
            }
        };
        ron::from_str(&text)
            .map(Some)
            .map_err(|error| RefiError::Mapping {
                path: path.to_owned(),
                line: error.span.start.line,
                column: error.span.start.col,
                reason: error.code.to_string(),
            })
    }

    /// Writes the mapping to `path`, atomically.
    pub fn save(&self, path: &Path) -> Result<(), crate::store::SaveError> {
        let config = ron::ser::PrettyConfig::new().struct_names(false);
        let text = ron::ser::to_string_pretty(self, config).unwrap_or_default();
        crate::store::replace_atomically(path, text.as_bytes()).map(|_| ())
    }

    /// The target saved for `code`: by GUID, else by name.
    pub fn saved(&self, code: &Code) -> Option<&Target> {
        self.codes
            .iter()
            .find(|mapped| guid_key(&mapped.guid) == code.guid)
            .or_else(|| {
                self.codes
                    .iter()
                    .find(|mapped| same_name(&mapped.name, &code.path()))
            })
            .map(|mapped| &mapped.target)
    }

    /// The target of the code with GUID key `guid`.
    pub fn target(&self, guid: &str) -> Option<&Target> {
        self.codes
            .iter()
            .find(|mapped| guid_key(&mapped.guid) == guid)
            .map(|mapped| &mapped.target)
    }

    /// Every indicator the mapping names that `framework` lacks, as an error.
    pub fn check(&self, framework: &Framework) -> Result<(), RefiError> {
        for mapped in &self.codes {
            if let Target::Indicator(id) = &mapped.target
                && !framework.indicators.iter().any(|i| &i.id == id)
            {
                return Err(RefiError::UnknownIndicator {
                    code: mapped.name.clone(),
                    indicator: id.to_string(),
                });
            }
        }
        Ok(())
    }
}

/// The mapping proposed for `codes`: what `saved` says where it knows the code
/// (and its indicator still exists), else Sinergi's own stance codes, else an
/// indicator whose name (in either language) or id is the code's name, else a
/// tag named after the code.
pub fn suggest(codes: &[Code], framework: &Framework, saved: Option<&CodeMapping>) -> CodeMapping {
    let mapped = codes
        .iter()
        .map(|code| {
            let target = saved
                .and_then(|saved| saved.saved(code))
                .filter(|target| match target {
                    Target::Indicator(id) => framework.indicators.iter().any(|i| &i.id == id),
                    _ => true,
                })
                .cloned()
                .or_else(|| stance_of(&code.guid).map(Target::Stance))
                .or_else(|| indicator_named(framework, code).map(Target::Indicator))
                .unwrap_or_else(|| Target::Tag(code.name.trim().to_owned()));
            MappedCode {
                guid: code.guid.clone(),
                name: code.path(),
                target,
            }
        })
        .collect();
    CodeMapping { codes: mapped }
}

/// The stance whose code Sinergi exports with this GUID key.
pub fn stance_of(guid: &str) -> Option<Stance> {
    Stance::ALL
        .into_iter()
        .find(|stance| super::export::stance_guid(*stance) == guid)
}

/// The indicator a code names: by its exported GUID, its name in either
/// language, or its id, ignoring case, spaces and a leading number ("3. ").
fn indicator_named(framework: &Framework, code: &Code) -> Option<IndicatorId> {
    framework
        .indicators
        .iter()
        .find(|indicator| super::export::indicator_guid(&indicator.id) == code.guid)
        .or_else(|| {
            framework.indicators.iter().find(|indicator| {
                [&indicator.name.id, &indicator.name.en, &indicator.id.0]
                    .into_iter()
                    .any(|name| same_name(name, &code.name))
            })
        })
        .map(|indicator| indicator.id.clone())
}

/// Names equal but for case, spacing and a leading number.
fn same_name(a: &str, b: &str) -> bool {
    let simple = |name: &str| {
        let name = name
            .trim()
            .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ')')
            .trim();
        name.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    !simple(a).is_empty() && simple(a) == simple(b)
}
