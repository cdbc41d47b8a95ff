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
use crate::error::RunError;

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

/// Why earlier turns are left out of what the cloud model hears
/// ([`crate::events::Event::HistoryDropped`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum HistoryDropReason {
    /// The cloud model was asked to summarise them and failed.
    SummaryFailed { error: RunError },
    /// They do not fit `budget` tokens even summarised.
    OverBudget { budget: usize },
}

impl std::fmt::Display for HistoryDropReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::SummaryFailed { error } => write!(f, "the cloud model could not summarise them ({error})"),
            Self::OverBudget { budget } => {
                write!(f, "they do not fit the conversation's budget of {budget} tokens even summarised")
            }
        }
    }
}

/// Why findings of earlier turns can no longer be used
/// ([`crate::events::Event::FindingsInvalidated`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingsDropReason {
    /// A document they were read from changed or was removed.
    DocumentChanged,
    /// Another local model answered them.
    OtherWorker,
}

impl std::fmt::Display for FindingsDropReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::DocumentChanged => "a document they were read from changed or was removed",
            Self::OtherWorker => "another local model answered them",
        })
    }
}

/// Why Minion's chat with the worker starts again from the documents
/// ([`crate::events::Event::WorkerChatRestarted`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChatRestartReason {
    /// The documents changed since its last answer.
    DocumentsChanged,
    /// The local model changed since its last answer.
    WorkerChanged,
    /// Its earlier questions and answers no longer fit the local model's context.
    NoLongerFits,
}

impl From<worker_chat::ChatMismatch> for ChatRestartReason {
    fn from(mismatch: worker_chat::ChatMismatch) -> Self {
        match mismatch {
            worker_chat::ChatMismatch::Documents => Self::DocumentsChanged,
            worker_chat::ChatMismatch::Worker => Self::WorkerChanged,
        }
    }
}

impl std::fmt::Display for ChatRestartReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::DocumentsChanged => "the documents changed since its last answer",
            Self::WorkerChanged => "the local model changed since its last answer",
            Self::NoLongerFits => "its earlier questions and answers no longer fit the local model's context",
        })
    }
}

#[cfg(test)]
mod reason_tests {
    use super::*;

    #[test]
    fn reasons_read_as_they_always_did() {
        assert_eq!(
            HistoryDropReason::OverBudget { budget: 2_000 }.to_string(),
            "they do not fit the conversation's budget of 2000 tokens even summarised"
        );
        assert_eq!(
            HistoryDropReason::SummaryFailed { error: RunError::NoTask }.to_string(),
            format!("the cloud model could not summarise them ({})", RunError::NoTask)
        );
        assert_eq!(ChatRestartReason::from(worker_chat::ChatMismatch::Worker), ChatRestartReason::WorkerChanged);
        assert_eq!(
            ChatRestartReason::from(worker_chat::ChatMismatch::Documents).to_string(),
            worker_chat::ChatMismatch::Documents.sentence()
        );
    }
}
