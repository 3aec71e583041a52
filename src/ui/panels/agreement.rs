//! Agreement beside the radar: two of the shown assessments compared by each
//! statistic with its confidence interval and interpretation band, and the
//! caution about how few pairs they rest on. The scores side by side are the
//! comparison table just above it (`analysis::Comparison`). The
//! numbers come from `analysis::AgreementReport`, computed once per change of
//! the project and pair, never per frame.

use super::context::PanelCtx;
use crate::analysis::{
    AgreementReport, compared_pairs, confidence_percent, describe_unavailable, format_interval,
};
use crate::i18n::Msg;
use crate::model::AssessmentId;
use crate::ui::widgets::shorten;

/// The pair compared, and the last comparison computed.
#[derive(Default)]
pub struct AgreementView {
    /// The assessment scored first and the one that scores it again.
    pub pair: Option<(AssessmentId, AssessmentId)>,
    /// The project revision and pair the report was computed for.
    cache: Option<(u64, AssessmentId, AssessmentId, Option<AgreementReport>)>,
}

impl AgreementView {
    /// The comparison of `first` and `second`, computed when the project or the
    /// pair changed since last time.
    fn report(
        &mut self,
        cx: &PanelCtx<'_>,
        first: &AssessmentId,
        second: &AssessmentId,
    ) -> Option<&AgreementReport> {
        let revision = cx.doc.revision();
        let fresh = self
            .cache
            .as_ref()
            .is_some_and(|(r, a, b, _)| *r == revision && a == first && b == second);
        if !fresh {
            let report = AgreementReport::between(&cx.doc.project, first, second).ok();
            self.cache = Some((revision, first.clone(), second.clone(), report));
        }
        self.cache
            .as_ref()
            .and_then(|(_, _, _, report)| report.as_ref())
    }
}

/// Draws the comparison of two of the `shown` assessments (of one framework).
pub fn show(
    ui: &mut egui::Ui,
    cx: &mut PanelCtx<'_>,
    view: &mut AgreementView,
    shown: &[AssessmentId],
) {
    ui.strong(cx.t(Msg::AgreementHeading));
    if shown.len() < 2 {
        ui.label(egui::RichText::new(cx.t(Msg::AgreementNeedsTwo)).weak());
        return;
    }
    let project = &cx.doc.project;
    let both_shown = |(a, b): &(AssessmentId, AssessmentId)| shown.contains(a) && shown.contains(b);
    if !view.pair.as_ref().is_some_and(both_shown) {
        // The pair the project marks, else the first two shown.
        view.pair = compared_pairs(project)
            .into_iter()
            .find(both_shown)
            .or_else(|| Some((shown[0].clone(), shown[1].clone())));
    }
    let Some((mut first, mut second)) = view.pair.clone() else {
        return;
    };
    let label_of = |id: &AssessmentId| project.assessment(id).map_or("", |a| a.label.as_str());
    for (msg, chosen, salt) in [
        (Msg::FirstAssessment, &mut first, "agreement-first"),
        (Msg::SecondAssessment, &mut second, "agreement-second"),
    ] {
        ui.horizontal(|ui| {
            ui.label(cx.t(msg));
            egui::ComboBox::new(salt, "")
                .selected_text(shorten(label_of(chosen), 32))
                .show_ui(ui, |ui| {
                    for id in shown {
                        ui.selectable_value(chosen, id.clone(), label_of(id));
                    }
                })
                .response
                .on_hover_text(cx.t(msg));
        });
    }
    view.pair = Some((first.clone(), second.clone()));
    if first == second {
        ui.label(egui::RichText::new(cx.t(Msg::SameAssessment)).weak());
        return;
    }
    let lang = cx.lang;
    let warn = ui.visuals().warn_fg_color;
    let Some(report) = view.report(cx, &first, &second) else {
        return;
    };
    statistics(ui, report, lang);
    ui.colored_label(warn, report.caution(lang));
    ui.label(
        egui::RichText::new(
            Msg::AgreementMethodNote.fill(lang, &[&crate::analysis::agreement::DEFAULT_RESAMPLES]),
        )
        .weak()
        .small(),
    );
}

/// Each statistic: its value, interval and band; the formula on hover.
fn statistics(ui: &mut egui::Ui, report: &AgreementReport, lang: crate::model::Lang) {
    egui::Grid::new("agreement-statistics")
        .striped(true)
        .num_columns(3)
        .show(ui, |ui| {
            ui.label(egui::RichText::new(Msg::Statistic.get(lang)).strong());
            ui.label(egui::RichText::new(Msg::Value.get(lang)).strong());
            ui.label(
                egui::RichText::new(Msg::ConfidenceInterval.fill(lang, &[&confidence_percent()]))
                    .strong(),
            );
            ui.end_row();
            for line in report.statistics() {
                ui.label(line.statistic.name(lang))
                    .on_hover_text(line.statistic.formula());
                match line.value {
                    Ok(value) => {
                        let shown = line.statistic.format(value);
                        match line.band {
                            Some(band) => {
                                ui.label(format!("{shown} · {}", band.name(lang)))
                                    .on_hover_text(band.source());
                            }
                            None => {
                                ui.label(shown);
                            }
                        }
                    }
                    Err(reason) => {
                        ui.label(
                            egui::RichText::new(describe_unavailable(reason, lang))
                                .weak()
                                .small(),
                        );
                    }
                }
                match line.interval {
                    Some(Ok(interval)) => {
                        ui.label(format_interval(line.statistic, &interval));
                    }
                    Some(Err(reason)) => {
                        ui.label(
                            egui::RichText::new(describe_unavailable(reason, lang))
                                .weak()
                                .small(),
                        );
                    }
                    None => {
                        ui.label("");
                    }
                }
                ui.end_row();
            }
        });
}
