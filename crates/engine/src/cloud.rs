//! Cloud only, the evaluation's baseline: one request with the task and the
//! documents themselves, through the egress gate like every cloud request
//! (recorded whole in the audit, marked as sent by the user's consent).
//! It breaks this product's promise, so it runs only when the run's
//! configuration says the user confirmed it.

use super::events::Purpose;
use super::parse::{extract_object, Fields, ParseError};
use super::privacy::{Change, Control};
use super::prompts::cloud as prompts;
use super::run::{Session, Stop};
use super::schemas;

fn answer(reply: &str) -> Result<String, ParseError> {
    let object = extract_object(reply)?;
    let answer = Fields(&object).string("answer")?;
    if answer.trim().is_empty() {
        return Err(ParseError::empty("answer"));
    }
    Ok(answer)
}

pub(crate) async fn run(session: &Session<'_>) -> Result<String, Stop> {
    let chars: usize = session.documents.iter().map(|d| d.char_count()).sum();
    session.note(Change {
        control: Control::Review,
        detail: format!(
            "Cloud only: {} document(s), {chars} characters, sent to the cloud as you confirmed for this run.",
            session.documents.len()
        ),
    });
    let (answer, _) = session
        .ask_supervisor(
            prompts::messages(session.task, session.documents, session.earlier_turns().as_deref()),
            schemas::cloud_answer(),
            Purpose::CloudAnswer,
            1,
            answer,
        )
        .await?;
    Ok(answer)
}
