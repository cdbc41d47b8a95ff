//! Minion: a conversation between the supervisor and the worker.
//!
//! The supervisor opens with one question; each round the worker answers it
//! from the whole context and the supervisor either gives the final answer or
//! asks again. The last round accepts only `final`. For R rounds: at most
//! R + 1 supervisor calls and R worker calls.
//!
//! In a conversation the supervisor's opening carries the earlier turns, and
//! the worker's chat of earlier turns goes on (same documents, same worker):
//! its prompt up to the new question is what the server read last time.

use super::conversation::{ChatRestartReason, WorkerChat};
use super::documents::describe_documents;
use super::error::{ContextAdvice, RunError};
use super::events::{Event, Lane, Purpose, RoundDecision};
use super::model::{Message, Role};
use super::parse::ParseError;
use super::prompts::conversation::follow_up_question;
use super::prompts::minion as prompts;
use super::replies::{reasoning_of, MinionDecision, SupervisorQuestion};
use super::run::{Session, Stop, WorkerFailure};
use super::schemas;
use super::tokens::estimate_tokens;
use super::worker::context_window;

pub(crate) async fn run(session: &Session<'_>) -> Result<String, Stop> {
    let max_rounds = session.config.max_rounds;
    let mut chat = open_worker_chat(session)?;

    let earlier = session.earlier_turns();
    let mut supervisor_thread = vec![
        Message::system(prompts::supervisor_system()),
        Message::user(prompts::supervisor_open(
            session.task,
            &describe_documents(session.documents),
            max_rounds,
            earlier.as_deref(),
        )),
    ];
    let (opening, raw) = session
        .ask_supervisor(
            supervisor_thread.clone(),
            schemas::supervisor_question(),
            Purpose::Open,
            0,
            SupervisorQuestion::parse,
        )
        .await?;
    supervisor_thread.push(Message::assistant(raw));
    let result = converse(session, &mut chat, supervisor_thread, opening.message).await;
    // A question left without its answer (a failure, a cancel) is not kept.
    if chat.messages.last().is_some_and(|m| m.role == Role::User) {
        chat.messages.pop();
    }
    if !chat.messages.is_empty() {
        session.keep_worker_chat(Some(chat));
    }
    result
}

/// The rounds: the worker answers, the supervisor decides.
async fn converse(
    session: &Session<'_>,
    chat: &mut WorkerChat,
    mut supervisor_thread: Vec<Message>,
    mut question: String,
) -> Result<String, Stop> {
    let max_rounds = session.config.max_rounds;
    let worker_system = prompts::worker_system(&chat.task, session.documents);
    let follow_up = !chat.messages.is_empty();
    for round in 1..=max_rounds {
        session.emit(Event::RoundStarted { round, of: max_rounds });
        session.emit(Event::SupervisorMessage { round, text: question.clone() });
        let asked =
            if follow_up && round == 1 { follow_up_question(session.task, &question) } else { question.clone() };
        chat.messages.push(Message::user(asked));
        let mut thread = vec![worker_system.clone()];
        thread.extend(chat.messages.iter().cloned());
        let request = session.worker_request(thread, None, chat.context_tokens);
        let answer = match session.call_worker(&request, Purpose::Answer, round).await {
            Ok((_, reply)) => reply.text,
            Err(WorkerFailure::Cancelled) => return Err(Stop::Cancelled),
            Err(WorkerFailure::Model(error)) => return Err(Stop::Failed(RunError::Worker(error))),
        };
        session.emit(Event::WorkerMessage { round, text: answer.clone() });
        chat.messages.push(Message::assistant(answer.clone()));

        let report = session.shield(&answer, round).await?;
        supervisor_thread.push(Message::user(prompts::supervisor_decide(&report, round, max_rounds)));
        let last_round = round >= max_rounds;
        let (decision, raw) = session
            .ask_supervisor(
                supervisor_thread.clone(),
                schemas::minion_decision(last_round),
                Purpose::Decide,
                round,
                |text| MinionDecision::parse(text, last_round),
            )
            .await?;
        match decision {
            MinionDecision::Final { answer } => {
                session.emit(Event::Decision { round, decision: RoundDecision::Final });
                session.keep_notes(&reasoning_of(&raw).unwrap_or_default());
                return Ok(answer);
            }
            MinionDecision::Ask { message } => {
                session.emit(Event::Decision { round, decision: RoundDecision::Ask });
                supervisor_thread.push(Message::assistant(raw));
                question = message;
            }
        }
    }
    // The last round only accepts `final`, so the loop always returns.
    Err(Stop::Failed(RunError::MalformedReply {
        lane: Lane::Supervisor,
        attempts: 0,
        problem: ParseError::NoFinalAnswer,
    }))
}

/// The worker's chat for this turn: the conversation's, when it was held
/// over these documents with this worker and still fits its context, or a
/// new one over the documents.
fn open_worker_chat(session: &Session) -> Result<WorkerChat, Stop> {
    let fresh = || WorkerChat {
        worker: session.worker_key.clone(),
        documents: WorkerChat::document_list(session.documents),
        task: session.task.to_string(),
        messages: Vec::new(),
        context_tokens: 0,
    };
    let mut chat = match session.worker_chat() {
        Some(kept) => match kept.check(session.documents, &session.worker_key) {
            Ok(()) => kept,
            Err(mismatch) => {
                session.emit(Event::WorkerChatRestarted { reason: mismatch.into() });
                fresh()
            }
        },
        None => fresh(),
    };
    if !chat.messages.is_empty() {
        match worker_context(session, &chat) {
            Ok(window) => {
                // A window the chat already had stays, so the server keeps its cache.
                chat.context_tokens = chat.context_tokens.max(window).min(session.config.worker.context_limit);
                session.emit(Event::WorkerChatContinued { messages: chat.messages.len() });
                return Ok(chat);
            }
            Err(_) => {
                session.emit(Event::WorkerChatRestarted { reason: ChatRestartReason::NoLongerFits });
                chat = fresh();
            }
        }
    }
    chat.context_tokens = worker_context(session, &chat)?;
    Ok(chat)
}

/// The worker's `num_ctx` for the chat, sized for its prompt plus room for
/// the questions and answers of every round.
fn worker_context(session: &Session, chat: &WorkerChat) -> Result<u32, Stop> {
    let settings = &session.config.worker;
    let system = prompts::worker_system(&chat.task, session.documents);
    let conversation_room = session.config.max_rounds as usize * (settings.num_predict as usize + 128);
    let earlier: usize = chat.messages.iter().map(|m| estimate_tokens(&m.content) + 4).sum();
    let estimate = estimate_tokens(&system.content) + earlier + conversation_room;
    context_window(estimate, settings.num_predict, settings)
        .map_err(|shortfall| Stop::Failed(shortfall.into_error(ContextAdvice::ReadInChunks)))
}
