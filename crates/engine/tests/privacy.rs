//! The privacy invariant, checked end to end on both protocols: no request
//! bound for the cloud carries document text; a worker that repeats it is
//! stopped by the verbatim guard (or, with the guard off, recorded by the
//! gate); personal data leaves only as placeholders; held requests wait for
//! the user's decision; the privacy shield rewrites what the worker reports.
#![cfg(not(target_arch = "wasm32"))]

use minions_engine::cancel::Cancel;
use minions_engine::chunking::{ChunkUnit, Chunking};
use minions_engine::config::{Protocol, RunConfig};
use minions_engine::documents::Document;
use minions_engine::egress::{AuditEntry, LeakIndex};
use minions_engine::model::ChatModel;
use minions_engine::privacy::review::Decision;
use minions_engine::privacy::{Control, PrivacyConfig, VerbatimPolicy};
use minions_engine::run::Outcome;
use minions_testkit::text_overlap::plain_words;
use minions_testkit::{
    excerpt, last_user, reply, run_engine, run_engine_reviewed, Ran, ScriptedModel, ScriptedReviewer,
};
use serde_json::Value;

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

fn unguarded(protocol: Protocol) -> RunConfig {
    RunConfig { privacy: PrivacyConfig::off(), ..config(protocol, false) }
}

/// Runs of `n` words of any document that appear in any audit body
/// (counted independently of the engine's hashing).
fn quoted_runs(ran: &Ran, documents: &[Document], n: usize) -> usize {
    let mut runs = std::collections::HashSet::new();
    for document in documents {
        for window in plain_words(&document.text).windows(n) {
            runs.insert(window.join(" "));
        }
    }
    ran.report
        .audit
        .iter()
        .map(|entry| plain_words(&audited_text(entry)).windows(n).filter(|w| runs.contains(&w.join(" "))).count())
        .sum()
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
        assert!(matches!(ran.report.outcome, minions_engine::run::Outcome::Answered { .. }), "{protocol:?}");
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
        let read: String = worker.requests.borrow().iter().map(minions_testkit::all_text).collect();
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
fn with_the_guard_off_a_worker_that_repeats_the_documents_is_recorded_by_the_gate() {
    let documents = documents();
    for (protocol, supervisor) in [(Protocol::Minion, minion_supervisor()), (Protocol::Minions, minions_supervisor())] {
        let worker = echoing_worker();
        let ran = run_engine("Travel?", &documents, &unguarded(protocol), &worker, Some(supervisor), Cancel::new());
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

#[test]
fn the_verbatim_guard_withholds_every_twelve_word_quote_and_every_canary() {
    let documents = documents();
    for (protocol, supervisor) in [(Protocol::Minion, minion_supervisor()), (Protocol::Minions, minions_supervisor())] {
        let worker = echoing_worker();
        let ran = run_engine("Travel?", &documents, &config(protocol, false), &worker, Some(supervisor), Cancel::new());
        assert!(matches!(ran.report.outcome, Outcome::Answered { .. }), "{protocol:?}: {:?}", ran.report.outcome);
        assert_eq!(quoted_runs(&ran, &documents, 12), 0, "{protocol:?}");
        assert_eq!(leaked_windows(&ran, &documents), 0, "{protocol:?}");
        for entry in &ran.report.audit {
            assert!(CANARIES.iter().all(|c| !audited_text(entry).contains(c)), "{protocol:?}: a canary left");
        }
        let withheld: Vec<_> =
            ran.report.audit.iter().flat_map(|e| &e.changes).filter(|c| c.control == Control::Verbatim).collect();
        assert!(!withheld.is_empty() && withheld[0].detail.starts_with("Withheld "), "{protocol:?}: {withheld:?}");
        assert!(ran.report.audit.iter().any(|e| audited_text(e).contains("words quoted from the documents withheld]")));
    }
}

fn personal_documents() -> Vec<Document> {
    vec![Document::from_text(
        "tenancy.txt",
        "Tenancy file. The tenant is Jane Doe, reachable at jane.doe@example.org or +44 20 7946 0958. \
Rent is paid from IBAN DE89 3704 0044 0532 0130 00 on the first of each month.",
    )]
}

#[test]
fn personal_data_leaves_as_placeholders_and_comes_back_restored() {
    let documents = personal_documents();
    let worker = ScriptedModel::responding("localhost:11434", |request, _| {
        Ok(reply(if last_user(request).contains("jane.doe@example.org") {
            "Yes: that address belongs to the tenant."
        } else {
            "The tenant Jane Doe (jane.doe@example.org, +44 20 7946 0958) pays from DE89 3704 0044 0532 0130 00."
        }))
    });
    let supervisor = ScriptedModel::replies(
        "api.openai.com",
        &[
            r#"{"message": "Who is the tenant and how do they pay?"}"#,
            r#"{"decision": "ask", "answer": null, "message": "Is [EMAIL_1] the tenant's own address?"}"#,
            r#"{"decision": "final", "answer": "[PERSON_1] pays from [IBAN_1]; write to [EMAIL_1].", "message": null}"#,
        ],
    );
    let sent = supervisor.requests.clone();
    let config = RunConfig {
        privacy: PrivacyConfig { names: vec!["Jane Doe".into()], ..PrivacyConfig::default() },
        ..config(Protocol::Minion, false)
    };
    let ran = run_engine("Who pays the rent?", &documents, &config, &worker, Some(Box::new(supervisor)), Cancel::new());
    assert_eq!(
        ran.report.outcome,
        Outcome::Answered {
            answer: "Jane Doe pays from DE89 3704 0044 0532 0130 00; write to jane.doe@example.org.".into()
        }
    );
    for secret in ["Jane Doe", "jane.doe@example.org", "7946 0958", "DE89", "0532 0130"] {
        assert!(ran.report.audit.iter().all(|e| !audited_text(e).contains(secret)), "{secret} left the device");
        assert!(
            sent.borrow().iter().all(|r| !minions_testkit::all_text(r).contains(secret)),
            "{secret} reached the cloud model"
        );
    }
    let decide = audited_text(&ran.report.audit[1]);
    assert!(decide.contains("The tenant [PERSON_1] ([EMAIL_1], [PHONE_1]) pays from [IBAN_1]."), "{decide}");
    assert!(ran.report.audit[1].changes.iter().any(|c| c.control == Control::Redaction
        && c.detail == "Replaced 4 value(s): [PERSON_1] (listed name), [EMAIL_1] (email address), [PHONE_1] (phone number), [IBAN_1] (IBAN)."));
    // The worker got the supervisor's question with the address restored.
    assert!(worker
        .requests
        .borrow()
        .iter()
        .any(|r| last_user(r) == "Is jane.doe@example.org the tenant's own address?"));
    // The conversation reads the same to the cloud each round.
    let third = minions_testkit::all_text(&sent.borrow()[2]);
    assert!(
        third.contains("Is [EMAIL_1] the tenant's own address?") && third.contains("[PERSON_1] ([EMAIL_1], [PHONE_1])")
    );
}

fn ask_config(protocol: Protocol) -> RunConfig {
    RunConfig {
        privacy: PrivacyConfig { verbatim_policy: VerbatimPolicy::Ask, ..PrivacyConfig::default() },
        ..config(protocol, false)
    }
}

#[test]
fn under_the_ask_policy_the_user_decides_what_a_quote_does() {
    let documents = documents();
    let reviewer = ScriptedReviewer::new([Decision::Withhold, Decision::Withhold]);
    let ran = run_engine_reviewed(
        "Travel?",
        &documents,
        &ask_config(Protocol::Minion),
        &echoing_worker(),
        Some(minion_supervisor()),
        Cancel::new(),
        Some(&reviewer),
    );
    let transcript = ran.transcript();
    let asked = transcript.iter().position(|l| l == "review requested (1 quoted runs)").expect("asked");
    assert_eq!(transcript[asked + 1], "reviewed: withhold");
    assert_eq!(transcript[asked + 2], "→ supervisor decide");
    assert_eq!(quoted_runs(&ran, &documents, 12), 0);
    assert!(ran.report.audit[1].changes.iter().any(|c| c.detail == "Quoted runs withheld at your request."));

    let reviewer = ScriptedReviewer::new([Decision::Approve]);
    let ran = run_engine_reviewed(
        "Travel?",
        &documents,
        &ask_config(Protocol::Minion),
        &echoing_worker(),
        Some(minion_supervisor()),
        Cancel::new(),
        Some(&reviewer),
    );
    assert!(quoted_runs(&ran, &documents, 12) > 0, "approved quotes go as they are");
    let changes = &ran.report.audit[1].changes;
    assert!(changes.iter().any(|c| c.control == Control::Verbatim && c.detail.starts_with("Sent 1 quoted run(s)")));
    assert!(changes.iter().any(|c| c.detail == "Approved by you."));
    // Each new worker report is asked about once; the approved text is resent without asking again.
    assert_eq!(ran.transcript().iter().filter(|l| l.starts_with("review requested")).count(), 2);
}

#[test]
fn approve_before_sending_holds_each_request_and_a_rejection_ends_the_run_cleanly() {
    let documents = documents();
    let supervisor = minion_supervisor();
    let reviewer =
        ScriptedReviewer::new([Decision::Approve, Decision::Edit("Travel falls by 12%.".into()), Decision::Reject]);
    let worker = honest_worker();
    let config = RunConfig {
        privacy: PrivacyConfig { approve: true, ..PrivacyConfig::default() },
        ..config(Protocol::Minion, false)
    };
    let ran =
        run_engine_reviewed("Travel?", &documents, &config, &worker, Some(supervisor), Cancel::new(), Some(&reviewer));
    assert_eq!(ran.report.outcome, Outcome::Cancelled);
    assert_eq!(
        ran.transcript(),
        [
            "run minion over 3 documents",
            "review requested (0 quoted runs)",
            "reviewed: approve",
            "→ supervisor open",
            "round 1/3",
            "supervisor: What must happen to travel costs?",
            "→ worker answer",
            "worker: Travel costs must drop 12% next year.",
            "review requested (0 quoted runs)",
            "reviewed: edit",
            "→ supervisor decide",
            "decision ask",
            "round 2/3",
            "supervisor: And salaries?",
            "→ worker answer",
            "worker: Travel costs must drop 12% next year.",
            "review requested (0 quoted runs)",
            "reviewed: reject",
            "cancelled",
        ]
    );
    assert_eq!(ran.report.audit.len(), 2, "the rejected request never left");
    let edited: serde_json::Value = serde_json::from_str(&ran.report.audit[1].body).expect("json");
    let messages = edited["messages"].as_array().expect("messages");
    assert_eq!(messages.last().expect("a message")["content"], "Travel falls by 12%.");
    assert!(ran.report.audit[1].changes.iter().any(|c| c.detail == "Edited by you before sending."));
    assert_eq!(ran.report.ledger.calls.len(), 4, "what was gathered is kept");
}

#[test]
fn a_held_request_without_anyone_to_approve_it_is_not_sent() {
    let config = RunConfig {
        privacy: PrivacyConfig { approve: true, ..PrivacyConfig::default() },
        ..config(Protocol::Minions, false)
    };
    let ran = run_engine("Travel?", &documents(), &config, &honest_worker(), Some(minions_supervisor()), Cancel::new());
    assert_eq!(ran.report.outcome, Outcome::Cancelled);
    assert!(ran.report.audit.is_empty());
}

#[test]
fn the_privacy_shield_rewrites_worker_reports_before_the_cloud_sees_them() {
    let documents = personal_documents();
    let worker = ScriptedModel::responding("localhost:11434", |request, _| {
        let system = &request.messages[0].content;
        if system.starts_with("You prepare a report for someone who must not learn personal details") {
            Ok(reply("The tenant pays the rent monthly by bank transfer."))
        } else if excerpt(request).starts_with("Excerpt from") {
            Ok(reply(
                r#"{"explanation": "Jane Doe pays by transfer.", "citation": null, "answer": "Jane Doe, by transfer"}"#,
            ))
        } else {
            Ok(reply("Jane Doe pays by transfer."))
        }
    });
    for (protocol, supervisor) in [(Protocol::Minion, minion_supervisor()), (Protocol::Minions, minions_supervisor())] {
        let config = RunConfig {
            privacy: PrivacyConfig { shield: true, redact: false, ..PrivacyConfig::default() },
            ..config(protocol, false)
        };
        let ran = run_engine("How is rent paid?", &documents, &config, &worker, Some(supervisor), Cancel::new());
        assert!(matches!(ran.report.outcome, Outcome::Answered { .. }), "{protocol:?}: {:?}", ran.report.outcome);
        let transcript = ran.transcript();
        let shielded =
            transcript.iter().position(|l| l == "shield: The tenant pays the rent monthly by bank transfer.");
        assert!(shielded.is_some(), "{protocol:?}: {transcript:#?}");
        assert_eq!(transcript[shielded.unwrap_or(0) - 1], "→ worker shield");
        assert!(ran.report.audit.iter().all(|e| !audited_text(e).contains("Jane Doe")), "{protocol:?}");
        assert!(ran.report.audit.iter().any(|e| audited_text(e).contains("The tenant pays the rent monthly")));
        assert!(ran.report.audit.iter().flat_map(|e| &e.changes).any(|c| c.control == Control::Shield));
    }
}
