//! The evaluation's typed sentences in the reader's language: why a line of
//! a question set (or a written question) is refused ([`import_problem`]),
//! why the page refused an import ([`refused_line`]) and why a row has no
//! answer ([`row_error`], [`row_reply`]).
//!
//! The engine's `Display` texts stay English (logs, exports, engine tests);
//! this module says the same from the catalog
//! (`locales/<tag>/evaluation.ftl`), and its English is byte for byte the
//! engine's, which the tests below check for every variant. The JSON
//! reader's own message (`detail`) and the user's values (an id, a rule, an
//! answer, a tolerance, document names) stay as they came.

use minions_engine::eval::questions::ImportProblem;
use minions_engine::eval::results::{Row, RowError};

use super::error_text::run_error;
use super::evaluation::{ImportReason, RefusedLine, MAX_SET_MB};
use super::i18n::format::megabytes;
use crate::tr;

/// Why the engine refused a line or a written question.
pub fn import_problem(problem: &ImportProblem) -> String {
    match problem {
        ImportProblem::NotJson { detail } => tr!("evaluation-problem-not-json", detail = detail),
        ImportProblem::NotAnObject => tr!("evaluation-problem-not-object"),
        ImportProblem::NoHeader => tr!("evaluation-problem-no-header"),
        ImportProblem::NoQuestion => tr!("evaluation-problem-no-question"),
        ImportProblem::NoAnswer => tr!("evaluation-problem-no-answer"),
        ImportProblem::BadTolerance { tolerance } => tr!("evaluation-problem-bad-tolerance", tolerance = tolerance),
        ImportProblem::BadMatch { rule } => tr!("evaluation-problem-bad-match", rule = rule),
        ImportProblem::NoNumber { answer } => tr!("evaluation-problem-no-number", answer = answer),
        // The line number is written plainly, as an editor shows it.
        ImportProblem::IdUsed { id, line } => tr!("evaluation-problem-id-used", id = id, line = line.to_string()),
        ImportProblem::IdInSet { id } => tr!("evaluation-problem-id-in-set", id = id),
    }
}

/// Why an import refused a line, or the file.
pub fn import_reason(reason: &ImportReason) -> String {
    match reason {
        ImportReason::Line(problem) => import_problem(problem),
        ImportReason::NoQuestions => tr!("evaluation-import-empty"),
        ImportReason::MoreRefused { count } => tr!("evaluation-import-more-errors", count = *count),
        ImportReason::TooLarge { name } => {
            tr!("evaluation-import-too-large", name = name, size = megabytes(MAX_SET_MB, 0))
        }
    }
}

/// A refused line: "line 3: it is not valid JSON". The number is written
/// plainly, as an editor shows it.
pub fn refused_line(refused: &RefusedLine) -> String {
    tr!("evaluation-import-line", line = refused.line.to_string(), reason = import_reason(&refused.reason))
}

/// Why a row has no answer.
pub fn row_error(error: &RowError) -> String {
    match error {
        RowError::NotLoaded { names } => tr!("evaluation-row-not-loaded", names = names.join(", ")),
        RowError::Run(error) => run_error(error),
    }
}

/// What a row's reply cell says: the model's answer, or why there is none
/// (rows saved before the reason was kept typed show their English).
pub fn row_reply(row: &Row) -> String {
    row.error.as_ref().map(row_error).unwrap_or_else(|| row.reply.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use minions_engine::config::Protocol;
    use minions_engine::error::RunError;
    use minions_engine::eval::questions::LineError;

    fn problems() -> Vec<ImportProblem> {
        vec![
            ImportProblem::NotJson { detail: "expected value at line 1 column 1".into() },
            ImportProblem::NotAnObject,
            ImportProblem::NoHeader,
            ImportProblem::NoQuestion,
            ImportProblem::NoAnswer,
            ImportProblem::BadTolerance { tolerance: "lots".into() },
            ImportProblem::BadMatch { rule: "fuzzy".into() },
            ImportProblem::NoNumber { answer: "many".into() },
            ImportProblem::IdUsed { id: "rent".into(), line: 12_345 },
            ImportProblem::IdInSet { id: "q1".into() },
        ]
    }

    #[test]
    fn every_import_problem_reads_as_the_engine_says_it() {
        for problem in problems() {
            // Every variant is listed above: adding one to the engine breaks this match.
            match &problem {
                ImportProblem::NotJson { .. }
                | ImportProblem::NotAnObject
                | ImportProblem::NoHeader
                | ImportProblem::NoQuestion
                | ImportProblem::NoAnswer
                | ImportProblem::BadTolerance { .. }
                | ImportProblem::BadMatch { .. }
                | ImportProblem::NoNumber { .. }
                | ImportProblem::IdUsed { .. }
                | ImportProblem::IdInSet { .. } => {}
            }
            assert_eq!(import_problem(&problem), problem.english(), "{problem:?}");
            let line = LineError { line: 7, reason: problem.clone() };
            assert_eq!(refused_line(&RefusedLine::from(line.clone())), line.to_string(), "{problem:?}");
        }
    }

    #[test]
    fn the_page_s_own_reasons_name_the_line() {
        let line = |reason| refused_line(&RefusedLine { line: 1, reason });
        assert_eq!(
            line(ImportReason::NoQuestions),
            "line 1: the file holds no questions (one JSON object or CSV row a line, with question and answer)"
        );
        assert_eq!(line(ImportReason::MoreRefused { count: 1 }), "line 1: refused too, with 1 later lines");
        assert_eq!(
            line(ImportReason::TooLarge { name: "book.pdf".into() }),
            "line 1: book.pdf is larger than 20 MB; a question set is one question a line"
        );
    }

    #[test]
    fn every_row_error_reads_as_the_engine_says_it() {
        let errors = [
            RowError::NotLoaded { names: vec!["lease.pdf".into(), "annex.docx".into()] },
            RowError::NotLoaded { names: vec!["lease.pdf".into()] },
            RowError::Run(RunError::CloudOnlyNotConfirmed),
            RowError::Run(RunError::DocumentsMustStay),
            RowError::Run(RunError::WorkerNotOnDevice { host: "gpu-box.lan:11434".into() }),
        ];
        for error in errors {
            match &error {
                RowError::NotLoaded { .. } | RowError::Run(_) => {}
            }
            assert_eq!(row_error(&error), error.to_string(), "{error:?}");
            let row = Row { reply: error.to_string(), error: Some(error.clone()), ..Row::blank("q1", Protocol::Cloud) };
            assert_eq!(row_reply(&row), row.reply);
        }
        let answered = Row { reply: "1,850 EUR".into(), ..Row::blank("q1", Protocol::Minion) };
        assert_eq!(row_reply(&answered), "1,850 EUR", "an answer stays as the model gave it");
    }
}
