//! Question sets: one question a line, as JSON Lines or CSV, with `id`,
//! `question`, `answer` (expected), `match` (`exact`, `number`, `contains`
//! or `judge`), an optional relative `tolerance` for numbers and optional
//! `documents` (names of loaded documents; all of them when absent). A bad
//! line is reported by its number with the reason; the good ones load.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::score::{first_number, MatchRule};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Question {
    pub id: String,
    pub question: String,
    pub answer: String,
    #[serde(flatten)]
    pub rule: MatchRule,
    /// Names of the documents to ask over; empty for all loaded ones.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<String>,
}

impl Question {
    /// Whether the question is asked over the document called `name` (it
    /// names it, or names none).
    pub fn asks_about(&self, name: &str) -> bool {
        self.documents.is_empty() || self.documents.iter().any(|n| n == name)
    }
}

/// Why a line of a question set, or a question written in the page, is
/// refused. `Display` is the English sentence; the page says the same from
/// its catalog.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize)]
pub enum ImportProblem {
    /// `detail` is the JSON reader's own (English) message.
    #[error("it is not valid JSON ({detail})")]
    NotJson { detail: String },
    #[error("it is not a JSON object")]
    NotAnObject,
    /// A CSV file whose first row does not name `question` and `answer`.
    #[error("the first row must name the columns, with at least question and answer")]
    NoHeader,
    #[error("there is no question")]
    NoQuestion,
    #[error("there is no expected answer")]
    NoAnswer,
    #[error("the tolerance \"{tolerance}\" is not a number")]
    BadTolerance { tolerance: String },
    #[error("match must be exact, number, contains or judge, not \"{rule}\"")]
    BadMatch { rule: String },
    #[error("match is number but the expected answer \"{answer}\" has no number")]
    NoNumber { answer: String },
    /// The id of an earlier line (`line`) of the same file.
    #[error("the id \"{id}\" is already used on line {line}")]
    IdUsed { id: String, line: usize },
    /// The id of a question already in the set (a written question).
    #[error("the id \"{id}\" is already used in this set")]
    IdInSet { id: String },
}

impl ImportProblem {
    /// The English sentence (the same as `Display`).
    pub fn english(&self) -> String {
        self.to_string()
    }
}

/// A line that could not be read, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LineError {
    pub line: usize,
    pub reason: ImportProblem,
}

impl std::fmt::Display for LineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.reason)
    }
}

/// What an import gave: the questions that load, and each refused line.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Imported {
    pub questions: Vec<Question>,
    pub errors: Vec<LineError>,
}

/// The fields of one line, before checking.
struct Fields {
    id: Option<String>,
    question: Option<String>,
    answer: Option<String>,
    rule: Option<String>,
    tolerance: Option<String>,
    documents: Vec<String>,
}

fn text(value: Option<&Value>) -> Option<String> {
    match value? {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// Checks one line's fields and makes its question.
fn question(line: usize, fields: Fields, seen: &mut Vec<(String, usize)>) -> Result<Question, LineError> {
    let fail = |reason: ImportProblem| LineError { line, reason };
    let question = fields.question.map(|q| q.trim().to_string()).filter(|q| !q.is_empty());
    let question = question.ok_or_else(|| fail(ImportProblem::NoQuestion))?;
    let answer = fields.answer.map(|a| a.trim().to_string()).filter(|a| !a.is_empty());
    let answer = answer.ok_or_else(|| fail(ImportProblem::NoAnswer))?;
    let tolerance = match fields.tolerance.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        None => None,
        Some(t) => Some(
            t.trim_end_matches('%')
                .parse::<f64>()
                .ok()
                .filter(|v| v.is_finite() && *v >= 0.0)
                .map(|v| if t.ends_with('%') { v / 100.0 } else { v })
                .ok_or_else(|| fail(ImportProblem::BadTolerance { tolerance: t.to_string() }))?,
        ),
    };
    let rule = match fields.rule.as_deref().map(|r| r.trim().to_lowercase()).as_deref() {
        None | Some("") | Some("exact") => MatchRule::Exact,
        Some("number") => MatchRule::Number { tolerance },
        Some("contains") => MatchRule::Contains,
        Some("judge") => MatchRule::Judge,
        Some(other) => return Err(fail(ImportProblem::BadMatch { rule: other.to_string() })),
    };
    if matches!(rule, MatchRule::Number { .. }) && first_number(&answer).is_none() {
        return Err(fail(ImportProblem::NoNumber { answer }));
    }
    let id = fields.id.map(|i| i.trim().to_string()).filter(|i| !i.is_empty()).unwrap_or_else(|| format!("q{line}"));
    if let Some((_, first)) = seen.iter().find(|(seen_id, _)| *seen_id == id) {
        return Err(fail(ImportProblem::IdUsed { id, line: *first }));
    }
    seen.push((id.clone(), line));
    let documents = fields.documents.into_iter().map(|d| d.trim().to_string()).filter(|d| !d.is_empty()).collect();
    Ok(Question { id, question, answer, rule, documents })
}

/// Reads JSON Lines: one object a line; blank lines are skipped.
pub fn parse_jsonl(input: &str) -> Imported {
    let mut imported = Imported::default();
    let mut seen = Vec::new();
    for (index, raw) in input.lines().enumerate() {
        let line = index + 1;
        if raw.trim().is_empty() {
            continue;
        }
        let object = match serde_json::from_str::<Value>(raw) {
            Ok(Value::Object(object)) => object,
            Ok(_) => {
                imported.errors.push(LineError { line, reason: ImportProblem::NotAnObject });
                continue;
            }
            Err(error) => {
                imported.errors.push(LineError { line, reason: ImportProblem::NotJson { detail: error.to_string() } });
                continue;
            }
        };
        let documents = match object.get("documents") {
            Some(Value::Array(items)) => items.iter().filter_map(|d| text(Some(d))).collect(),
            Some(Value::String(one)) => vec![one.clone()],
            _ => Vec::new(),
        };
        let fields = Fields {
            id: text(object.get("id")),
            question: text(object.get("question")),
            answer: text(object.get("answer")),
            rule: text(object.get("match")),
            tolerance: text(object.get("tolerance")),
            documents,
        };
        match question(line, fields, &mut seen) {
            Ok(q) => imported.questions.push(q),
            Err(e) => imported.errors.push(e),
        }
    }
    imported
}

/// The records of a CSV text with the line each starts on.
fn csv_rows(input: &str) -> Vec<(usize, Vec<String>)> {
    let mut reader = csv_core::ReaderBuilder::new().build();
    let mut bytes = input.as_bytes();
    let (mut rows, mut fields, mut field) = (Vec::new(), Vec::new(), Vec::new());
    let mut buffer = [0u8; 1024];
    let mut line = 1;
    let mut row_line = 1;
    loop {
        let (result, read, written) = reader.read_field(bytes, &mut buffer);
        line += bytes[..read].iter().filter(|b| **b == b'\n').count();
        bytes = &bytes[read..];
        field.extend_from_slice(&buffer[..written]);
        match result {
            csv_core::ReadFieldResult::InputEmpty | csv_core::ReadFieldResult::OutputFull => {}
            csv_core::ReadFieldResult::Field { record_end } => {
                fields.push(String::from_utf8_lossy(&field).into_owned());
                field.clear();
                if record_end {
                    if fields.iter().any(|f: &String| !f.trim().is_empty()) {
                        rows.push((row_line, std::mem::take(&mut fields)));
                    }
                    fields.clear();
                    row_line = line;
                }
            }
            csv_core::ReadFieldResult::End => break,
        }
    }
    rows
}

/// Reads CSV with a header row naming the columns (`question` and `answer`
/// at least); `documents` lists names separated by `;` or `|`.
pub fn parse_csv(input: &str) -> Imported {
    let mut imported = Imported::default();
    let mut rows = csv_rows(input.trim_start_matches('\u{feff}')).into_iter();
    let Some((header_line, header)) = rows.next() else { return imported };
    let header: Vec<String> = header.iter().map(|h| h.trim().to_lowercase()).collect();
    let column = |name: &str| header.iter().position(|h| h == name);
    if column("question").is_none() || column("answer").is_none() {
        imported.errors.push(LineError { line: header_line, reason: ImportProblem::NoHeader });
        return imported;
    }
    let mut seen = Vec::new();
    for (line, row) in rows {
        let get = |name: &str| column(name).and_then(|i| row.get(i)).cloned();
        let fields = Fields {
            id: get("id"),
            question: get("question"),
            answer: get("answer"),
            rule: get("match"),
            tolerance: get("tolerance"),
            documents: get("documents").map(|d| d.split([';', '|']).map(str::to_string).collect()).unwrap_or_default(),
        };
        match question(line, fields, &mut seen) {
            Ok(q) => imported.questions.push(q),
            Err(e) => imported.errors.push(e),
        }
    }
    imported
}

/// A question written in the page, checked by the same rules as an
/// imported line; its id must differ from those of `existing` (a new one is
/// made when left empty).
pub fn written(
    id: &str,
    question_text: &str,
    answer: &str,
    rule: &str,
    tolerance: &str,
    existing: &[Question],
) -> Result<Question, ImportProblem> {
    let mut seen: Vec<(String, usize)> = existing.iter().map(|q| (q.id.clone(), 0)).collect();
    let free_id = (existing.len() + 1..).map(|n| format!("q{n}")).find(|id| existing.iter().all(|q| &q.id != id));
    let given = |text: &str| Some(text.to_string()).filter(|t| !t.trim().is_empty());
    let fields = Fields {
        id: given(id).or(free_id),
        question: given(question_text),
        answer: given(answer),
        rule: given(rule),
        tolerance: given(tolerance),
        documents: Vec::new(),
    };
    question(0, fields, &mut seen).map_err(|e| match e.reason {
        // A written question has no line; an id clash names the set instead.
        ImportProblem::IdUsed { id, .. } => ImportProblem::IdInSet { id },
        reason => reason,
    })
}

/// A question set as JSON Lines, readable again by [`parse_jsonl`].
pub fn to_jsonl(questions: &[Question]) -> String {
    questions.iter().filter_map(|q| serde_json::to_string(q).ok()).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jsonl_loads_good_lines_and_names_each_bad_one() {
        let input = r#"{"id": "rent", "question": "What is the rent?", "answer": "1,850 EUR", "match": "number", "tolerance": 0.01}
{"question": "Who is the landlord?", "answer": "Acme Ltd", "documents": ["lease.pdf"]}

not json
{"id": "rent", "question": "Again?", "answer": "x"}
{"question": "How many?", "answer": "many", "match": "number"}
{"question": "Deposit?", "answer": "two months", "match": "fuzzy"}
{"question": "", "answer": "x"}
["an", "array"]"#;
        let imported = parse_jsonl(input);
        assert_eq!(imported.questions.len(), 2);
        assert_eq!(imported.questions[0].rule, MatchRule::Number { tolerance: Some(0.01) });
        assert_eq!(imported.questions[1].id, "q2");
        assert_eq!(imported.questions[1].documents, ["lease.pdf"]);
        assert!(imported.questions[1].asks_about("lease.pdf") && !imported.questions[1].asks_about("notes.md"));
        assert!(imported.questions[0].asks_about("notes.md"), "a question that names none asks about all");
        let errors: Vec<String> = imported.errors.iter().map(ToString::to_string).collect();
        assert_eq!(errors.len(), 6, "{errors:#?}");
        assert!(errors[0].starts_with("line 4: it is not valid JSON"));
        assert_eq!(errors[1], "line 5: the id \"rent\" is already used on line 1");
        assert_eq!(errors[2], "line 6: match is number but the expected answer \"many\" has no number");
        assert_eq!(errors[3], "line 7: match must be exact, number, contains or judge, not \"fuzzy\"");
        assert_eq!(errors[4], "line 8: there is no question");
        assert_eq!(errors[5], "line 9: it is not a JSON object");
        assert_eq!(parse_jsonl(&to_jsonl(&imported.questions)).questions, imported.questions);
    }

    #[test]
    fn written_questions_follow_the_import_rules() {
        let q = written("", "What is the rent?", "1,850 EUR", "number", "1%", &[]).expect("valid");
        assert_eq!((q.id.as_str(), &q.rule), ("q1", &MatchRule::Number { tolerance: Some(0.01) }));
        let set = vec![q];
        assert_eq!(written("", "Landlord?", "Acme", "", "", &set).expect("valid").id, "q2");
        let clash = written("q1", "Again?", "x", "exact", "", &set).unwrap_err();
        assert_eq!(clash, ImportProblem::IdInSet { id: "q1".into() });
        assert_eq!(clash.to_string(), "the id \"q1\" is already used in this set");
        assert_eq!(written("", "  ", "x", "exact", "", &set), Err(ImportProblem::NoQuestion));
        assert_eq!(written("", "  ", "x", "exact", "", &set).unwrap_err().to_string(), "there is no question");
        let no_number = written("", "How many?", "many", "number", "", &set).unwrap_err();
        assert_eq!(no_number, ImportProblem::NoNumber { answer: "many".into() });
        assert_eq!(no_number.english(), "match is number but the expected answer \"many\" has no number");
        let tolerance = written("", "How many?", "42", "number", "lots", &set).unwrap_err();
        assert_eq!(tolerance.to_string(), "the tolerance \"lots\" is not a number");
    }

    #[test]
    fn csv_uses_its_header_and_keeps_quoted_commas_and_breaks() {
        let input = "id,question,answer,match,tolerance,documents\n\
q1,\"Rent, per month?\",1850,number,2%,lease.pdf;annex.docx\n\
q2,\"Who signed\non page 3?\",Jane Doe,exact,,\n\
q3,No answer here,,exact,,\n";
        let imported = parse_csv(input);
        assert_eq!(imported.questions.len(), 2);
        assert_eq!(imported.questions[0].question, "Rent, per month?");
        assert_eq!(imported.questions[0].rule, MatchRule::Number { tolerance: Some(0.02) });
        assert_eq!(imported.questions[0].documents, ["lease.pdf", "annex.docx"]);
        assert_eq!(imported.questions[1].question, "Who signed\non page 3?");
        assert_eq!(imported.errors, [LineError { line: 5, reason: ImportProblem::NoAnswer }]);
        assert_eq!(imported.errors[0].to_string(), "line 5: there is no expected answer");
        let headless = parse_csv("What is the rent?,1850\n");
        assert!(headless.questions.is_empty() && headless.errors[0].line == 1);
        assert_eq!(
            headless.errors[0].to_string(),
            "line 1: the first row must name the columns, with at least question and answer"
        );
    }
}
