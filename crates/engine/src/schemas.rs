//! The JSON schemas each reply must follow: the reply contract.
//!
//! Three rules shape every schema here:
//! - **Order.** Models write properties in schema order (OpenAI structured
//!   outputs, llama.cpp's and Ollama's schema-to-grammar), so reasoning and
//!   evidence come first and the decision and the answer last. The order is
//!   kept on the wire because `serde_json` is built with `preserve_order`.
//! - **Bounds.** Every string carries a `maxLength` for its role and every
//!   list a `maxItems`, so a local server's grammar closes the reply however
//!   small the model; [`output_token_bound`] turns those bounds into the
//!   call's output limit. Cloud APIs get [`strict_subset`], without them.
//! - **Strict form.** Every object is closed (`additionalProperties: false`)
//!   with every property required and optional ones nullable, so the same
//!   schema serves Ollama's `format` and OpenAI's strict `json_schema`.

use serde_json::{json, Map, Value};

use super::model::ReplySchema;

/// Longest text of each role, in characters.
pub mod limits {
    /// A worker's account of how the excerpt answers: a sentence or two.
    pub const EXPLANATION: u32 = 200;
    /// One supporting sentence from the excerpt.
    pub const CITATION: u32 = 160;
    /// A worker's answer: a number, a name, a date, a short phrase.
    pub const JOB_ANSWER: u32 = 120;
    /// The supervisor's thinking before it decides: a paragraph.
    pub const REASONING: u32 = 400;
    /// One question for the worker.
    pub const QUESTION: u32 = 240;
    /// The supervisor's answer to the task.
    pub const FINAL_ANSWER: u32 = 400;
    /// What the next round should look for.
    pub const FEEDBACK: u32 = 240;
    /// Notes carried to the next round.
    pub const SCRATCHPAD: u32 = 400;
    pub const TASK_ID: u32 = 24;
    pub const INSTRUCTION: u32 = 200;
    pub const ADVICE: u32 = 160;
    pub const KEYWORD: u32 = 32;
    pub const KEYWORDS_PER_TASK: u32 = 6;
    /// The judge's reason, and cloud only's answer.
    pub const SHORT_REASON: u32 = 300;
    /// The summary of a conversation's earlier turns.
    pub const CONVERSATION_SUMMARY: u32 = 1_600;
}

fn schema(name: &str, schema: Value) -> ReplySchema {
    ReplySchema { name: name.to_string(), schema }
}

fn text(max: u32) -> Value {
    json!({"type": "string", "maxLength": max})
}

/// A string that must say something (a final answer).
fn required_text(max: u32) -> Value {
    json!({"type": "string", "minLength": 1, "maxLength": max})
}

fn nullable_text(max: u32) -> Value {
    json!({"type": ["string", "null"], "maxLength": max})
}

fn keyword(values: &[&str]) -> Value {
    json!({"type": "string", "enum": values})
}

/// A closed object whose properties are required, in the order given.
fn object(properties: &[(&str, Value)]) -> Value {
    let mut map = Map::new();
    for (name, value) in properties {
        map.insert((*name).to_string(), value.clone());
    }
    json!({
        "type": "object",
        "properties": map,
        "required": properties.iter().map(|(name, _)| *name).collect::<Vec<_>>(),
        "additionalProperties": false
    })
}

/// Cloud only: the answer.
pub fn cloud_answer() -> ReplySchema {
    schema("cloud_answer", object(&[("answer", text(limits::FINAL_ANSWER))]))
}

/// The judge's verdict on one reply (evaluation): its reason first.
pub fn judge_verdict() -> ReplySchema {
    schema(
        "judge_verdict",
        object(&[("reason", text(limits::SHORT_REASON)), ("verdict", keyword(&["correct", "incorrect"]))]),
    )
}

/// The summary of a conversation's earlier turns.
pub fn conversation_summary() -> ReplySchema {
    schema("conversation_summary", object(&[("summary", required_text(limits::CONVERSATION_SUMMARY))]))
}

/// Minion's opening question.
pub fn supervisor_question() -> ReplySchema {
    schema("supervisor_question", object(&[("message", text(limits::QUESTION))]))
}

/// Minion's decision after each worker answer; in the last round only
/// `final`, with an answer, fits the schema.
pub fn minion_decision(last_round: bool) -> ReplySchema {
    let (decision, answer) = if last_round {
        (keyword(&["final"]), required_text(limits::FINAL_ANSWER))
    } else {
        (keyword(&["final", "ask"]), nullable_text(limits::FINAL_ANSWER))
    };
    schema(
        "minion_decision",
        object(&[
            ("reasoning", text(limits::REASONING)),
            ("decision", decision),
            ("answer", answer),
            ("message", nullable_text(limits::QUESTION)),
        ]),
    )
}

/// MinionS plan with at most `max_tasks` tasks.
pub fn minions_plan(max_tasks: usize) -> ReplySchema {
    let task = object(&[
        ("id", text(limits::TASK_ID)),
        ("instruction", text(limits::INSTRUCTION)),
        ("advice", text(limits::ADVICE)),
        ("keywords", json!({"type": "array", "items": text(limits::KEYWORD), "maxItems": limits::KEYWORDS_PER_TASK})),
    ]);
    let chunking = object(&[
        ("unit", keyword(&["chars", "pages", "paragraphs"])),
        ("size", json!({"type": "integer"})),
        ("overlap", json!({"type": "integer"})),
    ]);
    schema(
        "minions_plan",
        object(&[
            ("reasoning", text(limits::REASONING)),
            ("chunking", chunking),
            ("tasks", json!({"type": "array", "items": task, "minItems": 1, "maxItems": max_tasks.max(1)})),
            ("top_k", json!({"type": ["integer", "null"]})),
        ]),
    )
}

/// A worker's reply to one MinionS job: its evidence, then the answer.
/// Abstaining is as cheap as guessing: `"answer": null` is one token. (A
/// `found` flag between the two was measured with SmolLM2-135M and left
/// out: the model wrote `false` for every excerpt, answerable or not, so
/// trusting it turned every answer into an abstention; see BENCHMARKS.md.
/// Replies that carry one are still read.)
pub fn job_reply() -> ReplySchema {
    schema(
        "job_reply",
        object(&[
            ("explanation", text(limits::EXPLANATION)),
            ("citation", nullable_text(limits::CITATION)),
            ("answer", nullable_text(limits::JOB_ANSWER)),
        ]),
    )
}

/// MinionS synthesis; in the last round only `final`, with an answer.
pub fn minions_synthesis(last_round: bool) -> ReplySchema {
    let (decision, answer) = if last_round {
        (keyword(&["final"]), required_text(limits::FINAL_ANSWER))
    } else {
        (keyword(&["final", "continue"]), nullable_text(limits::FINAL_ANSWER))
    };
    schema(
        "minions_synthesis",
        object(&[
            ("reasoning", text(limits::REASONING)),
            ("decision", decision),
            ("answer", answer),
            ("feedback", nullable_text(limits::FEEDBACK)),
            ("scratchpad", text(limits::SCRATCHPAD)),
        ]),
    )
}

/// Keywords that bound length or count, which OpenAI's strict mode does
/// not take. Checked in OpenAI's Structured Outputs guide (sections
/// "Supported properties" and "Some type-specific keywords are not yet
/// supported", as published in 2026): for strings only `pattern` and
/// `format` are supported, so `minLength`/`maxLength` are refused;
/// `minItems`/`maxItems` are supported except for fine-tuned models (and
/// were refused by earlier versions), so they are left out too. Servers
/// that refuse more get the adapter's fallback (`json_object`, then the
/// schema in the prompt).
const BOUND_KEYWORDS: [&str; 4] = ["minLength", "maxLength", "minItems", "maxItems"];

/// `schema` without the length and count bounds: what a cloud API's strict
/// mode accepts. Property order is kept.
pub fn strict_subset(schema: &Value) -> Value {
    match schema {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(key, _)| !BOUND_KEYWORDS.contains(&key.as_str()))
                .map(|(key, value)| (key.clone(), strict_subset(value)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(strict_subset).collect()),
        other => other.clone(),
    }
}

/// Room for whitespace the grammar allows between two JSON tokens.
const GAP_TOKENS: u32 = 2;

/// The most tokens a reply that follows `schema` can take, when every
/// string and list in it is bounded; `None` when something is unbounded.
/// Counted as one token per character (digits and rare words tokenize that
/// finely), so a reply that follows the schema always fits.
pub fn output_token_bound(schema: &Value) -> Option<u32> {
    let characters = characters_bound(schema)?;
    Some(characters + characters / 10 + 16)
}

fn characters_bound(schema: &Value) -> Option<u32> {
    let types: Vec<&str> = match schema.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
        _ => return None,
    };
    let mut most = 0;
    for kind in types {
        let size = match kind {
            "null" => 4,
            "boolean" => 5,
            // llama.cpp's grammar allows at most 16 digits and a sign.
            "integer" | "number" => 24,
            "string" => match schema.get("enum").and_then(Value::as_array) {
                Some(values) => values.iter().filter_map(Value::as_str).map(|v| v.chars().count() as u32).max()? + 2,
                None => schema.get("maxLength").and_then(Value::as_u64)? as u32 + 2,
            },
            "array" => {
                let items = schema.get("maxItems").and_then(Value::as_u64)? as u32;
                let item = characters_bound(schema.get("items")?)?;
                2 + items * (item + 1 + GAP_TOKENS)
            }
            "object" => {
                let properties = schema.get("properties")?.as_object()?;
                let mut size = 2;
                for (name, property) in properties {
                    size += name.chars().count() as u32 + 4 + 2 * GAP_TOKENS + characters_bound(property)?;
                }
                size
            }
            _ => return None,
        };
        most = most.max(size);
    }
    Some(most)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn every_schema() -> Vec<ReplySchema> {
        vec![
            cloud_answer(),
            judge_verdict(),
            supervisor_question(),
            minion_decision(false),
            minion_decision(true),
            minions_plan(3),
            job_reply(),
            minions_synthesis(false),
            minions_synthesis(true),
            conversation_summary(),
        ]
    }

    /// Strict mode: every object closed and every property required, in the
    /// order of `properties`.
    fn assert_strict(value: &Value, path: &str, objects: &mut usize) {
        if let Some(properties) = value.get("properties").and_then(Value::as_object) {
            *objects += 1;
            assert_eq!(value["additionalProperties"], json!(false), "{path} is not closed");
            let required: Vec<&str> =
                value["required"].as_array().map(|r| r.iter().filter_map(Value::as_str).collect()).unwrap_or_default();
            let names: Vec<&str> = properties.keys().map(String::as_str).collect();
            assert_eq!(required, names, "{path}: required must list every property, in order");
            for (name, property) in properties {
                assert_strict(property, &format!("{path}.{name}"), objects);
            }
        }
        if let Some(items) = value.get("items") {
            assert_strict(items, &format!("{path}[]"), objects);
        }
    }

    #[test]
    fn every_schema_is_strict() {
        let mut objects = 0;
        for reply in every_schema() {
            assert_strict(&reply.schema, &reply.name, &mut objects);
        }
        // 10 top-level objects, plus the plan's chunking and task objects.
        assert_eq!(objects, 12);
    }

    fn property_names(schema: &Value) -> Vec<&str> {
        schema["properties"].as_object().unwrap().keys().map(String::as_str).collect()
    }

    #[test]
    fn reasoning_and_evidence_come_before_decisions_and_answers() {
        assert_eq!(property_names(&job_reply().schema), ["explanation", "citation", "answer"]);
        assert_eq!(property_names(&minion_decision(false).schema), ["reasoning", "decision", "answer", "message"]);
        assert_eq!(
            property_names(&minions_synthesis(false).schema),
            ["reasoning", "decision", "answer", "feedback", "scratchpad"]
        );
        assert_eq!(property_names(&minions_plan(3).schema), ["reasoning", "chunking", "tasks", "top_k"]);
        assert_eq!(property_names(&judge_verdict().schema), ["reason", "verdict"]);
        // And so they go out as text, not sorted.
        let body = job_reply().schema.to_string();
        let at = |key: &str| body.find(&format!("\"{key}\"")).unwrap();
        assert!(at("explanation") < at("citation") && at("citation") < at("answer"));
    }

    /// Every string has a length bound and every list a count bound.
    fn assert_bounded(value: &Value, path: &str) {
        match value.get("type") {
            Some(t) if t == "string" || t.as_array().is_some_and(|ts| ts.contains(&json!("string"))) => {
                assert!(value.get("maxLength").is_some() || value.get("enum").is_some(), "{path} is unbounded")
            }
            Some(t) if t == "array" => {
                assert!(value.get("maxItems").is_some(), "{path} has no maxItems");
                assert_bounded(&value["items"], &format!("{path}[]"));
            }
            _ => {}
        }
        if let Some(properties) = value.get("properties").and_then(Value::as_object) {
            for (name, property) in properties {
                assert_bounded(property, &format!("{path}.{name}"));
            }
        }
    }

    #[test]
    fn every_string_and_list_is_bounded() {
        for reply in every_schema() {
            assert_bounded(&reply.schema, &reply.name);
            assert!(output_token_bound(&reply.schema).is_some(), "{}", reply.name);
        }
    }

    #[test]
    fn the_last_round_schema_admits_only_a_final_answer() {
        for schema in [minion_decision(true).schema, minions_synthesis(true).schema] {
            assert_eq!(schema["properties"]["decision"]["enum"], json!(["final"]));
            assert_eq!(schema["properties"]["answer"]["type"], json!("string"));
            assert_eq!(schema["properties"]["answer"]["minLength"], json!(1));
        }
    }

    #[test]
    fn the_strict_subset_drops_bounds_and_keeps_order() {
        let plan = minions_plan(3).schema;
        let strict = strict_subset(&plan);
        let text = strict.to_string();
        for keyword in BOUND_KEYWORDS {
            assert!(!text.contains(keyword), "{keyword} left in {text}");
        }
        assert_eq!(property_names(&strict), property_names(&plan));
        assert_eq!(
            strict["properties"]["tasks"]["items"]["properties"]["keywords"]["items"],
            json!({"type": "string"})
        );
        assert_eq!(strict_subset(&strict), strict);
    }

    #[test]
    fn the_output_bound_counts_every_character_a_reply_can_hold() {
        // {"a": "<10>"} is at most 2 + (1 + 4 + 4 + 12) characters.
        let schema = object(&[("a", text(10))]);
        assert_eq!(characters_bound(&schema), Some(23));
        assert_eq!(output_token_bound(&schema), Some(23 + 2 + 16));
        // A nullable string takes the longer of its two forms; an enum its longest value.
        assert_eq!(characters_bound(&nullable_text(3)), Some(5));
        assert_eq!(characters_bound(&keyword(&["final", "continue"])), Some(10));
        // A list counts its most items; without a bound there is no bound.
        let list = json!({"type": "array", "items": text(4), "maxItems": 3});
        assert_eq!(characters_bound(&list), Some(2 + 3 * (6 + 1 + 2)));
        assert_eq!(output_token_bound(&json!({"type": "array", "items": text(4)})), None);
        assert_eq!(output_token_bound(&json!({"type": "string"})), None);
        // A worker's reply fits well inside the default 512-token budget of before.
        assert!(output_token_bound(&job_reply().schema).unwrap() < 700);
    }

    #[test]
    fn a_longest_possible_job_reply_fits_its_bound() {
        let longest = json!({
            "explanation": "x".repeat(limits::EXPLANATION as usize),
            "citation": "y".repeat(limits::CITATION as usize),
            "answer": "z".repeat(limits::JOB_ANSWER as usize),
        });
        let pretty = serde_json::to_string_pretty(&longest).unwrap();
        assert!((pretty.chars().count() as u32) < output_token_bound(&job_reply().schema).unwrap());
    }
}
