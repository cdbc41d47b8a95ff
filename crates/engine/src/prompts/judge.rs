//! The judge's prompt: the supervisor decides whether a reply answers a
//! question as the expected answer does. It sees the question, the expected
//! answer and the reply, never document text.

use crate::model::Message;

pub fn messages(question: &str, expected: &str, reply: &str) -> Vec<Message> {
    vec![
        Message::system(
            "You grade answers. Given a question, the expected answer and a reply, decide whether the reply gives \
the same answer: the same facts, numbers and entities, in any wording, units or order. Extra correct detail is \
fine; a missing, different or hedged-between-options answer is incorrect. Reply with a JSON object: \
{\"verdict\": \"correct\" or \"incorrect\", \"reason\": one short sentence}.",
        ),
        Message::user(format!("Question: {question}\n\nExpected answer: {expected}\n\nReply to grade: {reply}")),
    ]
}
