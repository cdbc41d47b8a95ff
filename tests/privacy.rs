//! The privacy invariant, checked end to end on both protocols: no request
//! bound for the cloud carries document text, unless a worker repeats it,
//! and then the egress gate records that it did.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use minions_web::engine::cancel::Cancel;
use minions_web::engine::chunking::{ChunkUnit, Chunking};
use minions_web::engine::config::{Protocol, RunConfig};
use minions_web::engine::documents::Document;
use minions_web::engine::egress::{AuditEntry, LeakIndex};
use minions_web::engine::model::ChatModel;
use serde_json::Value;
use support::{excerpt, reply, run_engine, Ran, ScriptedModel};

const CANARIES: [&str; 3] = ["CANARY-7f3a9c-ORCHID-5521", "CANARY-b81d02-GLACIER-0937", "CANARY-44e6aa-EMBER-7764"];

fn documents() -> Vec<Document> {
    let body = |topic: &str, canary: &str| {
        format!(
            "Internal memo on {topic}. The reference {canary} identifies this file. \
The committee reviewed the budget line by line and agreed that travel costs must fall by twelve percent next year. \
Salaries remain frozen until the audit closes; the auditor is expected to report in the second quarter. \
Any questions should go to the finance office, room 4.12, which is open on weekdays from nine to five."
        )
    };
    vec![
        Document::from_text("memo-a.txt", body("travel", CANARIES[0])),
        Document::from_text("memo-b.txt", body("salaries", CANARIES[1])),
        Document::from_text("memo-c.txt", body("the audit", CANARIES[2])),
    ]
}

/// All the text in an audit body: its raw bytes and every JSON string in it.
fn audited_text(entry: &AuditEntry) -> String {
    fn strings(value: &Value, out: &mut String) {
        match value {
            Value::String(s) => {
                out.push_str(s);
                out.push('\n');
            }
            Value::Array(items) => items.iter().for_each(|v| strings(v, out)),
            Value::Object(map) => map.values().for_each(|v| strings(v, out)),
            _ => {}
        }
    }
    let mut out = entry.body.clone();
    if let Ok(value) = serde_json::from_str::<Value>(&entry.body) {
        strings(&value, &mut out);
    }
    out
}

/// Every 60-character window of every document that appears in the audit.
fn leaked_windows(ran: &Ran, documents: &[Document]) -> usize {
    let audited: Vec<String> = ran.report.audit.iter().map(audited_text).collect();
    let mut leaks = 0;
    for document in documents {
        let chars: Vec<char> = document.text.chars().collect();
        for window in chars.windows(60) {
            let window: String = window.iter().collect();
            leaks += audited.iter().filter(|text| text.contains(&window)).count();
        }
    }
    leaks
}

fn honest_worker() -> ScriptedModel {
    ScriptedModel::responding("localhost:11434", |request, _| {
        if excerpt(request).starts_with("Excerpt from") {
            Ok(reply(
                r#"{"explanation": "The memo gives a target.", "citation": "must fall by twelve percent", "answer": "travel down 12%"}"#,
            ))
        } else {
            Ok(reply("Travel costs must drop 12% next year."))
        }
    })
}

/// A worker that repeats its whole excerpt (or the whole first memo) word for word.
fn echoing_worker() -> ScriptedModel {
    ScriptedModel::responding("localhost:11434", |request, _| {
        let first = excerpt(request);
        if first.starts_with("Excerpt from") {
            let chunk = first.split("\"\"\"\n").nth(1).unwrap_or("").trim_end();
            Ok(reply(&serde_json::json!({"explanation": chunk, "citation": chunk, "answer": chunk}).to_string()))
        } else {
            let system = &request.messages[0].content;
            let memo = system.split("### memo-a.txt\n\n").nth(1).unwrap_or("").split("\n\n").next().unwrap_or("");
            Ok(reply(memo))
        }
    })
}

fn minion_supervisor() -> Box<dyn ChatModel> {
    Box::new(ScriptedModel::replies(
        "api.openai.com",
        &[
            r#"{"message": "What must happen to travel costs?"}"#,
            r#"{"decision": "ask", "answer": null, "message": "And salaries?"}"#,
            r#"{"decision": "final", "answer": "Travel -12%, salaries frozen.", "message": null}"#,
        ],
    ))
}

fn minions_supervisor() -> Box<dyn ChatModel> {
    Box::new(ScriptedModel::replies(
        "api.openai.com",
        &[
            r#"{"chunking": {"unit": "chars", "size": 400, "overlap": 50}, "tasks": [{"id": "t", "instruction": "What happens to travel costs?", "advice": "", "keywords": ["travel"]}], "top_k": null}"#,
            r#"{"decision": "final", "answer": "Travel -12%.", "feedback": null, "scratchpad": ""}"#,
        ],
    ))
}

fn config(protocol: Protocol, send_citations: bool) -> RunConfig {
    RunConfig {
        protocol,
        send_citations,
        chunking: Chunking { unit: ChunkUnit::Chars, size: 400, overlap: 50 },
        ..RunConfig::default()
    }
}

#[test]
fn no_document_text_reaches_the_cloud_in_either_protocol() {
    let documents = documents();
    for (protocol, supervisor) in [(Protocol::Minion, minion_supervisor()), (Protocol::Minions, minions_supervisor())] {
        let worker = honest_worker();
        let ran = run_engine(
            "What happens to travel costs?",
            &documents,
            &config(protocol, false),
            &worker,
            Some(supervisor),
            Cancel::new(),
        );
        assert!(matches!(ran.report.outcome, minions_web::engine::run::Outcome::Answered { .. }), "{protocol:?}");
        assert!(!ran.report.audit.is_empty());
        assert_eq!(leaked_windows(&ran, &documents), 0, "{protocol:?}");
        for entry in &ran.report.audit {
            let text = audited_text(entry);
            assert!(CANARIES.iter().all(|c| !text.contains(c)), "{protocol:?}: a canary left");
            assert_eq!(entry.verbatim_chars, 0);
            assert_eq!(entry.host, "api.openai.com");
            assert_eq!(entry.bytes, entry.body.len());
        }
        // The worker did read the canaries.
        let read: String = worker.requests.borrow().iter().map(support::all_text).collect();
        assert!(CANARIES.iter().all(|c| read.contains(c)));
    }
}

#[test]
fn citations_allowed_still_carry_only_what_the_worker_quoted() {
    let documents = documents();
    let worker = honest_worker();
    let ran = run_engine(
        "Travel?",
        &documents,
        &config(Protocol::Minions, true),
        &worker,
        Some(minions_supervisor()),
        Cancel::new(),
    );
    let synthesis = audited_text(&ran.report.audit[1]);
    assert!(synthesis.contains("[quote: \"must fall by twelve percent\"]"));
    assert_eq!(leaked_windows(&ran, &documents), 0);
}

#[test]
fn a_worker_that_repeats_the_documents_is_caught_by_the_gate() {
    let documents = documents();
    for (protocol, supervisor) in [(Protocol::Minion, minion_supervisor()), (Protocol::Minions, minions_supervisor())] {
        let worker = echoing_worker();
        let ran = run_engine("Travel?", &documents, &config(protocol, false), &worker, Some(supervisor), Cancel::new());
        assert!(leaked_windows(&ran, &documents) > 0, "{protocol:?}: the echo should reach the audit");
        let flagged: Vec<&AuditEntry> = ran.report.audit.iter().filter(|e| e.verbatim_chars > 0).collect();
        assert!(!flagged.is_empty(), "{protocol:?}");
        // Every entry that carries a 60-character window is flagged, with at least that many characters.
        for entry in &ran.report.audit {
            let text = audited_text(entry);
            let carries = documents.iter().any(|d| {
                let chars: Vec<char> = d.text.chars().collect();
                chars.windows(60).any(|w| text.contains(&w.iter().collect::<String>()))
            });
            if carries {
                assert!(
                    entry.verbatim_chars >= LeakIndex::GUARANTEED_RUN,
                    "{protocol:?}: entry {} not flagged",
                    entry.sequence
                );
            } else {
                assert_eq!(entry.verbatim_chars, 0);
            }
        }
        assert!(ran.report.audit.iter().any(|e| CANARIES.iter().any(|c| audited_text(e).contains(c))));
    }
}
