//! Ollama's native API on the wire: `/api/chat` (streaming NDJSON),
//! `/api/tags`, `/api/show`, `/api/version`, `/api/ps`.
//!
//! The worker always talks to `/api/chat`, never `/v1`: only the native API
//! honours `options.num_ctx`, which the engine sizes for every request. This
//! module is pure (request bodies, reply lines, error bodies); the browser
//! transport lives in `fetch.rs` and the adapter in `adapters.rs`.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use minions_engine::model::{ChatReply, ChatRequest, FinishReason, ModelError, Role, Usage};

/// Where an Ollama server is and which model to use.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OllamaEndpoint {
    /// e.g. `http://localhost:11434`, without a trailing slash.
    pub base_url: String,
    pub model: String,
    /// How long Ollama keeps the model loaded after a call, e.g. `"10m"`.
    pub keep_alive: Option<String>,
    pub seed: Option<u64>,
}

#[derive(Serialize)]
struct WireMessage<'a> {
    role: &'a str,
    content: &'a str,
}

#[derive(Serialize)]
struct Options {
    #[serde(skip_serializing_if = "Option::is_none")]
    num_ctx: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    temperature: Option<f32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    num_predict: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    seed: Option<u64>,
}

#[derive(Serialize)]
struct ChatBody<'a> {
    model: &'a str,
    messages: Vec<WireMessage<'a>>,
    stream: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    format: Option<&'a Value>,
    options: Options,
    #[serde(skip_serializing_if = "Option::is_none")]
    keep_alive: Option<&'a str>,
}

pub(crate) fn role_name(role: Role) -> &'static str {
    match role {
        Role::System => "system",
        Role::User => "user",
        Role::Assistant => "assistant",
    }
}

/// The exact `/api/chat` body for `request`.
pub fn chat_body(endpoint: &OllamaEndpoint, request: &ChatRequest) -> String {
    let body = ChatBody {
        model: &endpoint.model,
        messages: request
            .messages
            .iter()
            .map(|m| WireMessage { role: role_name(m.role), content: &m.content })
            .collect(),
        stream: true,
        format: request.schema.as_ref().map(|s| &s.schema),
        options: Options {
            num_ctx: request.context_tokens,
            temperature: request.temperature,
            num_predict: request.max_output_tokens,
            seed: endpoint.seed,
        },
        keep_alive: endpoint.keep_alive.as_deref(),
    };
    serde_json::to_string(&body).unwrap_or_default()
}

#[derive(Deserialize, Default)]
struct ChunkMessage {
    #[serde(default)]
    content: String,
}

/// One NDJSON line of a streamed `/api/chat` reply.
#[derive(Deserialize, Default)]
struct ChatChunk {
    #[serde(default)]
    message: Option<ChunkMessage>,
    #[serde(default)]
    done: bool,
    #[serde(default)]
    done_reason: Option<String>,
    #[serde(default)]
    prompt_eval_count: Option<u32>,
    #[serde(default)]
    eval_count: Option<u32>,
    #[serde(default)]
    prompt_eval_duration: Option<u64>,
    #[serde(default)]
    eval_duration: Option<u64>,
    #[serde(default)]
    error: Option<String>,
}

/// Folds the lines of a streamed reply into a [`ChatReply`].
#[derive(Debug, Default)]
pub struct ChatStream {
    text: String,
    finish: Option<FinishReason>,
    usage: Usage,
    server_ms: Option<f64>,
}

impl ChatStream {
    pub fn new() -> Self {
        Self::default()
    }

    /// Reads one line; returns the text it adds. An `error` line ends the
    /// stream with that error.
    pub fn line(&mut self, line: &str) -> Result<String, ModelError> {
        let chunk: ChatChunk = serde_json::from_str(line)
            .map_err(|e| ModelError::StreamCut { detail: format!("unreadable line from Ollama ({e})") })?;
        if let Some(error) = chunk.error {
            return Err(error_from_message(&error, None));
        }
        let delta = chunk.message.map(|m| m.content).unwrap_or_default();
        self.text.push_str(&delta);
        if chunk.done {
            self.finish = Some(match chunk.done_reason.as_deref() {
                Some("length") => FinishReason::Length,
                Some("stop") | None => FinishReason::Stop,
                Some(other) => FinishReason::Other(other.to_string()),
            });
            self.usage = Usage {
                prompt_tokens: chunk.prompt_eval_count,
                completion_tokens: chunk.eval_count,
                cached_tokens: None,
            };
            // Compute time only: time spent waiting for a free slot is not in these.
            self.server_ms = match (chunk.prompt_eval_duration, chunk.eval_duration) {
                (None, None) => None,
                (prompt, eval) => Some((prompt.unwrap_or(0) + eval.unwrap_or(0)) as f64 / 1e6),
            };
        }
        Ok(delta)
    }

    pub fn is_done(&self) -> bool {
        self.finish.is_some()
    }

    /// The reply, or a cut stream if `done` never came.
    pub fn finish(self) -> Result<ChatReply, ModelError> {
        match self.finish {
            Some(finish) => Ok(ChatReply { text: self.text, finish, usage: self.usage, server_ms: self.server_ms }),
            None => Err(ModelError::StreamCut { detail: "Ollama's reply ended before it was done".into() }),
        }
    }
}

#[derive(Deserialize)]
struct ErrorBody {
    error: String,
}

/// The typed error for an HTTP failure with Ollama's `{"error": "..."}` body.
pub fn error_from(status: u16, body: &str, model: &str) -> ModelError {
    let message = serde_json::from_str::<ErrorBody>(body).map(|b| b.error).unwrap_or_else(|_| body.trim().to_string());
    match status {
        404 => ModelError::ModelMissing { model: model.to_string() },
        _ => match error_from_message(&message, Some(model)) {
            ModelError::Server { .. } => ModelError::Server { status, message },
            other => other,
        },
    }
}

fn error_from_message(message: &str, model: Option<&str>) -> ModelError {
    let lower = message.to_lowercase();
    if lower.contains("not found") && lower.contains("model") {
        let model = model.map(str::to_string).unwrap_or_else(|| quoted(message).unwrap_or_default());
        return ModelError::ModelMissing { model };
    }
    if lower.contains("context") && (lower.contains("exceed") || lower.contains("too long") || lower.contains("length"))
    {
        return ModelError::ContextOverflow;
    }
    ModelError::Server { status: 500, message: message.to_string() }
}

/// The first `'…'` or `"…"` quoted name in a message.
fn quoted(message: &str) -> Option<String> {
    ['\'', '"'].iter().find_map(|&q| {
        let start = message.find(q)? + 1;
        let end = message[start..].find(q)? + start;
        Some(message[start..end].to_string())
    })
}

#[derive(Deserialize)]
struct Tags {
    #[serde(default)]
    models: Vec<TagModel>,
}

#[derive(Deserialize)]
struct TagModel {
    name: String,
}

/// Installed model names from `/api/tags`.
pub fn model_names(body: &str) -> Vec<String> {
    serde_json::from_str::<Tags>(body).map(|t| t.models.into_iter().map(|m| m.name).collect()).unwrap_or_default()
}

/// The model's context length from `/api/show`:
/// `model_info["<general.architecture>.context_length"]`.
pub fn context_length(show_body: &str) -> Option<u32> {
    let value: Value = serde_json::from_str(show_body).ok()?;
    let info = value.get("model_info")?;
    let architecture = info.get("general.architecture")?.as_str()?;
    let length = info.get(format!("{architecture}.context_length"))?.as_u64()?;
    u32::try_from(length).ok()
}

/// The body of `/api/show` for `model`.
pub fn show_body(model: &str) -> String {
    serde_json::json!({ "model": model }).to_string()
}

/// The server's version from `/api/version`.
pub fn version(body: &str) -> Option<String> {
    serde_json::from_str::<Value>(body).ok()?.get("version")?.as_str().map(str::to_string)
}

/// Whether the name is installed, accepting a missing `:latest` tag.
pub fn has_model(installed: &[String], model: &str) -> bool {
    let wanted = model.trim();
    installed.iter().any(|name| {
        name == wanted || name.strip_suffix(":latest") == Some(wanted) || wanted.strip_suffix(":latest") == Some(name)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use minions_engine::model::{Message, ReplySchema};

    fn endpoint() -> OllamaEndpoint {
        OllamaEndpoint {
            base_url: "http://localhost:11434".into(),
            model: "llama3.2".into(),
            keep_alive: Some("10m".into()),
            seed: Some(7),
        }
    }

    #[test]
    fn the_chat_body_carries_num_ctx_format_and_options() {
        let mut request = ChatRequest::new(vec![Message::system("s"), Message::user("u")]);
        request.schema = Some(ReplySchema { name: "x".into(), schema: serde_json::json!({"type": "object"}) });
        request.temperature = Some(0.2);
        request.max_output_tokens = Some(512);
        request.context_tokens = Some(4096);
        assert_eq!(
            chat_body(&endpoint(), &request),
            r#"{"model":"llama3.2","messages":[{"role":"system","content":"s"},{"role":"user","content":"u"}],"stream":true,"format":{"type":"object"},"options":{"num_ctx":4096,"temperature":0.2,"num_predict":512,"seed":7},"keep_alive":"10m"}"#
        );
    }

    #[test]
    fn a_stream_folds_into_a_reply_with_usage() {
        let mut stream = ChatStream::new();
        assert_eq!(
            stream.line(r#"{"model":"m","message":{"role":"assistant","content":"Hel"},"done":false}"#).unwrap(),
            "Hel"
        );
        stream.line(r#"{"model":"m","message":{"role":"assistant","content":"lo"},"done":false}"#).unwrap();
        stream
            .line(r#"{"model":"m","message":{"role":"assistant","content":""},"done":true,"done_reason":"length","total_duration":5,"prompt_eval_count":26,"prompt_eval_duration":2000000,"eval_count":2,"eval_duration":3000000}"#)
            .unwrap();
        let reply = stream.finish().unwrap();
        assert_eq!(reply.text, "Hello");
        assert_eq!(reply.finish, FinishReason::Length);
        assert_eq!(reply.usage, Usage { prompt_tokens: Some(26), completion_tokens: Some(2), cached_tokens: None });
        assert_eq!(reply.server_ms, Some(5.0));
    }

    #[test]
    fn a_cached_prompt_without_counts_is_unknown_and_a_cut_stream_is_an_error() {
        let mut stream = ChatStream::new();
        stream.line(r#"{"message":{"content":"x"},"done":true}"#).unwrap();
        assert_eq!(stream.finish().unwrap().usage.prompt_tokens, None);
        let mut cut = ChatStream::new();
        cut.line(r#"{"message":{"content":"x"},"done":false}"#).unwrap();
        assert!(matches!(cut.finish(), Err(ModelError::StreamCut { .. })));
    }

    #[test]
    fn error_bodies_become_typed_errors() {
        assert_eq!(
            error_from(404, r#"{"error":"model \"llama9\" not found, try pulling it first"}"#, "llama9"),
            ModelError::ModelMissing { model: "llama9".into() }
        );
        assert_eq!(
            error_from(500, r#"{"error":"model 'x' not found"}"#, "x"),
            ModelError::ModelMissing { model: "x".into() }
        );
        assert_eq!(
            error_from(400, r#"{"error":"the input length exceeds the context length"}"#, "m"),
            ModelError::ContextOverflow
        );
        assert_eq!(error_from(503, "busy", "m"), ModelError::Server { status: 503, message: "busy".into() });
        let mut stream = ChatStream::new();
        assert!(stream.line(r#"{"error":"an error was encountered while running the model"}"#).is_err());
    }

    #[test]
    fn model_facts_are_read_from_tags_show_and_version() {
        let tags =
            r#"{"models":[{"name":"llama3.2:latest","model":"llama3.2:latest","size":1},{"name":"qwen2.5:7b"}]}"#;
        let names = model_names(tags);
        assert_eq!(names, ["llama3.2:latest", "qwen2.5:7b"]);
        assert!(has_model(&names, "llama3.2"));
        assert!(!has_model(&names, "qwen2.5"));
        let show = r#"{"model_info":{"general.architecture":"llama","llama.context_length":131072}}"#;
        assert_eq!(context_length(show), Some(131_072));
        assert_eq!(version(r#"{"version":"0.12.6"}"#).as_deref(), Some("0.12.6"));
    }
}
