//! Frames of the real app with no window, GPU or tessellation, for the benches.

use sinergi::ui::SinergiApp;

/// Runs frames of `app` headless: no window, no GPU, no tessellation.
pub struct Headless {
    ctx: egui::Context,
    time: f64,
}

impl Headless {
    pub fn new() -> Self {
        Headless {
            ctx: egui::Context::default(),
            time: 0.0,
        }
    }

    pub fn frame(&mut self, app: &mut SinergiApp) -> egui::FullOutput {
        self.frame_with(app, Vec::new())
    }

    /// A frame in which `events` happen (pointer moves and presses, keys).
    pub fn frame_with(
        &mut self,
        app: &mut SinergiApp,
        events: Vec<egui::Event>,
    ) -> egui::FullOutput {
        self.time += 1.0 / 60.0;
        let input = egui::RawInput {
            events,
            screen_rect: Some(egui::Rect::from_min_size(
                egui::Pos2::ZERO,
                egui::vec2(1280.0, 800.0),
            )),
            time: Some(self.time),
            predicted_dt: 1.0 / 60.0,
            ..egui::RawInput::default()
        };
        self.ctx.run_ui(input, |ui| app.frame_ui(ui, None))
    }
}
