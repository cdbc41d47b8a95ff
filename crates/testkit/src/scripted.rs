//! Test support: scripted models and a harness that runs the engine on the
//! host and turns its events into one line each.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll};

use futures::future::LocalBoxFuture;
use minions_engine::cancel::Cancel;
use minions_engine::clock::ManualClock;
use minions_engine::config::RunConfig;
use minions_engine::conversation::Conversation;
use minions_engine::documents::Document;
use minions_engine::events::{Event, Lane, Purpose};
use minions_engine::model::{
    ChatModel, ChatReply, ChatRequest, DeltaSink, FinishReason, ModelEndpoint, ModelError, Role, Usage,
};
use minions_engine::privacy::review::{Decision, Reviewer};
use minions_engine::run::{converse, run, RunInputs, RunReport};

type Responder = Box<dyn Fn(&ChatRequest, usize) -> Result<ChatReply, ModelError>>;

/// A model whose replies come from a script: a fixed queue or a function of
/// the request. It records every request, can take a number of scheduler
/// turns per call (so calls overlap and finish out of order), and counts the
/// calls in flight.
pub struct ScriptedModel {
    host: String,
    name: String,
    queue: RefCell<VecDeque<Result<ChatReply, ModelError>>>,
    responder: Option<Responder>,
    /// Scheduler turns a call takes, by call number.
    turns: Box<dyn Fn(usize) -> usize>,
    pub requests: Rc<RefCell<Vec<ChatRequest>>>,
    in_flight: Rc<Cell<usize>>,
    pub max_in_flight: Rc<Cell<usize>>,
    /// Cancels this token when the given call number starts.
    cancel_at: Option<(usize, Cancel)>,
}

impl ScriptedModel {
    fn new(host: &str, name: &str) -> Self {
        Self {
            host: host.into(),
            name: name.into(),
            queue: RefCell::new(VecDeque::new()),
            responder: None,
            turns: Box::new(|_| 0),
            requests: Rc::default(),
            in_flight: Rc::default(),
            max_in_flight: Rc::default(),
            cancel_at: None,
        }
    }

    /// A model that replies with `replies` in order, then fails.
    pub fn replies(host: &str, replies: &[&str]) -> Self {
        let model = Self::new(host, "scripted-supervisor");
        model.queue.borrow_mut().extend(replies.iter().map(|r| Ok(reply(r))));
        model
    }

    /// A model that replies with the outcomes given, in order.
    pub fn outcomes(host: &str, outcomes: Vec<Result<ChatReply, ModelError>>) -> Self {
        let model = Self::new(host, "scripted-supervisor");
        model.queue.borrow_mut().extend(outcomes);
        model
    }

    /// A model whose reply is a function of the request and the call number.
    pub fn responding(
        host: &str,
        responder: impl Fn(&ChatRequest, usize) -> Result<ChatReply, ModelError> + 'static,
    ) -> Self {
        let mut model = Self::new(host, "scripted-worker");
        model.responder = Some(Box::new(responder));
        model
    }

    pub fn with_turns(mut self, turns: impl Fn(usize) -> usize + 'static) -> Self {
        self.turns = Box::new(turns);
        self
    }

    pub fn cancelling_at(mut self, call: usize, cancel: Cancel) -> Self {
        self.cancel_at = Some((call, cancel));
        self
    }

    pub fn recorder(&self) -> Rc<RefCell<Vec<ChatRequest>>> {
        self.requests.clone()
    }
}

pub fn reply(text: &str) -> ChatReply {
    ChatReply {
        text: text.to_string(),
        finish: FinishReason::Stop,
        usage: Usage { prompt_tokens: Some(100), completion_tokens: Some(10), cached_tokens: None },
        server_ms: None,
    }
}

/// A future that returns `Pending` `turns` times before finishing.
struct Turns(usize);

impl Future for Turns {
    type Output = ();
    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if self.0 == 0 {
            Poll::Ready(())
        } else {
            self.0 -= 1;
            cx.waker().wake_by_ref();
            Poll::Pending
        }
    }
}

/// Decrements the in-flight count even when the call is dropped (cancelled).
struct InFlight(Rc<Cell<usize>>);

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.set(self.0.get() - 1);
    }
}

impl ChatModel for ScriptedModel {
    fn endpoint(&self) -> ModelEndpoint {
        ModelEndpoint { host: self.host.clone(), model: self.name.clone() }
    }

    fn chat<'a>(
        &'a self,
        request: &'a ChatRequest,
        on_delta: DeltaSink<'a>,
    ) -> LocalBoxFuture<'a, Result<ChatReply, ModelError>> {
        Box::pin(async move {
            let number = self.requests.borrow().len();
            self.requests.borrow_mut().push(request.clone());
            self.in_flight.set(self.in_flight.get() + 1);
            let _guard = InFlight(self.in_flight.clone());
            self.max_in_flight.set(self.max_in_flight.get().max(self.in_flight.get()));
            if let Some((at, cancel)) = &self.cancel_at {
                if *at == number {
                    cancel.cancel();
                }
            }
            Turns((self.turns)(number)).await;
            let outcome = match &self.responder {
                Some(respond) => respond(request, number),
                None => self.queue.borrow_mut().pop_front().unwrap_or(Err(ModelError::Server {
                    status: 500,
                    message: "the script has no more replies".into(),
                })),
            };
            if let Ok(reply) = &outcome {
                on_delta(&reply.text);
            }
            outcome
        })
    }
}

/// The text of the last user message of a request.
pub fn last_user(request: &ChatRequest) -> &str {
    request.messages.iter().rev().find(|m| m.role == Role::User).map(|m| m.content.as_str()).unwrap_or("")
}

/// A job's excerpt and instruction: its last user message that holds an
/// excerpt (the worked examples come before it, retries after it).
pub fn excerpt(request: &ChatRequest) -> &str {
    request
        .messages
        .iter()
        .rev()
        .find(|m| m.role == Role::User && m.content.starts_with("Excerpt from"))
        .map(|m| m.content.as_str())
        .unwrap_or("")
}

/// All the text of a request's messages.
pub fn all_text(request: &ChatRequest) -> String {
    request.messages.iter().map(|m| m.content.as_str()).collect::<Vec<_>>().join("\n")
}

/// One run's report and its events.
pub struct Ran {
    pub report: RunReport,
    pub events: Vec<Event>,
}

impl Ran {
    /// One line per event that shows the message flow.
    pub fn transcript(&self) -> Vec<String> {
        self.events.iter().filter_map(line).collect()
    }
}

fn line(event: &Event) -> Option<String> {
    Some(match event {
        Event::RunStarted { protocol, documents, .. } => format!("run {protocol} over {documents} documents"),
        Event::RoundStarted { round, of } => format!("round {round}/{of}"),
        Event::CallStarted { lane, purpose, .. } => {
            format!("→ {} {}", lane_name(*lane), purpose_label(purpose))
        }
        Event::CallFailed { lane, error, .. } => format!("✗ {} {error}", lane_name(*lane)),
        Event::ReplyRejected { lane, job, problem, retrying, .. } => {
            let job = job.map_or(String::new(), |number| format!("job {number}: "));
            let retrying = if *retrying { ", retrying" } else { "" };
            format!("✗ {} reply rejected ({job}{problem}){retrying}", lane_name(*lane))
        }
        Event::ParameterDropped { parameter, .. } => format!("dropped `{parameter}`"),
        Event::RequestReshaped { lane, change } => format!("{} reshaped: {change}", lane_name(*lane)),
        Event::WorkerQueueing { concurrency, ratio } => {
            format!("worker queueing: {concurrency} sent, ratio {ratio:.1}")
        }
        Event::Retrying { lane, after_ms, reason } => {
            format!("retry {} in {after_ms:.0} ms ({reason})", lane_name(*lane))
        }
        Event::SupervisorMessage { text, .. } => format!("supervisor: {text}"),
        Event::SupervisorReasoning { text, .. } => format!("supervisor reasons: {text}"),
        Event::WorkerMessage { text, .. } => format!("worker: {text}"),
        Event::PlanAccepted { plan, .. } => {
            let top_k = plan.top_k.map_or("null".to_string(), |k| k.to_string());
            format!("plan: {} tasks, top_k {top_k}", plan.tasks.len())
        }
        Event::PlanAdjusted { changes, .. } => {
            let changes: Vec<String> = changes.iter().map(ToString::to_string).collect();
            format!("adjusted: {}", changes.join(" | "))
        }
        Event::JobsQueued { jobs, .. } => format!("← {} jobs", jobs.len()),
        Event::JobSplit { job, .. } => format!("job {job} split"),
        Event::JobFailed { job, error } => format!("job {job} failed: {error}"),
        Event::JobFinished { job, state, .. } => format!("job {job} {}", format!("{state:?}").to_lowercase()),
        Event::Aggregated { answered, abstained, failed, .. } => {
            format!("aggregate: {answered} answered, {abstained} abstained, {failed} failed")
        }
        Event::Decision { decision, .. } => format!("decision {decision}"),
        Event::FinalAnswer { text } => format!("answer: {text}"),
        Event::Failed { error } => format!("failed: {error}"),
        Event::Cancelled => "cancelled".into(),
        Event::Shielded { rewritten, .. } => format!("shield: {rewritten}"),
        Event::ReviewRequested { review } => format!("review requested ({} quoted runs)", review.verbatim.len()),
        Event::Reviewed { decision } => format!("reviewed: {decision}"),
        Event::SentToWorker { entry } => format!("left the device for the worker at {}", entry.host),
        Event::WorkerRouted { call, host } => format!("call {call} → {host}"),
        Event::WorkerDropped { host, error } => format!("pool dropped {host}: {error}"),
        Event::HistorySummarised { turns, .. } => format!("history: {turns} turns summarised"),
        Event::HistoryDropped { turns, reason } => format!("history: {turns} turns dropped ({reason})"),
        Event::FindingsInvalidated { dropped, reason } => format!("findings: {dropped} dropped ({reason})"),
        Event::JobReused { job } => format!("job {job} reused"),
        Event::WorkerChatContinued { messages } => format!("worker chat continued ({messages} messages)"),
        Event::WorkerChatRestarted { reason } => format!("worker chat restarted ({reason})"),
        Event::Delta { .. } | Event::CallFinished { .. } | Event::JobStarted { .. } | Event::SentToCloud { .. } => {
            return None
        }
    })
}

/// A lane as the transcripts write it: "supervisor" or "worker".
fn lane_name(lane: Lane) -> &'static str {
    match lane {
        Lane::Supervisor => "supervisor",
        Lane::Worker => "worker",
    }
}

fn purpose_label(purpose: &Purpose) -> String {
    match purpose {
        Purpose::Job { job } => format!("job {job}"),
        other => format!("{other:?}").to_lowercase(),
    }
}

/// Runs the engine to completion on the host, with a bound on executor
/// polls so that a stuck run fails instead of hanging.
pub fn run_engine(
    task: &str,
    documents: &[Document],
    config: &RunConfig,
    worker: &dyn ChatModel,
    supervisor: Option<Box<dyn ChatModel>>,
    cancel: Cancel,
) -> Ran {
    run_engine_reviewed(task, documents, config, worker, supervisor, cancel, None)
}

/// Decisions given in order, as a user clicking would (then Approve).
pub struct ScriptedReviewer(pub RefCell<VecDeque<Decision>>);

impl ScriptedReviewer {
    pub fn new(decisions: impl IntoIterator<Item = Decision>) -> Self {
        Self(RefCell::new(decisions.into_iter().collect()))
    }
}

impl Reviewer for ScriptedReviewer {
    fn decide(&self) -> futures::future::LocalBoxFuture<'_, Decision> {
        let decision = self.0.borrow_mut().pop_front().unwrap_or(Decision::Approve);
        Box::pin(async move { decision })
    }
}

/// [`run_engine`] with a reviewer for held requests.
pub fn run_engine_reviewed(
    task: &str,
    documents: &[Document],
    config: &RunConfig,
    worker: &dyn ChatModel,
    supervisor: Option<Box<dyn ChatModel>>,
    cancel: Cancel,
    reviewer: Option<&dyn Reviewer>,
) -> Ran {
    let events = RefCell::new(Vec::new());
    let clock = ManualClock::new();
    let sink = |event: Event| {
        clock.advance(1.0);
        events.borrow_mut().push(event);
    };
    let inputs =
        RunInputs { task, documents, config, worker, supervisor, clock: &clock, cancel, events: &sink, reviewer };
    let report = bounded_block_on(run(inputs), 1_000_000);
    Ran { report, events: events.into_inner() }
}

/// One turn of `conversation` run to completion on the host; returns the
/// turn's run and the conversation after it.
pub fn converse_engine(
    task: &str,
    documents: &[Document],
    config: &RunConfig,
    worker: &dyn ChatModel,
    supervisor: Box<dyn ChatModel>,
    conversation: &Conversation,
) -> (Ran, Conversation) {
    let events = RefCell::new(Vec::new());
    let clock = ManualClock::new();
    let sink = |event: Event| {
        clock.advance(1.0);
        events.borrow_mut().push(event);
    };
    let inputs = RunInputs {
        task,
        documents,
        config,
        worker,
        supervisor: Some(supervisor),
        clock: &clock,
        cancel: Cancel::new(),
        events: &sink,
        reviewer: None,
    };
    let turn = bounded_block_on(converse(inputs, conversation), 1_000_000);
    (Ran { report: turn.report, events: events.into_inner() }, turn.conversation)
}

/// Polls `future` on this thread at most `max_polls` times.
pub fn bounded_block_on<T>(future: impl Future<Output = T>, max_polls: usize) -> T {
    let waker = futures::task::noop_waker();
    let mut cx = Context::from_waker(&waker);
    let mut future = std::pin::pin!(future);
    for _ in 0..max_polls {
        if let Poll::Ready(value) = future.as_mut().poll(&mut cx) {
            return value;
        }
    }
    panic!("the run did not finish within {max_polls} polls");
}
