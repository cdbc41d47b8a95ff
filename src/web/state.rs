//! The page's view of a run: [`RunView`], folded from engine events by
//! [`RunView::apply`]. Pure, so every state the page can show is tested on
//! the host.

use std::sync::atomic::{AtomicU64, Ordering};

use serde::{Deserialize, Serialize};

use minions_engine::chunking::{ChunkUnit, PageRange};
use minions_engine::config::Protocol;
use minions_engine::egress::AuditEntry;
use minions_engine::events::{Event, JobState, Lane, Purpose, RoundDecision};
use minions_engine::privacy::review::{ReviewKind, ReviewRequest};

use crate::tr;
use crate::web::error_text::{
    chat_restart, findings_drop, history_drop, job_failure, model_error, plan_change, reply_problem, request_param,
    reshape, run_error, side,
};
use crate::web::i18n::Arg;

/// The words of the `run-status` hook.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum RunStatus {
    #[default]
    Idle,
    Running,
    Done,
    Failed,
    Cancelled,
}

impl RunStatus {
    pub fn label(self) -> &'static str {
        match self {
            Self::Idle => "idle",
            Self::Running => "running",
            Self::Done => "done",
            Self::Failed => "failed",
            Self::Cancelled => "cancelled",
        }
    }
}

/// One message in the transcript's supervisor or worker lane.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LaneMessage {
    pub id: usize,
    pub lane: Lane,
    pub round: u32,
    pub text: String,
    /// The privacy shield's input, when `text` is its rewrite.
    #[serde(default)]
    pub shielded_from: Option<String>,
    /// The supervisor's reasoning before a decision, not a message.
    #[serde(default)]
    pub reasoning: bool,
}

/// A reply streaming in (not MinionS jobs: they show in the grid).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LiveCall {
    pub call: u32,
    pub lane: Lane,
    pub label: String,
    pub text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JobView {
    pub job: usize,
    pub round: u32,
    pub task_id: String,
    pub document: String,
    pub pages: PageRange,
    pub state: JobState,
    pub started_ms: Option<f64>,
    pub elapsed_ms: Option<f64>,
    pub error: Option<String>,
}

/// One member of a pool of workers, as the run panel shows it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct EndpointView {
    pub host: String,
    /// Calls it answered.
    pub calls: usize,
    pub completion_tokens: u64,
    /// Time its calls took, summed.
    pub call_ms: f64,
    /// Calls that failed there.
    pub failures: usize,
    /// Why it was taken out of the pool, if it was.
    pub dropped: Option<String>,
}

impl EndpointView {
    /// Tokens generated per second of call time.
    pub fn tokens_per_s(&self) -> Option<f64> {
        (self.call_ms > 0.0).then(|| self.completion_tokens as f64 / (self.call_ms / 1000.0))
    }
}

/// Everything the page shows of the current run.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct RunView {
    pub status: RunStatus,
    /// None until the run starts (a run refused before it starts has none).
    #[serde(default, with = "protocol_or_none")]
    pub protocol: Option<Protocol>,
    pub round: u32,
    pub rounds: u32,
    pub messages: Vec<LaneMessage>,
    pub live: Vec<LiveCall>,
    pub plan_changes: Vec<String>,
    pub jobs: Vec<JobView>,
    pub answer: Option<String>,
    pub error: Option<String>,
    pub notices: Vec<String>,
    pub audit: Vec<AuditEntry>,
    /// Worker jobs are waiting at the server: (concurrency, ratio).
    pub queueing: Option<(usize, f64)>,
    pub cloud_prompt_tokens: u64,
    pub cloud_completion_tokens: u64,
    pub local_prompt_tokens: u64,
    pub local_completion_tokens: u64,
    /// Local prompt tokens the server took from its cache (as it reports).
    #[serde(default)]
    pub local_cached_tokens: u64,
    pub started_ms: Option<f64>,
    pub last_call_ms: f64,
    /// Time the local model spent on calls, summed.
    pub local_call_ms: f64,
    /// A cloud request waiting for the user's decision.
    #[serde(default)]
    pub pending_review: Option<ReviewRequest>,
    /// The pool's members, when the worker is a pool.
    #[serde(default)]
    pub endpoints: Vec<EndpointView>,
    /// Which member each routed call went to (call, index in `endpoints`).
    #[serde(skip)]
    pub routes: std::collections::HashMap<u32, usize>,
    /// Which showing of a run this is, new for every run started or
    /// reopened: the page's keyed lists start afresh when it changes rather
    /// than keep rows of another run that happen to share their keys.
    #[serde(skip)]
    pub showing: u64,
    /// Earlier questions of the conversation this run built on.
    #[serde(default)]
    pub earlier_turns: usize,
    /// Minion: earlier messages of the worker's chat it continued.
    #[serde(default)]
    pub worker_chat_continued: Option<usize>,
}

static NEXT_SHOWING: AtomicU64 = AtomicU64::new(1);

fn next_showing() -> u64 {
    NEXT_SHOWING.fetch_add(1, Ordering::Relaxed)
}

impl RunView {
    pub fn running() -> Self {
        Self { status: RunStatus::Running, showing: next_showing(), ..Self::default() }
    }

    /// This run shown again (reopened from the history).
    pub fn reshown(&self) -> Self {
        Self { showing: next_showing(), ..self.clone() }
    }

    fn say(&mut self, lane: Lane, round: u32, text: String) {
        let id = self.messages.len();
        self.messages.push(LaneMessage { id, lane, round, text, shielded_from: None, reasoning: false });
    }

    /// Seconds from the first call to the latest one started.
    pub fn elapsed_s(&self) -> f64 {
        self.started_ms.map_or(0.0, |start| (self.last_call_ms - start).max(0.0) / 1000.0)
    }

    /// Local tokens generated per second of local call time.
    pub fn local_tokens_per_s(&self) -> Option<f64> {
        (self.local_call_ms > 0.0).then(|| self.local_completion_tokens as f64 / (self.local_call_ms / 1000.0))
    }

    /// Jobs finished (answered, abstained or failed) and in all.
    pub fn progress(&self) -> (usize, usize) {
        let done = self
            .jobs
            .iter()
            .filter(|j| {
                matches!(j.state, JobState::Answered | JobState::Abstained | JobState::Failed | JobState::Reused)
            })
            .count();
        (done, self.jobs.len())
    }

    /// The pool member `call` went to.
    fn endpoint_of(&mut self, call: u32) -> Option<&mut EndpointView> {
        let index = *self.routes.get(&call)?;
        self.endpoints.get_mut(index)
    }

    fn routed(&mut self, call: u32, host: &str) {
        let index = match self.endpoints.iter().position(|e| e.host == host) {
            Some(index) => index,
            None => {
                self.endpoints.push(EndpointView { host: host.to_string(), ..EndpointView::default() });
                self.endpoints.len() - 1
            }
        };
        self.routes.insert(call, index);
    }

    /// The run failed: `error` says why, in the reader's language (a run
    /// error put into words, or the page's own refusal before the run).
    pub fn fail(&mut self, error: String) {
        self.pending_review = None;
        self.status = RunStatus::Failed;
        self.error = Some(error);
        self.live.clear();
    }

    /// Folds one engine event into the view. Its words are written in the
    /// page's language as the event arrives (so a saved run keeps them).
    pub fn apply(&mut self, event: &Event) {
        match event {
            Event::WorkerRouted { call, host } => self.routed(*call, host),
            Event::WorkerDropped { host, error } => {
                let error = model_error(error);
                if let Some(endpoint) = self.endpoints.iter_mut().find(|e| &e.host == host) {
                    endpoint.dropped = Some(error.clone());
                    endpoint.failures += 1;
                }
                self.notices.push(tr!("errors-note-worker-dropped", host = host, error = error));
            }
            Event::SentToWorker { entry } => self.audit.push(entry.clone()),
            Event::RunStarted { protocol, earlier_turns, .. } => {
                self.status = RunStatus::Running;
                self.protocol = Some(*protocol);
                self.earlier_turns = *earlier_turns;
            }
            Event::HistorySummarised { turns, tokens_before, tokens_after } => {
                let (count, before, after) = (*turns, *tokens_before, *tokens_after);
                let notice = tr!("errors-note-history-summarised", count = count, before = before, after = after);
                self.notices.push(notice);
            }
            Event::HistoryDropped { turns, reason } => {
                self.notices.push(tr!("errors-note-history-dropped", count = *turns, reason = history_drop(reason)))
            }
            Event::FindingsInvalidated { dropped, reason } => {
                let reason = findings_drop(*reason);
                self.notices.push(tr!("errors-note-findings-invalidated", count = *dropped, reason = reason))
            }
            Event::JobReused { job } => {
                if let Some(view) = self.jobs.iter_mut().find(|j| j.job == *job) {
                    view.state = JobState::Reused;
                }
            }
            Event::WorkerChatContinued { messages } => self.worker_chat_continued = Some(*messages),
            Event::WorkerChatRestarted { reason } => {
                self.notices.push(tr!("errors-note-worker-chat-restarted", reason = chat_restart(*reason)))
            }
            Event::RoundStarted { round, of } => {
                self.round = *round;
                self.rounds = *of;
            }
            Event::CallStarted { call, lane, purpose, round, at_ms, .. } => {
                self.started_ms.get_or_insert(*at_ms);
                self.last_call_ms = *at_ms;
                if !matches!(purpose, Purpose::Job { .. }) {
                    let label = match purpose {
                        Purpose::Open => tr!("errors-call-open"),
                        Purpose::Answer | Purpose::LocalAnswer => tr!("errors-call-answer"),
                        Purpose::Decide => tr!("errors-call-decide"),
                        Purpose::Plan => tr!("errors-call-plan"),
                        Purpose::Synthesize => tr!("errors-call-synthesize"),
                        Purpose::LocalSynthesize => tr!("errors-call-local-synthesize"),
                        Purpose::Shield => tr!("errors-call-shield"),
                        Purpose::Judge => tr!("errors-call-judge"),
                        Purpose::CloudAnswer => tr!("errors-call-cloud-answer"),
                        Purpose::Summarize => tr!("errors-call-summarize"),
                        Purpose::Job { .. } => String::new(),
                    };
                    self.live.push(LiveCall {
                        call: *call,
                        lane: *lane,
                        label: tr!("errors-call-label", round = *round, label = label),
                        text: String::new(),
                    });
                }
            }
            Event::Delta { call, text } => {
                if let Some(live) = self.live.iter_mut().find(|l| l.call == *call) {
                    live.text.push_str(text);
                }
            }
            Event::CallFinished { call, lane, usage, elapsed_ms, .. } => {
                self.live.retain(|l| l.call != *call);
                if *lane == Lane::Worker {
                    self.local_call_ms += elapsed_ms;
                    if let Some(endpoint) = self.endpoint_of(*call) {
                        endpoint.calls += 1;
                        endpoint.completion_tokens += u64::from(usage.completion_tokens.unwrap_or(0));
                        endpoint.call_ms += elapsed_ms;
                    }
                }
                let (prompt, completion) =
                    (u64::from(usage.prompt_tokens.unwrap_or(0)), u64::from(usage.completion_tokens.unwrap_or(0)));
                match lane {
                    Lane::Supervisor => {
                        self.cloud_prompt_tokens += prompt;
                        self.cloud_completion_tokens += completion;
                    }
                    Lane::Worker => {
                        self.local_prompt_tokens += prompt;
                        self.local_completion_tokens += completion;
                        self.local_cached_tokens += u64::from(usage.cached_tokens.unwrap_or(0));
                    }
                }
            }
            Event::CallFailed { call, lane, .. } => {
                self.live.retain(|l| l.call != *call);
                if *lane == Lane::Worker {
                    if let Some(endpoint) = self.endpoint_of(*call) {
                        endpoint.failures += 1;
                    }
                }
            }
            Event::SentToCloud { entry } => self.audit.push(entry.clone()),
            Event::ReplyRejected { lane, job, problem, retrying: true, .. } => {
                let problem = reply_problem(problem);
                self.notices.push(match job {
                    Some(job) => tr!("errors-note-job-reply-rejected", job = job.to_string(), problem = problem),
                    None => tr!("errors-note-reply-rejected", side = side(*lane), problem = problem),
                });
            }
            Event::ReplyRejected { .. } => {}
            Event::Retrying { lane, after_ms, reason } => {
                let (reason, seconds) = (model_error(reason), Arg::fixed(after_ms / 1000.0, 0));
                let notice = tr!("errors-note-retrying", side = side(*lane), reason = reason, seconds = seconds);
                self.notices.push(notice);
            }
            Event::ParameterDropped { lane, parameter } => {
                let parameter = request_param(*parameter);
                let notice = tr!("errors-note-parameter-dropped", side = side(*lane), parameter = parameter);
                self.notices.push(notice);
            }
            Event::RequestReshaped { lane, change } => {
                self.notices.push(tr!("errors-note-request-reshaped", side = side(*lane), change = reshape(*change)));
            }
            Event::WorkerQueueing { concurrency, ratio } => self.queueing = Some((*concurrency, *ratio)),
            Event::SupervisorMessage { round, text } => self.say(Lane::Supervisor, *round, text.clone()),
            Event::WorkerMessage { round, text } => self.say(Lane::Worker, *round, text.clone()),
            Event::SupervisorReasoning { round, text, .. } => {
                self.say(Lane::Supervisor, *round, text.clone());
                if let Some(message) = self.messages.last_mut() {
                    message.reasoning = true;
                }
            }
            Event::PlanAccepted { round, plan } => {
                let tasks: Vec<&str> = plan.tasks.iter().map(|t| t.instruction.as_str()).collect();
                let selection = match plan.top_k {
                    Some(k) => tr!("errors-plan-top-k", count = k),
                    None => tr!("errors-plan-every-chunk"),
                };
                let unit = match plan.chunking.unit {
                    ChunkUnit::Chars => tr!("errors-plan-unit-chars"),
                    ChunkUnit::Pages => tr!("errors-plan-unit-pages"),
                    ChunkUnit::Paragraphs => tr!("errors-plan-unit-paragraphs"),
                };
                let (tasks, size) = (tasks.join("; "), plan.chunking.size);
                let text = tr!("errors-plan", tasks = tasks, size = size, unit = unit, selection = selection);
                self.say(Lane::Supervisor, *round, text);
            }
            Event::PlanAdjusted { changes, .. } => self.plan_changes.extend(changes.iter().map(plan_change)),
            Event::JobsQueued { round, jobs } => {
                self.jobs.extend(jobs.iter().map(|card| JobView {
                    job: card.job,
                    round: *round,
                    task_id: card.task_id.clone(),
                    document: card.document.clone(),
                    pages: card.pages,
                    state: JobState::Pending,
                    started_ms: None,
                    elapsed_ms: None,
                    error: None,
                }));
            }
            Event::JobStarted { job, at_ms, .. } => {
                if let Some(view) = self.jobs.iter_mut().find(|j| j.job == *job) {
                    view.state = JobState::Running;
                    view.started_ms = Some(*at_ms);
                }
            }
            Event::JobSplit { job, reason } => {
                self.notices.push(tr!("errors-note-job-split", job = job.to_string(), reason = job_failure(reason)));
            }
            Event::JobFailed { job, error } => {
                if let Some(view) = self.jobs.iter_mut().find(|j| j.job == *job) {
                    view.error = Some(job_failure(error));
                }
            }
            Event::JobFinished { job, state, elapsed_ms } => {
                if let Some(view) = self.jobs.iter_mut().find(|j| j.job == *job) {
                    view.state = *state;
                    view.elapsed_ms = Some(*elapsed_ms);
                }
            }
            Event::Aggregated { round, answered: a, abstained: n, failed: f } => {
                let text = tr!("errors-aggregated", total = a + n + f, answered = *a, abstained = *n, failed = *f);
                self.say(Lane::Worker, *round, text);
            }
            Event::Decision { round, decision } => {
                if *decision == RoundDecision::Final {
                    self.say(Lane::Supervisor, *round, tr!("errors-decision-final"));
                }
            }
            Event::FinalAnswer { text } => {
                self.status = RunStatus::Done;
                self.answer = Some(text.clone());
                self.live.clear();
            }
            Event::Failed { error } => self.fail(run_error(error)),
            Event::Shielded { round, original, rewritten } => {
                self.say(Lane::Worker, *round, rewritten.clone());
                if let Some(message) = self.messages.last_mut() {
                    message.shielded_from = Some(original.clone());
                }
            }
            Event::ReviewRequested { review } => self.pending_review = Some(review.clone()),
            Event::Reviewed { decision } => {
                self.pending_review = None;
                if *decision == ReviewKind::Reject {
                    self.notices.push(tr!("errors-note-review-rejected"));
                }
            }
            Event::Cancelled => {
                self.pending_review = None;
                self.status = RunStatus::Cancelled;
                self.live.clear();
                for job in self.jobs.iter_mut().filter(|j| matches!(j.state, JobState::Running)) {
                    job.state = JobState::Pending;
                }
            }
        }
    }
}

/// A run view's protocol as saved: its name, or "" before the run started.
/// A name this page no longer knows reads as none, so an old saved run
/// still opens.
mod protocol_or_none {
    use minions_engine::config::Protocol;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(protocol: &Option<Protocol>, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(protocol.map_or("", Protocol::value))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Protocol>, D::Error> {
        Ok(Protocol::from_value(&String::deserialize(deserializer)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use minions_engine::error::{JobFailure, RunError};
    use minions_engine::events::JobCard;
    use minions_engine::model::{ModelError, Usage};
    use minions_engine::parse::ParseError;

    #[test]
    fn every_run_shown_gets_its_own_showing_which_is_not_saved() {
        let first = RunView::running();
        let second = RunView::running();
        let again = first.reshown();
        assert!(first.showing != second.showing && again.showing != first.showing && again.showing != second.showing);
        assert_eq!(RunView { showing: first.showing, ..again.clone() }, first, "only the showing changes");
        let saved: RunView = serde_json::from_str(&serde_json::to_string(&first).expect("json")).expect("reads");
        assert_eq!(saved.showing, 0);
    }

    fn fold(events: &[Event]) -> RunView {
        let mut view = RunView::running();
        events.iter().for_each(|e| view.apply(e));
        view
    }

    #[test]
    fn a_saved_view_reads_back_its_protocol_or_none_before_the_run_started() {
        let started = fold(&[Event::RunStarted {
            protocol: Protocol::Minions,
            documents: 1,
            estimated_document_tokens: 10,
            earlier_turns: 0,
        }]);
        let json = serde_json::to_string(&started).expect("json");
        assert!(json.contains(r#""protocol":"minions""#), "{json}");
        assert_eq!(serde_json::from_str::<RunView>(&json).expect("reads").protocol, Some(Protocol::Minions));
        // A run refused before it started was saved with "", and older pages saved no field at all.
        let refused = json.replace(r#""protocol":"minions""#, r#""protocol":"""#);
        assert_eq!(serde_json::from_str::<RunView>(&refused).expect("reads").protocol, None);
        let older = json.replace(r#""protocol":"minions","#, "");
        assert_eq!(serde_json::from_str::<RunView>(&older).expect("reads").protocol, None);
    }

    #[test]
    fn a_dropped_setting_and_a_reshaped_request_each_say_what_the_server_refused() {
        use minions_engine::model::{RequestParam, Reshape, SchemaDelivery};
        let view = fold(&[
            Event::ParameterDropped { lane: Lane::Supervisor, parameter: RequestParam::Temperature },
            Event::RequestReshaped {
                lane: Lane::Worker,
                change: Reshape::ReplySchema { now: SchemaDelivery::JsonOnly },
            },
        ]);
        assert_eq!(
            view.notices,
            [
                "The cloud server refused the `temperature` setting; it was left out and the request sent again.",
                "The local server refused how the request was sent; the reply schema now goes in the prompt, with the server asked for JSON, and the request was sent again."
            ]
        );
    }

    #[test]
    fn a_minion_run_fills_both_lanes_and_ends_done() {
        let view = fold(&[
            Event::RunStarted {
                protocol: Protocol::Minion,
                documents: 1,
                estimated_document_tokens: 10,
                earlier_turns: 0,
            },
            Event::RoundStarted { round: 1, of: 3 },
            Event::SupervisorMessage { round: 1, text: "What is the rent?".into() },
            Event::CallStarted {
                call: 1,
                lane: Lane::Worker,
                purpose: Purpose::Answer,
                round: 1,
                prompt_bytes: 10,
                estimated_prompt_tokens: 5,
                context_tokens: Some(2048),
                at_ms: 5.0,
            },
            Event::Delta { call: 1, text: "1,850".into() },
            Event::CallFinished {
                call: 1,
                lane: Lane::Worker,
                usage: Usage { prompt_tokens: Some(40), completion_tokens: Some(4), cached_tokens: None },
                elapsed_ms: 3.0,
                truncated: false,
                cut_off: false,
            },
            Event::WorkerMessage { round: 1, text: "1,850 EUR".into() },
            Event::FinalAnswer { text: "1,850 EUR a month".into() },
        ]);
        assert_eq!(view.status, RunStatus::Done);
        assert_eq!(view.messages.iter().map(|m| m.lane).collect::<Vec<_>>(), [Lane::Supervisor, Lane::Worker]);
        assert_eq!((view.local_prompt_tokens, view.local_completion_tokens), (40, 4));
        assert_eq!(view.local_tokens_per_s(), Some(4.0 / 0.003));
        assert!(view.live.is_empty());
        assert_eq!(view.answer.as_deref(), Some("1,850 EUR a month"));
    }

    #[test]
    fn streaming_text_shows_until_the_call_ends() {
        let mut view = RunView::running();
        view.apply(&Event::CallStarted {
            call: 7,
            lane: Lane::Supervisor,
            purpose: Purpose::Plan,
            round: 1,
            prompt_bytes: 1,
            estimated_prompt_tokens: 1,
            context_tokens: None,
            at_ms: 0.0,
        });
        view.apply(&Event::Delta { call: 7, text: "{\"tas".into() });
        view.apply(&Event::Delta { call: 7, text: "ks\"".into() });
        assert_eq!(view.live[0].text, "{\"tasks\"");
        assert_eq!(view.live[0].label, "round 1: planning");
        view.apply(&Event::CallFailed { call: 7, lane: Lane::Supervisor, error: ModelError::NotLoaded });
        assert!(view.live.is_empty());
    }

    #[test]
    fn jobs_move_through_their_states_and_progress_counts() {
        let card = |job| JobCard {
            job,
            task_id: "t".into(),
            chunk: job,
            document: "a.pdf".into(),
            pages: PageRange { first: 1, last: 1 },
        };
        let mut view = fold(&[
            Event::JobsQueued { round: 1, jobs: vec![card(0), card(1), card(2)] },
            Event::JobStarted { job: 0, slot: 0, at_ms: 1.0 },
            Event::JobStarted { job: 1, slot: 1, at_ms: 1.0 },
            Event::JobFinished { job: 1, state: JobState::Abstained, elapsed_ms: 2.0 },
            Event::JobFailed { job: 0, error: JobFailure::Unreadable { problem: ParseError::NoObject } },
            Event::JobFinished { job: 0, state: JobState::Failed, elapsed_ms: 2.0 },
        ]);
        assert_eq!(view.progress(), (2, 3));
        assert_eq!(
            view.jobs.iter().map(|j| j.state).collect::<Vec<_>>(),
            [JobState::Failed, JobState::Abstained, JobState::Pending]
        );
        assert_eq!(
            view.jobs[0].error.as_deref(),
            Some("the reply could not be read: the reply contains no JSON object")
        );
        view.apply(&Event::JobStarted { job: 2, slot: 0, at_ms: 3.0 });
        view.apply(&Event::Cancelled);
        assert_eq!(view.status, RunStatus::Cancelled);
        assert_eq!(view.jobs[2].state, JobState::Pending);
    }

    #[test]
    fn the_shield_keeps_both_versions_and_a_held_request_waits_until_decided() {
        let mut view = RunView::running();
        view.apply(&Event::Shielded {
            round: 1,
            original: "Jane Doe pays.".into(),
            rewritten: "The tenant pays.".into(),
        });
        assert_eq!(view.messages[0].text, "The tenant pays.");
        assert_eq!(view.messages[0].shielded_from.as_deref(), Some("Jane Doe pays."));
        let review = ReviewRequest {
            round: 1,
            purpose: Purpose::Decide,
            host: "api.openai.com".into(),
            body: "{}".into(),
            message: "The tenant pays.".into(),
            verbatim: vec![],
        };
        view.apply(&Event::ReviewRequested { review: review.clone() });
        assert_eq!(view.pending_review, Some(review));
        view.apply(&Event::Reviewed { decision: ReviewKind::Reject });
        view.apply(&Event::Cancelled);
        assert_eq!((view.pending_review.clone(), view.status), (None, RunStatus::Cancelled));
        assert!(view.notices[0].starts_with("You rejected a request to the cloud"));
    }

    #[test]
    fn failures_and_notices_are_kept_in_words() {
        let view = fold(&[
            Event::Retrying {
                lane: Lane::Supervisor,
                after_ms: 2_000.0,
                reason: ModelError::RateLimited { retry_after_ms: None },
            },
            Event::WorkerQueueing { concurrency: 4, ratio: 3.9 },
            Event::JobSplit { job: 3, reason: JobFailure::ReplyCutOff },
            Event::Failed { error: RunError::Supervisor(ModelError::Unauthorized { status: 401 }) },
        ]);
        assert_eq!(view.status, RunStatus::Failed);
        assert_eq!(
            view.notices,
            [
                "The cloud model failed (the server is limiting the request rate); trying again in 2 s.",
                "Job 3 was split in two and run again (the reply was cut off by the output limit).",
            ]
        );
        assert_eq!(view.queueing, Some((4, 3.9)));
        assert!(view.error.unwrap().contains("Paste a valid key"));
    }

    #[test]
    fn a_pool_shows_calls_speed_and_failures_per_member() {
        let finished = |call: u32, completion: u32| Event::CallFinished {
            call,
            lane: Lane::Worker,
            usage: Usage { prompt_tokens: Some(100), completion_tokens: Some(completion), cached_tokens: None },
            elapsed_ms: 1_000.0,
            truncated: false,
            cut_off: false,
        };
        let view = fold(&[
            Event::WorkerRouted { call: 1, host: "gpu.lan:8000".into() },
            Event::WorkerRouted { call: 2, host: "localhost:11434".into() },
            finished(1, 80),
            Event::WorkerRouted { call: 3, host: "gpu.lan:8000".into() },
            finished(3, 40),
            Event::CallFailed {
                call: 2,
                lane: Lane::Worker,
                error: ModelError::Server { status: 500, message: "HTTP 500".into() },
            },
            Event::WorkerRouted { call: 4, host: "old.lan:8000".into() },
            Event::WorkerDropped {
                host: "old.lan:8000".into(),
                error: ModelError::Unreachable { host: "old.lan:8000".into(), detail: "Failed to fetch".into() },
            },
            Event::WorkerRouted { call: 4, host: "localhost:11434".into() },
            finished(4, 10),
        ]);
        let summary: Vec<_> =
            view.endpoints.iter().map(|e| (e.host.as_str(), e.calls, e.failures, e.dropped.is_some())).collect();
        assert_eq!(
            summary,
            [("gpu.lan:8000", 2, 0, false), ("localhost:11434", 1, 1, false), ("old.lan:8000", 0, 1, true)]
        );
        assert_eq!(view.endpoints[0].tokens_per_s(), Some(60.0));
        assert!(view.notices[0].starts_with("The local model at old.lan:8000 stopped answering"));
    }
    #[test]
    fn the_notes_and_transcript_lines_read_as_before_in_english() {
        use minions_engine::chunking::{ChunkUnit, Chunking};
        use minions_engine::conversation::{ChatRestartReason, FindingsDropReason, HistoryDropReason};
        use minions_engine::minions::plan::{Plan, PlanChange, Task};
        let task = |instruction: &str| Task {
            id: "t".into(),
            instruction: instruction.into(),
            advice: String::new(),
            keywords: vec![],
        };
        let plan = |unit, top_k| Plan {
            chunking: Chunking { unit, size: 2, overlap: 0 },
            tasks: vec![task("Find the rent"), task("Find the term")],
            top_k,
        };
        let started = |call, purpose| Event::CallStarted {
            call,
            lane: Lane::Supervisor,
            purpose,
            round: 2,
            prompt_bytes: 1,
            estimated_prompt_tokens: 1,
            context_tokens: None,
            at_ms: 0.0,
        };
        let view = fold(&[
            Event::HistorySummarised { turns: 1, tokens_before: 900, tokens_after: 300 },
            Event::HistorySummarised { turns: 3, tokens_before: 900, tokens_after: 300 },
            Event::HistoryDropped { turns: 1, reason: HistoryDropReason::OverBudget { budget: 2_000 } },
            Event::HistoryDropped {
                turns: 2,
                reason: HistoryDropReason::SummaryFailed {
                    error: RunError::Supervisor(ModelError::Timeout { seconds: 30 }),
                },
            },
            Event::FindingsInvalidated { dropped: 1, reason: FindingsDropReason::DocumentChanged },
            Event::FindingsInvalidated { dropped: 0, reason: FindingsDropReason::OtherWorker },
            Event::WorkerChatRestarted { reason: ChatRestartReason::NoLongerFits },
            Event::PlanAdjusted {
                round: 1,
                changes: vec![
                    PlanChange::TopKZero,
                    PlanChange::ChunkSize { asked: 10, unit: ChunkUnit::Pages, used: 1 },
                ],
            },
            Event::ReplyRejected {
                call: 1,
                lane: Lane::Worker,
                job: Some(2),
                problem: ParseError::missing("answer"),
                retrying: true,
            },
            Event::ReplyRejected {
                call: 2,
                lane: Lane::Supervisor,
                job: None,
                problem: ParseError::FinalOnly,
                retrying: true,
            },
            Event::ReplyRejected {
                call: 3,
                lane: Lane::Supervisor,
                job: None,
                problem: ParseError::NoObject,
                retrying: false,
            },
            Event::Retrying { lane: Lane::Worker, after_ms: 1_400.0, reason: ModelError::Timeout { seconds: 30 } },
            Event::JobSplit { job: 4, reason: JobFailure::PromptTooLong },
            Event::WorkerDropped {
                host: "old.lan:8000".into(),
                error: ModelError::Unreachable { host: "old.lan:8000".into(), detail: "Failed to fetch".into() },
            },
            Event::PlanAccepted { round: 1, plan: plan(ChunkUnit::Pages, Some(3)) },
            Event::PlanAccepted { round: 1, plan: plan(ChunkUnit::Chars, None) },
            Event::PlanAccepted { round: 1, plan: plan(ChunkUnit::Paragraphs, Some(1)) },
            Event::Aggregated { round: 1, answered: 2, abstained: 1, failed: 0 },
            Event::Decision { round: 1, decision: RoundDecision::Final },
            Event::Decision { round: 1, decision: RoundDecision::Continue },
            started(1, Purpose::Open),
            started(2, Purpose::Answer),
            started(3, Purpose::Decide),
            started(4, Purpose::Plan),
            started(5, Purpose::Synthesize),
            started(6, Purpose::LocalAnswer),
            started(7, Purpose::LocalSynthesize),
            started(8, Purpose::Shield),
            started(9, Purpose::Judge),
            started(10, Purpose::CloudAnswer),
            started(11, Purpose::Summarize),
            started(12, Purpose::Job { job: 0 }),
        ]);
        assert_eq!(
            view.notices,
            [
                "The cloud model summarised 1 earlier question to keep the conversation within its budget (about 900 → 300 tokens).",
                "The cloud model summarised 3 earlier questions to keep the conversation within its budget (about 900 → 300 tokens).",
                "1 earlier question is left out of what the cloud model hears: they do not fit the conversation's budget of 2000 tokens even summarised.",
                format!(
                    "2 earlier questions are left out of what the cloud model hears: the cloud model could not summarise them ({}).",
                    RunError::Supervisor(ModelError::Timeout { seconds: 30 })
                )
                .as_str(),
                "1 finding of earlier questions will not be used again: a document they were read from changed or was removed.",
                "0 findings of earlier questions will not be used again: another local model answered them.",
                "The local model starts its conversation again from the documents: its earlier questions and answers no longer fit the local model's context.",
                "The local model's reply to job 2 could not be read (the JSON object has no field `answer`); asking again.",
                "A cloud reply could not be read (this is the last round: only \"final\" is accepted, with your best answer); asking again.",
                "The local model failed (no reply within 30 s); trying again in 1 s.",
                "Job 4 was split in two and run again (the prompt does not fit the worker's context).",
                "The local model at old.lan:8000 stopped answering (could not reach old.lan:8000: Failed to fetch); it left the pool and its jobs go to the others.",
            ]
        );
        assert_eq!(
            view.plan_changes,
            ["top_k 0 would run nothing; 1 is used.", "Chunk size 10 pages is out of bounds; 1 is used."]
        );
        assert_eq!(
            view.messages.iter().map(|m| m.text.as_str()).collect::<Vec<_>>(),
            [
                "Plan: Find the rent; Find the term — chunks of 2 pages, the best 3 chunks per task.",
                "Plan: Find the rent; Find the term — chunks of 2 chars, every chunk.",
                "Plan: Find the rent; Find the term — chunks of 2 paragraphs, the best 1 chunks per task.",
                "Read 3 chunks: 2 with an answer, 1 with nothing relevant, 0 failed.",
                "I have enough to answer.",
            ]
        );
        assert_eq!(
            view.live.iter().map(|l| l.label.as_str()).collect::<Vec<_>>(),
            [
                "round 2: opening question",
                "round 2: answering",
                "round 2: deciding",
                "round 2: planning",
                "round 2: synthesizing",
                "round 2: answering",
                "round 2: combining findings",
                "round 2: privacy shield",
                "round 2: grading",
                "round 2: answering from the documents (cloud only)",
                "round 2: summarising the conversation",
            ]
        );
        let refused = fold(&[Event::Failed {
            error: RunError::ContextTooSmall {
                needed: 9_000,
                available: 4_096,
                advice: minions_engine::error::ContextAdvice::ReadInChunks,
            },
        }]);
        assert_eq!(
            refused.error.as_deref(),
            Some("The documents need about 9000 tokens but the local model's context holds 4096. Choose MinionS, which reads the documents in chunks, or a local model with a longer context.")
        );
    }
}
