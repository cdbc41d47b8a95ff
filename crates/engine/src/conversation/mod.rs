//! A conversation: what one turn leaves for the next. [`Conversation`] is
//! plain data that the page keeps with the conversation and hands to
//! [`crate::run::converse`] with each new question; the turn gives
//! back the conversation as it stands after it.
//!
//! It holds what the cloud model hears of earlier turns (the questions, its
//! own answers and notes, and a summary of older turns once they outgrow
//! their budget: never document text), the findings cache that spares the
//! local model jobs it already ran ([`findings_cache`]), and Minion's chat
//! with the worker, continued by a follow-up ([`worker_chat`]).

pub mod findings_cache;
pub(crate) mod memory;
pub mod worker_chat;

use serde::{Deserialize, Serialize};

use crate::config::Protocol;

pub use findings_cache::{CachedJob, CachedPart, FindingsCache};
pub use worker_chat::WorkerChat;

/// Everything a conversation carries between turns.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Conversation {
    /// Earlier turns that ended with an answer, oldest first (those folded
    /// into `summary` are gone from here).
    pub turns: Vec<PastTurn>,
    /// The cloud model's summary of the turns before `turns`.
    pub summary: Option<EarlierSummary>,
    pub findings: FindingsCache,
    pub worker_chat: Option<WorkerChat>,
}

impl Conversation {
    /// Questions answered so far, the summarised ones included.
    pub fn answered(&self) -> usize {
        self.turns.len() + self.summary.as_ref().map_or(0, |s| s.turns)
    }
}

/// One earlier question as the supervisor remembers it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PastTurn {
    pub question: String,
    /// The supervisor's final answer (the worker's under local only).
    pub answer: String,
    /// The supervisor's notes: MinionS's scratchpad or its last reasoning.
    #[serde(default)]
    pub notes: String,
    pub protocol: Protocol,
}

/// What the cloud model wrote of turns that no longer fit verbatim.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EarlierSummary {
    pub text: String,
    /// How many turns it covers.
    pub turns: usize,
}
