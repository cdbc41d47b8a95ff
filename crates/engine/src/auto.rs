//! "Auto": choosing the protocol for a task from the documents' size, the
//! worker's context, the question, and whether a cloud model is set up.
//!
//! Minion is the cheapest in cloud tokens but makes the small worker read
//! everything at once, which small models do badly past a few thousand
//! tokens (the paper's finding); MinionS reads in chunks and scales.

use super::config::{Protocol, WorkerSettings};
use super::documents::Document;

/// Largest document set, in tokens, that Minion is chosen for.
pub const MINION_MAX_TOKENS: usize = 8_000;

/// Questions that need every part of the documents read with care (lists,
/// counts, summaries) rather than one fact found.
fn asks_for_everything(question: &str) -> bool {
    let question = question.to_lowercase();
    ["all ", "every", "each ", "list", "how many", "summar", "overview", "compare"]
        .iter()
        .any(|cue| question.contains(cue))
}

/// Above this many tokens, a question about everything goes to MinionS even
/// when Minion could read it whole.
const WHOLE_READ_TOKENS: usize = 2_000;

/// The protocol to run, and why, in a sentence for the user.
pub fn choose_protocol(
    documents: &[Document],
    question: &str,
    has_supervisor: bool,
    worker: &WorkerSettings,
) -> (Protocol, String) {
    let tokens: usize = documents.iter().map(Document::estimated_tokens).sum();
    if !has_supervisor {
        return (Protocol::Local, "No cloud model is set up, so the local model answers alone.".into());
    }
    let room = worker.context_limit.saturating_sub(4 * worker.num_predict + worker.context_margin) as usize;
    if tokens > WHOLE_READ_TOKENS && asks_for_everything(question) && tokens <= room {
        return (
            Protocol::Minions,
            format!("The question asks about the whole of the documents (about {tokens} tokens), so they are read chunk by chunk: MinionS."),
        );
    }
    if tokens <= MINION_MAX_TOKENS.min(room) {
        (
            Protocol::Minion,
            format!("The documents are short (about {tokens} tokens), so the local model can read them whole: Minion."),
        )
    } else {
        (
            Protocol::Minions,
            format!("The documents are long (about {tokens} tokens), so they are read in chunks: MinionS."),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_documents_get_minion_long_ones_minions_and_no_cloud_local() {
        let worker = WorkerSettings::default();
        let short = [Document::from_text("a.txt", "word ".repeat(1_000))];
        let long = [Document::from_text("b.txt", "word ".repeat(50_000))];
        assert_eq!(choose_protocol(&short, "What is the rent?", true, &worker).0, Protocol::Minion);
        assert_eq!(choose_protocol(&long, "What is the rent?", true, &worker).0, Protocol::Minions);
        assert_eq!(choose_protocol(&short, "What is the rent?", false, &worker).0, Protocol::Local);
        let small_context = WorkerSettings { context_limit: 2_048, ..WorkerSettings::default() };
        assert_eq!(choose_protocol(&short, "What is the rent?", true, &small_context).0, Protocol::Minions);
        let medium = [Document::from_text("c.txt", "word ".repeat(3_000))];
        assert_eq!(choose_protocol(&medium, "What is the rent?", true, &worker).0, Protocol::Minion);
        assert_eq!(choose_protocol(&medium, "List every payment date", true, &worker).0, Protocol::Minions);
        assert_eq!(choose_protocol(&short, "List every payment date", true, &worker).0, Protocol::Minion);
    }
}
