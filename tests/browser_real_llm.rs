//! Whole runs in headless Chromium against a real llama.cpp server with a
//! real small model (SmolLM2-135M, OpenAI-compatible API on port 18080,
//! started by `scripts/test.sh`), as worker and as supervisor. A 135M model
//! is often wrong, so these tests assert what the reply contract makes
//! reliable (every reply readable, the run `done` with an answer, real usage
//! numbers), not what the answer says.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;

use minions_engine::cancel::Cancel;
use minions_engine::config::{Protocol, RunConfig, WorkerSettings};
use minions_engine::documents::Document;
use minions_engine::events::{Event, JobState, Lane};
use minions_engine::run::{run, Outcome, RunInputs, RunReport};
use minions_providers::adapters::OpenAiModel;
use minions_providers::openai::OpenAiEndpoint;
use minions_web::web::models::BrowserClock;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const LLAMA: &str = "http://127.0.0.1:18080/v1";

fn model() -> OpenAiModel {
    OpenAiModel::new(OpenAiEndpoint { base_url: LLAMA.into(), api_key: None, model: "smollm2:135m".into() })
}

async fn real_run(protocol: Protocol) -> (RunReport, Vec<Event>) {
    let documents = vec![Document::from_text(
        "invoice.txt",
        "Invoice 2291 from Northwind Traders to Contoso Ltd.\n\nItems: 12 office chairs at 85 EUR each, 3 desks at 240 EUR each.\n\n\
Total due: 1,740 EUR, payable within 30 days of the invoice date, 4 March 2026.\n\nLate payments incur interest of 1% per month.",
    )];
    let worker = model();
    let config = RunConfig {
        protocol,
        max_rounds: 1,
        max_tasks: 1,
        worker: WorkerSettings { context_limit: 4_096, num_predict: 96, ..WorkerSettings::default() },
        ..RunConfig::default()
    };
    let events = RefCell::new(Vec::new());
    let sink = |event: Event| events.borrow_mut().push(event);
    let report = run(RunInputs {
        task: "What is the total due on the invoice?",
        documents: &documents,
        config: &config,
        worker: &worker,
        supervisor: Some(Box::new(model())),
        clock: &BrowserClock,
        cancel: Cancel::new(),
        events: &sink,
        reviewer: None,
    })
    .await;
    (report, events.into_inner())
}

/// The run ended with an answer, and no reply was rejected on the way.
fn assert_answered(report: &RunReport, events: &[Event]) {
    match &report.outcome {
        Outcome::Answered { answer } => assert!(!answer.trim().is_empty()),
        other => panic!("the run did not answer: {other:?}"),
    }
    let rejected: Vec<_> = events.iter().filter(|e| matches!(e, Event::ReplyRejected { .. })).collect();
    assert!(rejected.is_empty(), "unreadable replies: {rejected:?}");
}

#[wasm_bindgen_test]
async fn minion_completes_against_a_real_model_server() {
    let (report, events) = real_run(Protocol::Minion).await;
    assert_answered(&report, &events);
    let supervisor = report.ledger.totals(Lane::Supervisor);
    let worker = report.ledger.totals(Lane::Worker);
    // One round: the opening question, the worker's answer, the decision.
    assert_eq!((supervisor.calls, worker.calls), (2, 1));
    assert!(supervisor.prompt_tokens > 0 && !supervisor.estimated, "{supervisor:?}");
    assert!(worker.prompt_tokens > 0 && !worker.estimated, "{worker:?}");
    assert_eq!(report.audit.len(), 2);
    assert!(report.audit.iter().all(|e| e.reply.is_some()), "each audit entry keeps its reply");
    assert!(report.audit.iter().all(|e| e.host == "127.0.0.1:18080" && e.body.contains("\"json_schema\"")));
    assert!(events.iter().any(|e| matches!(e, Event::Delta { .. })), "replies streamed");
}

#[wasm_bindgen_test]
async fn minions_completes_against_a_real_model_server() {
    let (report, events) = real_run(Protocol::Minions).await;
    assert_answered(&report, &events);
    let supervisor = report.ledger.totals(Lane::Supervisor);
    // One round: the plan and the synthesis.
    assert_eq!(supervisor.calls, 2, "{supervisor:?}");
    assert!(!supervisor.estimated, "{supervisor:?}");
    // Every job read its chunk and closed its reply: none failed, none was split.
    let finished: Vec<_> = events
        .iter()
        .filter_map(|e| match e {
            Event::JobFinished { state, .. } => Some(*state),
            _ => None,
        })
        .collect();
    assert!(!finished.is_empty());
    assert!(finished.iter().all(|s| matches!(s, JobState::Answered | JobState::Abstained)), "{finished:?}");
    assert!(!events.iter().any(|e| matches!(e, Event::JobSplit { .. })));
    let worker = report.ledger.totals(Lane::Worker);
    assert_eq!(worker.calls as usize, finished.len(), "one call per job");
    assert!(!worker.estimated);
}
