//! The evaluation benchmark (not a test: `scripts/bench.sh` runs it with
//! `--ignored --nocapture` and writes the figures to BENCHMARKS.md): the
//! page's sample ("Try it with a sample": one report, eight questions) under
//! Minion, MinionS, local only and cloud only, through the release build in
//! headless Chromium, with a real llama.cpp server (`scripts/real-llm.sh`,
//! SmolLM2-135M) as both the local and the cloud model. A tiny model scores
//! low; the point is a method anyone can repeat with their own models.
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/page.rs"]
mod page;

use std::time::{Duration, Instant};

use page::Page;

const LLAMA: &str = "http://127.0.0.1:18080/v1";

#[tokio::test]
#[ignore = "a benchmark against the real llama.cpp server: run by scripts/bench.sh"]
async fn the_sample_evaluation_against_a_real_model() {
    let page = Page::open().await;
    page.configure_small_real_model(LLAMA).await;
    page.click("eval-open").await;
    page.click("eval-sample").await;
    page.wait_for("[data-testid=doc-item]", Duration::from_secs(5)).await;
    // EVAL_PROTOCOLS=minions,local runs only those (to re-measure one after a change); all four by default.
    let chosen = std::env::var("EVAL_PROTOCOLS").unwrap_or_else(|_| "minion,minions,local,cloud".into());
    for protocol in ["minion", "minions", "local", "cloud"] {
        page.tick(protocol, chosen.split(',').any(|p| p.trim() == protocol)).await;
    }
    let started = Instant::now();
    page.click("eval-run").await;
    if chosen.contains("cloud") {
        page.click("cloud-only-confirm").await;
    }
    page.eval_status_becomes("done", Duration::from_secs(3600)).await;
    let minutes = started.elapsed().as_secs_f64() / 60.0;
    page.screenshot("evaluation-real-model").await;

    let accuracy = page.per_protocol("eval-accuracy").await;
    let cloud = page.per_protocol("eval-cloud-tokens").await;
    let against = page.per_protocol("eval-against-cloud").await;
    let mut rows = Vec::new();
    for row in page.all("eval-row").await {
        let attr = |name: &'static str| {
            let row = row.clone();
            async move { row.attr(name).await.ok().flatten().unwrap_or_default() }
        };
        rows.push((
            attr("data-question").await,
            attr("data-protocol").await,
            attr("data-correct").await,
            attr("data-failed").await,
        ));
    }
    let mut out = vec![
        "## Evaluation with a real model (the sample set)".to_string(),
        String::new(),
        format!(
            "The page's sample (`static/sample/`: a {}-character report and 8 questions: number, contains and judge rules)",
            include_str!("../static/sample/millbrook-library-2025.md").chars().count()
        ),
        format!("run from the release build in headless Chromium, with SmolLM2-135M on a local llama.cpp server as both the local and the cloud model (`tests/eval_bench.rs`, {minutes:.1} minutes in all)."),
        "A 135M model scores low and the cloud-only baseline here is that same tiny model; the point is a reproducible method.".to_string(),
        String::new(),
        "| protocol | runs done | accuracy | right / scored | cloud tokens | against cloud only |".to_string(),
        "|---|---:|---:|---:|---:|---|".to_string(),
    ];
    let count = |protocol: &str, verdicts: &[&str]| {
        rows.iter().filter(|(_, p, c, _)| p == protocol && verdicts.contains(&c.as_str())).count()
    };
    let done = |protocol: &str| rows.iter().filter(|(_, p, _, failed)| p == protocol && failed == "false").count();
    for protocol in ["minion", "minions", "local", "cloud"] {
        out.push(format!(
            "| {protocol} | {} / {} | {} | {} / {} | {} | {} |",
            done(protocol),
            rows.iter().filter(|(_, p, _, _)| p == protocol).count(),
            accuracy.get(protocol).map(String::as_str).unwrap_or("–"),
            count(protocol, &["true"]),
            count(protocol, &["true", "false"]),
            cloud.get(protocol).map(String::as_str).unwrap_or("–"),
            against.get(protocol).map(String::as_str).unwrap_or("")
        ));
    }
    out.push(String::new());
    let right = |protocol: &str| {
        rows.iter()
            .filter(|(_, p, _, _)| p == protocol)
            .map(|(q, _, c, _)| {
                format!(
                    "{q} {}",
                    if c == "true" {
                        "✓"
                    } else if c == "false" {
                        "✗"
                    } else {
                        "?"
                    }
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    for protocol in ["minion", "minions", "local", "cloud"] {
        out.push(format!("- {protocol}: {}", right(protocol)));
    }
    out.push(String::new());
    out.push("✓ right, ✗ wrong (a run that failed, e.g. a reply the page could not read, counts as wrong), ? not scored (the judge could not decide).".into());
    out.push(String::new());
    out.push("To repeat it with your own models: open the page, set the worker (Ollama at `http://localhost:11434`, e.g. `llama3.2`)".into());
    out.push("and the cloud model (e.g. `https://api.openai.com/v1`, `gpt-4o-mini`, your key) in Settings, click **Evaluate**, then".into());
    out.push("**Try it with a sample**, tick the four protocols, **Run evaluation**, confirm cloud only, and export the results.".into());
    let text = out.join("\n");
    println!("{text}");
    std::fs::write(concat!(env!("CARGO_MANIFEST_DIR"), "/target/eval-real.md"), text + "\n").expect("written");
    let protocols =
        ["minion", "minions", "local", "cloud"].iter().filter(|p| chosen.split(',').any(|c| c.trim() == **p)).count();
    assert_eq!(rows.len(), 8 * protocols, "every question under every protocol chosen");
    let done_runs = rows.iter().filter(|(_, _, _, failed)| failed == "false").count();
    println!("runs done: {done_runs} of {}", rows.len());
    page.close().await;
}
