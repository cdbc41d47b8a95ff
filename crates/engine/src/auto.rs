//! "Auto": choosing the protocol for a task from the documents' size, the
//! worker's context, the question, and whether a cloud model is set up.
//!
//! Minion is the cheapest in cloud tokens but makes the small worker read
//! everything at once, which small models do badly past a few thousand
//! tokens (the paper's finding); MinionS reads in chunks and scales.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::config::{Protocol, WorkerSettings};
use super::documents::Document;

/// Largest document set, in tokens, that Minion is chosen for.
pub const MINION_MAX_TOKENS: usize = 8_000;

/// Words of questions that need every part of the documents read with care
/// (lists, counts, summaries) rather than one fact found, in the page's
/// languages (English, German, Spanish, French, Japanese, Chinese).
const WHOLE_READ_CUES: &[&str] = &[
    "all ",
    "every",
    "each ",
    "list",
    "how many",
    "summar",
    "overview",
    "compare", // English
    "alle",
    "jede",
    "liste",
    "wie viele",
    "zusammenfass",
    "überblick",
    "vergleich", // German
    "todos",
    "todas",
    "cada",
    "lista",
    "cuántos",
    "cuántas",
    "resum",
    "compar", // Spanish
    "tous",
    "toutes",
    "chaque",
    "combien",
    "résum",
    "aperçu", // French
    "すべて",
    "全て",
    "全部",
    "一覧",
    "いくつ",
    "要約",
    "比較", // Japanese
    "所有",
    "每",
    "列出",
    "多少个",
    "几个",
    "总结",
    "概述",
    "比较", // Chinese
];

fn asks_for_everything(question: &str) -> bool {
    let question = question.to_lowercase();
    WHOLE_READ_CUES.iter().any(|cue| question.contains(cue))
}

/// Above this many tokens, a question about everything goes to MinionS even
/// when Minion could read it whole.
const WHOLE_READ_TOKENS: usize = 2_000;

/// Why Auto chose its protocol; `tokens` is the documents' estimated size.
/// Its `Display` is the English the page shows (in other languages the page
/// words it from its catalog).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Error)]
pub enum AutoReason {
    #[error("No cloud model is set up, so the local model answers alone.")]
    NoSupervisor,
    #[error("The question asks about the whole of the documents (about {tokens} tokens), so they are read chunk by chunk: MinionS.")]
    AsksAboutEverything { tokens: usize },
    #[error("The documents are short (about {tokens} tokens), so the local model can read them whole: Minion.")]
    Short { tokens: usize },
    #[error("The documents are long (about {tokens} tokens), so they are read in chunks: MinionS.")]
    Long { tokens: usize },
}

impl AutoReason {
    /// The protocol this reason leads to.
    pub fn protocol(self) -> Protocol {
        match self {
            Self::NoSupervisor => Protocol::Local,
            Self::Short { .. } => Protocol::Minion,
            Self::AsksAboutEverything { .. } | Self::Long { .. } => Protocol::Minions,
        }
    }
}

/// Why Auto runs the protocol it does ([`AutoReason::protocol`]).
pub fn choose_protocol(
    documents: &[Document],
    question: &str,
    has_supervisor: bool,
    worker: &WorkerSettings,
) -> AutoReason {
    if !has_supervisor {
        return AutoReason::NoSupervisor;
    }
    let tokens: usize = documents.iter().map(Document::estimated_tokens).sum();
    let room = worker.context_limit.saturating_sub(4 * worker.num_predict + worker.context_margin) as usize;
    if tokens > WHOLE_READ_TOKENS && asks_for_everything(question) && tokens <= room {
        AutoReason::AsksAboutEverything { tokens }
    } else if tokens <= MINION_MAX_TOKENS.min(room) {
        AutoReason::Short { tokens }
    } else {
        AutoReason::Long { tokens }
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
        assert_eq!(choose_protocol(&short, "What is the rent?", true, &worker).protocol(), Protocol::Minion);
        assert_eq!(choose_protocol(&long, "What is the rent?", true, &worker).protocol(), Protocol::Minions);
        assert_eq!(choose_protocol(&short, "What is the rent?", false, &worker).protocol(), Protocol::Local);
        let small_context = WorkerSettings { context_limit: 2_048, ..WorkerSettings::default() };
        assert_eq!(choose_protocol(&short, "What is the rent?", true, &small_context).protocol(), Protocol::Minions);
        let medium = [Document::from_text("c.txt", "word ".repeat(3_000))];
        assert_eq!(choose_protocol(&medium, "What is the rent?", true, &worker).protocol(), Protocol::Minion);
        assert_eq!(choose_protocol(&medium, "List every payment date", true, &worker).protocol(), Protocol::Minions);
        assert_eq!(choose_protocol(&short, "List every payment date", true, &worker).protocol(), Protocol::Minion);
        let reason = choose_protocol(&medium, "What is the rent?", true, &worker);
        assert_eq!(
            reason.to_string(),
            "The documents are short (about 3000 tokens), so the local model can read them whole: Minion."
        );
    }

    #[test]
    fn a_question_about_everything_is_recognised_in_each_language_of_the_page() {
        let worker = WorkerSettings::default();
        let medium = [Document::from_text("c.txt", "word ".repeat(3_000))];
        let everything = [
            "List every payment date",
            "Liste alle Zahlungstermine auf",
            "¿Cuántos pagos hay en total?",
            "Combien de paiements y a-t-il ?",
            "一共有多少个付款日期？",
            "支払日をすべて挙げてください",
            "列出所有付款日期",
        ];
        for question in everything {
            assert_eq!(
                choose_protocol(&medium, question, true, &worker),
                AutoReason::AsksAboutEverything { tokens: 3_000 },
                "{question}"
            );
        }
        let one_fact = [
            "What is the rent?",
            "Wie hoch ist die Miete?",
            "¿Cuál es el alquiler?",
            "Quel est le loyer ?",
            "家賃はいくらですか？",
            "租金是多少？",
        ];
        for question in one_fact {
            assert_eq!(choose_protocol(&medium, question, true, &worker).protocol(), Protocol::Minion, "{question}");
        }
    }
}
