//! The messages between the page and the engine's Web Worker
//! (`src/bin/engine-worker.rs`): what a run needs going in, the engine's
//! events and results coming out. Plain data, sent as JSON strings; the
//! documents' text travels beside a [`ToEngine::Start`] as transferred
//! buffers (one per [`DocumentHead`], in order), never through JSON.
//! Pure, so that a host test sends a whole scripted run through it.

use serde::{Deserialize, Serialize};

use minions_engine::accounting::{CostReport, PriceTable};
use minions_engine::config::{Protocol, RunConfig};
use minions_engine::conversation::Conversation;
use minions_engine::documents::{Document, DocumentKind};
use minions_engine::eval::questions::Question;
use minions_engine::eval::results::Row;
use minions_engine::events::Event;
use minions_engine::model::ModelError;
use minions_engine::privacy::review::Decision;
use minions_engine::run::RunReport;

use super::history::DocumentRef;
use super::settings::WorkerEndpoint;

/// The cloud model a run talks to. The key lives in the worker's memory for
/// the run, like the page's; it is never printed.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct SupervisorEndpoint {
    pub url: String,
    pub key: String,
    pub model: String,
}

impl std::fmt::Debug for SupervisorEndpoint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SupervisorEndpoint")
            .field("url", &self.url)
            .field("key", &if self.key.is_empty() { "" } else { "…" })
            .field("model", &self.model)
            .finish()
    }
}

/// The models of a run: the worker endpoints (one, or a MinionS pool) and
/// the cloud model (none for local only).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Models {
    pub workers: Vec<WorkerEndpoint>,
    pub supervisor: Option<SupervisorEndpoint>,
}

/// A document without its text (which goes as a buffer beside the message).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentHead {
    pub name: String,
    pub kind: DocumentKind,
}

impl DocumentHead {
    pub fn of(document: &Document) -> Self {
        Self { name: document.name.clone(), kind: document.kind }
    }

    /// The document again, from its head and its text.
    pub fn with_text(self, text: String) -> Document {
        Document::new(self.name, self.kind, text)
    }
}

/// What the worker is asked to run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Job {
    /// The next turn of a conversation.
    Turn { task: String, config: RunConfig, memory: Conversation, prices: PriceTable },
    /// Every question under every protocol.
    Evaluation {
        questions: Vec<Question>,
        protocols: Vec<Protocol>,
        config: RunConfig,
        cloud_confirmed: bool,
        prices: PriceTable,
    },
}

/// The page to the worker. `run` is the page's number for a run, so that
/// what an earlier (cancelled) run still says is told apart.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ToEngine {
    Start {
        run: u32,
        job: Box<Job>,
        models: Models,
        documents: Vec<DocumentHead>,
    },
    Cancel {
        run: u32,
    },
    /// The user's decision on the request the run is holding.
    Decide {
        run: u32,
        decision: Decision,
    },
    /// A piece of the in-page model's reply stream (its JSON chunk).
    TabChunk {
        call: u32,
        chunk: String,
    },
    /// The in-page model's call ended, or failed with `failure`.
    TabDone {
        call: u32,
        failure: Option<ModelError>,
    },
}

/// The worker to the page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FromEngine {
    /// The worker started; messages sent before this were lost.
    Ready,
    Event {
        run: u32,
        event: Event,
    },
    /// A turn ended (whatever its outcome), with its cost against sending
    /// the documents to the cloud and the documents' references.
    TurnDone {
        run: u32,
        report: Box<RunReport>,
        conversation: Box<Conversation>,
        cost: Box<CostReport>,
        documents: Vec<DocumentRef>,
    },
    /// A finished row of an evaluation, with the documents its question names.
    Row {
        run: u32,
        row: Row,
        report: Option<Box<RunReport>>,
        cost: Option<Box<CostReport>>,
        documents: Vec<DocumentRef>,
    },
    EvaluationDone {
        run: u32,
    },
    /// The in-page model lives in the page: this call is for it to make.
    TabChat {
        call: u32,
        body: String,
    },
    /// Stop that call's generation (the run was cancelled).
    TabAbort {
        call: u32,
    },
    /// The worker stopped after an unexpected error (a bug).
    Stopped {
        detail: String,
    },
}

impl ToEngine {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn from_json(json: &str) -> Option<Self> {
        serde_json::from_str(json).ok()
    }
}

impl FromEngine {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn from_json(json: &str) -> Option<Self> {
        serde_json::from_str(json).ok()
    }

    /// The run a message belongs to; `None` for the worker's own.
    pub fn run(&self) -> Option<u32> {
        match self {
            Self::Event { run, .. }
            | Self::TurnDone { run, .. }
            | Self::Row { run, .. }
            | Self::EvaluationDone { run } => Some(*run),
            Self::Ready | Self::TabChat { .. } | Self::TabAbort { .. } | Self::Stopped { .. } => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_is_not_printed() {
        let models = Models {
            workers: vec![WorkerEndpoint::default()],
            supervisor: Some(SupervisorEndpoint {
                url: "https://api.openai.com/v1".into(),
                key: "sk-very-secret".into(),
                model: "gpt-4o".into(),
            }),
        };
        let start = ToEngine::Start {
            run: 1,
            job: Box::new(Job::Turn {
                task: "q".into(),
                config: RunConfig::default(),
                memory: Conversation::default(),
                prices: PriceTable::default(),
            }),
            models,
            documents: vec![],
        };
        assert!(!format!("{start:?}").contains("sk-very-secret"));
        // It does reach the worker.
        assert_eq!(ToEngine::from_json(&start.to_json()), Some(start));
    }

    #[test]
    fn a_document_comes_back_whole_from_its_head_and_text() {
        let document = Document::new("report.pdf", DocumentKind::Pdf, "page one\u{c}page two");
        let back = DocumentHead::of(&document).with_text(document.text.to_string());
        assert_eq!(back, document);
        assert_eq!(back.page_count(), 2);
    }

    #[test]
    fn what_is_not_a_message_is_none() {
        assert_eq!(FromEngine::from_json("missing"), None);
        assert_eq!(ToEngine::from_json("{\"to_engine\":\"launch\"}"), None);
    }
}
