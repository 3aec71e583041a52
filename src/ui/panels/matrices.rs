//! The evidence matrices tab: indicators by sector (or actor) with the notes
//! that support / challenge each, and indicators by kind of source, so the
//! triangulation shows at a glance. A click on a cell lists its notes; each
//! matrix copies to the clipboard as a table.

use super::context::PanelCtx;
use crate::analysis::{Cell, CoverageMatrix, MatrixColumns, StanceMatrix};
use crate::i18n::{Msg, Named};
use crate::model::{EvidenceId, Stance};
use crate::report::{column_name, coverage_table, stance_table};
use crate::ui::widgets::shorten;
use std::rc::Rc;

/// Which matrix a cell belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MatrixKind {
    /// Indicators by sector or actor.
    Stance,
    /// Indicators by kind of source.
    Coverage,
}

/// The matrices' columns, the cell opened, and the matrices as last built.
#[derive(Default)]
pub struct MatricesState {
    /// Sectors or actors across the stance matrix.
    pub columns: MatrixColumns,
    /// The cell whose notes are listed: matrix, row, column.
    pub selected: Option<(MatrixKind, usize, usize)>,
    stance: Option<(u64, MatrixColumns, Rc<StanceMatrix>)>,
    coverage: Option<(u64, Rc<CoverageMatrix>)>,
}

impl MatricesState {
    /// The stance matrix, rebuilt only when the project or the columns change.
    fn stance(&mut self, cx: &PanelCtx<'_>) -> Rc<StanceMatrix> {
        let revision = cx.doc.revision();
        match &self.stance {
            Some((rev, columns, matrix)) if *rev == revision && *columns == self.columns => {
                matrix.clone()
            }
            _ => {
                let matrix = Rc::new(StanceMatrix::build(&cx.doc.project, self.columns));
                self.stance = Some((revision, self.columns, matrix.clone()));
                matrix
            }
        }
    }

    /// The coverage matrix, rebuilt only when the project changes.
    fn coverage(&mut self, cx: &PanelCtx<'_>) -> Rc<CoverageMatrix> {
        let revision = cx.doc.revision();
        match &self.coverage {
            Some((rev, matrix)) if *rev == revision => matrix.clone(),
            _ => {
                let matrix = Rc::new(CoverageMatrix::build(&cx.doc.project));
                self.coverage = Some((revision, matrix.clone()));
                matrix
            }
        }
    }
}

/// Draws both matrices and the notes of the cell clicked; returns the note the
/// user asked to open.
pub fn show(ui: &mut egui::Ui, cx: &PanelCtx<'_>, state: &mut MatricesState) -> Option<EvidenceId> {
    let project = &cx.doc.project;
    let lang = cx.lang;
    let stance = state.stance(cx);
    let coverage = state.coverage(cx);
    let mut open = None;
    egui::ScrollArea::vertical()
        .id_salt("matrices")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.label(egui::RichText::new(cx.t(Msg::MatricesHelp)).weak());
            ui.horizontal(|ui| {
                ui.strong(cx.t(Msg::StanceMatrixTitle));
                ui.separator();
                ui.label(cx.t(Msg::MatrixColumnsLabel));
                ui.radio_value(&mut state.columns, MatrixColumns::Sector, cx.t(Msg::Sector));
                ui.radio_value(&mut state.columns, MatrixColumns::Actor, cx.t(Msg::Actors));
                if ui.button(cx.t(Msg::CopyTable)).clicked() {
                    ui.ctx()
                        .copy_text(stance_table(project, &stance, lang).tab_separated());
                }
            });
            let headings: Vec<String> = stance
                .columns
                .iter()
                .map(|c| column_name(project, c, lang))
                .collect();
            grid(
                ui,
                cx,
                state,
                MatrixKind::Stance,
                &headings,
                |row, column| {
                    stance.cell(row, column).map(|c| {
                        let text = format!(
                            "{} / {}",
                            c.count(Stance::Supports),
                            c.count(Stance::Challenges)
                        );
                        (text, c)
                    })
                },
            );
            ui.add_space(12.0);
            ui.horizontal(|ui| {
                ui.strong(cx.t(Msg::CoverageMatrixTitle));
                if ui.button(cx.t(Msg::CopyTable)).clicked() {
                    ui.ctx()
                        .copy_text(coverage_table(project, &coverage, lang).tab_separated());
                }
            });
            let kinds: Vec<String> = coverage
                .kinds
                .iter()
                .map(|k| k.name(lang).to_owned())
                .collect();
            grid(
                ui,
                cx,
                state,
                MatrixKind::Coverage,
                &kinds,
                |row, column| {
                    coverage.cell(row, column).map(|c| {
                        let sources = coverage.source_count(row, column);
                        (format!("{} ({sources})", c.notes.len()), c)
                    })
                },
            );
            ui.label(egui::RichText::new(cx.t(Msg::CoverageMatrixHint)).weak());
            ui.add_space(12.0);
            let cell = state.selected.and_then(|(kind, row, column)| match kind {
                MatrixKind::Stance => stance.cell(row, column),
                MatrixKind::Coverage => coverage.cell(row, column),
            });
            if let Some(cell) = cell {
                open = cell_notes(ui, cx, cell);
            }
        });
    open
}

/// One matrix as a grid of buttons, one per cell; a click selects the cell.
fn grid<'m>(
    ui: &mut egui::Ui,
    cx: &PanelCtx<'_>,
    state: &mut MatricesState,
    kind: MatrixKind,
    headings: &[String],
    cell_at: impl Fn(usize, usize) -> Option<(String, &'m Cell)>,
) {
    let project = &cx.doc.project;
    egui::ScrollArea::horizontal()
        .id_salt(("matrix", kind as u8))
        .show(ui, |ui| {
            egui::Grid::new(("matrix-grid", kind as u8))
                .striped(true)
                .spacing([10.0, 4.0])
                .show(ui, |ui| {
                    ui.strong(cx.t(Msg::Indicator));
                    for heading in headings {
                        ui.strong(heading);
                    }
                    ui.end_row();
                    for (row, indicator) in project.framework.indicators.iter().enumerate() {
                        ui.label(indicator.name.get(cx.lang));
                        for (column, heading) in headings.iter().enumerate() {
                            let Some((text, cell)) = cell_at(row, column) else {
                                ui.label("");
                                continue;
                            };
                            let here = Some((kind, row, column));
                            let text = if cell.notes.is_empty() {
                                egui::RichText::new("–").weak()
                            } else {
                                egui::RichText::new(text)
                            };
                            let clicked = ui
                                .selectable_label(state.selected == here, text)
                                .on_hover_text(format!(
                                    "{} × {heading}",
                                    indicator.name.get(cx.lang)
                                ))
                                .clicked();
                            if clicked {
                                state.selected = if state.selected == here { None } else { here };
                            }
                        }
                        ui.end_row();
                    }
                });
        });
}

/// The notes of the opened cell, virtualised; returns the note clicked.
fn cell_notes(ui: &mut egui::Ui, cx: &PanelCtx<'_>, cell: &Cell) -> Option<EvidenceId> {
    let project = &cx.doc.project;
    let mut open = None;
    ui.strong(Msg::NotesCount.count(cx.lang, cell.notes.len(), &[&cell.notes.len()]));
    let row_height = ui.spacing().interact_size.y;
    egui::ScrollArea::vertical()
        .id_salt("matrix-cell-notes")
        .max_height(row_height * 12.0)
        .auto_shrink([false, true])
        .show_rows(ui, row_height, cell.notes.len(), |ui, rows| {
            for &position in &cell.notes[rows] {
                let Some(note) = project.evidence.get(position) else {
                    continue;
                };
                ui.horizontal(|ui| {
                    if ui.link(note.id.as_str()).clicked() {
                        open = Some(note.id.clone());
                    }
                    ui.label(note.stance.name(cx.lang));
                    crate::ui::widgets::cell(ui, shorten(&note.excerpt, 160));
                });
            }
        });
    open
}
