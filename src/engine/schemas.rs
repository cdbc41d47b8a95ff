//! The JSON schemas each reply must follow, written for OpenAI's strict mode
//! (every object closed with `additionalProperties: false`, every property
//! required, optional ones nullable) so one schema serves Ollama's `format`
//! and OpenAI's `response_format` alike.

use serde_json::{json, Value};

use super::model::ReplySchema;

fn schema(name: &str, schema: Value) -> ReplySchema {
    ReplySchema { name: name.to_string(), schema }
}

fn nullable_string() -> Value {
    json!({"type": ["string", "null"]})
}

/// Cloud only: the answer.
pub fn cloud_answer() -> ReplySchema {
    schema(
        "cloud_answer",
        json!({
            "type": "object",
            "properties": {"answer": {"type": "string"}},
            "required": ["answer"],
            "additionalProperties": false
        }),
    )
}

/// The judge's verdict on one reply (evaluation).
pub fn judge_verdict() -> ReplySchema {
    schema(
        "judge_verdict",
        json!({
            "type": "object",
            "properties": {
                "verdict": {"type": "string", "enum": ["correct", "incorrect"]},
                "reason": {"type": "string"}
            },
            "required": ["verdict", "reason"],
            "additionalProperties": false
        }),
    )
}

/// Minion's opening question.
pub fn supervisor_question() -> ReplySchema {
    schema(
        "supervisor_question",
        json!({
            "type": "object",
            "properties": {"message": {"type": "string"}},
            "required": ["message"],
            "additionalProperties": false
        }),
    )
}

/// Minion's decision after each worker answer.
pub fn minion_decision() -> ReplySchema {
    schema(
        "minion_decision",
        json!({
            "type": "object",
            "properties": {
                "decision": {"type": "string", "enum": ["final", "ask"]},
                "answer": nullable_string(),
                "message": nullable_string()
            },
            "required": ["decision", "answer", "message"],
            "additionalProperties": false
        }),
    )
}

/// MinionS plan.
pub fn minions_plan() -> ReplySchema {
    schema(
        "minions_plan",
        json!({
            "type": "object",
            "properties": {
                "chunking": {
                    "type": "object",
                    "properties": {
                        "unit": {"type": "string", "enum": ["chars", "pages", "paragraphs"]},
                        "size": {"type": "integer"},
                        "overlap": {"type": "integer"}
                    },
                    "required": ["unit", "size", "overlap"],
                    "additionalProperties": false
                },
                "tasks": {
                    "type": "array",
                    "items": {
                        "type": "object",
                        "properties": {
                            "id": {"type": "string"},
                            "instruction": {"type": "string"},
                            "advice": {"type": "string"},
                            "keywords": {"type": "array", "items": {"type": "string"}}
                        },
                        "required": ["id", "instruction", "advice", "keywords"],
                        "additionalProperties": false
                    }
                },
                "top_k": {"type": ["integer", "null"]}
            },
            "required": ["chunking", "tasks", "top_k"],
            "additionalProperties": false
        }),
    )
}

/// A worker's reply to one MinionS job.
pub fn job_reply() -> ReplySchema {
    schema(
        "job_reply",
        json!({
            "type": "object",
            "properties": {
                "explanation": {"type": "string"},
                "citation": nullable_string(),
                "answer": nullable_string()
            },
            "required": ["explanation", "citation", "answer"],
            "additionalProperties": false
        }),
    )
}

/// MinionS synthesis.
pub fn minions_synthesis() -> ReplySchema {
    schema(
        "minions_synthesis",
        json!({
            "type": "object",
            "properties": {
                "decision": {"type": "string", "enum": ["final", "continue"]},
                "answer": nullable_string(),
                "feedback": nullable_string(),
                "scratchpad": {"type": "string"}
            },
            "required": ["decision", "answer", "feedback", "scratchpad"],
            "additionalProperties": false
        }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Strict mode: every object closed and every property required.
    fn assert_strict(value: &Value, path: &str) {
        if let Some(properties) = value.get("properties").and_then(Value::as_object) {
            assert_eq!(value["additionalProperties"], json!(false), "{path} is not closed");
            let required: Vec<&str> =
                value["required"].as_array().map(|r| r.iter().filter_map(Value::as_str).collect()).unwrap_or_default();
            for (name, property) in properties {
                assert!(required.contains(&name.as_str()), "{path}.{name} is not required");
                assert_strict(property, &format!("{path}.{name}"));
            }
        }
        if let Some(items) = value.get("items") {
            assert_strict(items, &format!("{path}[]"));
        }
    }

    #[test]
    fn every_schema_is_strict() {
        for reply in [supervisor_question(), minion_decision(), minions_plan(), job_reply(), minions_synthesis()] {
            assert_strict(&reply.schema, &reply.name);
        }
    }
}
