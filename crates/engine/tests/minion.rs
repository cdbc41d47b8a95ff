//! Minion with scripted models: the exact message flow of the conversation.
#![cfg(not(target_arch = "wasm32"))]

use minions_engine::cancel::Cancel;
use minions_engine::config::{Protocol, RunConfig, WorkerSettings};
use minions_engine::documents::Document;
use minions_engine::model::Role;
use minions_engine::run::Outcome;
use minions_testkit::{all_text, last_user, reply, run_engine, ScriptedModel};

const CONTRACT: &str = "Lease agreement. The monthly rent is 1,850 EUR, due on the first day of each month. \
The tenant must give three months' notice to end the lease.";

fn documents() -> Vec<Document> {
    vec![Document::from_text("lease.txt", CONTRACT)]
}

fn config() -> RunConfig {
    RunConfig { protocol: Protocol::Minion, ..RunConfig::default() }
}

fn worker() -> ScriptedModel {
    ScriptedModel::responding("localhost:11434", |request, _| {
        let question = last_user(request);
        Ok(reply(if question.contains("rent") { "The monthly rent is 1,850 EUR." } else { "Three months' notice." }))
    })
}

#[test]
fn a_final_decision_ends_the_run() {
    let supervisor = ScriptedModel::replies(
        "api.openai.com",
        &[
            r#"{"message": "What is the monthly rent?"}"#,
            r#"{"decision": "final", "answer": "1,850 EUR a month.", "message": null}"#,
        ],
    );
    let supervisor_requests = supervisor.recorder();
    let worker = worker();
    let ran =
        run_engine("What is the rent?", &documents(), &config(), &worker, Some(Box::new(supervisor)), Cancel::new());

    assert_eq!(
        ran.transcript(),
        [
            "run minion over 1 documents",
            "→ supervisor open",
            "round 1/3",
            "supervisor: What is the monthly rent?",
            "→ worker answer",
            "worker: The monthly rent is 1,850 EUR.",
            "→ supervisor decide",
            "decision final",
            "answer: 1,850 EUR a month.",
        ]
    );
    assert_eq!(ran.report.outcome, Outcome::Answered { answer: "1,850 EUR a month.".into() });

    // The worker got the whole context in its system prompt and the question as the user turn.
    let worker_requests = worker.requests.borrow();
    assert_eq!(worker_requests.len(), 1);
    assert_eq!(worker_requests[0].messages[0].role, Role::System);
    assert!(worker_requests[0].messages[0].content.contains(CONTRACT));
    assert!(worker_requests[0].messages[0].content.contains("### lease.txt"));
    assert_eq!(last_user(&worker_requests[0]), "What is the monthly rent?");
    assert!(worker_requests[0].context_tokens.is_some());

    // The supervisor got metadata and the worker's answer, never the document.
    let supervisor_requests = supervisor_requests.borrow();
    assert_eq!(supervisor_requests.len(), 2);
    assert!(all_text(&supervisor_requests[0]).contains("lease.txt (text, 1 page"));
    assert!(last_user(&supervisor_requests[1]).contains("The monthly rent is 1,850 EUR."));
    assert!(last_user(&supervisor_requests[1]).contains("Round 1 of 3"));
    for request in supervisor_requests.iter() {
        assert!(!all_text(request).contains("due on the first day"));
    }
    // The conversation keeps the supervisor's own earlier turn.
    assert_eq!(supervisor_requests[1].messages[2].role, Role::Assistant);
    assert_eq!(ran.report.audit.len(), 2);
    // The page sees each audit entry as it is recorded.
    let sent: Vec<_> = ran
        .events
        .iter()
        .filter_map(|e| match e {
            minions_engine::events::Event::SentToCloud { entry } => Some(entry.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(sent, ran.report.audit);
}

#[test]
fn the_last_round_accepts_only_final() {
    let supervisor = ScriptedModel::replies(
        "api.openai.com",
        &[
            r#"{"message": "What is the rent?"}"#,
            r#"{"decision": "ask", "answer": null, "message": "What notice is needed?"}"#,
            r#"{"decision": "ask", "answer": null, "message": "Anything else?"}"#,
            r#"{"decision": "final", "answer": "1,850 EUR; three months' notice.", "message": null}"#,
        ],
    );
    let requests = supervisor.recorder();
    let worker = worker();
    let config = RunConfig { max_rounds: 2, ..config() };
    let ran = run_engine(
        "Summarise the lease terms.",
        &documents(),
        &config,
        &worker,
        Some(Box::new(supervisor)),
        Cancel::new(),
    );

    assert_eq!(
        ran.transcript(),
        [
            "run minion over 1 documents",
            "→ supervisor open",
            "round 1/2",
            "supervisor: What is the rent?",
            "→ worker answer",
            "worker: The monthly rent is 1,850 EUR.",
            "→ supervisor decide",
            "decision ask",
            "round 2/2",
            "supervisor: What notice is needed?",
            "→ worker answer",
            "worker: Three months' notice.",
            "→ supervisor decide",
            "✗ supervisor reply rejected (this is the last round: only \"final\" is accepted, with your best answer), retrying",
            "→ supervisor decide",
            "decision final",
            "answer: 1,850 EUR; three months' notice.",
        ]
    );
    let requests = requests.borrow();
    assert!(last_user(&requests[2]).contains("This is the last round"));
    // The retry carries the rejected reply and the reason.
    let retry = &requests[3];
    assert_eq!(retry.messages[retry.messages.len() - 2].role, Role::Assistant);
    assert!(last_user(retry).contains("only \"final\" is accepted"));
    // The worker saw its earlier answer as an assistant turn.
    let worker_requests = worker.requests.borrow();
    assert_eq!(worker_requests[1].messages.len(), 4);
    assert_eq!(worker_requests[1].messages[2].role, Role::Assistant);
}

#[test]
fn a_malformed_reply_is_retried_with_the_error_appended() {
    let supervisor = ScriptedModel::replies(
        "api.openai.com",
        &[
            "Sure! I would ask about the rent.",
            r#"{"message": "What is the rent?"}"#,
            r#"{"decision": "final", "answer": "1,850 EUR", "message": null}"#,
        ],
    );
    let requests = supervisor.recorder();
    let worker = worker();
    let ran =
        run_engine("What is the rent?", &documents(), &config(), &worker, Some(Box::new(supervisor)), Cancel::new());
    assert_eq!(
        ran.transcript()[1..4],
        [
            "→ supervisor open",
            "✗ supervisor reply rejected (the reply contains no JSON object), retrying",
            "→ supervisor open",
        ]
    );
    let requests = requests.borrow();
    assert_eq!(requests[1].messages.len(), 4);
    assert_eq!(requests[1].messages[2].content, "Sure! I would ask about the rent.");
    assert!(last_user(&requests[1]).contains("the reply contains no JSON object"));
    assert_eq!(ran.report.outcome, Outcome::Answered { answer: "1,850 EUR".into() });
    // Every attempt went through the gate.
    assert_eq!(ran.report.audit.len(), 3);
}

#[test]
fn three_malformed_replies_end_the_run_with_its_transcript() {
    let supervisor = ScriptedModel::replies("api.openai.com", &["no", "still no", "never"]);
    let worker = worker();
    let ran =
        run_engine("What is the rent?", &documents(), &config(), &worker, Some(Box::new(supervisor)), Cancel::new());
    let Outcome::Failed { error } = &ran.report.outcome else { panic!("{:?}", ran.report.outcome) };
    assert!(error.to_string().starts_with("The cloud model replied 3 times in a form that could not be read"));
    assert_eq!(ran.report.audit.len(), 3);
    assert_eq!(ran.transcript().last().unwrap(), &format!("failed: {error}"));
    assert!(worker.requests.borrow().is_empty());
}

#[test]
fn documents_too_long_for_the_worker_are_refused_before_anything_is_sent() {
    let supervisor = ScriptedModel::replies("api.openai.com", &[]);
    let requests = supervisor.recorder();
    let worker = worker();
    let long = vec![Document::from_text("big.txt", "word ".repeat(20_000))];
    let config = RunConfig { worker: WorkerSettings { context_limit: 4_096, ..WorkerSettings::default() }, ..config() };
    let ran = run_engine("Summarise", &long, &config, &worker, Some(Box::new(supervisor)), Cancel::new());
    let Outcome::Failed { error } = &ran.report.outcome else { panic!() };
    assert!(error.to_string().contains("Choose MinionS"), "{error}");
    assert!(requests.borrow().is_empty());
    assert!(worker.requests.borrow().is_empty());
}

#[test]
fn cancelling_keeps_what_was_gathered() {
    let cancel = Cancel::new();
    let supervisor = ScriptedModel::replies(
        "api.openai.com",
        &[
            r#"{"message": "What is the rent?"}"#,
            r#"{"decision": "ask", "answer": null, "message": "What notice is needed?"}"#,
        ],
    );
    let worker = worker().with_turns(|_| 3).cancelling_at(1, cancel.clone());
    let ran = run_engine("Summarise", &documents(), &config(), &worker, Some(Box::new(supervisor)), cancel);
    assert_eq!(ran.report.outcome, Outcome::Cancelled);
    let transcript = ran.transcript();
    assert_eq!(transcript.last().unwrap(), "cancelled");
    assert!(transcript.contains(&"worker: The monthly rent is 1,850 EUR.".to_string()));
    assert_eq!(ran.report.audit.len(), 2);
    assert_eq!(ran.report.ledger.calls.len(), 3);
}

#[test]
fn a_cut_off_reply_is_asked_again_briefly_without_repeating_it() {
    use minions_engine::model::{ChatReply, FinishReason, Usage};
    let cut = ChatReply {
        text: "{\"message\": \"What is the rent and also".into(),
        finish: FinishReason::Length,
        usage: Usage::default(),
        server_ms: None,
    };
    let supervisor = ScriptedModel::outcomes(
        "api.openai.com",
        vec![
            Ok(cut),
            Ok(reply(r#"{"message": "What is the rent?"}"#)),
            Ok(reply(r#"{"decision": "final", "answer": "1,850 EUR", "message": null}"#)),
        ],
    );
    let requests = supervisor.recorder();
    let worker = worker();
    let ran = run_engine("Rent?", &documents(), &config(), &worker, Some(Box::new(supervisor)), Cancel::new());
    assert_eq!(
        ran.transcript()[2],
        "✗ supervisor reply rejected (the reply was cut off at the output limit; reply again, more briefly), retrying"
    );
    let retry = &requests.borrow()[1];
    assert_eq!(retry.messages.len(), 3, "system, task, and the request to be brief");
    assert!(last_user(retry).contains("more briefly"));
    assert_eq!(ran.report.outcome, Outcome::Answered { answer: "1,850 EUR".into() });
}
