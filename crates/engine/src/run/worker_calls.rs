//! Calls to the local model: the request from the run's worker settings,
//! and the call itself, retried after transient failures.

use super::calls::MAX_RESENDS;
use super::{Session, WorkerFailure};
use crate::events::{Event, Lane, Purpose};
use crate::model::{ChatReply, ChatRequest, Message, ModelError, ReplySchema};
use crate::worker_audit::{WorkerRoute, WorkerStamp};

impl Session<'_> {
    /// Sends one request to the worker (`request.context_tokens` set by the
    /// caller), retrying transient failures after a wait; returns the call's
    /// number and the reply.
    pub async fn call_worker(
        &self,
        request: &ChatRequest,
        purpose: Purpose,
        round: u32,
    ) -> Result<(u32, ChatReply), WorkerFailure> {
        let mut retries = 0;
        let mut resends = 0;
        loop {
            let call = self.new_call();
            let (started, estimate) = self.start_call(call, Lane::Worker, &purpose, round, request);
            let on_delta = |text: &str| self.emit(Event::Delta { call, text: text.to_string() });
            let emit = |event: Event| self.emit(event);
            let stamp = WorkerStamp { call, round, purpose: purpose.clone(), at_ms: started };
            let route = WorkerRoute::new(&self.worker_audit, request, stamp, self.clock, self.pooled, &emit);
            let outcome = self.cancel.race(self.worker.chat_routed(request, &on_delta, &route)).await;
            route.finish(match &outcome {
                Ok(Ok(reply)) => Some(reply.text.as_str()),
                _ => None,
            });
            let error = match outcome {
                Err(_) => return Err(WorkerFailure::Cancelled),
                Ok(Ok(reply)) => {
                    self.finish_call(call, Lane::Worker, round, estimate, &reply, started);
                    if matches!(purpose, Purpose::Job { .. }) {
                        let elapsed = self.clock.now_ms() - started;
                        let concurrency = self.config.concurrency;
                        if let Some(ratio) = self.queue_watch.borrow_mut().record(elapsed, reply.server_ms, concurrency)
                        {
                            self.emit(Event::WorkerQueueing { concurrency, ratio });
                        }
                    }
                    return Ok((call, reply));
                }
                Ok(Err(error)) => error,
            };
            self.emit(Event::CallFailed { call, lane: Lane::Worker, error: error.clone() });
            match error {
                ModelError::Resend { change } if resends < MAX_RESENDS => {
                    resends += 1;
                    self.emit(Event::RequestReshaped { lane: Lane::Worker, change });
                }
                error => match self.wait_before_retry(&error, &mut retries, call, Lane::Worker).await {
                    Ok(()) => {}
                    Err(Some(_)) => return Err(WorkerFailure::Cancelled),
                    Err(None) => return Err(WorkerFailure::Model(error)),
                },
            }
        }
    }

    /// A worker request. A reply with a bounded schema gets the schema's
    /// bound as its output limit (the grammar closes it before that); free
    /// text gets the worker's `num_predict`.
    pub fn worker_request(
        &self,
        messages: Vec<Message>,
        schema: Option<ReplySchema>,
        context_tokens: u32,
    ) -> ChatRequest {
        ChatRequest {
            max_output_tokens: Some(worker_output_tokens(schema.as_ref(), &self.config.worker)),
            messages,
            schema,
            temperature: Some(self.config.worker.temperature),
            context_tokens: Some(context_tokens),
            reasoning_effort: None,
        }
    }
}

/// The output limit of a worker reply that follows `schema` (free text
/// when `None`).
pub(crate) fn worker_output_tokens(schema: Option<&ReplySchema>, settings: &crate::config::WorkerSettings) -> u32 {
    schema.and_then(|s| crate::schemas::output_token_bound(&s.schema)).unwrap_or(settings.num_predict)
}
