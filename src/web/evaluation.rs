//! An evaluation as the page keeps it: the question set, the protocols to
//! compare, the rows so far and where the run is; saved whole so that a
//! reload keeps the last results. Also the page's import (a question set as
//! JSONL or CSV, or an exported evaluation) and export (JSON that the import
//! reads back, CSV). Pure and host-tested.

use serde::{Deserialize, Serialize};

use minions_engine::config::Protocol;
use minions_engine::eval::questions::{parse_csv, parse_jsonl, ImportProblem, LineError, Question};
use minions_engine::eval::results::{summarize, Row, Summary};

use super::state::RunStatus;

/// Larger files are not question sets (a document chosen by mistake).
pub const MAX_SET_MB: f64 = 20.0;

/// Why an import refused a line, or the file: the engine's reason, or the
/// page's own. Worded by [`super::eval_text::import_reason`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ImportReason {
    /// The engine refused the line.
    Line(ImportProblem),
    /// The file holds no questions.
    NoQuestions,
    /// The line is refused too, and `count` later ones (not listed).
    MoreRefused { count: usize },
    /// The file is larger than [`MAX_SET_MB`].
    TooLarge { name: String },
}

/// A line the last import refused, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RefusedLine {
    pub line: usize,
    pub reason: ImportReason,
}

impl From<LineError> for RefusedLine {
    fn from(error: LineError) -> Self {
        Self { line: error.line, reason: ImportReason::Line(error.reason) }
    }
}

/// "line 3: it is not valid JSON", in the reader's language.
impl std::fmt::Display for RefusedLine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&super::eval_text::refused_line(self))
    }
}

/// The refused lines of a saved evaluation; none when they were saved in
/// an older form (their reasons were sentences then), so that the rest of
/// the evaluation still loads.
fn refused_lines<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Vec<RefusedLine>, D::Error> {
    let value = serde_json::Value::deserialize(deserializer)?;
    Ok(serde_json::from_value(value).unwrap_or_default())
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Evaluation {
    pub questions: Vec<Question>,
    /// The protocols ticked for the next run.
    pub protocols: Vec<Protocol>,
    /// The rows of the last run, in the order they finished.
    pub rows: Vec<Row>,
    /// Shown as `eval-status`, in the words of a run's status.
    pub status: RunStatus,
    /// Why the last run could not start or stopped, as a sentence.
    pub message: Option<String>,
    /// How many rows the last run set out to make.
    pub planned: usize,
    /// The lines the last import refused.
    #[serde(deserialize_with = "refused_lines")]
    pub import_errors: Vec<RefusedLine>,
}

impl Default for Evaluation {
    fn default() -> Self {
        Self {
            questions: Vec::new(),
            // Cloud only is left for the user to tick: it sends the documents.
            protocols: vec![Protocol::Minion, Protocol::Minions, Protocol::Local],
            rows: Vec::new(),
            status: RunStatus::Idle,
            message: None,
            planned: 0,
            import_errors: Vec::new(),
        }
    }
}

/// What the export holds; `kind` tells the import it is not a question set.
#[derive(Serialize, Deserialize)]
struct Export {
    kind: String,
    questions: Vec<Question>,
    rows: Vec<Row>,
    /// For readers of the file; recomputed from the rows on import.
    #[serde(default)]
    summaries: Vec<Summary>,
}

const EXPORT_KIND: &str = "minions-web evaluation";

/// Refused lines kept one by one; past this many, a count.
const LISTED_ERRORS: usize = 50;

/// What a file gave: questions, the rows of an exported evaluation, and the
/// lines it refused.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImportedFile {
    pub questions: Vec<Question>,
    pub rows: Option<Vec<Row>>,
    pub errors: Vec<LineError>,
}

/// Reads a question set (`.csv` as CSV, anything else as JSON Lines) or an
/// evaluation this page exported.
pub fn import(file_name: &str, text: &str) -> ImportedFile {
    let text = text.trim_start_matches('\u{feff}');
    if let Ok(export) = serde_json::from_str::<Export>(text) {
        if export.kind == EXPORT_KIND {
            return ImportedFile { questions: export.questions, rows: Some(export.rows), errors: Vec::new() };
        }
    }
    let imported = if file_name.to_ascii_lowercase().ends_with(".csv") { parse_csv(text) } else { parse_jsonl(text) };
    ImportedFile { questions: imported.questions, rows: None, errors: imported.errors }
}

impl Evaluation {
    /// A saved evaluation; one that was running when the page closed is
    /// cancelled, with the rows it finished.
    pub fn from_storage(json: &str) -> Self {
        let mut evaluation: Self = serde_json::from_str(json).unwrap_or_default();
        if evaluation.status == RunStatus::Running {
            evaluation.status = RunStatus::Cancelled;
        }
        evaluation
    }

    pub fn to_storage(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Takes what a file gave: its questions replace the set (results that
    /// came with them replace the rows; otherwise old rows stay until the
    /// next run).
    pub fn take_import(&mut self, file: ImportedFile) {
        let nothing = file.questions.is_empty() && file.errors.is_empty() && file.rows.is_none();
        let mut errors: Vec<RefusedLine> = Vec::with_capacity(file.errors.len().min(LISTED_ERRORS + 1));
        if nothing {
            errors.push(RefusedLine { line: 1, reason: ImportReason::NoQuestions });
        }
        if file.errors.len() > LISTED_ERRORS {
            // A wrong file can refuse every one of a million lines: list a few, count the rest.
            let line = file.errors[LISTED_ERRORS].line;
            let later = file.errors.len() - LISTED_ERRORS - 1;
            errors.extend(file.errors.into_iter().take(LISTED_ERRORS).map(RefusedLine::from));
            errors.push(RefusedLine { line, reason: ImportReason::MoreRefused { count: later } });
        } else {
            errors.extend(file.errors.into_iter().map(RefusedLine::from));
        }
        if !file.questions.is_empty() {
            self.questions = file.questions;
        }
        if let Some(rows) = file.rows {
            self.rows = rows;
            self.planned = self.rows.len();
            self.status = if self.rows.is_empty() { RunStatus::Idle } else { RunStatus::Done };
            self.message = None;
        }
        self.import_errors = errors;
    }

    /// Everything, as JSON that [`import`] reads back.
    pub fn to_export_json(&self) -> String {
        let export = Export {
            kind: EXPORT_KIND.into(),
            questions: self.questions.clone(),
            rows: self.rows.clone(),
            summaries: summarize(&self.rows),
        };
        serde_json::to_string(&export).unwrap_or_default()
    }

    pub fn toggle(&mut self, protocol: Protocol, on: bool) {
        self.protocols.retain(|p| *p != protocol);
        if on {
            self.protocols.push(protocol);
            self.protocols.sort();
        }
    }

    /// A new run: no rows yet, `planned` of them to come.
    pub fn begin(&mut self, planned: usize) {
        self.rows.clear();
        self.planned = planned;
        self.status = RunStatus::Running;
        self.message = None;
    }

    /// A run that could not start, and why.
    pub fn refuse(&mut self, sentence: String) {
        self.status = RunStatus::Failed;
        self.message = Some(sentence);
    }

    /// Rows done of those planned.
    pub fn progress(&self) -> (usize, usize) {
        (self.rows.len(), self.planned.max(self.rows.len()))
    }

    /// The rows in question order, then protocol order, for the table.
    pub fn rows_in_order(&self) -> Vec<Row> {
        let position = |id: &str| self.questions.iter().position(|q| q.id == id).unwrap_or(usize::MAX);
        let mut rows = self.rows.clone();
        rows.sort_by_key(|r| (position(&r.question_id), r.protocol));
        rows
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use minions_engine::eval::questions::to_jsonl;
    use minions_engine::eval::score::MatchRule;

    fn question(id: &str) -> Question {
        Question {
            id: id.into(),
            question: format!("{id}?"),
            answer: "42".into(),
            rule: MatchRule::Number { tolerance: None },
            documents: Vec::new(),
        }
    }

    fn row(id: &str, protocol: Protocol, correct: Option<bool>) -> Row {
        Row {
            question_id: id.into(),
            protocol,
            correct,
            reply: "It is \"42\",\nsays page 3.".into(),
            cloud_tokens: 120,
            local_tokens: 900,
            dollars: Some(0.0004),
            seconds: 1.5,
            run_id: Some("run-1".into()),
            failed: false,
            error: None,
        }
    }

    #[test]
    fn the_export_reads_back_with_its_questions_and_rows() {
        let mut evaluation = Evaluation {
            questions: vec![question("a"), question("b")],
            rows: vec![row("b", Protocol::Minion, Some(true)), row("a", Protocol::Cloud, None)],
            ..Evaluation::default()
        };
        evaluation.status = RunStatus::Done;
        let back = import("evaluation.json", &evaluation.to_export_json());
        assert_eq!(back.questions, evaluation.questions);
        assert_eq!(back.rows.as_ref(), Some(&evaluation.rows));
        let mut fresh = Evaluation::default();
        fresh.take_import(back);
        assert_eq!((fresh.rows, fresh.status), (evaluation.rows, RunStatus::Done));
    }

    #[test]
    fn question_sets_import_by_format_and_bad_lines_are_kept_for_display() {
        let jsonl = format!("{}\nnot json\n", to_jsonl(&[question("a")]));
        let file = import("set.jsonl", &jsonl);
        assert_eq!(file.questions, [question("a")]);
        assert_eq!(file.errors.iter().map(|e| e.line).collect::<Vec<_>>(), [2]);
        let csv = import("set.CSV", "question,answer\nWhat?,42\n,\n");
        assert_eq!(csv.questions.len(), 1);
        let mut evaluation = Evaluation { rows: vec![row("a", Protocol::Local, None)], ..Evaluation::default() };
        evaluation.take_import(file);
        assert_eq!(evaluation.import_errors.len(), 1);
        assert_eq!(evaluation.rows.len(), 1, "a question set leaves the last results alone");
        evaluation.take_import(import("empty.jsonl", "\n\n"));
        assert_eq!(
            evaluation.import_errors[0].to_string(),
            "line 1: the file holds no questions (one JSON object or CSV row a line, with question and answer)"
        );
        assert_eq!(evaluation.questions, [question("a")], "an empty file keeps the set");
        evaluation.take_import(import("wrong.jsonl", &"not json\n".repeat(1_000)));
        assert_eq!(evaluation.import_errors.len(), 51);
        assert_eq!(evaluation.import_errors[50].to_string(), "line 51: refused too, with 949 later lines");
    }

    #[test]
    fn a_reload_keeps_the_results_and_ends_a_run_the_page_lost() {
        let mut evaluation = Evaluation { questions: vec![question("a")], ..Evaluation::default() };
        evaluation.begin(4);
        evaluation.rows.push(row("a", Protocol::Minion, Some(false)));
        let back = Evaluation::from_storage(&evaluation.to_storage());
        assert_eq!(back.status, RunStatus::Cancelled);
        assert_eq!((back.rows.len(), back.progress()), (1, (1, 4)));
        assert_eq!(Evaluation::from_storage("{not json"), Evaluation::default());
    }

    #[test]
    fn an_evaluation_saved_before_reasons_were_typed_still_loads() {
        let mut evaluation = Evaluation { questions: vec![question("a")], ..Evaluation::default() };
        evaluation.rows.push(row("a", Protocol::Minion, Some(true)));
        let mut saved: serde_json::Value = serde_json::from_str(&evaluation.to_storage()).expect("json");
        saved["import_errors"] = serde_json::json!([{ "line": 2, "reason": "it is not valid JSON (EOF)" }]);
        saved["rows"][0].as_object_mut().expect("a row").remove("error");
        let back = Evaluation::from_storage(&saved.to_string());
        assert_eq!((back.questions, back.rows), (evaluation.questions, evaluation.rows));
        assert!(back.import_errors.is_empty(), "an old refused line is dropped, not the evaluation");
        let mut refused = Evaluation::default();
        refused.take_import(import("set.jsonl", "not json\n"));
        assert_eq!(Evaluation::from_storage(&refused.to_storage()).import_errors, refused.import_errors);
    }

    #[test]
    fn protocols_toggle_in_a_fixed_order_and_rows_sort_by_question() {
        let mut evaluation = Evaluation::default();
        evaluation.toggle(Protocol::Cloud, true);
        evaluation.toggle(Protocol::Minion, false);
        assert_eq!(evaluation.protocols, [Protocol::Minions, Protocol::Local, Protocol::Cloud]);
        evaluation.questions = vec![question("a"), question("b")];
        evaluation.rows =
            vec![row("b", Protocol::Minion, None), row("a", Protocol::Cloud, None), row("a", Protocol::Minion, None)];
        let order: Vec<(String, Protocol)> =
            evaluation.rows_in_order().into_iter().map(|r| (r.question_id, r.protocol)).collect();
        assert_eq!(
            order,
            [
                ("a".to_string(), Protocol::Minion),
                ("a".to_string(), Protocol::Cloud),
                ("b".to_string(), Protocol::Minion)
            ]
        );
    }
}
