//! Test doubles of Ollama and of an OpenAI-compatible API that speak the
//! real wire formats: streamed NDJSON and SSE, usage fields, error bodies and
//! status codes, and Ollama's CORS policy (localhost, 127.0.0.1 and 0.0.0.0
//! on any port, a few app schemes, plus `--allow` origins; a refused origin
//! gets 403 and no CORS headers).
//!
//! Replies follow the reply schema a request carries (Ollama `format`, or
//! OpenAI `response_format`, or a schema written into a system message), so
//! whole Minion and MinionS runs complete against them. The model name picks
//! a scenario: `echo…` (repeats what it read word for word), `missing…` (404), `fail500x<N>…` (N failures, then fine),
//! `ratelimit<N>…` (N × 429), `quota…`, `cut…` (stream broken off),
//! `stall…` (stream stops), `slowstart…` (no first byte for 5 s), `slow…` (each reply a second late), `garbage…`, `length…` (cut by the output limit),
//! `noschema…` (refuses `json_schema`), `resetheaders…` (429 with readable
//! rate-limit reset headers). Every request is recorded and
//! `GET /__requests?model=M` returns the bodies, `GET /__checks?host=H` the
//! other requests (method and path) that came for host `H`; the OpenAI
//! double wants the key `test-key`.
//!
//!   cargo run --example model-doubles -- --ollama 18181 --ollama-strict 18183 --openai 18182

use std::collections::HashMap;
use std::convert::Infallible;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use bytes::Bytes;
use http_body_util::{combinators::BoxBody, BodyExt, Full, StreamBody};
use hyper::body::{Frame, Incoming};
use hyper::header::HeaderValue;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use serde_json::{json, Value};
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

type Body = BoxBody<Bytes, std::io::Error>;

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Ollama,
    OpenAi,
}

struct Server {
    kind: Kind,
    /// Origins allowed beyond Ollama's defaults; `None` for the OpenAI double (any origin).
    extra_origins: Option<Vec<String>>,
    /// Whether Ollama's default origins are allowed (off for the strict double).
    default_origins: bool,
    slots: Semaphore,
    latency: Duration,
    counters: Mutex<HashMap<String, usize>>,
    recorded: Mutex<Vec<(String, String)>>,
    /// Requests other than chat calls and preflights: (Host header, "METHOD /path").
    checks: Mutex<Vec<(String, String)>>,
}

fn full(status: StatusCode, content_type: &str, body: impl Into<Bytes>) -> Response<Body> {
    let mut response = Response::new(Full::new(body.into()).map_err(|never: Infallible| match never {}).boxed());
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert("content-type", HeaderValue::from_str(content_type).unwrap_or(HeaderValue::from_static("text/plain")));
    response
}

fn json_response(status: StatusCode, value: Value) -> Response<Body> {
    full(status, "application/json; charset=utf-8", value.to_string())
}

/// A body sent piece by piece, each after its pause; `Err` pieces break the
/// connection.
fn streamed(content_type: &str, pieces: Vec<(Duration, Result<String, ()>)>) -> Response<Body> {
    let stream = futures::stream::unfold(pieces.into_iter(), move |mut rest| async move {
        let (pause, next) = rest.next()?;
        tokio::time::sleep(pause).await;
        let frame = match next {
            Ok(text) => Ok(Frame::data(Bytes::from(text))),
            Err(()) => Err(std::io::Error::new(std::io::ErrorKind::ConnectionReset, "cut by the test double")),
        };
        Some((frame, rest))
    });
    let mut response = Response::new(StreamBody::new(stream).boxed());
    response
        .headers_mut()
        .insert("content-type", HeaderValue::from_str(content_type).unwrap_or(HeaderValue::from_static("text/plain")));
    response
}

impl Server {
    fn origin_allowed(&self, origin: &str) -> bool {
        let Some(extra) = &self.extra_origins else { return true };
        if extra.iter().any(|o| o == origin) {
            return true;
        }
        if !self.default_origins {
            return false;
        }
        let (scheme, rest) = origin.split_once("://").unwrap_or(("", origin));
        if matches!(scheme, "app" | "file" | "tauri" | "vscode-webview" | "vscode-file") {
            return true;
        }
        let host = rest.rsplit_once(':').map_or(rest, |(h, _)| h);
        matches!(scheme, "http" | "https") && matches!(host, "localhost" | "127.0.0.1" | "0.0.0.0")
    }

    fn with_cors(&self, mut response: Response<Body>, origin: Option<&str>) -> Response<Body> {
        let headers = response.headers_mut();
        // Not sent by the real servers: the wasm-bindgen test page is
        // cross-origin isolated (COEP), which blocks opaque responses without
        // it; the product page is not isolated and needs no such header.
        headers.insert("cross-origin-resource-policy", HeaderValue::from_static("cross-origin"));
        match (self.kind, origin) {
            (Kind::OpenAi, _) => {
                headers.insert("access-control-allow-origin", HeaderValue::from_static("*"));
            }
            (Kind::Ollama, Some(origin)) => {
                if let Ok(value) = HeaderValue::from_str(origin) {
                    headers.insert("access-control-allow-origin", value);
                    headers.insert("vary", HeaderValue::from_static("Origin"));
                }
            }
            (Kind::Ollama, None) => {}
        }
        response
    }

    /// Counts requests per model; returns how many came before this one.
    fn seen(&self, model: &str) -> usize {
        let mut counters = self.counters.lock().unwrap_or_else(|e| e.into_inner());
        let count = counters.entry(model.to_string()).or_insert(0);
        *count += 1;
        *count - 1
    }

    async fn handle(self: Arc<Self>, request: Request<Incoming>) -> Result<Response<Body>, Infallible> {
        let origin = request.headers().get("origin").and_then(|v| v.to_str().ok()).map(str::to_string);
        let path = request.uri().path().to_string();
        let query = request.uri().query().unwrap_or("").to_string();
        let method = request.method().clone();
        if std::env::var_os("DOUBLES_LOG").is_some() {
            eprintln!(
                "{} {} origin={:?} mode={:?}",
                request.method(),
                request.uri(),
                origin,
                request.headers().get("sec-fetch-mode")
            );
        }
        let authorization = request.headers().get("authorization").and_then(|v| v.to_str().ok()).map(str::to_string);

        if path == "/__checks" {
            let host = query.strip_prefix("host=").unwrap_or("").to_string();
            let checks = self.checks.lock().unwrap_or_else(|e| e.into_inner());
            let made: Vec<&String> = checks.iter().filter(|(h, _)| *h == host).map(|(_, check)| check).collect();
            let mut response = json_response(StatusCode::OK, json!(made));
            response.headers_mut().insert("access-control-allow-origin", HeaderValue::from_static("*"));
            return Ok(response);
        }
        let host = request.headers().get("host").and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
        if method != Method::OPTIONS
            && path != "/__requests"
            && !path.ends_with("/chat")
            && !path.ends_with("/completions")
        {
            self.checks.lock().unwrap_or_else(|e| e.into_inner()).push((host, format!("{method} {path}")));
        }
        if path == "/__requests" {
            let model = query.strip_prefix("model=").unwrap_or("").to_string();
            let recorded = self.recorded.lock().unwrap_or_else(|e| e.into_inner());
            let bodies: Vec<&String> = recorded.iter().filter(|(m, _)| *m == model).map(|(_, body)| body).collect();
            let mut response = json_response(StatusCode::OK, json!(bodies));
            response.headers_mut().insert("access-control-allow-origin", HeaderValue::from_static("*"));
            return Ok(response);
        }
        if let Some(origin) = &origin {
            if !self.origin_allowed(origin) {
                let mut refused = full(StatusCode::FORBIDDEN, "text/plain", "");
                refused.headers_mut().insert("cross-origin-resource-policy", HeaderValue::from_static("cross-origin"));
                return Ok(refused);
            }
        }
        if method == Method::OPTIONS {
            let mut response = full(StatusCode::NO_CONTENT, "text/plain", "");
            let headers = response.headers_mut();
            headers.insert(
                "access-control-allow-methods",
                HeaderValue::from_static("GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS"),
            );
            headers.insert(
                "access-control-allow-headers",
                HeaderValue::from_static("Authorization, Content-Type, User-Agent, Accept, X-Requested-With"),
            );
            headers.insert("access-control-max-age", HeaderValue::from_static("43200"));
            return Ok(self.with_cors(response, origin.as_deref()));
        }
        let body = request.into_body().collect().await.map(|b| b.to_bytes()).unwrap_or_default();
        let body = String::from_utf8_lossy(&body).to_string();
        let response = match (self.kind, method.as_str(), path.as_str()) {
            (Kind::Ollama, "GET", "/") => full(StatusCode::OK, "text/plain", "Ollama is running"),
            (Kind::Ollama, "GET", "/api/version") => json_response(StatusCode::OK, json!({"version": "0.12.6"})),
            (Kind::Ollama, "GET", "/api/tags") => json_response(
                StatusCode::OK,
                json!({"models": [
                    {"name": "llama3.2:latest", "model": "llama3.2:latest", "size": 2_019_393_189u64, "details": {"family": "llama", "parameter_size": "3.2B", "quantization_level": "Q4_K_M"}},
                    {"name": "tiny-ctx:latest", "model": "tiny-ctx:latest", "size": 1_000_000u64, "details": {"family": "llama"}}
                ]}),
            ),
            (Kind::Ollama, "POST", "/api/show") => self.show(&body),
            (Kind::Ollama, "POST", "/api/chat") => self.chat(&body).await,
            (Kind::OpenAi, "GET", "/v1/models") => {
                if authorization.as_deref() != Some("Bearer test-key") {
                    unauthorized()
                } else {
                    json_response(
                        StatusCode::OK,
                        json!({"object": "list", "data": [
                            {"id": "gpt-4o", "object": "model"}, {"id": "gpt-4o-mini", "object": "model"}, {"id": "o3-mini", "object": "model"}
                        ]}),
                    )
                }
            }
            (Kind::OpenAi, "POST", "/v1/chat/completions") => {
                if authorization.as_deref() != Some("Bearer test-key") {
                    unauthorized()
                } else {
                    self.chat(&body).await
                }
            }
            _ => full(StatusCode::NOT_FOUND, "text/plain", "404 page not found"),
        };
        Ok(self.with_cors(response, origin.as_deref()))
    }

    fn show(&self, body: &str) -> Response<Body> {
        let model = serde_json::from_str::<Value>(body)
            .ok()
            .and_then(|v| v["model"].as_str().map(str::to_string))
            .unwrap_or_default();
        let context = match model.trim_end_matches(":latest") {
            "llama3.2" => 131_072,
            "tiny-ctx" => 2_048,
            _ => return json_response(StatusCode::NOT_FOUND, json!({"error": format!("model '{model}' not found")})),
        };
        json_response(
            StatusCode::OK,
            json!({"details": {"family": "llama"}, "model_info": {"general.architecture": "llama", "llama.context_length": context}}),
        )
    }

    async fn chat(&self, body: &str) -> Response<Body> {
        let request: Value = serde_json::from_str(body).unwrap_or(Value::Null);
        let model = request["model"].as_str().unwrap_or("").to_string();
        self.recorded.lock().unwrap_or_else(|e| e.into_inner()).push((model.clone(), body.to_string()));
        let seen = self.seen(&model);
        let _slot = self.slots.acquire().await;
        tokio::time::sleep(self.latency).await;
        if model.starts_with("slowstart") {
            // Nothing at all, not even headers, for a while (a model loading).
            tokio::time::sleep(Duration::from_secs(5)).await;
        } else if model.starts_with("slow") {
            tokio::time::sleep(Duration::from_secs(1)).await;
        }
        if let Some(failure) = self.scenario_failure(&model, seen, &request) {
            return failure;
        }
        let messages = request["messages"].as_array().cloned().unwrap_or_default();
        let schema = match self.kind {
            Kind::Ollama => request.get("format").filter(|f| f.is_object()).cloned(),
            Kind::OpenAi => {
                request["response_format"]["json_schema"]["schema"].as_object().map(|s| Value::Object(s.clone()))
            }
        }
        .or_else(|| schema_in_messages(&messages));
        let reply = match schema {
            _ if model.starts_with("echo") => echo_reply(schema.as_ref(), &messages),
            Some(schema) => reply_for_schema(&schema, &messages).to_string(),
            None => free_text_reply(&messages),
        };
        let finish = if model.starts_with("length") { "length" } else { "stop" };
        let prompt_tokens = (body.len() / 4) as u64;
        let completion_tokens = (reply.len() / 4).max(1) as u64;
        let pieces = split_in_three(&reply);
        let cut = model.starts_with("cut");
        let stall = model.starts_with("stall");
        let garbage = model.starts_with("garbage");
        let mut out: Vec<Result<String, ()>> = Vec::new();
        match self.kind {
            Kind::Ollama => {
                for piece in &pieces {
                    out.push(Ok(json!({"model": model, "created_at": "2026-11-25T12:00:00Z", "message": {"role": "assistant", "content": piece}, "done": false}).to_string() + "\n"));
                }
                out.push(Ok(json!({"model": model, "created_at": "2026-11-25T12:00:00Z", "message": {"role": "assistant", "content": ""},
                    "done": true, "done_reason": finish, "total_duration": 120_000_000u64, "load_duration": 1_000_000u64,
                    "prompt_eval_count": prompt_tokens, "prompt_eval_duration": 50_000_000u64, "eval_count": completion_tokens, "eval_duration": 60_000_000u64}).to_string() + "\n"));
            }
            Kind::OpenAi => {
                let chunk = |delta: Value, finish: Value| {
                    format!(
                        "data: {}\n\n",
                        json!({"id": "chatcmpl-double", "object": "chat.completion.chunk", "created": 1_764_072_000, "model": model,
                        "choices": [{"index": 0, "delta": delta, "logprobs": null, "finish_reason": finish}]})
                    )
                };
                out.push(Ok(": keep-alive\n\n".into()));
                out.push(Ok(chunk(json!({"role": "assistant", "content": ""}), Value::Null)));
                for piece in &pieces {
                    out.push(Ok(chunk(json!({"content": piece}), Value::Null)));
                }
                out.push(Ok(chunk(json!({}), json!(finish))));
                if request["stream_options"]["include_usage"].as_bool() == Some(true) {
                    out.push(Ok(format!("data: {}\n\n", json!({"id": "chatcmpl-double", "object": "chat.completion.chunk", "model": model, "choices": [],
                        "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens, "total_tokens": prompt_tokens + completion_tokens,
                                  "prompt_tokens_details": {"cached_tokens": 0}}}))));
                }
                out.push(Ok("data: [DONE]\n\n".into()));
            }
        }
        if garbage {
            out = vec![Ok("this is not json\n".into()), Ok("data: {broken\n\n".into())];
        }
        if cut {
            out.truncate(2);
            out.push(Err(()));
        }
        if stall {
            out.truncate(2);
        }
        let content_type = if self.kind == Kind::Ollama { "application/x-ndjson" } else { "text/event-stream" };
        let mut timed: Vec<(Duration, Result<String, ()>)> =
            out.into_iter().map(|piece| (Duration::from_millis(5), piece)).collect();
        if stall {
            timed.push((Duration::from_secs(30), Ok(String::new())));
        }
        streamed(content_type, timed)
    }

    fn scenario_failure(&self, model: &str, seen: usize, request: &Value) -> Option<Response<Body>> {
        let leading = |prefix: &str| -> Option<usize> {
            let rest = model.strip_prefix(prefix)?;
            rest.chars().take_while(char::is_ascii_digit).collect::<String>().parse().ok()
        };
        let error = |status: StatusCode, message: &str, code: Value, param: Value| match self.kind {
            Kind::Ollama => json_response(status, json!({"error": message})),
            Kind::OpenAi => json_response(
                status,
                json!({"error": {"message": message, "type": "invalid_request_error", "param": param, "code": code}}),
            ),
        };
        if model.starts_with("missing") {
            return Some(match self.kind {
                Kind::Ollama => json_response(
                    StatusCode::NOT_FOUND,
                    json!({"error": format!("model \"{model}\" not found, try pulling it first")}),
                ),
                Kind::OpenAi => error(
                    StatusCode::NOT_FOUND,
                    &format!("The model `{model}` does not exist or you do not have access to it."),
                    json!("model_not_found"),
                    Value::Null,
                ),
            });
        }
        if leading("fail500x").is_some_and(|n| seen < n) {
            return Some(error(
                StatusCode::INTERNAL_SERVER_ERROR,
                "the double failed on purpose",
                Value::Null,
                Value::Null,
            ));
        }
        if leading("ratelimit").is_some_and(|n| seen < n) {
            let mut response = error(
                StatusCode::TOO_MANY_REQUESTS,
                "Rate limit reached for requests. Please try again in 1s.",
                json!("rate_limit_exceeded"),
                Value::Null,
            );
            response.headers_mut().insert("retry-after", HeaderValue::from_static("1"));
            return Some(response);
        }
        if model.starts_with("resetheaders") {
            // Rate-limit reset headers the page may read (exposed), no Retry-After, no hint in the message.
            let mut response = error(
                StatusCode::TOO_MANY_REQUESTS,
                "Rate limit reached for requests.",
                json!("rate_limit_exceeded"),
                Value::Null,
            );
            let headers = response.headers_mut();
            headers.insert("x-ratelimit-reset-requests", HeaderValue::from_static("2s"));
            headers.insert("x-ratelimit-reset-tokens", HeaderValue::from_static("500ms"));
            headers.insert(
                "access-control-expose-headers",
                HeaderValue::from_static("x-ratelimit-reset-requests, x-ratelimit-reset-tokens"),
            );
            return Some(response);
        }
        if model.starts_with("quota") {
            return Some(error(
                StatusCode::TOO_MANY_REQUESTS,
                "You exceeded your current quota, please check your plan and billing details.",
                json!("insufficient_quota"),
                Value::Null,
            ));
        }
        if model.starts_with("noschema") && request["response_format"]["type"] == "json_schema" {
            return Some(error(
                StatusCode::BAD_REQUEST,
                "response_format of type json_schema is not supported by this server",
                Value::Null,
                json!("response_format"),
            ));
        }
        None
    }
}

fn unauthorized() -> Response<Body> {
    json_response(
        StatusCode::UNAUTHORIZED,
        json!({"error": {"message": "Incorrect API key provided.", "type": "invalid_request_error", "param": null, "code": "invalid_api_key"}}),
    )
}

fn split_in_three(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let third = chars.len().div_ceil(3).max(1);
    chars.chunks(third).map(|c| c.iter().collect()).collect()
}

/// A schema written into a system message by the prompt-only fallback.
fn schema_in_messages(messages: &[Value]) -> Option<Value> {
    messages.iter().filter_map(|m| m["content"].as_str()).find_map(|content| {
        let start = content.find("follows this JSON schema:\n")? + "follows this JSON schema:\n".len();
        serde_json::from_str(&content[start..]).ok()
    })
}

fn last_user(messages: &[Value]) -> String {
    messages.iter().rev().find(|m| m["role"] == "user").and_then(|m| m["content"].as_str()).unwrap_or("").to_string()
}

/// A job's own excerpt: the last user message holding one (the worked
/// examples come before it).
fn job_excerpt(messages: &[Value]) -> String {
    messages
        .iter()
        .rev()
        .filter(|m| m["role"] == "user")
        .filter_map(|m| m["content"].as_str())
        .find(|content| content.starts_with("Excerpt"))
        .unwrap_or("")
        .to_string()
}

/// The text after `ANSWER:` on its line, in any message.
fn marked_answer(messages: &[Value]) -> Option<String> {
    messages.iter().filter_map(|m| m["content"].as_str()).find_map(|content| {
        let start = content.find("ANSWER:")? + "ANSWER:".len();
        Some(content[start..].lines().next().unwrap_or("").trim().to_string())
    })
}

/// A reply that follows `schema`, chosen by its required fields.
fn reply_for_schema(schema: &Value, messages: &[Value]) -> Value {
    let required: Vec<&str> =
        schema["required"].as_array().map(|r| r.iter().filter_map(Value::as_str).collect()).unwrap_or_default();
    let has = |field: &str| required.contains(&field);
    if has("verdict") {
        // The judge: correct when the reply contains the expected answer.
        let prompt = last_user(messages);
        let field = |label: &str| {
            prompt.split(label).nth(1).map(|rest| rest.split("\n\n").next().unwrap_or("").trim().to_lowercase())
        };
        let correct = match (field("Expected answer: "), field("Reply to grade: ")) {
            (Some(expected), Some(reply)) => !expected.is_empty() && reply.contains(&expected),
            _ => false,
        };
        return json!({"verdict": if correct { "correct" } else { "incorrect" }, "reason": "Compared by the double."});
    }
    if required == ["answer"] {
        // Cloud only, with the documents in the prompt: the last marked line
        // (the other protocols' doubles find the first).
        let content = last_user(messages);
        let answer = content
            .rfind("ANSWER:")
            .map(|at| content[at + 7..].lines().next().unwrap_or("").trim().to_string())
            .unwrap_or_else(|| "The documents do not say.".into());
        return json!({"answer": answer});
    }
    if has("tasks") {
        return json!({"chunking": {"unit": "chars", "size": 3000, "overlap": 200},
            "tasks": [{"id": "find", "instruction": "Find the answer to the question in this excerpt", "advice": "Look for a line that starts with ANSWER:", "keywords": ["answer"]}],
            "top_k": null});
    }
    if has("explanation") {
        let excerpt = job_excerpt(messages);
        return match excerpt.find("ANSWER:") {
            Some(at) => {
                let answer = excerpt[at + 7..].lines().next().unwrap_or("").trim().to_string();
                json!({"explanation": "The excerpt states it on a line marked ANSWER.", "citation": format!("ANSWER: {answer}"), "answer": answer})
            }
            None => json!({"explanation": "Nothing relevant in this excerpt.", "citation": null, "answer": null}),
        };
    }
    if has("scratchpad") {
        let findings = last_user(messages);
        let answer = findings
            .lines()
            .find_map(|line| {
                line.split_once("): ").map(|(_, rest)| rest.split(" — ").next().unwrap_or(rest).to_string())
            })
            .unwrap_or_else(|| "The documents do not say.".into());
        return json!({"decision": "final", "answer": answer, "feedback": null, "scratchpad": "from the double"});
    }
    if has("decision") {
        let answer = last_user(messages).lines().nth(2).unwrap_or("").trim().to_string();
        return json!({"decision": "final", "answer": answer, "message": null});
    }
    if has("message") {
        return json!({"message": "What does the line marked ANSWER say?"});
    }
    json!({})
}

/// A worker that repeats what it read word for word: a job's whole excerpt
/// in every field, or the whole context as a free-text answer.
fn echo_reply(schema: Option<&Value>, messages: &[Value]) -> String {
    match schema {
        Some(_) => {
            let excerpt = job_excerpt(messages);
            let chunk =
                excerpt.split("\"\"\"\n").nth(1).unwrap_or(&excerpt).trim_end().trim_end_matches("\"\"\"").to_string();
            json!({"explanation": chunk, "citation": chunk, "answer": chunk}).to_string()
        }
        None => messages.iter().filter_map(|m| m["content"].as_str()).collect::<Vec<_>>().join("\n"),
    }
}

/// The worker's free-text answer: the marked answer if the context has one.
fn free_text_reply(messages: &[Value]) -> String {
    match marked_answer(messages) {
        Some(answer) => answer,
        None => format!("I read {} messages; the documents do not say.", messages.len()),
    }
}

async fn serve(port: u16, server: Arc<Server>) -> std::io::Result<()> {
    let listener = TcpListener::bind(("127.0.0.1", port)).await?;
    loop {
        let (stream, _) = listener.accept().await?;
        let server = server.clone();
        tokio::spawn(async move {
            let service = service_fn(move |request| server.clone().handle(request));
            let _ = http1::Builder::new().serve_connection(TokioIo::new(stream), service).await;
        });
    }
}

fn new_server(
    kind: Kind,
    extra_origins: Option<Vec<String>>,
    default_origins: bool,
    slots: usize,
    latency_ms: u64,
) -> Arc<Server> {
    Arc::new(Server {
        kind,
        extra_origins,
        default_origins,
        slots: Semaphore::new(slots),
        latency: Duration::from_millis(latency_ms),
        counters: Mutex::new(HashMap::new()),
        recorded: Mutex::new(Vec::new()),
        checks: Mutex::new(Vec::new()),
    })
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let value = |flag: &str| args.iter().position(|a| a == flag).and_then(|i| args.get(i + 1)).cloned();
    let port = |flag: &str| value(flag).and_then(|p| p.parse::<u16>().ok());
    let slots: usize = value("--slots").and_then(|s| s.parse().ok()).unwrap_or(4);
    let latency: u64 = value("--latency-ms").and_then(|s| s.parse().ok()).unwrap_or(20);
    let allow: Vec<String> = value("--allow").map(|a| a.split(',').map(str::to_string).collect()).unwrap_or_default();
    let mut tasks = Vec::new();
    if let Some(p) = port("--ollama") {
        tasks.push(tokio::spawn(serve(p, new_server(Kind::Ollama, Some(allow.clone()), true, slots, latency))));
    }
    if let Some(p) = port("--ollama-strict") {
        let only = vec!["https://allowed.example".to_string()];
        tasks.push(tokio::spawn(serve(p, new_server(Kind::Ollama, Some(only), false, slots, latency))));
    }
    if let Some(p) = port("--openai") {
        tasks.push(tokio::spawn(serve(p, new_server(Kind::OpenAi, None, true, slots, latency))));
    }
    if tasks.is_empty() {
        eprintln!("usage: model-doubles [--ollama PORT] [--ollama-strict PORT] [--openai PORT] [--slots N] [--latency-ms MS] [--allow ORIGINS]");
        std::process::exit(2);
    }
    println!("model doubles listening");
    tokio::signal::ctrl_c().await?;
    Ok(())
}
