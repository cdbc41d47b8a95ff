//! Running a round's jobs on the worker: at most `concurrency` in flight,
//! results in job order whatever order they finish in.
//!
//! Each job asks for the [`JobReply`] schema, whose bounds make the reply
//! close within its output limit. A reply cut off anyway is read as far as
//! it closed; if its answer did not close, or the server says the prompt is
//! too long, the job is retried once with the chunk split in two. A reply
//! that does not parse is asked again once (transient failures are retried
//! by `Session::call_worker`); a job that still fails is recorded as failed
//! and the round goes on. Cancellation stops the round at once.

use std::ops::Range;

use futures::stream::{FuturesUnordered, StreamExt};

use crate::engine::chunking::Chunk;
use crate::engine::events::{Event, JobState, Lane, Purpose};
use crate::engine::model::{FinishReason, Message, ModelError};
use crate::engine::prompts::minions as prompts;
use crate::engine::replies::JobReply;
use crate::engine::run::{Session, Stop, WorkerFailure};
use crate::engine::schemas;

use super::jobs::{halves, Job};

/// A job's reply for one part of its chunk (the whole chunk unless split).
#[derive(Debug, Clone, PartialEq)]
pub struct PartReply {
    pub chunk: Chunk,
    pub reply: JobReply,
}

/// What became of a job.
#[derive(Debug, Clone, PartialEq)]
pub struct JobResult {
    pub job: Job,
    pub parts: Vec<PartReply>,
    /// Set when the job failed; `parts` then holds what did succeed.
    pub failure: Option<String>,
}

impl JobResult {
    pub fn state(&self) -> JobState {
        if self.parts.iter().any(|p| !p.reply.abstains()) {
            JobState::Answered
        } else if self.failure.is_some() {
            JobState::Failed
        } else {
            JobState::Abstained
        }
    }
}

/// Runs `jobs` with bounded concurrency; `context_tokens` is the round's
/// `num_ctx`. Returns the results in job order, or `Stop::Cancelled`.
pub(crate) async fn run_jobs(
    session: &Session<'_>,
    jobs: &[Job],
    context_tokens: u32,
    round: u32,
) -> Result<Vec<JobResult>, Stop> {
    let limit = session.config.concurrency.max(1);
    let mut results: Vec<Option<JobResult>> = vec![None; jobs.len()];
    let mut in_flight = FuturesUnordered::new();
    let mut queue = jobs.iter().enumerate();
    let mut cancelled = false;
    loop {
        while !cancelled && in_flight.len() < limit {
            let Some((position, job)) = queue.next() else { break };
            in_flight.push(async move { (position, run_job(session, job, context_tokens, round).await) });
        }
        let Some((position, outcome)) = in_flight.next().await else { break };
        match outcome {
            Some(result) => results[position] = Some(result),
            None => cancelled = true,
        }
    }
    if cancelled || session.cancel.is_cancelled() {
        return Err(Stop::Cancelled);
    }
    Ok(results.into_iter().flatten().collect())
}

/// One job with its retries; `None` when the run was cancelled.
async fn run_job(session: &Session<'_>, job: &Job, context_tokens: u32, round: u32) -> Option<JobResult> {
    let started = session.clock.now_ms();
    session.emit(Event::JobStarted { job: job.number, at_ms: started });
    let mut result = JobResult { job: job.clone(), parts: Vec::new(), failure: None };
    match attempt(session, job, &job.chunk.span, context_tokens, round).await {
        Attempt::Cancelled => return None,
        Attempt::Replied(reply) => result.parts.push(PartReply { chunk: job.chunk.clone(), reply }),
        Attempt::Failed(reason) => result.failure = Some(reason),
        Attempt::TooLong(reason) => {
            session.emit(Event::JobSplit { job: job.number, reason });
            let document = &session.documents[job.chunk.document];
            match halves(document, &job.chunk.span) {
                None => result.failure = Some("the chunk is too long for the worker and cannot be split".into()),
                Some(parts) => {
                    for span in parts {
                        let chunk = sub_chunk(session, &job.chunk, span.clone());
                        match attempt(session, job, &span, context_tokens, round).await {
                            Attempt::Cancelled => return None,
                            Attempt::Replied(reply) => result.parts.push(PartReply { chunk, reply }),
                            Attempt::Failed(reason) | Attempt::TooLong(reason) => result.failure = Some(reason),
                        }
                    }
                }
            }
        }
    }
    let elapsed_ms = (session.clock.now_ms() - started).max(0.0);
    if let Some(error) = &result.failure {
        session.emit(Event::JobFailed { job: job.number, error: error.clone() });
    }
    session.emit(Event::JobFinished { job: job.number, state: result.state(), elapsed_ms });
    Some(result)
}

enum Attempt {
    Replied(JobReply),
    /// The reply or the prompt did not fit: split the chunk.
    TooLong(String),
    Failed(String),
    Cancelled,
}

/// Asks the worker about `span` of the job's document, asking once more
/// after an unreadable reply (transient failures are retried by the call).
async fn attempt(session: &Session<'_>, job: &Job, span: &Range<usize>, context_tokens: u32, round: u32) -> Attempt {
    let document = &session.documents[job.chunk.document];
    let text = document.excerpt(span.clone());
    let pages = sub_chunk(session, &job.chunk, span.clone()).page_label();
    let mut messages = prompts::job_messages(&document.name, &pages, &text, &job.task.instruction, &job.task.advice);
    let mut retried = false;
    loop {
        let request = session.worker_request(messages.clone(), Some(schemas::job_reply()), context_tokens);
        let problem = match session.call_worker(&request, Purpose::Job { job: job.number }, round).await {
            Err(WorkerFailure::Cancelled) => return Attempt::Cancelled,
            Err(WorkerFailure::Model(ModelError::ContextOverflow)) => {
                return Attempt::TooLong("the prompt does not fit the worker's context".into())
            }
            Err(WorkerFailure::Model(error)) => return Attempt::Failed(error.to_string()),
            Ok((_, reply)) if reply.finish == FinishReason::Length => {
                // A reply whose answer closed before the cut is still an answer.
                return match JobReply::parse_cut(&reply.text) {
                    Some(parsed) => Attempt::Replied(parsed),
                    None => Attempt::TooLong("the reply was cut off by the output limit".into()),
                };
            }
            Ok((call, reply)) => match JobReply::parse(&reply.text) {
                Ok(parsed) => return Attempt::Replied(parsed),
                Err(problem) => (call, reply.text, problem),
            },
        };
        let (call, text, problem) = problem;
        session.emit(Event::ReplyRejected {
            call,
            lane: Lane::Worker,
            problem: format!("job {}: {problem}", job.number),
            retrying: !retried,
        });
        if retried {
            return Attempt::Failed(format!("the reply could not be read: {problem}"));
        }
        retried = true;
        messages.push(Message::assistant(text));
        messages.push(Message::user(format!(
            "Your reply could not be used: {problem}. Reply again with only the JSON object."
        )));
    }
}

/// A chunk narrowed to `span`, with its page range recomputed.
fn sub_chunk(session: &Session<'_>, chunk: &Chunk, span: Range<usize>) -> Chunk {
    let document = &session.documents[chunk.document];
    Chunk {
        index: chunk.index,
        document: chunk.document,
        first_page: document.page_at(span.start),
        last_page: document.page_at(span.end.saturating_sub(1).max(span.start)),
        span,
    }
}
