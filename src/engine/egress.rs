//! The egress gate: the one door between the engine and the cloud.
//!
//! [`EgressGate`] owns the supervisor model from the start of a run; the
//! model cannot be reached any other way, so every supervisor-bound request
//! passes [`EgressGate::send`]. There each request is checked for document
//! text ([`LeakIndex`]) and recorded in the audit log as an [`AuditEntry`]
//! holding the exact body that goes on the wire, its destination, size, round
//! and time. Redaction and the other privacy controls belong here too.

use std::cell::RefCell;
use std::collections::HashSet;
use std::collections::VecDeque;

use serde::{Deserialize, Serialize};

use super::documents::Document;
use super::events::Purpose;
use super::model::{ChatModel, ChatReply, ChatRequest, DeltaSink, ModelEndpoint, ModelError};

/// One request that left (or was about to leave) the device.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditEntry {
    /// Position in the log, from 0.
    pub sequence: u32,
    pub round: u32,
    pub purpose: Purpose,
    /// Host the request went to.
    pub host: String,
    pub model: String,
    /// The exact request body.
    pub body: String,
    pub bytes: usize,
    pub at_ms: f64,
    /// Characters of the request that repeat document text verbatim (runs of
    /// [`LeakIndex::GUARANTEED_RUN`] characters or more are always caught).
    pub verbatim_chars: usize,
}

/// When and why a request is sent, stamped by the protocol.
#[derive(Debug, Clone, PartialEq)]
pub struct Stamp {
    pub round: u32,
    pub purpose: Purpose,
    pub at_ms: f64,
}

pub struct EgressGate {
    supervisor: Box<dyn ChatModel>,
    leaks: LeakIndex,
    audit: RefCell<Vec<AuditEntry>>,
}

impl EgressGate {
    /// Takes ownership of the supervisor model for the run over `documents`.
    pub fn new(supervisor: Box<dyn ChatModel>, documents: &[Document]) -> Self {
        Self { supervisor, leaks: LeakIndex::new(documents), audit: RefCell::new(Vec::new()) }
    }

    pub fn endpoint(&self) -> ModelEndpoint {
        self.supervisor.endpoint()
    }

    /// Records `request` in the audit log, then sends it to the supervisor.
    pub async fn send(
        &self,
        request: &ChatRequest,
        stamp: Stamp,
        on_delta: DeltaSink<'_>,
    ) -> Result<ChatReply, ModelError> {
        let endpoint = self.supervisor.endpoint();
        let body = self.supervisor.wire_body(request);
        let contents: Vec<&str> = request.messages.iter().map(|m| m.content.as_str()).collect();
        let entry = AuditEntry {
            sequence: self.audit.borrow().len() as u32,
            round: stamp.round,
            purpose: stamp.purpose,
            host: endpoint.host,
            model: endpoint.model,
            bytes: body.len(),
            body,
            at_ms: stamp.at_ms,
            verbatim_chars: self.leaks.verbatim_chars(&contents),
        };
        self.audit.borrow_mut().push(entry);
        self.supervisor.chat(request, on_delta).await
    }

    pub fn audit(&self) -> Vec<AuditEntry> {
        self.audit.borrow().clone()
    }

    /// The entries recorded from position `from` on.
    pub fn entries_since(&self, from: usize) -> Vec<AuditEntry> {
        self.audit.borrow().get(from..).map(<[AuditEntry]>::to_vec).unwrap_or_default()
    }

    pub fn entry_count(&self) -> usize {
        self.audit.borrow().len()
    }
}

/// Fingerprints of the documents' text for finding verbatim repeats.
///
/// Text is compared after lowercasing and folding whitespace. The index keeps
/// the hash of every [`Self::WINDOW`]-character window that starts at a
/// multiple of [`Self::STRIDE`], so its memory is a small fraction of the
/// text, yet any repeat of [`Self::GUARANTEED_RUN`] characters contains a
/// stored window.
pub struct LeakIndex {
    windows: HashSet<u64>,
}

const HASH_BASE: u64 = 0x100_0000_01b3;

impl LeakIndex {
    pub const WINDOW: usize = 30;
    pub const STRIDE: usize = 30;
    pub const GUARANTEED_RUN: usize = Self::WINDOW + Self::STRIDE - 1;

    pub fn new(documents: &[Document]) -> Self {
        let mut windows = HashSet::new();
        for document in documents {
            let mut roller = Roller::new(Self::WINDOW);
            for (position, c) in normalized(&document.text).enumerate() {
                if let Some(hash) = roller.push(c) {
                    let start = position + 1 - Self::WINDOW;
                    if start % Self::STRIDE == 0 {
                        windows.insert(hash);
                    }
                }
            }
        }
        Self { windows }
    }

    /// How many characters of `texts` (normalized) lie in a window that also
    /// occurs in the documents.
    pub fn verbatim_chars(&self, texts: &[&str]) -> usize {
        let mut total = 0;
        for text in texts {
            let mut roller = Roller::new(Self::WINDOW);
            let mut covered_end = 0;
            for (position, c) in normalized(text).enumerate() {
                let Some(hash) = roller.push(c) else { continue };
                if self.windows.contains(&hash) {
                    let end = position + 1;
                    total += end - covered_end.max(end - Self::WINDOW);
                    covered_end = end;
                }
            }
        }
        total
    }
}

/// Lowercase characters with every run of whitespace folded into one space.
fn normalized(text: &str) -> impl Iterator<Item = char> + '_ {
    let mut in_space = false;
    text.chars().flat_map(char::to_lowercase).filter_map(move |c| {
        if c.is_whitespace() {
            if in_space {
                return None;
            }
            in_space = true;
            Some(' ')
        } else {
            in_space = false;
            Some(c)
        }
    })
}

/// A polynomial rolling hash over the last `window` characters.
struct Roller {
    window: usize,
    recent: VecDeque<char>,
    hash: u64,
    top_power: u64,
}

impl Roller {
    fn new(window: usize) -> Self {
        let top_power = (1..window).fold(1u64, |p, _| p.wrapping_mul(HASH_BASE));
        Self { window, recent: VecDeque::with_capacity(window + 1), hash: 0, top_power }
    }

    /// Adds a character; returns the window's hash once the window is full.
    fn push(&mut self, c: char) -> Option<u64> {
        if self.recent.len() == self.window {
            if let Some(old) = self.recent.pop_front() {
                self.hash = self.hash.wrapping_sub((u64::from(old) + 1).wrapping_mul(self.top_power));
            }
        }
        self.recent.push_back(c);
        self.hash = self.hash.wrapping_mul(HASH_BASE).wrapping_add(u64::from(c) + 1);
        (self.recent.len() == self.window).then_some(self.hash)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_verbatim_run_is_counted_and_reworded_text_is_not() {
        let text = "The tenant shall pay the landlord the sum of four thousand two hundred euros on the first day of each month.";
        let index = LeakIndex::new(&[Document::from_text("lease.txt", text)]);
        let quoted = format!("The worker said: {}", &text[4..90]);
        let counted = index.verbatim_chars(&[&quoted]);
        assert!((LeakIndex::GUARANTEED_RUN..=86).contains(&counted), "{counted}");
        assert_eq!(index.verbatim_chars(&["The rent is 4,200 EUR, due monthly on the 1st."]), 0);
    }

    #[test]
    fn case_and_whitespace_do_not_hide_a_repeat() {
        let text = "Patient record: allergic to penicillin since childhood, confirmed by skin test in March.";
        let index = LeakIndex::new(&[Document::from_text("r.txt", text)]);
        let shouted = text.to_uppercase().replace(' ', "\n  ");
        assert!(index.verbatim_chars(&[&shouted]) >= LeakIndex::GUARANTEED_RUN);
    }
}
