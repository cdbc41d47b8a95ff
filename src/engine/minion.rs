//! Minion: a conversation between the supervisor and the worker.
//!
//! The supervisor opens with one question; each round the worker answers it
//! from the whole context and the supervisor either gives the final answer or
//! asks again. The last round accepts only `final`. For R rounds: at most
//! R + 1 supervisor calls and R worker calls.

use super::documents::describe_documents;
use super::error::RunError;
use super::events::{Event, Purpose};
use super::model::Message;
use super::prompts::minion as prompts;
use super::replies::{MinionDecision, SupervisorQuestion};
use super::run::{Session, Stop, WorkerFailure};
use super::schemas;
use super::tokens::estimate_tokens;
use super::worker::context_window;

pub(crate) async fn run(session: &Session<'_>) -> Result<String, Stop> {
    let max_rounds = session.config.max_rounds;
    let worker_system = prompts::worker_system(session.task, session.documents);
    let context_tokens = worker_context(session, &worker_system)?;

    let mut supervisor_thread = vec![
        Message::system(prompts::supervisor_system()),
        Message::user(prompts::supervisor_open(session.task, &describe_documents(session.documents), max_rounds)),
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
    let mut question = opening.message;
    let mut worker_thread = vec![worker_system];

    for round in 1..=max_rounds {
        session.emit(Event::RoundStarted { round, of: max_rounds });
        session.emit(Event::SupervisorMessage { round, text: question.clone() });
        worker_thread.push(Message::user(question.clone()));
        let request = session.worker_request(worker_thread.clone(), None, context_tokens);
        let answer = match session.call_worker(&request, Purpose::Answer, round).await {
            Ok((_, reply)) => reply.text,
            Err(WorkerFailure::Cancelled) => return Err(Stop::Cancelled),
            Err(WorkerFailure::Model(error)) => return Err(Stop::Failed(RunError::Worker(error))),
        };
        session.emit(Event::WorkerMessage { round, text: answer.clone() });
        worker_thread.push(Message::assistant(answer.clone()));

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
        supervisor_thread.push(Message::assistant(raw));
        match decision {
            MinionDecision::Final { answer } => {
                session.emit(Event::Decision { round, decision: "final".into() });
                return Ok(answer);
            }
            MinionDecision::Ask { message } => {
                session.emit(Event::Decision { round, decision: "ask".into() });
                question = message;
            }
        }
    }
    // The last round only accepts `final`, so the loop always returns.
    Err(Stop::Failed(RunError::MalformedReply { role: "cloud".into(), attempts: 0, detail: "no final answer".into() }))
}

/// The worker's `num_ctx` for the whole conversation, sized for the context
/// plus room for the questions and answers of every round.
fn worker_context(session: &Session, system: &Message) -> Result<u32, Stop> {
    let settings = &session.config.worker;
    let conversation_room = session.config.max_rounds as usize * (settings.num_predict as usize + 128);
    let estimate = estimate_tokens(&system.content) + conversation_room;
    context_window(estimate, settings.num_predict, settings).map_err(|shortfall| {
        Stop::Failed(
            shortfall.into_error(
                "Choose MinionS, which reads the documents in chunks, or a local model with a longer context.",
            ),
        )
    })
}
