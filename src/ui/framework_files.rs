//! Frameworks and assessments to and from other files, as the window handles
//! them: a framework saved to a file of its own or taken from one (or from
//! another project), and another copy's assessments brought in. Failures
//! become dialogs that name the file; the project is untouched by a failure.

use super::app::SinergiApp;
use super::modal::{FrameworkChoice, Modal};
use super::panels::context::Section;
use crate::analysis::{ImportPlan, plan_import};
use crate::document::{Edit, FrameworkEdit, Item, framework_effects};
use crate::i18n::{self, Msg};
use crate::model::{Framework, FrameworkSlot, validate_framework};
use crate::store;
use std::path::Path;

impl SinergiApp {
    /// Offers the built-in frameworks, for a new project or for the open one.
    pub(crate) fn offer_library(&mut self, new_project: bool) {
        self.modal = Some(Modal::ChooseFramework(FrameworkChoice {
            candidates: Framework::built_in().to_vec(),
            chosen: 0,
            new_project,
            title: String::new(),
        }));
    }

    /// Reads the framework in `path` and offers it for the open project.
    pub fn load_framework_from(&mut self, path: &Path) -> bool {
        let framework = match store::load_framework(path) {
            Ok(framework) => framework,
            Err(error) => {
                self.modal = Some(Modal::Error(
                    self.t(Msg::FrameworkUnusable).to_owned(),
                    vec![i18n::describe_load_error(self.lang, &error)],
                ));
                return false;
            }
        };
        let problems = validate_framework(&framework);
        if !problems.is_empty() {
            let lines = problems
                .iter()
                .map(|p| {
                    format!(
                        "{}: {}",
                        path.display(),
                        i18n::describe_problem(self.lang, p)
                    )
                })
                .collect();
            self.modal = Some(Modal::Error(
                self.t(Msg::FrameworkUnusable).to_owned(),
                lines,
            ));
            return false;
        }
        self.modal = Some(Modal::ChooseFramework(FrameworkChoice {
            candidates: vec![framework],
            chosen: 0,
            new_project: false,
            title: String::new(),
        }));
        true
    }

    /// Saves the framework in `slot` to `path`.
    pub fn save_framework_to(&mut self, slot: FrameworkSlot, path: &Path) -> bool {
        let Some(framework) = self.doc.project.framework_in(slot) else {
            return false;
        };
        match store::save_framework(path, framework) {
            Ok(_) => {
                self.status = Msg::StatusFrameworkSaved.fill(self.lang, &[&path.display()]);
                true
            }
            Err(error) => {
                self.modal = Some(Modal::Error(
                    self.t(Msg::SaveFailed).to_owned(),
                    vec![i18n::describe_save_error(self.lang, &error)],
                ));
                false
            }
        }
    }

    /// Carries out `edit` at once when it touches no existing work; otherwise
    /// asks first, showing what it does.
    pub fn change_framework(&mut self, edit: FrameworkEdit) {
        let effects = framework_effects(&self.doc.project, &edit);
        if effects.is_empty() {
            self.apply_framework(edit);
        } else {
            self.modal = Some(Modal::ConfirmFramework(Box::new((edit, effects))));
        }
    }

    /// Carries out a framework change, and shows the framework it put in place.
    pub(crate) fn apply_framework(&mut self, edit: FrameworkEdit) {
        let slot = edit.slot;
        let shown = edit.framework.is_some();
        if self.doc.apply(vec![(Edit::Framework(edit), None)]) {
            self.status = self.t(Msg::StatusFrameworkChanged).to_owned();
            self.section = Section::Framework;
            self.panels.framework.slot = if shown { slot } else { FrameworkSlot::Main };
            self.panels.framework.selected = None;
        }
    }

    /// Reads another project file and offers its assessments.
    pub fn import_from(&mut self, path: &Path) -> bool {
        let theirs = match store::load(path) {
            Ok(project) => project,
            Err(error) => {
                self.modal = Some(Modal::Error(
                    self.t(Msg::ImportFailed).to_owned(),
                    vec![i18n::describe_load_error(self.lang, &error)],
                ));
                return false;
            }
        };
        let name = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        match plan_import(&self.doc.project, &theirs, &name) {
            Ok(plan) => {
                self.modal = Some(Modal::ImportAssessments(plan));
                true
            }
            Err(error) => {
                self.modal = Some(Modal::Error(
                    self.t(Msg::ImportFailed).to_owned(),
                    vec![format!("{}: {}", path.display(), error.describe(self.lang))],
                ));
                false
            }
        }
    }

    /// Brings in the ticked assessments as one undo step, and shows the chart
    /// with the first of them compared with the assessment it scores again.
    pub(crate) fn import_chosen(&mut self, plan: &ImportPlan) {
        let assessments = plan.chosen_assessments();
        let count = assessments.len();
        let key = format!("import:{}", plan.file_name);
        let first = assessments
            .iter()
            .find_map(|a| Some((a.compared_with.clone()?, a.id.clone(), a.framework)));
        let edits = assessments
            .into_iter()
            .map(|a| (Edit::Put(Item::Assessment(a)), Some(key.clone())))
            .collect();
        if self.doc.apply(edits) {
            self.doc.break_coalescing();
            self.status = Msg::StatusImported.count(self.lang, count, &[&count, &plan.file_name]);
            if let Some((researcher, coder, slot)) = first {
                self.section = Section::Chart;
                self.panels.chart.framework = slot;
                self.panels.chart.hidden.clear();
                self.panels.chart.agreement.pair = Some((researcher, coder));
            }
        }
    }
}
