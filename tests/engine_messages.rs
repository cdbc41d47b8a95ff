//! The seam between the page and the engine's worker: everything a run
//! reports must reach the page as it left the engine. A scripted MinionS
//! turn (a rate-limited call retried, personal data redacted, jobs
//! answered and abstaining) is sent through the worker's messages (JSON, as
//! `postMessage` carries them) and must come back equal, and fold into the
//! same view.
#![cfg(not(target_arch = "wasm32"))]

use minions_engine::accounting::{CostReport, PriceTable};
use minions_engine::chunking::{ChunkUnit, Chunking};
use minions_engine::config::{Protocol, RunConfig};
use minions_engine::conversation::Conversation;
use minions_engine::documents::{Document, DocumentKind};
use minions_engine::model::ModelError;
use minions_engine::run::Outcome;
use minions_testkit::{converse_engine, excerpt, reply, ScriptedModel};
use minions_web::web::engine_messages::{DocumentHead, FromEngine, Job, ToEngine};
use minions_web::web::history::DocumentRef;
use minions_web::web::state::RunView;

fn report() -> Vec<Document> {
    let pages = [
        "Quarterly report. Revenue grew in all regions during the quarter.",
        "Contract penalty: late delivery costs 2% of the order value per week.",
        "Outlook: the board expects steady growth next year; contact Jane Roe at jane@example.com.",
    ];
    vec![Document::new("report.pdf", DocumentKind::Pdf, pages.join("\u{c}"))]
}

fn config() -> RunConfig {
    RunConfig {
        protocol: Protocol::Minions,
        chunking: Chunking { unit: ChunkUnit::Pages, size: 1, overlap: 0 },
        ..RunConfig::default()
    }
}

#[test]
fn a_whole_turn_crosses_the_worker_seam_unchanged() {
    let supervisor = ScriptedModel::outcomes(
        "api.openai.com",
        vec![
            Err(ModelError::RateLimited { retry_after_ms: Some(1500) }),
            Ok(reply(
                r#"{"chunking": {"unit": "pages", "size": 1, "overlap": 0},
                    "tasks": [{"id": "penalty", "instruction": "Find the late delivery penalty", "advice": "", "keywords": ["penalty"]}],
                    "top_k": null}"#,
            )),
            Ok(reply(r#"{"decision": "final", "answer": "2% per week.", "feedback": null, "scratchpad": "p. 2"}"#)),
        ],
    );
    let worker = ScriptedModel::responding("localhost:11434", |request, _| {
        Ok(reply(if excerpt(request).contains("costs 2%") {
            r#"{"explanation": "It says so.", "citation": "costs 2%", "answer": "2% of the order value per week"}"#
        } else {
            r#"{"explanation": "Nothing here.", "citation": null, "answer": null}"#
        }))
    });
    let documents = report();
    let (ran, conversation) = converse_engine(
        "What is the late delivery penalty?",
        &documents,
        &config(),
        &worker,
        Box::new(supervisor),
        &Conversation::default(),
    );
    assert!(matches!(ran.report.outcome, Outcome::Answered { .. }), "{:?}", ran.report.outcome);
    assert!(ran.events.len() > 20, "a run with something to say: {} events", ran.events.len());

    // Every event, as the worker posts it and the page reads it.
    let mut sent = RunView::running();
    // The same showing of the run, so that the views compare by what they hold.
    let mut received = RunView { showing: sent.showing, ..RunView::running() };
    for event in &ran.events {
        let json = FromEngine::Event { run: 7, event: event.clone() }.to_json();
        let Some(FromEngine::Event { run: 7, event: back }) = FromEngine::from_json(&json) else {
            panic!("not read back: {json}")
        };
        assert_eq!(&back, event, "{json}");
        sent.apply(event);
        received.apply(&back);
    }
    assert_eq!(received, sent);

    // The turn's end: report, conversation, cost, the documents' references.
    let cost = CostReport::new(&ran.report.ledger, &PriceTable::default(), "gpt-4o", &documents, "q", "2% per week.");
    let done = FromEngine::TurnDone {
        run: 7,
        report: Box::new(ran.report.clone()),
        conversation: Box::new(conversation.clone()),
        cost: Box::new(cost),
        documents: documents.iter().map(DocumentRef::of).collect(),
    };
    assert_eq!(FromEngine::from_json(&done.to_json()).as_ref(), Some(&done));
    assert_eq!(done.run(), Some(7));

    // And the start of the next turn, with what this one left.
    let start = ToEngine::Start {
        run: 8,
        job: Box::new(Job::Turn {
            task: "Is it capped?".into(),
            config: config(),
            memory: conversation,
            prices: PriceTable::default(),
        }),
        models: minions_web::web::settings::Settings::default().models(Protocol::Minions),
        documents: documents.iter().map(DocumentHead::of).collect(),
    };
    assert_eq!(ToEngine::from_json(&start.to_json()).as_ref(), Some(&start));
}

/// The in-page model's call ends in the page; how it failed crosses as the
/// engine's own error, so the worker's run reads it as any model's.
#[test]
fn the_in_page_models_failures_cross_as_the_engines_errors() {
    use minions_engine::model::ModelError;
    use minions_providers::tab::wire::chat_error;
    let failures = [
        None,
        Some(chat_error("context", "the context is full")),
        Some(chat_error("not-loaded", "")),
        Some(chat_error("memory", "out of memory")),
    ];
    assert_eq!(failures[1], Some(ModelError::ContextOverflow));
    for failure in failures {
        let done = ToEngine::TabDone { call: 7, failure };
        assert_eq!(ToEngine::from_json(&done.to_json()).as_ref(), Some(&done));
    }
}
