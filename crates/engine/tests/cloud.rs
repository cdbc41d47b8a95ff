//! Cloud only, the evaluation's baseline: refused unless confirmed; when
//! confirmed, one gated request carries the documents whole (the verbatim
//! guard lets them through; redaction still applies) and the audit says so.
#![cfg(not(target_arch = "wasm32"))]

use minions_engine::cancel::Cancel;
use minions_engine::config::{Protocol, RunConfig};
use minions_engine::documents::Document;
use minions_engine::error::RunError;
use minions_engine::privacy::Control;
use minions_engine::run::Outcome;
use minions_testkit::{run_engine, ScriptedModel};

fn documents() -> Vec<Document> {
    vec![Document::from_text(
        "lease.txt",
        "The tenant shall pay the landlord the sum of one thousand eight hundred and fifty euros on the first day \
of each month. Reference CANARY-2f81c0-LARCH. Contact: agent@example.org.",
    )]
}

fn unused_worker() -> ScriptedModel {
    ScriptedModel::replies("localhost:11434", &[])
}

#[test]
fn cloud_only_does_nothing_until_confirmed() {
    let supervisor = ScriptedModel::replies("api.openai.com", &[r#"{"answer": "1,850 EUR"}"#]);
    let seen = supervisor.requests.clone();
    let config = RunConfig { protocol: Protocol::Cloud, ..RunConfig::default() };
    let ran = run_engine(
        "What is the rent?",
        &documents(),
        &config,
        &unused_worker(),
        Some(Box::new(supervisor)),
        Cancel::new(),
    );
    assert_eq!(ran.report.outcome, Outcome::Failed { error: RunError::CloudOnlyNotConfirmed });
    assert!(seen.borrow().is_empty() && ran.report.audit.is_empty());
    assert_eq!(
        RunError::CloudOnlyNotConfirmed.to_string(),
        "Cloud only sends your documents to the cloud model. It runs only after you confirm it for this run."
    );
}

#[test]
fn a_confirmed_cloud_only_run_sends_the_documents_once_and_marks_the_audit() {
    let supervisor = ScriptedModel::replies("api.openai.com", &[r#"{"answer": "1,850 EUR"}"#]);
    let seen = supervisor.requests.clone();
    let worker = unused_worker();
    let config = RunConfig { protocol: Protocol::Cloud, documents_may_leave: true, ..RunConfig::default() };
    let ran =
        run_engine("What is the rent?", &documents(), &config, &worker, Some(Box::new(supervisor)), Cancel::new());
    assert_eq!(ran.report.outcome, Outcome::Answered { answer: "1,850 EUR".into() });
    assert!(worker.requests.borrow().is_empty(), "the local model is not asked");
    assert_eq!(seen.borrow().len(), 1);
    let sent = minions_testkit::all_text(&seen.borrow()[0]);
    assert!(sent.contains("### lease.txt") && sent.contains("CANARY-2f81c0-LARCH"), "the document goes whole");
    assert!(sent.contains("Question: What is the rent?"));
    assert!(!sent.contains("agent@example.org") && sent.contains("[EMAIL_1]"), "redaction still applies");
    assert!(!sent.contains("withheld]"), "the verbatim guard lets the documents through");
    let entry = &ran.report.audit[0];
    assert!(entry.verbatim_chars > 100);
    assert!(entry.changes.iter().any(|c| c.control == Control::Review
        && c.detail == "Cloud only: 1 document(s), 178 characters, sent to the cloud as you confirmed for this run."));
    assert_eq!(ran.transcript(), ["run cloud over 1 documents", "→ supervisor cloudanswer", "answer: 1,850 EUR"]);
}
