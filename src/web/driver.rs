//! The driver: turns a click on Run into a run in the engine's worker
//! (`engine_host.rs`) with the models the settings name, and pumps the
//! engine's events into the view. It makes no protocol decisions.

use futures::{FutureExt, StreamExt};
use leptos::prelude::*;
use leptos::task::spawn_local;

use minions_engine::accounting::CostReport;
use minions_engine::auto::{choose_protocol, AutoReason};
use minions_engine::cancel::Cancel;
use minions_engine::config::Protocol;
use minions_engine::documents::Document;
use minions_engine::events::Event;
use minions_engine::minions::finding::Finding;
use minions_engine::privacy::review::Decision;

use super::app::AppState;
use super::conversation::StoredMemory;
use super::engine_messages::{FromEngine, Job};
use super::history::{DocumentRef, HistoryEntry};
use super::state::RunView;
use super::storage;

/// The user's decision on the request the run is holding.
pub fn decide(decision: Decision) {
    super::engine_host::decide(decision);
}

/// Where a run's results go.
#[derive(Clone, Copy)]
pub struct RunSinks {
    pub view: RwSignal<RunView>,
    pub cost: RwSignal<Option<CostReport>>,
    pub findings: RwSignal<Vec<Finding>>,
    pub chosen: RwSignal<Option<AutoReason>>,
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
                let reason = choose_protocol(&documents, &task, settings.has_supervisor(), &worker);
                (reason.protocol(), Some(reason))
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
        let prices = settings.prices().unwrap_or_default();
        let job = Job::Turn { task: task.clone(), config, memory, prices };
        let Ok(mut engine) = super::engine_host::start(job, settings.models(protocol), &documents).await else {
            // The engine's code could not be fetched: nothing was asked of any model.
            sinks.view.update(|view| view.fail(crate::tr!("app-part-missing")));
            abandon();
            return;
        };
        drop(documents);
        // A burst of events (jobs finishing together) is folded a slice at a time, the page free between.
        let clock = super::models::BrowserClock;
        let pacer = minions_engine::clock::Pacer::new(&clock);
        let mut cancelled = run_cancel.cancelled().boxed_local().fuse();
        let finished = loop {
            futures::select! {
                message = engine.messages.next() => match message {
                    Some(FromEngine::Event { event, .. }) => {
                        sinks.view.update(|view| view.apply(&event));
                        pacer.pause().await;
                    }
                    Some(FromEngine::TurnDone { report, conversation, cost, documents, .. }) => {
                        break Some((report, conversation, cost, documents));
                    }
                    Some(FromEngine::Stopped { .. }) | None => break None,
                    Some(_) => {}
                },
                _ = cancelled => super::engine_host::cancel(engine.run),
            }
        };
        let Some((report, memory, cost, documents)) = finished else {
            sinks.view.update(|view| view.fail(crate::tr!("run-engine-stopped")));
            abandon();
            return;
        };
        let run = FinishedRun {
            task: &task,
            protocol,
            documents,
            cost: *cost,
            findings: report.findings,
            from_evaluation: false,
            conversation: Some((conversation_id.clone(), turn)),
        };
        let entry = keep_run(sinks, run);
        let memory = *memory;
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
