//! One run of a protocol: [`run`] takes the task, the documents, the models
//! and the settings, drives the chosen protocol, and returns a [`RunReport`]
//! with the outcome, the usage ledger, the audit log and the findings, also
//! when the run fails or is cancelled.
//!
//! [`Session`] is what the protocols share: the two calling helpers
//! ([`Session::ask_supervisor`], through the egress gate, and
//! [`Session::call_worker`]), which emit the call events, record usage, and
//! race every call against cancellation.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::accounting::{CallMeasure, CallRecord, Ledger};
use super::cancel::Cancel;
use super::clock::{Clock, Pacer};
use super::config::{Protocol, RunConfig};
use super::conversation::findings_cache::worker_key;
use super::conversation::{memory, CachedJob, Conversation, FindingsDropReason, PastTurn, WorkerChat};
use super::documents::Document;
use super::egress::{AuditEntry, EgressGate, Guarded, LeakIndex, QuotedRuns, Stamp};
use super::error::{ContextAdvice, RunError};
use super::events::{Event, EventSink, Lane, Purpose};
use super::minions::finding::Finding;
use super::model::{ChatModel, ChatReply, ChatRequest, Message, ModelError, ReplySchema, RequestParam};
use super::parse::{salvage_cut, ParseError};
use super::privacy::boundary;
use super::privacy::review::{Decision, Reviewer};
use super::privacy::{Change, Control, PrivacyConfig, VerbatimPolicy};
use super::prompts::shield as shield_prompt;
use super::replies::reasoning_of;
use super::retry::retry_delay;
use super::tokens::estimate_tokens;
use super::worker::{context_window, looks_truncated, QueueWatch};
use super::worker_audit::{WorkerAudit, WorkerRoute, WorkerStamp};
use super::{cloud, local, minion, minions};

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

    fn new_call(&self) -> u32 {
        let call = self.next_call.get();
        self.next_call.set(call + 1);
        call
    }

    fn supervisor_request(&self, messages: Vec<Message>, schema: ReplySchema) -> ChatRequest {
        let settings = &self.config.supervisor;
        let mut request = ChatRequest {
            messages,
            schema: Some(schema),
            temperature: settings.temperature,
            max_output_tokens: settings.max_output_tokens,
            context_tokens: None,
            reasoning_effort: settings.reasoning_effort.clone(),
        };
        for parameter in self.refused_parameters.borrow().iter() {
            parameter.drop_from(&mut request);
        }
        request
    }

    /// Asks the supervisor and reads its reply with `parse`. A reply that does
    /// not parse is asked again with the problem appended, at most
    /// `max_reply_retries` times. Returns the parsed value and the raw reply.
    pub async fn ask_supervisor<T>(
        &self,
        messages: Vec<Message>,
        schema: ReplySchema,
        purpose: Purpose,
        round: u32,
        parse: impl Fn(&str) -> Result<T, ParseError>,
    ) -> Result<(T, String), Stop> {
        let mut request = self.supervisor_request(messages, schema);
        let mut failures = 0;
        loop {
            let (call, reply) = self.send_to_supervisor(&mut request, &purpose, round).await?;
            let cut_off = reply.finish == super::model::FinishReason::Length;
            let parsed = if cut_off {
                // What closed before the cut may be enough (a plan's first tasks).
                salvage_cut(&reply.text).and_then(|closed| parse(&closed).ok().map(|value| (value, closed))).ok_or_else(
                    || {
                        ParseError::Invalid(
                            "the reply was cut off at the output limit; reply again, more briefly".into(),
                        )
                    },
                )
            } else {
                parse(&reply.text).map(|value| (value, reply.text.clone()))
            };
            match parsed {
                Ok((value, text)) => {
                    if let Some(text) = reasoning_of(&text) {
                        self.emit(Event::SupervisorReasoning { call, round, text });
                    }
                    return Ok((value, text));
                }
                Err(problem) => {
                    failures += 1;
                    let retrying = failures <= self.config.max_reply_retries;
                    self.emit(Event::ReplyRejected {
                        call,
                        lane: Lane::Supervisor,
                        problem: problem.to_string(),
                        retrying,
                    });
                    if !retrying {
                        return Err(Stop::Failed(RunError::MalformedReply {
                            lane: Lane::Supervisor,
                            attempts: failures,
                            detail: problem.to_string(),
                        }));
                    }
                    // A cut-off reply is not repeated back: it would only fill the context.
                    if !cut_off {
                        request.messages.push(Message::assistant(reply.text));
                    }
                    request.messages.push(Message::user(format!(
                        "Your reply could not be used: {problem}. Reply again with only the JSON object asked for."
                    )));
                }
            }
        }
    }

    /// One supervisor reply through the egress gate. Transient failures are
    /// retried after a wait, a refused parameter is dropped (for the rest of
    /// the run), and a request the adapter reshaped is sent again; each
    /// attempt is a new call, recorded by the gate.
    async fn send_to_supervisor(
        &self,
        request: &mut ChatRequest,
        purpose: &Purpose,
        round: u32,
    ) -> Result<(u32, ChatReply), Stop> {
        let Some(gate) = &self.gate else {
            return Err(Stop::Failed(RunError::Supervisor(no_cloud_model())));
        };
        let guarded = self.guard_request(gate, request, purpose, round).await?;
        let mut retries = 0;
        let mut resends = 0;
        loop {
            let mut outgoing = request.clone();
            outgoing.messages = guarded.messages.clone();
            let call = self.new_call();
            let (started, estimate) = self.start_call(call, Lane::Supervisor, purpose, round, &outgoing);
            let stamp = Stamp { round, purpose: purpose.clone(), at_ms: started };
            let on_delta = |text: &str| self.emit(Event::Delta { call, text: text.to_string() });
            let recorded = gate.entry_count();
            let outcome = self.cancel.race(gate.send(&outgoing, stamp, &guarded.changes, &on_delta)).await;
            for entry in gate.entries_since(recorded) {
                self.emit(Event::SentToCloud { entry });
            }
            let error = match outcome {
                Err(_) => return Err(Stop::Cancelled),
                Ok(Ok(reply)) => {
                    self.finish_call(call, Lane::Supervisor, round, estimate, &reply, started);
                    return Ok((call, reply));
                }
                Ok(Err(error)) => error,
            };
            self.emit(Event::CallFailed { call, lane: Lane::Supervisor, error: error.clone() });
            match error {
                ModelError::Unsupported { parameter } if parameter.drop_from(request) => {
                    self.emit(Event::ParameterDropped { lane: Lane::Supervisor, parameter });
                    self.refused_parameters.borrow_mut().push(parameter);
                }
                ModelError::Resend { change } if resends < MAX_RESENDS => {
                    resends += 1;
                    self.emit(Event::RequestReshaped { lane: Lane::Supervisor, change });
                }
                error => {
                    self.wait_before_retry(&error, &mut retries, call, Lane::Supervisor).await.map_err(|stop| {
                        match stop {
                            Some(stop) => stop,
                            None => Stop::Failed(RunError::Supervisor(error)),
                        }
                    })?
                }
            }
        }
    }

    /// The privacy controls on one request, and the user's decision when the
    /// settings hold it for approval or it quotes the documents under the
    /// "ask" policy. A rejection stops the run as a cancellation does.
    async fn guard_request(
        &self,
        gate: &EgressGate<'_>,
        request: &ChatRequest,
        purpose: &Purpose,
        round: u32,
    ) -> Result<Guarded, Stop> {
        // The quotes are looked for a slice of the documents at a time; the guard then finds them known.
        let pacer = Pacer::new(self.clock);
        gate.find_quotes(&request.messages, || pacer.pause()).await;
        let mut guarded = gate.guard(&request.messages, QuotedRuns::Pending);
        if gate.privacy().approve || !guarded.pending.is_empty() {
            let mut shown = request.clone();
            shown.messages = guarded.messages.clone();
            let stamp = Stamp { round, purpose: purpose.clone(), at_ms: self.clock.now_ms() };
            self.emit(Event::ReviewRequested { review: gate.review_request(&shown, &guarded, &stamp) });
            let decision = match self.reviewer {
                Some(reviewer) => self.cancel.race(reviewer.decide()).await.map_err(|_| Stop::Cancelled)?,
                None if gate.privacy().approve => Decision::Reject,
                None => Decision::Withhold,
            };
            let note = decision.kind().note();
            self.emit(Event::Reviewed { decision: decision.kind() });
            match decision {
                Decision::Approve => guarded = gate.guard(&request.messages, QuotedRuns::Send),
                Decision::Withhold => guarded = gate.guard(&request.messages, QuotedRuns::Withhold),
                Decision::Edit(text) => guarded.edit_newest(text),
                Decision::Reject => return Err(Stop::Cancelled),
            }
            if !note.is_empty() {
                guarded.note(Change { control: Control::Review, detail: note.into() });
            }
        }
        for change in self.pending_changes.borrow_mut().drain(..) {
            guarded.note(change);
        }
        gate.commit(&guarded);
        Ok(guarded)
    }

    /// Records a change for the next cloud request's audit entry.
    pub fn note(&self, change: Change) {
        self.pending_changes.borrow_mut().push(change);
    }

    /// The privacy shield: when it is on, the worker rewrites `report` (its
    /// own findings) without personal details before the cloud sees it, and
    /// the transcript shows both versions.
    pub async fn shield(&self, report: &str, round: u32) -> Result<String, Stop> {
        if !self.config.privacy.shield || self.gate.is_none() || report.trim().is_empty() {
            return Ok(report.to_string());
        }
        let system = shield_prompt::system(self.task);
        let report_tokens = estimate_tokens(report);
        let output_tokens = (report_tokens * 5 / 4 + 64).max(self.config.worker.num_predict as usize);
        let context =
            context_window(estimate_tokens(&system) + report_tokens, output_tokens as u32, &self.config.worker)
                .map_err(|shortfall| Stop::Failed(shortfall.into_error(ContextAdvice::ShieldOff)))?;
        let mut request = self.worker_request(vec![Message::system(system), Message::user(report)], None, context);
        request.max_output_tokens = Some(u32::try_from(output_tokens).unwrap_or(u32::MAX));
        let rewritten = match self.call_worker(&request, Purpose::Shield, round).await {
            Ok((_, reply)) => reply.text.trim().to_string(),
            Err(WorkerFailure::Cancelled) => return Err(Stop::Cancelled),
            Err(WorkerFailure::Model(error)) => return Err(Stop::Failed(RunError::Worker(error))),
        };
        if rewritten.is_empty() {
            return Err(Stop::Failed(RunError::MalformedReply {
                lane: Lane::Worker,
                attempts: 1,
                detail: "the privacy shield's rewrite was empty".into(),
            }));
        }
        self.emit(Event::Shielded { round, original: report.to_string(), rewritten: rewritten.clone() });
        self.pending_changes.borrow_mut().push(Change {
            control: Control::Shield,
            detail: format!(
                "The local model rewrote its report without personal details ({} → {} characters).",
                report.chars().count(),
                rewritten.chars().count()
            ),
        });
        Ok(rewritten)
    }

    /// Waits before the next attempt, or says why there is none: `Some(stop)`
    /// if cancelled, `None` if the error is final.
    async fn wait_before_retry(
        &self,
        error: &ModelError,
        retries: &mut u32,
        call: u32,
        lane: Lane,
    ) -> Result<(), Option<Stop>> {
        let Some(wait_ms) = retry_delay(error, *retries, call) else {
            return Err(None);
        };
        *retries += 1;
        self.emit(Event::Retrying { lane, after_ms: wait_ms, reason: error.clone() });
        match self.cancel.race(self.clock.sleep(wait_ms)).await {
            Ok(()) => Ok(()),
            Err(_) => Err(Some(Stop::Cancelled)),
        }
    }

    /// Emits the start of a call; returns its start time and prompt estimate.
    fn start_call(&self, call: u32, lane: Lane, purpose: &Purpose, round: u32, request: &ChatRequest) -> (f64, usize) {
        let estimate = request.messages.iter().map(|m| estimate_tokens(&m.content) + 4).sum::<usize>();
        let started = self.clock.now_ms();
        self.emit(Event::CallStarted {
            call,
            lane,
            purpose: purpose.clone(),
            round,
            prompt_bytes: request.messages.iter().map(|m| m.content.len()).sum(),
            estimated_prompt_tokens: estimate,
            context_tokens: request.context_tokens,
            at_ms: started,
        });
        (started, estimate)
    }

    /// Sends one request to the worker (`request.context_tokens` set by the
    /// caller), retrying transient failures after a wait; returns the call's
    /// number and the reply.
    pub async fn call_worker(
        &self,
        request: &ChatRequest,
        purpose: Purpose,
        round: u32,
    ) -> Result<(u32, ChatReply), WorkerFailure> {
        let mut retries = 0;
        let mut resends = 0;
        loop {
            let call = self.new_call();
            let (started, estimate) = self.start_call(call, Lane::Worker, &purpose, round, request);
            let on_delta = |text: &str| self.emit(Event::Delta { call, text: text.to_string() });
            let emit = |event: Event| self.emit(event);
            let stamp = WorkerStamp { call, round, purpose: purpose.clone(), at_ms: started };
            let route = WorkerRoute::new(&self.worker_audit, request, stamp, self.clock, self.pooled, &emit);
            let outcome = self.cancel.race(self.worker.chat_routed(request, &on_delta, &route)).await;
            route.finish(match &outcome {
                Ok(Ok(reply)) => Some(reply.text.as_str()),
                _ => None,
            });
            let error = match outcome {
                Err(_) => return Err(WorkerFailure::Cancelled),
                Ok(Ok(reply)) => {
                    self.finish_call(call, Lane::Worker, round, estimate, &reply, started);
                    if matches!(purpose, Purpose::Job { .. }) {
                        let elapsed = self.clock.now_ms() - started;
                        let concurrency = self.config.concurrency;
                        if let Some(ratio) = self.queue_watch.borrow_mut().record(elapsed, reply.server_ms, concurrency)
                        {
                            self.emit(Event::WorkerQueueing { concurrency, ratio });
                        }
                    }
                    return Ok((call, reply));
                }
                Ok(Err(error)) => error,
            };
            self.emit(Event::CallFailed { call, lane: Lane::Worker, error: error.clone() });
            match error {
                ModelError::Resend { change } if resends < MAX_RESENDS => {
                    resends += 1;
                    self.emit(Event::RequestReshaped { lane: Lane::Worker, change });
                }
                error => match self.wait_before_retry(&error, &mut retries, call, Lane::Worker).await {
                    Ok(()) => {}
                    Err(Some(_)) => return Err(WorkerFailure::Cancelled),
                    Err(None) => return Err(WorkerFailure::Model(error)),
                },
            }
        }
    }

    fn finish_call(&self, call: u32, lane: Lane, round: u32, estimate: usize, reply: &ChatReply, started: f64) {
        let elapsed_ms = (self.clock.now_ms() - started).max(0.0);
        let truncated = lane == Lane::Worker && looks_truncated(estimate, reply.usage.prompt_tokens);
        let cut_off = reply.finish == super::model::FinishReason::Length;
        self.ledger.borrow_mut().record(CallRecord::from_usage(
            call,
            lane,
            round,
            &reply.usage,
            &reply.text,
            CallMeasure { estimated_prompt: estimate, elapsed_ms, truncated },
        ));
        self.emit(Event::CallFinished { call, lane, usage: reply.usage, elapsed_ms, truncated, cut_off });
    }

    /// A worker request. A reply with a bounded schema gets the schema's
    /// bound as its output limit (the grammar closes it before that); free
    /// text gets the worker's `num_predict`.
    pub fn worker_request(
        &self,
        messages: Vec<Message>,
        schema: Option<ReplySchema>,
        context_tokens: u32,
    ) -> ChatRequest {
        ChatRequest {
            max_output_tokens: Some(worker_output_tokens(schema.as_ref(), &self.config.worker)),
            messages,
            schema,
            temperature: Some(self.config.worker.temperature),
            context_tokens: Some(context_tokens),
            reasoning_effort: None,
        }
    }
}

/// A model that is never called: the judge's session has no worker.
struct NoWorker;

impl ChatModel for NoWorker {
    fn endpoint(&self) -> super::model::ModelEndpoint {
        super::model::ModelEndpoint { host: "none".into(), model: "none".into() }
    }

    fn wire_body(&self, _: &ChatRequest) -> String {
        String::new()
    }

    fn chat<'a>(
        &'a self,
        _: &'a ChatRequest,
        _: super::model::DeltaSink<'a>,
    ) -> futures::future::LocalBoxFuture<'a, Result<ChatReply, ModelError>> {
        Box::pin(async { Err(ModelError::Unreachable { host: "none".into(), detail: "no worker in a judge".into() }) })
    }
}

/// How asking the judge ended.
#[derive(Debug, Clone, PartialEq)]
pub enum Judged {
    Verdict(super::replies::JudgeVerdict),
    Failed(RunError),
    Cancelled,
}

/// What the judge decided, with the cost and the audit of asking.
#[derive(Debug, Clone, PartialEq)]
pub struct JudgeReport {
    pub judged: Judged,
    pub ledger: Ledger,
    pub audit: Vec<AuditEntry>,
}

/// Asks the supervisor, through the egress gate like every cloud request,
/// whether `reply` answers `question` as `expected` does. No document is
/// involved: the gate sees only these three texts.
pub async fn judge(question: &str, expected: &str, reply: &str, mut inputs: RunInputs<'_>) -> JudgeReport {
    inputs.documents = &[];
    let no_worker = NoWorker;
    inputs.worker = &no_worker;
    let session = open_session(inputs, None);
    let judged = if session.gate.is_none() {
        Judged::Failed(RunError::Supervisor(no_cloud_model()))
    } else {
        match session
            .ask_supervisor(
                super::prompts::judge::messages(question, expected, reply),
                super::schemas::judge_verdict(),
                Purpose::Judge,
                0,
                super::replies::JudgeVerdict::parse,
            )
            .await
        {
            Ok((verdict, _)) => Judged::Verdict(verdict),
            Err(Stop::Failed(error)) => Judged::Failed(error),
            Err(Stop::Cancelled) => Judged::Cancelled,
        }
    };
    JudgeReport {
        judged,
        ledger: session.ledger.into_inner(),
        audit: session.gate.map(|g| g.audit()).unwrap_or_default(),
    }
}

/// The output limit of a worker reply that follows `schema` (free text
/// when `None`).
pub(crate) fn worker_output_tokens(schema: Option<&ReplySchema>, settings: &super::config::WorkerSettings) -> u32 {
    schema.and_then(|s| super::schemas::output_token_bound(&s.schema)).unwrap_or(settings.num_predict)
}

/// Most times in a row an adapter may reshape one request.
const MAX_RESENDS: u32 = 3;

fn no_cloud_model() -> ModelError {
    ModelError::Unreachable { host: "the cloud".into(), detail: "no cloud model is configured".into() }
}
