//! Accessibility of the built page: axe-core's WCAG 2.2 A and AA rules find
//! no serious or critical violation in the page's main states, in light and
//! dark mode (empty, documents loaded, a run going and done, Settings open,
//! the evaluation with results, a dialog open). Ignored by a plain
//! `cargo test`; `scripts/test.sh` runs it with the doubles, in Chromium
//! and in Firefox (light mode only there).
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/page.rs"]
mod page;

use std::time::Duration;

use page::{temp_dir, unique, Page, ELSEWHERE_HOST};
use serde_json::json;

const OLLAMA: &str = "http://127.0.0.1:18181";
const OPENAI: &str = "http://127.0.0.1:18182/v1";

/// Checks the page as it stands in light and in dark mode; returns every
/// violation found, named by `state` and the mode.
async fn audit(page: &Page, state: &str) -> Vec<String> {
    let mut found = Vec::new();
    if page::browser() == page::Browser::Firefox {
        // Without DevTools to switch the colour scheme: Firefox checks the light one.
        return page.accessibility_violations(&format!("{state}, light")).await;
    }
    for scheme in ["light", "dark"] {
        page.cdp(
            "Emulation.setEmulatedMedia",
            json!({"features": [{"name": "prefers-color-scheme", "value": scheme}]}),
        )
        .await;
        found.extend(page.accessibility_violations(&format!("{state}, {scheme}")).await);
    }
    found
}

/// Imports a one-question set into the open evaluation panel.
async fn import_one_question(page: &Page) {
    let set = temp_dir("minions-a11y").join("set.jsonl");
    std::fs::write(&set, r#"{"id": "first", "question": "What is the answer?", "answer": "42", "match": "number"}"#)
        .expect("written");
    page.hook("eval-import").await.send_keys(&set.display().to_string()).await.expect("file chosen");
    page.wait_for("[data-testid=eval-question]", Duration::from_secs(10)).await;
}

#[tokio::test]
#[ignore = "needs the built page, chromedriver and the model doubles: run by scripts/test.sh"]
async fn the_main_states_have_no_serious_accessibility_violation_in_light_or_dark_mode() {
    let page = Page::open().await;
    let mut violations = audit(&page, "empty").await;

    page.configure("ollama", OLLAMA, &unique("slow"), OPENAI, &unique("gpt-4o-a11y"), "test-key").await;
    page.add_document("Memo one.\n\nANSWER: 42\n\nNothing else of note.").await;
    violations.extend(audit(&page, "documents loaded").await);

    page.run("What is the answer?", "minions").await;
    page.wait_for("[data-testid=job-cell][data-state=running]", Duration::from_secs(20)).await;
    violations.extend(audit(&page, "a run going").await);
    assert_eq!(page.finished(Duration::from_secs(60)).await, "done");
    violations.extend(audit(&page, "a run done").await);

    page.click("settings-open").await;
    page.hook("worker-provider").await;
    violations.extend(audit(&page, "settings open").await);
    page.click("settings-open").await;

    page.click("eval-open").await;
    import_one_question(&page).await;
    for (protocol, on) in [("minion", false), ("minions", false), ("local", true), ("cloud", true)] {
        page.tick(protocol, on).await;
    }
    page.click("eval-run").await;
    page.wait_for("[data-testid=cloud-only-dialog]", Duration::from_secs(5)).await;
    violations.extend(audit(&page, "a dialog open").await);
    page.click("cloud-only-confirm").await;
    page.eval_status_becomes("done", Duration::from_secs(120)).await;
    page.wait_for("[data-testid=eval-row]", Duration::from_secs(5)).await;
    violations.extend(audit(&page, "the evaluation with results").await);

    page.screenshot("accessibility").await;
    assert!(violations.is_empty(), "{} violations:\n{}", violations.len(), violations.join("\n"));
    page.close().await;
}

/// Whether the page's colours are its dark ones (the body's background).
async fn dark_colours(page: &Page) -> bool {
    let luminance = page
        .client
        .execute(
            "const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\\d+/g).map(Number);
             return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;",
            vec![],
        )
        .await
        .expect("the body's colour");
    luminance.as_f64().unwrap_or(1.0) < 0.5
}

#[tokio::test]
#[ignore = "needs the built page, chromedriver and the model doubles: run by scripts/test.sh"]
async fn the_worker_consent_dialog_and_the_in_page_model_panel_have_no_serious_violation() {
    let page = Page::open().await;
    let address = format!("http://{ELSEWHERE_HOST}:18181");
    page.configure("ollama", &address, &unique("llama3.2-a11y"), OPENAI, &unique("gpt-4o-a11y"), "test-key").await;
    page.click("settings-open").await;
    page.reload_allowing(&address).await;
    page.click("settings-open").await;
    page.fill("supervisor-key", "test-key").await;
    page.click("settings-open").await;
    page.add_document("Memo one.\n\nANSWER: 42").await;
    page.run("What is the answer?", "minions").await;
    page.hook("worker-consent").await;
    let mut violations = audit(&page, "the worker consent dialog").await;
    page.click("worker-consent-cancel").await;
    assert_eq!(page.finished(Duration::from_secs(10)).await, "cancelled");

    page.click("settings-open").await;
    page.hook("worker-provider").await.select_by_value("tab").await.expect("the in-page provider");
    page.wait_for("[data-testid=tab-model-state][data-state=none]", Duration::from_secs(10)).await;
    violations.extend(audit(&page, "the in-page model panel").await);
    assert!(violations.is_empty(), "{} violations:\n{}", violations.len(), violations.join("\n"));
    page.close().await;
}

/// Firefox cannot switch the colour scheme of a running page, so its dark
/// mode gets a session of its own; Chromium's is audited above.
#[tokio::test]
#[ignore = "needs the built page, a WebDriver and the model doubles: run by scripts/test.sh"]
async fn dark_mode_in_a_browser_that_starts_dark_has_no_serious_violation() {
    let page = Page::open_dark().await;
    assert!(dark_colours(&page).await, "the page follows the browser's dark preference");
    let mut violations = page.accessibility_violations("empty, dark").await;
    page.configure("ollama", OLLAMA, &unique("llama3.2-dark"), OPENAI, &unique("gpt-4o-dark"), "test-key").await;
    page.add_document("Memo one.\n\nANSWER: 42\n\nNothing else of note.").await;
    page.run("What is the answer?", "minions").await;
    assert_eq!(page.finished(Duration::from_secs(60)).await, "done");
    violations.extend(page.accessibility_violations("a run done, dark").await);
    page.click("settings-open").await;
    page.hook("worker-provider").await;
    violations.extend(page.accessibility_violations("settings open, dark").await);
    assert!(violations.is_empty(), "{} violations:\n{}", violations.len(), violations.join("\n"));
    page.close().await;
}

#[tokio::test]
#[ignore = "needs the built page, chromedriver and the model doubles: run by scripts/test.sh"]
async fn a_keyboard_alone_adds_a_document_asks_and_reads_the_answer() {
    use fantoccini::key::Key;
    let page = Page::open().await;
    page.configure("ollama", OLLAMA, "llama3.2", OPENAI, &unique("gpt-4o-keys"), "test-key").await;
    page.client
        .execute("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);", vec![])
        .await
        .expect("blur");

    // In the order a reader meets them: the documents, then the question, then Run.
    let to_paste = page.tab_to("doc-paste", 40).await;
    assert!(page.focus_is_visible().await, "the focus shows on the paste box");
    page.press("Lease terms.\n\nANSWER: 42\n\nThe rest is boilerplate.").await;
    page.tab_to("doc-paste-add", 5).await;
    assert!(page.focus_is_visible().await, "the focus shows on the button");
    page.press(&page::key(Key::Enter)).await;
    page.wait_for("[data-testid=doc-item]", Duration::from_secs(10)).await;
    let to_question = page.tab_to("question", 40).await;
    page.press("What is the answer?").await;
    let to_run = page.tab_to("run", 10).await;
    assert!(page.focus_is_visible().await, "the focus shows on Run");
    assert!(!to_paste.contains(&"question".to_string()), "the documents come before the question: {to_paste:?}");
    assert!(!to_question.contains(&"doc-paste".to_string()), "{to_question:?}");
    assert!(to_run.len() <= 3, "Run is right after the question and the protocol: {to_run:?}");
    page.press(&page::key(Key::Enter)).await;
    assert_eq!(page.finished(Duration::from_secs(60)).await, "done");

    // The answer is announced where it appears, and its status too.
    let answer = page.hook("final-answer").await;
    assert_eq!(answer.attr("aria-live").await.ok().flatten().as_deref(), Some("polite"));
    assert_eq!(answer.text().await.unwrap_or_default(), "42");
    let status = page.client.find(fantoccini::Locator::Css("[role=status] [data-testid=run-status]")).await;
    assert!(status.is_ok(), "the run's status is a live region");
    page.close().await;
}

#[tokio::test]
#[ignore = "needs the built page, chromedriver and the model doubles: run by scripts/test.sh"]
async fn a_dialog_keeps_the_focus_inside_closes_on_escape_and_gives_the_focus_back() {
    use fantoccini::key::Key;
    let page = Page::open().await;
    page.configure("ollama", OLLAMA, "llama3.2", OPENAI, &unique("gpt-4o-dialog"), "test-key").await;
    page.add_document("Memo one.\n\nANSWER: 42").await;
    page.click("eval-open").await;
    import_one_question(&page).await;
    page.tick("cloud", true).await;
    page.hook("eval-run").await.send_keys(&page::key(Key::Enter)).await.expect("Enter on Run");
    page.wait_for("[data-testid=cloud-only-dialog]", Duration::from_secs(5)).await;
    assert_eq!(page.focused().await, "eval-confirm-cancel", "the safe answer has the focus");
    let inside = "return !!document.activeElement.closest('[data-testid=cloud-only-dialog]')";
    for _ in 0..6 {
        page.press(&page::key(Key::Tab)).await;
        let within = page.client.execute(inside, vec![]).await.expect("script runs");
        assert_eq!(within, serde_json::Value::Bool(true), "Tab stays inside the dialog");
    }
    page.press(&page::key(Key::Escape)).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(page.all("cloud-only-dialog").await.is_empty(), "Escape closed it");
    assert_eq!(page.focused().await, "eval-run", "the focus is back on the button that opened it");
    assert_eq!(page.text("eval-status").await, "idle", "Escape sent nothing");
    page.close().await;
}
