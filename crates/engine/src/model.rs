//! The one interface the engine needs from a language model: [`ChatModel`].
//!
//! A [`ChatRequest`] carries the messages, an optional JSON schema for the
//! reply, and the sampling and context settings; a [`ChatReply`] carries the
//! text, why generation stopped, and the usage the server reported. Adapters
//! (Ollama's native API, OpenAI-compatible APIs) and the scripted models of
//! the tests implement the trait. Failures come back as [`ModelError`] values
//! and the engine decides what they mean.
//!
//! The trait is single-threaded: futures are not `Send`, as in the browser.

use futures::future::LocalBoxFuture;
use serde::{Deserialize, Serialize};
use thiserror::Error;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    System,
    User,
    Assistant,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    pub role: Role,
    pub content: String,
}

impl Message {
    pub fn system(content: impl Into<String>) -> Self {
        Self { role: Role::System, content: content.into() }
    }
    pub fn user(content: impl Into<String>) -> Self {
        Self { role: Role::User, content: content.into() }
    }
    pub fn assistant(content: impl Into<String>) -> Self {
        Self { role: Role::Assistant, content: content.into() }
    }
}

/// A JSON schema the reply must follow, with a name for APIs that want one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReplySchema {
    pub name: String,
    pub schema: serde_json::Value,
}

/// One chat call, independent of any wire format.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChatRequest {
    pub messages: Vec<Message>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub schema: Option<ReplySchema>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub temperature: Option<f32>,
    /// Most tokens to generate (`num_predict`, `max_tokens`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_output_tokens: Option<u32>,
    /// Context window to allocate (`num_ctx`); only local servers honour it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context_tokens: Option<u32>,
    /// For reasoning models: "low", "medium" or "high".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reasoning_effort: Option<String>,
}

impl ChatRequest {
    pub fn new(messages: Vec<Message>) -> Self {
        Self {
            messages,
            schema: None,
            temperature: None,
            max_output_tokens: None,
            context_tokens: None,
            reasoning_effort: None,
        }
    }
}

/// Why the model stopped generating.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FinishReason {
    Stop,
    /// Cut off by the output limit (or the context): the reply is incomplete.
    Length,
    Other(String),
}

/// Token counts a server reported; `None` where it said nothing.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Usage {
    pub prompt_tokens: Option<u32>,
    pub completion_tokens: Option<u32>,
    pub cached_tokens: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChatReply {
    pub text: String,
    pub finish: FinishReason,
    pub usage: Usage,
    /// Milliseconds the server spent computing this reply (prompt and
    /// generation, without queueing), when it says (Ollama does).
    #[serde(default)]
    pub server_ms: Option<f64>,
}

impl ChatReply {
    pub fn stop(text: impl Into<String>) -> Self {
        Self { text: text.into(), finish: FinishReason::Stop, usage: Usage::default(), server_ms: None }
    }
}

/// Where a model lives, for the audit log and messages to the user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModelEndpoint {
    /// Host (and port) requests go to, e.g. `api.openai.com`.
    pub host: String,
    pub model: String,
}

/// A setting of a [`ChatRequest`], by the engine's name: adapters map a
/// server's wire names (`max_tokens`, `max_completion_tokens`,
/// `response_format`, …) to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RequestParam {
    Temperature,
    MaxOutputTokens,
    ReasoningEffort,
    ReplySchema,
}

impl RequestParam {
    /// Leaves the setting out of `request`; false when it has none, or when
    /// the engine cannot do without it: the reply schema stays, and how it
    /// is sent is the adapter's to change ([`Reshape::ReplySchema`]).
    pub fn drop_from(self, request: &mut ChatRequest) -> bool {
        match self {
            Self::Temperature => request.temperature.take().is_some(),
            Self::MaxOutputTokens => request.max_output_tokens.take().is_some(),
            Self::ReasoningEffort => request.reasoning_effort.take().is_some(),
            Self::ReplySchema => false,
        }
    }
}

impl std::fmt::Display for RequestParam {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Temperature => "temperature",
            Self::MaxOutputTokens => "max output tokens",
            Self::ReasoningEffort => "reasoning effort",
            Self::ReplySchema => "reply schema",
        })
    }
}

/// How a reply schema reaches a server that takes JSON schemas; a server
/// that refuses one way gets the next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SchemaDelivery {
    /// The server's grammar enforces it (OpenAI's `json_schema`, strict).
    Enforced,
    /// The server promises JSON (`json_object`); the schema is in the prompt.
    JsonOnly,
    /// Only the prompt describes it.
    PromptOnly,
}

impl SchemaDelivery {
    pub fn next(self) -> Option<Self> {
        match self {
            Self::Enforced => Some(Self::JsonOnly),
            Self::JsonOnly => Some(Self::PromptOnly),
            Self::PromptOnly => None,
        }
    }
}

/// What an adapter changed in how it sends requests to a server that
/// refused their form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "change")]
pub enum Reshape {
    /// The reply schema now goes this way.
    ReplySchema { now: SchemaDelivery },
    /// The stream no longer reports usage; tokens are estimated.
    NoStreamUsage,
}

impl std::fmt::Display for Reshape {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::ReplySchema { now: SchemaDelivery::Enforced } => "the reply schema is enforced by the server",
            Self::ReplySchema { now: SchemaDelivery::JsonOnly } => {
                "the reply schema now goes in the prompt, with the server asked for JSON"
            }
            Self::ReplySchema { now: SchemaDelivery::PromptOnly } => "the reply schema now goes only in the prompt",
            Self::NoStreamUsage => "the server does not report token usage; it is estimated",
        })
    }
}

/// A failed call, as a value. Adapters map HTTP and stream failures here.
#[derive(Debug, Clone, PartialEq, Error, Serialize, Deserialize)]
pub enum ModelError {
    #[error("could not reach {host}: {detail}")]
    Unreachable { host: String, detail: String },
    #[error("the server refused the API key (HTTP {status})")]
    Unauthorized { status: u16 },
    #[error("model `{model}` is not available on the server")]
    ModelMissing { model: String },
    #[error("the server is limiting the request rate{}", wait_hint(.retry_after_ms))]
    RateLimited { retry_after_ms: Option<u64> },
    #[error("the account has no quota left")]
    QuotaExhausted,
    /// The model that runs inside the page has not been loaded (yet).
    #[error("no model is loaded in this page")]
    NotLoaded,
    #[error("the prompt does not fit the model's context window")]
    ContextOverflow,
    /// The server refused a setting of the request. The engine leaves a
    /// setting it can do without out and sends the request again
    /// ([`RequestParam::drop_from`]); the reply schema it never drops.
    #[error("the server does not support `{parameter}`")]
    Unsupported { parameter: RequestParam },
    #[error("the server failed (HTTP {status}): {message}")]
    Server { status: u16, message: String },
    #[error("the reply stream broke off: {detail}")]
    StreamCut { detail: String },
    #[error("no reply within {seconds} s")]
    Timeout { seconds: u32 },
    /// The adapter changed how it sends requests to this server after a
    /// refusal; the engine sends this one again, through the gate.
    #[error("the request must be sent again: {change}")]
    Resend { change: Reshape },
}

fn wait_hint(retry_after_ms: &Option<u64>) -> String {
    retry_after_ms.map(|ms| format!(" (it asks to wait {:.1} s)", ms as f64 / 1000.0)).unwrap_or_default()
}

/// Called with each piece of text as the reply streams in.
pub type DeltaSink<'a> = &'a dyn Fn(&str);

/// A chat model. Implementations must send exactly what [`ChatModel::wire_body`]
/// renders for a request, so that the audit log shows the bytes on the wire;
/// a fallback that changes how the request is sent (the adapter's own, since
/// it is about the wire) is reported as [`ModelError::Resend`] for the engine
/// to send it again through the gate.
pub trait ChatModel {
    fn endpoint(&self) -> ModelEndpoint;

    /// The exact request body this model would send for `request`.
    fn wire_body(&self, request: &ChatRequest) -> String {
        serde_json::to_string(request).unwrap_or_default()
    }

    fn chat<'a>(
        &'a self,
        request: &'a ChatRequest,
        on_delta: DeltaSink<'a>,
    ) -> LocalBoxFuture<'a, Result<ChatReply, ModelError>>;

    /// The hosts calls may go to: one, or each member of a pool.
    fn hosts(&self) -> Vec<String> {
        vec![self.endpoint().host]
    }

    /// [`Self::chat`], telling `route` where the request goes before it
    /// leaves (a pool decides per call, and may move a call on).
    fn chat_routed<'a>(
        &'a self,
        request: &'a ChatRequest,
        on_delta: DeltaSink<'a>,
        route: &'a dyn CallRoute,
    ) -> LocalBoxFuture<'a, Result<ChatReply, ModelError>> {
        route.sending(&self.endpoint(), &|| self.wire_body(request));
        self.chat(request, on_delta)
    }
}

/// What the engine learns of a call's way out: where it is sent (with its
/// body, rendered only when asked for), and a pool member taken out.
pub trait CallRoute {
    /// The request is about to leave for `endpoint`.
    fn sending(&self, endpoint: &ModelEndpoint, body: &dyn Fn() -> String);
    /// `endpoint` failed with `error` and left the pool; the call moves on.
    fn dropped(&self, endpoint: &ModelEndpoint, error: &ModelError);
}

/// A route nobody listens to.
pub struct Unrouted;

impl CallRoute for Unrouted {
    fn sending(&self, _: &ModelEndpoint, _: &dyn Fn() -> String) {}
    fn dropped(&self, _: &ModelEndpoint, _: &ModelError) {}
}
