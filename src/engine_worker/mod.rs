//! The engine's Web Worker: a conversation's turn or an evaluation runs
//! here, off the page's thread, so chunking, indexing, BM25, the verbatim
//! scan and the prompts never hold the page. The page posts a
//! [`ToEngine::Start`] with the documents' text as transferred buffers
//! (`web/engine_host.rs`); the engine's events, the turn's report and an
//! evaluation's rows come back as [`FromEngine`] messages. Cloud and local
//! servers are called from here; the in-page model lives in the page and
//! is reached through it ([`remote_tab`]). Started from a blob URL, so the
//! page's Content-Security-Policy (its narrow `connect-src`) holds here too.

mod remote_tab;

use std::cell::RefCell;
use std::collections::HashMap;

use futures::channel::oneshot;
use futures::future::LocalBoxFuture;
use js_sys::{Array, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::spawn_local;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use minions_engine::accounting::CostReport;
use minions_engine::cancel::Cancel;
use minions_engine::documents::Document;
use minions_engine::eval::runner::{run_evaluation, EvalInputs, EvalRun};
use minions_engine::events::Event;
use minions_engine::model::ChatModel;
use minions_engine::privacy::review::{Decision, Reviewer};
use minions_engine::run::{converse, Outcome, RunInputs};

use crate::web::engine_messages::{DocumentHead, FromEngine, Job, Models, ToEngine};
use crate::web::history::DocumentRef;
use crate::web::models::{supervisor_model, worker_model, BrowserClock};

thread_local! {
    /// The runs in progress, by the page's number.
    static RUNS: RefCell<HashMap<u32, Cancel>> = RefCell::new(HashMap::new());
    /// Where the user's decision on a run's held request goes.
    static DECISIONS: RefCell<HashMap<u32, oneshot::Sender<Decision>>> = RefCell::new(HashMap::new());
}

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

/// Sends `message` to the page.
pub(crate) fn post(message: &FromEngine) {
    let _ = scope().post_message(&JsValue::from_str(&message.to_json()));
}

/// The worker's entry point (`src/bin/engine-worker.rs`).
pub fn main() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        // The worker is gone after this: the page fails the runs and starts a new one next time.
        post(&FromEngine::Stopped { detail: info.to_string() });
    }));
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(|event: MessageEvent| receive(&event.data()));
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages sent before this point would be lost: say that it is ready.
    post(&FromEngine::Ready);
}

/// A message from the page: its JSON, and for a start the documents' buffers.
fn receive(data: &JsValue) {
    let (json, buffers) = match data.as_string() {
        Some(json) => (json, Vec::new()),
        None => {
            let array = Array::from(data);
            (array.get(0).as_string().unwrap_or_default(), array.iter().skip(1).collect())
        }
    };
    let Some(message) = ToEngine::from_json(&json) else { return };
    match message {
        ToEngine::Start { run, job, models, documents } => {
            let documents = documents_of(documents, &buffers);
            let cancel = Cancel::new();
            RUNS.with(|runs| runs.borrow_mut().insert(run, cancel.clone()));
            spawn_local(async move {
                run_job(run, *job, models, documents, cancel).await;
                RUNS.with(|runs| runs.borrow_mut().remove(&run));
                DECISIONS.with(|decisions| decisions.borrow_mut().remove(&run));
            });
        }
        ToEngine::Cancel { run } => {
            if let Some(cancel) = RUNS.with(|runs| runs.borrow().get(&run).cloned()) {
                cancel.cancel();
            }
        }
        ToEngine::Decide { run, decision } => {
            if let Some(sender) = DECISIONS.with(|decisions| decisions.borrow_mut().remove(&run)) {
                let _ = sender.send(decision);
            }
        }
        ToEngine::TabChunk { call, chunk } => remote_tab::chunk(call, chunk),
        ToEngine::TabDone { call, failure } => remote_tab::done(call, failure),
    }
}

/// The documents again, each head with its buffer's text (UTF-8 from the page's own strings).
fn documents_of(heads: Vec<DocumentHead>, buffers: &[JsValue]) -> Vec<Document> {
    heads
        .into_iter()
        .zip(buffers)
        .map(|(head, buffer)| {
            let bytes = Uint8Array::new(buffer).to_vec();
            let text = String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
            head.with_text(text)
        })
        .collect()
}

/// Held requests wait for the page's buttons in "What left this device".
struct PageDecisions {
    run: u32,
}

impl Reviewer for PageDecisions {
    fn decide(&self) -> LocalBoxFuture<'_, Decision> {
        let (sender, receiver) = oneshot::channel();
        DECISIONS.with(|decisions| decisions.borrow_mut().insert(self.run, sender));
        // A page that drops the request (a new run, a reload) sends nothing.
        Box::pin(async move { receiver.await.unwrap_or(Decision::Reject) })
    }
}

fn tab_model(name: String) -> Box<dyn ChatModel> {
    Box::new(remote_tab::RemoteTabModel { name })
}

async fn run_job(run: u32, job: Job, models: Models, documents: Vec<Document>, cancel: Cancel) {
    let worker = worker_model(&models.workers, &tab_model);
    let reviewer = PageDecisions { run };
    let events = move |event: Event| post(&FromEngine::Event { run, event });
    match job {
        Job::Turn { task, config, memory, prices } => {
            let turn = converse(
                RunInputs {
                    task: &task,
                    documents: &documents,
                    config: &config,
                    worker: worker.as_ref(),
                    supervisor: models.supervisor.as_ref().map(supervisor_model),
                    clock: &BrowserClock,
                    cancel,
                    events: &events,
                    reviewer: Some(&reviewer),
                },
                &memory,
            )
            .await;
            let report = turn.report;
            let answer = match &report.outcome {
                Outcome::Answered { answer } => answer.as_str(),
                _ => "",
            };
            let model = report.supervisor_model.clone().or_else(|| models.supervisor.as_ref().map(|s| s.model.clone()));
            let cost = CostReport::new(&report.ledger, &prices, &model.unwrap_or_default(), &documents, &task, answer);
            post(&FromEngine::TurnDone {
                run,
                documents: documents.iter().map(DocumentRef::of).collect(),
                report: Box::new(report),
                conversation: Box::new(turn.conversation),
                cost: Box::new(cost),
            });
        }
        Job::Evaluation { questions, protocols, config, cloud_confirmed, prices } => {
            let make_supervisor = || models.supervisor.as_ref().map(supervisor_model);
            // Each document's reference (name, size, fingerprint: a pass over its text) once, not once per row.
            let references: Vec<DocumentRef> = documents.iter().map(DocumentRef::of).collect();
            let on_row = |finished: &EvalRun| {
                let asked = questions
                    .iter()
                    .find(|q| q.id == finished.row.question_id)
                    .map(|q| references.iter().filter(|r| q.asks_about(&r.name)).cloned().collect())
                    .unwrap_or_default();
                post(&FromEngine::Row {
                    run,
                    row: finished.row.clone(),
                    report: finished.report.clone().map(Box::new),
                    cost: finished.cost.clone().map(Box::new),
                    documents: asked,
                });
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
                cancel,
                events: &events,
                on_row: &on_row,
                reviewer: Some(&reviewer),
            })
            .await;
            post(&FromEngine::EvaluationDone { run });
        }
    }
}
