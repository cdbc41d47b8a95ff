//! Local only: the worker answers alone and nothing goes to the cloud.
#![cfg(not(target_arch = "wasm32"))]

use minions_engine::cancel::Cancel;
use minions_engine::config::{Protocol, RunConfig, WorkerSettings};
use minions_engine::documents::Document;
use minions_engine::run::Outcome;
use minions_testkit::{last_user, reply, run_engine, ScriptedModel};

#[test]
fn small_documents_are_answered_in_one_call() {
    let worker = ScriptedModel::responding("localhost:11434", |_, _| Ok(reply("The rent is 1,850 EUR.")));
    let documents = [Document::from_text("lease.txt", "The monthly rent is 1,850 EUR.")];
    let config = RunConfig { protocol: Protocol::Local, ..RunConfig::default() };
    let ran = run_engine("What is the rent?", &documents, &config, &worker, None, Cancel::new());
    assert_eq!(
        ran.transcript(),
        [
            "run local over 1 documents",
            "round 1/1",
            "→ worker localanswer",
            "worker: The rent is 1,850 EUR.",
            "answer: The rent is 1,850 EUR."
        ]
    );
    assert!(worker.requests.borrow()[0].messages[0].content.contains("The monthly rent is 1,850 EUR."));
    assert_eq!(last_user(&worker.requests.borrow()[0]), "What is the rent?");
    assert!(ran.report.audit.is_empty());
    assert_eq!(ran.report.supervisor_model, None);
}

#[test]
fn a_supervisor_given_to_a_local_run_is_never_called() {
    let supervisor = ScriptedModel::replies("api.openai.com", &["{}"]);
    let requests = supervisor.recorder();
    let worker = ScriptedModel::responding("localhost:11434", |_, _| Ok(reply("ok")));
    let documents = [Document::from_text("a.txt", "text")];
    let config = RunConfig { protocol: Protocol::Local, ..RunConfig::default() };
    let ran = run_engine("Q?", &documents, &config, &worker, Some(Box::new(supervisor)), Cancel::new());
    assert!(matches!(ran.report.outcome, Outcome::Answered { .. }));
    assert!(requests.borrow().is_empty());
    assert!(ran.report.audit.is_empty());
}

#[test]
fn long_documents_are_read_in_chunks_and_combined_by_the_worker() {
    let mut text = "Filler sentence about nothing in particular. ".repeat(400);
    text.push_str("The access code is 4471. ");
    text.push_str(&"More filler that says nothing at all. ".repeat(400));
    let documents = [Document::from_text("notes.txt", text)];
    let worker = ScriptedModel::responding("localhost:11434", |request, _| {
        let first = last_user(request);
        if first.starts_with("Question:") {
            return Ok(reply("The access code is 4471."));
        }
        Ok(reply(if first.contains("4471") {
            r#"{"explanation": "stated", "citation": "The access code is 4471.", "answer": "4471"}"#
        } else {
            r#"{"explanation": "no", "citation": null, "answer": null}"#
        }))
    });
    let config = RunConfig {
        protocol: Protocol::Local,
        worker: WorkerSettings { context_limit: 4_096, ..WorkerSettings::default() },
        ..RunConfig::default()
    };
    let ran = run_engine("What is the access code?", &documents, &config, &worker, None, Cancel::new());
    assert_eq!(ran.report.outcome, Outcome::Answered { answer: "The access code is 4471.".into() });
    let requests = worker.requests.borrow();
    let jobs = requests.len() - 1;
    assert!(jobs >= 10, "{jobs} jobs");
    let synthesis = last_user(requests.last().unwrap());
    assert!(synthesis.contains("Question: What is the access code?"));
    assert!(synthesis.contains("4471 — stated [quote: \"The access code is 4471.\"]"));
    assert!(ran.transcript().contains(&format!("aggregate: 1 answered, {} abstained, 0 failed", jobs - 1)));
    assert!(ran.report.audit.is_empty());
}
