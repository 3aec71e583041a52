//! Evidence matrices, so triangulation is visible at a glance: indicators by
//! sector (or by actor) with the notes counted by stance, and indicators by kind
//! of source. Each cell keeps its notes, so a click can list them.

use crate::model::{ActorId, IndicatorId, Project, Sector, SourceKind, Stance};
use std::collections::HashMap;

/// What the columns of the stance matrix are.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum MatrixColumns {
    /// The sectors the actors come from (the pentahelix, where sectors fit).
    #[default]
    Sector,
    /// The actors themselves.
    Actor,
}

/// A column of the stance matrix.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StanceColumn {
    /// Every actor of a sector.
    Sector(Sector),
    /// One actor.
    Actor(ActorId),
}

/// One cell: its notes (positions in `project.evidence`) and their count by stance.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cell {
    /// The notes, in project order, each once.
    pub notes: Vec<usize>,
    /// Notes that support, challenge, and give context, in that order.
    pub by_stance: [usize; 3],
}

impl Cell {
    fn add(&mut self, position: usize, stance: Stance) {
        if self.notes.last() == Some(&position) {
            return;
        }
        self.notes.push(position);
        self.by_stance[stance_slot(stance)] += 1;
    }

    /// How many notes have `stance`.
    pub fn count(&self, stance: Stance) -> usize {
        self.by_stance[stance_slot(stance)]
    }
}

fn stance_slot(stance: Stance) -> usize {
    match stance {
        Stance::Supports => 0,
        Stance::Challenges => 1,
        Stance::Context => 2,
    }
}

/// Indicators (rows) by sector or actor (columns): which notes about whom
/// support or challenge each indicator.
/// Owns what it shows (ids, not borrows) so a panel can keep it until the
/// project changes.
#[derive(Clone, Debug)]
pub struct StanceMatrix {
    /// The rows: the framework's indicators, in its order.
    pub indicators: Vec<IndicatorId>,
    /// The columns: sectors in their usual order (only those with actors), or
    /// actors in project order.
    pub columns: Vec<StanceColumn>,
    cells: Vec<Cell>,
}

impl StanceMatrix {
    /// The matrix of `project` with columns `by`.
    pub fn build(project: &Project, by: MatrixColumns) -> Self {
        let indicators: Vec<IndicatorId> = project
            .framework
            .indicators
            .iter()
            .map(|i| i.id.clone())
            .collect();
        let row_of = rows_of(&indicators);
        let columns: Vec<StanceColumn> = match by {
            MatrixColumns::Sector => Sector::ALL
                .into_iter()
                .filter(|sector| project.actors.iter().any(|a| a.sector == *sector))
                .map(StanceColumn::Sector)
                .collect(),
            MatrixColumns::Actor => project
                .actors
                .iter()
                .map(|a| StanceColumn::Actor(a.id.clone()))
                .collect(),
        };
        let column_of_actor: HashMap<&str, usize> = project
            .actors
            .iter()
            .filter_map(|actor| {
                let column = columns.iter().position(|c| match c {
                    StanceColumn::Sector(sector) => *sector == actor.sector,
                    StanceColumn::Actor(id) => *id == actor.id,
                })?;
                Some((actor.id.as_str(), column))
            })
            .collect();
        let width = columns.len();
        let mut cells = vec![Cell::default(); indicators.len() * width];
        for (position, note) in project.evidence.iter().enumerate() {
            for indicator in &note.indicators {
                let Some(&row) = row_of.get(indicator.as_str()) else {
                    continue;
                };
                for actor in &note.actors {
                    if let Some(&column) = column_of_actor.get(actor.as_str()) {
                        cells[row * width + column].add(position, note.stance);
                    }
                }
            }
        }
        // Two actors of one sector on a note were added once each; keep one.
        for cell in &mut cells {
            dedup_cell(cell, project);
        }
        StanceMatrix {
            indicators,
            columns,
            cells,
        }
    }

    /// The cell at `row`, `column`.
    pub fn cell(&self, row: usize, column: usize) -> Option<&Cell> {
        if column >= self.columns.len() {
            return None;
        }
        self.cells.get(row * self.columns.len() + column)
    }
}

/// Each indicator's row.
fn rows_of(indicators: &[IndicatorId]) -> HashMap<&str, usize> {
    indicators
        .iter()
        .enumerate()
        .map(|(row, id)| (id.as_str(), row))
        .collect()
}

/// Removes repeated notes from a cell and recounts its stances.
fn dedup_cell(cell: &mut Cell, project: &Project) {
    if cell.notes.windows(2).all(|w| w[0] < w[1]) {
        return;
    }
    cell.notes.sort_unstable();
    cell.notes.dedup();
    cell.by_stance = [0; 3];
    for &position in &cell.notes {
        cell.by_stance[stance_slot(project.evidence[position].stance)] += 1;
    }
}

/// Indicators (rows) by kind of source (columns): how many notes, from how many
/// sources, each kind gives each indicator.
#[derive(Clone, Debug)]
pub struct CoverageMatrix {
    /// The rows: the framework's indicators, in its order.
    pub indicators: Vec<IndicatorId>,
    /// Every kind of source, in the usual order.
    pub kinds: Vec<SourceKind>,
    cells: Vec<Cell>,
    sources: Vec<usize>,
}

impl CoverageMatrix {
    /// The matrix of `project`.
    pub fn build(project: &Project) -> Self {
        let indicators: Vec<IndicatorId> = project
            .framework
            .indicators
            .iter()
            .map(|i| i.id.clone())
            .collect();
        let row_of = rows_of(&indicators);
        let kinds = SourceKind::ALL.to_vec();
        let kind_of: HashMap<&str, (usize, SourceKind)> = project
            .sources
            .iter()
            .enumerate()
            .map(|(position, s)| (s.id.as_str(), (position, s.kind)))
            .collect();
        let width = kinds.len();
        let mut cells = vec![Cell::default(); indicators.len() * width];
        let mut source_sets: Vec<Vec<usize>> = vec![Vec::new(); cells.len()];
        for (position, note) in project.evidence.iter().enumerate() {
            let Some(&(source, kind)) = kind_of.get(note.source.as_str()) else {
                continue;
            };
            let column = kinds.iter().position(|k| *k == kind).unwrap_or(0);
            for indicator in &note.indicators {
                if let Some(&row) = row_of.get(indicator.as_str()) {
                    let at = row * width + column;
                    cells[at].add(position, note.stance);
                    source_sets[at].push(source);
                }
            }
        }
        let sources = source_sets
            .into_iter()
            .map(|mut set| {
                set.sort_unstable();
                set.dedup();
                set.len()
            })
            .collect();
        CoverageMatrix {
            indicators,
            kinds,
            cells,
            sources,
        }
    }

    /// The cell at `row`, `column`.
    pub fn cell(&self, row: usize, column: usize) -> Option<&Cell> {
        if column >= self.kinds.len() {
            return None;
        }
        self.cells.get(row * self.kinds.len() + column)
    }

    /// How many distinct sources the cell's notes come from.
    pub fn source_count(&self, row: usize, column: usize) -> usize {
        if column >= self.kinds.len() {
            return 0;
        }
        self.sources
            .get(row * self.kinds.len() + column)
            .copied()
            .unwrap_or(0)
    }

    /// The kinds of source that give `row` any note.
    pub fn kinds_covering(&self, row: usize) -> usize {
        (0..self.kinds.len())
            .filter(|&column| self.cell(row, column).is_some_and(|c| !c.notes.is_empty()))
            .count()
    }
}

#[cfg(test)]
mod tests {
    use super::{CoverageMatrix, MatrixColumns, StanceColumn, StanceMatrix};
    use crate::model::{Sector, SourceKind, Stance};
    use crate::synth::{Params, project};

    #[test]
    fn every_note_is_counted_once_per_indicator_and_sector_with_its_stance() {
        let project = project(&Params::with_evidence(400));
        let matrix = StanceMatrix::build(&project, MatrixColumns::Sector);
        assert!(!matrix.columns.is_empty());
        for (row, indicator) in matrix.indicators.iter().enumerate() {
            for (column, heading) in matrix.columns.iter().enumerate() {
                let StanceColumn::Sector(sector) = heading else {
                    panic!("sector columns");
                };
                let expected: Vec<usize> = project
                    .evidence
                    .iter()
                    .enumerate()
                    .filter(|(_, n)| n.indicators.contains(indicator))
                    .filter(|(_, n)| {
                        n.actors.iter().any(|a| {
                            project
                                .actor(a)
                                .is_some_and(|actor| actor.sector == *sector)
                        })
                    })
                    .map(|(p, _)| p)
                    .collect();
                let cell = matrix.cell(row, column).expect("cell");
                assert_eq!(cell.notes, expected);
                let supports = expected
                    .iter()
                    .filter(|&&p| project.evidence[p].stance == Stance::Supports)
                    .count();
                assert_eq!(cell.count(Stance::Supports), supports);
                assert_eq!(cell.by_stance.iter().sum::<usize>(), expected.len());
            }
        }
        assert!(matrix.cell(0, matrix.columns.len()).is_none());
    }

    #[test]
    fn actor_columns_follow_the_actors() {
        let project = project(&Params::with_evidence(100));
        let matrix = StanceMatrix::build(&project, MatrixColumns::Actor);
        assert_eq!(matrix.columns.len(), project.actors.len());
        let sectors = StanceMatrix::build(&project, MatrixColumns::Sector);
        let present = Sector::ALL
            .iter()
            .filter(|s| project.actors.iter().any(|a| a.sector == **s))
            .count();
        assert_eq!(sectors.columns.len(), present);
    }

    #[test]
    fn coverage_counts_notes_and_distinct_sources_per_kind() {
        let project = project(&Params::with_evidence(300));
        let matrix = CoverageMatrix::build(&project);
        assert_eq!(matrix.kinds, SourceKind::ALL.to_vec());
        for (row, indicator) in matrix.indicators.iter().enumerate() {
            for (column, kind) in matrix.kinds.iter().enumerate() {
                let notes: Vec<_> = project
                    .evidence
                    .iter()
                    .filter(|n| n.indicators.contains(indicator))
                    .filter(|n| project.source(&n.source).is_some_and(|s| s.kind == *kind))
                    .collect();
                let mut sources: Vec<_> = notes.iter().map(|n| n.source.clone()).collect();
                sources.sort_by(|a, b| a.as_str().cmp(b.as_str()));
                sources.dedup();
                assert_eq!(
                    matrix.cell(row, column).expect("cell").notes.len(),
                    notes.len()
                );
                assert_eq!(matrix.source_count(row, column), sources.len());
            }
            assert!(matrix.kinds_covering(row) <= matrix.kinds.len());
        }
    }
}
