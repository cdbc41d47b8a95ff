//! The egress gate: the one door between the engine and the cloud (a
//! worker that is not on this device is audited by the session, see
//! `run/worker_calls.rs`, with the same [`AuditEntry`]).
//!
//! [`EgressGate`] owns the supervisor model from the start of a run; the
//! model cannot be reached any other way, so every supervisor-bound request
//! passes here. [`EgressGate::guard`] applies the privacy controls to the
//! request's messages (the verbatim guard, then redaction with placeholders;
//! see [`super::privacy`]); [`EgressGate::send`] records the exact body that
//! goes on the wire in the audit log as an [`AuditEntry`] (destination, size,
//! round, time, document text it still repeats, and what each control
//! changed), sends it, and restores placeholders in the reply.

use std::cell::{OnceCell, RefCell};
use std::collections::HashMap;
use std::collections::HashSet;
use std::future::Future;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::documents::Document;
use super::events::{Lane, Purpose};
use super::model::{ChatModel, ChatReply, ChatRequest, DeltaSink, Message, ModelEndpoint, ModelError};
use super::privacy::redact::Redactor;
use super::privacy::review::ReviewRequest;
use super::privacy::verbatim::{find_runs_each_paced, withhold, VerbatimRun};
use super::privacy::{Change, Control, PrivacyConfig, VerbatimPolicy};
use super::rolling::RollingHash;

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
    /// What the privacy controls changed in this request's new messages.
    #[serde(default)]
    pub changes: Vec<Change>,
    /// The reply as it came back (placeholders not yet restored); `None`
    /// when the request failed.
    #[serde(default)]
    pub reply: Option<String>,
    /// The cloud model, or a worker that is not on this device.
    #[serde(default)]
    pub lane: Lane,
}

/// When and why a request is sent, stamped by the protocol.
#[derive(Debug, Clone, PartialEq)]
pub struct Stamp {
    pub round: u32,
    pub purpose: Purpose,
    pub at_ms: f64,
}

/// What to do with quoted runs when the policy is "ask".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuotedRuns {
    /// Not decided yet: leave them in and list them for the user.
    Pending,
    Send,
    Withhold,
}

/// A request's messages as they would leave, and what the controls changed.
#[derive(Debug, Clone, PartialEq)]
pub struct Guarded {
    pub messages: Vec<Message>,
    pub changes: Vec<Change>,
    /// Quoted runs left in, waiting for the user's decision.
    pub pending: Vec<String>,
    /// The protocol's messages, before the controls.
    originals: Vec<String>,
    /// Which messages had not been decided before this request.
    fresh: Vec<bool>,
}

impl Guarded {
    /// Replaces the newest message (the user's edit); the audit says so.
    pub fn edit_newest(&mut self, text: String) {
        if let Some(last) = self.messages.last_mut() {
            last.content = text;
            self.pending.clear();
            self.changes.push(Change { control: Control::Review, detail: "Edited by you before sending.".into() });
        }
    }

    pub fn note(&mut self, change: Change) {
        self.changes.push(change);
    }
}

pub struct EgressGate<'a> {
    supervisor: Box<dyn ChatModel>,
    documents: &'a [Document],
    privacy: PrivacyConfig,
    /// Built once the run's inputs are checked (see [`Self::prepare`]).
    leaks: OnceCell<Rc<LeakIndex>>,
    redactor: RefCell<Redactor>,
    /// Messages already sent: the protocol's text → the text that left, so
    /// that a conversation resent each round reads the same to the cloud.
    decided: RefCell<HashMap<String, String>>,
    /// Quoted runs of messages not yet sent, so that the user's decision on
    /// a held request does not read the documents again.
    runs: RefCell<HashMap<String, Vec<VerbatimRun>>>,
    audit: RefCell<Vec<AuditEntry>>,
}

impl<'a> EgressGate<'a> {
    /// Takes ownership of the supervisor model for the run over `documents`.
    pub fn new(supervisor: Box<dyn ChatModel>, documents: &'a [Document], privacy: &PrivacyConfig) -> Self {
        Self {
            supervisor,
            documents,
            privacy: privacy.clone(),
            leaks: OnceCell::new(),
            redactor: RefCell::new(Redactor::new(privacy.listed())),
            decided: RefCell::new(HashMap::new()),
            runs: RefCell::new(HashMap::new()),
            audit: RefCell::new(Vec::new()),
        }
    }

    /// Builds the index of document text that each request is checked
    /// against, pausing between slices; without it the first request builds
    /// it at once.
    pub async fn prepare<F: Future<Output = ()>>(&self, pause: impl FnMut() -> F) {
        if self.leaks.get().is_none() {
            let index = LeakIndex::build(self.documents, pause).await;
            let _ = self.leaks.set(Rc::new(index));
        }
    }

    fn leaks(&self) -> &LeakIndex {
        self.leaks.get_or_init(|| Rc::new(LeakIndex::new(self.documents)))
    }

    /// The index of the documents' text, to share with the worker's audit.
    pub fn leak_index(&self) -> Rc<LeakIndex> {
        self.leaks();
        self.leaks.get().cloned().unwrap_or_else(|| Rc::new(LeakIndex::new(self.documents)))
    }

    pub fn endpoint(&self) -> ModelEndpoint {
        self.supervisor.endpoint()
    }

    pub fn privacy(&self) -> &PrivacyConfig {
        &self.privacy
    }

    /// Looks for quoted runs in the messages not looked at before, pausing
    /// between slices of the documents, so that [`EgressGate::guard`] then
    /// finds them known and does not read the documents at once.
    pub async fn find_quotes<F: Future<Output = ()>>(&self, messages: &[Message], pause: impl FnMut() -> F) {
        let texts: Vec<&str> = messages.iter().map(|m| m.content.as_str()).collect();
        self.remember_runs(&texts, pause).await;
    }

    /// Finds and keeps the quoted runs of those of `texts` not seen before
    /// (under the "send" policy nothing is looked for).
    async fn remember_runs<F: Future<Output = ()>>(&self, texts: &[&str], pause: impl FnMut() -> F) {
        if self.privacy.verbatim_policy == VerbatimPolicy::Send {
            return;
        }
        let missing: Vec<&str> = {
            let known = self.runs.borrow();
            texts.iter().copied().filter(|t| !known.contains_key(*t)).collect()
        };
        if missing.is_empty() {
            return;
        }
        let found = find_runs_each_paced(&missing, self.documents, self.privacy.verbatim_words, pause).await;
        let mut known = self.runs.borrow_mut();
        for (text, runs) in missing.into_iter().zip(found) {
            known.insert(text.to_string(), runs);
        }
    }

    /// The quoted runs of each of `texts`, looked for at once where not
    /// known yet. Under the "send" policy nothing is looked for (the audit's
    /// verbatim count still says what went).
    fn quoted_runs(&self, texts: &[&str]) -> Vec<Vec<VerbatimRun>> {
        crate::clock::finish_now(self.remember_runs(texts, || std::future::ready(())));
        let known = self.runs.borrow();
        texts.iter().map(|t| known.get(*t).cloned().unwrap_or_default()).collect()
    }

    /// Applies the verbatim guard and then redaction to every message not
    /// sent before; messages sent before leave as they did then.
    pub fn guard(&self, messages: &[Message], quoted: QuotedRuns) -> Guarded {
        let decided = self.decided.borrow();
        let fresh: Vec<&str> =
            messages.iter().map(|m| m.content.as_str()).filter(|c| !decided.contains_key(*c)).collect();
        let mut fresh_runs = self.quoted_runs(&fresh).into_iter();
        let mut guarded = Guarded {
            messages: Vec::with_capacity(messages.len()),
            changes: Vec::new(),
            pending: Vec::new(),
            originals: messages.iter().map(|m| m.content.clone()).collect(),
            fresh: Vec::with_capacity(messages.len()),
        };
        let mut replaced = Vec::new();
        let (mut withheld_runs, mut withheld_words, mut sent_runs, mut sent_words) = (0, 0, 0, 0);
        for message in messages {
            if let Some(done) = decided.get(&message.content) {
                guarded.messages.push(Message { role: message.role, content: done.clone() });
                guarded.fresh.push(false);
                continue;
            }
            guarded.fresh.push(true);
            let runs = fresh_runs.next().unwrap_or_default();
            let words: usize = runs.iter().map(|r| r.words).sum();
            let withhold_now = match (self.privacy.verbatim_policy, quoted) {
                (VerbatimPolicy::Withhold, _) | (VerbatimPolicy::Ask, QuotedRuns::Withhold) => true,
                (VerbatimPolicy::Send, _) | (VerbatimPolicy::Ask, QuotedRuns::Send) => false,
                (VerbatimPolicy::Ask, QuotedRuns::Pending) => {
                    guarded.pending.extend(runs.iter().map(|r| message.content[r.span.clone()].to_string()));
                    false
                }
            };
            let mut content = if withhold_now && !runs.is_empty() {
                withhold(&message.content, &runs)
            } else {
                message.content.clone()
            };
            if withhold_now {
                withheld_runs += runs.len();
                withheld_words += words;
            } else {
                sent_runs += runs.len();
                sent_words += words;
            }
            if self.privacy.redact {
                let (redacted, found) = self.redactor.borrow_mut().redact(&content);
                content = redacted;
                replaced.extend(found);
            }
            guarded.messages.push(Message { role: message.role, content });
        }
        if withheld_runs > 0 {
            guarded.changes.push(Change {
                control: Control::Verbatim,
                detail: format!(
                    "Withheld {withheld_runs} quoted run(s), {withheld_words} words repeated from the documents."
                ),
            });
        }
        if sent_runs > 0 && quoted != QuotedRuns::Pending {
            guarded.changes.push(Change {
                control: Control::Verbatim,
                detail: format!("Sent {sent_runs} quoted run(s), {sent_words} words repeated from the documents."),
            });
        }
        if !replaced.is_empty() {
            let mut seen = HashSet::new();
            let listed: Vec<String> = replaced
                .iter()
                .filter(|r| seen.insert(r.placeholder.clone()))
                .map(|r| format!("{} ({})", r.placeholder, r.kind.noun()))
                .collect();
            guarded.changes.push(Change {
                control: Control::Redaction,
                detail: format!("Replaced {} value(s): {}.", replaced.len(), listed.join(", ")),
            });
        }
        guarded
    }

    /// Remembers how the new messages of `guarded` left.
    pub fn commit(&self, guarded: &Guarded) {
        self.runs.borrow_mut().clear();
        let mut decided = self.decided.borrow_mut();
        for ((original, message), fresh) in guarded.originals.iter().zip(&guarded.messages).zip(&guarded.fresh) {
            if *fresh {
                decided.insert(original.clone(), message.content.clone());
            }
        }
    }

    /// The request as the user would approve it.
    pub fn review_request(&self, request: &ChatRequest, guarded: &Guarded, stamp: &Stamp) -> ReviewRequest {
        ReviewRequest {
            round: stamp.round,
            purpose: stamp.purpose.clone(),
            host: self.supervisor.endpoint().host,
            body: self.supervisor.wire_body(request),
            message: guarded.messages.last().map(|m| m.content.clone()).unwrap_or_default(),
            verbatim: guarded.pending.clone(),
        }
    }

    /// Records `request` (already guarded) in the audit log with `changes`,
    /// sends it to the supervisor, and restores placeholders in the reply.
    pub async fn send(
        &self,
        request: &ChatRequest,
        stamp: Stamp,
        changes: &[Change],
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
            verbatim_chars: self.leaks().verbatim_chars(&contents),
            changes: changes.to_vec(),
            reply: None,
            lane: Lane::Supervisor,
        };
        let position = entry.sequence as usize;
        self.audit.borrow_mut().push(entry);
        let mut reply = self.supervisor.chat(request, on_delta).await?;
        if let Some(entry) = self.audit.borrow_mut().get_mut(position) {
            entry.reply = Some(reply.text.clone());
        }
        reply.text = self.redactor.borrow().restore_reply(&reply.text);
        Ok(reply)
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

    /// The index, built at once.
    pub fn new(documents: &[Document]) -> Self {
        crate::clock::finish_now(Self::build(documents, || std::future::ready(())))
    }

    /// The same index, built [`Self::PAUSE_EVERY`] characters at a time,
    /// awaiting `pause` in between (the page stays responsive over 100 MB).
    pub async fn build<F: Future<Output = ()>>(documents: &[Document], mut pause: impl FnMut() -> F) -> Self {
        // Room for every window up front: growing the set rehashes it whole, in one long step.
        let bytes: usize = documents.iter().map(|d| d.text.len()).sum();
        let mut windows = HashSet::with_capacity(bytes / Self::STRIDE + 1);
        for document in documents {
            let mut roller = RollingHash::new(Self::WINDOW, HASH_BASE);
            for (position, c) in normalized(&document.text).enumerate() {
                Self::add(&mut windows, &mut roller, position, c);
                if position % Self::PAUSE_EVERY == Self::PAUSE_EVERY - 1 {
                    pause().await;
                }
            }
        }
        Self { windows }
    }

    const PAUSE_EVERY: usize = 100_000;

    fn add(windows: &mut HashSet<u64>, roller: &mut RollingHash, position: usize, c: char) {
        if let Some(hash) = roller.push(char_value(c)) {
            let start = position + 1 - Self::WINDOW;
            if start.is_multiple_of(Self::STRIDE) {
                windows.insert(hash);
            }
        }
    }

    /// How many characters of `texts` (normalized) lie in a window that also
    /// occurs in the documents.
    pub fn verbatim_chars(&self, texts: &[&str]) -> usize {
        let mut total = 0;
        for text in texts {
            let mut roller = RollingHash::new(Self::WINDOW, HASH_BASE);
            let mut covered_end = 0;
            for (position, c) in normalized(text).enumerate() {
                let Some(hash) = roller.push(char_value(c)) else { continue };
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

/// A character as the rolling hash takes it (never 0, so a leading NUL
/// still moves the hash).
fn char_value(c: char) -> u64 {
    u64::from(c) + 1
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

    #[test]
    fn the_index_built_in_slices_is_the_index_built_at_once() {
        let text = "Payment is due within thirty days of the invoice date. ".repeat(40_000);
        let documents = [Document::from_text("a.txt", text.as_str()), Document::from_text("b.txt", "short one")];
        let pauses = std::cell::Cell::new(0);
        let built = futures::executor::block_on(LeakIndex::build(&documents, || {
            pauses.set(pauses.get() + 1);
            std::future::ready(())
        }));
        assert_eq!(pauses.get(), text.chars().count() / LeakIndex::PAUSE_EVERY);
        assert!(pauses.get() >= 1);
        assert_eq!(built.windows, LeakIndex::new(&documents).windows);
    }
}
