//! End-to-end: the worker's address is part of the privacy boundary, in the
//! built page. A worker elsewhere (a name the browser is told resolves to
//! this machine's doubles, which the page cannot know) is asked about before
//! the first request and refused under "Documents never leave this device";
//! a network worker runs under it only when trusted; every request that left
//! the page is in "What left this device", counted against what the server
//! received; several workers share a MinionS run; `[::1]` is reachable.
#![cfg(not(target_arch = "wasm32"))]

use std::time::{Duration, Instant};

use serde_json::Value;

#[path = "support/page.rs"]
mod page;
use page::{checks_at, recorded_at, unique, Page, ELSEWHERE_HOST, NETWORK_HOST};

const OPENAI: &str = "http://127.0.0.1:18182/v1";

fn document() -> String {
    format!(
        "{}ANSWER: 42\n\n{}",
        "Background paragraph about nothing.\n\n".repeat(60),
        "Closing remarks.\n\n".repeat(60)
    )
}

impl Page {
    /// The audit entries' bodies for `lane` (`supervisor` or `worker`), as JSON.
    async fn audit_bodies_of(&self, lane: &str) -> Vec<Value> {
        let mut out = Vec::new();
        for entry in self.all("audit-entry").await {
            if entry.attr("data-lane").await.ok().flatten().as_deref() != Some(lane) {
                continue;
            }
            let body = entry.find(fantoccini::Locator::Css("[data-testid=audit-body]")).await.expect("a body");
            let text: String = body.prop("textContent").await.ok().flatten().unwrap_or_default();
            out.push(serde_json::from_str(&text).expect("an audit body is JSON"));
        }
        out
    }

    async fn locality(&self) -> String {
        self.hook("worker-locality").await.attr("data-state").await.ok().flatten().unwrap_or_default()
    }

    /// Waits until both connection lights have finished checking.
    async fn lights_settled(&self) {
        let start = Instant::now();
        loop {
            let worker = self.hook("doctor-worker").await.attr("data-state").await.ok().flatten().unwrap_or_default();
            let cloud =
                self.hook("doctor-supervisor").await.attr("data-state").await.ok().flatten().unwrap_or_default();
            if worker != "checking" && cloud != "checking" {
                tokio::time::sleep(Duration::from_millis(600)).await;
                return;
            }
            assert!(start.elapsed() < Duration::from_secs(20), "the lights are still checking");
            tokio::time::sleep(Duration::from_millis(150)).await;
        }
    }
}

fn sorted(mut bodies: Vec<Value>) -> Vec<String> {
    let mut out: Vec<String> = bodies.drain(..).map(|b| b.to_string()).collect();
    out.sort();
    out
}

#[tokio::test]
#[ignore = "needs the built page, chromedriver and the model doubles: run by scripts/test.sh"]
async fn a_worker_elsewhere_is_asked_about_audited_and_refused_when_documents_never_leave() {
    let page = Page::open().await;
    let address = format!("http://{ELSEWHERE_HOST}:18181");
    let (worker, supervisor) = (unique("llama3.2"), unique("gpt-4o-boundary"));
    page.configure("ollama", &address, &worker, OPENAI, &supervisor, "test-key").await;
    page.click("settings-open").await;
    assert_eq!(page.locality().await, "elsewhere");
    // Before the reload the page may not reach that address at all: what the server heard of it before is not this page's.
    let checks_host = format!("{ELSEWHERE_HOST}:18181");
    let earlier_checks = checks_at(18181, &checks_host).await.len();
    page.reload_allowing(&address).await;
    page.click("settings-open").await;
    assert_eq!(page.locality().await, "elsewhere", "the place is shown beside the address");
    page.fill("supervisor-key", "test-key").await;
    page.click("settings-open").await;
    page.add_document(&document()).await;

    // No: nothing is sent anywhere.
    page.run("What is the answer?", "minions").await;
    let dialog = page.hook("worker-consent").await;
    let words = dialog.text().await.unwrap_or_default();
    assert!(words.contains(ELSEWHERE_HOST) && words.contains("not on this device"), "{words}");
    page.screenshot("worker-consent").await;
    page.click("worker-consent-cancel").await;
    assert_eq!(page.finished(Duration::from_secs(10)).await, "cancelled");
    assert!(recorded_at(18181, &worker).await.is_empty(), "the worker got nothing");
    assert!(recorded_at(18182, &supervisor).await.is_empty(), "nor the cloud");
    let question = page.hook("question").await.prop("value").await.ok().flatten().unwrap_or_default();
    assert_eq!(question, "What is the answer?", "a question that never ran goes back to the ask box");
    assert!(page.all("turn").await.is_empty(), "and leaves no turn");

    // Yes: the run goes, and the audit lists every request each server received, with its exact body.
    page.run("What is the answer?", "minions").await;
    page.click("worker-consent-confirm").await;
    assert_eq!(page.finished(Duration::from_secs(60)).await, "done");
    assert_eq!(page.text("final-answer").await, "42");
    let to_worker = recorded_at(18181, &worker).await;
    assert!(to_worker.len() >= 2, "one job a chunk: {}", to_worker.len());
    assert_eq!(sorted(page.audit_bodies_of("worker").await), sorted(to_worker.clone()));
    assert_eq!(page.audit_bodies_of("supervisor").await, recorded_at(18182, &supervisor).await);
    page.screenshot("worker-audit").await;

    // The connection checks that went there are listed too, one for one.
    page.lights_settled().await;
    let mut listed = Vec::new();
    for check in page.all("audit-check").await {
        let text = check.text().await.unwrap_or_default();
        if text.contains(ELSEWHERE_HOST) {
            listed.push(text);
        }
    }
    let received = checks_at(18181, &checks_host).await.split_off(earlier_checks);
    assert!(!received.is_empty() && received.iter().any(|c| c == "GET /api/tags"), "{received:?}");
    assert_eq!(listed.len(), received.len(), "{listed:?} {received:?}");

    // Asked again (the yes was for that run), then remembered when the user says so.
    page.run("What is the answer?", "minions").await;
    page.set_checked("worker-consent-remember", true).await;
    page.click("worker-consent-confirm").await;
    assert_eq!(page.finished(Duration::from_secs(60)).await, "done");
    let before = recorded_at(18181, &worker).await.len();
    // A new conversation, so that the jobs are not answered from the last one's findings.
    page.click("conversation-new").await;
    page.run("What is the answer?", "minions").await;
    assert_eq!(page.finished(Duration::from_secs(60)).await, "done");
    assert!(page.all("worker-consent").await.is_empty(), "not asked again");
    assert!(recorded_at(18181, &worker).await.len() > before);

    // Documents never leave: refused with a sentence, even after the yes.
    page.click("settings-open").await;
    page.set_checked("privacy-never-leave", true).await;
    page.click("settings-open").await;
    let before = recorded_at(18181, &worker).await.len();
    page.run("What is the answer?", "local").await;
    assert_eq!(page.finished(Duration::from_secs(10)).await, "failed");
    let error = page.text("error").await;
    assert!(error.contains(ELSEWHERE_HOST) && error.contains("Documents never leave this device"), "{error}");
    assert_eq!(recorded_at(18181, &worker).await.len(), before, "nothing more reached it");
    page.close().await;
}

#[tokio::test]
#[ignore = "needs the built page, chromedriver and the model doubles: run by scripts/test.sh"]
async fn a_network_worker_runs_under_never_leave_only_when_trusted() {
    let page = Page::open().await;
    let address = format!("http://{NETWORK_HOST}:18181");
    let worker = unique("llama3.2");
    page.configure("ollama", &address, &worker, OPENAI, &unique("gpt-4o-boundary"), "test-key").await;
    page.click("settings-open").await;
    page.reload_allowing(&address).await;
    page.click("settings-open").await;
    assert_eq!(page.locality().await, "network");
    page.set_checked("privacy-never-leave", true).await;
    page.click("settings-open").await;
    page.add_document(&document()).await;
    page.run("What is the answer?", "local").await;
    assert_eq!(page.finished(Duration::from_secs(10)).await, "failed");
    assert!(page.text("error").await.contains("Trust this address"), "{}", page.text("error").await);
    assert!(recorded_at(18181, &worker).await.is_empty());

    page.click("settings-open").await;
    page.set_checked("worker-trust-network", true).await;
    page.click("settings-open").await;
    page.run("What is the answer?", "local").await;
    assert_eq!(page.finished(Duration::from_secs(30)).await, "done", "{}", page.text("error").await);
    assert!(page.all("worker-consent").await.is_empty(), "a network address is not asked about");
    let received = recorded_at(18181, &worker).await;
    assert!(!received.is_empty());
    assert_eq!(sorted(page.audit_bodies_of("worker").await), sorted(received));
    page.close().await;
}

#[tokio::test]
#[ignore = "needs the built page, chromedriver and the model doubles: run by scripts/test.sh"]
async fn minions_spreads_jobs_over_a_pool_and_a_dead_member_leaves_it() {
    let page = Page::open().await;
    let worker = unique("llama3.2");
    page.configure("ollama", "http://127.0.0.1:18181", &worker, OPENAI, &unique("gpt-4o-pool"), "test-key").await;
    page.click("settings-open").await;
    for (address, jobs) in [("http://localhost:18181", "2"), ("http://127.0.0.1:9", "2")] {
        page.click("worker-add").await;
        let endpoint = page.all("worker-endpoint").await.pop().expect("the new endpoint");
        let field = |testid: &'static str| {
            let endpoint = endpoint.clone();
            async move { endpoint.find(fantoccini::Locator::Css(&format!("[data-testid={testid}]"))).await.expect(testid) }
        };
        field("worker-provider").await.select_by_value("ollama").await.expect("provider");
        field("worker-url").await.send_keys(address).await.expect("url");
        field("worker-model").await.send_keys(&worker).await.expect("model");
        let concurrency = field("worker-concurrency").await;
        concurrency.clear().await.expect("clear");
        concurrency.send_keys(jobs).await.expect("jobs");
    }
    assert_eq!(page.all("worker-endpoint").await.len(), 2);
    page.click("settings-open").await;
    page.add_document(&document().repeat(4)).await;
    page.run("What is the answer?", "minions").await;
    assert_eq!(page.finished(Duration::from_secs(60)).await, "done");
    assert_eq!(page.text("final-answer").await, "42");
    page.screenshot("pool").await;
    let mut calls = std::collections::BTreeMap::new();
    for member in page.all("pool-member").await {
        let host = member.attr("data-host").await.ok().flatten().unwrap_or_default();
        let served: usize = member.attr("data-calls").await.ok().flatten().unwrap_or_default().parse().unwrap_or(0);
        calls.insert(host, served);
    }
    let jobs = page.all("job-cell").await.len();
    assert!(jobs >= 4, "{jobs} jobs");
    assert!(calls["127.0.0.1:18181"] > 0 && calls["localhost:18181"] > 0, "both live members served: {calls:?}");
    assert_eq!(calls.get("127.0.0.1:9").copied(), Some(0), "{calls:?}");
    assert_eq!(calls.values().sum::<usize>(), recorded_at(18181, &worker).await.len());
    let notices = page.client.find_all(fantoccini::Locator::Css(".notices li")).await.expect("notices");
    let mut words = Vec::new();
    for notice in notices {
        words.push(notice.text().await.unwrap_or_default());
    }
    assert!(words.iter().any(|w| w.contains("127.0.0.1:9") && w.contains("left the pool")), "{words:?}");
    page.close().await;
}

#[tokio::test]
#[ignore = "needs the built page, chromedriver and the model doubles: run by scripts/test.sh"]
async fn ipv6_loopback_is_reachable_and_the_policy_names_only_valid_sources() {
    let page = Page::open().await;
    let worker = unique("llama3.2");
    page.configure("ollama", "http://[::1]:18181", &worker, OPENAI, &unique("gpt-4o-v6"), "test-key").await;
    page.click("settings-open").await;
    assert_eq!(page.locality().await, "machine");
    assert!(page.all("policy-notice").await.is_empty(), "loopback needs no reload");
    page.click("settings-open").await;
    let policy = page.hook("connect-policy").await.attr("content").await.ok().flatten().unwrap_or_default();
    assert!(!policy.contains('['), "no IPv6 literal, which browsers drop: {policy}");
    page.add_document(&document()).await;
    page.run("What is the answer?", "local").await;
    assert_eq!(page.finished(Duration::from_secs(30)).await, "done");
    assert!(!recorded_at(18181, &worker).await.is_empty(), "[::1] was reached as localhost");
    page.close().await;
}
