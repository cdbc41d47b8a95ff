//! The evaluation's judge: one supervisor request through the egress gate,
//! carrying the question, the expected answer and the reply, and nothing
//! from the documents; its verdict, cost and audit come back.
#![cfg(not(target_arch = "wasm32"))]

use std::cell::RefCell;

use minions_engine::cancel::Cancel;
use minions_engine::clock::ManualClock;
use minions_engine::config::RunConfig;
use minions_engine::events::{Event, Purpose};
use minions_engine::replies::JudgeVerdict;
use minions_engine::run::{judge, JudgeReport, Judged, RunInputs};
use minions_testkit::{bounded_block_on, ScriptedModel};

fn ask(replies: &[&str], config: &RunConfig) -> (JudgeReport, Vec<Event>, Vec<String>) {
    let supervisor = ScriptedModel::replies("api.openai.com", replies);
    let seen = supervisor.requests.clone();
    let events = RefCell::new(Vec::new());
    let clock = ManualClock::new();
    let sink = |event: Event| events.borrow_mut().push(event);
    let unused_worker = ScriptedModel::replies("localhost:11434", &[]);
    let inputs = RunInputs {
        task: "",
        documents: &[],
        config,
        worker: &unused_worker,
        supervisor: Some(Box::new(supervisor)),
        clock: &clock,
        cancel: Cancel::new(),
        events: &sink,
        reviewer: None,
    };
    let report =
        bounded_block_on(judge("What is the rent?", "1,850 EUR", "The rent is €1850 per month.", inputs), 10_000);
    let sent = seen.borrow().iter().map(minions_testkit::all_text).collect();
    (report, events.into_inner(), sent)
}

#[test]
fn the_judge_sees_only_question_expected_answer_and_reply() {
    let config = RunConfig::default();
    let (report, events, sent) = ask(&[r#"{"verdict": "correct", "reason": "Same amount, other format."}"#], &config);
    assert_eq!(
        report.judged,
        Judged::Verdict(JudgeVerdict { correct: true, reason: "Same amount, other format.".into() })
    );
    assert_eq!(sent.len(), 1);
    assert!(sent[0].contains(
        "Question: What is the rent?\n\nExpected answer: 1,850 EUR\n\nReply to grade: The rent is €1850 per month."
    ));
    assert_eq!(report.audit.len(), 1, "the request went through the gate");
    assert_eq!(report.audit[0].purpose, Purpose::Judge);
    assert_eq!(report.ledger.calls.len(), 1);
    assert!(events.iter().any(|e| matches!(e, Event::SentToCloud { .. })));
}

#[test]
fn an_unreadable_verdict_is_asked_again_then_fails_in_words() {
    let config = RunConfig { max_reply_retries: 1, ..RunConfig::default() };
    let (report, _, sent) = ask(&["maybe?", r#"{"verdict": "perhaps", "reason": ""}"#], &config);
    assert_eq!(sent.len(), 2);
    match &report.judged {
        Judged::Failed(error) => assert!(
            error.to_string().starts_with("The cloud model replied 2 times in a form that could not be read"),
            "{error}"
        ),
        other => panic!("expected a failure, got {other:?}"),
    }
}
