//! The chapter's sections in the order a results chapter (Bab IV) presents
//! them: the study, the actors, their roles, the network (form, diagram,
//! relations and measures), the indicators, the comparison of assessments and
//! the agreement between them, the second framework, the evidence matrices and
//! the conclusions.

use super::agreement::agreement;
use super::blocks::Chapter;
use super::build::{Builder, ChapterOptions, actors, findings, roles, study};
use super::indicators::{comparison, indicators, matrices};
use super::network::network;
use super::second_framework::second_framework;
use crate::analysis::EvidenceIndex;
use crate::model::Project;
use crate::report::error::ExportError;

/// The results chapter of `project`.
pub fn build_chapter(project: &Project, options: &ChapterOptions) -> Result<Chapter, ExportError> {
    let index = EvidenceIndex::build(project);
    let mut builder = Builder::new(project, &index, options);
    builder.chapter_heading();
    study(&mut builder);
    actors(&mut builder);
    roles(&mut builder);
    network(&mut builder)?;
    indicators(&mut builder)?;
    comparison(&mut builder);
    agreement(&mut builder);
    second_framework(&mut builder)?;
    matrices(&mut builder);
    findings(&mut builder);
    Ok(builder.finish())
}
