//! The engine and the page in a real browser (headless Chromium through
//! wasm-bindgen-test): both protocols run to their answer on wasm32, where
//! a panic or a clock read would kill the page.
#![cfg(target_arch = "wasm32")]

use minions_engine::cancel::Cancel;
use minions_engine::config::{Protocol, RunConfig};
use minions_engine::documents::Document;
use minions_engine::run::Outcome;
use minions_testkit::{excerpt, reply, run_engine, ScriptedModel};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn documents() -> Vec<Document> {
    vec![Document::from_text("lease.txt", "The monthly rent is 1,850 EUR. ".repeat(50))]
}

#[wasm_bindgen_test]
fn minion_runs_in_the_browser() {
    let supervisor = ScriptedModel::replies(
        "api.openai.com",
        &[r#"{"message": "What is the rent?"}"#, r#"{"decision": "final", "answer": "1,850 EUR", "message": null}"#],
    );
    let worker = ScriptedModel::responding("localhost:11434", |_, _| Ok(reply("1,850 EUR a month.")));
    let config = RunConfig { protocol: Protocol::Minion, ..RunConfig::default() };
    let ran = run_engine("Rent?", &documents(), &config, &worker, Some(Box::new(supervisor)), Cancel::new());
    assert_eq!(ran.report.outcome, Outcome::Answered { answer: "1,850 EUR".into() });
    assert_eq!(ran.report.audit.len(), 2);
}

#[wasm_bindgen_test]
fn minions_runs_in_the_browser() {
    let supervisor = ScriptedModel::replies(
        "api.openai.com",
        &[
            r#"{"chunking": {"unit": "chars", "size": 400, "overlap": 0}, "tasks": [{"id": "r", "instruction": "Find the rent", "advice": "", "keywords": ["rent"]}], "top_k": 2}"#,
            r#"{"decision": "final", "answer": "1,850 EUR", "feedback": null, "scratchpad": ""}"#,
        ],
    );
    let worker = ScriptedModel::responding("localhost:11434", |request, _| {
        assert!(excerpt(request).starts_with("Excerpt from lease.txt"));
        Ok(reply(r#"{"explanation": "stated", "citation": null, "answer": "1,850 EUR"}"#))
    })
    .with_turns(|n| n % 3);
    let config = RunConfig { protocol: Protocol::Minions, ..RunConfig::default() };
    let ran = run_engine("Rent?", &documents(), &config, &worker, Some(Box::new(supervisor)), Cancel::new());
    assert_eq!(ran.report.outcome, Outcome::Answered { answer: "1,850 EUR".into() });
    assert_eq!(worker.requests.borrow().len(), 2);
    assert_eq!(ran.report.findings.len(), 2);
}

/// On wasm32 `usize` is 32 bits; the estimator once overflowed on texts of a
/// few million tokens (a panic in a debug build, a wrong figure in release).
#[wasm_bindgen_test]
fn token_estimates_of_large_texts_do_not_overflow() {
    let text = "word ".repeat(5_000_000);
    let estimate = minions_engine::tokens::estimate_tokens(&text);
    assert!((4_500_000..=5_500_000).contains(&estimate), "{estimate}");
}

#[wasm_bindgen_test]
fn the_stopped_notice_goes_over_the_page_with_the_details() {
    minions_web::web::show_stopped("The page stopped.", "panicked at src/x.rs:1:1:\nboom");
    let document = web_sys::window().and_then(|w| w.document()).expect("a document");
    let notice = document.query_selector("[data-testid=page-stopped]").ok().flatten().expect("the notice is there");
    assert_eq!(notice.get_attribute("role").as_deref(), Some("alert"));
    let text = notice.text_content().unwrap_or_default();
    assert!(text.starts_with("The page stopped.") && text.contains("boom"), "{text}");
    let first = document.body().and_then(|b| b.first_element_child()).expect("the body has children");
    assert_eq!(first.get_attribute("data-testid").as_deref(), Some("page-stopped"), "it comes first on the page");
    notice.remove();
}
