//! The `ChatModel` adapters the page uses: [`OllamaModel`] (native API) and
//! [`OpenAiModel`] (OpenAI and compatible servers), over `fetch`.
//!
//! Each sends exactly its `wire_body`. When a server refuses how a request
//! is shaped (a schema mode, `stream_options`), the adapter remembers what
//! this endpoint accepts and answers [`ModelError::Resend`], so the engine
//! sends the request again through the egress gate and the audit shows it.

use std::cell::Cell;

use futures::future::LocalBoxFuture;

use super::endpoint::{host_of, join};
use gloo_net::http::Response;

use super::fetch::{read_body, send, text, Abort, Call};
use super::ollama::{self, OllamaEndpoint};
use super::openai::{self, OpenAiEndpoint, WireOptions};
use super::stream::{NdjsonDecoder, SseDecoder};
use minions_engine::model::{ChatModel, ChatReply, ChatRequest, DeltaSink, ModelEndpoint, ModelError};

/// How long a server may take to start answering, and to send the next bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timeouts {
    /// Loading a model can take a while: the first byte gets longer.
    pub first_byte_ms: u32,
    pub stall_ms: u32,
}

impl Default for Timeouts {
    fn default() -> Self {
        Self { first_byte_ms: 300_000, stall_ms: 120_000 }
    }
}

/// Posts a JSON body; the returned guard aborts the request when dropped,
/// so it must live as long as the body is read.
async fn post(
    url: &str,
    bearer: Option<&str>,
    body: &str,
    timeouts: Timeouts,
) -> Result<(Abort, Response), ModelError> {
    let abort = Abort::new();
    let call = Call { method: "POST", url, bearer, json_body: Some(body), opaque: false };
    let response = send(call, &abort, timeouts.first_byte_ms).await?;
    Ok((abort, response))
}

/// Hands streamed text to the page, skipping empty pieces.
fn forward(delta: String, on_delta: DeltaSink<'_>) {
    if !delta.is_empty() {
        on_delta(&delta);
    }
}

pub struct OllamaModel {
    pub endpoint: OllamaEndpoint,
    pub timeouts: Timeouts,
}

impl OllamaModel {
    pub fn new(endpoint: OllamaEndpoint) -> Self {
        Self { endpoint, timeouts: Timeouts::default() }
    }
}

impl ChatModel for OllamaModel {
    fn endpoint(&self) -> ModelEndpoint {
        ModelEndpoint { host: host_of(&self.endpoint.base_url), model: self.endpoint.model.clone() }
    }

    fn wire_body(&self, request: &ChatRequest) -> String {
        ollama::chat_body(&self.endpoint, request)
    }

    fn chat<'a>(
        &'a self,
        request: &'a ChatRequest,
        on_delta: DeltaSink<'a>,
    ) -> LocalBoxFuture<'a, Result<ChatReply, ModelError>> {
        Box::pin(async move {
            let url = join(&self.endpoint.base_url, "api/chat");
            let (_abort, response) = post(&url, None, &self.wire_body(request), self.timeouts).await?;
            if !response.ok() {
                return Err(ollama::error_from(response.status(), &text(&response).await, &self.endpoint.model));
            }
            let mut decoder = NdjsonDecoder::new();
            let mut stream = ollama::ChatStream::new();
            read_body(&response, self.timeouts.stall_ms, |bytes| {
                for line in decoder.push(bytes) {
                    forward(stream.line(&line)?, on_delta);
                }
                Ok(stream.is_done())
            })
            .await?;
            if let Some(line) = decoder.finish() {
                stream.line(&line)?;
            }
            stream.finish()
        })
    }
}

pub struct OpenAiModel {
    pub endpoint: OpenAiEndpoint,
    pub timeouts: Timeouts,
    options: Cell<WireOptions>,
}

impl OpenAiModel {
    pub fn new(endpoint: OpenAiEndpoint) -> Self {
        Self { endpoint, timeouts: Timeouts::default(), options: Cell::new(WireOptions::default()) }
    }

    /// What this endpoint has been found to accept.
    pub fn wire_options(&self) -> WireOptions {
        self.options.get()
    }
}

impl ChatModel for OpenAiModel {
    fn endpoint(&self) -> ModelEndpoint {
        ModelEndpoint { host: host_of(&self.endpoint.base_url), model: self.endpoint.model.clone() }
    }

    fn wire_body(&self, request: &ChatRequest) -> String {
        openai::chat_body(&self.endpoint, request, self.options.get())
    }

    fn chat<'a>(
        &'a self,
        request: &'a ChatRequest,
        on_delta: DeltaSink<'a>,
    ) -> LocalBoxFuture<'a, Result<ChatReply, ModelError>> {
        Box::pin(async move {
            let url = join(&self.endpoint.base_url, "chat/completions");
            let bearer = self.endpoint.api_key.as_deref();
            let (_abort, response) = post(&url, bearer, &self.wire_body(request), self.timeouts).await?;
            if !response.ok() {
                let headers = response.headers();
                let retry_after = openai::retry_after_from_headers(
                    headers.get("retry-after").as_deref(),
                    headers.get("x-ratelimit-reset-requests").as_deref(),
                    headers.get("x-ratelimit-reset-tokens").as_deref(),
                );
                let (status, body) = (response.status(), text(&response).await);
                // A refused form is this adapter's to change (it knows the
                // wire); the engine then sends the request again.
                let adapted = openai::refused(status, &body)
                    .and_then(|refused| self.options.get().adapted(refused, request.schema.is_some()));
                if let Some((options, change)) = adapted {
                    self.options.set(options);
                    return Err(ModelError::Resend { change });
                }
                return Err(openai::error_from(status, &body, retry_after.as_deref(), &self.endpoint.model));
            }
            let mut decoder = SseDecoder::new();
            let mut stream = openai::ChatStream::new();
            read_body(&response, self.timeouts.stall_ms, |bytes| {
                for event in decoder.push(bytes) {
                    forward(stream.event(&event)?, on_delta);
                }
                Ok(stream.is_done())
            })
            .await?;
            for event in decoder.finish() {
                stream.event(&event)?;
            }
            stream.finish()
        })
    }
}
