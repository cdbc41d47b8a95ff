//! Running a round's jobs on the worker: `concurrency` slots, each running
//! one chunk's jobs back to back (see [`SlotQueue`]), results in job order
//! whatever order they finish in. A job the conversation already ran is
//! answered from its findings ([`super::reuse`]) and not sent.
//!
//! Each job asks for the [`JobReply`] schema, whose bounds make the reply
//! close within its output limit. A reply cut off anyway is read as far as
//! it closed; if its answer did not close, or the server says the prompt is
//! too long, the job is retried once with the chunk split in two. A reply
//! that does not parse is asked again once (transient failures are retried
//! by `Session::call_worker`); a job that still fails is recorded as failed
//! and the round goes on. Cancellation stops the round at once.

use std::ops::Range;

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

use crate::chunking::{Chunk, Chunking};
use crate::error::JobFailure;
use crate::events::{Event, JobState, Lane, Purpose};
use crate::model::{FinishReason, Message, ModelError};
use crate::prompts::minions as prompts;
use crate::replies::JobReply;
use crate::run::{Session, Stop, WorkerFailure};
use crate::schemas;

use super::jobs::{by_chunk, halves, Job};
use super::reuse;

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
    pub failure: Option<JobFailure>,
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

/// Runs `jobs` on `concurrency` slots; `context_tokens` is the round's
/// `num_ctx`. Returns the results in job order, or `Stop::Cancelled`.
pub(crate) async fn run_jobs(
    session: &Session<'_>,
    jobs: &[Job],
    chunking: &Chunking,
    context_tokens: u32,
    round: u32,
) -> Result<Vec<JobResult>, Stop> {
    let results: RefCell<Vec<Option<JobResult>>> = RefCell::new(vec![None; jobs.len()]);
    // Jobs the conversation already ran are answered from its findings.
    let keys: Vec<Option<String>> =
        jobs.iter().map(|job| session.keeps_findings().then(|| reuse::key(session, job))).collect();
    let mut to_run = Vec::new();
    for (position, job) in jobs.iter().enumerate() {
        match keys[position].as_deref().and_then(|key| session.cached_job(key)) {
            Some(cached) => {
                session.emit(Event::JobReused { job: job.number });
                results.borrow_mut()[position] = Some(reuse::result(session, job, &cached));
            }
            None => to_run.push(position),
        }
    }
    let pending: Vec<Job> = to_run.iter().map(|&position| jobs[position].clone()).collect();
    let groups = by_chunk(&pending).into_iter().map(|group| group.into_iter().map(|i| to_run[i]).collect()).collect();
    let slots = session.config.concurrency.max(1).min(to_run.len().max(1));
    let queue = SlotQueue::new(groups);
    let cancelled = Cell::new(false);
    let slot = |slot: usize| {
        let (queue, results, cancelled, keys) = (&queue, &results, &cancelled, &keys);
        async move {
            let mut group = None;
            while !cancelled.get() {
                let Some(position) = queue.next(&mut group) else { break };
                match run_job(session, &jobs[position], slot, context_tokens, round).await {
                    Some(result) => {
                        let entry =
                            keys[position].clone().and_then(|key| reuse::entry(session, key, chunking, &result));
                        if let Some(entry) = entry {
                            session.remember_job(entry);
                        }
                        results.borrow_mut()[position] = Some(result);
                    }
                    None => cancelled.set(true),
                }
            }
        }
    };
    futures::future::join_all((0..slots).map(slot)).await;
    if cancelled.get() || session.cancel.is_cancelled() {
        return Err(Stop::Cancelled);
    }
    Ok(results.into_inner().into_iter().flatten().collect())
}

/// The round's jobs as groups that read one chunk each. A slot takes a
/// group nobody has started and runs it to the end, so a chunk's jobs
/// follow each other on one slot and the server finds the excerpt (the
/// prompt up to the instruction) in that slot's cache; different chunks run
/// in parallel on different slots. A slot with no group left to start takes
/// the last job of the group with most left, rather than stand idle.
struct SlotQueue {
    groups: RefCell<Vec<VecDeque<usize>>>,
    /// Groups are started in order: every one before this has a slot.
    next_unstarted: Cell<usize>,
}

impl SlotQueue {
    fn new(groups: Vec<Vec<usize>>) -> Self {
        Self { groups: RefCell::new(groups.into_iter().map(VecDeque::from).collect()), next_unstarted: Cell::new(0) }
    }

    /// The next job for the slot working on `group` (which it may change):
    /// the group's next job, or its last one for a slot that took over the
    /// group's end, so that each slot's jobs of a chunk stay together.
    fn next(&self, group: &mut Option<Taken>) -> Option<usize> {
        let mut groups = self.groups.borrow_mut();
        if let Some(taken) = *group {
            let jobs = groups.get_mut(taken.group);
            let next = jobs.and_then(|jobs| if taken.from_end { jobs.pop_back() } else { jobs.pop_front() });
            if next.is_some() {
                return next;
            }
        }
        let index = self.next_unstarted.get();
        if index < groups.len() {
            self.next_unstarted.set(index + 1);
            *group = Some(Taken { group: index, from_end: false });
            return groups[index].pop_front();
        }
        let (index, _) =
            groups.iter().enumerate().filter(|(_, jobs)| !jobs.is_empty()).max_by_key(|(_, jobs)| jobs.len())?;
        *group = Some(Taken { group: index, from_end: true });
        groups[index].pop_back()
    }
}

/// The group a slot works on, from its start or (taken over) from its end.
#[derive(Clone, Copy)]
struct Taken {
    group: usize,
    from_end: bool,
}

/// One job with its retries; `None` when the run was cancelled.
async fn run_job(session: &Session<'_>, job: &Job, slot: usize, context_tokens: u32, round: u32) -> Option<JobResult> {
    let started = session.clock.now_ms();
    session.emit(Event::JobStarted { job: job.number, slot, at_ms: started });
    let mut result = JobResult { job: job.clone(), parts: Vec::new(), failure: None };
    match attempt(session, job, &job.chunk.span, context_tokens, round).await {
        Attempt::Cancelled => return None,
        Attempt::Replied(reply) => result.parts.push(PartReply { chunk: job.chunk.clone(), reply }),
        Attempt::Failed(reason) => result.failure = Some(reason),
        Attempt::TooLong(reason) => {
            session.emit(Event::JobSplit { job: job.number, reason });
            let document = &session.documents[job.chunk.document];
            match halves(document, &job.chunk.span) {
                None => result.failure = Some(JobFailure::CannotSplit),
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
    TooLong(JobFailure),
    Failed(JobFailure),
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
                return Attempt::TooLong(JobFailure::PromptTooLong)
            }
            Err(WorkerFailure::Model(error)) => return Attempt::Failed(JobFailure::Model(error)),
            Ok((_, reply)) if reply.finish == FinishReason::Length => {
                // A reply whose answer closed before the cut is still an answer.
                return match JobReply::parse_cut(&reply.text) {
                    Some(parsed) => Attempt::Replied(parsed),
                    None => Attempt::TooLong(JobFailure::ReplyCutOff),
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
            job: Some(job.number),
            problem: problem.clone(),
            retrying: !retried,
        });
        if retried {
            return Attempt::Failed(JobFailure::Unreadable { problem });
        }
        retried = true;
        messages.push(Message::assistant(text));
        messages.push(Message::user(format!(
            "Your reply could not be used: {problem}. Reply again with only the JSON object."
        )));
    }
}

/// A chunk narrowed to `span`, with its page range recomputed.
pub(crate) fn sub_chunk(session: &Session<'_>, chunk: &Chunk, span: Range<usize>) -> Chunk {
    let document = &session.documents[chunk.document];
    Chunk {
        index: chunk.index,
        document: chunk.document,
        first_page: document.page_at(span.start),
        last_page: document.page_at(span.end.saturating_sub(1).max(span.start)),
        span,
    }
}
