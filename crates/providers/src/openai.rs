//! The OpenAI Chat Completions API on the wire, as spoken by OpenAI and by
//! OpenAI-compatible servers (OpenRouter, Groq, Together, llama.cpp's server,
//! LM Studio, vLLM).
//!
//! Requests stream (SSE) with `stream_options.include_usage`, so the usage
//! arrives in a last chunk with empty `choices`. The reply schema goes as
//! strict `json_schema`, or, for a server that refused it, as `json_object`
//! or only in the prompt ([`SchemaDelivery`]). Reasoning models (o-series,
//! gpt-5 family) get `max_completion_tokens` and `reasoning_effort` and never
//! a `temperature`. This module is pure; the transport is in `fetch.rs`.

use serde::{Deserialize, Serialize};
use serde_json::{json, Map, Value};

use super::endpoint::{is_loopback, is_private_network};
use super::ollama::role_name;
use super::stream::SseEvent;
use minions_engine::model::{
    ChatReply, ChatRequest, FinishReason, ModelError, RequestParam, Reshape, SchemaDelivery, Usage,
};
use minions_engine::schemas::strict_subset;

/// Where an OpenAI-compatible API is, its key and model.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpenAiEndpoint {
    /// e.g. `https://api.openai.com/v1`, without a trailing slash.
    pub base_url: String,
    /// Sent only to `base_url`, as `Authorization: Bearer`.
    #[serde(skip)]
    pub api_key: Option<String>,
    pub model: String,
}

impl std::fmt::Debug for OpenAiEndpoint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OpenAiEndpoint")
            .field("base_url", &self.base_url)
            .field("api_key", &self.api_key.as_ref().map(|_| "…"))
            .field("model", &self.model)
            .finish()
    }
}

/// o1, o3, o4-mini, gpt-5 and their dated or provider-prefixed names.
pub fn is_reasoning_model(model: &str) -> bool {
    let name = model.rsplit('/').next().unwrap_or(model).to_lowercase();
    let o_series = name.starts_with('o') && name[1..].starts_with(|c: char| c.is_ascii_digit());
    o_series || name.starts_with("gpt-5")
}

/// What the adapter has learned this server accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WireOptions {
    pub schema: SchemaDelivery,
    /// `stream_options.include_usage`; some older servers refuse it.
    pub include_usage: bool,
}

impl Default for WireOptions {
    fn default() -> Self {
        Self { schema: SchemaDelivery::Enforced, include_usage: true }
    }
}

/// The exact `/chat/completions` body for `request`.
pub fn chat_body(endpoint: &OpenAiEndpoint, request: &ChatRequest, options: WireOptions) -> String {
    // A server on this machine or its network (llama.cpp, LM Studio, vLLM)
    // enforces the schema's length bounds with its grammar; a cloud API's
    // strict mode refuses them.
    let grammar = is_loopback(&endpoint.base_url) || is_private_network(&endpoint.base_url);
    body_for(&endpoint.model, request, options, grammar)
}

/// The body for `model`; `grammar` when the server turns the whole schema
/// (length bounds included) into a grammar, as llama.cpp does.
pub fn body_for(model: &str, request: &ChatRequest, options: WireOptions, grammar: bool) -> String {
    let mode = options.schema;
    let reasoning = is_reasoning_model(model);
    let schema = request.schema.as_ref().map(|schema| {
        let value = if grammar { schema.schema.clone() } else { strict_subset(&schema.schema) };
        (schema.name.as_str(), value)
    });
    let mut body = Map::new();
    body.insert("model".into(), json!(model));
    let mut messages: Vec<Value> =
        request.messages.iter().map(|m| json!({"role": role_name(m.role), "content": m.content})).collect();
    if let (Some((_, schema)), SchemaDelivery::JsonOnly | SchemaDelivery::PromptOnly) = (&schema, mode) {
        // Without a server-side schema, the model must read it.
        messages.push(json!({
            "role": "system",
            "content": format!("Reply with one JSON object that follows this JSON schema:\n{schema}")
        }));
    }
    body.insert("messages".into(), Value::Array(messages));
    body.insert("stream".into(), json!(true));
    if options.include_usage {
        body.insert("stream_options".into(), json!({"include_usage": true}));
    }
    if let Some(temperature) = request.temperature.filter(|_| !reasoning) {
        body.insert("temperature".into(), json!(temperature));
    }
    if let Some(max) = request.max_output_tokens {
        let key = if reasoning { "max_completion_tokens" } else { "max_tokens" };
        body.insert(key.into(), json!(max));
    }
    if let Some(effort) = request.reasoning_effort.as_ref().filter(|_| reasoning) {
        body.insert("reasoning_effort".into(), json!(effort));
    }
    if let Some((name, schema)) = schema {
        match mode {
            SchemaDelivery::Enforced => {
                body.insert(
                    "response_format".into(),
                    json!({"type": "json_schema", "json_schema": {"name": name, "strict": true, "schema": schema}}),
                );
            }
            SchemaDelivery::JsonOnly => {
                body.insert("response_format".into(), json!({"type": "json_object"}));
            }
            SchemaDelivery::PromptOnly => {}
        }
    }
    Value::Object(body).to_string()
}

#[derive(Deserialize, Default)]
struct Delta {
    #[serde(default)]
    content: Option<String>,
    /// Some servers (llama.cpp, DeepSeek) stream reasoning separately; it is not the reply.
    #[serde(default)]
    #[allow(dead_code)]
    reasoning_content: Option<String>,
}

#[derive(Deserialize)]
struct Choice {
    #[serde(default)]
    delta: Option<Delta>,
    #[serde(default)]
    finish_reason: Option<String>,
}

#[derive(Deserialize, Default)]
struct PromptDetails {
    #[serde(default)]
    cached_tokens: Option<u32>,
}

#[derive(Deserialize)]
struct WireUsage {
    #[serde(default)]
    prompt_tokens: Option<u32>,
    #[serde(default)]
    completion_tokens: Option<u32>,
    #[serde(default)]
    prompt_tokens_details: Option<PromptDetails>,
}

#[derive(Deserialize)]
struct Chunk {
    #[serde(default)]
    choices: Vec<Choice>,
    #[serde(default)]
    usage: Option<WireUsage>,
    #[serde(default)]
    error: Option<Value>,
}

/// Folds the events of a streamed reply into a [`ChatReply`].
#[derive(Debug, Default)]
pub struct ChatStream {
    text: String,
    finish: Option<FinishReason>,
    usage: Usage,
    done: bool,
}

impl ChatStream {
    pub fn new() -> Self {
        Self::default()
    }

    /// Reads one event; returns the text it adds.
    pub fn event(&mut self, event: &SseEvent) -> Result<String, ModelError> {
        let data = event.data.trim();
        if data == "[DONE]" {
            self.done = true;
            return Ok(String::new());
        }
        if event.event == "error" {
            return Err(error_from(500, data, None, ""));
        }
        let chunk: Chunk = serde_json::from_str(data)
            .map_err(|e| ModelError::StreamCut { detail: format!("unreadable event from the server ({e})") })?;
        if let Some(error) = chunk.error {
            return Err(error_from(500, &json!({ "error": error }).to_string(), None, ""));
        }
        let mut added = String::new();
        for choice in chunk.choices {
            if let Some(content) = choice.delta.and_then(|d| d.content) {
                added.push_str(&content);
            }
            if let Some(reason) = choice.finish_reason {
                self.finish = Some(match reason.as_str() {
                    "stop" => FinishReason::Stop,
                    "length" => FinishReason::Length,
                    other => FinishReason::Other(other.to_string()),
                });
            }
        }
        if let Some(usage) = chunk.usage {
            self.usage = Usage {
                prompt_tokens: usage.prompt_tokens,
                completion_tokens: usage.completion_tokens,
                cached_tokens: usage.prompt_tokens_details.and_then(|d| d.cached_tokens),
            };
        }
        self.text.push_str(&added);
        Ok(added)
    }

    pub fn is_done(&self) -> bool {
        self.done
    }

    /// The reply. A stream that ended without `[DONE]` but with a finish
    /// reason is accepted (some servers omit `[DONE]`); one with neither was cut.
    pub fn finish(self) -> Result<ChatReply, ModelError> {
        match (self.finish, self.done) {
            (Some(finish), _) => Ok(ChatReply { text: self.text, finish, usage: self.usage, server_ms: None }),
            (None, true) => {
                Ok(ChatReply { text: self.text, finish: FinishReason::Stop, usage: self.usage, server_ms: None })
            }
            (None, false) => Err(ModelError::StreamCut { detail: "the reply ended before it was complete".into() }),
        }
    }
}

#[derive(Deserialize, Default)]
struct ApiError {
    #[serde(default)]
    message: String,
    #[serde(default)]
    code: Option<Value>,
    #[serde(default)]
    param: Option<String>,
    #[serde(default, rename = "type")]
    kind: Option<String>,
}

/// The `error` member of an error body, or the body's start as its message.
fn api_error(body: &str) -> ApiError {
    serde_json::from_str::<Value>(body)
        .ok()
        .and_then(|v| v.get("error").cloned())
        .and_then(|e| match e {
            Value::String(message) => Some(ApiError { message, ..ApiError::default() }),
            other => serde_json::from_value(other).ok(),
        })
        .unwrap_or_else(|| ApiError { message: body.trim().chars().take(300).collect(), ..ApiError::default() })
}

/// The typed error for an HTTP failure. `retry_after` is the `Retry-After`
/// header when the browser could read it.
pub fn error_from(status: u16, body: &str, retry_after: Option<&str>, model: &str) -> ModelError {
    let error = api_error(body);
    let code = error.code.as_ref().and_then(Value::as_str).unwrap_or_default().to_string();
    let kind = error.kind.clone().unwrap_or_default();
    let lower = error.message.to_lowercase();
    match status {
        401 | 403 => ModelError::Unauthorized { status },
        404 if code == "model_not_found" || lower.contains("model") => {
            ModelError::ModelMissing { model: model.to_string() }
        }
        429 if code == "insufficient_quota" || kind == "insufficient_quota" => ModelError::QuotaExhausted,
        429 => ModelError::RateLimited {
            retry_after_ms: retry_after.and_then(parse_retry_after).or_else(|| wait_in_message(&error.message)),
        },
        400 | 422 if overflows(&code, &lower) => ModelError::ContextOverflow,
        400 | 422 => match refused_field(&error, &lower) {
            Some(Refused::Setting(parameter)) => ModelError::Unsupported { parameter },
            Some(Refused::StreamUsage) | None => ModelError::Server { status, message: error.message },
        },
        _ => ModelError::Server { status, message: error.message },
    }
}

/// A part of the body a server refused, by what it means here.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// A setting of the engine's request.
    Setting(RequestParam),
    /// `stream_options.include_usage`, which this adapter adds.
    StreamUsage,
}

/// What a 400 or 422 says the model or server does not support, by the
/// wire name it gives (in `param`, else in the message).
fn refused_field(error: &ApiError, lower: &str) -> Option<Refused> {
    let code = error.code.as_ref().and_then(Value::as_str).unwrap_or_default();
    let flagged = matches!(code, "unsupported_parameter" | "unsupported_value")
        || lower.contains("unsupported")
        || lower.contains("not supported");
    if !flagged {
        return None;
    }
    let field = |wire: &str| match wire {
        "response_format" | "json_schema" => Some(Refused::Setting(RequestParam::ReplySchema)),
        "temperature" => Some(Refused::Setting(RequestParam::Temperature)),
        "max_tokens" | "max_completion_tokens" => Some(Refused::Setting(RequestParam::MaxOutputTokens)),
        "reasoning_effort" => Some(Refused::Setting(RequestParam::ReasoningEffort)),
        "stream_options" => Some(Refused::StreamUsage),
        _ => None,
    };
    if let Some(param) = error.param.as_deref().filter(|p| !p.is_empty()) {
        return field(param.split(['.', '[']).next().unwrap_or(param));
    }
    [
        "response_format",
        "json_schema",
        "temperature",
        "max_tokens",
        "max_completion_tokens",
        "reasoning_effort",
        "stream_options",
    ]
    .into_iter()
    .find(|p| lower.contains(p))
    .and_then(field)
}

/// Whether a 400 or 422 says the prompt did not fit (by its code or its words).
fn overflows(code: &str, lower: &str) -> bool {
    code == "context_length_exceeded"
        || lower.contains("context length")
        || lower.contains("context window")
        || lower.contains("context size")
}

/// What a failed response refused, if it was the body's form (never a
/// prompt that did not fit).
pub fn refused(status: u16, body: &str) -> Option<Refused> {
    if !matches!(status, 400 | 422) {
        return None;
    }
    let error = api_error(body);
    let lower = error.message.to_lowercase();
    let code = error.code.as_ref().and_then(Value::as_str).unwrap_or_default();
    if overflows(code, &lower) {
        return None;
    }
    refused_field(&error, &lower)
}

impl WireOptions {
    /// How to send to a server that refused `refused`, and what changed;
    /// `None` when there is nothing left to change (the refusal is then the
    /// engine's: a setting it may leave out, or a failure).
    pub fn adapted(self, refused: Refused, has_schema: bool) -> Option<(Self, Reshape)> {
        match refused {
            Refused::Setting(RequestParam::ReplySchema) if has_schema => {
                let now = self.schema.next()?;
                Some((Self { schema: now, ..self }, Reshape::ReplySchema { now }))
            }
            Refused::StreamUsage if self.include_usage => {
                Some((Self { include_usage: false, ..self }, Reshape::NoStreamUsage))
            }
            _ => None,
        }
    }
}

/// `Retry-After`: seconds, possibly fractional.
pub fn parse_retry_after(value: &str) -> Option<u64> {
    let seconds: f64 = value.trim().parse().ok()?;
    (seconds.is_finite() && seconds >= 0.0).then(|| (seconds * 1000.0).round() as u64)
}

/// "Please try again in 1.2s" / "in 350ms" / "in 6m0s".
fn wait_in_message(message: &str) -> Option<u64> {
    let rest = &message[message.find("try again in ")? + "try again in ".len()..];
    let token: String = rest.chars().take_while(|c| !c.is_whitespace()).collect();
    parse_duration(token.trim_end_matches(['.', ',']))
}

/// Go-style durations as OpenAI writes them: "1s", "1.5s", "20ms", "6m0s", "1h2m".
pub fn parse_duration(token: &str) -> Option<u64> {
    let mut total = 0.0;
    let mut number = String::new();
    let mut chars = token.trim().chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() || c == '.' {
            number.push(c);
            continue;
        }
        let value: f64 = number.parse().ok()?;
        number.clear();
        total += match c {
            'm' if chars.peek() == Some(&'s') => {
                chars.next();
                value
            }
            'm' => value * 60_000.0,
            's' => value * 1000.0,
            'h' => value * 3_600_000.0,
            _ => return None,
        };
    }
    (number.is_empty() && total > 0.0).then_some(total.round() as u64)
}

/// The wait a 429 asks for, as a `Retry-After` value in seconds: the header
/// itself, or else the longer of the rate-limit reset headers
/// (`x-ratelimit-reset-requests`, `x-ratelimit-reset-tokens`), when the
/// browser may read them.
pub fn retry_after_from_headers(
    retry_after: Option<&str>,
    reset_requests: Option<&str>,
    reset_tokens: Option<&str>,
) -> Option<String> {
    if let Some(value) = retry_after.filter(|v| parse_retry_after(v).is_some()) {
        return Some(value.to_string());
    }
    let longest = [reset_requests, reset_tokens].into_iter().flatten().filter_map(parse_duration).max()?;
    Some(format!("{:.3}", longest as f64 / 1000.0))
}

#[derive(Deserialize)]
struct Models {
    #[serde(default)]
    data: Vec<ModelEntry>,
}

#[derive(Deserialize)]
struct ModelEntry {
    id: String,
}

/// Model ids from `GET /models`.
pub fn model_ids(body: &str) -> Vec<String> {
    serde_json::from_str::<Models>(body).map(|m| m.data.into_iter().map(|e| e.id).collect()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use minions_engine::model::{Message, ReplySchema};

    fn endpoint(model: &str) -> OpenAiEndpoint {
        OpenAiEndpoint {
            base_url: "https://api.openai.com/v1".into(),
            api_key: Some("sk-secret".into()),
            model: model.into(),
        }
    }

    fn mode(schema: SchemaDelivery) -> WireOptions {
        WireOptions { schema, include_usage: true }
    }

    fn request() -> ChatRequest {
        let mut request = ChatRequest::new(vec![Message::user("hi")]);
        request.schema = Some(ReplySchema { name: "r".into(), schema: json!({"type": "object"}) });
        request.temperature = Some(0.0);
        request.max_output_tokens = Some(100);
        request.reasoning_effort = Some("low".into());
        request
    }

    #[test]
    fn chat_models_get_temperature_and_max_tokens() {
        assert_eq!(
            chat_body(&endpoint("gpt-4o"), &request(), mode(SchemaDelivery::Enforced)),
            r#"{"model":"gpt-4o","messages":[{"role":"user","content":"hi"}],"stream":true,"stream_options":{"include_usage":true},"temperature":0.0,"max_tokens":100,"response_format":{"type":"json_schema","json_schema":{"name":"r","strict":true,"schema":{"type":"object"}}}}"#
        );
    }

    #[test]
    fn reasoning_models_get_max_completion_tokens_and_effort_but_no_temperature() {
        for model in ["o3-mini", "o4-mini-2025-04-16", "gpt-5", "openai/gpt-5-mini", "o1"] {
            assert!(is_reasoning_model(model), "{model}");
            let body: Value =
                serde_json::from_str(&chat_body(&endpoint(model), &request(), mode(SchemaDelivery::Enforced))).unwrap();
            assert_eq!(body["max_completion_tokens"], 100);
            assert_eq!(body["reasoning_effort"], "low");
            assert!(body.get("temperature").is_none() && body.get("max_tokens").is_none());
        }
        assert!(!is_reasoning_model("gpt-4o-mini") && !is_reasoning_model("llama3.2") && !is_reasoning_model("olmo-2"));
    }

    #[test]
    fn fallback_modes_put_the_schema_in_the_prompt() {
        let body: Value =
            serde_json::from_str(&chat_body(&endpoint("x"), &request(), mode(SchemaDelivery::JsonOnly))).unwrap();
        assert_eq!(body["response_format"], json!({"type": "json_object"}));
        assert!(body["messages"][1]["content"].as_str().unwrap().contains("JSON schema"));
        let body: Value =
            serde_json::from_str(&chat_body(&endpoint("x"), &request(), mode(SchemaDelivery::PromptOnly))).unwrap();
        assert!(body.get("response_format").is_none());
        assert_eq!(body["messages"].as_array().unwrap().len(), 2);
        let options = WireOptions { schema: SchemaDelivery::Enforced, include_usage: false };
        let body: Value = serde_json::from_str(&chat_body(&endpoint("x"), &request(), options)).unwrap();
        assert!(body.get("stream_options").is_none());
    }

    #[test]
    fn the_key_is_never_in_the_body_or_debug_output() {
        let endpoint = endpoint("gpt-4o");
        assert!(!chat_body(&endpoint, &request(), mode(SchemaDelivery::Enforced)).contains("sk-secret"));
        assert!(!format!("{endpoint:?}").contains("sk-secret"));
        assert!(!serde_json::to_string(&endpoint).unwrap().contains("sk-secret"));
    }

    fn event(data: &str) -> SseEvent {
        SseEvent { event: "message".into(), data: data.into() }
    }

    #[test]
    fn a_stream_folds_into_a_reply_with_usage_from_the_last_chunk() {
        let mut stream = ChatStream::new();
        stream.event(&event(r#"{"id":"c","object":"chat.completion.chunk","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]}"#)).unwrap();
        assert_eq!(
            stream.event(&event(r#"{"choices":[{"index":0,"delta":{"content":"Hi"},"finish_reason":null}]}"#)).unwrap(),
            "Hi"
        );
        stream.event(&event(r#"{"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}"#)).unwrap();
        stream.event(&event(r#"{"choices":[],"usage":{"prompt_tokens":12,"completion_tokens":1,"total_tokens":13,"prompt_tokens_details":{"cached_tokens":8}}}"#)).unwrap();
        stream.event(&event("[DONE]")).unwrap();
        assert!(stream.is_done());
        let reply = stream.finish().unwrap();
        assert_eq!(reply.text, "Hi");
        assert_eq!(reply.usage, Usage { prompt_tokens: Some(12), completion_tokens: Some(1), cached_tokens: Some(8) });
    }

    #[test]
    fn a_cut_stream_is_an_error() {
        let mut stream = ChatStream::new();
        stream.event(&event(r#"{"choices":[{"index":0,"delta":{"content":"Hi"},"finish_reason":null}]}"#)).unwrap();
        assert!(matches!(stream.finish(), Err(ModelError::StreamCut { .. })));
    }

    #[test]
    fn error_bodies_become_typed_errors() {
        let body = |code: &str, param: &str, message: &str| {
            json!({"error": {"message": message, "type": "invalid_request_error", "param": param, "code": code}})
                .to_string()
        };
        assert_eq!(
            error_from(401, &body("invalid_api_key", "", "Incorrect API key"), None, "m"),
            ModelError::Unauthorized { status: 401 }
        );
        assert_eq!(
            error_from(404, &body("model_not_found", "", "The model `gpt-9` does not exist"), None, "gpt-9"),
            ModelError::ModelMissing { model: "gpt-9".into() }
        );
        assert_eq!(
            error_from(429, &body("insufficient_quota", "", "You exceeded your current quota"), None, "m"),
            ModelError::QuotaExhausted
        );
        assert_eq!(
            error_from(
                429,
                &body("rate_limit_exceeded", "", "Rate limit reached. Please try again in 1.5s. Visit ..."),
                None,
                "m"
            ),
            ModelError::RateLimited { retry_after_ms: Some(1500) }
        );
        assert_eq!(
            error_from(429, &body("rate_limit_exceeded", "", "Please try again in 350ms."), Some("2"), "m"),
            ModelError::RateLimited { retry_after_ms: Some(2000) }
        );
        assert_eq!(
            error_from(
                400,
                &body(
                    "unsupported_parameter",
                    "max_tokens",
                    "Unsupported parameter: 'max_tokens' is not supported with this model."
                ),
                None,
                "o3"
            ),
            ModelError::Unsupported { parameter: RequestParam::MaxOutputTokens }
        );
        assert_eq!(
            error_from(
                400,
                &body(
                    "unsupported_value",
                    "temperature",
                    "Unsupported value: 'temperature' does not support 0 with this model."
                ),
                None,
                "o3"
            ),
            ModelError::Unsupported { parameter: RequestParam::Temperature }
        );
        assert_eq!(
            error_from(
                400,
                &body("", "response_format", "response_format json_schema is not supported by this server"),
                None,
                "m"
            ),
            ModelError::Unsupported { parameter: RequestParam::ReplySchema }
        );
        assert_eq!(
            error_from(
                400,
                &body("context_length_exceeded", "messages", "This model's maximum context length is 128000 tokens."),
                None,
                "m"
            ),
            ModelError::ContextOverflow
        );
        // llama.cpp's server says "context size".
        assert_eq!(
            error_from(
                400,
                r#"{"error":{"code":400,"message":"request (4132 tokens) exceeds the available context size (4096 tokens), try increasing it","type":"exceed_context_size_error"}}"#,
                None,
                "m"
            ),
            ModelError::ContextOverflow
        );
        assert_eq!(
            error_from(502, "<html>Bad gateway</html>", None, "m"),
            ModelError::Server { status: 502, message: "<html>Bad gateway</html>".into() }
        );
    }

    #[test]
    fn waits_are_read_from_headers_and_messages() {
        assert_eq!(parse_retry_after("3"), Some(3000));
        assert_eq!(parse_retry_after("0.5"), Some(500));
        assert_eq!(parse_retry_after("soon"), None);
        assert_eq!(wait_in_message("Please try again in 6m0s."), Some(360_000));
        assert_eq!(wait_in_message("Please try again in 20ms."), Some(20));
        assert_eq!(wait_in_message("no hint"), None);
        assert_eq!(retry_after_from_headers(Some("3"), Some("20s"), None).as_deref(), Some("3"));
        assert_eq!(retry_after_from_headers(None, Some("1s"), Some("6m0s")).as_deref(), Some("360.000"));
        assert_eq!(retry_after_from_headers(Some("soon"), Some("250ms"), None).as_deref(), Some("0.250"));
        assert_eq!(retry_after_from_headers(None, None, None), None);
    }

    #[test]
    fn model_lists_are_read() {
        assert_eq!(
            model_ids(r#"{"object":"list","data":[{"id":"gpt-4o","object":"model"},{"id":"o3"}]}"#),
            ["gpt-4o", "o3"]
        );
        assert!(model_ids("garbage").is_empty());
    }

    #[test]
    fn a_refused_schema_form_steps_down_until_only_the_prompt_is_left() {
        let refused_schema = refused(
            400,
            r#"{"error":{"message":"response_format json_schema is not supported by this server","param":"response_format"}}"#,
        );
        assert_eq!(refused_schema, Some(Refused::Setting(RequestParam::ReplySchema)));
        let mut options = WireOptions::default();
        let mut changes = Vec::new();
        while let Some((next, change)) = options.adapted(Refused::Setting(RequestParam::ReplySchema), true) {
            options = next;
            changes.push(change);
        }
        assert_eq!(
            changes,
            [
                Reshape::ReplySchema { now: SchemaDelivery::JsonOnly },
                Reshape::ReplySchema { now: SchemaDelivery::PromptOnly }
            ]
        );
        assert_eq!(options.schema, SchemaDelivery::PromptOnly);
        assert!(options.include_usage, "the other option is untouched");
        // Without a schema in the request, a schema refusal is not about its form.
        assert_eq!(WireOptions::default().adapted(Refused::Setting(RequestParam::ReplySchema), false), None);
        // A setting the engine may leave out is never the adapter's to change.
        assert_eq!(WireOptions::default().adapted(Refused::Setting(RequestParam::Temperature), true), None);
    }

    #[test]
    fn stream_usage_is_given_up_once_and_other_failures_are_no_refusal() {
        let stream =
            refused(400, r#"{"error":{"message":"Unsupported parameter: stream_options","param":"stream_options"}}"#);
        assert_eq!(stream, Some(Refused::StreamUsage));
        let (options, change) = WireOptions::default().adapted(Refused::StreamUsage, true).expect("turned off");
        assert_eq!((options.include_usage, change), (false, Reshape::NoStreamUsage));
        assert_eq!(options.adapted(Refused::StreamUsage, true), None, "nothing left to turn off");
        // Once nothing is left to change, the refusal is a failure with the server's words.
        assert!(matches!(
            error_from(
                400,
                r#"{"error":{"message":"stream_options not supported","param":"stream_options"}}"#,
                None,
                "m"
            ),
            ModelError::Server { status: 400, .. }
        ));
        let overflow = r#"{"error":{"code":"context_length_exceeded","message":"This model's maximum context length is 8192 tokens; not supported"}}"#;
        assert_eq!(refused(400, overflow), None);
        assert_eq!(refused(500, r#"{"error":{"message":"response_format not supported"}}"#), None);
        assert_eq!(refused(400, r#"{"error":{"message":"messages must not be empty"}}"#), None);
    }
}
