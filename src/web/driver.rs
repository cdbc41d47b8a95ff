//! The driver: builds the models from the settings, runs the engine in the
//! browser, and pumps its events into the view. It makes no protocol
//! decisions.

use std::cell::RefCell;

use futures::channel::oneshot;
use futures::future::LocalBoxFuture;
use leptos::prelude::*;
use leptos::task::spawn_local;

use minions_engine::accounting::CostReport;
use minions_engine::auto::choose_protocol;
use minions_engine::cancel::Cancel;
use minions_engine::clock::Clock;
use minions_engine::config::Protocol;
use minions_engine::config::RunConfig;
use minions_engine::conversation::Conversation;
use minions_engine::documents::Document;
use minions_engine::events::Event;
use minions_engine::minions::finding::Finding;
use minions_engine::model::ChatModel;
use minions_engine::privacy::review::{Decision, Reviewer};
use minions_engine::run::{converse, RunInputs, TurnReport};
use minions_providers::adapters::{OllamaModel, OpenAiModel};
use minions_providers::endpoint::reachable_url;
use minions_providers::ollama::OllamaEndpoint;
use minions_providers::openai::OpenAiEndpoint;
use minions_providers::pool::Pool;
use minions_providers::tab::adapter::TabModel;

use super::app::AppState;
use super::conversation::StoredMemory;
use super::history::{DocumentRef, HistoryEntry};
use super::settings::{Settings, WorkerEndpoint, WorkerProvider};
use super::state::RunView;
use super::storage;

thread_local! {
    /// Where the user's decision on a held cloud request goes.
    static DECISION: RefCell<Option<oneshot::Sender<Decision>>> = const { RefCell::new(None) };
}

/// Held requests wait for the buttons in "What left this device".
pub(crate) struct PageReviewer;

impl Reviewer for PageReviewer {
    fn decide(&self) -> LocalBoxFuture<'_, Decision> {
        let (sender, receiver) = oneshot::channel();
        DECISION.with(|slot| *slot.borrow_mut() = Some(sender));
        // A page that drops the request (a new run, a reload) sends nothing.
        Box::pin(async move { receiver.await.unwrap_or(Decision::Reject) })
    }
}

/// The user's decision on the request the run is holding.
pub fn decide(decision: Decision) {
    if let Some(sender) = DECISION.with(|slot| slot.borrow_mut().take()) {
        let _ = sender.send(decision);
    }
}

/// `performance.now()` and `setTimeout`.
pub struct BrowserClock;

impl Clock for BrowserClock {
    fn now_ms(&self) -> f64 {
        web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or_else(js_sys::Date::now)
    }

    fn sleep(&self, ms: f64) -> futures::future::LocalBoxFuture<'_, ()> {
        Box::pin(gloo_timers::future::TimeoutFuture::new(ms.clamp(0.0, f64::from(u32::MAX)) as u32))
    }
}

/// The model behind one worker endpoint.
fn endpoint_model(worker: &WorkerEndpoint) -> Box<dyn ChatModel> {
    let base_url = reachable_url(&worker.url).trim_end_matches('/').to_string();
    let model = worker.model.trim().to_string();
    match worker.provider {
        WorkerProvider::Ollama => {
            Box::new(OllamaModel::new(OllamaEndpoint { base_url, model, keep_alive: Some("10m".into()), seed: None }))
        }
        WorkerProvider::OpenAi => Box::new(OpenAiModel::new(OpenAiEndpoint { base_url, api_key: None, model })),
        WorkerProvider::Tab => Box::new(TabModel { name: model }),
    }
}

/// The worker of a run of `protocol`: the first endpoint, or for MinionS a
/// pool of every endpoint (jobs go to the least loaded within its limit).
pub fn worker_model(settings: &Settings, protocol: Protocol) -> Box<dyn ChatModel> {
    let workers = settings.workers_for(protocol);
    if workers.len() == 1 {
        return endpoint_model(&workers[0]);
    }
    Box::new(Pool::new(workers.iter().map(|w| (endpoint_model(w), w.slots())).collect()))
}

pub fn supervisor_model(settings: &Settings) -> Box<dyn ChatModel> {
    let key = settings.supervisor_key.trim();
    Box::new(OpenAiModel::new(OpenAiEndpoint {
        base_url: reachable_url(&settings.supervisor_url).trim_end_matches('/').to_string(),
        api_key: (!key.is_empty()).then(|| key.to_string()),
        model: settings.supervisor_model.trim().to_string(),
    }))
}

/// What one turn of the engine needs, owned: it crosses into the lazy part.
struct Turn {
    settings: Settings,
    config: RunConfig,
    task: String,
    documents: Vec<Document>,
    memory: Conversation,
    cancel: Cancel,
    view: RwSignal<RunView>,
}

crate::lazy_part! {
    /// One turn of the engine with the models it talks to, fetched the first
    /// time a run starts (feature `split`): the protocols, their prompts and
    /// reply parsing, the egress gate and the model adapters stay out of the
    /// page's first load. Gives the documents back with the report.
    async fn run_turn(turn: Turn) -> (TurnReport, Vec<Document>) {
        let Turn { settings, config, task, documents, memory, cancel, view } = turn;
        let worker = worker_model(&settings, config.protocol);
        let supervisor = (config.protocol != Protocol::Local).then(|| supervisor_model(&settings));
        let sink = move |event: Event| view.update(|v| v.apply(&event));
        let report = converse(
            RunInputs {
                task: &task,
                documents: &documents,
                config: &config,
                worker: worker.as_ref(),
                supervisor,
                clock: &BrowserClock,
                cancel,
                events: &sink,
                reviewer: Some(&PageReviewer),
            },
            &memory,
        )
        .await;
        (report, documents)
    }
}

/// Where a run's results go.
#[derive(Clone, Copy)]
pub struct RunSinks {
    pub view: RwSignal<RunView>,
    pub cost: RwSignal<Option<CostReport>>,
    pub findings: RwSignal<Vec<Finding>>,
    pub chosen: RwSignal<Option<String>>,
    pub history: RwSignal<Vec<HistoryEntry>>,
}

thread_local! {
    /// Runs saved by this page so far, so that ids stay unique within a millisecond.
    static SAVED: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// A finished run to keep: what was asked, of which documents, and what it found.
pub(crate) struct FinishedRun<'a> {
    pub task: &'a str,
    pub protocol: Protocol,
    pub documents: Vec<DocumentRef>,
    pub cost: CostReport,
    pub findings: Vec<Finding>,
    pub from_evaluation: bool,
    /// The conversation it is a turn of, and which turn.
    pub conversation: Option<(String, usize)>,
}

/// Shows a finished run's cost and findings and saves it, with the view as
/// it stands, to the history; returns the history entry.
pub(crate) fn keep_run(sinks: RunSinks, run: FinishedRun<'_>) -> HistoryEntry {
    let FinishedRun { task, protocol, documents, cost, findings, from_evaluation, conversation } = run;
    sinks.cost.set(Some(cost.clone()));
    sinks.findings.set(findings.clone());
    let at_ms = js_sys::Date::now();
    let seq = SAVED.with(|n| n.replace(n.get().wrapping_add(1)));
    let entry = HistoryEntry {
        id: format!("run-{at_ms:015.0}-{seq:04}"),
        at_ms,
        question: task.to_string(),
        protocol,
        documents,
        view: sinks.view.get_untracked(),
        cost: Some(cost),
        findings,
        from_evaluation,
        turn: conversation.as_ref().map_or(0, |(_, turn)| *turn),
        conversation: conversation.map(|(id, _)| id),
    };
    storage::save_run(&entry);
    sinks.history.update(|runs| runs.insert(0, entry.clone()));
    entry
}

/// Starts the next turn of the page's conversation; the returned
/// [`Cancel`] stops it.
pub fn start(state: AppState, task: String, documents: Vec<Document>) -> Cancel {
    let mut settings = state.settings.get_untracked();
    let context_length = state.worker_context.get_untracked();
    let sinks = state.sinks;
    let cancel = Cancel::new();
    let run_cancel = cancel.clone();
    sinks.view.set(RunView::running());
    sinks.cost.set(None);
    sinks.findings.set(Vec::new());
    sinks.chosen.set(None);
    let (conversation_id, turn, memory) =
        state.conversation.with_untracked(|c| (c.id.clone(), c.next_turn(), c.memory.clone()));
    state.conversation.update(|c| c.pending = Some(task.clone()));
    // A turn that never starts leaves no turn behind, and gives the question back to the ask box.
    let asked = task.clone();
    let abandon = move || {
        state.conversation.update(|c| c.pending = None);
        state.question.update(|q| {
            if q.trim().is_empty() {
                q.clone_from(&asked);
            }
        });
    };
    spawn_local(async move {
        let (protocol, reason) = match settings.protocol {
            Some(protocol) => (protocol, None),
            None => {
                // Auto weighs the documents' tokens: counted a slice at a time, then remembered for the run.
                for document in &documents {
                    document.count_tokens(|| gloo_timers::future::TimeoutFuture::new(0)).await;
                }
                let worker = settings.run_config(Protocol::Minions, context_length).worker;
                let (protocol, reason) = choose_protocol(&documents, &task, settings.has_supervisor(), &worker);
                (protocol, Some(reason))
            }
        };
        sinks.chosen.set(reason);
        if let Some(error) = super::page_policy::run_refusal(&settings, protocol == Protocol::Local) {
            sinks.view.update(|view| view.fail(error));
            abandon();
            return;
        }
        let asked = settings.hosts_needing_consent(protocol);
        if !super::consent::confirm_workers(state, &mut settings, protocol).await {
            sinks.view.update(|view| {
                view.notices.push(super::consent::declined(&asked));
                view.apply(&Event::Cancelled);
            });
            abandon();
            return;
        }
        let config = settings.run_config(protocol, context_length);
        let job = Turn {
            settings: settings.clone(),
            config,
            task: task.clone(),
            documents,
            memory,
            cancel: run_cancel,
            view: sinks.view,
        };
        let Ok((turn_report, documents)) = run_turn(job).await else {
            // The engine's code could not be fetched: nothing was asked of any model.
            sinks.view.update(|view| view.fail(crate::tr!("app-part-missing")));
            abandon();
            return;
        };
        let report = turn_report.report;
        let answer = match &report.outcome {
            minions_engine::run::Outcome::Answered { answer } => answer.clone(),
            _ => String::new(),
        };
        let model = report.supervisor_model.clone().unwrap_or_else(|| settings.supervisor_model.clone());
        let cost =
            CostReport::new(&report.ledger, &settings.prices().unwrap_or_default(), &model, &documents, &task, &answer);
        let run = FinishedRun {
            task: &task,
            protocol,
            documents: documents.iter().map(DocumentRef::of).collect(),
            cost,
            findings: report.findings,
            from_evaluation: false,
            conversation: Some((conversation_id.clone(), turn)),
        };
        let entry = keep_run(sinks, run);
        let memory = turn_report.conversation;
        storage::save_memory(&StoredMemory { id: conversation_id.clone(), memory: memory.clone() });
        // The page cannot switch conversations while a turn runs, but should it have, this turn stays in its own.
        if state.conversation.with_untracked(|c| c.id == conversation_id) {
            storage::save_open_conversation(&conversation_id);
            state.conversation.update(|c| {
                c.memory = memory;
                c.pending = None;
                c.turns.push(entry);
            });
        }
    });
    cancel
}
