//! The worker pool: least-busy routing within each member's limit, and a
//! dead member taken out while the run goes on.
#![cfg(not(target_arch = "wasm32"))]

use minions_engine::cancel::Cancel;
use minions_engine::chunking::{ChunkUnit, Chunking};
use minions_engine::config::{Protocol, RunConfig};
use minions_engine::documents::{Document, DocumentKind};
use minions_engine::events::Lane;
use minions_engine::model::{ChatModel, ModelError};
use minions_engine::run::Outcome;
use minions_providers::pool::Pool;
use minions_testkit::{reply, run_engine, ScriptedModel};

const PLAN: &str = r#"{"chunking": {"unit": "pages", "size": 1, "overlap": 0}, "tasks": [{"id": "t", "instruction": "Find the code", "advice": "", "keywords": []}], "top_k": null}"#;
const FINAL: &str = r#"{"decision": "final", "answer": "done", "feedback": null, "scratchpad": ""}"#;

fn pages(n: usize) -> Vec<Document> {
    let text: Vec<String> = (0..n).map(|i| format!("Page {i}.")).collect();
    vec![Document::new("p.pdf", DocumentKind::Pdf, text.join("\u{c}"))]
}

fn member(host: &str) -> ScriptedModel {
    ScriptedModel::responding(host, |_, _| Ok(reply(r#"{"explanation": "e", "citation": null, "answer": null}"#)))
        .with_turns(|n| 2 + n % 3)
}

fn config(concurrency: usize) -> RunConfig {
    RunConfig {
        protocol: Protocol::Minions,
        concurrency,
        chunking: Chunking { unit: ChunkUnit::Pages, size: 1, overlap: 0 },
        ..RunConfig::default()
    }
}

#[test]
fn jobs_spread_over_members_within_their_limits() {
    let a = member("gpu-box.lan:11434");
    let b = member("localhost:11434");
    let (a_requests, a_peak) = (a.recorder(), a.max_in_flight.clone());
    let (b_requests, b_peak) = (b.recorder(), b.max_in_flight.clone());
    let pool = Pool::new(vec![(Box::new(a) as Box<dyn ChatModel>, 3), (Box::new(b), 1)]);
    assert_eq!(pool.capacity(), 4);
    let supervisor = ScriptedModel::replies("api.openai.com", &[PLAN, FINAL]);
    let ran = run_engine("?", &pages(20), &config(pool.capacity()), &pool, Some(Box::new(supervisor)), Cancel::new());
    assert!(matches!(ran.report.outcome, Outcome::Answered { .. }));
    assert_eq!(a_requests.borrow().len() + b_requests.borrow().len(), 20);
    assert_eq!((a_peak.get(), b_peak.get()), (3, 1));
    assert!(a_requests.borrow().len() > b_requests.borrow().len());
    let status = pool.status();
    assert_eq!(status.iter().map(|s| s.served).sum::<usize>(), 20);
    assert!(status.iter().all(|s| s.in_flight == 0 && !s.dead));
    // Each call names the member it went to; only the one off this machine is audited.
    let routed = |host: &str| ran.transcript().iter().filter(|l| l.ends_with(&format!("→ {host}"))).count();
    assert_eq!(routed("gpu-box.lan:11434"), a_requests.borrow().len());
    assert_eq!(routed("localhost:11434"), b_requests.borrow().len());
    let to_workers: Vec<_> = ran.report.audit.iter().filter(|e| e.lane == Lane::Worker).collect();
    assert_eq!(to_workers.len(), a_requests.borrow().len());
    assert!(to_workers.iter().all(|e| e.host == "gpu-box.lan:11434" && e.reply.is_some()));
}

#[test]
fn an_unreachable_member_is_dropped_and_the_run_goes_on() {
    let dead = ScriptedModel::responding("old-box.lan:11434", |_, _| {
        Err(ModelError::Unreachable { host: "old-box.lan:11434".into(), detail: "connection refused".into() })
    });
    let alive = member("localhost:11434");
    let alive_requests = alive.recorder();
    let pool = Pool::new(vec![(Box::new(dead) as Box<dyn ChatModel>, 2), (Box::new(alive), 2)]);
    let supervisor = ScriptedModel::replies("api.openai.com", &[PLAN, FINAL]);
    let ran = run_engine("?", &pages(6), &config(4), &pool, Some(Box::new(supervisor)), Cancel::new());
    assert!(matches!(ran.report.outcome, Outcome::Answered { .. }));
    assert_eq!(alive_requests.borrow().len(), 6);
    let status = pool.status();
    assert!(status[0].dead && !status[1].dead);
    assert_eq!(pool.capacity(), 2);
    assert!(ran.transcript().contains(&"aggregate: 0 answered, 6 abstained, 0 failed".to_string()));
    let dropped: Vec<_> = ran.transcript().into_iter().filter(|l| l.starts_with("pool dropped")).collect();
    assert_eq!(dropped, ["pool dropped old-box.lan:11434: could not reach old-box.lan:11434: connection refused"]);
    // The request that went to the dead member left the device too: it is in the audit, without a reply.
    let to_workers: Vec<_> = ran.report.audit.iter().filter(|e| e.lane == Lane::Worker).collect();
    let audited: Vec<_> = to_workers.iter().map(|e| (e.host.as_str(), e.reply.is_some())).collect();
    assert!(!audited.is_empty() && audited.iter().all(|e| *e == ("old-box.lan:11434", false)), "{audited:?}");
}

#[test]
fn a_pool_with_no_live_member_reports_it() {
    let dead = ScriptedModel::responding("localhost:11434", |_, _| {
        Err(ModelError::Unreachable { host: "localhost:11434".into(), detail: "connection refused".into() })
    });
    let pool = Pool::new(vec![(Box::new(dead) as Box<dyn ChatModel>, 2)]);
    let documents = [Document::from_text("a.txt", "text")];
    let config = RunConfig { protocol: Protocol::Local, ..RunConfig::default() };
    let ran = run_engine("?", &documents, &config, &pool, None, Cancel::new());
    let Outcome::Failed { error } = &ran.report.outcome else { panic!() };
    assert!(error.to_string().starts_with("The local model at localhost:11434 could not be reached"), "{error}");
}
