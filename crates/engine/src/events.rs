//! The one stream of events from the engine to the page: [`Event`].
//!
//! Everything the page shows while a run goes on (rounds, requests and their
//! sizes, streamed text, parsed replies, jobs and their states, usage, plan
//! changes, the answer or the failure) arrives as an event, in order. The page
//! folds them into its view; tests turn them into one line each.

use serde::{Deserialize, Serialize};

use super::chunking::PageRange;
use super::config::Protocol;
use super::conversation::{ChatRestartReason, FindingsDropReason, HistoryDropReason};
use super::egress::AuditEntry;
use super::error::{JobFailure, RunError};
use super::minions::plan::{Plan, PlanChange};
use super::model::{ModelError, RequestParam, Reshape, Usage};
use super::parse::ParseError;
use super::privacy::review::{ReviewKind, ReviewRequest};

/// Which side of the collaboration a call or message belongs to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lane {
    /// The cloud model; sees no document text.
    #[default]
    Supervisor,
    /// The local model; reads the documents.
    Worker,
}

impl Lane {
    /// Where its model runs, for people: "cloud" or "local".
    pub fn side(self) -> &'static str {
        match self {
            Self::Supervisor => "cloud",
            Self::Worker => "local",
        }
    }
}

/// What a call is for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Purpose {
    /// Minion: the supervisor's first question.
    Open,
    /// Minion: the worker answers a question.
    Answer,
    /// Minion: the supervisor decides after an answer.
    Decide,
    /// MinionS: the supervisor plans a round.
    Plan,
    /// MinionS: the worker runs job `job` (numbered from 0 within the run).
    Job { job: usize },
    /// MinionS: the supervisor synthesizes a round.
    Synthesize,
    /// Local only: the worker answers alone.
    LocalAnswer,
    /// Local only: the worker combines findings from chunks.
    LocalSynthesize,
    /// The privacy shield: the worker rewrites a report for the cloud.
    Shield,
    /// Evaluation: the supervisor grades a reply against the expected answer.
    Judge,
    /// Cloud only: the supervisor answers from the documents themselves.
    CloudAnswer,
    /// A conversation: the supervisor folds earlier turns into a summary.
    Summarize,
}

/// Where a job stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum JobState {
    Pending,
    Running,
    Answered,
    Abstained,
    Failed,
    /// Served from the conversation's findings: not sent to the worker.
    Reused,
}

/// A job as the page lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JobCard {
    pub job: usize,
    pub task_id: String,
    pub chunk: usize,
    pub document: String,
    pub pages: PageRange,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
// Externally tagged: read without buffering each message first, which keeps
// the page's decoder (in its first load) small.
#[serde(rename_all = "snake_case")]
pub enum Event {
    RunStarted {
        protocol: Protocol,
        documents: usize,
        estimated_document_tokens: usize,
        /// Earlier questions of the conversation this turn builds on.
        #[serde(default)]
        earlier_turns: usize,
    },
    /// The conversation's earlier turns outgrew their budget and the cloud
    /// model folded `turns` of them into a summary.
    HistorySummarised {
        turns: usize,
        tokens_before: usize,
        tokens_after: usize,
    },
    /// Earlier turns left out of what the cloud model hears (they did not
    /// fit even summarised, or the summary could not be written).
    HistoryDropped {
        turns: usize,
        reason: HistoryDropReason,
    },
    /// Findings of earlier turns that can no longer be used.
    FindingsInvalidated {
        dropped: usize,
        reason: FindingsDropReason,
    },
    /// A job answered from the conversation's findings; the worker was not asked.
    JobReused {
        job: usize,
    },
    /// Minion: the worker's chat of earlier turns goes on (`messages` earlier
    /// questions and answers, which its server may have in cache).
    WorkerChatContinued {
        messages: usize,
    },
    /// Minion: the worker's chat starts again from the documents.
    WorkerChatRestarted {
        reason: ChatRestartReason,
    },
    RoundStarted {
        round: u32,
        of: u32,
    },
    CallStarted {
        call: u32,
        lane: Lane,
        purpose: Purpose,
        round: u32,
        prompt_bytes: usize,
        estimated_prompt_tokens: usize,
        context_tokens: Option<u32>,
        at_ms: f64,
    },
    Delta {
        call: u32,
        text: String,
    },
    /// A request left for the cloud; the egress gate's audit entry.
    SentToCloud {
        entry: AuditEntry,
    },
    /// A request went to a worker that is not on this device (sent with its
    /// reply once the call is over).
    SentToWorker {
        entry: AuditEntry,
    },
    /// A worker call went to this member of the pool.
    WorkerRouted {
        call: u32,
        host: String,
    },
    /// A pool member failed and was taken out; its calls go to the others.
    WorkerDropped {
        host: String,
        error: ModelError,
    },
    CallFinished {
        call: u32,
        lane: Lane,
        usage: Usage,
        elapsed_ms: f64,
        /// The server read far fewer prompt tokens than were sent.
        truncated: bool,
        /// The reply was cut off by the output limit.
        cut_off: bool,
    },
    CallFailed {
        call: u32,
        lane: Lane,
        error: ModelError,
    },
    /// A reply could not be read; `retrying` says whether it is asked again.
    ReplyRejected {
        call: u32,
        lane: Lane,
        /// The job whose reply it was (worker replies in MinionS).
        #[serde(default)]
        job: Option<usize>,
        problem: ParseError,
        retrying: bool,
    },
    /// A call failed in a way worth trying again; the next try waits `after_ms`.
    Retrying {
        lane: Lane,
        after_ms: f64,
        reason: ModelError,
    },
    /// Jobs wait at the worker: it runs fewer at once than are sent
    /// (Ollama: raise `OLLAMA_NUM_PARALLEL`).
    WorkerQueueing {
        concurrency: usize,
        /// Median of time on the clock ÷ time the server computed.
        ratio: f64,
    },
    /// A setting the server refused was left out and the call sent again.
    ParameterDropped {
        lane: Lane,
        parameter: RequestParam,
    },
    /// The adapter changed how it sends to this server after a refusal (the
    /// reply schema's form, usage in the stream); the call was sent again.
    RequestReshaped {
        lane: Lane,
        change: Reshape,
    },
    SupervisorMessage {
        round: u32,
        text: String,
    },
    /// What the supervisor thought before it decided (the `reasoning` of
    /// its reply to `call`); counted in its output tokens like the rest.
    SupervisorReasoning {
        call: u32,
        round: u32,
        text: String,
    },
    WorkerMessage {
        round: u32,
        text: String,
    },
    PlanAccepted {
        round: u32,
        plan: Plan,
    },
    /// What the engine changed in a plan to keep it within bounds.
    PlanAdjusted {
        round: u32,
        changes: Vec<PlanChange>,
    },
    JobsQueued {
        round: u32,
        jobs: Vec<JobCard>,
    },
    JobStarted {
        job: usize,
        /// Which of the round's worker slots (0 to concurrency − 1) runs it:
        /// a slot runs the jobs of one chunk back to back.
        #[serde(default, alias = "lane")]
        slot: usize,
        at_ms: f64,
    },
    /// A job's chunk did not fit (`reason` is [`JobFailure::PromptTooLong`]
    /// or [`JobFailure::ReplyCutOff`]): it is split in two and run again.
    JobSplit {
        job: usize,
        reason: JobFailure,
    },
    JobFinished {
        job: usize,
        state: JobState,
        elapsed_ms: f64,
    },
    JobFailed {
        job: usize,
        error: JobFailure,
    },
    Aggregated {
        round: u32,
        answered: usize,
        abstained: usize,
        failed: usize,
    },
    Decision {
        round: u32,
        decision: RoundDecision,
    },
    FinalAnswer {
        text: String,
    },
    Failed {
        error: RunError,
    },
    Cancelled,
    /// The privacy shield rewrote a worker report before it went to the cloud.
    Shielded {
        round: u32,
        original: String,
        rewritten: String,
    },
    /// A cloud request waits for the user's decision.
    ReviewRequested {
        review: ReviewRequest,
    },
    /// The user decided: `approve`, `withhold`, `edit` or `reject`.
    Reviewed {
        decision: ReviewKind,
    },
}

/// What the supervisor decided at the end of a round.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RoundDecision {
    /// It answers (Minion and MinionS).
    Final,
    /// Minion: it asks the worker another question.
    Ask,
    /// MinionS: it runs another round of jobs.
    Continue,
}

impl std::fmt::Display for RoundDecision {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Final => "final",
            Self::Ask => "ask",
            Self::Continue => "continue",
        })
    }
}

/// Receives events as they happen.
pub type EventSink<'a> = &'a dyn Fn(Event);
