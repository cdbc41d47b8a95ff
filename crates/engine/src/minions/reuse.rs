//! A job's place in the conversation's findings cache: its key (the exact
//! request it sends), the entry kept once it is answered, and the result
//! rebuilt from an entry when a later turn plans the same job.

use crate::chunking::Chunking;
use crate::conversation::findings_cache::job_key;
use crate::conversation::{CachedJob, CachedPart};
use crate::prompts::minions as prompts;
use crate::run::Session;

use super::execute::{sub_chunk, JobResult, PartReply};
use super::jobs::Job;

/// The key of `job`'s request over its whole chunk.
pub(crate) fn key(session: &Session<'_>, job: &Job) -> String {
    let document = &session.documents[job.chunk.document];
    let messages = prompts::job_messages(
        &document.name,
        &job.chunk.page_label(),
        &document.excerpt(job.chunk.span.clone()),
        &job.task.instruction,
        &job.task.advice,
    );
    job_key(&session.worker_key, &messages)
}

/// What to keep of an answered job; `None` for one that failed, which a
/// later turn should try again.
pub(crate) fn entry(session: &Session<'_>, key: String, chunking: &Chunking, result: &JobResult) -> Option<CachedJob> {
    if result.failure.is_some() || result.parts.is_empty() {
        return None;
    }
    let chunk = &result.job.chunk;
    let document = &session.documents[chunk.document];
    Some(CachedJob {
        key,
        instruction: result.job.task.instruction.clone(),
        advice: result.job.task.advice.clone(),
        chunking: describe(chunking),
        document: document.name.clone(),
        document_fingerprint: document.fingerprint().to_string(),
        worker: session.worker_key.clone(),
        parts: result
            .parts
            .iter()
            .map(|part| CachedPart {
                span: part.chunk.span.start.saturating_sub(chunk.span.start)
                    ..part.chunk.span.end.saturating_sub(chunk.span.start),
                reply: part.reply.clone(),
            })
            .collect(),
    })
}

/// `job`'s result from the replies kept for it.
pub(crate) fn result(session: &Session<'_>, job: &Job, cached: &CachedJob) -> JobResult {
    let start = job.chunk.span.start;
    let parts = cached
        .parts
        .iter()
        .map(|part| {
            let span =
                (start + part.span.start).min(job.chunk.span.end)..(start + part.span.end).min(job.chunk.span.end);
            PartReply { chunk: sub_chunk(session, &job.chunk, span), reply: part.reply.clone() }
        })
        .collect();
    JobResult { job: job.clone(), parts, failure: None }
}

/// A chunking in words: "pages, size 1" or "chars, size 3000, overlap 200".
pub fn describe(chunking: &Chunking) -> String {
    match chunking.overlap {
        0 => format!("{}, size {}", chunking.unit.label(), chunking.size),
        overlap => format!("{}, size {}, overlap {overlap}", chunking.unit.label(), chunking.size),
    }
}
