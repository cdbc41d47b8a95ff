//! An evaluation with known outcomes gives exactly the expected accuracies
//! per protocol; judged questions go to the judge; cloud only runs only when
//! confirmed; a cancelled evaluation keeps the rows it finished.
#![cfg(not(target_arch = "wasm32"))]

use std::cell::{Cell, RefCell};

use minions_engine::accounting::PriceTable;
use minions_engine::cancel::Cancel;
use minions_engine::clock::ManualClock;
use minions_engine::config::{Protocol, RunConfig};
use minions_engine::documents::Document;
use minions_engine::eval::questions::parse_jsonl;
use minions_engine::eval::results::{summarize, Row};
use minions_engine::eval::runner::{protocols_to_run, run_evaluation, EvalInputs, EvalRun};
use minions_engine::events::Event;
use minions_engine::model::{ChatModel, ModelError};
use minions_engine::privacy::PrivacyConfig;
use minions_testkit::{bounded_block_on, last_user, reply, ScriptedModel};

const SET: &str = r#"{"id": "rent", "question": "What is the rent?", "answer": "1,850 EUR", "match": "number"}
{"id": "landlord", "question": "Who is the landlord?", "answer": "Acme Ltd", "match": "exact"}
{"id": "due", "question": "When is the rent due?", "answer": "on the first day of each month", "match": "judge"}"#;

fn documents() -> Vec<Document> {
    vec![Document::from_text(
        "lease.txt",
        "Lease between Acme Ltd (landlord) and the tenant. The rent is 1,850 EUR, due on the first day of each month.",
    )]
}

/// The local model gets the landlord wrong; the cloud model gets all right.
fn worker() -> ScriptedModel {
    ScriptedModel::responding("localhost:11434", |request, _| {
        let asked = last_user(request);
        Ok(reply(if asked.contains("rent?") {
            "The rent is €1,850."
        } else if asked.contains("landlord") {
            "Bob Smith"
        } else {
            "On the 1st of every month."
        }))
    })
}

fn supervisor() -> Box<dyn ChatModel> {
    Box::new(ScriptedModel::responding("api.openai.com", |request, _| {
        let text = minions_testkit::all_text(request);
        Ok(reply(if text.contains("Reply to grade:") {
            if text.contains("1st of every month") || text.contains("first day") {
                r#"{"verdict": "correct", "reason": "Same day."}"#
            } else {
                r#"{"verdict": "incorrect", "reason": "Another day."}"#
            }
        } else if text.contains("Question: What is the rent?") {
            r#"{"answer": "1,850 EUR"}"#
        } else if text.contains("Question: Who is the landlord?") {
            r#"{"answer": "Acme Ltd"}"#
        } else {
            r#"{"answer": "On the first day of each month."}"#
        }))
    }))
}

/// The runs, the rows as reported, and how many runs reported their start.
fn evaluate(
    worker: ScriptedModel,
    protocols: &[Protocol],
    confirmed: bool,
    config: RunConfig,
    cancel: Cancel,
    stop_after: usize,
) -> (Vec<EvalRun>, Vec<Row>, usize) {
    let questions = parse_jsonl(SET).questions;
    let documents = documents();
    let started = Cell::new(0);
    let prices = PriceTable::default();
    let clock = ManualClock::new();
    let seen = RefCell::new(Vec::new());
    let stopper = cancel.clone();
    let on_row = |run: &EvalRun| {
        seen.borrow_mut().push(run.row.clone());
        if seen.borrow().len() == stop_after {
            stopper.cancel();
        }
    };
    let make_supervisor = || Some(supervisor());
    let runs = bounded_block_on(
        run_evaluation(EvalInputs {
            questions: &questions,
            protocols,
            documents: &documents,
            config: &config,
            worker: &worker,
            supervisor: &make_supervisor,
            cloud_confirmed: confirmed,
            prices: &prices,
            clock: &clock,
            cancel,
            events: &|event| started.set(started.get() + usize::from(matches!(event, Event::RunStarted { .. }))),
            on_row: &on_row,
            reviewer: None,
        }),
        1_000_000,
    );
    (runs, seen.into_inner(), started.get())
}

#[test]
fn known_outcomes_give_exactly_the_expected_accuracies() {
    let (runs, rows, started) =
        evaluate(worker(), &[Protocol::Local, Protocol::Cloud], true, RunConfig::default(), Cancel::new(), 0);
    assert_eq!(runs.len(), 6);
    assert_eq!(started, 6, "every run's events reach the page");
    let verdicts: Vec<(String, Protocol, Option<bool>)> =
        rows.iter().map(|r| (r.question_id.clone(), r.protocol, r.correct)).collect();
    assert_eq!(
        verdicts,
        [
            ("rent".into(), Protocol::Local, Some(true)),
            ("rent".into(), Protocol::Cloud, Some(true)),
            ("landlord".into(), Protocol::Local, Some(false)),
            ("landlord".into(), Protocol::Cloud, Some(true)),
            ("due".into(), Protocol::Local, Some(true)),
            ("due".into(), Protocol::Cloud, Some(true)),
        ]
    );
    let summaries = summarize(&rows);
    assert_eq!(summaries[0].accuracy, Some(2.0 / 3.0));
    assert_eq!(summaries[1].accuracy, Some(1.0));
    assert_eq!(summaries[0].cloud_tokens, 0, "local only sends nothing");
    assert!(summaries[1].cloud_tokens > 0);
    // Each row keeps its run: the cloud-only one sent the document whole.
    for run in &runs {
        let cost = run.cost.as_ref().expect("each run's cost comes with its row");
        assert_eq!(cost.cloud.prompt_tokens + cost.cloud.completion_tokens, run.row.cloud_tokens);
        assert_eq!(cost.local.prompt_tokens + cost.local.completion_tokens, run.row.local_tokens);
    }
    let cloud_run = runs[1].report.as_ref().expect("a run");
    assert!(cloud_run.audit[0].body.contains("Acme Ltd (landlord)"));
}

#[test]
fn cloud_only_rows_wait_for_consent_and_a_cancel_keeps_finished_rows() {
    let (_, rows, _) = evaluate(worker(), &[Protocol::Cloud], false, RunConfig::default(), Cancel::new(), 0);
    assert!(rows.iter().all(|r| r.correct.is_none() && r.reply.starts_with("Cloud only sends your documents")));
    assert!(rows.iter().all(|r| !r.failed), "a row never allowed to run did not fail");
    assert!(rows.iter().all(|r| r.cloud_tokens == 0));

    let (runs, rows, _) = evaluate(worker(), &[Protocol::Local], true, RunConfig::default(), Cancel::new(), 2);
    assert_eq!(runs.len(), 2, "stopped after the second row");
    assert_eq!(rows.iter().map(|r| r.question_id.as_str()).collect::<Vec<_>>(), ["rent", "landlord"]);
}

#[test]
fn documents_that_must_stay_leave_cloud_only_out_even_when_confirmed() {
    let config = RunConfig {
        privacy: PrivacyConfig { documents_never_leave: true, ..PrivacyConfig::default() },
        ..RunConfig::default()
    };
    let asked = [Protocol::Cloud, Protocol::Local];
    assert_eq!(protocols_to_run(&asked, &config), vec![Protocol::Local]);
    assert_eq!(protocols_to_run(&asked, &RunConfig::default()), asked.to_vec());
    let (runs, rows, started) = evaluate(worker(), &asked, true, config, Cancel::new(), 0);
    // Not run and not a row: three questions under local only.
    assert_eq!(started, 3);
    assert!(runs.iter().all(|r| r.row.protocol == Protocol::Local), "{runs:?}");
    assert_eq!(rows.iter().filter(|r| r.protocol == Protocol::Local && r.correct.is_some()).count(), 3);
    assert_eq!(rows.len(), 3);
}

#[test]
fn a_run_that_fails_counts_as_wrong_and_says_why() {
    let broken = ScriptedModel::responding("localhost:11434", |_, _| {
        Err(ModelError::Server { status: 500, message: "model crashed".into() })
    });
    let (runs, rows, _) = evaluate(broken, &[Protocol::Local], true, RunConfig::default(), Cancel::new(), 0);
    assert_eq!(runs.len(), 3);
    for row in &rows {
        assert_eq!(row.correct, Some(false), "{row:?}");
        assert!(row.failed, "{row:?}");
        assert!(row.reply.contains("500"), "the reply is the failure's sentence: {}", row.reply);
    }
    assert_eq!(summarize(&rows)[0].accuracy, Some(0.0));
}
