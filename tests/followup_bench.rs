//! A Minion follow-up does not read the documents again (not a test:
//! `scripts/bench.sh` runs it with `--ignored --nocapture` and writes the
//! figures to BENCHMARKS.md): a question, then a follow-up, over a 24,000
//! character report against the real llama.cpp server (`scripts/real-llm.sh`
//! with `REAL_LLM_CTX=32768` on port 18090: 2 slots of 16,384 tokens,
//! SmolLM2-135M). Tokens the server evaluated for the follow-up's worker
//! call ÷ the follow-up's new tokens (its prompt less the document and the
//! earlier turns it carries), from the server's own counts.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/llama.rs"]
mod llama;
#[path = "support/wall_clock.rs"]
mod wall_clock;

use std::cell::RefCell;
use std::time::Instant;

use llama::{chat_at, token_count, Client, LlamaModel, Recording, ScriptedSupervisor};
use minions_engine::cancel::Cancel;
use minions_engine::config::{Protocol, RunConfig, WorkerSettings};
use minions_engine::conversation::Conversation;
use minions_engine::documents::{Document, DocumentKind};
use minions_engine::model::{ChatReply, ChatRequest, Message};
use minions_engine::prompts::{joined_documents, minion};
use minions_engine::run::{converse, Outcome, RunInputs};
use wall_clock::WallClock;

const BASE: &str = "http://127.0.0.1:18090/v1";
const FIRST: &str = "What was the library's total budget?";
const FOLLOW_UP: &str = "And how many visits were recorded?";

const FINAL: &str = r#"{"reasoning": "The worker answered.", "decision": "final", "answer": "done", "message": null}"#;

/// The page's sample report four times over (about 24,000 characters),
/// marked with `salt`: the server keeps earlier prompts in memory beyond
/// its slots, so each measurement reads text no other one sent.
fn report(salt: &str) -> Document {
    let sample = include_str!("../static/sample/millbrook-library-2025.md");
    let parts: Vec<String> = (1..=4).map(|part| format!("# Part {part} ({salt})\n\n{sample}")).collect();
    Document::new("millbrook-library-2025.md", DocumentKind::Markdown, parts.join("\n\n"))
}

fn config() -> RunConfig {
    RunConfig {
        protocol: Protocol::Minion,
        max_rounds: 1,
        worker: WorkerSettings {
            num_predict: 48,
            temperature: 0.0,
            context_limit: 16_384,
            ..WorkerSettings::default()
        },
        ..RunConfig::default()
    }
}

fn prompt_tokens(reply: &ChatReply) -> u64 {
    u64::from(reply.usage.prompt_tokens.unwrap_or(0))
}

fn evaluated(reply: &ChatReply) -> u64 {
    prompt_tokens(reply).saturating_sub(u64::from(reply.usage.cached_tokens.unwrap_or(0)))
}

/// The worker's prompt as it was before documents came first: the task,
/// then the documents, a new chat for each question.
fn task_first(task: &str, documents: &[Document], question: &str) -> ChatRequest {
    let system = minion::worker_system(task, documents).content;
    let (body, task_line) = system.rsplit_once("\n\nThe user's overall task is: ").unwrap_or((&system, task));
    let mut request = ChatRequest::new(vec![
        Message::system(format!("The user's overall task is: {task_line}\n\n{body}")),
        Message::user(question),
    ]);
    request.max_output_tokens = Some(config().worker.num_predict);
    request.temperature = Some(0.0);
    request
}

async fn turn(
    worker: &Recording<LlamaModel>,
    documents: &[Document],
    task: &str,
    question: &str,
    conversation: &Conversation,
) -> Conversation {
    let opening = format!(r#"{{"message": "{question}"}}"#);
    let config = config();
    let report = converse(
        RunInputs {
            task,
            documents,
            config: &config,
            worker,
            supervisor: Some(Box::new(ScriptedSupervisor {
                replies: RefCell::new(vec![FINAL.into(), opening]),
                fallback: FINAL,
            })),
            clock: &WallClock(Instant::now()),
            cancel: Cancel::new(),
            events: &|_| {},
            reviewer: None,
        },
        conversation,
    )
    .await;
    assert!(matches!(report.report.outcome, Outcome::Answered { .. }), "{:?}", report.report.outcome);
    report.conversation
}

#[tokio::test(flavor = "current_thread")]
#[ignore = "a benchmark against the real llama.cpp server: run by scripts/bench.sh"]
async fn a_minion_follow_up_reads_only_what_is_new() {
    let client: Client = llama::client();

    // Marks no earlier run of this benchmark sent (the server's memory outlives a run).
    let run_mark = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis());

    // Now: the follow-up continues the worker's chat.
    let documents = [report(&format!("copy A, run {run_mark}"))];
    let worker =
        Recording { inner: LlamaModel { client: client.clone(), base: BASE }, calls: RefCell::new(Vec::new()) };
    let conversation =
        turn(&worker, &documents, FIRST, "What was the total budget for 2025?", &Conversation::default()).await;
    let after = turn(&worker, &documents, FOLLOW_UP, "How many visits were recorded in 2025?", &conversation).await;
    assert_eq!(after.worker_chat.as_ref().map(|c| c.messages.len()), Some(4));
    let calls = worker.calls.into_inner();
    assert_eq!(calls.len(), 2, "one worker call a turn");
    let replied = |call: usize| calls[call].1.clone().expect("a reply");
    let ((first, _), (follow_up, now_time)) = (replied(0), replied(1));
    let follow_up_request = &calls[1].0;
    assert_eq!(follow_up_request.messages.len(), 4, "the follow-up continues the chat");
    let now_new = prompt_tokens(&follow_up)
        .saturating_sub(prompt_tokens(&first) + u64::from(first.usage.completion_tokens.unwrap_or(0)));
    let now_evaluated = evaluated(&follow_up);

    // Before: the task before the documents, and a new chat for each question.
    let documents = [report(&format!("copy B, run {run_mark}"))];
    let _ = chat_at(&client, BASE, &task_first(FIRST, &documents, "What was the total budget for 2025?")).await;
    let started = Instant::now();
    let before =
        chat_at(&client, BASE, &task_first(FOLLOW_UP, &documents, "How many visits were recorded in 2025?")).await;
    let before_time = started.elapsed();
    let document_tokens = token_count(&client, BASE, &joined_documents(&documents)).await as u64;
    let before_new = prompt_tokens(&before).saturating_sub(document_tokens);
    let before_evaluated = evaluated(&before);

    let ratio = |evaluated: u64, new: u64| evaluated as f64 / new.max(1) as f64;
    let out = [
        "## A follow-up question reads only what is new (Minion)".to_string(),
        String::new(),
        format!("A question, then a follow-up, under Minion (one round each) over a {}-character report ({document_tokens} tokens) against", documents[0].text.chars().count()),
        "SmolLM2-135M on the local llama.cpp server (2 slots of 16,384 tokens, `REAL_LLM_CTX=32768`), replies of at most 48 tokens;".to_string(),
        "`tests/followup_bench.rs`. The follow-up's new tokens are its worker prompt less the document and the earlier turns it carries.".to_string(),
        "Now: the follow-up continues the worker's chat (documents first, every earlier message byte for byte the same).".to_string(),
        "Before: the task before the documents and a new chat for each question, over a copy of the report marked differently.".to_string(),
        String::new(),
        "| | prompt tokens sent | evaluated by the server | the follow-up's new tokens | evaluated ÷ new (target ≤ 1.5) | worker call time |".to_string(),
        "|---|---:|---:|---:|---:|---:|".to_string(),
        format!(
            "| before | {} | {before_evaluated} | {before_new} | {:.2} | {:.1} s |",
            prompt_tokens(&before),
            ratio(before_evaluated, before_new),
            before_time.as_secs_f64()
        ),
        format!(
            "| now | {} | {now_evaluated} | {now_new} | {:.2} | {:.1} s |",
            prompt_tokens(&follow_up),
            ratio(now_evaluated, now_new),
            now_time.as_secs_f64()
        ),
        String::new(),
        format!(
            "Wall time of the follow-up's worker call, now ÷ before: {:.2}×.",
            now_time.as_secs_f64() / before_time.as_secs_f64().max(1e-9)
        ),
    ];
    let text = out.join("\n");
    println!("{text}");
    std::fs::write(concat!(env!("CARGO_MANIFEST_DIR"), "/target/followup-bench.md"), text + "\n").expect("write");
}
