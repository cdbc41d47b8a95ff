//! Minion's chat with the worker, kept between turns so that a follow-up
//! continues it: the worker's prompt (documents first) and every earlier
//! question and answer stay byte for byte the same, so a local server's
//! prompt cache serves them and only the new question is read.
//!
//! The documents themselves are not kept here (the page may not keep them
//! at all): the system prompt is rebuilt from the loaded documents and the
//! task it was first written for, and the chat is used only while those
//! documents and the worker model are the same.

use serde::{Deserialize, Serialize};

use crate::documents::Document;
use crate::model::Message;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WorkerChat {
    /// The worker it was held with ([`super::findings_cache::worker_key`]).
    pub worker: String,
    /// Name and fingerprint of each document in the worker's prompt, in order.
    pub documents: Vec<(String, String)>,
    /// The task the worker's system prompt names (the chat's first question).
    pub task: String,
    /// The chat after the system prompt: questions and answers.
    pub messages: Vec<Message>,
    /// The `num_ctx` it was held in: kept while the chat fits, since Ollama
    /// reloads the model (and loses its cache) when it changes.
    #[serde(default)]
    pub context_tokens: u32,
}

/// Why a kept chat cannot be continued.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChatMismatch {
    Documents,
    Worker,
}

impl ChatMismatch {
    pub fn sentence(self) -> &'static str {
        match self {
            Self::Documents => "the documents changed since its last answer",
            Self::Worker => "the local model changed since its last answer",
        }
    }
}

impl WorkerChat {
    pub fn document_list(documents: &[Document]) -> Vec<(String, String)> {
        documents.iter().map(|d| (d.name.clone(), d.fingerprint().to_string())).collect()
    }

    /// Whether this chat was held over exactly `documents` with `worker`.
    pub fn check(&self, documents: &[Document], worker: &str) -> Result<(), ChatMismatch> {
        if self.worker != worker {
            return Err(ChatMismatch::Worker);
        }
        if self.documents != Self::document_list(documents) {
            return Err(ChatMismatch::Documents);
        }
        Ok(())
    }
}
