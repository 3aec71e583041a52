//! Imported texts become sources the same way from the command line and the
//! window: a fresh id each, the title from the document (or the one given),
//! the file name kept as the reference, and the kind given, or else the one
//! the file name suggests (`wawancara_lurah.pdf` is an interview), or else told
//! from the format (a PDF is a document, anything else an interview transcript).

use super::imported::{Format, ImportedText};
use crate::model::{Project, Source, SourceId, SourceKind, fresh_id};
use std::path::{Path, PathBuf};

/// One source per imported document, with ids free in `project` and among
/// each other. `title` applies only when there is a single document.
pub fn new_sources(
    project: &Project,
    imported: Vec<(PathBuf, ImportedText)>,
    kind: Option<SourceKind>,
    title: Option<&str>,
) -> Vec<Source> {
    let title = title
        .map(str::trim)
        .filter(|title| !title.is_empty() && imported.len() == 1);
    let mut taken: Vec<String> = project.sources.iter().map(|s| s.id.to_string()).collect();
    let mut sources = Vec::with_capacity(imported.len());
    for (doc, text) in imported {
        let id = fresh_id("source", taken.iter().map(String::as_str));
        taken.push(id.clone());
        sources.push(new_source(SourceId::new(id), &doc, text, kind, title));
    }
    sources
}

/// How many of `docs` share their file name with a source the project
/// already holds (its reference): most likely imported before.
pub fn already_imported(project: &Project, docs: &[PathBuf]) -> usize {
    docs.iter()
        .filter_map(|doc| doc.file_name())
        .filter(|name| {
            let name = name.to_string_lossy();
            project.sources.iter().any(|s| s.reference == *name)
        })
        .count()
}

/// The kind a document gets when none is chosen: the one its name suggests,
/// or else the one its format suggests.
pub fn kind_for(name: &str, format: Format) -> SourceKind {
    if let Some(kind) = SourceKind::suggested_by(name) {
        return kind;
    }
    match format {
        Format::Pdf => SourceKind::Document,
        Format::Text | Format::Markdown | Format::Docx | Format::Odt => SourceKind::Interview,
    }
}

/// The kind a file will get when none is chosen, told before it is read: as
/// [`kind_for`], with the format guessed from the name's extension.
pub fn kind_for_file_name(name: &str) -> SourceKind {
    let is_pdf = std::path::Path::new(name)
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("pdf"));
    kind_for(name, if is_pdf { Format::Pdf } else { Format::Text })
}

fn new_source(
    id: SourceId,
    doc: &Path,
    text: ImportedText,
    kind: Option<SourceKind>,
    title: Option<&str>,
) -> Source {
    let reference = doc.file_name().map_or_else(
        || doc.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let title = match title {
        Some(title) => title.to_owned(),
        None if !text.title.trim().is_empty() => text.title,
        None => reference.clone(),
    };
    Source {
        id,
        kind: kind.unwrap_or_else(|| kind_for(&reference, text.format)),
        title,
        informant: String::new(),
        informant_code: String::new(),
        informant_position: String::new(),
        actor: None,
        date: String::new(),
        reference,
        text: text.text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(format: Format, title: &str) -> ImportedText {
        ImportedText {
            text: "Isi.\n".into(),
            title: title.into(),
            format,
        }
    }

    #[test]
    fn several_documents_get_distinct_free_ids_and_kinds_by_format() {
        let project = Project::new(crate::model::Framework::deseve());
        let sources = new_sources(
            &project,
            vec![
                (
                    "/a/wawancara_1.docx".into(),
                    text(Format::Docx, "wawancara 1"),
                ),
                ("/a/perda.pdf".into(), text(Format::Pdf, "perda")),
                (
                    "/a/wawancara_pengurus.pdf".into(),
                    text(Format::Pdf, "wawancara pengurus"),
                ),
            ],
            None,
            Some("ignored for two"),
        );
        assert_eq!(sources.len(), 3);
        assert_eq!(
            sources[2].kind,
            SourceKind::Interview,
            "the name says interview"
        );
        assert_ne!(sources[0].id, sources[1].id);
        assert_eq!(sources[0].kind, SourceKind::Interview);
        assert_eq!(sources[1].kind, SourceKind::Document);
        assert_eq!(sources[0].title, "wawancara 1");
        assert_eq!(sources[1].reference, "perda.pdf");
    }
}
