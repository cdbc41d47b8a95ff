#![allow(dead_code)] // each benchmark uses its part
//! The real llama.cpp server (`scripts/real-llm.sh`) from the host, through
//! the same wire code the page uses (`openai::chat_body`, the SSE decoder,
//! `ChatStream`): for the benchmarks that measure real replies.

use bytes::Bytes;
use futures::future::LocalBoxFuture;
use http_body_util::{BodyExt, Full};
use minions_engine::model::{ChatModel, ChatReply, ChatRequest, DeltaSink, ModelEndpoint, ModelError};
use minions_providers::openai::{self, ChatStream, OpenAiEndpoint, WireOptions};
use minions_providers::stream::SseDecoder;

pub const LLAMA: &str = "http://127.0.0.1:18080/v1";
/// The server's parallel slots (`scripts/real-llm.sh`).
pub const SLOTS: usize = 2;

pub type Client = hyper_util::client::legacy::Client<hyper_util::client::legacy::connect::HttpConnector, Full<Bytes>>;

pub fn client() -> Client {
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new()).build(connector)
}

fn endpoint(base: &str) -> OpenAiEndpoint {
    OpenAiEndpoint { base_url: base.into(), api_key: None, model: "smollm2:135m".into() }
}

/// One chat call, its reply read as the page reads it.
pub async fn chat(client: &Client, request: &ChatRequest) -> ChatReply {
    chat_at(client, LLAMA, request).await
}

/// One chat call to the server at `base` (`…/v1`).
pub async fn chat_at(client: &Client, base: &str, request: &ChatRequest) -> ChatReply {
    let body = openai::chat_body(&endpoint(base), request, WireOptions::default());
    let bytes = post(client, &format!("{base}/chat/completions"), body).await;
    let mut decoder = SseDecoder::new();
    let mut stream = ChatStream::new();
    for event in decoder.push(&bytes).into_iter().chain(decoder.finish()) {
        stream.event(&event).expect("a readable stream");
    }
    stream.finish().expect("a reply")
}

/// POSTs a JSON `body` and returns the reply's bytes. The server may close
/// an idle pooled connection as it is reused, so a failed send is tried again.
/// POSTs a JSON body, retrying a connection refused by a busy server.
pub async fn post(client: &Client, url: &str, body: String) -> Bytes {
    let body = Bytes::from(body);
    let mut tries = 0;
    loop {
        let http = hyper::Request::post(url)
            .header("content-type", "application/json")
            .body(Full::new(body.clone()))
            .expect("a request");
        match client.request(http).await {
            Ok(response) => return response.into_body().collect().await.expect("a body").to_bytes(),
            Err(error) if tries < 3 => {
                tries += 1;
                eprintln!("retrying after {error}");
            }
            Err(error) => panic!("the server does not answer: {error}"),
        }
    }
}

/// Tokens of `text` as the server at `base` counts them (its `/tokenize`).
pub async fn token_count(client: &Client, base: &str, text: &str) -> usize {
    let root = base.trim_end_matches("/v1");
    let bytes = post(client, &format!("{root}/tokenize"), serde_json::json!({"content": text}).to_string()).await;
    let value: serde_json::Value = serde_json::from_slice(&bytes).expect("JSON");
    value["tokens"].as_array().map_or(0, Vec::len)
}

/// A worker that keeps every call: its request, and its reply with the
/// time it took once it came.
pub struct Recording<M> {
    pub inner: M,
    pub calls: std::cell::RefCell<Vec<RecordedCall>>,
}

/// A call's request, and its reply with the time it took once it came.
pub type RecordedCall = (ChatRequest, Option<(ChatReply, std::time::Duration)>);

impl<M> Recording<M> {
    pub fn new(inner: M) -> Self {
        Self { inner, calls: std::cell::RefCell::new(Vec::new()) }
    }
}

impl<M: ChatModel> ChatModel for Recording<M> {
    fn endpoint(&self) -> ModelEndpoint {
        self.inner.endpoint()
    }
    fn wire_body(&self, request: &ChatRequest) -> String {
        self.inner.wire_body(request)
    }
    fn chat<'a>(
        &'a self,
        request: &'a ChatRequest,
        on: DeltaSink<'a>,
    ) -> LocalBoxFuture<'a, Result<ChatReply, ModelError>> {
        // Kept in the order the calls start.
        let position = {
            let mut calls = self.calls.borrow_mut();
            calls.push((request.clone(), None));
            calls.len() - 1
        };
        Box::pin(async move {
            let started = std::time::Instant::now();
            let reply = self.inner.chat(request, on).await?;
            self.calls.borrow_mut()[position].1 = Some((reply.clone(), started.elapsed()));
            Ok(reply)
        })
    }
}

/// A supervisor that replies from a script (the last reply first), then
/// with `fallback`.
pub struct ScriptedSupervisor {
    pub replies: std::cell::RefCell<Vec<String>>,
    pub fallback: &'static str,
}

impl ChatModel for ScriptedSupervisor {
    fn endpoint(&self) -> ModelEndpoint {
        ModelEndpoint { host: "api.openai.com".into(), model: "gpt-4o".into() }
    }
    fn chat<'a>(&'a self, _: &'a ChatRequest, _: DeltaSink<'a>) -> LocalBoxFuture<'a, Result<ChatReply, ModelError>> {
        let text = self.replies.borrow_mut().pop().unwrap_or_else(|| self.fallback.to_string());
        Box::pin(async move { Ok(ChatReply::stop(text)) })
    }
}

/// The real server as the engine's worker.
pub struct LlamaModel {
    pub client: Client,
    /// Its `…/v1` address.
    pub base: &'static str,
}

impl ChatModel for LlamaModel {
    fn endpoint(&self) -> ModelEndpoint {
        let host = self.base.trim_start_matches("http://").trim_end_matches("/v1");
        ModelEndpoint { host: host.into(), model: "smollm2:135m".into() }
    }

    fn wire_body(&self, request: &ChatRequest) -> String {
        openai::chat_body(&endpoint(self.base), request, WireOptions::default())
    }

    fn chat<'a>(
        &'a self,
        request: &'a ChatRequest,
        _: DeltaSink<'a>,
    ) -> LocalBoxFuture<'a, Result<ChatReply, ModelError>> {
        Box::pin(async move { Ok(chat_at(&self.client, self.base, request).await) })
    }
}
