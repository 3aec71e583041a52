//! What the user asked for, as a value. Menus, shortcuts, dialogs, the start
//! screen, the navigation and the panels' requests all return an [`Action`]
//! while the frame is drawn; the app carries them out afterwards, in one place
//! (`dispatch.rs`), so no drawing code changes the app's state.

use super::commands::Command;
use super::files::DialogPurpose;
use super::modal::{ExportChoices, Intent, Modal};
use super::panels::context::Request;
use super::prefs::Theme;
use crate::model::Lang;
use crate::report::ExportFormat;
use std::path::PathBuf;

/// Something to do once the frame is drawn.
#[must_use]
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A menu or keyboard command.
    Command(Command),
    /// Open a recent project (asking about unsaved changes first).
    OpenRecent(PathBuf),
    /// Speak another language.
    SetLanguage(Lang),
    /// Use another colour theme.
    SetTheme(Theme),
    /// Multiply the zoom by this factor.
    ZoomBy(f32),
    /// Back to 100 % zoom.
    ZoomReset,
    /// Show a dialog.
    Show(Modal),
    /// Close the dialog in front without doing anything.
    CloseDialog,
    /// "Save" in the unsaved-changes question: save, then carry out the intent.
    SaveThen(Intent),
    /// "Don't save": carry out the intent, dropping the changes.
    DiscardThen(Intent),
    /// "Delete" confirmed.
    Delete(crate::document::ItemRef),
    /// A path typed where no native dialog could be shown.
    PathTyped(DialogPurpose, PathBuf),
    /// The typed-path prompt was cancelled.
    CancelPathPrompt,
    /// Restore the recovery copy.
    RestoreRecovery,
    /// Keep the recovery copy for later.
    KeepRecovery,
    /// Delete the recovery copy.
    DiscardRecovery,
    /// Save over a file another program changed.
    Overwrite(PathBuf),
    /// The export's options are chosen: now choose the file.
    ChooseExportFile(ExportFormat, ExportChoices),
    /// A panel's request.
    Panel(Request),
    /// Leave presentation mode.
    LeavePresentation,
    /// Import the REFI-QDA project with the mapping confirmed.
    ImportQdpx(Box<super::qdpx_import::QdpxImport>),
    /// Read the REFI-QDA code mapping from the file typed in the mapping step.
    LoadQdpxMapping(Box<super::qdpx_import::QdpxImport>),
    /// Open the user guide at the part with this key.
    ShowGuide(&'static str),
    /// Start a new project judged against this framework.
    CreateProject(crate::model::Framework, String),
    /// Put this framework in this slot (asking first when it touches work).
    UseFramework(crate::model::FrameworkSlot, crate::model::Framework),
    /// Carry out a framework change the user agreed to.
    ApplyFramework(crate::document::FrameworkEdit),
    /// Bring in the assessments ticked in the import dialog.
    ImportAssessments(crate::analysis::ImportPlan),
    /// Read these documents into new sources of this kind (`None`: by format).
    ImportTexts(Vec<PathBuf>, Option<crate::model::SourceKind>),
}

/// What carrying out an action may need from the window: the context (for
/// viewport commands, zoom and repaints) and the native frame (to parent file
/// dialogs; `None` in tests, where none exists).
#[derive(Clone, Copy)]
pub struct Host<'a> {
    /// The egui context.
    pub ctx: &'a egui::Context,
    /// The native window, when there is one.
    pub frame: Option<&'a eframe::Frame>,
}
