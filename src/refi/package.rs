//! The `.qdpx` package: a zip holding the project's XML (`project.qde`, or
//! any `*.qde` at the top, as ATLAS.ti names it after the project) and its
//! source files under `Sources/` (QualCoder and NVivo write `sources/`).
//! Reading is bounded: the package, each part and the whole unpacked size
//! have a cap, so a zip bomb is refused instead of filling memory.

use super::error::RefiError;
use super::qde::{Content, Qde, parse_qde};
use std::io::{Cursor, Read, Write};
use std::path::{Path, PathBuf};
use zip::ZipArchive;

/// The largest package read: 512 MB (a few hundred transcripts with pictures).
pub const MAX_PACKAGE_BYTES: u64 = 512 * 1024 * 1024;
/// The largest part unpacked: 64 MB (the XML of a very large project).
pub const MAX_PART_BYTES: u64 = 64 * 1024 * 1024;

/// A package read: its project and the source texts it holds.
#[derive(Clone, Debug)]
pub struct Package {
    /// The project.
    pub qde: Qde,
    /// The plain text of each text source, by GUID key, as stored (with any
    /// byte-order mark).
    pub texts: Vec<(String, String)>,
}

/// Reads the package at `path`: the project and every text source's text.
/// Every source whose file is missing is named at once.
pub fn read_package(path: &Path) -> Result<Package, RefiError> {
    let bytes = read_bounded(path)?;
    let damaged = |reason: String| RefiError::Damaged {
        path: path.to_owned(),
        reason,
    };
    let mut zip =
        ZipArchive::new(Cursor::new(bytes.as_slice())).map_err(|e| damaged(e.to_string()))?;
    let names: Vec<String> = zip.file_names().map(str::to_owned).collect();
    let qde_name = names
        .iter()
        .filter(|name| !name.contains('/') && name.to_ascii_lowercase().ends_with(".qde"))
        .min_by_key(|name| !name.eq_ignore_ascii_case("project.qde"))
        .cloned()
        .ok_or_else(|| RefiError::NoProject {
            path: path.to_owned(),
        })?;
    let xml = read_part(&mut zip, &qde_name, path)?;
    let xml = String::from_utf8(xml).map_err(|_| RefiError::NotUtf8 {
        file: qde_name.clone(),
    })?;
    let qde = parse_qde(&xml, &qde_name)?;
    let mut texts = Vec::new();
    let mut missing = Vec::new();
    for source in &qde.sources {
        let stored = match &source.content {
            Content::Inline(text) => Some(text.clone()),
            Content::Path(reference) => {
                let found = source_file(&mut zip, &names, reference, path, &qde.base_path)?;
                match found {
                    Some((file, bytes)) => {
                        Some(String::from_utf8(bytes).map_err(|_| RefiError::NotUtf8 { file })?)
                    }
                    None => {
                        missing.push(if source.name.trim().is_empty() {
                            reference.clone()
                        } else {
                            format!("{} ({reference})", source.name)
                        });
                        None
                    }
                }
            }
        };
        if let Some(text) = stored {
            texts.push((source.guid.clone(), text));
        }
    }
    if !missing.is_empty() {
        return Err(RefiError::MissingSources { missing });
    }
    Ok(Package { qde, texts })
}

/// The bytes of the file at `path`, refusing what is not a regular file or is
/// too large.
fn read_bounded(path: &Path) -> Result<Vec<u8>, RefiError> {
    let io = |source| RefiError::Io {
        path: path.to_owned(),
        source,
    };
    let metadata = std::fs::metadata(path).map_err(io)?;
    if !metadata.is_file() {
        return Err(RefiError::NotAFile {
            path: path.to_owned(),
        });
    }
    if metadata.len() > MAX_PACKAGE_BYTES {
        return Err(RefiError::TooLarge {
            name: crate::store::paths::display(path),
            bytes: metadata.len(),
            limit: MAX_PACKAGE_BYTES,
        });
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .map_err(io)?
        .take(MAX_PACKAGE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(io)?;
    Ok(bytes)
}

/// The part `name`, unpacked within [`MAX_PART_BYTES`].
fn read_part(
    zip: &mut ZipArchive<Cursor<&[u8]>>,
    name: &str,
    path: &Path,
) -> Result<Vec<u8>, RefiError> {
    let damaged = |reason: String| RefiError::Damaged {
        path: path.to_owned(),
        reason: format!("{name}: {reason}"),
    };
    let part = zip.by_name(name).map_err(|e| damaged(e.to_string()))?;
    let mut bytes = Vec::new();
    part.take(MAX_PART_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| damaged(e.to_string()))?;
    if bytes.len() as u64 > MAX_PART_BYTES {
        return Err(RefiError::TooLarge {
            name: name.to_owned(),
            bytes: bytes.len() as u64,
            limit: MAX_PART_BYTES,
        });
    }
    Ok(bytes)
}

/// The file a `plainTextPath` names, with the name to report it by: inside the
/// package for `internal://` (under `Sources/` in any case), beside it or under
/// the project's `basePath` for `relative://`, on disk for an absolute path.
fn source_file(
    zip: &mut ZipArchive<Cursor<&[u8]>>,
    names: &[String],
    reference: &str,
    package: &Path,
    base_path: &str,
) -> Result<Option<(String, Vec<u8>)>, RefiError> {
    // A bare relative path (written by some tools) is looked for inside the
    // package first, as if it were internal.
    let bare = !reference.contains("://") && Path::new(reference).is_relative();
    let inner = reference
        .strip_prefix("internal://")
        .or(bare.then_some(reference));
    if let Some(inner) = inner {
        let wanted = format!("sources/{}", inner.trim_start_matches('/')).to_lowercase();
        if let Some(name) = names.iter().find(|name| name.to_lowercase() == wanted) {
            let name = name.clone();
            return read_part(zip, &name, package).map(|bytes| Some((name, bytes)));
        }
        if !bare {
            return Ok(None);
        }
    }
    let relative = reference
        .strip_prefix("relative://")
        .or(bare.then_some(reference));
    let candidates: Vec<PathBuf> = match relative {
        Some(relative) => {
            let folder = package.parent().unwrap_or(Path::new("."));
            let mut candidates = vec![folder.join(relative)];
            if !base_path.trim().is_empty() {
                candidates.insert(0, Path::new(base_path).join(relative));
            }
            candidates
        }
        None => vec![PathBuf::from(
            reference.strip_prefix("absolute://").unwrap_or(reference),
        )],
    };
    for candidate in candidates {
        if candidate.is_file() {
            let bytes = read_bounded(&candidate)?;
            return Ok(Some((crate::store::paths::display(&candidate), bytes)));
        }
    }
    Ok(None)
}

/// A package made of `files` (name inside the zip, contents), in that order,
/// deflated.
pub fn zip_files(files: &[(String, Vec<u8>)]) -> Result<Vec<u8>, String> {
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        // A fixed time: the same project makes the same package.
        .last_modified_time(zip::DateTime::default());
    for (name, bytes) in files {
        writer
            .start_file(name.as_str(), options)
            .map_err(|e| e.to_string())?;
        writer.write_all(bytes).map_err(|e| e.to_string())?;
    }
    writer
        .finish()
        .map(Cursor::into_inner)
        .map_err(|e| e.to_string())
}
