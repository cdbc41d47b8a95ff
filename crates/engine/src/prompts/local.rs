//! Local-only prompts: the worker answers alone, from the whole context or
//! by combining its own findings from chunks.

use crate::documents::Document;
use crate::model::Message;

use super::joined_documents;

pub fn answer_system(documents: &[Document]) -> Message {
    Message::system(format!(
        "You answer the user's question from the documents below. Be accurate and concise; quote figures, names and dates \
exactly as written. If the documents do not contain the answer, say so.\n\n## Documents\n\n{}",
        joined_documents(documents)
    ))
}

pub fn synthesize(task: &str, findings: &str) -> Vec<Message> {
    vec![
        Message::system(
            "You answer the user's question from notes that were taken while reading their documents excerpt by excerpt. \
Combine the notes into one accurate, concise answer; if they conflict, say so; if they do not answer the question, say so.",
        ),
        Message::user(format!("Question: {task}\n\nNotes:\n{findings}\nAnswer the question.")),
    ]
}
