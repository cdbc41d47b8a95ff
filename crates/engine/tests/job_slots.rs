//! MinionS runs a chunk's jobs back to back on one slot, so the local
//! server finds the excerpt in its cache for every task after the first:
//! for any plan, the jobs a slot runs that read the same chunk follow each
//! other, every job runs once, and the prompts of one chunk's jobs are the
//! same up to the instruction.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};

use minions_engine::cancel::Cancel;
use minions_engine::chunking::{ChunkUnit, Chunking};
use minions_engine::config::{Protocol, RunConfig};
use minions_engine::documents::{Document, DocumentKind};
use minions_engine::events::Event;
use minions_engine::run::{Outcome, RunReport};
use minions_testkit::{reply, run_engine, Ran, ScriptedModel};
use proptest::prelude::*;

const FINAL: &str = r#"{"decision": "final", "answer": "done", "feedback": null, "scratchpad": ""}"#;

fn plan(tasks: usize, top_k: Option<usize>) -> String {
    let tasks: Vec<String> = (0..tasks)
        .map(|t| format!(r#"{{"id": "t{t}", "instruction": "Find item {t}", "advice": "", "keywords": ["page{t}"]}}"#))
        .collect();
    let top_k = top_k.map_or("null".to_string(), |k| k.to_string());
    format!(
        r#"{{"chunking": {{"unit": "pages", "size": 1, "overlap": 0}}, "tasks": [{}], "top_k": {top_k}}}"#,
        tasks.join(", ")
    )
}

fn pages(n: usize) -> Vec<Document> {
    let text: Vec<String> = (0..n).map(|i| format!("Page {i}: page{} notes for the inspection.", i % 4)).collect();
    vec![Document::new("p.pdf", DocumentKind::Pdf, text.join("\u{c}"))]
}

/// Runs MinionS with `tasks` tasks over `n` pages on `slots` slots, calls
/// taking `turns(call)` scheduler turns; returns the run and, per slot, the
/// chunks of the jobs it ran in order.
fn run(
    n: usize,
    tasks: usize,
    top_k: Option<usize>,
    slots: usize,
    turns: impl Fn(usize) -> usize + 'static,
) -> (Ran, BTreeMap<usize, Vec<usize>>) {
    let worker = ScriptedModel::responding("localhost:11434", |_, _| {
        Ok(reply(r#"{"explanation": "e", "citation": null, "answer": null}"#))
    })
    .with_turns(turns);
    let supervisor = ScriptedModel::replies("api.openai.com", &[&plan(tasks, top_k), FINAL]);
    let config = RunConfig {
        protocol: Protocol::Minions,
        concurrency: slots,
        max_tasks: 8,
        max_rounds: 1,
        chunking: Chunking { unit: ChunkUnit::Pages, size: 1, overlap: 0 },
        ..RunConfig::default()
    };
    let ran = run_engine("?", &pages(n), &config, &worker, Some(Box::new(supervisor)), Cancel::new());
    let mut chunk_of = BTreeMap::new();
    let mut by_slot: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for event in &ran.events {
        match event {
            Event::JobsQueued { jobs, .. } => chunk_of.extend(jobs.iter().map(|card| (card.job, card.chunk))),
            Event::JobStarted { job, slot, .. } => by_slot.entry(*slot).or_default().push(chunk_of[job]),
            _ => {}
        }
    }
    (ran, by_slot)
}

fn answered(report: &RunReport) -> bool {
    matches!(report.outcome, Outcome::Answered { .. })
}

/// Whether each chunk's jobs on a slot form one unbroken run.
fn consecutive(chunks: &[usize]) -> bool {
    let mut seen = BTreeSet::new();
    chunks.iter().enumerate().all(|(i, chunk)| (i > 0 && chunks[i - 1] == *chunk) || seen.insert(*chunk))
}

#[test]
fn each_chunk_s_tasks_run_back_to_back_on_one_lane() {
    // Calls of equal length: each slot runs one chunk's three tasks.
    let (ran, slots) = run(2, 3, None, 2, |_| 2);
    assert!(answered(&ran.report));
    assert_eq!(slots.into_values().collect::<Vec<_>>(), [vec![0, 0, 0], vec![1, 1, 1]]);
    // A slot that runs out of chunks to start takes over the end of the longest one left.
    let (_, slots) = run(2, 3, None, 3, |_| 2);
    assert_eq!(slots.into_values().collect::<Vec<_>>(), [vec![0, 0], vec![1, 1], vec![1, 0]]);
}

#[test]
fn the_prompts_of_one_chunk_s_jobs_differ_only_after_the_excerpt() {
    let worker = ScriptedModel::responding("localhost:11434", |_, _| {
        Ok(reply(r#"{"explanation": "e", "citation": null, "answer": null}"#))
    });
    let requests = worker.recorder();
    let supervisor = ScriptedModel::replies("api.openai.com", &[&plan(3, None), FINAL]);
    let config = RunConfig {
        protocol: Protocol::Minions,
        concurrency: 1,
        chunking: Chunking { unit: ChunkUnit::Pages, size: 1, overlap: 0 },
        ..RunConfig::default()
    };
    let ran = run_engine("?", &pages(1), &config, &worker, Some(Box::new(supervisor)), Cancel::new());
    assert!(answered(&ran.report));
    let bodies: Vec<String> =
        requests.borrow().iter().map(|r| serde_json::to_string(&r.messages).expect("json")).collect();
    assert_eq!(bodies.len(), 3);
    let shared = |a: &str, b: &str| a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    let prefix = shared(&bodies[0], &bodies[1]).min(shared(&bodies[1], &bodies[2]));
    let excerpt_end = bodies[0].find("Instruction: Find item").expect("the instruction");
    assert!(prefix >= excerpt_end, "the prompts part before the instruction ({prefix} < {excerpt_end})");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn for_any_plan_a_slot_runs_each_chunk_s_jobs_consecutively(
        n in 1usize..10,
        tasks in 1usize..5,
        top_k in prop::option::of(1usize..6),
        slots in 1usize..6,
        seed in any::<u64>(),
    ) {
        let turns = move |call: usize| ((call as u64).wrapping_mul(2_654_435_761).wrapping_add(seed) % 5) as usize;
        let (ran, by_slot) = run(n, tasks, top_k, slots, turns);
        prop_assert!(answered(&ran.report), "{:?}", ran.report.outcome);
        prop_assert!(by_slot.keys().all(|slot| *slot < slots));
        for chunks in by_slot.values() {
            prop_assert!(consecutive(chunks), "{by_slot:?}");
        }
        let queued: usize = ran.events.iter().map(|e| match e { Event::JobsQueued { jobs, .. } => jobs.len(), _ => 0 }).sum();
        prop_assert_eq!(by_slot.values().map(Vec::len).sum::<usize>(), queued, "every job runs once");
    }
}
