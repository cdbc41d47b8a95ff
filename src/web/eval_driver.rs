//! Runs an evaluation in the browser: the engine's runner with the models
//! from the settings, each run's events shown live in the run panel, each
//! finished row saved with its run in the history (the row links to it).
//! Like the driver, it makes no protocol decisions.

use leptos::prelude::*;
use leptos::task::spawn_local;

use minions_engine::cancel::Cancel;
use minions_engine::config::Protocol;
use minions_engine::documents::Document;
use minions_engine::eval::runner::{run_evaluation, EvalInputs, EvalRun};
use minions_engine::events::Event;
use minions_engine::run::Outcome;

use super::app::AppState;
use super::driver::{keep_run, supervisor_model, worker_model, BrowserClock, FinishedRun, PageReviewer};
use super::history::DocumentRef;
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
    let (questions, mut protocols) = state.evaluation.with_untracked(|e| (e.questions.clone(), e.protocols.clone()));
    if state.settings.with_untracked(|s| s.documents_never_leave) {
        // The page shows cloud only unticked while the settings forbid it.
        protocols.retain(|p| *p != Protocol::Cloud);
    }
    if let Some(sentence) = refusal(state, &documents, &protocols) {
        state.evaluation.update(|e| e.refuse(sentence));
        return;
    }
    let cancel = Cancel::new();
    state.cancel.set_value(Some(cancel.clone()));
    state.evaluation.update(|e| e.begin(questions.len() * protocols.len()));
    let mut settings = state.settings.get_untracked();
    let context_length = state.worker_context.get_untracked();
    let sinks = state.sinks;
    spawn_local(async move {
        // Every row runs on the first worker endpoint: ask once, before any.
        let asked = settings.hosts_needing_consent(Protocol::Minion);
        if !super::consent::confirm_workers(state, &mut settings, Protocol::Minion).await {
            state.evaluation.update(|e| e.refuse(super::consent::declined(&asked)));
            return;
        }
        let config = settings.run_config(Protocol::Minion, context_length);
        let worker = worker_model(&settings, Protocol::Minion);
        let make_supervisor = || Some(supervisor_model(&settings));
        let prices = settings.prices().unwrap_or_default();
        let events = move |event: Event| {
            if matches!(event, Event::RunStarted { .. }) {
                sinks.view.set(RunView::running());
                sinks.cost.set(None);
                sinks.findings.set(Vec::new());
                sinks.chosen.set(None);
            }
            sinks.view.update(|view| view.apply(&event));
        };
        // Each document's reference (name, size, fingerprint: a pass over its
        // text) once for the evaluation, not once per row.
        let references: Vec<DocumentRef> = documents.iter().map(DocumentRef::of).collect();
        let failures = std::cell::Cell::new(0usize);
        let on_row = |finished: &EvalRun| {
            let mut row = finished.row.clone();
            let failed = finished.report.as_ref().is_none_or(|r| matches!(r.outcome, Outcome::Failed { .. }));
            failures.set(failures.get() + usize::from(failed));
            let question = questions.iter().find(|q| q.id == row.question_id);
            if let (Some(report), Some(cost), Some(question)) = (&finished.report, &finished.cost, question) {
                let asked = references.iter().filter(|r| question.asks_about(&r.name)).cloned().collect();
                let run = FinishedRun {
                    task: &question.question,
                    protocol: row.protocol,
                    documents: asked,
                    cost: cost.clone(),
                    findings: report.findings.clone(),
                    from_evaluation: true,
                    conversation: None,
                };
                row.run_id = Some(keep_run(sinks, run).id);
            }
            state.evaluation.update(|e| e.rows.push(row));
        };
        run_evaluation(EvalInputs {
            questions: &questions,
            protocols: &protocols,
            documents: &documents,
            config: &config,
            worker: worker.as_ref(),
            supervisor: &make_supervisor,
            cloud_confirmed,
            prices: &prices,
            clock: &BrowserClock,
            cancel: cancel.clone(),
            events: &events,
            on_row: &on_row,
            reviewer: Some(&PageReviewer),
        })
        .await;
        state.evaluation.update(|e| {
            if cancel.is_cancelled() {
                e.status = RunStatus::Cancelled;
            } else if !e.rows.is_empty() && failures.get() == e.rows.len() {
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
