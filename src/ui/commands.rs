//! Every command of the menus, with its label and shortcut, so menus and
//! keyboard shortcuts can never disagree.

use crate::i18n::Msg;
use crate::model::Lang;
use crate::report::ExportFormat;
use egui::{Key, KeyboardShortcut, Modifiers};

/// A command the user can give from a menu or the keyboard.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Command {
    /// Start a new, empty project.
    New,
    /// Open a project file.
    Open,
    /// Open the Kotagede example.
    OpenExample,
    /// Save to the current file.
    Save,
    /// Save to a new file.
    SaveAs,
    /// Close the window.
    Quit,
    /// Undo the last change.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// Enter presentation mode.
    Present,
    /// Put the chart on the clipboard as a picture.
    CopyChart,
    /// Open the user guide.
    Guide,
    /// Write an export (its options first, when it has any).
    Export(ExportFormat),
    /// Import a REFI-QDA project.
    ImportQdpx,
    /// Bring in the assessments of another copy of the study.
    ImportAssessments,
    /// Choose documents whose text becomes new sources.
    ImportText,
}

impl Command {
    /// Commands with a keyboard shortcut, checked each frame.
    pub const WITH_SHORTCUTS: [Command; 10] = [
        Command::New,
        Command::Open,
        Command::SaveAs,
        Command::Save,
        Command::Redo,
        Command::Undo,
        Command::Quit,
        Command::Present,
        Command::CopyChart,
        Command::Guide,
    ];

    /// The commands with shortcuts, grouped and ordered as the menus show them.
    pub const SHORTCUT_GROUPS: [(Msg, &'static [Command]); 4] = [
        (
            Msg::MenuFile,
            &[
                Command::New,
                Command::Open,
                Command::Save,
                Command::SaveAs,
                Command::Quit,
            ],
        ),
        (
            Msg::MenuEdit,
            &[Command::Undo, Command::Redo, Command::CopyChart],
        ),
        (Msg::MenuView, &[Command::Present]),
        (Msg::MenuHelp, &[Command::Guide]),
    ];

    /// The menu label.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Command::New => Msg::CmdNew,
            Command::Open => Msg::CmdOpen,
            Command::OpenExample => Msg::CmdOpenExample,
            Command::Save => Msg::CmdSave,
            Command::SaveAs => Msg::CmdSaveAs,
            Command::Quit => Msg::CmdQuit,
            Command::Undo => Msg::CmdUndo,
            Command::Redo => Msg::CmdRedo,
            Command::Present => Msg::CmdPresent,
            Command::CopyChart => Msg::CmdCopyChart,
            Command::Guide => Msg::UserGuide,
            Command::Export(format) => format.spec().menu,
            Command::ImportQdpx => Msg::CmdImportQdpx,
            Command::ImportAssessments => Msg::CmdImportAssessments,
            Command::ImportText => Msg::CmdImportText,
        }
        .get(lang)
    }

    /// The shortcuts; the first is the one menus show. `COMMAND` is Cmd on macOS, Ctrl elsewhere.
    pub fn shortcuts(self) -> &'static [KeyboardShortcut] {
        const fn cmd(key: Key) -> KeyboardShortcut {
            KeyboardShortcut::new(Modifiers::COMMAND, key)
        }
        const fn cmd_shift(key: Key) -> KeyboardShortcut {
            KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), key)
        }
        const NEW: [KeyboardShortcut; 1] = [cmd(Key::N)];
        const OPEN: [KeyboardShortcut; 1] = [cmd(Key::O)];
        const SAVE: [KeyboardShortcut; 1] = [cmd(Key::S)];
        const SAVE_AS: [KeyboardShortcut; 1] = [cmd_shift(Key::S)];
        const QUIT: [KeyboardShortcut; 1] = [cmd(Key::Q)];
        const UNDO: [KeyboardShortcut; 1] = [cmd(Key::Z)];
        const REDO: [KeyboardShortcut; 2] = [cmd_shift(Key::Z), cmd(Key::Y)];
        // F5 as in slide software; on laptops F5 often needs Fn, hence a second one.
        const COPY_CHART: [KeyboardShortcut; 1] = [cmd_shift(Key::C)];
        const GUIDE: [KeyboardShortcut; 1] = [KeyboardShortcut::new(Modifiers::NONE, Key::F1)];
        const PRESENT: [KeyboardShortcut; 2] = [
            KeyboardShortcut::new(Modifiers::NONE, Key::F5),
            cmd_shift(Key::P),
        ];
        match self {
            Command::New => &NEW,
            Command::Open => &OPEN,
            Command::Save => &SAVE,
            Command::SaveAs => &SAVE_AS,
            Command::Quit => &QUIT,
            Command::Undo => &UNDO,
            Command::Redo => &REDO,
            Command::Present => &PRESENT,
            Command::CopyChart => &COPY_CHART,
            Command::Guide => &GUIDE,
            Command::OpenExample
            | Command::Export(_)
            | Command::ImportAssessments
            | Command::ImportText
            | Command::ImportQdpx => &[],
        }
    }

    /// True for commands that open a file dialog, disabled while one is open.
    pub fn uses_file_dialog(self) -> bool {
        matches!(
            self,
            Command::Open
                | Command::SaveAs
                | Command::Export(_)
                | Command::ImportAssessments
                | Command::ImportText
                | Command::ImportQdpx
        )
    }

    /// The commands whose shortcut was pressed this frame (consumed, so no
    /// widget acts on them too). Nothing while a dialog is in front.
    pub fn pressed(ctx: &egui::Context) -> Vec<Command> {
        Command::WITH_SHORTCUTS
            .into_iter()
            .filter(|command| {
                command
                    .shortcuts()
                    .iter()
                    .any(|shortcut| ctx.input_mut(|i| i.consume_shortcut(shortcut)))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::Command;

    #[test]
    fn every_shortcut_is_listed_once_under_its_menu() {
        let listed: Vec<Command> = Command::SHORTCUT_GROUPS
            .iter()
            .flat_map(|(_, commands)| commands.iter().copied())
            .collect();
        for command in Command::WITH_SHORTCUTS {
            assert_eq!(
                listed.iter().filter(|c| **c == command).count(),
                1,
                "{command:?}"
            );
        }
        assert_eq!(listed.len(), Command::WITH_SHORTCUTS.len());
    }
}
