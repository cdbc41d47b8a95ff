//! The conversation's findings cache: every MinionS (and local-only) job
//! the worker answered, keyed by its exact request, so that a later turn
//! that plans the same job (same excerpt of the same document, same
//! instruction and advice, same worker model and temperature) takes the
//! earlier reply instead of asking again.
//!
//! Keys hash the whole job request, so a changed chunk, prompt or setting
//! never matches; [`FindingsCache::invalidate`] also drops what depended on
//! a document that changed or left, or on another worker model, so that
//! the planner is never told of findings that cannot be used.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::documents::Document;
use crate::fingerprint::Fnv64;
use crate::model::Message;
use crate::replies::JobReply;

/// Most jobs kept; the oldest go first.
pub const MAX_JOBS: usize = 4_000;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct FindingsCache {
    /// Oldest first.
    pub jobs: Vec<CachedJob>,
}

/// One job's replies as it was answered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CachedJob {
    pub key: String,
    pub instruction: String,
    pub advice: String,
    /// The chunking it was read under, in words, for the planner.
    pub chunking: String,
    pub document: String,
    pub document_fingerprint: String,
    pub worker: String,
    /// The reply for each part of the chunk (two when it was split).
    pub parts: Vec<CachedPart>,
}

/// A part's reply; the span is relative to the chunk's start.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CachedPart {
    pub span: Range<usize>,
    pub reply: JobReply,
}

impl CachedJob {
    pub fn answered(&self) -> bool {
        self.parts.iter().any(|p| !p.reply.abstains())
    }
}

/// What [`FindingsCache::invalidate`] dropped, by cause.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Invalidated {
    pub documents: usize,
    pub worker: usize,
}

/// An instruction the workers already ran, as the planner is told of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeldInstruction {
    pub instruction: String,
    pub advice: String,
    pub chunking: String,
    pub documents: Vec<String>,
    pub chunks: usize,
    pub answered: usize,
}

/// The worker as the cache knows it: model and temperature.
pub fn worker_key(model: &str, temperature: f32) -> String {
    format!("{model} (temperature {temperature})")
}

/// The key of a job request: the worker and every message, exactly.
pub fn job_key(worker: &str, messages: &[Message]) -> String {
    let mut hash = Fnv64::default();
    hash.field(worker);
    for message in messages {
        hash.field(&format!("{:?}", message.role));
        hash.field(&message.content);
    }
    hash.hex()
}

impl FindingsCache {
    pub fn get(&self, key: &str) -> Option<&CachedJob> {
        self.jobs.iter().rev().find(|job| job.key == key)
    }

    /// Keeps `job`, replacing an entry with its key; the oldest entries go
    /// past [`MAX_JOBS`].
    pub fn insert(&mut self, job: CachedJob) {
        self.jobs.retain(|kept| kept.key != job.key);
        self.jobs.push(job);
        if self.jobs.len() > MAX_JOBS {
            let excess = self.jobs.len() - MAX_JOBS;
            self.jobs.drain(..excess);
        }
    }

    /// Drops every job read from a document that is no longer loaded as it
    /// was, or answered by another worker than `worker`.
    pub fn invalidate(&mut self, documents: &[Document], worker: &str) -> Invalidated {
        let mut dropped = Invalidated::default();
        self.jobs.retain(|job| {
            let current =
                documents.iter().any(|d| d.name == job.document && d.fingerprint() == job.document_fingerprint);
            if !current {
                dropped.documents += 1;
            } else if job.worker != worker {
                dropped.worker += 1;
            }
            current && job.worker == worker
        });
        dropped
    }

    /// The instructions held, grouped, most recently run first.
    pub fn held(&self) -> Vec<HeldInstruction> {
        let mut held: Vec<HeldInstruction> = Vec::new();
        for job in self.jobs.iter().rev() {
            let found = held
                .iter_mut()
                .find(|h| h.instruction == job.instruction && h.advice == job.advice && h.chunking == job.chunking);
            let entry = match found {
                Some(entry) => entry,
                None => {
                    held.push(HeldInstruction {
                        instruction: job.instruction.clone(),
                        advice: job.advice.clone(),
                        chunking: job.chunking.clone(),
                        documents: Vec::new(),
                        chunks: 0,
                        answered: 0,
                    });
                    held.last_mut().expect("just pushed")
                }
            };
            entry.chunks += 1;
            entry.answered += usize::from(job.answered());
            if !entry.documents.contains(&job.document) {
                entry.documents.push(job.document.clone());
            }
        }
        held
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job(key: &str, document: &Document, worker: &str, answer: Option<&str>) -> CachedJob {
        CachedJob {
            key: key.into(),
            instruction: "Find the rent".into(),
            advice: String::new(),
            chunking: "pages, size 1".into(),
            document: document.name.clone(),
            document_fingerprint: document.fingerprint().into(),
            worker: worker.into(),
            parts: vec![CachedPart {
                span: 0..4,
                reply: JobReply {
                    explanation: "x".into(),
                    citation: None,
                    found: None,
                    answer: answer.map(str::to_string),
                },
            }],
        }
    }

    #[test]
    fn keys_follow_every_message_and_the_worker() {
        let messages = [Message::system("s"), Message::user("excerpt + instruction")];
        let key = job_key("m", &messages);
        assert_eq!(key, job_key("m", &messages));
        assert_ne!(key, job_key("other", &messages));
        assert_ne!(key, job_key("m", &[Message::system("s"), Message::user("excerpt + instruction!")]));
        assert_ne!(key, job_key("m", &[Message::user("s"), Message::user("excerpt + instruction")]));
    }

    #[test]
    fn a_changed_document_or_worker_invalidates_its_jobs_and_groups_say_what_is_held() {
        let lease = Document::from_text("lease.txt", "rent 900");
        let notes = Document::from_text("notes.txt", "nothing");
        let mut cache = FindingsCache::default();
        cache.insert(job("a", &lease, "w", Some("900")));
        cache.insert(job("b", &notes, "w", None));
        cache.insert(job("c", &lease, "other", None));
        cache.insert(job("a", &lease, "w", Some("900")));
        assert_eq!(cache.jobs.len(), 3, "a key is kept once");
        let held = cache.held();
        assert_eq!(held.len(), 1);
        assert_eq!((held[0].chunks, held[0].answered), (3, 1));
        assert_eq!(held[0].documents, ["lease.txt", "notes.txt"]);

        let changed = Document::from_text("notes.txt", "something else");
        let dropped = cache.invalidate(&[lease.clone(), changed], "w");
        assert_eq!(dropped, Invalidated { documents: 1, worker: 1 });
        assert_eq!(cache.jobs.iter().map(|j| j.key.as_str()).collect::<Vec<_>>(), ["a"]);
        assert_eq!(cache.invalidate(&[lease], "w"), Invalidated::default());
    }
}
