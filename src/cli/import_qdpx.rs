//! `sinergi import-qdpx FILE.ron PROJECT.qdpx [--mapping MAP.ron]`: a REFI-QDA
//! project's text sources, coded passages (as anchored evidence notes) and
//! cases (as actors) added to a Sinergi project, all or nothing. Codes map to
//! indicators as the saved mapping says, else by name; the rest become tags.
//! The mapping used is saved (by default beside the package) for next time.

use crate::i18n::{self, Msg};
use crate::model::{Lang, Project};
use crate::refi::{CodeMapping, default_mapping_path, plan, prepare, suggest};
use crate::store::{self, paths};
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

/// Loads and validates a project, printing its problems (the other
/// subcommands' way, passed in so that this file does not depend on theirs).
pub(super) type LoadValid = fn(&Path, Lang, &mut dyn Write) -> std::io::Result<Option<Project>>;

/// Runs `sinergi import-qdpx`.
pub(super) fn import_qdpx(
    (file, package, mapping_path): (&Path, &Path, Option<&Path>),
    lang: Lang,
    (out, err): (&mut dyn Write, &mut dyn Write),
    load_valid: LoadValid,
) -> std::io::Result<ExitCode> {
    let say = |to: &mut dyn Write, line: &str| writeln!(to, "{}", i18n::printable(line));
    let refused = |err: &mut dyn Write| -> std::io::Result<ExitCode> {
        say(
            err,
            &Msg::CliImportQdpxRefused.fill(lang, &[&paths::display(file)]),
        )?;
        Ok(ExitCode::from(1))
    };
    let Some(mut project) = load_valid(file, lang, err)? else {
        return refused(err);
    };
    let prepared = match prepare(package) {
        Ok(prepared) => prepared,
        Err(error) => {
            say(
                err,
                &format!("{}: {}", paths::display(package), error.describe(lang)),
            )?;
            return refused(err);
        }
    };
    let mapping_path = mapping_path.map_or_else(|| default_mapping_path(package), Path::to_owned);
    let saved = match CodeMapping::load(&mapping_path) {
        Ok(saved) => saved,
        Err(error) => {
            say(err, &error.describe(lang))?;
            return refused(err);
        }
    };
    // A saved mapping that names an indicator the framework lacks is refused
    // here (the window offers the choice again instead).
    if let Some(Err(error)) = saved.as_ref().map(|saved| saved.check(&project.framework)) {
        say(
            err,
            &format!(
                "{}: {}",
                paths::display(&mapping_path),
                error.describe(lang)
            ),
        )?;
        return refused(err);
    }
    let mapping = suggest(&prepared.qde.codes, &project.framework, saved.as_ref());
    let (additions, summary) = plan(&project, &prepared, &mapping);
    additions.apply_to(&mut project);
    let problems = project.validate();
    if !problems.is_empty() {
        for problem in &problems {
            let shown = paths::display(file);
            say(
                err,
                &format!("{shown}: {}", i18n::describe_problem(lang, problem)),
            )?;
        }
        return refused(err);
    }
    if let Err(error) = store::save(file, &project) {
        say(err, &i18n::describe_save_error(lang, &error))?;
        return refused(err);
    }
    let from = package.file_name().map_or_else(
        || paths::display(package),
        |n| n.to_string_lossy().into_owned(),
    );
    for line in summary.describe(lang, &from) {
        say(out, &line)?;
    }
    match mapping.save(&mapping_path) {
        Ok(()) => say(
            out,
            &Msg::RefiMappingSaved.fill(lang, &[&paths::display(&mapping_path)]),
        )?,
        Err(error) => say(
            err,
            &Msg::RefiMappingNotSaved.fill(lang, &[&i18n::describe_save_error(lang, &error)]),
        )?,
    }
    Ok(ExitCode::SUCCESS)
}
