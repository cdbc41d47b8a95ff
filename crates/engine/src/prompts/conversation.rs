//! What the supervisor is told of a conversation: the earlier turns (its
//! own answers and notes, never document text), the findings the workers
//! already hold, and the request to summarise turns that outgrew their
//! budget; and how a follow-up reaches Minion's worker.

use crate::conversation::findings_cache::HeldInstruction;
use crate::conversation::{EarlierSummary, PastTurn};
use crate::model::Message;

/// Most held instructions listed for the planner (the most recent).
const MAX_HELD: usize = 12;

/// The earlier turns as a block that opens a supervisor prompt; `None` for
/// a conversation's first question.
pub fn earlier_turns(summary: Option<&EarlierSummary>, turns: &[PastTurn]) -> Option<String> {
    if summary.is_none() && turns.is_empty() {
        return None;
    }
    Some(format!(
        "This question follows earlier ones in a conversation about the same documents. What was asked and answered so far:\n\
{}\nThe new question may refer to these (\"it\", \"that figure\", \"the other one\"); read it in their light.\n\n",
        record(summary, turns)
    ))
}

/// The summary and each turn's question, answer and notes, one block each.
fn record(summary: Option<&EarlierSummary>, turns: &[PastTurn]) -> String {
    let mut out = String::new();
    if let Some(summary) = summary {
        out.push_str(&format!(
            "\nSummary of the first {} question{}: {}\n",
            summary.turns,
            if summary.turns == 1 { "" } else { "s" },
            summary.text.trim()
        ));
    }
    let first = summary.map_or(0, |s| s.turns);
    for (i, turn) in turns.iter().enumerate() {
        out.push_str(&format!(
            "\nQuestion {}: {}\nYour answer: {}\n",
            first + i + 1,
            turn.question.trim(),
            turn.answer.trim()
        ));
        if !turn.notes.trim().is_empty() {
            out.push_str(&format!("Your notes: {}\n", turn.notes.trim()));
        }
    }
    out
}

/// The instructions the workers already ran in this conversation, for the
/// planner; `None` when there are none.
pub fn held_findings(held: &[HeldInstruction]) -> Option<String> {
    if held.is_empty() {
        return None;
    }
    let mut out = String::from(
        "\nFindings this conversation already holds: the workers ran these instructions in earlier questions. \
A task whose instruction and advice are exactly the same, under the same chunking, is answered from them at once, \
without reading the documents again:\n",
    );
    for instruction in held.iter().take(MAX_HELD) {
        let advice =
            if instruction.advice.is_empty() { String::new() } else { format!(", advice \"{}\"", instruction.advice) };
        out.push_str(&format!(
            "- \"{}\"{advice} ({}; {} chunk{} of {} read, {} answered)\n",
            instruction.instruction,
            instruction.chunking,
            instruction.chunks,
            if instruction.chunks == 1 { "" } else { "s" },
            instruction.documents.join(", "),
            instruction.answered,
        ));
    }
    out.push_str(
        "Repeat an instruction word for word when its findings serve this question; plan new tasks only for what is missing.\n",
    );
    Some(out)
}

/// Asks the supervisor to fold earlier turns into one summary of at most
/// `max_words` words.
pub fn summary_messages(summary: Option<&EarlierSummary>, turns: &[PastTurn], max_words: usize) -> Vec<Message> {
    vec![
        Message::system(
            "You keep the memory of a conversation about documents that you cannot see. Summarise the conversation \
so far so that later questions can build on it: keep every figure, name, date and conclusion, and what was found \
missing. Reply with a JSON object only: {\"summary\": \"<the summary>\"}.",
        ),
        Message::user(format!(
            "The conversation so far:\n{}\nSummarise it in at most {max_words} words.",
            record(summary, turns)
        )),
    ]
}

/// The first question a follow-up turn puts to Minion's continued worker
/// chat: the user's new task, then the supervisor's question.
pub fn follow_up_question(task: &str, question: &str) -> String {
    format!("The user now asks: {task}\n\n{question}")
}
