//! CSV and JSON as one record a line, so that the chunker can keep records
//! whole (and repeat a CSV header at the top of each chunk; see
//! `engine::chunking`). CSV is parsed by `csv-core` (quoted fields may hold
//! delimiters and line breaks); JSON by `serde_json`.

use serde_json::Value;

use crate::LoadWarning;

/// One CSV field as it goes back on a line: quoted when it must be, line
/// breaks inside it folded to spaces.
fn field(raw: &[u8], delimiter: u8) -> String {
    let text = String::from_utf8_lossy(raw).replace(['\r', '\n'], " ");
    if text.contains(delimiter as char) || text.contains('"') {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// Every record of a CSV (or TSV) text on its own line, and warnings about
/// rows whose field count differs from the header's.
pub fn csv_records(text: &str, tab_separated: bool) -> (String, Vec<LoadWarning>) {
    let delimiter = if tab_separated { b'\t' } else { b',' };
    let mut reader = csv_core::ReaderBuilder::new().delimiter(delimiter).build();
    let mut input = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut fields: Vec<String> = Vec::new();
    let mut current: Vec<u8> = Vec::new();
    let mut buffer = [0u8; 4096];
    let (mut header_fields, mut ragged) = (None, 0usize);
    let separator = if tab_separated { "\t" } else { "," };
    loop {
        let (result, read, written) = reader.read_field(input, &mut buffer);
        input = &input[read..];
        current.extend_from_slice(&buffer[..written]);
        match result {
            // Keep reading; once the input is used up, the next call (with
            // nothing left) flushes the last field and then ends.
            csv_core::ReadFieldResult::OutputFull | csv_core::ReadFieldResult::InputEmpty => {}
            csv_core::ReadFieldResult::Field { record_end } => {
                fields.push(field(&current, delimiter));
                current.clear();
                if record_end {
                    match header_fields {
                        None => header_fields = Some(fields.len()),
                        Some(expected) if expected != fields.len() => ragged += 1,
                        Some(_) => {}
                    }
                    out.push_str(&fields.join(separator));
                    out.push('\n');
                    fields.clear();
                }
            }
            csv_core::ReadFieldResult::End => break,
        }
    }
    let warnings = if ragged > 0 { vec![LoadWarning::RaggedRows { count: ragged }] } else { Vec::new() };
    (out.trim_end().to_string(), warnings)
}

/// Records of a JSON text, one a line: the items of a top-level array (or of
/// the largest array of objects in a top-level object), or JSON Lines as
/// they are. Anything else is pretty-printed; text that is not JSON is kept
/// as it is, with a warning.
pub fn json_records(text: &str) -> (String, Vec<LoadWarning>) {
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Array(items)) => (items.iter().map(Value::to_string).collect::<Vec<_>>().join("\n"), Vec::new()),
        Ok(Value::Object(map)) => {
            let records = map
                .iter()
                .filter_map(|(key, value)| match value {
                    Value::Array(items) if items.iter().filter(|i| i.is_object()).count() >= 2 => Some((key, items)),
                    _ => None,
                })
                .max_by_key(|(_, items)| items.len());
            match records {
                Some((key, items)) => {
                    let rest: serde_json::Map<String, Value> =
                        map.iter().filter(|(k, _)| *k != key).map(|(k, v)| (k.clone(), v.clone())).collect();
                    let mut lines = Vec::with_capacity(items.len() + 1);
                    if !rest.is_empty() {
                        lines.push(Value::Object(rest).to_string());
                    }
                    lines.extend(items.iter().map(Value::to_string));
                    (lines.join("\n"), vec![LoadWarning::RecordsFrom { key: key.clone() }])
                }
                None => (serde_json::to_string_pretty(&Value::Object(map)).unwrap_or_default(), Vec::new()),
            }
        }
        Ok(other) => (other.to_string(), Vec::new()),
        Err(whole) => {
            let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
            if !lines.is_empty() && lines.iter().all(|l| serde_json::from_str::<Value>(l).is_ok()) {
                return (lines.join("\n"), Vec::new());
            }
            (text.to_string(), vec![LoadWarning::NotJson { error: whole.to_string() }])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_records_become_lines_even_with_quoted_breaks() {
        let text =
            "name,notes,amount\r\nAda,\"likes, commas\",12\nBob,\"two\nlines\",7\nEve,\"said \"\"hi\"\"\",3\nOdd,row\n";
        let (lines, warnings) = csv_records(text, false);
        assert_eq!(
            lines,
            "name,notes,amount\nAda,\"likes, commas\",12\nBob,two lines,7\nEve,\"said \"\"hi\"\"\",3\nOdd,row"
        );
        assert_eq!(warnings, [LoadWarning::RaggedRows { count: 1 }]);
        assert_eq!(csv_records("a\tb\n1\t2", true).0, "a\tb\n1\t2");
    }

    #[test]
    fn json_arrays_objects_and_lines_become_one_record_a_line() {
        assert_eq!(json_records(r#"[{"a": 1}, {"a": 2}]"#).0, "{\"a\":1}\n{\"a\":2}");
        let (lines, warnings) = json_records(r#"{"source": "x", "rows": [{"a": 1}, {"a": 2}]}"#);
        assert_eq!(lines, "{\"source\":\"x\"}\n{\"a\":1}\n{\"a\":2}");
        assert_eq!(warnings, [LoadWarning::RecordsFrom { key: "rows".into() }]);
        assert_eq!(json_records("{\"a\":1}\n\n{\"a\":2}\n").0, "{\"a\":1}\n{\"a\":2}");
        let (text, warnings) = json_records("{oops");
        assert_eq!(text, "{oops");
        assert!(matches!(&warnings[..], [LoadWarning::NotJson { error }] if error.contains("line 1")), "{warnings:?}");
    }
}
