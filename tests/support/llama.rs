#![allow(dead_code)] // each benchmark uses its part
//! The real llama.cpp server (`scripts/real-llm.sh`) from the host, through
//! the same wire code the page uses (`openai::chat_body`, the SSE decoder,
//! `ChatStream`): for the benchmarks that measure real replies.

use bytes::Bytes;
use futures::future::LocalBoxFuture;
use http_body_util::{BodyExt, Full};
use minions_web::engine::model::{ChatModel, ChatReply, ChatRequest, DeltaSink, ModelEndpoint, ModelError};
use minions_web::providers::openai::{self, ChatStream, OpenAiEndpoint, WireOptions};
use minions_web::providers::stream::SseDecoder;

pub const LLAMA: &str = "http://127.0.0.1:18080/v1";
/// The server's parallel slots (`scripts/real-llm.sh`).
pub const SLOTS: usize = 2;

pub type Client = hyper_util::client::legacy::Client<hyper_util::client::legacy::connect::HttpConnector, Full<Bytes>>;

pub fn client() -> Client {
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new()).build(connector)
}

fn endpoint() -> OpenAiEndpoint {
    OpenAiEndpoint { base_url: LLAMA.into(), api_key: None, model: "smollm2:135m".into() }
}

/// One chat call, its reply read as the page reads it.
pub async fn chat(client: &Client, request: &ChatRequest) -> ChatReply {
    let body = Bytes::from(openai::chat_body(&endpoint(), request, WireOptions::default()));
    let mut tries = 0;
    let bytes = loop {
        let http = hyper::Request::post(format!("{LLAMA}/chat/completions"))
            .header("content-type", "application/json")
            .body(Full::new(body.clone()))
            .expect("a request");
        // The server may close an idle pooled connection as it is reused.
        match client.request(http).await {
            Ok(response) => break response.into_body().collect().await.expect("a body").to_bytes(),
            Err(error) if tries < 3 => {
                tries += 1;
                eprintln!("retrying after {error}");
            }
            Err(error) => panic!("the server does not answer: {error}"),
        }
    };
    let mut decoder = SseDecoder::new();
    let mut stream = ChatStream::new();
    for event in decoder.push(&bytes).into_iter().chain(decoder.finish()) {
        stream.event(&event).expect("a readable stream");
    }
    stream.finish().expect("a reply")
}

/// The real server as the engine's worker.
pub struct LlamaModel {
    pub client: Client,
}

impl ChatModel for LlamaModel {
    fn endpoint(&self) -> ModelEndpoint {
        ModelEndpoint { host: "127.0.0.1:18080".into(), model: "smollm2:135m".into() }
    }

    fn wire_body(&self, request: &ChatRequest) -> String {
        openai::chat_body(&endpoint(), request, WireOptions::default())
    }

    fn chat<'a>(
        &'a self,
        request: &'a ChatRequest,
        _: DeltaSink<'a>,
    ) -> LocalBoxFuture<'a, Result<ChatReply, ModelError>> {
        Box::pin(async move { Ok(chat(&self.client, request).await) })
    }
}
