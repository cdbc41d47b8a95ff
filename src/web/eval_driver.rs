//! Runs an evaluation in the engine's worker: the engine's runner with the
//! models from the settings, each run's events shown live in the run panel,
//! each finished row saved with its run in the history (the row links to
//! it). Like the driver, it makes no protocol decisions.

use futures::{FutureExt, StreamExt};
use leptos::prelude::*;
use leptos::task::spawn_local;

use minions_engine::cancel::Cancel;
use minions_engine::config::Protocol;
use minions_engine::documents::Document;
use minions_engine::eval::runner::protocols_to_run;
use minions_engine::events::Event;
use minions_engine::run::Outcome;

use super::app::AppState;
use super::driver::{keep_run, FinishedRun};
use super::engine_messages::{FromEngine, Job};
use super::state::RunStatus;
use super::state::RunView;
use crate::tr;

/// Why an evaluation cannot start, as a sentence; `None` when it can.
fn refusal(state: AppState, documents: &[Document], protocols: &[Protocol]) -> Option<String> {
    if state.evaluation.with_untracked(|e| e.questions.is_empty()) {
        return Some(tr!("evaluation-refused-no-questions"));
    }
    if protocols.is_empty() {
        return Some(tr!("evaluation-refused-no-protocols"));
    }
    if documents.is_empty() {
        return Some(tr!("evaluation-refused-no-documents"));
    }
    let local_only = protocols.iter().all(|p| *p == Protocol::Local);
    state.settings.with_untracked(|settings| super::page_policy::run_refusal(settings, local_only))
}

/// The characters of each document that cloud-only rows would send: the
/// documents the questions name (all of them for a question that names
/// none), each counted once.
pub fn leaving(state: AppState) -> Vec<(String, usize)> {
    let questions = state.evaluation.with_untracked(|e| e.questions.clone());
    let asked = |name: &str| questions.iter().any(|q| q.asks_about(name));
    state.documents.with_untracked(|docs| {
        docs.iter()
            .filter(|d| asked(&d.document.name))
            .map(|d| (d.document.name.clone(), d.document.text.chars().count()))
            .collect()
    })
}

/// Starts the evaluation; `cloud_confirmed` is the user's consent, for this
/// run, to send the documents for the cloud-only rows.
pub fn start_evaluation(state: AppState, cloud_confirmed: bool) {
    let documents: Vec<Document> =
        state.documents.with_untracked(|d| d.iter().map(|d| (*d.document).clone()).collect());
    let (questions, asked) = state.evaluation.with_untracked(|e| (e.questions.clone(), e.protocols.clone()));
    let mut settings = state.settings.get_untracked();
    let context_length = state.worker_context.get_untracked();
    let config = settings.run_config(Protocol::Minion, context_length);
    // The engine's rule: what it will run under these settings (cloud only not while documents never leave).
    let protocols = protocols_to_run(&asked, &config);
    if let Some(sentence) = refusal(state, &documents, &protocols) {
        state.evaluation.update(|e| e.refuse(sentence));
        return;
    }
    let cancel = Cancel::new();
    state.cancel.set_value(Some(cancel.clone()));
    state.evaluation.update(|e| e.begin(questions.len() * protocols.len()));
    let sinks = state.sinks;
    spawn_local(async move {
        // Every row runs on the first worker endpoint: ask once, before any.
        let consent_asked = settings.hosts_needing_consent(Protocol::Minion);
        if !super::consent::confirm_workers(state, &mut settings, Protocol::Minion).await {
            state.evaluation.update(|e| e.refuse(super::consent::declined(&consent_asked)));
            return;
        }
        let config = settings.run_config(Protocol::Minion, context_length);
        let prices = settings.prices().unwrap_or_default();
        // The runs and the judge's questions all have the cloud model.
        let models = settings.models(Protocol::Minion);
        let job = Job::Evaluation { questions: questions.clone(), protocols: asked, config, cloud_confirmed, prices };
        let Ok(mut engine) = super::engine_host::start(job, models, &documents).await else {
            state.evaluation.update(|e| e.refuse(tr!("app-part-missing")));
            return;
        };
        drop(documents);
        let mut failures = 0usize;
        // A burst of events (jobs finishing together) is folded a slice at a time, the page free between.
        let clock = super::models::BrowserClock;
        let pacer = minions_engine::clock::Pacer::new(&clock);
        let mut cancelled = cancel.cancelled().boxed_local().fuse();
        let ended = loop {
            futures::select! {
                message = engine.messages.next() => match message {
                    Some(FromEngine::Event { event, .. }) => {
                        if matches!(event, Event::RunStarted { .. }) {
                            sinks.view.set(RunView::running());
                            sinks.cost.set(None);
                            sinks.findings.set(Vec::new());
                            sinks.chosen.set(None);
                        }
                        sinks.view.update(|view| view.apply(&event));
                        pacer.pause().await;
                    }
                    Some(FromEngine::Row { mut row, report, cost, documents, .. }) => {
                        let failed = report.as_ref().is_none_or(|r| matches!(r.outcome, Outcome::Failed { .. }));
                        failures += usize::from(failed);
                        let question = questions.iter().find(|q| q.id == row.question_id);
                        if let (Some(report), Some(cost), Some(question)) = (report, cost, question) {
                            let run = FinishedRun {
                                task: &question.question,
                                protocol: row.protocol,
                                documents,
                                cost: *cost,
                                findings: report.findings,
                                from_evaluation: true,
                                conversation: None,
                            };
                            row.run_id = Some(keep_run(sinks, run).id);
                        }
                        state.evaluation.update(|e| e.rows.push(row));
                    }
                    Some(FromEngine::EvaluationDone { .. }) => break true,
                    Some(FromEngine::Stopped { .. }) | None => break false,
                    Some(_) => {}
                },
                _ = cancelled => super::engine_host::cancel(engine.run),
            }
        };
        state.evaluation.update(|e| {
            if !ended {
                e.refuse(tr!("run-engine-stopped"));
            } else if cancel.is_cancelled() {
                e.status = RunStatus::Cancelled;
            } else if !e.rows.is_empty() && failures == e.rows.len() {
                // Every run failed: the first one says why (a stopped server, a missing key…).
                let first = crate::web::eval_text::row_reply(&e.rows[0]);
                e.refuse(tr!("evaluation-all-failed", reply = &first));
            } else {
                e.status = RunStatus::Done;
            }
        });
    });
}

/// Stops the evaluation after the run in progress is cancelled; finished rows stay.
pub fn cancel_evaluation(state: AppState) {
    state.cancel.with_value(|cancel| {
        if let Some(cancel) = cancel {
            cancel.cancel();
        }
    });
}
