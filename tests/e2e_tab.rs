//! End-to-end: the worker runs inside the page. SmolLM2-135M (the GGUF that
//! `scripts/real-llm.sh` installs) is served on 127.0.0.1 the way Hugging
//! Face serves it; with no model server running, the page downloads it into
//! its storage, loads it with wllama, and a Minion and a MinionS run finish
//! against the cloud double. After a reload the model is ready from storage
//! with no second download, on every thread (the service worker isolated
//! the page), answers local only and an evaluation, and the page fetched
//! nothing from any origin but its own, the model's and the cloud double's. A cut file and a file that
//! is not a GGUF get their sentences; a cancelled download resumes.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::time::{Duration, Instant};

#[path = "support/model_host.rs"]
mod model_host;
#[path = "support/page.rs"]
mod page;

use model_host::ModelHost;
use page::{temp_dir, unique, Page};

const OPENAI: &str = "http://127.0.0.1:18182/v1";
const REPO: &str = "HuggingFaceTB/SmolLM2-135M-Instruct-GGUF";
const FILE: &str = "smollm2-135m-instruct-q4_1.gguf";

/// The real GGUF file.
fn smollm2() -> PathBuf {
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("scripts/real-llm.sh");
    let out = std::process::Command::new(script).arg("path").output().expect("scripts/real-llm.sh path");
    PathBuf::from(String::from_utf8_lossy(&out.stdout).trim())
}

impl Page {
    /// Chooses "In this page" with `url` and the cloud double as the supervisor.
    async fn use_tab_model(&self, url: &str, supervisor_model: &str) {
        self.click("settings-open").await;
        self.hook("worker-provider").await.select_by_value("tab").await.expect("provider");
        self.fill("tab-model-url", url).await;
        self.fill("supervisor-url", OPENAI).await;
        self.fill("supervisor-key", "test-key").await;
        self.fill("supervisor-model", supervisor_model).await;
        self.fill("max-rounds", "1").await;
    }

    async fn tab_state(&self) -> String {
        self.hook("tab-model-state").await.attr("data-state").await.ok().flatten().unwrap_or_default()
    }

    /// Waits for the in-page model's state to become `wanted` (Settings open).
    async fn tab_state_becomes(&self, wanted: &str, limit: Duration) -> String {
        let start = Instant::now();
        loop {
            let state = self.tab_state().await;
            if state == wanted {
                return self.text("tab-model-progress").await;
            }
            if start.elapsed() > limit {
                self.screenshot(&format!("tab-{wanted}-timeout")).await;
                panic!("tab-model-state is {state:?}, not {wanted:?}: {}", self.text("tab-model-progress").await);
            }
            tokio::time::sleep(Duration::from_millis(250)).await;
        }
    }

    /// `crossOriginIsolated` and `navigator.hardwareConcurrency`.
    async fn isolation(&self) -> (bool, u64) {
        let value = self
            .client
            .execute("return [self.crossOriginIsolated === true, navigator.hardwareConcurrency || 1]", vec![])
            .await
            .expect("isolation");
        (value[0].as_bool().unwrap_or(false), value[1].as_u64().unwrap_or(1))
    }

    /// The origins of every resource this page fetched.
    async fn fetched_origins(&self) -> Vec<String> {
        let origins = self
            .client
            .execute(
                "return [...new Set(performance.getEntriesByType('resource').map(e => new URL(e.name).origin))]",
                vec![],
            )
            .await
            .expect("resource timing");
        origins
            .as_array()
            .map(|a| a.iter().filter_map(|o| o.as_str().map(str::to_string)).collect())
            .unwrap_or_default()
    }
}

#[tokio::test]
#[ignore = "needs the built page, chromedriver and the cloud double: run by scripts/test.sh"]
async fn a_model_in_the_page_answers_minion_and_minions_and_comes_back_from_storage() {
    let host = ModelHost::start().await;
    let url = host.host(REPO, FILE, smollm2(), None);
    let page = Page::open().await;
    let supervisor = unique("tab-cloud");
    page.use_tab_model(&url, &supervisor).await;
    assert_eq!(page.tab_state().await, "none");
    page.click("tab-model-load").await;
    let ready = page.tab_state_becomes("ready", Duration::from_secs(240)).await;
    assert!(ready.starts_with("Ready: smollm2-135m-instruct-q4_1.gguf, context 8192 tokens, 1 thread."), "{ready}");
    let (isolated, threads) = page.isolation().await;
    assert!(!isolated, "the first visit is not isolated yet");
    assert_eq!(ready.contains("reload the page once to use them all"), threads > 1, "{ready}");
    assert_eq!(host.downloads(FILE).len(), 1, "one download: {:?}", host.served());
    let stored = page.all("tab-model-stored").await;
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].attr("data-complete").await.ok().flatten().as_deref(), Some("true"));
    assert!(stored[0].text().await.unwrap_or_default().contains("98 MB"));
    assert_eq!(page.hook("doctor-worker").await.attr("data-state").await.ok().flatten().as_deref(), Some("ok"));
    page.click("settings-open").await;

    page.add_document("Lease for the flat on Elm Street.\n\nThe rent is 1200 euros a month.\n\nANSWER: 42").await;
    page.run("What does the line marked ANSWER say?", "minion").await;
    let status = page.finished(Duration::from_secs(420)).await;
    assert_eq!(status, "done", "Minion with the model in the page: {}", page.text("error").await);
    assert!(!page.all("msg-worker").await.is_empty(), "the in-page worker replied");
    // Nothing went to a worker off this device.
    for entry in page.all("audit-entry").await {
        assert_ne!(entry.attr("data-lane").await.ok().flatten().as_deref(), Some("worker"));
    }
    // Cancel stops the in-page model at once, and it answers the next run.
    page.click("conversation-new").await;
    page.run("Describe the flat in detail.", "local").await;
    // The worker lane shows the reply as it streams in.
    let start = Instant::now();
    loop {
        let streamed = page
            .client
            .execute(
                "return [...document.querySelectorAll('.msg.worker.live p')].map(p => p.textContent).join('')",
                vec![],
            )
            .await
            .expect("the live lane");
        if !streamed.as_str().unwrap_or_default().is_empty() {
            break;
        }
        assert!(start.elapsed() < Duration::from_secs(180), "no token streamed into the worker lane");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    page.click("cancel").await;
    assert_eq!(page.finished(Duration::from_secs(5)).await, "cancelled", "generation stopped at once");
    page.click("conversation-new").await;
    page.run("What does the line marked ANSWER say?", "minions").await;
    assert_eq!(page.finished(Duration::from_secs(420)).await, "done", "MinionS with the model in the page");
    assert!(!page.all("job-cell").await.is_empty());
    page.screenshot("tab-minions-done").await;

    // A reload: the model is loaded again from storage, not downloaded. (Opened
    // again rather than refreshed: geckodriver's refresh bypasses the service worker.)
    page.client.goto(&format!("{}/", page.origin)).await.expect("reload");
    page.wait_for("[data-testid=run-status]", Duration::from_secs(20)).await;
    page.click("settings-open").await;
    let ready = page.tab_state_becomes("ready", Duration::from_secs(120)).await;
    assert!(ready.starts_with("Ready: smollm2-135m-instruct-q4_1.gguf"), "{ready}");
    assert_eq!(host.downloads(FILE).len(), 1, "no second download: {:?}", host.served());
    let origins = page.fetched_origins().await;
    let allowed = [page.origin.clone(), host.origin(), "http://127.0.0.1:18182".to_string()];
    assert!(origins.iter().all(|o| allowed.contains(o)), "fetched from {origins:?}");
    // Cross-origin isolated by the service worker from the second load on: every thread.
    let (isolated, threads) = page.isolation().await;
    assert!(isolated, "the service worker isolates the page after its first load");
    let plural = if threads == 1 { "thread" } else { "threads" };
    assert!(ready.contains(&format!(", {} {plural}.", threads.min(16))), "{ready}");
    // The key is not remembered unless asked.
    page.fill("supervisor-key", "test-key").await;
    page.click("settings-open").await;
    page.run("What does the line marked ANSWER say?", "local").await;
    let status = page.finished(Duration::from_secs(420)).await;
    assert_eq!(status, "done", "local only after the reload: {} ({ready})", page.text("error").await);
    assert!(!page.text("final-answer").await.is_empty(), "the model in the page answered alone");

    // The evaluation runs with it too: one question, local only.
    page.click("eval-open").await;
    page.click("eval-write").await;
    page.fill("eval-new-question", "What does the line marked ANSWER say?").await;
    page.fill("eval-new-answer", "42").await;
    page.hook("eval-new-match").await.select_by_value("number").await.expect("a rule");
    page.click("eval-add").await;
    for protocol in ["minion", "minions", "cloud"] {
        page.tick(protocol, false).await;
    }
    page.tick("local", true).await;
    page.click("eval-run").await;
    page.eval_status_becomes("done", Duration::from_secs(420)).await;
    let rows = page.all("eval-row").await;
    assert_eq!(rows.len(), 1, "one question under local only");
    assert_eq!(rows[0].attr("data-protocol").await.ok().flatten().as_deref(), Some("local"));
    page.click("eval-open").await;

    // A cut file and a file that is not a GGUF get their sentences and are not kept.
    let dir = temp_dir("tab-files");
    let bytes = std::fs::read(smollm2()).expect("the model");
    let cut = dir.join("cut.gguf");
    std::fs::write(&cut, &bytes[..60_000_000]).expect("write");
    let notes = dir.join("notes.gguf");
    std::fs::write(&notes, "Minutes of the meeting, not a model.\n").expect("write");
    page.click("settings-open").await;
    // Under isolation a download still works; this address serves a cut copy.
    let cut_url = host.host(REPO, "cut-copy.gguf", cut.clone(), None);
    page.fill("tab-model-url", &cut_url).await;
    page.click("tab-model-load").await;
    let failed = page.tab_state_becomes("failed", Duration::from_secs(60)).await;
    assert!(failed.starts_with("The model file is incomplete: it has 60 MB of the 98 MB it needs."), "{failed}");
    assert_eq!(host.downloads("cut-copy.gguf").len(), 1, "downloaded under cross-origin isolation");
    assert_eq!(
        page.hook("doctor-worker").await.attr("data-state").await.ok().flatten().as_deref(),
        Some("model-missing")
    );
    // The stored model loads again from the list.
    let rows = page.all("tab-model-stored").await;
    let mut whole = None;
    for (index, row) in rows.iter().enumerate() {
        if row.text().await.unwrap_or_default().starts_with("smollm2-135m-instruct-q4_1.gguf") {
            whole = Some(index);
        }
    }
    page.all("tab-model-stored-load").await[whole.expect("the whole model is listed")].click().await.expect("load");
    page.tab_state_becomes("ready", Duration::from_secs(60)).await;
    assert_eq!(host.downloads(FILE).len(), 1, "loaded from storage");
    page.hook("tab-model-file").await.send_keys(&cut.display().to_string()).await.expect("pick a file");
    let failed = page.tab_state_becomes("failed", Duration::from_secs(60)).await;
    assert!(failed.starts_with("The model file is incomplete: it has 60 MB of the 98 MB it needs."), "{failed}");
    page.hook("tab-model-file").await.send_keys(&notes.display().to_string()).await.expect("pick a file");
    let mut failed = String::new();
    for _ in 0..100 {
        failed = page.text("tab-model-progress").await;
        if failed.starts_with("This file is not a GGUF model") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert!(failed.starts_with("This file is not a GGUF model"), "{failed}");
    assert_eq!(page.all("tab-model-stored").await.len(), 1, "only the whole model is kept");
    page.close().await;
}

#[tokio::test]
#[ignore = "needs the built page and chromedriver: run by scripts/test.sh"]
async fn a_cancelled_download_resumes_where_it_stopped_and_remove_frees_it() {
    let host = ModelHost::start().await;
    // 10 MB a second: about ten seconds for the file.
    let url = host.host(REPO, FILE, smollm2(), Some(10_000_000));
    let page = Page::open().await;
    page.use_tab_model(&url, &unique("tab-cancel")).await;
    page.click("tab-model-load").await;
    let start = Instant::now();
    loop {
        let progress = page.text("tab-model-progress").await;
        let megabytes: f64 = progress
            .strip_prefix("Downloading: ")
            .and_then(|rest| rest.split(' ').next())
            .and_then(|n| n.parse().ok())
            .unwrap_or(0.0);
        if megabytes >= 20.0 {
            break;
        }
        assert!(start.elapsed() < Duration::from_secs(60), "no progress: {progress}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    page.click("tab-model-cancel").await;
    let cancelled = page.tab_state_becomes("failed", Duration::from_secs(20)).await;
    assert!(cancelled.starts_with("Cancelled."), "{cancelled}");
    let stored = page.all("tab-model-stored").await;
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].attr("data-complete").await.ok().flatten().as_deref(), Some("false"));
    assert!(stored[0].text().await.unwrap_or_default().contains("incomplete"));
    let kept: u64 = stored[0].attr("data-bytes").await.ok().flatten().and_then(|b| b.parse().ok()).expect("bytes kept");
    assert!(kept > 10_000_000, "what arrived before the cancel is kept: {kept}");

    page.click("tab-model-load").await;
    page.tab_state_becomes("ready", Duration::from_secs(120)).await;
    let downloads = host.downloads(FILE);
    assert_eq!(downloads.len(), 2, "{downloads:?}");
    let resumed_at: u64 = downloads[1]
        .range
        .as_deref()
        .and_then(|r| r.strip_prefix("bytes="))
        .and_then(|r| r.trim_end_matches('-').parse().ok())
        .expect("the second download asks for the rest");
    assert_eq!(resumed_at, kept, "the second download asks for what the first did not bring");
    assert_eq!(downloads[1].status, 206);

    page.click("tab-model-remove").await;
    page.tab_state_becomes("none", Duration::from_secs(20)).await;
    for _ in 0..50 {
        if page.all("tab-model-stored").await.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(page.all("tab-model-stored").await.is_empty(), "removed from storage");
    page.close().await;
}

#[tokio::test]
#[ignore = "needs the built page and chromedriver: run by scripts/test.sh"]
async fn with_no_local_server_the_light_offers_the_model_in_the_page_before_fetching_it() {
    // The defaults: Ollama on localhost:11434, which nothing answers here.
    let page = Page::open().await;
    let start = Instant::now();
    while page.hook("doctor-worker").await.attr("data-state").await.ok().flatten().as_deref() != Some("down") {
        assert!(start.elapsed() < Duration::from_secs(30), "the light never says down");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    page.click("doctor-run-in-page").await;
    let provider = page.hook("worker-provider").await.prop("value").await.ok().flatten();
    assert_eq!(provider.as_deref(), Some("tab"), "the offer picks the model in the page");
    assert_eq!(page.tab_state().await, "none");
    let url = page.hook("tab-model-url").await.prop("value").await.ok().flatten().unwrap_or_default();
    assert!(url.starts_with("https://huggingface.co/") && url.ends_with(".gguf"), "{url}");
    let light = page.text("doctor-worker").await;
    assert!(light.contains("No model is loaded in this page yet") && light.contains("676 MB download"), "{light}");
    assert_eq!(
        page.hook("doctor-worker").await.attr("data-state").await.ok().flatten().as_deref(),
        Some("model-missing")
    );
    // Nothing is downloaded before Load.
    tokio::time::sleep(Duration::from_secs(1)).await;
    let origins = page.fetched_origins().await;
    assert!(origins.iter().all(|o| !o.contains("huggingface") && !o.contains("hf.co")), "{origins:?}");
    page.close().await;
}
