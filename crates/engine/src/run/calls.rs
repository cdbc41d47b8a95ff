//! What every model call shares: its number, its start and finish events
//! with the usage they record, and the wait before a retry.

use super::{Session, Stop};
use crate::accounting::{CallMeasure, CallRecord};
use crate::events::{Event, Lane, Purpose};
use crate::model::{ChatReply, ChatRequest, ModelError};
use crate::retry::retry_delay;
use crate::tokens::estimate_tokens;
use crate::worker::looks_truncated;

impl Session<'_> {
    /// The next call's number: one count over both models for the session.
    pub(super) fn new_call(&self) -> u32 {
        let call = self.next_call.get();
        self.next_call.set(call + 1);
        call
    }

    /// Waits before the next attempt, or says why there is none: `Some(stop)`
    /// if cancelled, `None` if the error is final.
    pub(super) async fn wait_before_retry(
        &self,
        error: &ModelError,
        retries: &mut u32,
        call: u32,
        lane: Lane,
    ) -> Result<(), Option<Stop>> {
        let Some(wait_ms) = retry_delay(error, *retries, call) else {
            return Err(None);
        };
        *retries += 1;
        self.emit(Event::Retrying { lane, after_ms: wait_ms, reason: error.clone() });
        match self.cancel.race(self.clock.sleep(wait_ms)).await {
            Ok(()) => Ok(()),
            Err(_) => Err(Some(Stop::Cancelled)),
        }
    }

    /// Emits the start of a call; returns its start time and prompt estimate.
    pub(super) fn start_call(
        &self,
        call: u32,
        lane: Lane,
        purpose: &Purpose,
        round: u32,
        request: &ChatRequest,
    ) -> (f64, usize) {
        let estimate = request.messages.iter().map(|m| estimate_tokens(&m.content) + 4).sum::<usize>();
        let started = self.clock.now_ms();
        self.emit(Event::CallStarted {
            call,
            lane,
            purpose: purpose.clone(),
            round,
            prompt_bytes: request.messages.iter().map(|m| m.content.len()).sum(),
            estimated_prompt_tokens: estimate,
            context_tokens: request.context_tokens,
            at_ms: started,
        });
        (started, estimate)
    }

    pub(super) fn finish_call(
        &self,
        call: u32,
        lane: Lane,
        round: u32,
        estimate: usize,
        reply: &ChatReply,
        started: f64,
    ) {
        let elapsed_ms = (self.clock.now_ms() - started).max(0.0);
        let truncated = lane == Lane::Worker && looks_truncated(estimate, reply.usage.prompt_tokens);
        let cut_off = reply.finish == crate::model::FinishReason::Length;
        self.ledger.borrow_mut().record(CallRecord::from_usage(
            call,
            lane,
            round,
            &reply.usage,
            &reply.text,
            CallMeasure { estimated_prompt: estimate, elapsed_ms, truncated },
        ));
        self.emit(Event::CallFinished { call, lane, usage: reply.usage, elapsed_ms, truncated, cut_off });
    }
}

/// Most times in a row an adapter may reshape one request.
pub(super) const MAX_RESENDS: u32 = 3;
