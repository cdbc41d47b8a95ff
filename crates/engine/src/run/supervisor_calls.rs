//! Calls to the cloud model: the request from the run's settings, the reply
//! read and asked again when it does not parse, and each send through the
//! egress gate with its retries, dropped parameters and reshapes.

use super::calls::MAX_RESENDS;
use super::{Session, Stop};
use crate::egress::Stamp;
use crate::error::RunError;
use crate::events::{Event, Lane, Purpose};
use crate::model::{ChatReply, ChatRequest, Message, ModelError, ReplySchema};
use crate::parse::{salvage_cut, ParseError};
use crate::replies::reasoning_of;

impl Session<'_> {
    pub(super) fn supervisor_request(&self, messages: Vec<Message>, schema: ReplySchema) -> ChatRequest {
        let settings = &self.config.supervisor;
        let mut request = ChatRequest {
            messages,
            schema: Some(schema),
            temperature: settings.temperature,
            max_output_tokens: settings.max_output_tokens,
            context_tokens: None,
            reasoning_effort: settings.reasoning_effort.clone(),
        };
        for parameter in self.refused_parameters.borrow().iter() {
            parameter.drop_from(&mut request);
        }
        request
    }

    /// Asks the supervisor and reads its reply with `parse`. A reply that does
    /// not parse is asked again with the problem appended, at most
    /// `max_reply_retries` times. Returns the parsed value and the raw reply.
    pub async fn ask_supervisor<T>(
        &self,
        messages: Vec<Message>,
        schema: ReplySchema,
        purpose: Purpose,
        round: u32,
        parse: impl Fn(&str) -> Result<T, ParseError>,
    ) -> Result<(T, String), Stop> {
        let mut request = self.supervisor_request(messages, schema);
        let mut failures = 0;
        loop {
            let (call, reply) = self.send_to_supervisor(&mut request, &purpose, round).await?;
            let cut_off = reply.finish == crate::model::FinishReason::Length;
            let parsed = if cut_off {
                // What closed before the cut may be enough (a plan's first tasks).
                salvage_cut(&reply.text)
                    .and_then(|closed| parse(&closed).ok().map(|value| (value, closed)))
                    .ok_or(ParseError::CutOff)
            } else {
                parse(&reply.text).map(|value| (value, reply.text.clone()))
            };
            match parsed {
                Ok((value, text)) => {
                    if let Some(text) = reasoning_of(&text) {
                        self.emit(Event::SupervisorReasoning { call, round, text });
                    }
                    return Ok((value, text));
                }
                Err(problem) => {
                    failures += 1;
                    let retrying = failures <= self.config.max_reply_retries;
                    self.emit(Event::ReplyRejected {
                        call,
                        lane: Lane::Supervisor,
                        job: None,
                        problem: problem.clone(),
                        retrying,
                    });
                    if !retrying {
                        return Err(Stop::Failed(RunError::MalformedReply {
                            lane: Lane::Supervisor,
                            attempts: failures,
                            problem,
                        }));
                    }
                    // A cut-off reply is not repeated back: it would only fill the context.
                    if !cut_off {
                        request.messages.push(Message::assistant(reply.text));
                    }
                    request.messages.push(Message::user(format!(
                        "Your reply could not be used: {problem}. Reply again with only the JSON object asked for."
                    )));
                }
            }
        }
    }

    /// One supervisor reply through the egress gate. Transient failures are
    /// retried after a wait, a refused parameter is dropped (for the rest of
    /// the run), and a request the adapter reshaped is sent again; each
    /// attempt is a new call, recorded by the gate.
    pub(super) async fn send_to_supervisor(
        &self,
        request: &mut ChatRequest,
        purpose: &Purpose,
        round: u32,
    ) -> Result<(u32, ChatReply), Stop> {
        let Some(gate) = &self.gate else {
            return Err(Stop::Failed(RunError::Supervisor(no_cloud_model())));
        };
        let guarded = self.guard_request(gate, request, purpose, round).await?;
        let mut retries = 0;
        let mut resends = 0;
        loop {
            let mut outgoing = request.clone();
            outgoing.messages = guarded.messages.clone();
            let call = self.new_call();
            let (started, estimate) = self.start_call(call, Lane::Supervisor, purpose, round, &outgoing);
            let stamp = Stamp { round, purpose: purpose.clone(), at_ms: started };
            let on_delta = |text: &str| self.emit(Event::Delta { call, text: text.to_string() });
            let recorded = gate.entry_count();
            let outcome = self.cancel.race(gate.send(&outgoing, stamp, &guarded.changes, &on_delta)).await;
            for entry in gate.entries_since(recorded) {
                self.emit(Event::SentToCloud { entry });
            }
            let error = match outcome {
                Err(_) => return Err(Stop::Cancelled),
                Ok(Ok(reply)) => {
                    self.finish_call(call, Lane::Supervisor, round, estimate, &reply, started);
                    return Ok((call, reply));
                }
                Ok(Err(error)) => error,
            };
            self.emit(Event::CallFailed { call, lane: Lane::Supervisor, error: error.clone() });
            match error {
                ModelError::Unsupported { parameter } if parameter.drop_from(request) => {
                    self.emit(Event::ParameterDropped { lane: Lane::Supervisor, parameter });
                    self.refused_parameters.borrow_mut().push(parameter);
                }
                ModelError::Resend { change } if resends < MAX_RESENDS => {
                    resends += 1;
                    self.emit(Event::RequestReshaped { lane: Lane::Supervisor, change });
                }
                error => {
                    self.wait_before_retry(&error, &mut retries, call, Lane::Supervisor).await.map_err(|stop| {
                        match stop {
                            Some(stop) => stop,
                            None => Stop::Failed(RunError::Supervisor(error)),
                        }
                    })?
                }
            }
        }
    }
}

pub(super) fn no_cloud_model() -> ModelError {
    ModelError::Unreachable { host: "the cloud".into(), detail: "no cloud model is configured".into() }
}
