//! The local model reads each chunk once (not a test: `scripts/bench.sh`
//! runs it with `--ignored --nocapture` and writes the figures to
//! BENCHMARKS.md): MinionS with 3 tasks over the same 6 chunks against the
//! real llama.cpp server (`scripts/real-llm.sh`, 2 slots, SmolLM2-135M),
//! with the engine's order (a chunk's tasks back to back on one lane), and
//! the same job requests in the order of before (task by task, 2 in
//! flight). Tokens the server evaluated ÷ prompt tokens sent, from its own
//! counts (`usage.prompt_tokens_details.cached_tokens`).
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/llama.rs"]
mod llama;

use std::cell::RefCell;
use std::time::Instant;

use futures::stream::{FuturesUnordered, StreamExt};
use llama::{chat, Client, LlamaModel, Recording, ScriptedSupervisor, SLOTS};
use minions_engine::cancel::Cancel;
use minions_engine::config::{Protocol, RunConfig};
use minions_engine::documents::{Document, DocumentKind};
use minions_engine::events::Event;
use minions_engine::model::{ChatReply, ChatRequest, Message};
use minions_engine::run::{run, Outcome, RunInputs};

const PLAN: &str = r#"{"reasoning": "Three facts, each may be on any page.", "chunking": {"unit": "pages", "size": 1, "overlap": 0}, "tasks": [
  {"id": "budget", "instruction": "What was the library's total budget?", "advice": "", "keywords": []},
  {"id": "visits", "instruction": "How many visits were recorded?", "advice": "", "keywords": []},
  {"id": "opening", "instruction": "When did the new branch open?", "advice": "", "keywords": []}], "top_k": null}"#;
const FINAL: &str =
    r#"{"reasoning": "Enough.", "decision": "final", "answer": "done", "feedback": null, "scratchpad": ""}"#;

#[path = "support/wall_clock.rs"]
mod wall_clock;
use wall_clock::WallClock;

/// Six pages of a municipal report, about 1,700 characters each, each page
/// marked with `salt`: the server keeps earlier prompts in memory beyond its
/// slots, so each measurement reads text no other one sent.
fn report(salt: &str) -> Document {
    let pages: Vec<String> = (1..=6)
        .map(|page| {
            let mut text = format!("Page {page} ({salt}). ");
            for line in 0..14 {
                text.push_str(&format!(
                    "In section {page}.{line} the committee reviewed the reading rooms, the {} new shelves and the staff rota for the winter months. ",
                    page * 10 + line
                ));
            }
            if page == 4 {
                text.push_str("The total budget for the year was 2.4 million dollars. ");
            }
            if page == 6 {
                text.push_str("Visits recorded: 181,500. The new branch opened on 3 March. ");
            }
            text
        })
        .collect();
    Document::new("report.pdf", DocumentKind::Pdf, pages.join("\u{c}"))
}

/// Fills both slots with unrelated prompts, so that no run starts from the other's cache.
async fn flush(client: &Client) {
    let requests: Vec<ChatRequest> = (0..SLOTS)
        .map(|slot| {
            let mut request = ChatRequest::new(vec![Message::user(format!(
                "Count from {slot} to {}. {}",
                slot + 9,
                "x ".repeat(200)
            ))]);
            request.max_output_tokens = Some(4);
            request
        })
        .collect();
    futures::future::join_all(requests.iter().map(|r| chat(client, r))).await;
}

/// Prompt tokens sent and evaluated (sent less what came from the cache).
fn totals(replies: &[ChatReply]) -> (u64, u64) {
    let sent: u64 = replies.iter().map(|r| u64::from(r.usage.prompt_tokens.unwrap_or(0))).sum();
    let cached: u64 = replies.iter().map(|r| u64::from(r.usage.cached_tokens.unwrap_or(0))).sum();
    (sent, sent - cached.min(sent))
}

#[tokio::test(flavor = "current_thread")]
#[ignore = "a benchmark against the real llama.cpp server: run by scripts/bench.sh"]
async fn a_chunk_is_read_once_for_all_its_tasks() {
    let client = llama::client();
    let documents = [report("copy A")];
    let config = RunConfig { protocol: Protocol::Minions, concurrency: SLOTS, max_rounds: 1, ..RunConfig::default() };

    flush(&client).await;
    let worker = Recording::new(LlamaModel { client: client.clone(), base: llama::LLAMA });
    let started = Instant::now();
    let job_numbers = RefCell::new(Vec::new());
    let events = |event: Event| {
        if let Event::CallStarted { purpose: minions_engine::events::Purpose::Job { job }, .. } = event {
            job_numbers.borrow_mut().push(job);
        }
    };
    let report = run(RunInputs {
        task: "What were the budget, the visits and the opening date?",
        documents: &documents,
        config: &config,
        worker: &worker,
        supervisor: Some(Box::new(ScriptedSupervisor {
            replies: RefCell::new(vec![FINAL.into(), PLAN.into()]),
            fallback: FINAL,
        })),
        clock: &WallClock(Instant::now()),
        cancel: Cancel::new(),
        events: &events,
        reviewer: None,
    })
    .await;
    let now_time = started.elapsed();
    assert!(matches!(report.outcome, Outcome::Answered { .. }), "{:?}", report.outcome);
    let calls = worker.calls.into_inner();
    assert!(calls.len() >= 18, "{} calls", calls.len());
    let (now_sent, now_evaluated) =
        totals(&calls.iter().filter_map(|(_, r)| r.as_ref().map(|(reply, _)| reply.clone())).collect::<Vec<_>>());

    // The order of before: the same requests by job number (task by task), two in flight, over another copy.
    let other_copy = |request: &ChatRequest| {
        let mut request = request.clone();
        for message in &mut request.messages {
            message.content = message.content.replace("copy A", "copy B");
        }
        request
    };
    let mut before_order: Vec<(usize, ChatRequest)> =
        calls.iter().map(|(request, _)| other_copy(request)).enumerate().collect();
    let numbers = job_numbers.into_inner();
    before_order.sort_by_key(|(position, _)| numbers.get(*position).copied().unwrap_or(usize::MAX));
    flush(&client).await;
    let started = Instant::now();
    let mut replies = Vec::new();
    let mut queue = before_order.iter().map(|(_, request)| request);
    let mut in_flight = FuturesUnordered::new();
    loop {
        while in_flight.len() < SLOTS {
            let Some(request) = queue.next() else { break };
            in_flight.push(chat(&client, request));
        }
        let Some(reply) = in_flight.next().await else { break };
        replies.push(reply);
    }
    let before_time = started.elapsed();
    let (before_sent, before_evaluated) = totals(&replies);

    let ratio = |evaluated: u64, sent: u64| evaluated as f64 / sent.max(1) as f64;
    let out = [
        "## The local model reads each chunk once".to_string(),
        String::new(),
        format!("MinionS with 3 tasks over the same 6 chunks (a {}-character report, one page a chunk) against SmolLM2-135M on the local llama.cpp", documents[0].text.chars().count()),
        format!("server ({SLOTS} slots, which keep each slot's last prompt and reuse its longest shared prefix), bounded replies; `tests/cache_bench.rs`."),
        "Now: the engine's order, each chunk's tasks back to back on one lane (the excerpt before the instruction, so they share".to_string(),
        "the prompt up to it). Before: the same requests in the order of before, task by task over every chunk, two in flight, over".to_string(),
        "a copy of the report marked differently (the server keeps earlier prompts in memory beyond its slots).".to_string(),
        "Evaluated = prompt tokens sent less those the server took from its cache (`usage.prompt_tokens_details.cached_tokens`). Target ≤ 0.45.".to_string(),
        String::new(),
        "| order | requests | prompt tokens sent | evaluated by the server | evaluated ÷ sent | wall time |".to_string(),
        "|---|---:|---:|---:|---:|---:|".to_string(),
        format!("| before (task by task) | {} | {before_sent} | {before_evaluated} | {:.2} | {:.1} s |", replies.len(), ratio(before_evaluated, before_sent), before_time.as_secs_f64()),
        format!("| now (chunk by lane) | {} | {now_sent} | {now_evaluated} | {:.2} | {:.1} s |", calls.len(), ratio(now_evaluated, now_sent), now_time.as_secs_f64()),
        String::new(),
        format!("Wall time now ÷ before: {:.2}.", now_time.as_secs_f64() / before_time.as_secs_f64().max(1e-9)),
    ];
    let text = out.join("\n") + "\n";
    print!("{text}");
    std::fs::write(concat!(env!("CARGO_MANIFEST_DIR"), "/target/cache-bench.md"), text).expect("write the figures");
}
