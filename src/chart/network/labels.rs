//! Where each actor's name goes: beside its circle, on the side where it
//! covers the fewest other circles and names and stays inside the picture.
//! The actors with the most ties choose first, so the busiest part of the
//! network gets the clearest names.

/// A rectangle: its top left corner and its size, in the picture's pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Boxed {
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub width: f64,
    /// Height.
    pub height: f64,
}

impl Boxed {
    /// The area `self` and `other` share.
    pub fn overlap(&self, other: &Boxed) -> f64 {
        let w = (self.x + self.width).min(other.x + other.width) - self.x.max(other.x);
        let h = (self.y + self.height).min(other.y + other.height) - self.y.max(other.y);
        if w > 0.0 && h > 0.0 { w * h } else { 0.0 }
    }

    /// The part of `self` outside `bounds`.
    fn outside(&self, bounds: &Boxed) -> f64 {
        self.width * self.height - self.overlap(bounds)
    }

    /// True when the point lies inside.
    pub fn contains(&self, x: f64, y: f64) -> bool {
        x >= self.x && x <= self.x + self.width && y >= self.y && y <= self.y + self.height
    }
}

/// A circle to keep names off: centre and radius.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Disc {
    /// Centre, rightwards.
    pub x: f64,
    /// Centre, downwards.
    pub y: f64,
    /// Radius.
    pub radius: f64,
}

impl Disc {
    fn bounds(&self) -> Boxed {
        Boxed {
            x: self.x - self.radius,
            y: self.y - self.radius,
            width: 2.0 * self.radius,
            height: 2.0 * self.radius,
        }
    }
}

/// Places one label of `sizes[i]` (width, height) beside each disc, inside
/// `bounds` where it can be; `priority` lists the discs in the order they
/// choose. `gap` separates a label from its own disc.
pub fn place_labels(
    discs: &[Disc],
    sizes: &[(f64, f64)],
    priority: &[usize],
    bounds: &Boxed,
    gap: f64,
) -> Vec<Boxed> {
    let mut placed: Vec<Option<Boxed>> = vec![None; discs.len()];
    let disc_boxes: Vec<Boxed> = discs.iter().map(Disc::bounds).collect();
    for &i in priority {
        let (Some(disc), Some(&(width, height))) = (discs.get(i), sizes.get(i)) else {
            continue;
        };
        let best = candidates(disc, width, height, gap)
            .into_iter()
            .enumerate()
            .map(|(rank, candidate)| {
                let on_discs: f64 = disc_boxes
                    .iter()
                    .enumerate()
                    .filter(|(j, _)| *j != i)
                    .map(|(_, other)| candidate.overlap(other))
                    .sum();
                let on_labels: f64 = placed
                    .iter()
                    .flatten()
                    .map(|other| candidate.overlap(other))
                    .sum();
                // Another name hidden is worse than a circle's edge covered; a
                // name cut off by the picture's edge is worst. Ties go to the
                // earlier (more usual) place: below, above, right, left.
                let cost = on_discs + 2.0 * on_labels + 4.0 * candidate.outside(bounds);
                (cost + rank as f64 * 1e-3, candidate)
            })
            .min_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, candidate)| candidate);
        placed[i] = best;
    }
    placed
        .into_iter()
        .zip(discs)
        .zip(sizes)
        .map(|((label, disc), &(width, height))| {
            label.unwrap_or(Boxed {
                x: disc.x - width / 2.0,
                y: disc.y + disc.radius + gap,
                width,
                height,
            })
        })
        .collect()
}

/// The places a label may take round its disc, most usual first.
fn candidates(disc: &Disc, width: f64, height: f64, gap: f64) -> [Boxed; 8] {
    let (cx, cy, r) = (disc.x, disc.y, disc.radius);
    let diagonal = r * std::f64::consts::FRAC_1_SQRT_2;
    let at = |x: f64, y: f64| Boxed {
        x,
        y,
        width,
        height,
    };
    [
        at(cx - width / 2.0, cy + r + gap),
        at(cx - width / 2.0, cy - r - gap - height),
        at(cx + r + gap, cy - height / 2.0),
        at(cx - r - gap - width, cy - height / 2.0),
        at(cx + diagonal + gap / 2.0, cy + diagonal),
        at(cx - diagonal - gap / 2.0 - width, cy + diagonal),
        at(cx + diagonal + gap / 2.0, cy - diagonal - height),
        at(cx - diagonal - gap / 2.0 - width, cy - diagonal - height),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crowded_names_move_aside_instead_of_covering_each_other() {
        // Three actors in a row, close together: names below would collide.
        let discs: Vec<Disc> = (0..3)
            .map(|i| Disc {
                x: 100.0 + 60.0 * f64::from(i),
                y: 100.0,
                radius: 10.0,
            })
            .collect();
        let sizes = vec![(90.0, 16.0); 3];
        let bounds = Boxed {
            x: 0.0,
            y: 0.0,
            width: 400.0,
            height: 200.0,
        };
        let labels = place_labels(&discs, &sizes, &[0, 1, 2], &bounds, 3.0);
        for i in 0..3 {
            for j in i + 1..3 {
                assert!(labels[i].overlap(&labels[j]) < 1e-9, "{labels:?}");
            }
            for (j, disc) in discs.iter().enumerate() {
                if i != j {
                    assert!(labels[i].overlap(&disc.bounds()) < 1e-9);
                }
            }
        }
    }

    #[test]
    fn a_name_at_the_edge_turns_inwards() {
        let discs = [Disc {
            x: 395.0,
            y: 190.0,
            radius: 5.0,
        }];
        let bounds = Boxed {
            x: 0.0,
            y: 0.0,
            width: 400.0,
            height: 200.0,
        };
        let labels = place_labels(&discs, &[(60.0, 14.0)], &[0], &bounds, 2.0);
        assert!(labels[0].outside(&bounds) < 1e-9, "{labels:?}");
    }
}
