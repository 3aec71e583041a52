//! Any project the window would open, written as the HTML report: no panic,
//! and the project's text never becomes markup: every `<` in the report is
//! one of the report's own tags (a project whose text held `<script>` or
//! `</style>` would otherwise run or break the page).

#![no_main]

#[path = "common.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use sinergi::report::report_html;

/// The elements the report itself writes (and the chart's SVG inside it).
const OWN_TAGS: &[&str] = &[
    "!DOCTYPE", "html", "head", "meta", "title", "style", "body", "header", "main", "section",
    "article", "footer", "nav", "div", "span", "p", "h1", "h2", "h3", "h4", "ul", "ol", "li", "dl",
    "dt", "dd", "table", "thead", "tbody", "tr", "th", "td", "blockquote", "q", "cite", "em", "h5", "h6",
    "strong", "small", "a", "br", "figure", "figcaption", "details", "summary", "svg", "g", "path",
    "line", "circle", "polygon", "polyline", "rect", "text", "tspan", "title", "desc", "defs",
    "style", "caption", "colgroup", "col", "abbr", "mark", "sup", "sub", "b", "i", "code", "hr",
    "time", "aside", "label",
];

fuzz_target!(|data: &[u8]| {
    let Some(project) = common::project(data) else {
        return;
    };
    let html = report_html(&project, common::lang(data));
    assert!(html.starts_with("<!DOCTYPE html>"), "{html:.80}");
    for (at, _) in html.match_indices('<') {
        let rest = &html[at + 1..];
        let rest = rest.strip_prefix('/').unwrap_or(rest);
        let name: String = rest
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '!')
            .collect();
        assert!(
            OWN_TAGS.iter().any(|tag| tag.eq_ignore_ascii_case(&name)),
            "markup the report does not write: <{name} at byte {at}: {:.120}",
            &html[at..]
        );
    }
});
