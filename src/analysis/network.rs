//! The actor network as a graph, and the measures a governance study reports:
//! per actor its degree and betweenness centrality, for the network its density
//! and its (Freeman) degree and betweenness centralisation. Measured on the
//! relations a filter shows, ignoring direction and counting a pair tied by
//! several relations once: the usual reading of a collaboration network.

use crate::model::{ActivityId, ActorId, Project, Relation, RelationKind};
use std::collections::{HashMap, VecDeque};

/// Which relations a view of the network shows.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct NetworkFilter {
    /// The kinds left out (none: every kind is shown).
    pub hidden_kinds: Vec<RelationKind>,
    /// Only the relations of this activity (none: all of them).
    pub activity: Option<ActivityId>,
}

impl NetworkFilter {
    /// True when `relation` is shown.
    pub fn shows(&self, relation: &Relation) -> bool {
        !self.hidden_kinds.contains(&relation.kind)
            && self
                .activity
                .as_ref()
                .is_none_or(|activity| relation.activities.contains(activity))
    }

    /// True when every relation is shown.
    pub fn shows_all(&self) -> bool {
        self.hidden_kinds.is_empty() && self.activity.is_none()
    }
}

/// The simple undirected graph of the actors and the relations shown: node
/// `i` is `project.actors[i]`.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Graph {
    /// Per actor, its neighbours in ascending order, each once.
    pub neighbours: Vec<Vec<usize>>,
    /// Per actor, how many relations shown it takes part in.
    pub relations: Vec<usize>,
}

impl Graph {
    /// The graph of `project`'s actors and the relations `filter` shows.
    /// Relations naming an unknown actor, or joining an actor to itself, are
    /// left out (validation reports them).
    pub fn of(project: &Project, filter: &NetworkFilter) -> Graph {
        let index: HashMap<&ActorId, usize> = project
            .actors
            .iter()
            .enumerate()
            .map(|(i, actor)| (&actor.id, i))
            .collect();
        let n = project.actors.len();
        let mut graph = Graph {
            neighbours: vec![Vec::new(); n],
            relations: vec![0; n],
        };
        for relation in project.relations.iter().filter(|r| filter.shows(r)) {
            let (Some(&a), Some(&b)) = (index.get(&relation.from), index.get(&relation.to)) else {
                continue;
            };
            if a == b {
                continue;
            }
            graph.relations[a] += 1;
            graph.relations[b] += 1;
            graph.neighbours[a].push(b);
            graph.neighbours[b].push(a);
        }
        for list in &mut graph.neighbours {
            list.sort_unstable();
            list.dedup();
        }
        graph
    }

    /// A graph of `n` nodes with the undirected `edges` (for tests and benches).
    pub fn from_edges(n: usize, edges: &[(usize, usize)]) -> Graph {
        let mut graph = Graph {
            neighbours: vec![Vec::new(); n],
            relations: vec![0; n],
        };
        for &(a, b) in edges {
            if a != b && a < n && b < n {
                graph.neighbours[a].push(b);
                graph.neighbours[b].push(a);
                graph.relations[a] += 1;
                graph.relations[b] += 1;
            }
        }
        for list in &mut graph.neighbours {
            list.sort_unstable();
            list.dedup();
        }
        graph
    }

    /// Number of actors.
    pub fn len(&self) -> usize {
        self.neighbours.len()
    }

    /// True when there are no actors.
    pub fn is_empty(&self) -> bool {
        self.neighbours.is_empty()
    }

    /// Node `i`'s degree: how many others it is tied to.
    pub fn degree(&self, i: usize) -> usize {
        self.neighbours[i].len()
    }

    /// Number of ties: pairs tied by at least one relation.
    pub fn ties(&self) -> usize {
        self.neighbours.iter().map(Vec::len).sum::<usize>() / 2
    }

    /// Ties present over ties possible, n(n-1)/2; 0 for fewer than two actors.
    pub fn density(&self) -> f64 {
        let n = self.len() as f64;
        if n < 2.0 {
            return 0.0;
        }
        self.ties() as f64 / (n * (n - 1.0) / 2.0)
    }

    /// Betweenness centrality of every node (Brandes 2001), normalised by the
    /// number of pairs of other nodes, (n-1)(n-2)/2, so 1 means the node lies
    /// on every shortest path between any two others.
    pub fn betweenness(&self) -> Vec<f64> {
        let n = self.len();
        let mut centrality = vec![0.0; n];
        let mut stack = Vec::with_capacity(n);
        let mut queue = VecDeque::with_capacity(n);
        let mut predecessors: Vec<Vec<usize>> = vec![Vec::new(); n];
        let mut paths = vec![0.0_f64; n];
        let mut distance = vec![usize::MAX; n];
        let mut dependency = vec![0.0_f64; n];
        for source in 0..n {
            stack.clear();
            for i in 0..n {
                predecessors[i].clear();
                paths[i] = 0.0;
                distance[i] = usize::MAX;
                dependency[i] = 0.0;
            }
            paths[source] = 1.0;
            distance[source] = 0;
            queue.push_back(source);
            while let Some(v) = queue.pop_front() {
                stack.push(v);
                for &w in &self.neighbours[v] {
                    if distance[w] == usize::MAX {
                        distance[w] = distance[v] + 1;
                        queue.push_back(w);
                    }
                    if distance[w] == distance[v] + 1 {
                        paths[w] += paths[v];
                        predecessors[w].push(v);
                    }
                }
            }
            while let Some(w) = stack.pop() {
                for &v in &predecessors[w] {
                    dependency[v] += paths[v] / paths[w] * (1.0 + dependency[w]);
                }
                if w != source {
                    centrality[w] += dependency[w];
                }
            }
        }
        // Each undirected path was counted from both of its ends.
        let pairs = (n.saturating_sub(1) * n.saturating_sub(2)) as f64;
        centrality
            .into_iter()
            .map(|c| if pairs > 0.0 { c / pairs } else { 0.0 })
            .collect()
    }

    /// Freeman's degree centralisation: how far the network is from one in
    /// which every actor has the same degree (0), towards a star (1).
    pub fn degree_centralisation(&self) -> f64 {
        let n = self.len();
        if n < 3 {
            return 0.0;
        }
        let degrees: Vec<f64> = (0..n).map(|i| self.degree(i) as f64).collect();
        let max = degrees.iter().copied().fold(0.0, f64::max);
        let spread: f64 = degrees.iter().map(|d| max - d).sum();
        spread / ((n - 1) * (n - 2)) as f64
    }
}

/// Freeman's centralisation of normalised betweenness scores: 1 for a star,
/// 0 when every actor lies on as many shortest paths as the others.
pub fn betweenness_centralisation(betweenness: &[f64]) -> f64 {
    let n = betweenness.len();
    if n < 3 {
        return 0.0;
    }
    let max = betweenness.iter().copied().fold(0.0, f64::max);
    betweenness.iter().map(|b| max - b).sum::<f64>() / (n - 1) as f64
}

/// One actor's place in the network.
#[derive(Clone, Debug, PartialEq)]
pub struct ActorMeasures {
    /// The actor.
    pub actor: ActorId,
    /// How many other actors it is tied to.
    pub degree: usize,
    /// How many relations it takes part in.
    pub relations: usize,
    /// Normalised betweenness centrality, 0 to 1.
    pub betweenness: f64,
}

/// The measures of the network a filter shows.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct NetworkStats {
    /// Per actor, in project order.
    pub actors: Vec<ActorMeasures>,
    /// Pairs tied by at least one relation.
    pub ties: usize,
    /// Relations shown.
    pub relations: usize,
    /// Ties present over ties possible.
    pub density: f64,
    /// Freeman's degree centralisation.
    pub degree_centralisation: f64,
    /// Freeman's betweenness centralisation.
    pub betweenness_centralisation: f64,
}

impl NetworkStats {
    /// The measures of `project`'s network as `filter` shows it.
    pub fn of(project: &Project, filter: &NetworkFilter) -> NetworkStats {
        let graph = Graph::of(project, filter);
        let betweenness = graph.betweenness();
        NetworkStats {
            actors: project
                .actors
                .iter()
                .enumerate()
                .map(|(i, actor)| ActorMeasures {
                    actor: actor.id.clone(),
                    degree: graph.degree(i),
                    relations: graph.relations[i],
                    betweenness: betweenness[i],
                })
                .collect(),
            ties: graph.ties(),
            relations: project.relations.iter().filter(|r| filter.shows(r)).count(),
            density: graph.density(),
            degree_centralisation: graph.degree_centralisation(),
            betweenness_centralisation: betweenness_centralisation(&betweenness),
        }
    }

    /// The measures of `actor`, if it is one of the project's.
    pub fn of_actor(&self, actor: &ActorId) -> Option<&ActorMeasures> {
        self.actors.iter().find(|m| &m.actor == actor)
    }
}

/// A measure between 0 and 1 as tables show it: two decimals.
pub fn format_measure(value: f64) -> String {
    format!("{value:.2}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn a_star_is_fully_centralised_on_its_hub() {
        // Hub 0 with four spokes.
        let graph = Graph::from_edges(5, &[(0, 1), (0, 2), (0, 3), (0, 4)]);
        let b = graph.betweenness();
        assert!(close(b[0], 1.0), "{b:?}");
        assert!(b[1..].iter().all(|x| close(*x, 0.0)));
        assert!(close(graph.degree_centralisation(), 1.0));
        assert!(close(betweenness_centralisation(&b), 1.0));
        assert!(close(graph.density(), 4.0 / 10.0));
    }

    #[test]
    fn a_complete_graph_is_dense_and_flat() {
        let edges: Vec<(usize, usize)> = (0..4)
            .flat_map(|a| (a + 1..4).map(move |b| (a, b)))
            .collect();
        let graph = Graph::from_edges(4, &edges);
        assert!(close(graph.density(), 1.0));
        assert!(close(graph.degree_centralisation(), 0.0));
        assert!(graph.betweenness().iter().all(|x| close(*x, 0.0)));
    }

    #[test]
    fn betweenness_on_a_path_splits_by_shortest_paths() {
        // 0 - 1 - 2 - 3: node 1 lies between 0 and 2, and 0 and 3 (2 of 3 pairs).
        let graph = Graph::from_edges(4, &[(0, 1), (1, 2), (2, 3)]);
        let b = graph.betweenness();
        assert!(close(b[1], 2.0 / 3.0) && close(b[2], 2.0 / 3.0), "{b:?}");
        assert!(close(b[0], 0.0));
        // A square: two shortest paths between opposite corners, each corner
        // carries half of one pair: 0.5 / 3 pairs.
        let square = Graph::from_edges(4, &[(0, 1), (1, 2), (2, 3), (3, 0)]);
        assert!(square.betweenness().iter().all(|x| close(*x, 0.5 / 3.0)));
    }

    #[test]
    fn several_relations_between_a_pair_are_one_tie() {
        let graph = Graph::from_edges(3, &[(0, 1), (1, 0), (0, 1), (1, 2)]);
        assert_eq!(graph.degree(0), 1);
        assert_eq!(graph.relations[0], 3);
        assert_eq!(graph.ties(), 2);
    }

    #[test]
    fn tiny_networks_measure_zero_instead_of_dividing_by_zero() {
        for n in 0..3 {
            let graph = Graph::from_edges(n, &[(0, 1)]);
            assert!(graph.betweenness().iter().all(|x| x.is_finite()));
            assert!(graph.degree_centralisation().is_finite());
            assert!(graph.density().is_finite());
        }
    }
}
