//! Saved runs: [`HistoryEntry`] (question, documents by name and
//! fingerprint, transcript, answer, usage, audit) and its exports as
//! Markdown and JSON. Pure; the API key is never part of an entry.

use serde::{Deserialize, Serialize};

use minions_engine::accounting::CostReport;
use minions_engine::config::Protocol;
use minions_engine::documents::Document;
use minions_engine::events::Lane;
use minions_engine::minions::finding::Finding;

use super::i18n::{labels, Arg};
use super::state::RunView;
use crate::tr;

/// A document as a run remembers it: enough to recognise, not the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentRef {
    pub name: String,
    pub chars: usize,
    /// FNV-1a 64 of the text, hex: tells whether a document changed.
    pub fingerprint: String,
}

impl DocumentRef {
    pub fn of(document: &Document) -> Self {
        Self { name: document.name.clone(), chars: document.char_count(), fingerprint: document.fingerprint().into() }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HistoryEntry {
    pub id: String,
    /// Milliseconds since the epoch.
    pub at_ms: f64,
    pub question: String,
    pub protocol: Protocol,
    pub documents: Vec<DocumentRef>,
    pub view: RunView,
    pub cost: Option<CostReport>,
    pub findings: Vec<Finding>,
    /// A run of an evaluation: opened from its row, not listed in History.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub from_evaluation: bool,
    /// The conversation this run is a turn of; runs saved before
    /// conversations (and evaluation runs) are each their own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conversation: Option<String>,
    /// Its place in the conversation, from 0.
    #[serde(default)]
    pub turn: usize,
}

impl HistoryEntry {
    /// The id of the conversation it belongs to.
    pub fn conversation_id(&self) -> &str {
        self.conversation.as_deref().unwrap_or(&self.id)
    }

    pub fn status(&self) -> &'static str {
        self.view.status.label()
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    pub fn from_json(json: &str) -> Option<Self> {
        serde_json::from_str(json).ok()
    }

    /// A readable report of the run, its words in the page's language
    /// (`ask-export-…`). Token and byte counts go in as digits, ungrouped.
    pub fn to_markdown(&self) -> String {
        let mut out = format!("# {}\n\n", self.question.trim());
        out.push_str(&format!(
            "- {}\n- {}\n",
            tr!("ask-export-protocol", protocol = labels::protocol(self.protocol)),
            tr!("ask-export-status", status = labels::run_status(self.view.status)),
        ));
        for document in &self.documents {
            let (name, chars, fingerprint) = (&document.name, document.chars.to_string(), &document.fingerprint);
            let line = tr!("ask-export-document", name = name, chars = chars, fingerprint = fingerprint);
            out.push_str(&format!("- {line}\n"));
        }
        out.push_str(&format!("\n## {}\n\n", tr!("ask-export-answer")));
        match (&self.view.answer, &self.view.error) {
            (Some(answer), _) => out.push_str(answer.trim()),
            (None, Some(error)) => out.push_str(&tr!("ask-export-failed", error = error.to_string())),
            (None, None) => out.push_str(&tr!("ask-turn-no-answer")),
        }
        out.push_str(&format!("\n\n## {}\n\n", tr!("ask-export-transcript")));
        for message in &self.view.messages {
            let who = match (message.lane, message.reasoning) {
                (Lane::Supervisor, true) => tr!("ask-export-who-cloud-reasoning"),
                (Lane::Supervisor, false) => tr!("ask-export-who-cloud"),
                (Lane::Worker, _) => tr!("ask-export-who-local"),
            };
            let by = tr!("ask-export-message", who = who, round = message.round);
            out.push_str(&format!("**{by}** {}\n\n", message.text.trim()));
        }
        if let Some(cost) = &self.cost {
            let (prompt, completion) = (cost.cloud.prompt_tokens.to_string(), cost.cloud.completion_tokens.to_string());
            let cloud = tr!("ask-export-cloud-tokens", prompt = prompt, completion = completion);
            let only = tr!("ask-export-cloud-only", prompt = cost.cloud_only_prompt_tokens.to_string());
            let (prompt, completion) = (cost.local.prompt_tokens.to_string(), cost.local.completion_tokens.to_string());
            let local = tr!("ask-export-local-tokens", prompt = prompt, completion = completion);
            out.push_str(&format!("## {}\n\n- {cloud}\n- {only}\n- {local}\n\n", tr!("ask-export-cost")));
        }
        let requests = tr!("ask-export-requests", count = self.view.audit.len());
        out.push_str(&format!("## {}\n\n{requests}\n\n", tr!("ask-export-audit")));
        for (index, entry) in self.view.audit.iter().enumerate() {
            let (number, round, host) = (index + 1, entry.round, &entry.host);
            let (bytes, chars) = (entry.bytes.to_string(), entry.verbatim_chars.to_string());
            let args = [
                ("number", Arg::from(number)),
                ("round", Arg::from(round)),
                ("host", Arg::from(host)),
                ("bytes", Arg::from(bytes)),
                ("chars", Arg::from(chars)),
            ];
            let heading = match entry.lane {
                Lane::Supervisor => tr!("ask-export-request-cloud", args),
                Lane::Worker => tr!("ask-export-request-local", args),
            };
            out.push_str(&format!("### {heading}\n\n```json\n{}\n```\n\n", entry.body));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::web::state::RunStatus;
    use minions_engine::egress::AuditEntry;
    use minions_engine::events::Purpose;

    fn entry() -> HistoryEntry {
        let mut view = RunView { status: RunStatus::Done, answer: Some("**42**".into()), ..RunView::default() };
        view.audit.push(AuditEntry {
            sequence: 0,
            round: 1,
            purpose: Purpose::Plan,
            host: "api.openai.com".into(),
            model: "gpt-4o".into(),
            body: "{\"model\":\"gpt-4o\"}".into(),
            bytes: 17,
            at_ms: 1.0,
            verbatim_chars: 0,
            changes: Vec::new(),
            reply: None,
            lane: minions_engine::events::Lane::Supervisor,
        });
        HistoryEntry {
            id: "run-1".into(),
            at_ms: 1.0,
            question: "What is it?".into(),
            protocol: Protocol::Minions,
            documents: vec![DocumentRef::of(&Document::from_text("a.txt", "text"))],
            view,
            cost: None,
            findings: Vec::new(),
            from_evaluation: false,
            conversation: None,
            turn: 0,
        }
    }

    #[test]
    fn an_entry_round_trips_through_json() {
        let entry = entry();
        assert_eq!(HistoryEntry::from_json(&entry.to_json()), Some(entry.clone()));
        assert_eq!(HistoryEntry::from_json("garbage"), None);
        let evaluated = HistoryEntry { from_evaluation: true, ..entry.clone() };
        assert_eq!(HistoryEntry::from_json(&evaluated.to_json()), Some(evaluated));
        assert!(!entry.to_json().contains("from_evaluation"), "entries saved before the flag read the same");
    }

    #[test]
    fn markdown_export_has_the_answer_transcript_and_audit() {
        let markdown = entry().to_markdown();
        assert!(markdown.starts_with("# What is it?\n"));
        assert!(markdown.contains("## Answer\n\n**42**"));
        assert!(markdown
            .contains("### Request 1 to the cloud (round 1, api.openai.com, 17 bytes, 0 characters of document text)"));
        assert!(markdown.contains(&format!("fingerprint {}", minions_engine::fingerprint::fingerprint("text"))));
        let mut reasoned = entry();
        reasoned.view.apply(&minions_engine::events::Event::SupervisorReasoning {
            call: 1,
            round: 1,
            text: "The worker gave the figure.".into(),
        });
        reasoned
            .view
            .apply(&minions_engine::events::Event::SupervisorMessage { round: 1, text: "Anything else?".into() });
        let markdown = reasoned.to_markdown();
        assert!(markdown.contains(
            "**Cloud's reasoning, round 1:** The worker gave the figure.\n\n**Cloud, round 1:** Anything else?"
        ));
    }
}
