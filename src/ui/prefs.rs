//! Preferences kept between runs through eframe's storage: language, theme, zoom,
//! recent files. The project itself only ever lives in the user's file.

use crate::model::Lang;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// How many recent files the File menu lists.
const MAX_RECENT: usize = 8;

/// The colour theme.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Theme {
    /// Follow the operating system.
    #[default]
    System,
    /// Light.
    Light,
    /// Dark.
    Dark,
}

/// What is remembered between runs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    /// The interface language; `None` until the user picks one (the system's is used).
    pub lang: Option<Lang>,
    /// The colour theme.
    pub theme: Theme,
    /// The zoom factor.
    pub zoom: f32,
    /// Recently opened or saved projects, most recent first.
    pub recent: Vec<PathBuf>,
}

impl Default for Preferences {
    fn default() -> Self {
        Self {
            lang: None,
            theme: Theme::System,
            zoom: 1.0,
            recent: Vec::new(),
        }
    }
}

impl Preferences {
    /// The key under which eframe stores them.
    pub const STORAGE_KEY: &'static str = "sinergi-preferences";

    /// Puts `path` at the top of the recent files.
    pub fn remember(&mut self, path: &Path) {
        // Without Windows' `\\?\` prefix, which `std::fs::canonicalize` adds;
        // entries an older version stored with it are simplified too.
        let path = crate::store::paths::canonical(path);
        for recent in &mut self.recent {
            *recent = crate::store::paths::simplified(recent);
        }
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }
}
