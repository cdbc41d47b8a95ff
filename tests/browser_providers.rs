//! The adapters and the doctor in headless Chromium, against the model
//! doubles (`tests/support/doubles.rs`, started by `scripts/test.sh` on
//! ports 18181 Ollama, 18182 OpenAI, 18183 Ollama refusing this origin):
//! streaming, schemas, usage, every fault, cancel, CORS, and whole runs.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;

use minions_engine::cancel::Cancel;
use minions_engine::config::{Protocol, RunConfig};
use minions_engine::documents::Document;
use minions_engine::model::{ChatModel, ChatRequest, FinishReason, Message, ModelError, Reshape, SchemaDelivery};
use minions_engine::run::{run, Outcome, RunInputs};
use minions_engine::schemas;
use minions_providers::adapters::{OllamaModel, OpenAiModel, Timeouts};
use minions_providers::doctor::ConnectionCheck;
use minions_providers::doctor::{Verdict, Warning};
use minions_providers::ollama::OllamaEndpoint;
use minions_providers::openai::OpenAiEndpoint;
use minions_providers::probe::{check_ollama, check_openai};
use minions_web::web::models::BrowserClock;
use serde_json::Value;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const OLLAMA: &str = "http://127.0.0.1:18181";
const OPENAI: &str = "http://127.0.0.1:18182/v1";
const STRICT_OLLAMA: &str = "http://127.0.0.1:18183";

fn ollama(model: &str) -> OllamaModel {
    OllamaModel::new(OllamaEndpoint {
        base_url: OLLAMA.into(),
        model: model.into(),
        keep_alive: Some("5m".into()),
        seed: Some(1),
    })
}

fn openai(model: &str, key: &str) -> OpenAiModel {
    OpenAiModel::new(OpenAiEndpoint { base_url: OPENAI.into(), api_key: Some(key.into()), model: model.into() })
}

/// A name no other test uses, so the double's counters and records are ours.
fn unique(prefix: &str) -> String {
    format!("{prefix}-{}", (js_sys::Math::random() * 1e9) as u64)
}

fn question() -> ChatRequest {
    let mut request = ChatRequest::new(vec![Message::system("ANSWER: 42"), Message::user("What is the answer?")]);
    request.context_tokens = Some(2048);
    request.temperature = Some(0.2);
    request.max_output_tokens = Some(64);
    request
}

async fn recorded(base: &str, model: &str) -> Vec<Value> {
    let url = format!("{}/__requests?model={model}", base.trim_end_matches("/v1"));
    let body = gloo_net::http::Request::get(&url).send().await.unwrap().text().await.unwrap();
    let bodies: Vec<String> = serde_json::from_str(&body).unwrap();
    bodies.iter().map(|b| serde_json::from_str(b).unwrap()).collect()
}

async fn chat(
    model: &dyn ChatModel,
    request: &ChatRequest,
) -> (Result<minions_engine::model::ChatReply, ModelError>, Vec<String>) {
    let deltas = RefCell::new(Vec::new());
    let on_delta = |text: &str| deltas.borrow_mut().push(text.to_string());
    let result = model.chat(request, &on_delta).await;
    (result, deltas.into_inner())
}

#[wasm_bindgen_test]
async fn ollama_streams_deltas_and_reports_usage() {
    let name = unique("llama3.2");
    let model = ollama(&name);
    let (reply, deltas) = chat(&model, &question()).await;
    let reply = reply.unwrap();
    assert_eq!(reply.text, "42");
    assert_eq!(deltas.concat(), "42");
    assert!(deltas.len() >= 2, "the reply streamed in pieces: {deltas:?}");
    assert_eq!(reply.finish, FinishReason::Stop);
    assert!(reply.usage.prompt_tokens.unwrap() > 0 && reply.usage.completion_tokens.unwrap() > 0);
    // The body on the wire is exactly the adapter's wire_body.
    let bodies = recorded(OLLAMA, &name).await;
    assert_eq!(bodies.len(), 1);
    assert_eq!(bodies[0], serde_json::from_str::<Value>(&model.wire_body(&question())).unwrap());
    assert_eq!(bodies[0]["options"]["num_ctx"], 2048);
    assert_eq!(bodies[0]["options"]["num_predict"], 64);
    assert_eq!(bodies[0]["stream"], true);
}

#[wasm_bindgen_test]
async fn ollama_follows_a_reply_schema() {
    let mut request = question();
    request.schema = Some(schemas::job_reply());
    request.messages = vec![Message::user("Excerpt:\nANSWER: 7 days\nInstruction: find it")];
    let (reply, _) = chat(&ollama(&unique("llama3.2")), &request).await;
    let value: Value = serde_json::from_str(&reply.unwrap().text).unwrap();
    assert_eq!(value["answer"], "7 days");
}

#[wasm_bindgen_test]
async fn ollama_faults_become_typed_errors() {
    let (missing, _) = chat(&ollama("missing-model"), &question()).await;
    assert_eq!(missing.unwrap_err(), ModelError::ModelMissing { model: "missing-model".into() });
    let (failed, _) = chat(&ollama(&unique("fail500x1")), &question()).await;
    assert!(matches!(failed, Err(ModelError::Server { status: 500, .. })), "{failed:?}");
    let (cut, _) = chat(&ollama(&unique("cut")), &question()).await;
    assert!(matches!(cut, Err(ModelError::StreamCut { .. })), "{cut:?}");
    let (garbage, _) = chat(&ollama(&unique("garbage")), &question()).await;
    assert!(matches!(garbage, Err(ModelError::StreamCut { .. })), "{garbage:?}");
    let (length, _) = chat(&ollama(&unique("length")), &question()).await;
    assert_eq!(length.unwrap().finish, FinishReason::Length);
    let mut stalled = ollama(&unique("stall"));
    stalled.timeouts = Timeouts { first_byte_ms: 5_000, stall_ms: 1_000 };
    let (stall, _) = chat(&stalled, &question()).await;
    assert_eq!(stall.unwrap_err(), ModelError::Timeout { seconds: 1 });
    let mut slow = ollama(&unique("slowstart"));
    slow.timeouts = Timeouts { first_byte_ms: 1_000, stall_ms: 10_000 };
    let (first_byte, _) = chat(&slow, &question()).await;
    assert_eq!(first_byte.unwrap_err(), ModelError::Timeout { seconds: 1 });
    let unreachable = OllamaModel::new(OllamaEndpoint {
        base_url: "http://127.0.0.1:9".into(),
        model: "m".into(),
        keep_alive: None,
        seed: None,
    });
    let (down, _) = chat(&unreachable, &question()).await;
    assert!(matches!(down, Err(ModelError::Unreachable { .. })), "{down:?}");
}

#[wasm_bindgen_test]
async fn openai_streams_with_usage_and_a_strict_schema() {
    let model = openai("gpt-4o", "test-key");
    let mut request = question();
    request.schema = Some(schemas::supervisor_question());
    let (reply, deltas) = chat(&model, &request).await;
    let reply = reply.unwrap();
    assert!(deltas.len() >= 2);
    assert_eq!(serde_json::from_str::<Value>(&reply.text).unwrap()["message"], "What does the line marked ANSWER say?");
    assert!(reply.usage.prompt_tokens.unwrap() > 0);
    assert_eq!(reply.usage.cached_tokens, Some(0));
}

#[wasm_bindgen_test]
async fn openai_faults_become_typed_errors() {
    let (bad_key, _) = chat(&openai("gpt-4o", "wrong-key"), &question()).await;
    assert_eq!(bad_key.unwrap_err(), ModelError::Unauthorized { status: 401 });
    let (quota, _) = chat(&openai("quota-model", "test-key"), &question()).await;
    assert_eq!(quota.unwrap_err(), ModelError::QuotaExhausted);
    // The double does not expose Retry-After to the page, so the wait comes from the message.
    let (limited, _) = chat(&openai(&unique("ratelimit1"), "test-key"), &question()).await;
    assert_eq!(limited.unwrap_err(), ModelError::RateLimited { retry_after_ms: Some(1_000) });
    let (reset, _) = chat(&openai("resetheaders-model", "test-key"), &question()).await;
    assert_eq!(reset.unwrap_err(), ModelError::RateLimited { retry_after_ms: Some(2_000) });
    let (missing, _) = chat(&openai("missing-model", "test-key"), &question()).await;
    assert_eq!(missing.unwrap_err(), ModelError::ModelMissing { model: "missing-model".into() });
    let (cut, _) = chat(&openai(&unique("cut"), "test-key"), &question()).await;
    assert!(matches!(cut, Err(ModelError::StreamCut { .. })), "{cut:?}");
}

#[wasm_bindgen_test]
async fn a_server_that_refuses_json_schema_gets_json_object_next() {
    let name = unique("noschema");
    let model = openai(&name, "test-key");
    let mut request = question();
    request.schema = Some(schemas::supervisor_question());
    let (first, _) = chat(&model, &request).await;
    assert_eq!(first, Err(ModelError::Resend { change: Reshape::ReplySchema { now: SchemaDelivery::JsonOnly } }));
    assert_eq!(model.wire_options().schema, SchemaDelivery::JsonOnly);
    let (second, _) = chat(&model, &request).await;
    assert!(second.is_ok(), "{second:?}");
    let bodies = recorded(OPENAI, &name).await;
    assert_eq!(bodies[0]["response_format"]["type"], "json_schema");
    assert_eq!(bodies[1]["response_format"]["type"], "json_object");
}

#[wasm_bindgen_test]
async fn cancelling_ends_a_call_at_once() {
    let cancel = Cancel::new();
    let model = ollama(&unique("stall"));
    let request = question();
    let trigger = cancel.clone();
    gloo_timers::callback::Timeout::new(300, move || trigger.cancel()).forget();
    let started = js_sys::Date::now();
    let result = cancel.race(model.chat(&request, &|_| {})).await;
    assert!(result.is_err());
    assert!(js_sys::Date::now() - started < 5_000.0, "the stalled stream was abandoned");
}

#[wasm_bindgen_test]
async fn the_doctor_tells_ok_cors_down_missing_and_bad_key_apart() {
    let origin = web_sys::window().unwrap().location().origin().unwrap();
    let checks = std::cell::RefCell::new(Vec::new());
    let log = |check: ConnectionCheck| checks.borrow_mut().push(check);
    match check_ollama(OLLAMA, "llama3.2", &origin, 4_096, &log).await {
        Verdict::Ok { version, models, context_length, warning } => {
            assert_eq!(version.as_deref(), Some("0.12.6"));
            assert!(models.contains(&"llama3.2:latest".to_string()));
            assert_eq!(context_length, Some(131_072));
            assert_eq!(warning, None);
        }
        other => panic!("{other:?}"),
    }
    // Every request a check makes is told, before it leaves: the audit lists them.
    let made: Vec<(String, String, bool)> =
        checks.borrow().iter().map(|c| (c.method.clone(), c.path.clone(), c.with_key)).collect();
    let expected = [("GET", "/api/version"), ("GET", "/api/tags"), ("POST", "/api/show")];
    assert_eq!(made, expected.map(|(m, p)| (m.to_string(), p.to_string(), false)));
    assert!(checks.borrow().iter().all(|c| c.host == "127.0.0.1:18181"));
    assert_eq!(check_ollama(STRICT_OLLAMA, "llama3.2", &origin, 4_096, &log).await, Verdict::Cors);
    assert_eq!(
        check_ollama("http://127.0.0.1:9", "llama3.2", &origin, 4_096, &log).await,
        Verdict::Down { local_network_permission: false }
    );
    assert!(matches!(check_ollama(OLLAMA, "qwen9", &origin, 4_096, &log).await, Verdict::ModelMissing { .. }));
    let Verdict::Ok { warning, .. } = check_ollama(OLLAMA, "tiny-ctx", &origin, 4_096, &log).await else { panic!() };
    let warning = warning.expect("a warning");
    assert!(matches!(warning, Warning::SmallContext { needed: 4096, .. }), "{warning:?}");
    assert!(warning.english().contains("smaller than the 4096 tokens"));
    checks.borrow_mut().clear();
    assert_eq!(check_openai(OPENAI, Some("wrong-key"), "gpt-4o", &origin, &log).await, Verdict::BadKey);
    assert!(matches!(check_openai(OPENAI, Some("test-key"), "gpt-4o", &origin, &log).await, Verdict::Ok { .. }));
    assert!(matches!(
        check_openai(OPENAI, Some("test-key"), "gpt-9", &origin, &log).await,
        Verdict::ModelMissing { .. }
    ));
    assert_eq!(checks.borrow().len(), 3);
    assert!(checks.borrow().iter().all(|c| c.method == "GET" && c.path == "/v1/models" && c.with_key));
}

async fn run_against_doubles(protocol: Protocol, supervisor_model: &str) -> (minions_engine::run::RunReport, String) {
    let documents = vec![Document::from_text(
        "notes.txt",
        format!("{}\nANSWER: 42\n{}", "Filler line.\n".repeat(300), "More filler.\n".repeat(300)),
    )];
    let worker = ollama(&unique("llama3.2"));
    let supervisor_name = unique(supervisor_model);
    let supervisor = openai(&supervisor_name, "test-key");
    let config = RunConfig { protocol, max_rounds: 2, ..RunConfig::default() };
    let report = run(RunInputs {
        task: "What is the answer?",
        documents: &documents,
        config: &config,
        worker: &worker,
        supervisor: Some(Box::new(supervisor)),
        clock: &BrowserClock,
        cancel: Cancel::new(),
        events: &|_| {},
        reviewer: None,
    })
    .await;
    (report, supervisor_name)
}

#[wasm_bindgen_test]
async fn minion_runs_end_to_end_against_the_doubles() {
    let (report, supervisor) = run_against_doubles(Protocol::Minion, "gpt-4o").await;
    assert_eq!(report.outcome, Outcome::Answered { answer: "42".into() });
    // The audit holds exactly the bodies the server received.
    let received = recorded(OPENAI, &supervisor).await;
    let audited: Vec<Value> = report.audit.iter().map(|e| serde_json::from_str(&e.body).unwrap()).collect();
    assert_eq!(audited, received);
    assert!(report.audit.iter().all(|e| e.host == "127.0.0.1:18182" && e.verbatim_chars == 0));
    assert!(report.ledger.calls.iter().all(|c| !c.estimated), "usage came from the servers");
}

#[wasm_bindgen_test]
async fn minions_runs_end_to_end_against_the_doubles() {
    let (report, supervisor) = run_against_doubles(Protocol::Minions, "noschema-gpt-4o").await;
    assert_eq!(report.outcome, Outcome::Answered { answer: "42".into() });
    assert!(report.findings.iter().any(|f| f.answer.as_deref() == Some("42")));
    let received = recorded(OPENAI, &supervisor).await;
    let audited: Vec<Value> = report.audit.iter().map(|e| serde_json::from_str(&e.body).unwrap()).collect();
    assert_eq!(audited, received, "the refused json_schema request and its json_object resend are both audited");
    assert_eq!(received[0]["response_format"]["type"], "json_schema");
    assert_eq!(received[1]["response_format"]["type"], "json_object");
}
