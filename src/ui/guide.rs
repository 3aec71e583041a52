//! The user guide inside the window: the same Markdown as `docs/guide.id.md`
//! and `docs/guide.en.md` (so the guide has one text), cut into its parts, one
//! per section of the window, and shown in the UI language with the part's
//! list beside it. Each section's "?" opens the guide at its part.

use super::panels::context::Section;
use crate::i18n::Msg;
use crate::model::Lang;
use egui_commonmark::{CommonMarkCache, CommonMarkViewer};

const GUIDE_ID: &str = include_str!("../../docs/guide.id.md");
const GUIDE_EN: &str = include_str!("../../docs/guide.en.md");

/// One part of the guide: its key, its heading, its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GuidePart {
    /// The stable key, e.g. `evidence`, written after the heading as `<!-- key: evidence -->`.
    pub key: String,
    /// The heading.
    pub title: String,
    /// The Markdown of the part, without its heading and without images.
    pub body: String,
}

/// The guide in `lang`, cut into its parts.
pub fn parts(lang: Lang) -> Vec<GuidePart> {
    split(match lang {
        Lang::Id => GUIDE_ID,
        Lang::En => GUIDE_EN,
    })
}

/// Cuts guide Markdown at its `## ` headings. Image lines are left out: the
/// window shows the text, the documents show the screenshots too.
pub fn split(markdown: &str) -> Vec<GuidePart> {
    let mut parts: Vec<GuidePart> = Vec::new();
    for line in markdown.lines() {
        if let Some(title) = line.strip_prefix("## ") {
            parts.push(GuidePart {
                key: String::new(),
                title: title.trim().to_owned(),
                body: String::new(),
            });
            continue;
        }
        let Some(part) = parts.last_mut() else {
            continue;
        };
        if let Some(key) = line
            .trim()
            .strip_prefix("<!-- key:")
            .and_then(|rest| rest.strip_suffix("-->"))
        {
            key.trim().clone_into(&mut part.key);
        } else if !line.trim_start().starts_with("![") {
            part.body.push_str(line);
            part.body.push('\n');
        }
    }
    parts
}

/// The guide part that explains `section`.
pub fn key_of(section: Section) -> &'static str {
    match section {
        Section::Overview => "overview",
        Section::Actors => "actors",
        Section::ActivitiesRoles => "activities",
        Section::Network => "network",
        Section::Evidence => "evidence",
        Section::Framework => "framework",
        Section::Assessment => "assessment",
        Section::Findings => "findings",
        Section::Chart => "chart",
    }
}

/// The guide's window while it is open.
pub struct Guide {
    /// The key of the part shown.
    pub key: String,
    cache: CommonMarkCache,
}

impl Guide {
    /// The guide, open at the part with `key`.
    pub fn at(key: &str) -> Self {
        Self {
            key: key.to_owned(),
            cache: CommonMarkCache::default(),
        }
    }

    /// Draws the guide's window; returns false once the user closed it.
    pub fn show(&mut self, ctx: &egui::Context, lang: Lang) -> bool {
        let parts = parts(lang);
        let mut open = true;
        egui::Window::new(Msg::UserGuide.get(lang))
            .id(egui::Id::unique("user-guide"))
            .open(&mut open)
            .default_size([760.0, 540.0])
            .resizable(true)
            .collapsible(false)
            .show(ctx, |ui| {
                egui::Panel::left("guide-parts")
                    .resizable(false)
                    .exact_size(190.0)
                    .show(ui, |ui| {
                        egui::ScrollArea::vertical()
                            .id_salt("guide-parts-scroll")
                            .show(ui, |ui| {
                                for part in &parts {
                                    let selected = part.key == self.key;
                                    if ui.selectable_label(selected, &part.title).clicked() {
                                        self.key.clone_from(&part.key);
                                    }
                                }
                            });
                    });
                let part = parts
                    .iter()
                    .find(|p| p.key == self.key)
                    .or_else(|| parts.first());
                egui::ScrollArea::vertical()
                    .id_salt(("guide-text", self.key.as_str()))
                    .show(ui, |ui| {
                        if let Some(part) = part {
                            ui.heading(&part.title);
                            CommonMarkViewer::new().show(ui, &mut self.cache, &part.body);
                        }
                    });
            });
        open
    }
}

#[cfg(test)]
mod tests {
    use super::{key_of, parts, split};
    use crate::model::Lang;
    use crate::ui::panels::context::Section;

    #[test]
    fn every_section_has_its_part_of_the_guide_in_both_languages() {
        let keys = |lang| parts(lang).into_iter().map(|p| p.key).collect::<Vec<_>>();
        assert_eq!(
            keys(Lang::Id),
            keys(Lang::En),
            "the same parts in the same order"
        );
        for lang in Lang::ALL {
            let parts = parts(lang);
            assert!(parts.iter().any(|p| p.key == "start"), "{lang:?}");
            for section in Section::ALL {
                let part = parts
                    .iter()
                    .find(|p| p.key == key_of(section))
                    .unwrap_or_else(|| panic!("no {section:?} part in {lang:?}"));
                assert!(!part.title.is_empty() && !part.body.trim().is_empty());
            }
        }
    }

    #[test]
    fn parts_are_cut_at_second_level_headings_without_images() {
        let parts = split(
            "# Title\nintro\n## One\n<!-- key: one -->\ntext\n![shot](a.png)\n### Sub\n## Two\n<!-- key: two -->\nmore\n",
        );
        assert_eq!(parts.len(), 2);
        assert_eq!(parts[0].key, "one");
        assert_eq!(parts[0].body, "text\n### Sub\n");
        assert_eq!(parts[1].title, "Two");
    }
}
