//! Local only: the worker answers alone and nothing leaves the device.
//!
//! When the documents fit the worker's context it answers from all of them
//! at once; otherwise it runs one MinionS round whose single task is the
//! question itself, then combines its own findings into the answer. In a
//! conversation it hears the earlier questions and answers with the new one.

use super::error::{ContextAdvice, RunError};
use super::events::{Event, Purpose};
use super::minions::{aggregate, execute, record_findings, single_task_jobs};
use super::model::Message;
use super::prompts::local as prompts;
use super::run::{Session, Stop, WorkerFailure};
use super::tokens::estimate_tokens;
use super::worker::context_window;

pub(crate) async fn run(session: &Session<'_>) -> Result<String, Stop> {
    session.emit(Event::RoundStarted { round: 1, of: 1 });
    // In a conversation the worker hears the earlier questions and answers too (nothing leaves the device).
    let question = match session.earlier_turns() {
        Some(earlier) => format!("{earlier}Question: {}", session.task),
        None => session.task.to_string(),
    };
    let system = prompts::answer_system(session.documents);
    let estimate = estimate_tokens(&system.content) + estimate_tokens(&question) + 16;
    if let Ok(context_tokens) = context_window(estimate, session.config.worker.num_predict, &session.config.worker) {
        let messages = vec![system, Message::user(question)];
        let request = session.worker_request(messages, None, context_tokens);
        return answer(session, &request, Purpose::LocalAnswer).await;
    }

    let (jobs, plan, context_tokens) = single_task_jobs(session, session.task).await?;
    session.emit(Event::JobsQueued { round: 1, jobs: jobs.iter().map(|j| j.card(session.documents)).collect() });
    let results = execute::run_jobs(session, &jobs, &plan.chunking, context_tokens, 1).await?;
    record_findings(session, &results, 1);
    let aggregate = aggregate::aggregate(&results, &plan.tasks, session.documents, true, None);
    session.emit(Event::Aggregated {
        round: 1,
        answered: aggregate.answered,
        abstained: aggregate.abstained,
        failed: aggregate.failed,
    });
    let messages = prompts::synthesize(&question, &aggregate.text);
    let estimate: usize = messages.iter().map(|m| estimate_tokens(&m.content)).sum();
    let context_tokens = context_window(estimate, session.config.worker.num_predict, &session.config.worker)
        .map_err(|shortfall| Stop::Failed(shortfall.into_error(ContextAdvice::NarrowerQuestion)))?;
    let request = session.worker_request(messages, None, context_tokens);
    answer(session, &request, Purpose::LocalSynthesize).await
}

async fn answer(session: &Session<'_>, request: &super::model::ChatRequest, purpose: Purpose) -> Result<String, Stop> {
    match session.call_worker(request, purpose, 1).await {
        Ok((_, reply)) => {
            session.emit(Event::WorkerMessage { round: 1, text: reply.text.clone() });
            Ok(reply.text)
        }
        Err(WorkerFailure::Cancelled) => Err(Stop::Cancelled),
        Err(WorkerFailure::Model(error)) => Err(Stop::Failed(RunError::Worker(error))),
    }
}
