//! The worker's side of the privacy boundary: a worker that is not on this
//! device gets no document without the user's yes, none at all under
//! "Documents never leave this device" (unless it is a trusted network
//! address), and every request that goes to one is in the audit, with the
//! exact body it received.
#![cfg(not(target_arch = "wasm32"))]

use minions_engine::cancel::Cancel;
use minions_engine::chunking::{ChunkUnit, Chunking};
use minions_engine::config::{Protocol, RunConfig};
use minions_engine::documents::{Document, DocumentKind};
use minions_engine::error::RunError;
use minions_engine::events::{Event, Lane};
use minions_engine::privacy::PrivacyConfig;
use minions_engine::run::Outcome;
use minions_testkit::{reply, run_engine, Ran, ScriptedModel};

const PLAN: &str = r#"{"chunking": {"unit": "pages", "size": 1, "overlap": 0}, "tasks": [{"id": "t", "instruction": "Find the code", "advice": "", "keywords": []}], "top_k": null}"#;
const FINAL: &str = r#"{"decision": "final", "answer": "done", "feedback": null, "scratchpad": ""}"#;

fn pages() -> Vec<Document> {
    let text: Vec<String> = (0..4)
        .map(|i| format!("Page {i}. The access code for the north wing is {i}417, written on the inspection sheet kept by the night porter."))
        .collect();
    vec![Document::new("p.pdf", DocumentKind::Pdf, text.join("\u{c}"))]
}

fn worker(host: &str) -> ScriptedModel {
    ScriptedModel::responding(host, |_, _| Ok(reply(r#"{"explanation": "e", "citation": null, "answer": null}"#)))
}

fn config(protocol: Protocol, privacy: PrivacyConfig) -> RunConfig {
    RunConfig {
        protocol,
        chunking: Chunking { unit: ChunkUnit::Pages, size: 1, overlap: 0 },
        privacy,
        ..RunConfig::default()
    }
}

fn privacy(never_leave: bool, trusted: &[&str], consents: &[&str]) -> PrivacyConfig {
    PrivacyConfig {
        documents_never_leave: never_leave,
        trusted_network: trusted.iter().map(|h| h.to_string()).collect(),
        worker_consents: consents.iter().map(|h| h.to_string()).collect(),
        ..PrivacyConfig::default()
    }
}

/// A MinionS run with a worker at `host`; the worker's requests as received.
fn minions_at(host: &str, privacy: PrivacyConfig) -> (Ran, Vec<String>) {
    let worker = worker(host);
    let received = worker.recorder();
    let supervisor = ScriptedModel::replies("api.openai.com", &[PLAN, FINAL]);
    let ran = run_engine(
        "?",
        &pages(),
        &config(Protocol::Minions, privacy),
        &worker,
        Some(Box::new(supervisor)),
        Cancel::new(),
    );
    let bodies = received.borrow().iter().map(|r| serde_json::to_string(r).expect("json")).collect();
    (ran, bodies)
}

fn refused(ran: &Ran) -> Option<RunError> {
    match &ran.report.outcome {
        Outcome::Failed { error } => Some(error.clone()),
        _ => None,
    }
}

#[test]
fn a_worker_elsewhere_gets_nothing_without_the_user_s_yes() {
    let host = "gpu-box.example.test";
    let (ran, received) = minions_at(host, privacy(false, &[], &[]));
    assert_eq!(refused(&ran), Some(RunError::WorkerNotConfirmed { host: host.into() }));
    assert!(received.is_empty(), "nothing reached the worker");
    assert!(ran.report.audit.is_empty(), "nor the cloud");
}

#[test]
fn with_the_yes_every_request_to_it_is_audited_with_the_body_it_received() {
    let host = "gpu-box.example.test";
    let (ran, mut received) = minions_at(host, privacy(false, &[], &[host]));
    assert!(matches!(ran.report.outcome, Outcome::Answered { .. }), "{:?}", ran.report.outcome);
    let to_worker: Vec<_> = ran.report.audit.iter().filter(|e| e.lane == Lane::Worker).collect();
    assert_eq!(received.len(), 4, "one job a page");
    assert_eq!(to_worker.len(), received.len(), "the audit counts what the worker received");
    let mut audited: Vec<String> = to_worker.iter().map(|e| e.body.clone()).collect();
    audited.sort();
    received.sort();
    assert_eq!(audited, received, "each entry is the exact body");
    assert!(to_worker.iter().all(|e| e.host == host && e.bytes == e.body.len() && e.reply.is_some()));
    assert!(to_worker.iter().all(|e| e.verbatim_chars >= 100), "each carries a page of document text");
    let sent: usize = ran.events.iter().filter(|e| matches!(e, Event::SentToWorker { .. })).count();
    assert_eq!(sent, to_worker.len(), "the page hears of each");
    let to_cloud = ran.report.audit.iter().filter(|e| e.lane == Lane::Supervisor).count();
    assert_eq!(to_cloud, 2, "plan and synthesis, as before");
}

#[test]
fn documents_never_leave_refuses_a_worker_elsewhere_even_after_a_yes() {
    let host = "gpu-box.example.test";
    let (ran, received) = minions_at(host, privacy(true, &[host], &[host]));
    assert_eq!(refused(&ran), Some(RunError::WorkerNotOnDevice { host: host.into() }));
    assert!(received.is_empty());
    let sentence = refused(&ran).map(|e| e.to_string()).unwrap_or_default();
    assert!(sentence.contains("Documents never leave this device"), "{sentence}");
}

#[test]
fn a_network_worker_under_never_leave_runs_only_when_trusted() {
    let host = "192.168.1.20:11434";
    let (ran, received) = minions_at(host, privacy(true, &[], &[]));
    assert_eq!(refused(&ran), Some(RunError::WorkerNetworkUntrusted { host: host.into() }));
    assert!(received.is_empty());
    let (ran, received) = minions_at(host, privacy(true, &[host], &[]));
    assert!(matches!(ran.report.outcome, Outcome::Answered { .. }));
    assert_eq!(ran.report.audit.iter().filter(|e| e.lane == Lane::Worker).count(), received.len());
}

#[test]
fn a_worker_on_this_machine_is_not_in_the_audit() {
    let (ran, received) = minions_at("localhost:11434", privacy(true, &[], &[]));
    assert!(matches!(ran.report.outcome, Outcome::Answered { .. }));
    assert_eq!(received.len(), 4);
    assert!(ran.report.audit.iter().all(|e| e.lane == Lane::Supervisor));
}

#[test]
fn local_only_keeps_the_same_rules_and_its_audit() {
    let host = "gpu-box.example.test";
    let documents = pages();
    let run_local = |privacy: PrivacyConfig| {
        let worker = ScriptedModel::responding(host, |_, _| Ok(reply("The code is 0417.")));
        let received = worker.recorder();
        let ran = run_engine("?", &documents, &config(Protocol::Local, privacy), &worker, None, Cancel::new());
        let count = received.borrow().len();
        (ran, count)
    };
    let (ran, received) = run_local(privacy(false, &[], &[]));
    assert_eq!((refused(&ran), received), (Some(RunError::WorkerNotConfirmed { host: host.into() }), 0));
    let (ran, received) = run_local(privacy(false, &[], &[host]));
    assert!(matches!(ran.report.outcome, Outcome::Answered { .. }));
    assert!(received > 0);
    assert_eq!(ran.report.audit.len(), received, "nothing went to a cloud; every worker request is listed");
    assert!(ran.report.audit[0].verbatim_chars > 300, "local only sends the documents whole");
}
