//! One run of a protocol: [`run`] takes the task, the documents, the models
//! and the settings, drives the chosen protocol, and returns a [`RunReport`]
//! with the outcome, the usage ledger, the audit log and the findings, also
//! when the run fails or is cancelled.
//!
//! [`Session`] is what the protocols share: the two calling helpers
//! ([`Session::ask_supervisor`], through the egress gate, and
//! [`Session::call_worker`]), which emit the call events, record usage, and
//! race every call against cancellation.
//!
//! This file holds the session and the turn; the calls and the controls on
//! them are beside it, one job a file: `calls` (what every call shares),
//! `supervisor_calls`, `worker_calls`, `approval` (the privacy controls and
//! the user's decision on a cloud request), `shield` and `judge`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::accounting::Ledger;
use super::cancel::Cancel;
use super::clock::{Clock, Pacer};
use super::config::{Protocol, RunConfig};
use super::conversation::findings_cache::worker_key;
use super::conversation::{memory, CachedJob, Conversation, FindingsDropReason, PastTurn, WorkerChat};
use super::documents::Document;
use super::egress::{AuditEntry, EgressGate, LeakIndex};
use super::error::RunError;
use super::events::{Event, EventSink};
use super::minions::finding::Finding;
use super::model::{ChatModel, ModelError, RequestParam};
use super::privacy::boundary;
use super::privacy::review::Reviewer;
use super::privacy::{Change, PrivacyConfig, VerbatimPolicy};
use super::worker::QueueWatch;
use super::worker_audit::WorkerAudit;
use super::{cloud, local, minion, minions};

mod approval;
mod calls;
mod judge;
mod shield;
mod supervisor_calls;
mod worker_calls;

pub use judge::{judge, JudgeReport, Judged};
use supervisor_calls::no_cloud_model;
pub(crate) use worker_calls::worker_output_tokens;

/// Everything a run needs. The supervisor is moved into the egress gate.
pub struct RunInputs<'a> {
    pub task: &'a str,
    pub documents: &'a [Document],
    pub config: &'a RunConfig,
    pub worker: &'a dyn ChatModel,
    /// `None` runs nothing in the cloud (local only).
    pub supervisor: Option<Box<dyn ChatModel>>,
    pub clock: &'a dyn Clock,
    pub cancel: Cancel,
    pub events: EventSink<'a>,
    /// Decides on requests held for approval; without one, a held request is
    /// rejected and quoted runs are withheld.
    pub reviewer: Option<&'a dyn Reviewer>,
}

/// How a run ended.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "outcome")]
pub enum Outcome {
    Answered { answer: String },
    Failed { error: RunError },
    Cancelled,
}

/// The result of a run, whatever its outcome.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RunReport {
    pub outcome: Outcome,
    pub ledger: Ledger,
    pub audit: Vec<AuditEntry>,
    pub findings: Vec<Finding>,
    /// The supervisor model's name, for pricing; `None` in local-only runs.
    pub supervisor_model: Option<String>,
}

/// One turn of a conversation: the run's report, and the conversation as
/// it stands after the turn (the question and answer added when it was
/// answered, the findings it ran kept whatever its outcome).
#[derive(Debug, Clone, PartialEq)]
pub struct TurnReport {
    pub report: RunReport,
    pub conversation: Conversation,
}

/// Why a protocol stopped early.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Stop {
    Failed(RunError),
    Cancelled,
}

impl From<RunError> for Stop {
    fn from(error: RunError) -> Self {
        Stop::Failed(error)
    }
}

/// A worker call that did not give a reply.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum WorkerFailure {
    Model(ModelError),
    Cancelled,
}

/// State shared by the protocol code during one run.
pub(crate) struct Session<'a> {
    pub task: &'a str,
    pub documents: &'a [Document],
    pub config: &'a RunConfig,
    pub worker: &'a dyn ChatModel,
    pub gate: Option<EgressGate<'a>>,
    pub clock: &'a dyn Clock,
    pub cancel: Cancel,
    pub events: EventSink<'a>,
    reviewer: Option<&'a dyn Reviewer>,
    /// Changes made before the next cloud request (the shield), for its audit entry.
    pending_changes: RefCell<Vec<Change>>,
    pub ledger: RefCell<Ledger>,
    pub findings: RefCell<Vec<Finding>>,
    next_call: Cell<u32>,
    /// Parameters the supervisor's server refused; left out for the rest of the run.
    refused_parameters: RefCell<Vec<RequestParam>>,
    queue_watch: RefCell<QueueWatch>,
    /// Worker requests that left the device.
    worker_audit: WorkerAudit,
    /// The worker is a pool of several endpoints.
    pooled: bool,
    /// The conversation this turn belongs to, as the turn changes it.
    conversation: RefCell<Conversation>,
    /// The worker as the conversation's findings and chat know it.
    pub worker_key: String,
    /// The supervisor's notes on this turn, kept for the next.
    notes: RefCell<String>,
    /// Whether a later turn may use this one's findings.
    keeps_findings: bool,
    /// The supervisor model's name, for pricing.
    supervisor_model: Option<String>,
}

/// The session a run (or a judge's question) works in; the supervisor moves
/// into the egress gate unless the protocol is local only.
/// `conversation` is `None` for a question on its own, whose findings no
/// later turn will use (so none are kept).
fn open_session(inputs: RunInputs<'_>, conversation: Option<Conversation>) -> Session<'_> {
    let protocol = inputs.config.protocol;
    Session {
        worker_key: worker_key(&inputs.worker.endpoint().model, inputs.config.worker.temperature),
        keeps_findings: conversation.is_some(),
        conversation: RefCell::new(conversation.unwrap_or_default()),
        supervisor_model: inputs.supervisor.as_ref().map(|s| s.endpoint().model),
        notes: RefCell::new(String::new()),
        task: inputs.task,
        documents: inputs.documents,
        config: inputs.config,
        worker: inputs.worker,
        gate: match protocol {
            Protocol::Local => None,
            Protocol::Cloud => inputs.supervisor.map(|model| {
                // The user confirmed that the documents leave: the verbatim guard lets them through.
                let privacy = PrivacyConfig { verbatim_policy: VerbatimPolicy::Send, ..inputs.config.privacy.clone() };
                EgressGate::new(model, inputs.documents, &privacy)
            }),
            _ => inputs.supervisor.map(|model| EgressGate::new(model, inputs.documents, &inputs.config.privacy)),
        },
        clock: inputs.clock,
        cancel: inputs.cancel,
        events: inputs.events,
        reviewer: inputs.reviewer,
        pending_changes: RefCell::new(Vec::new()),
        ledger: RefCell::new(Ledger::default()),
        findings: RefCell::new(Vec::new()),
        next_call: Cell::new(0),
        refused_parameters: RefCell::new(Vec::new()),
        queue_watch: RefCell::new(QueueWatch::default()),
        worker_audit: WorkerAudit::default(),
        pooled: inputs.worker.hosts().len() > 1,
    }
}

/// Runs the protocol in `inputs.config` to its end: a question on its own
/// (it keeps nothing for a next turn).
pub async fn run(inputs: RunInputs<'_>) -> RunReport {
    let session = open_session(inputs, None);
    turn(session, &Conversation::default()).await.report
}

/// Runs the protocol in `inputs.config` as the next turn of `conversation`:
/// the cloud model hears the earlier turns, jobs the conversation already
/// ran are answered from its findings, and Minion's worker continues its
/// chat.
pub async fn converse(inputs: RunInputs<'_>, conversation: &Conversation) -> TurnReport {
    let session = open_session(inputs, Some(conversation.clone()));
    turn(session, conversation).await
}

async fn turn(session: Session<'_>, conversation: &Conversation) -> TurnReport {
    let supervisor_model = session.supervisor_model.clone();
    let protocol = session.config.protocol;
    let result = match check_inputs(&session) {
        Err(error) => Err(Stop::Failed(error)),
        Ok(()) => {
            // The passes over the whole text a run needs, a slice at a time.
            let pacer = Pacer::new(session.clock);
            let pause = || pacer.pause();
            for document in session.documents {
                document.count_tokens(pause).await;
                document.compute_fingerprint(pause).await;
            }
            if let Some(gate) = &session.gate {
                gate.prepare(pause).await;
            }
            if WorkerAudit::needed_for(&session.worker.hosts()) {
                let index = match &session.gate {
                    Some(gate) => gate.leak_index(),
                    None => Rc::new(LeakIndex::build(session.documents, pause).await),
                };
                session.worker_audit.use_index(index);
            }
            (session.events)(Event::RunStarted {
                protocol,
                documents: session.documents.len(),
                estimated_document_tokens: session.documents.iter().map(Document::estimated_tokens).sum(),
                earlier_turns: conversation.answered(),
            });
            match session.recall().await {
                Err(stop) => Err(stop),
                Ok(()) => match protocol {
                    Protocol::Minion => minion::run(&session).await,
                    Protocol::Minions => minions::run(&session).await,
                    Protocol::Local => local::run(&session).await,
                    Protocol::Cloud => cloud::run(&session).await,
                },
            }
        }
    };
    let outcome = match result {
        Ok(answer) => {
            (session.events)(Event::FinalAnswer { text: answer.clone() });
            Outcome::Answered { answer }
        }
        Err(Stop::Failed(error)) => {
            (session.events)(Event::Failed { error: error.clone() });
            Outcome::Failed { error }
        }
        Err(Stop::Cancelled) => {
            (session.events)(Event::Cancelled);
            Outcome::Cancelled
        }
    };
    let mut next = session.conversation.take();
    if let Outcome::Answered { answer } = &outcome {
        next.turns.push(PastTurn {
            question: session.task.trim().to_string(),
            answer: answer.trim().to_string(),
            notes: session.notes.take(),
            protocol,
        });
    }
    let report = RunReport {
        outcome,
        ledger: session.ledger.into_inner(),
        audit: {
            let mut audit = session.gate.map(|g| g.audit()).unwrap_or_default();
            audit.extend(session.worker_audit.entries());
            audit.sort_by(|a, b| a.at_ms.total_cmp(&b.at_ms));
            audit
        },
        findings: session.findings.into_inner(),
        supervisor_model: match protocol {
            Protocol::Local => None,
            _ => supervisor_model,
        },
    };
    TurnReport { report, conversation: next }
}

fn check_inputs(session: &Session) -> Result<(), RunError> {
    session.config.validate()?;
    if session.task.trim().is_empty() {
        return Err(RunError::NoTask);
    }
    if session.documents.iter().all(|d| d.text.trim().is_empty()) {
        return Err(RunError::NoDocuments);
    }
    if session.config.protocol == Protocol::Cloud && session.config.privacy.documents_never_leave {
        return Err(RunError::DocumentsMustStay);
    }
    if session.config.protocol == Protocol::Cloud && !session.config.documents_may_leave {
        return Err(RunError::CloudOnlyNotConfirmed);
    }
    if session.config.protocol != Protocol::Local && session.gate.is_none() {
        return Err(RunError::Supervisor(no_cloud_model()));
    }
    // Cloud only sends nothing to the worker.
    if session.config.protocol != Protocol::Cloud {
        if let Some(refusal) = boundary::refusal(&session.worker.hosts(), &session.config.privacy) {
            return Err(refusal);
        }
    }
    Ok(())
}

impl Session<'_> {
    pub fn emit(&self, event: Event) {
        (self.events)(event);
    }

    /// What the conversation brings to this turn: findings that no longer
    /// apply are dropped (with a notice), and the earlier turns are fitted
    /// to their budget when a cloud model will hear them.
    async fn recall(&self) -> Result<(), Stop> {
        let dropped = self.conversation.borrow_mut().findings.invalidate(self.documents, &self.worker_key);
        if dropped.documents > 0 {
            self.emit(Event::FindingsInvalidated {
                dropped: dropped.documents,
                reason: FindingsDropReason::DocumentChanged,
            });
        }
        if dropped.worker > 0 {
            self.emit(Event::FindingsInvalidated { dropped: dropped.worker, reason: FindingsDropReason::OtherWorker });
        }
        if self.gate.is_some() {
            let mut conversation = self.conversation.take();
            let fitted = memory::fit(self, &mut conversation).await;
            self.conversation.replace(conversation);
            fitted?;
        }
        Ok(())
    }

    /// The earlier turns for the top of a supervisor prompt, if any.
    pub fn earlier_turns(&self) -> Option<String> {
        let conversation = self.conversation.borrow();
        super::prompts::conversation::earlier_turns(conversation.summary.as_ref(), &conversation.turns)
    }

    /// The findings the conversation holds, for the planner, if any.
    pub fn held_findings(&self) -> Option<String> {
        super::prompts::conversation::held_findings(&self.conversation.borrow().findings.held())
    }

    /// Whether a later turn may use this one's findings: when not, jobs are
    /// neither looked up nor kept (a question on its own, the evaluation).
    pub fn keeps_findings(&self) -> bool {
        self.keeps_findings
    }

    /// The conversation's earlier reply to the job request with `key`.
    pub fn cached_job(&self, key: &str) -> Option<CachedJob> {
        self.conversation.borrow().findings.get(key).cloned()
    }

    /// Keeps a job's replies for later turns.
    pub fn remember_job(&self, job: CachedJob) {
        self.conversation.borrow_mut().findings.insert(job);
    }

    /// Minion's chat with the worker from earlier turns.
    pub fn worker_chat(&self) -> Option<WorkerChat> {
        self.conversation.borrow().worker_chat.clone()
    }

    pub fn keep_worker_chat(&self, chat: Option<WorkerChat>) {
        self.conversation.borrow_mut().worker_chat = chat;
    }

    /// The supervisor's notes on this turn, for the next.
    pub fn keep_notes(&self, notes: &str) {
        *self.notes.borrow_mut() = notes.trim().to_string();
    }
}
