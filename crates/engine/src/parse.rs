//! Reading JSON objects out of model replies, tolerantly and totally.
//!
//! [`extract_object`] accepts a reply that is a bare JSON object, one inside a
//! fenced code block, or one surrounded by prose; when a reply holds several
//! objects the last one wins (models often restate their answer at the end).
//! The [`Fields`] helpers read values leniently (a number where a string was
//! asked is taken as its text). Nothing here panics on any input; a failure
//! is a [`ParseError`] whose text goes back to the model in a retry.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use thiserror::Error;

/// A reply field's name as the schema spells it (`'static` when the engine
/// names it; owned once it has crossed to the page).
pub type FieldName = Cow<'static, str>;

/// Why a reply could not be used. Its text (`Display`) is what the model is
/// told in a retry; the page words each variant in the reader's language.
#[derive(Debug, Clone, PartialEq, Eq, Error, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ParseError {
    #[error("the reply contains no JSON object")]
    NoObject,
    #[error("the JSON object has no field `{field}`")]
    Missing { field: FieldName },
    #[error("field `{field}` should be {expected}")]
    WrongType { field: FieldName, expected: Expected },
    #[error("field `{field}` must be one of {}, not {found:?}", allowed_list(allowed))]
    NotAllowed { field: FieldName, allowed: Vec<FieldName>, found: String },
    #[error("field `{field}` is empty")]
    Empty { field: FieldName },
    #[error("the plan has no tasks; give at least one")]
    NoTasks,
    #[error("this is the last round: only \"final\" is accepted, with your best answer")]
    FinalOnly,
    #[error("the reply was cut off at the output limit; reply again, more briefly")]
    CutOff,
    /// The rounds ran out without a final answer.
    #[error("no final answer")]
    NoFinalAnswer,
    /// The privacy shield's rewrite of a report came back empty.
    #[error("the privacy shield's rewrite was empty")]
    EmptyRewrite,
}

impl ParseError {
    pub fn missing(field: &'static str) -> Self {
        ParseError::Missing { field: Cow::Borrowed(field) }
    }

    pub fn wrong_type(field: &'static str, expected: Expected) -> Self {
        ParseError::WrongType { field: Cow::Borrowed(field), expected }
    }

    pub fn empty(field: &'static str) -> Self {
        ParseError::Empty { field: Cow::Borrowed(field) }
    }
}

/// What a field should have held.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Expected {
    #[error("a string")]
    Text,
    #[error("true or false")]
    Flag,
    #[error("a non-negative integer")]
    Count,
    #[error("a list of strings")]
    Texts,
    #[error("a list of objects")]
    Objects,
    #[error("an object")]
    Object,
    #[error("a list")]
    List,
}

/// The JSON object a reply carries.
pub fn extract_object(reply: &str) -> Result<Map<String, Value>, ParseError> {
    let trimmed = reply.trim();
    if let Ok(Value::Object(object)) = serde_json::from_str::<Value>(trimmed) {
        return Ok(object);
    }
    if let Some(object) = fenced_blocks(trimmed)
        .filter_map(|block| match serde_json::from_str::<Value>(block.trim()) {
            Ok(Value::Object(object)) => Some(object),
            _ => None,
        })
        .last()
    {
        return Ok(object);
    }
    balanced_objects(trimmed)
        .filter_map(|candidate| match serde_json::from_str::<Value>(candidate) {
            Ok(Value::Object(object)) => Some(object),
            _ => None,
        })
        .last()
        .ok_or(ParseError::NoObject)
}

/// Most places a cut reply is tried at, from its end.
const SALVAGE_TRIES: usize = 64;

/// A reply cut off mid-object, closed after its last complete member: the
/// JSON text of the object as far as it was written, or `None` when not
/// even one member closed. A member cut in the middle is left out, never
/// completed, so a half-written answer is not taken for an answer.
pub fn salvage_cut(reply: &str) -> Option<String> {
    let start = reply.find('{')?;
    let text = &reply[start..];
    let mut closers: Vec<u8> = Vec::new();
    // Where a member ends (a comma at any depth), with what was open there.
    let mut cuts: Vec<(usize, Vec<u8>)> = Vec::new();
    let mut scan = Structure::of(text);
    for (i, byte) in scan.by_ref() {
        match byte {
            b'{' => closers.push(b'}'),
            b'[' => closers.push(b']'),
            b'}' | b']' => {
                closers.pop();
                if closers.is_empty() {
                    // The object closed: it was not cut.
                    return Some(text[..=i].to_string());
                }
            }
            b',' => cuts.push((i, closers.clone())),
            _ => {}
        }
    }
    let closed = |prefix: &str, open: &[u8]| {
        let mut out = prefix.trim_end().to_string();
        out.extend(open.iter().rev().map(|&c| c as char));
        out
    };
    let whole = (!scan.in_string()).then(|| closed(text, &closers));
    whole
        .into_iter()
        .chain(cuts.iter().rev().map(|(at, open)| closed(&text[..*at], open)))
        .take(SALVAGE_TRIES)
        .find(|candidate| matches!(serde_json::from_str::<Value>(candidate), Ok(Value::Object(o)) if !o.is_empty()))
}

/// The bytes of a text that are JSON structure, with their offsets: every
/// byte outside JSON strings. A string opens only inside braces, so quotes
/// in the prose around an object stay prose.
struct Structure<'a> {
    bytes: std::iter::Enumerate<std::str::Bytes<'a>>,
    depth: usize,
    in_string: bool,
    escaped: bool,
}

impl<'a> Structure<'a> {
    fn of(text: &'a str) -> Self {
        Self { bytes: text.bytes().enumerate(), depth: 0, in_string: false, escaped: false }
    }

    /// Whether the text read so far ends inside a string.
    fn in_string(&self) -> bool {
        self.in_string
    }
}

impl Iterator for Structure<'_> {
    type Item = (usize, u8);

    fn next(&mut self) -> Option<(usize, u8)> {
        for (i, byte) in self.bytes.by_ref() {
            if self.in_string {
                match (self.escaped, byte) {
                    (true, _) => self.escaped = false,
                    (false, b'\\') => self.escaped = true,
                    (false, b'"') => self.in_string = false,
                    _ => {}
                }
                continue;
            }
            match byte {
                b'"' if self.depth > 0 => {
                    self.in_string = true;
                    continue;
                }
                b'{' => self.depth += 1,
                b'}' => self.depth = self.depth.saturating_sub(1),
                _ => {}
            }
            return Some((i, byte));
        }
        None
    }
}

/// The contents of each ``` fenced block (an info string like `json` skipped).
fn fenced_blocks(text: &str) -> impl Iterator<Item = &str> {
    text.split("```").skip(1).step_by(2).map(|block| {
        let first_line_end = block.find('\n').unwrap_or(0);
        let info = &block[..first_line_end];
        if info.trim().chars().all(|c| c.is_ascii_alphanumeric()) {
            &block[first_line_end..]
        } else {
            block
        }
    })
}

/// Every top-level `{…}` span with balanced braces, ignoring braces inside
/// JSON strings.
fn balanced_objects(text: &str) -> impl Iterator<Item = &str> {
    let mut spans = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (i, byte) in Structure::of(text) {
        match byte {
            b'{' => {
                if depth == 0 {
                    start = i;
                }
                depth += 1;
            }
            b'}' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    spans.push(&text[start..=i]);
                }
            }
            _ => {}
        }
    }
    spans.into_iter()
}

/// Lenient field access on a parsed object.
pub struct Fields<'a>(pub &'a Map<String, Value>);

impl Fields<'_> {
    /// A string field; numbers and booleans are taken as their text.
    pub fn string(&self, field: &'static str) -> Result<String, ParseError> {
        self.optional_string(field)?.ok_or(ParseError::missing(field))
    }

    /// A string or null; a missing field is null.
    pub fn optional_string(&self, field: &'static str) -> Result<Option<String>, ParseError> {
        match self.0.get(field) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.clone())),
            Some(Value::Number(n)) => Ok(Some(n.to_string())),
            Some(Value::Bool(b)) => Ok(Some(b.to_string())),
            Some(Value::Array(items)) => Ok(Some(
                items
                    .iter()
                    .map(|item| match item {
                        Value::String(s) => s.clone(),
                        other => other.to_string(),
                    })
                    .collect::<Vec<_>>()
                    .join("; "),
            )),
            Some(Value::Object(_)) => Err(ParseError::wrong_type(field, Expected::Text)),
        }
    }

    /// A true/false flag, or null; "true"/"yes" and "false"/"no" strings too.
    pub fn optional_flag(&self, field: &'static str) -> Result<Option<bool>, ParseError> {
        match self.0.get(field) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(Value::String(s)) => match s.trim().to_lowercase().as_str() {
                "true" | "yes" => Ok(Some(true)),
                "false" | "no" => Ok(Some(false)),
                _ => Err(ParseError::wrong_type(field, Expected::Flag)),
            },
            Some(_) => Err(ParseError::wrong_type(field, Expected::Flag)),
        }
    }

    /// A lowercase keyword that must be one of `allowed`.
    pub fn keyword(&self, field: &'static str, allowed: &'static [&'static str]) -> Result<String, ParseError> {
        let value = self.string(field)?.trim().to_lowercase();
        if allowed.contains(&value.as_str()) {
            Ok(value)
        } else {
            Err(ParseError::NotAllowed {
                field: Cow::Borrowed(field),
                allowed: allowed.iter().map(|value| Cow::Borrowed(*value)).collect(),
                found: value,
            })
        }
    }

    /// A non-negative integer, or null; numbers in strings are read too.
    pub fn optional_count(&self, field: &'static str) -> Result<Option<u64>, ParseError> {
        match self.0.get(field) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Number(n)) => n
                .as_f64()
                .filter(|v| v.is_finite() && *v >= 0.0)
                .map(|v| Some(v.round() as u64))
                .ok_or(ParseError::wrong_type(field, Expected::Count)),
            Some(Value::String(s)) => {
                s.trim().parse::<u64>().map(Some).map_err(|_| ParseError::wrong_type(field, Expected::Count))
            }
            Some(_) => Err(ParseError::wrong_type(field, Expected::Count)),
        }
    }

    /// A list of strings; a single string counts as a list of one.
    pub fn strings(&self, field: &'static str) -> Result<Vec<String>, ParseError> {
        match self.0.get(field) {
            None | Some(Value::Null) => Ok(Vec::new()),
            Some(Value::String(s)) => Ok(vec![s.clone()]),
            Some(Value::Array(items)) => Ok(items
                .iter()
                .filter_map(|item| match item {
                    Value::String(s) => Some(s.clone()),
                    Value::Number(n) => Some(n.to_string()),
                    _ => None,
                })
                .collect()),
            Some(_) => Err(ParseError::wrong_type(field, Expected::Texts)),
        }
    }

    pub fn object(&self, field: &'static str) -> Result<Fields<'_>, ParseError> {
        match self.0.get(field) {
            Some(Value::Object(object)) => Ok(Fields(object)),
            None | Some(Value::Null) => Err(ParseError::missing(field)),
            Some(_) => Err(ParseError::wrong_type(field, Expected::Object)),
        }
    }

    pub fn array(&self, field: &'static str) -> Result<&Vec<Value>, ParseError> {
        match self.0.get(field) {
            Some(Value::Array(items)) => Ok(items),
            None | Some(Value::Null) => Err(ParseError::missing(field)),
            Some(_) => Err(ParseError::wrong_type(field, Expected::List)),
        }
    }
}

/// `"a", "b" or "c"`, as the retry tells the model.
fn allowed_list(allowed: &[FieldName]) -> String {
    let quoted: Vec<String> = allowed.iter().map(|value| format!("\"{value}\"")).collect();
    match quoted.split_last() {
        None => "the allowed values".to_string(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(reply: &str) -> Result<String, ParseError> {
        let object = extract_object(reply)?;
        Fields(&object).string("message")
    }

    #[test]
    fn bare_fenced_and_embedded_objects_are_found() {
        assert_eq!(message(r#"{"message": "hi"}"#).unwrap(), "hi");
        assert_eq!(message("Sure!\n```json\n{\"message\": \"fenced\"}\n```\nDone.").unwrap(), "fenced");
        assert_eq!(message("I think {\"message\": \"inline\"} is right").unwrap(), "inline");
    }

    #[test]
    fn the_last_object_wins_and_braces_in_strings_are_ignored() {
        let reply = r#"First {"message": "draft"} then {"message": "final } brace"}"#;
        assert_eq!(message(reply).unwrap(), "final } brace");
    }

    #[test]
    fn failures_are_typed() {
        assert_eq!(message("no json here"), Err(ParseError::NoObject));
        assert_eq!(message("{\"other\": 1}"), Err(ParseError::missing("message")));
        assert_eq!(message("{\"message\": {}}"), Err(ParseError::wrong_type("message", Expected::Text)));
    }

    #[test]
    fn a_cut_object_closes_after_its_last_complete_member() {
        assert_eq!(salvage_cut(r#"{"a": "x", "b": "y"#).as_deref(), Some(r#"{"a": "x"}"#));
        assert_eq!(salvage_cut(r#"Sure: {"a": "x", "b": "y""#).as_deref(), Some(r#"{"a": "x", "b": "y"}"#));
        assert_eq!(
            salvage_cut(r#"{"tasks": [{"id": "t1"}, {"id": "t2", "instruction": "Fi"#).as_deref(),
            Some(r#"{"tasks": [{"id": "t1"}, {"id": "t2"}]}"#)
        );
        assert_eq!(salvage_cut(r#"{"a": "x, \" still", "b"#).as_deref(), Some(r#"{"a": "x, \" still"}"#));
        assert_eq!(salvage_cut(r#"{"a": "unfinished"#), None);
        assert_eq!(salvage_cut("no object"), None);
        // A whole object is returned as it is.
        assert_eq!(salvage_cut(r#"{"a": 1} trailing"#).as_deref(), Some(r#"{"a": 1}"#));
    }

    #[test]
    fn keywords_are_case_insensitive_and_checked() {
        let object = extract_object(r#"{"decision": " FINAL "}"#).unwrap();
        assert_eq!(Fields(&object).keyword("decision", &["final", "ask"]).unwrap(), "final");
        let object = extract_object(r#"{"decision": "maybe"}"#).unwrap();
        let error = Fields(&object).keyword("decision", &["final", "ask"]).unwrap_err();
        assert_eq!(error.to_string(), "field `decision` must be one of \"final\" or \"ask\", not \"maybe\"");
    }

    #[test]
    fn numbers_are_read_leniently() {
        let object = extract_object(r#"{"a": 12, "b": "7", "c": -1, "d": "x", "e": 3.6}"#).unwrap();
        let fields = Fields(&object);
        assert_eq!(fields.optional_count("a"), Ok(Some(12)));
        assert_eq!(fields.optional_count("b"), Ok(Some(7)));
        assert!(fields.optional_count("c").is_err());
        assert!(fields.optional_count("d").is_err());
        assert_eq!(fields.optional_count("e"), Ok(Some(4)));
        assert_eq!(fields.optional_count("missing"), Ok(None));
    }
}
