//! Cloud only's prompt: the task and every document, whole, for the cloud
//! model to answer alone (the evaluation's baseline).

use crate::documents::Document;
use crate::model::Message;

use super::ANSWER_IN_QUESTION_LANGUAGE;

/// `earlier` is the conversation's earlier turns, after the documents so
/// that a cloud prompt cache keeps them.
pub fn messages(task: &str, documents: &[Document], earlier: Option<&str>) -> Vec<Message> {
    let mut context = String::new();
    for document in documents {
        // Page breaks become blank lines: form feeds mean nothing to a reader.
        context.push_str(&format!(
            "### {}\n\n{}\n\n",
            document.name,
            document.text.trim_end().replace('\u{c}', "\n\n")
        ));
    }
    vec![
        Message::system(format!(
            "Answer the user's question from the documents below, and only from them. Be brief and exact: give the \
answer itself (a number with its unit, a name, a date, a short sentence). If the documents do not say, answer \
\"The documents do not say.\" {ANSWER_IN_QUESTION_LANGUAGE} Reply with a JSON object: {{\"answer\": your answer}}."
        )),
        Message::user(format!("Documents:\n\n{context}{}Question: {task}", earlier.unwrap_or_default())),
    ]
}
