//! End-to-end tests: the release build of the page (`dist/`), served on
//! 127.0.0.1, driven through ChromeDriver with only the `data-testid` hooks,
//! against the model doubles (ports 18181–18183) and the real llama.cpp
//! server (18080) that `scripts/test.sh` starts. Ignored by a plain
//! `cargo test`; the test script runs them with `--ignored`.
#![cfg(not(target_arch = "wasm32"))]

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use fantoccini::Locator;
use serde_json::{json, Value};

#[path = "support/page.rs"]
mod page;
use minions_testkit::text_overlap;
use page::{recorded_at, temp_dir, unique, Page};
use text_overlap::plain_words;

const OLLAMA: &str = "http://127.0.0.1:18181";
const STRICT_OLLAMA: &str = "http://127.0.0.1:18183";
const OPENAI: &str = "http://127.0.0.1:18182/v1";
const LLAMA: &str = "http://127.0.0.1:18080/v1";

async fn recorded(model: &str) -> Vec<Value> {
    recorded_at(18182, model).await
}

fn document() -> String {
    format!(
        "{}ANSWER: 42\n\n{}",
        "Background paragraph about nothing.\n\n".repeat(120),
        "Closing remarks.\n\n".repeat(120)
    )
}

#[tokio::test]
#[ignore = "needs the built page, chromedriver and the model doubles: run by scripts/test.sh"]
async fn minion_run_shows_transcript_answer_cost_and_audit() {
    let page = Page::open().await;
    let supervisor = unique("gpt-4o-e2e");
    page.configure("ollama", OLLAMA, "llama3.2", OPENAI, &supervisor, "test-key").await;
    page.add_document("Lease terms.\n\nANSWER: 42\n\nThe rest is boilerplate.").await;
    page.run("What is the answer?", "minion").await;
    assert_eq!(page.finished(Duration::from_secs(60)).await, "done");
    page.screenshot("minion-done").await;
    // The page ran under its Content-Security-Policy.
    let policy = page
        .client
        .execute("return document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content", vec![])
        .await
        .expect("the page has a CSP");
    let policy = policy.as_str().unwrap_or_default();
    assert!(
        policy.contains("script-src 'self' 'wasm-unsafe-eval' blob: 'sha256-") && policy.contains("object-src 'none'"),
        "{policy}"
    );

    assert_eq!(page.text("final-answer").await, "42");
    let supervisor_messages = page.all("msg-supervisor").await;
    let worker_messages = page.all("msg-worker").await;
    assert_eq!(
        supervisor_messages[0].text().await.unwrap_or_default().lines().last().unwrap_or(""),
        "What does the line marked ANSWER say?"
    );
    assert_eq!(worker_messages[0].text().await.unwrap_or_default().lines().last().unwrap_or(""), "42");
    let cloud: u64 = page.text("cost-cloud-tokens").await.parse().expect("an integer");
    let cloud_only: u64 = page.text("cost-cloud-only-tokens").await.parse().expect("an integer");
    assert!(cloud > 0 && cloud_only > 0, "{cloud} {cloud_only}");
    assert!(page.text("cost-ratio").await.contains("tokens stayed on this device"));

    // One audit entry per cloud request, each holding the exact body the server received.
    let received = recorded(&supervisor).await;
    let entries = page.all("audit-entry").await;
    assert_eq!(entries.len(), received.len());
    assert_eq!(received.len(), 2, "open + one decision");
    for (entry, body) in entries.iter().zip(&received) {
        let shown = entry.find(Locator::Css("[data-testid=audit-body]")).await.expect("a body");
        let text: String = shown.prop("textContent").await.ok().flatten().unwrap_or_default();
        assert_eq!(serde_json::from_str::<Value>(&text).expect("json"), *body);
    }
    page.close().await;
}

#[tokio::test]
#[ignore = "needs the built page, chromedriver and the model doubles: run by scripts/test.sh"]
async fn minions_run_fills_the_job_grid_and_finds_the_answer() {
    let page = Page::open().await;
    page.configure("ollama", OLLAMA, "llama3.2", OPENAI, &unique("gpt-4o-e2e"), "test-key").await;
    page.add_document(&document()).await;
    page.run("What is the answer?", "minions").await;
    assert_eq!(page.finished(Duration::from_secs(60)).await, "done");
    page.screenshot("minions-done").await;
    assert_eq!(page.text("final-answer").await, "42");
    let cells = page.all("job-cell").await;
    assert!(cells.len() >= 3, "{} jobs", cells.len());
    let mut states = Vec::new();
    for cell in &cells {
        states.push(cell.attr("data-state").await.ok().flatten().unwrap_or_default());
    }
    assert_eq!(states.iter().filter(|s| *s == "answered").count(), 1, "{states:?}");
    assert_eq!(states.iter().filter(|s| *s == "abstained").count(), cells.len() - 1, "{states:?}");
    assert_eq!(page.text("job-progress").await, format!("{0}/{0}", cells.len()));
    assert_eq!(page.all("audit-entry").await.len(), 2, "plan + synthesis");
    // The local citation opens the passage it came from, which never left the device.
    let passages = page.client.find_all(Locator::Css(".citations details.chunk pre")).await.expect("query");
    assert_eq!(passages.len(), 1);
    let passage: String = passages[0].prop("textContent").await.ok().flatten().unwrap_or_default();
    assert!(passage.contains("ANSWER: 42"), "{passage}");
    page.close().await;
}

#[tokio::test]
#[ignore = "needs the built page, chromedriver and the model doubles: run by scripts/test.sh"]
async fn cancel_stops_a_run_and_keeps_what_was_gathered() {
    let page = Page::open().await;
    let worker = unique("stall");
    page.configure("ollama", OLLAMA, &worker, OPENAI, &unique("gpt-4o-e2e"), "test-key").await;
    page.add_document(&document()).await;
    page.run("What is the answer?", "minions").await;
    page.wait_for("[data-testid=job-cell][data-state=running]", Duration::from_secs(20)).await;
    page.click("cancel").await;
    assert_eq!(page.finished(Duration::from_secs(10)).await, "cancelled");
    page.screenshot("cancelled").await;
    assert!(!page.all("job-cell").await.is_empty(), "the job grid stays");
    assert_eq!(page.all("audit-entry").await.len(), 1, "the plan went out; nothing after cancel");
    // No job starts after cancel: the worker's request count stays put.
    let at_cancel = recorded_at(18181, &worker).await.len();
    assert!(at_cancel >= 1);
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(recorded_at(18181, &worker).await.len(), at_cancel);
    page.close().await;
}

#[tokio::test]
#[ignore = "needs the built page, chromedriver and the model doubles: run by scripts/test.sh"]
async fn a_refused_origin_gets_the_cors_fix_with_this_pages_origin() {
    let page = Page::open().await;
    page.configure("ollama", STRICT_OLLAMA, "llama3.2", OPENAI, "gpt-4o", "test-key").await;
    page.wait_for("[data-testid=doctor-worker][data-state=cors]", Duration::from_secs(20)).await;
    let advice = page.text("doctor-worker").await;
    assert!(advice.contains(&format!("OLLAMA_ORIGINS \"{}\"", page.origin)), "{advice}");
    assert!(advice.contains("systemctl") && advice.contains("setx"), "{advice}");
    page.wait_for("[data-testid=doctor-supervisor][data-state=ok]", Duration::from_secs(20)).await;
    page.screenshot("doctor-cors").await;
    page.close().await;
}

#[tokio::test]
#[ignore = "needs the built page, chromedriver and the model doubles: run by scripts/test.sh"]
async fn hostile_model_output_renders_inert() {
    let page = Page::open().await;
    page.configure("ollama", OLLAMA, "llama3.2", OPENAI, &unique("gpt-4o-e2e"), "test-key").await;
    // The worker repeats the hostile line word for word; let the quote through so that the cloud model's answer carries it.
    page.click("settings-open").await;
    page.hook("verbatim-policy").await.select_by_value("send").await.expect("policy");
    page.click("settings-open").await;
    let hostile = "ANSWER: **bold** <script>window.pwned = 1</script><img src=x onerror=\"window.pwned = 2\"> [click me](javascript:window.pwned=3)";
    page.add_document(&format!("Notes.\n\n{hostile}\n\nEnd.")).await;
    page.run("What is the answer?", "minion").await;
    assert_eq!(page.finished(Duration::from_secs(60)).await, "done");
    // The markdown reader is a lazy part: the answer shows as plain text until it is here.
    let answer = page.wait_for("[data-testid=final-answer][data-rendered=true]", Duration::from_secs(10)).await;
    let html: String = answer.prop("innerHTML").await.ok().flatten().unwrap_or_default();
    assert!(html.contains("<strong>bold</strong>"), "markdown still renders: {html}");
    let counts = page
        .client
        .execute(
            "const a = document.querySelector('[data-testid=final-answer]');
             return [a.querySelectorAll('script, img, iframe').length, a.querySelectorAll('a[href^=\"javascript\"]').length, window.pwned === undefined];",
            vec![],
        )
        .await
        .expect("script runs");
    assert_eq!(counts, json!([0, 0, true]), "{html}");
    page.screenshot("hostile-output").await;
    page.close().await;
}

#[tokio::test]
#[ignore = "needs the built page, chromedriver and the real llama.cpp server: run by scripts/test.sh"]
async fn a_run_against_the_real_model_server_completes() {
    let page = Page::open().await;
    page.configure_small_real_model(LLAMA).await;
    page.add_document("Invoice 2291. Total due: 1,740 EUR, payable within 30 days.").await;
    page.run("What is the total due?", "minion").await;
    let status = page.finished(Duration::from_secs(240)).await;
    page.screenshot("real-model").await;
    // The reply contract makes even a 135M model's replies readable.
    assert_eq!(status, "done", "{}", page.text("error").await);
    assert!(!page.text("final-answer").await.trim().is_empty());
    assert!(!page.all("audit-entry").await.is_empty());
    assert!(page.text("cost-cloud-tokens").await.parse::<u64>().expect("an integer") > 0, "real usage numbers arrived");
    assert!(!page.all("msg-reasoning").await.is_empty(), "the supervisor's reasoning is in the transcript");

    // MinionS, from the same page, against the same server.
    page.run("What is the total due?", "minions").await;
    let status = page.finished(Duration::from_secs(240)).await;
    page.screenshot("real-model-minions").await;
    assert_eq!(status, "done", "{}", page.text("error").await);
    assert!(!page.text("final-answer").await.trim().is_empty());
    for cell in page.all("job-cell").await {
        let state = cell.attr("data-state").await.ok().flatten().unwrap_or_default();
        assert!(state == "answered" || state == "abstained", "every job closed its reply: {state}");
    }
    assert!(!page.all("audit-entry").await.is_empty());
    page.close().await;
}

#[tokio::test]
#[ignore = "needs the built page, chromedriver and the model doubles: run by scripts/test.sh"]
async fn documents_and_history_survive_a_reload_and_hold_no_key() {
    let page = Page::open().await;
    page.configure("ollama", OLLAMA, "llama3.2", OPENAI, &unique("gpt-4o-e2e"), "test-key").await;
    page.add_document("Lease.\n\nANSWER: 42\n\nEnd.").await;
    page.run("What is the answer?", "minion").await;
    assert_eq!(page.finished(Duration::from_secs(60)).await, "done");
    assert_eq!(page.all("history-item").await.len(), 1);
    // Storage writes are asynchronous; give them a moment before reloading.
    tokio::time::sleep(Duration::from_millis(500)).await;
    page.client.refresh().await.expect("reload");
    page.wait_for("[data-testid=doc-item]", Duration::from_secs(10)).await;
    page.wait_for("[data-testid=history-item]", Duration::from_secs(10)).await;
    assert_eq!(page.all("doc-item").await.len(), 1);
    assert!(page.text("doc-item").await.contains("Pasted text 1"));
    assert!(page.text("history-item").await.contains("What is the answer?"));
    page.screenshot("after-reload").await;

    let stored = page.stored("history").await;
    assert!(stored.contains("What is the answer?"), "the run is saved");
    assert!(!stored.contains("test-key"), "the API key is never stored unless remembered");
    page.close().await;
}

#[tokio::test]
#[ignore = "needs the built page and chromedriver: run by scripts/test.sh"]
async fn the_page_opens_offline_once_loaded() {
    let page = Page::open().await;
    let start = Instant::now();
    loop {
        let controlled = page
            .client
            .execute("return !!(navigator.serviceWorker && navigator.serviceWorker.controller)", vec![])
            .await
            .expect("script runs");
        if controlled == json!(true) {
            break;
        }
        if start.elapsed() >= Duration::from_secs(20) {
            let probe = page.client.execute_async("const done = arguments[0]; if (!navigator.serviceWorker) { done('no serviceWorker'); return; } navigator.serviceWorker.getRegistrations().then(r => done(JSON.stringify(r.map(x => [x.scope, !!x.active, !!x.installing, !!x.waiting])) + ' secure=' + isSecureContext + ' coi=' + crossOriginIsolated + ' ctl=' + !!navigator.serviceWorker.controller)).catch(e => done('err ' + e));", vec![]).await;
            panic!("the service worker never took control: {probe:?}");
        }
        tokio::time::sleep(Duration::from_millis(300)).await;
        page.client.goto(&format!("{}/", page.origin)).await.expect("reload");
    }
    page.offline.store(true, Ordering::SeqCst);
    // Loaded anew, as a person would (geckodriver's refresh bypasses the service worker).
    page.client.goto(&format!("{}/", page.origin)).await.expect("reload while offline");
    page.wait_for("[data-testid=run-status]", Duration::from_secs(20)).await;
    assert_eq!(page.text("run-status").await, "idle");
    // The parts split off the first load come from the service worker's cache too.
    page.click("settings-open").await;
    page.hook("worker-provider").await;
    page.click("eval-open").await;
    page.hook("eval-run").await;
    page.screenshot("offline").await;
    page.close().await;
}

#[tokio::test]
#[ignore = "needs the built page and chromedriver: run by scripts/test.sh"]
async fn files_load_with_their_encoding_and_bad_files_get_their_own_message() {
    let page = Page::open().await;
    let dir = temp_dir("minions-e2e-files");
    let files = [
        ("menu-latin1.txt", b"Caf\xE9 cr\xE8me \x96 2,50\x80".to_vec()),
        ("empty.txt", Vec::new()),
        ("report.pdf", b"%PDF-1.7\n".to_vec()),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR".to_vec()),
    ];
    let paths: Vec<String> = files
        .iter()
        .map(|(name, bytes)| {
            let path = dir.join(name);
            std::fs::write(&path, bytes).expect("a temp file");
            path.display().to_string()
        })
        .collect();
    page.hook("doc-input").await.send_keys(&paths.join("\n")).await.expect("files chosen");
    page.wait_for("[data-testid=doc-item]", Duration::from_secs(10)).await;
    for _ in 0..50 {
        if page.all("doc-error").await.len() == 3 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let mut errors = Vec::new();
    for element in page.all("doc-error").await {
        errors.push(element.text().await.unwrap_or_default());
    }
    errors.sort();
    assert_eq!(errors.len(), 3, "{errors:?}");
    assert!(errors[0].starts_with("empty.txt: the file is empty"), "{errors:?}");
    assert!(errors[1].starts_with("image.txt: this looks like a binary file"), "{errors:?}");
    assert!(errors[2].starts_with("report.pdf: it is not a valid PDF file"), "{errors:?}");
    let items = page.all("doc-item").await;
    assert_eq!(items.len(), 1);
    let content: String = items[0].prop("textContent").await.ok().flatten().unwrap_or_default();
    assert!(content.contains("menu-latin1.txt") && content.contains("Café crème – 2,50€"), "{content}");
    assert!(content.contains("text (Windows-1252 (Latin-1))"), "the encoding is reported: {content}");
    page.screenshot("files").await;
    page.close().await;
}

/// Whether the page's security policy blocks a request to `url` (a
/// `securitypolicyviolation` event) or lets it go out.
async fn blocked_by_policy(page: &Page, url: &str) -> bool {
    let verdict = page
        .client
        .execute_async(
            "const [url, done] = arguments;
             let blocked = false;
             document.addEventListener('securitypolicyviolation', e => { if (e.blockedURI.startsWith(url)) blocked = true; });
             fetch(url, { mode: 'no-cors' }).catch(() => {}).finally(() => setTimeout(() => done(blocked), 200));",
            vec![json!(url)],
        )
        .await
        .expect("the probe script runs");
    verdict == json!(true)
}

#[tokio::test]
#[ignore = "needs the built page and chromedriver: run by scripts/test.sh"]
async fn the_page_connects_only_to_loopback_and_the_configured_servers() {
    let page = Page::open().await;
    let policy = page.hook("connect-policy").await.attr("content").await.expect("attr").unwrap_or_default();
    assert_eq!(
        policy,
        "connect-src 'self' http://localhost:* http://127.0.0.1:* https://huggingface.co https://*.huggingface.co https://*.hf.co https://api.openai.com",
        "the defaults: a local Ollama, the in-page models' download hosts and OpenAI"
    );
    assert!(blocked_by_policy(&page, "https://collector.example.com/x").await, "an unconfigured host is refused");
    assert!(!blocked_by_policy(&page, "http://127.0.0.1:18182/v1/models").await, "loopback is allowed");

    // A new cloud address is refused until the page reloads with it.
    let elsewhere = "https://llm.example.net/v1";
    let worker = unique("llama3.2-policy");
    page.configure("ollama", OLLAMA, &worker, elsewhere, "gpt-4o", "sk-not-remembered").await;
    page.wait_for("[data-testid=doctor-supervisor][data-state=down]", Duration::from_secs(20)).await;
    assert!(page.text("doctor-supervisor").await.contains("https://llm.example.net is new"));
    page.add_document("Lease.\n\nANSWER: 42\n\nEnd.").await;
    page.run("What is the answer?", "minion").await;
    assert_eq!(page.finished(Duration::from_secs(10)).await, "failed");
    assert!(page.text("error").await.contains("press “Apply and reload”"), "{}", page.text("error").await);
    assert!(recorded_at(18181, &worker).await.is_empty(), "a refused run sends nothing, not even locally");

    page.click("settings-open").await;
    page.screenshot("policy-reload").await;
    page.click("policy-reload").await;
    let start = Instant::now();
    loop {
        let policy = page.hook("connect-policy").await.attr("content").await.expect("attr").unwrap_or_default();
        if policy.ends_with(" https://llm.example.net") {
            break;
        }
        assert!(start.elapsed() < Duration::from_secs(20), "the reloaded page still says {policy}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert!(!blocked_by_policy(&page, elsewhere).await, "the configured address is allowed after the reload");
    assert!(blocked_by_policy(&page, "https://api.openai.com/v1/models").await, "the old address no longer is");
    page.click("settings-open").await;
    assert!(page.all("policy-notice").await.is_empty());
    assert_eq!(page.hook("supervisor-key").await.prop("value").await.expect("prop"), Some(String::new()));
    page.close().await;
}

const E2E_CANARIES: [&str; 2] = ["CANARY-51c0de-HERON-2291", "CANARY-9a7e44-QUARRY-8063"];

/// Sensitive records: canaries, personal data, and long sentences a worker
/// could repeat.
fn sensitive_document() -> String {
    let mut text = String::new();
    for (i, canary) in E2E_CANARIES.iter().enumerate() {
        text.push_str(&format!(
            "Record {i}. File reference {canary} belongs to the patient Mira Okafor, who can be reached at \
mira.okafor@example.org or +44 20 7946 0{i}58. The consultant noted that the treatment plan must continue \
for another six weeks before the review board meets again in the spring.\n\n"
        ));
    }
    text.push_str("ANSWER: 42\n\n");
    text
}

/// How many 12-word runs of `document` appear in `bodies`.
fn twelve_word_runs(document: &str, bodies: &[Value]) -> usize {
    let runs: std::collections::HashSet<String> = plain_words(document).windows(12).map(|w| w.join(" ")).collect();
    bodies
        .iter()
        .map(|body| {
            let text: String = body["messages"]
                .as_array()
                .map(|m| m.iter().filter_map(|m| m["content"].as_str()).collect::<Vec<_>>().join("\n"))
                .unwrap_or_default();
            plain_words(&text).windows(12).filter(|w| runs.contains(&w.join(" "))).count()
        })
        .sum()
}

impl Page {
    /// The texts of every audit body shown in the page.
    async fn audit_bodies(&self) -> Vec<Value> {
        let mut out = Vec::new();
        for body in self.all("audit-body").await {
            let text: String = body.prop("textContent").await.ok().flatten().unwrap_or_default();
            out.push(serde_json::from_str(&text).expect("an audit body is JSON"));
        }
        out
    }
}

#[tokio::test]
#[ignore = "needs the built page, chromedriver and the model doubles: run by scripts/test.sh"]
async fn with_the_guard_on_no_canary_quote_or_personal_data_reaches_the_cloud() {
    let page = Page::open().await;
    let document = sensitive_document();
    page.add_document(&document).await;
    for protocol in ["minion", "minions"] {
        let supervisor = unique("gpt-4o-canary");
        page.configure("ollama", OLLAMA, &unique("echo"), OPENAI, &supervisor, "test-key").await;
        page.run("What is the answer?", protocol).await;
        let status = page.finished(Duration::from_secs(60)).await;
        assert!(status == "done" || status == "failed", "{protocol}: {status}");
        let received = recorded(&supervisor).await;
        assert!(received.len() >= 2, "{protocol}: the worker's report reached the cloud model");
        let wire = serde_json::to_string(&received).expect("json");
        for secret in E2E_CANARIES.iter().chain(&["mira.okafor@example.org", "7946", "Mira Okafor"]) {
            assert!(!wire.contains(secret), "{protocol}: {secret} left the device");
        }
        assert_eq!(twelve_word_runs(&document, &received), 0, "{protocol}: a quote left the device");
        assert!(wire.contains("words quoted from the documents withheld]"), "{protocol}: the echo was withheld");
        let changes: Vec<String> = {
            let mut out = Vec::new();
            for change in page.all("audit-change").await {
                out.push(change.prop("textContent").await.ok().flatten().unwrap_or_default());
            }
            out
        };
        assert!(changes.iter().any(|c| c.starts_with("Withheld ")), "{protocol}: {changes:?}");
    }
    page.screenshot("guard-on").await;

    // Guard off: the audit shows exactly what went, canaries and all.
    let supervisor = unique("gpt-4o-unguarded");
    page.configure("ollama", OLLAMA, &unique("echo"), OPENAI, &supervisor, "test-key").await;
    page.click("settings-open").await;
    page.set_checked("privacy-redact", false).await;
    page.hook("verbatim-policy").await.select_by_value("send").await.expect("policy");
    page.click("settings-open").await;
    page.run("What is the answer?", "minion").await;
    page.finished(Duration::from_secs(60)).await;
    let received = recorded(&supervisor).await;
    let wire = serde_json::to_string(&received).expect("json");
    assert!(E2E_CANARIES.iter().all(|c| wire.contains(c)), "with the guard off the echo goes out");
    assert!(twelve_word_runs(&document, &received) > 0);
    assert_eq!(page.audit_bodies().await, received, "the audit shows exactly what went");
    page.close().await;
}

#[tokio::test]
#[ignore = "needs the built page, chromedriver and the model doubles: run by scripts/test.sh"]
async fn held_requests_wait_for_approve_edit_or_reject() {
    let page = Page::open().await;
    let supervisor = unique("gpt-4o-approve");
    page.configure("ollama", OLLAMA, "llama3.2", OPENAI, &supervisor, "test-key").await;
    page.click("settings-open").await;
    page.set_checked("privacy-approve", true).await;
    page.fill("max-rounds", "3").await;
    page.click("settings-open").await;
    page.add_document("Lease terms.\n\nANSWER: 42\n\nThe rest is boilerplate.").await;
    page.run("What is the answer?", "minion").await;

    // The opening request waits; nothing has left.
    page.hook("review").await;
    assert!(recorded(&supervisor).await.is_empty());
    assert_eq!(page.text("run-status").await, "running");
    page.screenshot("review-held").await;
    page.click("review-approve").await;

    // The decision request: edit the newest message, then send the edit.
    let start = Instant::now();
    while recorded(&supervisor).await.is_empty() || page.all("review").await.is_empty() {
        assert!(start.elapsed() < Duration::from_secs(20), "the second request was never held");
        tokio::time::sleep(Duration::from_millis(150)).await;
    }
    let draft = page.hook("review-message").await.prop("value").await.ok().flatten().unwrap_or_default();
    assert!(draft.contains("42"), "the held message shows the worker's report: {draft}");
    let edited = format!("{draft}\n(Checked by me before sending.)");
    page.fill("review-message", &edited).await;
    assert_eq!(page.text("review-approve").await, "Send my edit");
    page.click("review-approve").await;
    assert_eq!(page.finished(Duration::from_secs(30)).await, "done");
    let received = recorded(&supervisor).await;
    assert_eq!(received.len(), 2);
    let last = received[1]["messages"].as_array().and_then(|m| m.last()).cloned().unwrap_or_default();
    assert_eq!(last["content"], edited.as_str());
    let mut changes = String::new();
    for change in page.all("audit-change").await {
        changes.push_str(&change.prop("textContent").await.ok().flatten().unwrap_or_default());
    }
    assert!(changes.contains("Approved by you.") && changes.contains("Edited by you before sending."), "{changes}");

    // A rejected request ends the run cleanly; nothing more leaves.
    let supervisor = unique("gpt-4o-reject");
    page.configure("ollama", OLLAMA, "llama3.2", OPENAI, &supervisor, "test-key").await;
    page.run("What is the answer?", "minions").await;
    page.hook("review").await;
    page.click("review-reject").await;
    assert_eq!(page.finished(Duration::from_secs(20)).await, "cancelled");
    assert!(recorded(&supervisor).await.is_empty());
    assert!(page.all("audit-entry").await.is_empty() && page.all("review").await.is_empty());
    let notices = page.client.source().await.expect("the page source");
    assert!(notices.contains("You rejected a request to the cloud"), "the run says why it stopped");
    page.close().await;
}

#[tokio::test]
#[ignore = "needs the built page, chromedriver and the model doubles: run by scripts/test.sh"]
async fn the_privacy_shield_shows_both_versions_and_sends_only_the_rewrite() {
    let page = Page::open().await;
    let supervisor = unique("gpt-4o-shield");
    page.configure("ollama", OLLAMA, "llama3.2", OPENAI, &supervisor, "test-key").await;
    page.click("settings-open").await;
    page.set_checked("privacy-shield", true).await;
    page.click("settings-open").await;
    page.add_document("Lease terms.\n\nANSWER: 42\n\nThe rest is boilerplate.").await;
    page.run("What is the answer?", "minion").await;
    page.finished(Duration::from_secs(60)).await;
    let original = page.hook("msg-shield-original").await.prop("textContent").await.ok().flatten().unwrap_or_default();
    assert_eq!(original, "42", "the worker's own report stays in the transcript");
    let received = recorded(&supervisor).await;
    let decide = received[1]["messages"].as_array().and_then(|m| m.last()).cloned().unwrap_or_default();
    let decide = decide["content"].as_str().unwrap_or_default();
    // The double's rewrite of a report without a marked answer.
    assert!(decide.contains("I read 2 messages; the documents do not say."), "{decide}");
    page.screenshot("shield").await;
    page.close().await;
}

fn fixture_path(name: &str) -> String {
    format!("{}/tests/fixtures/files/{name}", env!("CARGO_MANIFEST_DIR"))
}

#[tokio::test]
#[ignore = "needs the built page, chromedriver and the model doubles: run by scripts/test.sh"]
async fn pdf_word_html_and_csv_files_load_and_broken_ones_say_why() {
    let page = Page::open().await;
    // pdf.js is not part of the first load.
    let loaded_scripts = page
        .client
        .execute("return performance.getEntriesByType('resource').map(e => e.name).join(' ')", vec![])
        .await
        .expect("script runs");
    assert!(!loaded_scripts.as_str().unwrap_or_default().contains("pdfjs"), "{loaded_scripts}");

    let names = [
        "lease.pdf",
        "tenancy.docx",
        "page.html",
        "rows.csv",
        "scan.pdf",
        "encrypted.pdf",
        "truncated.pdf",
        "not-a-docx.docx",
    ];
    let paths: Vec<String> = names.iter().map(|n| fixture_path(n)).collect();
    page.hook("doc-input").await.send_keys(&paths.join("\n")).await.expect("files chosen");
    let start = Instant::now();
    while page.all("doc-item").await.len() + page.all("doc-error").await.len() < names.len() {
        assert!(start.elapsed() < Duration::from_secs(30), "files still loading");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let mut items = Vec::new();
    for item in page.all("doc-item").await {
        items.push(item.prop("textContent").await.ok().flatten().unwrap_or_default());
    }
    items.sort();
    let mut errors = Vec::new();
    for element in page.all("doc-error").await {
        errors.push(element.text().await.unwrap_or_default());
    }
    errors.sort();
    assert_eq!(items.len(), 4, "{items:?} {errors:?}");
    assert!(
        items[0].starts_with("lease.pdf") && items[0].contains("pdf · ") && items[0].contains("3 pages"),
        "{items:?}"
    );
    assert!(items[0].contains("Residential Lease Agreement"), "the preview shows the PDF's text: {items:?}");
    assert!(items[1].starts_with("page.html") && items[1].contains("Building notice"), "{items:?}");
    assert!(items[2].starts_with("rows.csv") && items[2].contains("csv · "), "{items:?}");
    assert!(items[3].starts_with("tenancy.docx") && items[3].contains("2 pages"), "{items:?}");
    assert_eq!(
        errors.iter().map(|e| e.split(" (").next().unwrap_or("")).collect::<Vec<_>>(),
        [
            "encrypted.pdf: it is password-protected; open it, remove the password, save it and load it again.",
            "not-a-docx.docx: it is not a valid Word",
            "scan.pdf: it has no text layer",
            "truncated.pdf: it is not a valid PDF file",
        ],
        "{errors:?}"
    );
    page.screenshot("files-of-every-kind").await;

    // The PDF's pages reach the worker, and the citation names the pages of the chunk it came from.
    for index in (0..4).rev() {
        let item = &page.all("doc-item").await[index];
        let text = item.prop("textContent").await.ok().flatten().unwrap_or_default();
        if !text.starts_with("lease.pdf") {
            item.find(Locator::Css("[data-testid=doc-remove]")).await.expect("remove").click().await.expect("click");
        }
    }
    page.configure("ollama", OLLAMA, "llama3.2", OPENAI, &unique("gpt-4o-pdf"), "test-key").await;
    page.run("What is the answer?", "minions").await;
    assert_eq!(page.finished(Duration::from_secs(60)).await, "done");
    assert_eq!(page.text("final-answer").await, "42");
    let source = page.client.source().await.expect("the page source");
    assert!(source.contains("lease.pdf") && source.contains("pp. 1–3"), "the citation names the pages");
    page.close().await;
}

#[tokio::test]
#[ignore = "needs the built page and chromedriver: run by scripts/test.sh"]
async fn the_size_limit_applies_and_a_long_load_can_be_cancelled() {
    let page = Page::open().await;
    let dir = temp_dir("minions-e2e-large");
    let write = |name: &str, megabytes: usize| {
        let path = dir.join(name);
        let line = "The committee reviewed the budget line by line and agreed on the figures.\n";
        let mut text = line.repeat(megabytes * 1024 * 1024 / line.len() + 1);
        text.truncate(megabytes * 1024 * 1024);
        std::fs::write(&path, text).expect("a temp file");
        path.display().to_string()
    };

    page.click("settings-open").await;
    page.fill("max-file-mb", "1").await;
    page.click("settings-open").await;
    page.hook("doc-input").await.send_keys(&write("three-mb.txt", 3)).await.expect("file chosen");
    let error = page.text("doc-error").await;
    assert_eq!(error, "three-mb.txt: it is 3 MB, over the limit of 1 MB (change it in Settings → Documents).");

    // A 300 MB file takes seconds to read in 8 MB slices; cancelling stops it and nothing is added.
    page.click("settings-open").await;
    page.fill("max-file-mb", "1000").await;
    page.click("settings-open").await;
    let large = write("large.txt", 300);
    page.hook("doc-input").await.send_keys(&large).await.expect("file chosen");
    page.hook("doc-loading").await;
    page.screenshot("loading-progress").await;
    page.click("doc-cancel").await;
    tokio::time::sleep(Duration::from_secs(4)).await;
    assert!(page.all("doc-loading").await.is_empty(), "the load is gone");
    assert!(page.all("doc-item").await.is_empty(), "a cancelled file is not added");
    assert_eq!(page.all("doc-error").await.len(), 1, "only the earlier refusal");
    let _ = std::fs::remove_dir_all(&dir);
    page.close().await;
}

#[tokio::test]
#[ignore = "needs the built page and chromedriver: run by scripts/test.sh"]
async fn a_part_of_the_page_that_cannot_be_fetched_says_so_and_loads_on_try_again() {
    let page = Page::open().await;
    // Once the service worker is active its cache holds the parts; emptied, every part comes from the server.
    let emptied = page
        .client
        .execute_async(
            "const done = arguments[0];
             navigator.serviceWorker.ready
               .then(() => caches.keys())
               .then((keys) => Promise.all(keys.map((k) => caches.delete(k))))
               .then(() => done(true), (e) => done(String(e)));",
            vec![],
        )
        .await
        .expect("script runs");
    assert_eq!(emptied, json!(true));
    page.offline.store(true, Ordering::SeqCst);
    page.click("settings-open").await;
    let notice = page.wait_for("[data-testid=part-missing]", Duration::from_secs(20)).await;
    assert!(notice.text().await.unwrap_or_default().contains("could not be fetched"));
    assert!(page.all("worker-provider").await.is_empty());
    // The run needs the engine's part, which is not here either: the run fails with the same sentence, and the page lives on.
    page.add_document("The answer is 42.").await;
    page.run("What is the answer?", "local").await;
    assert_eq!(page.finished(Duration::from_secs(20)).await, "failed");
    assert!(page.text("error").await.contains("could not be fetched"), "{}", page.text("error").await);
    assert!(page.all("page-stopped").await.is_empty(), "nothing panicked");
    // Back online, "Try again" brings the settings.
    page.offline.store(false, Ordering::SeqCst);
    page.click("part-retry").await;
    page.wait_for("[data-testid=worker-provider]", Duration::from_secs(20)).await;
    assert!(page.all("part-missing").await.is_empty());
    page.close().await;
}
