//! What the in-page model is sent and what it answers. wllama runs
//! llama.cpp's own server code, so a request is the OpenAI-compatible body
//! a llama.cpp server on this machine gets (the reply schema whole, its
//! length bounds enforced by the grammar) and each streamed chunk is the
//! JSON of one of that server's events.

use super::plan::TabFailure;
use crate::openai::{self, ChatStream, WireOptions};
use crate::stream::SseEvent;
use minions_engine::model::{ChatReply, ChatRequest, ModelError};

/// The exact body for `request` to the model named `model`.
pub fn chat_body(model: &str, request: &ChatRequest) -> String {
    openai::body_for(model, request, WireOptions::default(), true)
}

/// Folds the streamed chunks into a reply.
#[derive(Debug, Default)]
pub struct TabStream {
    inner: ChatStream,
}

impl TabStream {
    /// Reads one chunk (JSON); returns the text it adds.
    pub fn chunk(&mut self, json: &str) -> Result<String, ModelError> {
        self.inner.event(&SseEvent { event: "message".into(), data: json.to_string() })
    }

    /// The reply: the script resolves once generation ended.
    pub fn finish(mut self) -> Result<ChatReply, ModelError> {
        self.inner.event(&SseEvent { event: "message".into(), data: "[DONE]".into() })?;
        self.inner.finish()
    }
}

/// A failure the script threw during a chat, for the engine.
pub fn chat_error(kind: &str, detail: &str) -> ModelError {
    match kind {
        "not-loaded" => ModelError::NotLoaded,
        "context" => ModelError::ContextOverflow,
        "cancelled" => ModelError::StreamCut { detail: "cancelled".into() },
        _ => ModelError::Server { status: 500, message: TabFailure::from_kind(kind, detail).sentence() },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use minions_engine::model::{FinishReason, Message, ReplySchema};
    use serde_json::{json, Value};

    #[test]
    fn the_body_is_what_a_local_llama_cpp_server_gets_with_the_schema_whole() {
        let mut request = ChatRequest::new(vec![Message::system("s"), Message::user("u")]);
        request.schema = Some(ReplySchema {
            name: "job_reply".into(),
            schema: json!({"type": "object", "properties": {"answer": {"type": "string", "maxLength": 200}}, "required": ["answer"], "additionalProperties": false}),
        });
        request.max_output_tokens = Some(300);
        request.temperature = Some(0.2);
        let body: Value = serde_json::from_str(&chat_body("qwen2.5-0.5b", &request)).unwrap();
        assert_eq!(body["response_format"]["json_schema"]["schema"]["properties"]["answer"]["maxLength"], 200);
        assert_eq!(body["max_tokens"], 300);
        assert_eq!(body["stream"], true);
        assert_eq!(body["stream_options"]["include_usage"], true);
        assert_eq!(body["messages"][1]["content"], "u");
    }

    #[test]
    fn streamed_chunks_fold_into_the_reply_with_the_model_s_own_token_counts() {
        let mut stream = TabStream::default();
        let a = stream
            .chunk(r#"{"choices":[{"index":0,"delta":{"content":"{\"answer\":"}}],"object":"chat.completion.chunk"}"#)
            .unwrap();
        let b =
            stream.chunk(r#"{"choices":[{"index":0,"delta":{"content":"null}"},"finish_reason":"stop"}]}"#).unwrap();
        stream.chunk(r#"{"choices":[],"usage":{"prompt_tokens":412,"completion_tokens":6,"total_tokens":418,"prompt_tokens_details":{"cached_tokens":380}}}"#).unwrap();
        assert_eq!((a.as_str(), b.as_str()), ("{\"answer\":", "null}"));
        let reply = stream.finish().unwrap();
        assert_eq!(reply.text, "{\"answer\":null}");
        assert_eq!(reply.finish, FinishReason::Stop);
        assert_eq!(
            (reply.usage.prompt_tokens, reply.usage.completion_tokens, reply.usage.cached_tokens),
            (Some(412), Some(6), Some(380))
        );
        assert!(TabStream::default().chunk("not json").is_err());
    }

    #[test]
    fn script_failures_become_engine_errors() {
        assert_eq!(chat_error("not-loaded", ""), ModelError::NotLoaded);
        assert_eq!(chat_error("context", "kv cache full"), ModelError::ContextOverflow);
        assert!(matches!(chat_error("inference", "boom"), ModelError::Server { status: 500, .. }));
    }
}
