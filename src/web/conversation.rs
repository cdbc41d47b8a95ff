//! The conversation as the page keeps it: its turns (each a saved run, a
//! [`HistoryEntry`] marked with the conversation's id), the engine's
//! [`Conversation`] that the next turn builds on, and the turn in progress.
//! Also the history's conversations (entries grouped by id), the totals
//! of a conversation's cost, and its Markdown and JSON exports. Pure.

use serde::{Deserialize, Serialize};

use minions_engine::config::Protocol;
use minions_engine::conversation::{Conversation, PastTurn};

use super::history::HistoryEntry;
use super::state::RunStatus;
use crate::tr;

/// The conversation in the page.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PageConversation {
    pub id: String,
    /// The turns asked so far, oldest first.
    pub turns: Vec<HistoryEntry>,
    /// What the next turn builds on.
    pub memory: Conversation,
    /// The question of the turn in progress.
    pub pending: Option<String>,
}

/// What the page stores of a conversation besides its turns.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StoredMemory {
    pub id: String,
    pub memory: Conversation,
}

/// A conversation's cost: what its turns spent in the cloud, and what
/// sending the documents with each question would have.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct ConversationCost {
    pub turns: usize,
    pub cloud_tokens: u64,
    pub cloud_only_tokens: u64,
    pub dollars: Option<f64>,
    pub cloud_only_dollars: Option<f64>,
}

/// A conversation as History lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct ConversationListing {
    pub id: String,
    pub first_question: String,
    pub turns: usize,
    /// When its latest turn was asked.
    pub at_ms: f64,
    pub status: RunStatus,
    pub protocols: Vec<Protocol>,
}

impl PageConversation {
    pub fn new(id: impl Into<String>) -> Self {
        Self { id: id.into(), ..Self::default() }
    }

    /// A saved conversation: its turns from the history and its memory as
    /// stored, or (for runs saved before conversations, or a memory lost)
    /// the questions and answers its turns hold.
    pub fn reopened(id: &str, entries: &[HistoryEntry], memory: Option<Conversation>) -> Self {
        let mut turns: Vec<HistoryEntry> =
            entries.iter().filter(|e| !e.from_evaluation && e.conversation_id() == id).cloned().collect();
        turns.sort_by(|a, b| a.turn.cmp(&b.turn).then(a.at_ms.total_cmp(&b.at_ms)));
        let memory = memory.unwrap_or_else(|| Conversation {
            turns: turns
                .iter()
                .filter_map(|turn| {
                    Some(PastTurn {
                        question: turn.question.trim().to_string(),
                        answer: turn.view.answer.clone()?.trim().to_string(),
                        notes: String::new(),
                        protocol: turn.protocol,
                    })
                })
                .collect(),
            ..Conversation::default()
        });
        Self { id: id.to_string(), turns, memory, pending: None }
    }

    /// The number the next turn gets.
    pub fn next_turn(&self) -> usize {
        self.turns.iter().map(|t| t.turn + 1).max().unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.turns.is_empty() && self.pending.is_none()
    }

    pub fn cost(&self) -> ConversationCost {
        let mut total = ConversationCost { turns: self.turns.len(), ..ConversationCost::default() };
        let mut priced = true;
        for cost in self.turns.iter().filter_map(|t| t.cost.as_ref()) {
            total.cloud_tokens += cost.cloud.prompt_tokens + cost.cloud.completion_tokens;
            total.cloud_only_tokens += cost.cloud_only_prompt_tokens + cost.cloud_only_completion_tokens;
            match (cost.cloud_dollars, cost.cloud_only_dollars) {
                (Some(run), Some(only)) => {
                    total.dollars = Some(total.dollars.unwrap_or(0.0) + run);
                    total.cloud_only_dollars = Some(total.cloud_only_dollars.unwrap_or(0.0) + only);
                }
                _ => priced = false,
            }
        }
        if !priced {
            total.dollars = None;
            total.cloud_only_dollars = None;
        }
        total
    }

    /// Every turn as a readable report, its words in the page's language.
    pub fn to_markdown(&self) -> String {
        let title = self.turns.first().map(|t| t.question.trim().to_string()).unwrap_or_default();
        let mut out = format!(
            "# {}\n\n{}\n\n",
            tr!("ask-export-conversation", title = title),
            tr!("ask-export-questions", count = self.turns.len())
        );
        let cost = self.cost();
        out.push_str(&format!(
            "- {}\n- {}\n\n",
            tr!("ask-export-conversation-cloud", tokens = cost.cloud_tokens.to_string()),
            tr!("ask-export-conversation-cloud-only", tokens = cost.cloud_only_tokens.to_string()),
        ));
        for (index, turn) in self.turns.iter().enumerate() {
            // Each turn's own report, its headings one level down.
            let report = turn.to_markdown();
            let report = report.strip_prefix("# ").unwrap_or(&report);
            out.push_str(&format!("## {} ", tr!("ask-export-question", number = index + 1)));
            for line in report.lines() {
                if line.starts_with('#') {
                    out.push('#');
                }
                out.push_str(line);
                out.push('\n');
            }
            out.push('\n');
        }
        out
    }

    /// Every turn and the memory, as JSON (no API key: entries hold none).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(&serde_json::json!({
            "conversation": self.id,
            "turns": self.turns,
            "memory": self.memory,
        }))
        .unwrap_or_default()
    }
}

/// The history's conversations, newest first (evaluation runs left out).
pub fn conversations(entries: &[HistoryEntry]) -> Vec<ConversationListing> {
    let mut listed: Vec<ConversationListing> = Vec::new();
    let mut turns: Vec<&HistoryEntry> = entries.iter().filter(|e| !e.from_evaluation).collect();
    turns.sort_by(|a, b| a.turn.cmp(&b.turn).then(a.at_ms.total_cmp(&b.at_ms)));
    for entry in turns {
        let id = entry.conversation_id();
        match listed.iter_mut().find(|c| c.id == id) {
            Some(listing) => {
                listing.turns += 1;
                if entry.at_ms >= listing.at_ms {
                    listing.at_ms = entry.at_ms;
                    listing.status = entry.view.status;
                }
                if !listing.protocols.contains(&entry.protocol) {
                    listing.protocols.push(entry.protocol);
                }
            }
            None => listed.push(ConversationListing {
                id: id.to_string(),
                first_question: entry.question.clone(),
                turns: 1,
                at_ms: entry.at_ms,
                status: entry.view.status,
                protocols: vec![entry.protocol],
            }),
        }
    }
    listed.sort_by(|a, b| b.at_ms.total_cmp(&a.at_ms));
    listed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::web::state::RunView;
    use minions_engine::accounting::{CostReport, LaneTotals};

    fn entry(conversation: &str, turn: usize, question: &str, answer: Option<&str>) -> HistoryEntry {
        let view = RunView {
            status: if answer.is_some() { RunStatus::Done } else { RunStatus::Failed },
            answer: answer.map(str::to_string),
            ..RunView::default()
        };
        HistoryEntry {
            id: format!("run-{conversation}-{turn}"),
            at_ms: 1_000.0 + turn as f64,
            question: question.into(),
            protocol: Protocol::Minions,
            documents: Vec::new(),
            view,
            cost: Some(CostReport {
                cloud: LaneTotals { prompt_tokens: 100, completion_tokens: 20, ..LaneTotals::default() },
                cloud_only_prompt_tokens: 5_000,
                cloud_only_completion_tokens: 50,
                cloud_dollars: Some(0.001),
                cloud_only_dollars: Some(0.05),
                ..CostReport::default()
            }),
            findings: Vec::new(),
            from_evaluation: false,
            conversation: Some(conversation.into()),
            turn,
        }
    }

    #[test]
    fn a_reopened_conversation_has_its_turns_in_order_and_rebuilds_a_lost_memory() {
        let entries = [
            entry("c1", 1, "And February?", Some("38,900")),
            entry("c2", 0, "Other", Some("x")),
            entry("c1", 0, "Which month?", Some("March")),
            entry("c1", 2, "And January?", None),
        ];
        let conversation = PageConversation::reopened("c1", &entries, None);
        let questions: Vec<&str> = conversation.turns.iter().map(|t| t.question.as_str()).collect();
        assert_eq!(questions, ["Which month?", "And February?", "And January?"]);
        assert_eq!(conversation.next_turn(), 3);
        let remembered: Vec<&str> = conversation.memory.turns.iter().map(|t| t.answer.as_str()).collect();
        assert_eq!(remembered, ["March", "38,900"], "a failed turn is no history");
        let stored = Conversation { turns: Vec::new(), ..Conversation::default() };
        assert_eq!(PageConversation::reopened("c1", &entries, Some(stored.clone())).memory, stored);

        let cost = conversation.cost();
        assert_eq!((cost.turns, cost.cloud_tokens, cost.cloud_only_tokens), (3, 360, 15_150));
        assert!((cost.dollars.unwrap() - 0.003).abs() < 1e-12);

        let markdown = conversation.to_markdown();
        assert!(markdown.starts_with("# Conversation: Which month?\n\n3 questions."), "{markdown}");
        assert!(markdown.contains("## Question 1: Which month?\n"), "{markdown}");
        assert!(markdown.contains("## Question 3: And January?\n"), "{markdown}");
        assert!(markdown.contains("### Answer\n\nMarch"), "{markdown}");
        let json: serde_json::Value = serde_json::from_str(&conversation.to_json()).unwrap();
        assert_eq!(json["turns"].as_array().map(Vec::len), Some(3));
    }

    #[test]
    fn history_lists_one_row_per_conversation_newest_first() {
        let mut old = entry("run-old", 0, "Saved before conversations", Some("a"));
        old.conversation = None;
        old.id = "run-old".into();
        old.at_ms = 10.0;
        let mut evaluation = entry("e", 0, "An evaluation row", Some("b"));
        evaluation.from_evaluation = true;
        let entries =
            [old, entry("c1", 0, "Which month?", Some("March")), entry("c1", 1, "And February?", None), evaluation];
        let listed = conversations(&entries);
        assert_eq!(listed.len(), 2);
        assert_eq!((listed[0].id.as_str(), listed[0].turns, listed[0].status), ("c1", 2, RunStatus::Failed));
        assert_eq!(listed[0].first_question, "Which month?");
        assert_eq!((listed[1].id.as_str(), listed[1].turns), ("run-old", 1), "an old run is its own conversation");
    }
}
