//! Text in the chart file: wrapped to a width with the bundled font's metrics
//! (breaking at spaces and after slashes), shortened when absurdly long, and
//! written as SVG text elements with compact numbers.

use super::super::fonts::TextMeasure;
use super::super::xml::escape;
use crate::model::format_score;
use std::fmt::Write as _;

/// Line height as a multiple of the font size.
pub(super) const LINE: f64 = 1.2;
/// From the middle of a line to its baseline, as a multiple of the font size
/// (half DejaVu Sans' cap height).
pub(super) const BASELINE: f64 = 0.36;

/// Longest label drawn in full on the chart; longer ones end in an ellipsis
/// (the point tooltips keep the full name).
pub(super) const MAX_LABEL_CHARS: usize = 120;
/// Longest title or legend entry drawn.
pub(super) const MAX_TITLE_CHARS: usize = 300;

pub(super) fn shorten(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max {
        text
    } else {
        let mut short: String = text.chars().take(max.saturating_sub(1)).collect();
        short.push('…');
        short
    }
}

/// A piece of text between break opportunities.
pub(super) struct Token {
    pub(super) text: String,
    /// Whether a space separates it from the previous token.
    pub(super) space_before: bool,
}

/// Splits at spaces, and after a slash (`akuntabilitas/responsibilitas`). A
/// word of punctuation alone (`/`, `&`, `–`) stays with the word before it.
pub(super) fn tokens(text: &str) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::new();
    for word in text.split_whitespace() {
        if word.chars().all(|c| !c.is_alphanumeric())
            && let Some(last) = out.last_mut()
        {
            last.text.push(' ');
            last.text.push_str(word);
            continue;
        }
        let mut first = true;
        let mut rest = word;
        while let Some(at) = rest.find('/').filter(|&at| at + 1 < rest.len()) {
            out.push(Token {
                text: rest[..=at].to_owned(),
                space_before: first && !out.is_empty(),
            });
            first = false;
            rest = &rest[at + 1..];
        }
        out.push(Token {
            text: rest.to_owned(),
            space_before: first && !out.is_empty(),
        });
    }
    out
}

/// Lines of text with their widths.
pub(super) type Lines = Vec<(String, f64)>;

/// Lays text out in lines no wider than a limit, measuring with the bundled font.
pub(super) struct Wrapper<'m> {
    pub(super) measure: &'m mut TextMeasure,
    pub(super) bold: bool,
}

impl Wrapper<'_> {
    fn line(tokens: &[Token]) -> String {
        let mut line = String::new();
        for (i, token) in tokens.iter().enumerate() {
            if i > 0 && token.space_before {
                line.push(' ');
            }
            line.push_str(&token.text);
        }
        line
    }

    /// Width of the tokens set as one line, summed token by token (linear even
    /// for absurdly long text).
    fn width(&mut self, tokens: &[Token], size: f64) -> f64 {
        let space = self.measure.width(" ", size, self.bold);
        tokens
            .iter()
            .enumerate()
            .map(|(i, token)| {
                let gap = if i > 0 && token.space_before {
                    space
                } else {
                    0.0
                };
                gap + self.measure.width(&token.text, size, self.bold)
            })
            .sum()
    }

    /// One line when it fits, else the most even two lines, else as many lines
    /// as needed. A single word wider than `max` keeps its own line.
    pub(super) fn wrap(&mut self, text: &str, size: f64, max: f64) -> Lines {
        let tokens = tokens(text);
        if tokens.is_empty() {
            return Vec::new();
        }
        self.measure.prepare(
            tokens.iter().map(|t| t.text.as_str()).chain([" "]),
            self.bold,
        );
        let whole = self.width(&tokens, size);
        if whole <= max || tokens.len() == 1 {
            return vec![(Self::line(&tokens), whole)];
        }
        let best_split = (1..tokens.len())
            .map(|k| {
                let a = self.width(&tokens[..k], size);
                let b = self.width(&tokens[k..], size);
                (k, a, b)
            })
            .min_by(|x, y| x.1.max(x.2).total_cmp(&y.1.max(y.2)));
        if let Some((k, a, b)) = best_split
            && a.max(b) <= max
        {
            return vec![(Self::line(&tokens[..k]), a), (Self::line(&tokens[k..]), b)];
        }
        let mut lines = Vec::new();
        let mut start = 0;
        for end in 1..=tokens.len() {
            let next_fits = end < tokens.len() && self.width(&tokens[start..=end], size) <= max;
            if !next_fits {
                lines.push((
                    Self::line(&tokens[start..end]),
                    self.width(&tokens[start..end], size),
                ));
                start = end;
            }
        }
        lines
    }
}

/// Writes numbers compactly.
pub(super) fn n(value: f64) -> String {
    if value.is_finite() {
        format_score((value * 100.0).round() / 100.0)
    } else {
        "0".to_owned()
    }
}

/// The SVG text element for `lines` with the first line's middle at `top + size*LINE/2`.
#[allow(clippy::too_many_arguments)]
pub(super) fn text_block(
    out: &mut String,
    class: &str,
    lines: &[(String, f64)],
    x: f64,
    top: f64,
    size: f64,
    anchor: &str,
    fill: &str,
    bold: bool,
) {
    if lines.is_empty() {
        return;
    }
    let weight = if bold { " font-weight=\"bold\"" } else { "" };
    let _ = write!(
        out,
        r#"<text class="{class}" x="{x}" y="{y}" font-size="{size}" text-anchor="{anchor}" fill="{fill}"{weight}>"#,
        x = n(x),
        y = n(top + size * LINE / 2.0 + size * BASELINE),
        size = n(size),
    );
    for (i, (line, _)) in lines.iter().enumerate() {
        let baseline = top + (i as f64 + 0.5) * size * LINE + size * BASELINE;
        let _ = write!(
            out,
            r#"<tspan x="{}" y="{}">{}</tspan>"#,
            n(x),
            n(baseline),
            escape(line)
        );
    }
    out.push_str("</text>\n");
}

#[cfg(test)]
mod tests {
    use super::{Wrapper, tokens};
    use crate::chart::fonts::TextMeasure;

    #[test]
    fn tokens_break_at_spaces_and_after_slashes() {
        let parts: Vec<(String, bool)> =
            tokens("Pembagian akuntabilitas/responsibilitas a/ /b accountability / x")
                .into_iter()
                .map(|t| (t.text, t.space_before))
                .collect();
        assert_eq!(
            parts,
            vec![
                ("Pembagian".into(), false),
                ("akuntabilitas/".into(), true),
                ("responsibilitas".into(), false),
                ("a/".into(), true),
                ("/".into(), true),
                ("b".into(), false),
                ("accountability /".into(), true),
                ("x".into(), true),
            ]
        );
        assert_eq!(
            tokens("/ a").len(),
            2,
            "leading punctuation has nothing to join"
        );
    }

    #[test]
    fn long_labels_wrap_into_two_even_lines() {
        let mut measure = TextMeasure::new();
        let mut wrapper = Wrapper {
            measure: &mut measure,
            bold: true,
        };
        let lines = wrapper.wrap("Distributive accountability / responsibility", 24.0, 400.0);
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(lines.iter().all(|(_, w)| *w <= 400.0));
        assert_eq!(
            lines[1].0, "responsibility",
            "the slash stays with its word"
        );
        let narrow = wrapper.wrap("Distributive accountability / responsibility", 24.0, 250.0);
        assert_eq!(narrow.len(), 3, "{narrow:?}");
        let lines = wrapper.wrap("Trust", 24.0, 300.0);
        assert_eq!(lines.len(), 1);
        let many = wrapper.wrap(&"word ".repeat(40), 24.0, 200.0);
        assert!(many.len() > 2 && many.iter().all(|(_, w)| *w <= 200.0));
    }
}
