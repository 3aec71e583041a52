//! Paths as people see them and as the program compares them: normal Windows
//! paths instead of the `\\?\C:\...` form `canonicalize` gives, the same file
//! under two spellings (a link, `./`, a hard link), and the user's Documents
//! folder.

use std::path::{Path, PathBuf};

/// `path` made absolute with links resolved, in the form people know (no
/// `\\?\` prefix on Windows, where `dunce` drops it when that is safe); `path`
/// itself when it cannot be resolved.
pub fn canonical(path: &Path) -> PathBuf {
    dunce::canonicalize(path).unwrap_or_else(|_| path.to_owned())
}

/// `path` without a `\\?\` prefix where dropping it is safe (Windows; elsewhere
/// `path` itself). Touches no file system, unlike [`canonical`].
pub fn simplified(path: &Path) -> PathBuf {
    dunce::simplified(path).to_owned()
}

/// `path` for showing: Windows' verbatim prefixes removed (`\\?\C:\x` is shown
/// `C:\x`, `\\?\UNC\server\share` is shown `\\server\share`). Only for display:
/// the path itself is kept as it is.
pub fn display(path: &Path) -> String {
    display_str(&path.display().to_string())
}

fn display_str(text: &str) -> String {
    if let Some(rest) = text.strip_prefix(r"\\?\UNC\") {
        format!(r"\\{rest}")
    } else if let Some(rest) = text.strip_prefix(r"\\?\") {
        rest.to_owned()
    } else {
        text.to_owned()
    }
}

/// True when `a` and `b` name the same existing file (the same device and
/// inode on Unix, the same volume and file index on Windows), whatever the
/// spelling: links, `..`, hard links. False when either does not exist.
pub fn same_file(a: &Path, b: &Path) -> bool {
    #[cfg(unix)]
    {
        // From the metadata alone: opening a FIFO to compare it would wait forever.
        use std::os::unix::fs::MetadataExt;
        match (std::fs::metadata(a), std::fs::metadata(b)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        same_file::is_same_file(a, b).unwrap_or(false)
    }
}

/// The folder to propose for a file that has none yet: the user's Documents
/// folder, or else their home folder, or else the current folder. Never the
/// current folder first: a program started from a Windows shortcut runs in
/// `C:\Windows\System32`.
pub fn default_folder() -> PathBuf {
    dirs::document_dir()
        .filter(|dir| dir.is_dir())
        .or_else(dirs::home_dir)
        .or_else(|| std::env::current_dir().ok())
        .unwrap_or_else(|| PathBuf::from("."))
}

/// True when `path` ends in `.ron` in any case (`.RON` from a Windows dialog).
pub fn has_ron_extension(path: &Path) -> bool {
    path.extension()
        .is_some_and(|extension| extension.eq_ignore_ascii_case("ron"))
}

#[cfg(test)]
mod tests {
    use super::{display_str, has_ron_extension, same_file};
    use std::path::Path;

    #[test]
    fn windows_verbatim_prefixes_are_not_shown() {
        assert_eq!(
            display_str(r"\\?\C:\Users\ana\tesis.ron"),
            r"C:\Users\ana\tesis.ron"
        );
        assert_eq!(
            display_str(r"\\?\UNC\server\share\tesis.ron"),
            r"\\server\share\tesis.ron"
        );
        assert_eq!(display_str(r"C:\Users\ana"), r"C:\Users\ana");
        assert_eq!(display_str("/home/ana/tesis.ron"), "/home/ana/tesis.ron");
    }

    #[test]
    fn the_project_extension_is_found_in_any_case() {
        assert!(has_ron_extension(Path::new("TESIS.RON")));
        assert!(has_ron_extension(Path::new("a/tesis.Ron")));
        assert!(!has_ron_extension(Path::new("tesis.ron.bak")));
        assert!(!has_ron_extension(Path::new("ron")));
    }

    #[test]
    fn the_same_file_is_recognised_under_another_spelling() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("p.ron");
        std::fs::write(&file, "x").expect("written");
        assert!(same_file(&file, &dir.path().join(".").join("p.ron")));
        assert!(!same_file(&file, &dir.path().join("missing.ron")));
    }
}
