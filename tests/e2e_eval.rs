//! End-to-end tests of "Evaluate": the release build driven through
//! ChromeDriver against the model doubles and the real llama.cpp server, as
//! `tests/e2e.rs` does (same servers, same hooks). Ignored by a plain
//! `cargo test`; `scripts/test.sh` runs them with `--ignored`.
//!
//! The doubles make the outcomes known: the local model and the Minion and
//! MinionS supervisors report the first line marked `ANSWER:` they read, the
//! cloud-only double the last one, and the judge double calls a reply
//! correct when it contains the expected answer.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::time::Duration;

use fantoccini::Locator;
use serde_json::Value;

#[path = "support/page.rs"]
mod page;
use page::{recorded_at, temp_dir, unique, Page};

const OLLAMA: &str = "http://127.0.0.1:18181";
const OPENAI: &str = "http://127.0.0.1:18182/v1";

/// Six good questions over two pasted documents ("Pasted text 1" says 42,
/// "Pasted text 2" says 7), and two bad lines (3 and 8).
const MEMO_ONE: &str = "Memo one.\n\nANSWER: 42\n\nNothing else of note.";
const MEMO_TWO: &str = "Memo two.\n\nANSWER: 7\n\nThe end.";

const SET: &str = r#"{"id": "first", "question": "What is the answer?", "answer": "42", "match": "number"}
{"id": "second", "question": "What is the other answer?", "answer": "7", "match": "number"}
{"id": "broken", "question": "Unclosed?", "answer": "x"
{"id": "judged", "question": "What does the line marked ANSWER say?", "answer": "42", "match": "judge"}
{"id": "words", "question": "Say the answer in words.", "answer": "forty-two", "match": "exact"}
{"id": "named", "question": "What does the second text say?", "answer": "7", "match": "number", "documents": ["Pasted text 2"]}
{"id": "elsewhere", "question": "What does the lost file say?", "answer": "3", "match": "number", "documents": ["lost.pdf"]}
{"id": "bad-number", "question": "How much?", "answer": "a lot", "match": "number"}
"#;

/// Whether each protocol gets each question right: `minion`, `minions`,
/// `local` find 42, `cloud` finds 7; `named` only reads the text that says
/// 7; `elsewhere` names a document that is not loaded (not scored).
fn expected_outcomes() -> BTreeMap<(String, String), String> {
    let mut expected = BTreeMap::new();
    for protocol in ["minion", "minions", "local", "cloud"] {
        let finds_42 = protocol != "cloud";
        for (question, correct) in [
            ("first", finds_42.to_string()),
            ("second", (!finds_42).to_string()),
            ("judged", finds_42.to_string()),
            ("words", "false".to_string()),
            ("named", "true".to_string()),
            ("elsewhere", "unknown".to_string()),
        ] {
            expected.insert((question.to_string(), protocol.to_string()), correct);
        }
    }
    expected
}

fn temp_file(name: &str, content: &str) -> String {
    let path = temp_dir("minions-eval").join(name);
    std::fs::write(&path, content).expect("written");
    path.display().to_string()
}

async fn rows(page: &Page) -> BTreeMap<(String, String), String> {
    let mut found = BTreeMap::new();
    for row in page.all("eval-row").await {
        let attr = |name: &'static str| {
            let row = row.clone();
            async move { row.attr(name).await.ok().flatten().unwrap_or_default() }
        };
        found.insert((attr("data-question").await, attr("data-protocol").await), attr("data-correct").await);
    }
    found
}

/// Keeps the text of every file the page offers for download.
async fn capture_downloads(page: &Page) {
    page.client
        .execute(
            "window.__downloads = []; const make = URL.createObjectURL.bind(URL);
             URL.createObjectURL = (blob) => { blob.text().then((t) => window.__downloads.push(t)); return make(blob); };",
            vec![],
        )
        .await
        .expect("script runs");
}

async fn downloads(page: &Page, count: usize) -> Vec<String> {
    for _ in 0..50 {
        let found = page.client.execute("return window.__downloads", vec![]).await.expect("script runs");
        let texts: Vec<String> = serde_json::from_value(found).unwrap_or_default();
        if texts.len() >= count {
            return texts;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("fewer than {count} downloads");
}

#[tokio::test]
#[ignore = "needs the built page, chromedriver and the model doubles: run by scripts/test.sh"]
async fn known_outcomes_give_exact_accuracies_and_the_export_round_trips() {
    let page = Page::open().await;
    let supervisor = unique("gpt-4o-eval");
    page.configure("ollama", OLLAMA, "llama3.2", OPENAI, &supervisor, "test-key").await;
    page.add_document(MEMO_ONE).await;
    page.add_document(MEMO_TWO).await;
    page.click("eval-open").await;
    assert_eq!(page.text("eval-status").await, "idle");

    // Malformed lines are named; the others load.
    page.hook("eval-import").await.send_keys(&temp_file("set.jsonl", SET)).await.expect("file chosen");
    page.wait_for("[data-testid=eval-error]", Duration::from_secs(10)).await;
    let errors: Vec<String> = {
        let mut texts = Vec::new();
        for e in page.all("eval-error").await {
            texts.push(e.text().await.unwrap_or_default());
        }
        texts
    };
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(errors[0].starts_with("line 3: it is not valid JSON"), "{errors:?}");
    assert_eq!(errors[1], "line 8: match is number but the expected answer \"a lot\" has no number");
    assert_eq!(page.all("eval-question").await.len(), 6);

    // Cloud only does nothing until confirmed.
    for protocol in ["minion", "minions", "local", "cloud"] {
        page.tick(protocol, true).await;
    }
    page.click("eval-run").await;
    page.wait_for("[data-testid=cloud-only-dialog]", Duration::from_secs(5)).await;
    let dialog = page.text("cloud-only-dialog").await;
    for (name, memo) in [("Pasted text 1", MEMO_ONE), ("Pasted text 2", MEMO_TWO)] {
        assert!(dialog.contains(&format!("{name}: {} characters", memo.chars().count())), "{dialog}");
    }
    tokio::time::sleep(Duration::from_secs(1)).await;
    assert_eq!(page.text("eval-status").await, "idle");
    assert!(recorded_at(18182, &supervisor).await.is_empty(), "nothing went to the cloud before consent");
    assert!(page.all("eval-row").await.is_empty());
    page.click("cloud-only-confirm").await;
    page.eval_status_becomes("done", Duration::from_secs(180)).await;
    page.screenshot("evaluation-done").await;

    assert_eq!(rows(&page).await, expected_outcomes());
    let accuracy = page.per_protocol("eval-accuracy").await;
    let expected: BTreeMap<String, String> =
        [("minion", "60%"), ("minions", "60%"), ("local", "60%"), ("cloud", "40%")]
            .into_iter()
            .map(|(p, a)| (p.to_string(), a.to_string()))
            .collect();
    assert_eq!(accuracy, expected);
    let tokens = page.per_protocol("eval-cloud-tokens").await;
    assert_eq!(tokens["local"], "0", "local only sends nothing");
    for protocol in ["minion", "minions", "cloud"] {
        assert!(tokens[protocol].parse::<u64>().expect("a plain integer") > 0, "{tokens:?}");
    }
    // Only cloud-only requests carry the documents, and the audit says so.
    let sent = recorded_at(18182, &supervisor).await;
    let with_documents =
        sent.iter().filter(|body| body.to_string().contains("ANSWER: 7") && body.to_string().contains("ANSWER: 42"));
    assert_eq!(with_documents.count(), 4, "the four cloud-only runs over both documents");
    // The judge sees the question, the expected answer and the reply, never a document.
    let judged: Vec<String> =
        sent.iter().map(Value::to_string).filter(|body| body.contains("Reply to grade:")).collect();
    assert_eq!(judged.len(), 4, "one verdict per protocol on the judged question");
    assert!(judged.iter().all(|body| !body.contains("Memo one") && !body.contains("Memo two")));

    // The pictures: a point per protocol, a bar per row.
    let _ = page.client.execute("document.querySelector('[data-testid=eval-plot]').scrollIntoView()", vec![]).await;
    page.screenshot("evaluation-pictures").await;
    let plot = page.hook("eval-plot").await;
    assert_eq!(plot.find_all(Locator::Css("[data-testid=eval-point]")).await.expect("points").len(), 4);
    let bars = page.hook("eval-bars").await.find_all(Locator::Css("rect")).await.expect("bars");
    assert_eq!(bars.len(), 24, "six questions × four protocols");

    // Each row links to its run, shown in full even though another run was on screen.
    page.client
        .find(Locator::Css(
            "[data-testid=eval-row][data-protocol=cloud][data-question=second] [data-testid=eval-open-run]",
        ))
        .await
        .expect("a link")
        .click()
        .await
        .expect("opens");
    assert_eq!(page.text("final-answer").await, "7");
    let mut changes = Vec::new();
    for change in page.all("audit-change").await {
        changes.push(change.prop("textContent").await.ok().flatten().unwrap_or_default());
    }
    assert!(changes.iter().any(|c| c.trim().starts_with("Cloud only: 2 document(s)")), "{changes:?}");

    // Those runs live with the evaluation, not in the History list, until deleted.
    assert!(page.all("history-item").await.is_empty());
    assert!(page.text("history-eval-runs").await.starts_with("20 runs of evaluations"));

    // The export reads back through the import.
    capture_downloads(&page).await;
    page.click("eval-export").await;
    let exported = downloads(&page, 1).await.remove(0);
    let json: Value = serde_json::from_str(&exported).expect("json");
    assert_eq!(json["rows"].as_array().map(Vec::len), Some(24));
    page.click("eval-export-csv").await;
    page.click("eval-export-set").await;
    let files = downloads(&page, 3).await;
    let csv = &files[1];
    assert!(csv.starts_with("question_id,protocol,correct,reply,cloud_tokens,local_tokens,dollars,seconds\n"));
    assert_eq!(csv.lines().count(), 25);
    assert!(csv.contains("\nsecond,cloud,true,7,"), "{csv}");
    let set = &files[2];
    assert_eq!(set.lines().count(), 6, "the question set, as JSON Lines");

    // Deleting the evaluation's runs takes their links away; the rows stay.
    page.click("history-forget-eval").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(page.all("eval-open-run").await.is_empty());
    assert!(page.all("history-eval-runs").await.is_empty());
    assert_eq!(page.all("eval-row").await.len(), 24);
    page.close().await;

    let fresh = Page::open().await;
    fresh.click("eval-open").await;
    fresh.hook("eval-import").await.send_keys(&temp_file("evaluation.json", &exported)).await.expect("file chosen");
    fresh.wait_for("[data-testid=eval-row]", Duration::from_secs(10)).await;
    assert_eq!(rows(&fresh).await, expected_outcomes());
    assert_eq!(fresh.per_protocol("eval-accuracy").await, expected);
    assert_eq!(fresh.per_protocol("eval-cloud-tokens").await, tokens);
    assert_eq!(fresh.all("eval-question").await.len(), 6);
    assert!(fresh.all("eval-open-run").await.is_empty(), "this browser has none of those runs");
    fresh.close().await;
}

#[tokio::test]
#[ignore = "needs the built page, chromedriver and the model doubles: run by scripts/test.sh"]
async fn cancel_keeps_finished_rows_and_a_reload_keeps_the_results() {
    let page = Page::open().await;
    let worker = unique("slow");
    page.configure("ollama", OLLAMA, &worker, OPENAI, &unique("gpt-4o-eval"), "test-key").await;
    page.click("eval-open").await;
    page.click("eval-run").await;
    page.eval_status_becomes("failed", Duration::from_secs(5)).await;
    assert!(page.text("eval-message").await.starts_with("Add questions first"));

    page.click("eval-sample").await;
    // The sample document is fetched and read like any file: on a busy machine it takes a while.
    page.wait_for("[data-testid=doc-item]", Duration::from_secs(20)).await;
    assert_eq!(page.all("eval-question").await.len(), 8);
    for (protocol, on) in [("minion", false), ("minions", false), ("local", true), ("cloud", false)] {
        page.tick(protocol, on).await;
    }
    page.click("eval-run").await;
    page.wait_for("[data-testid=eval-row]", Duration::from_secs(30)).await;
    page.click("eval-cancel").await;
    page.eval_status_becomes("cancelled", Duration::from_secs(10)).await;
    let kept = rows(&page).await;
    assert!(!kept.is_empty() && kept.len() < 8, "{kept:?}");
    let requests = recorded_at(18181, &worker).await.len();
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert_eq!(recorded_at(18181, &worker).await.len(), requests, "nothing starts after cancel");
    assert_eq!(rows(&page).await, kept, "finished rows stay");

    page.client.refresh().await.expect("reload");
    page.wait_for("[data-testid=run-status]", Duration::from_secs(20)).await;
    page.click("eval-open").await;
    assert_eq!(page.text("eval-status").await, "cancelled");
    assert_eq!(rows(&page).await, kept, "a reload keeps the results");

    // Questions written in the page follow the import's rules.
    page.click("eval-write").await;
    page.fill("eval-new-question", "How many volunteers?").await;
    page.fill("eval-new-answer", "86").await;
    page.hook("eval-new-match").await.select_by_value("number").await.expect("a rule");
    page.click("eval-add").await;
    assert_eq!(page.all("eval-question").await.len(), 9);
    page.fill("eval-new-question", "How many books?").await;
    page.fill("eval-new-answer", "many").await;
    page.click("eval-add").await;
    assert_eq!(
        page.text("eval-add-error").await,
        "This question cannot be added: match is number but the expected answer \"many\" has no number."
    );
    assert_eq!(page.all("eval-question").await.len(), 9);

    // A set that reuses an id shows its own question, not the old one.
    let reused = r#"{"id": "visits", "question": "How many visits in October?", "answer": "5,102", "match": "number"}"#;
    page.hook("eval-import").await.send_keys(&temp_file("reused.jsonl", reused)).await.expect("file chosen");
    tokio::time::sleep(Duration::from_millis(500)).await;
    let listed = page.all("eval-question").await;
    assert_eq!(listed.len(), 1);
    assert!(listed[0].text().await.unwrap_or_default().contains("How many visits in October?"));

    // Documents that must stay turn cloud only off.
    page.click("settings-open").await;
    page.click("privacy-never-leave").await;
    page.click("settings-open").await;
    let cloud = page.client.find(Locator::Css("[data-testid=eval-protocol][value=cloud]")).await.expect("a checkbox");
    assert!(cloud.attr("disabled").await.ok().flatten().is_some());
    assert!(page.text("eval-cloud-off").await.contains("never leave"));
    page.close().await;
}

#[tokio::test]
#[ignore = "needs the built page, chromedriver and the real llama.cpp server: run by scripts/test.sh"]
async fn an_evaluation_against_the_real_model_server_completes() {
    let page = Page::open().await;
    page.configure_small_real_model("http://127.0.0.1:18080/v1").await;
    page.add_document("Invoice 2291. Total due: 1,740 EUR, payable within 30 days.").await;
    page.click("eval-open").await;
    let set = r#"{"id": "total", "question": "What is the total due?", "answer": "1,740 EUR", "match": "number"}
{"id": "days", "question": "Within how many days is it payable?", "answer": "30", "match": "number"}"#;
    page.hook("eval-import").await.send_keys(&temp_file("real.jsonl", set)).await.expect("file chosen");
    page.wait_for("[data-testid=eval-question]", Duration::from_secs(10)).await;
    for (protocol, on) in [("minion", true), ("minions", false), ("local", true), ("cloud", false)] {
        page.tick(protocol, on).await;
    }
    page.click("eval-run").await;
    page.eval_status_becomes("done", Duration::from_secs(600)).await;
    page.screenshot("evaluation-real-model").await;
    // A 135M model may answer wrongly, but the reply contract makes every
    // run end with an answer; each row gets a verdict and real usage figures.
    let rows = rows(&page).await;
    assert_eq!(rows.len(), 4, "{rows:?}");
    assert!(rows.values().all(|c| c == "true" || c == "false"), "{rows:?}");
    for row in page.all("eval-row").await {
        let failed = row.attr("data-failed").await.ok().flatten().unwrap_or_default();
        let reply = row.text().await.unwrap_or_default();
        assert_eq!(failed, "false", "every run ended done: {reply}");
    }
    let tokens = page.per_protocol("eval-cloud-tokens").await;
    assert_eq!(tokens["local"], "0");
    assert!(tokens["minion"].parse::<u64>().expect("a plain integer") > 0, "the server's usage arrived: {tokens:?}");
    assert_eq!(page.all("eval-accuracy").await.len(), 2);
    page.close().await;
}
