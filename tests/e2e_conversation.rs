//! End-to-end: the page is a conversation. A follow-up's cloud requests
//! carry the first question and answer (never document text) and its jobs
//! come from the first turn's findings; New conversation forgets; a reload
//! keeps the conversation; History reopens one to continue it.
#![cfg(not(target_arch = "wasm32"))]

use std::time::Duration;

#[path = "support/page.rs"]
mod page;
use page::{recorded_at, unique, Page};

const OLLAMA: &str = "http://127.0.0.1:18181";
const OPENAI: &str = "http://127.0.0.1:18182/v1";
/// A sentence of the document that no worker report repeats.
const WINDOW: &str = "The landlord keeps the boiler in working order";

fn document() -> String {
    format!("Lease for the flat on Elm Street.\n\n{WINDOW} and pays for its yearly service.\n\nANSWER: 42\n\nSigned in March.")
}

/// Every message text of the requests the OpenAI double received for `model`.
async fn cloud_texts(model: &str) -> Vec<String> {
    recorded_at(18182, model)
        .await
        .iter()
        .map(|body| {
            body["messages"]
                .as_array()
                .map(|m| m.iter().filter_map(|m| m["content"].as_str()).collect::<Vec<_>>().join("\n"))
                .unwrap_or_default()
        })
        .collect()
}

impl Page {
    async fn turns(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for turn in self.all("turn").await {
            let status = turn.attr("data-status").await.ok().flatten().unwrap_or_default();
            let answer = turn.find(fantoccini::Locator::Css("[data-testid=turn-answer]")).await.expect("an answer");
            out.push((status, answer.text().await.unwrap_or_default()));
        }
        out
    }

    async fn wait_gone(&self, css: &str, limit: Duration) {
        let start = std::time::Instant::now();
        while !self.client.find_all(fantoccini::Locator::Css(css)).await.unwrap_or_default().is_empty() {
            assert!(start.elapsed() < limit, "{css} is still there after {limit:?}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    async fn ask(&self, question: &str, protocol: &str) {
        self.run(question, protocol).await;
        assert_eq!(self.finished(Duration::from_secs(60)).await, "done", "{}", self.text("error").await);
    }
}

#[tokio::test]
#[ignore = "needs the built page, chromedriver and the model doubles: run by scripts/test.sh"]
async fn a_follow_up_hears_the_first_question_and_its_jobs_are_not_sent_again() {
    let page = Page::open().await;
    let (worker, supervisor) = (unique("llama3.2-conversation"), unique("gpt-4o-conversation"));
    page.configure("ollama", OLLAMA, &worker, OPENAI, &supervisor, "test-key").await;
    page.add_document(&document()).await;
    page.ask("What is the answer?", "minions").await;
    let first_turn_cloud = cloud_texts(&supervisor).await.len();
    let first_turn_jobs = recorded_at(18181, &worker).await.len();
    assert!(first_turn_jobs > 0);

    page.ask("And how does that compare with last year?", "minions").await;
    let turns = page.turns().await;
    assert_eq!(turns.len(), 2, "{turns:?}");
    assert!(turns.iter().all(|(status, answer)| status == "done" && answer.contains("42")), "{turns:?}");
    let cloud = cloud_texts(&supervisor).await;
    let follow_up = &cloud[first_turn_cloud];
    assert!(follow_up.contains("Question 1: What is the answer?"), "{follow_up}");
    assert!(follow_up.contains("Your answer: 42"), "{follow_up}");
    assert!(follow_up.contains("Findings this conversation already holds"), "{follow_up}");
    assert!(cloud.iter().all(|text| !text.contains(WINDOW)), "no document window in any cloud body");
    assert_eq!(recorded_at(18181, &worker).await.len(), first_turn_jobs, "the follow-up sent no job to the worker");
    let cells = page.all("job-cell").await;
    assert!(!cells.is_empty());
    for cell in cells {
        assert_eq!(cell.attr("data-state").await.ok().flatten().as_deref(), Some("reused"));
    }
    // The latest turn keeps the usual panels; its audit lists what went.
    assert!(page.text("final-answer").await.contains("42"));
    assert_eq!(page.all("audit-entry").await.len(), 2, "a plan and a synthesis; no job left the device");
    page.screenshot("conversation-follow-up").await;

    // Minion next, in the same conversation: the supervisor history carries over.
    page.ask("Who signs it?", "minion").await;
    let cloud = cloud_texts(&supervisor).await;
    let opening = cloud.iter().rev().find(|text| text.contains("Write your first question")).expect("an opening");
    assert!(opening.contains("Question 2: And how does that compare with last year?"), "{opening}");
    assert_eq!(page.turns().await.len(), 3);
    page.close().await;
}

#[tokio::test]
#[ignore = "needs the built page, chromedriver and the model doubles: run by scripts/test.sh"]
async fn new_conversation_forgets_a_reload_keeps_it_and_history_reopens_it() {
    let page = Page::open().await;
    let (worker, supervisor) = (unique("llama3.2-reopen"), unique("gpt-4o-reopen"));
    page.configure("ollama", OLLAMA, &worker, OPENAI, &supervisor, "test-key").await;
    page.add_document(&document()).await;
    page.ask("What is the answer?", "minion").await;
    page.ask("Is it the final figure?", "minion").await;
    assert_eq!(page.turns().await.len(), 2);

    // Storage writes are asynchronous; give them a moment before reloading.
    tokio::time::sleep(Duration::from_millis(500)).await;
    page.client.refresh().await.expect("reload");
    page.wait_for("[data-testid=turn]", Duration::from_secs(10)).await;
    let turns = page.turns().await;
    assert_eq!(turns.len(), 2, "the conversation survives a reload: {turns:?}");
    assert!(page.text("final-answer").await.contains("42"), "its latest turn is shown");
    assert_eq!(page.all("history-item").await.len(), 1);
    assert!(page.text("history-item").await.contains("2 questions"));

    // It goes on after the reload: the worker's chat and the cloud's history
    // with it (the key stayed in memory only, so it is given again).
    page.wait_for("[data-testid=doc-item]", Duration::from_secs(10)).await;
    page.click("settings-open").await;
    page.fill("supervisor-key", "test-key").await;
    page.click("settings-open").await;
    let before = cloud_texts(&supervisor).await.len();
    page.ask("And when was it signed?", "minion").await;
    let opening = cloud_texts(&supervisor).await[before].clone();
    assert!(opening.contains("Question 2: Is it the final figure?"), "{opening}");
    assert_eq!(page.turns().await.len(), 3);

    // New conversation forgets.
    page.click("conversation-new").await;
    assert!(page.all("turn").await.is_empty());
    let before = cloud_texts(&supervisor).await.len();
    page.ask("What is the answer?", "minion").await;
    let opening = cloud_texts(&supervisor).await[before].clone();
    assert!(!opening.contains("Question 1:"), "a new conversation starts with no history: {opening}");
    assert_eq!(page.turns().await.len(), 1);
    assert_eq!(page.all("history-item").await.len(), 2);

    // History reopens the first conversation and continues it.
    let items = page.all("history-item").await;
    let older = items.last().expect("the older conversation");
    assert!(older.text().await.unwrap_or_default().contains("3 questions"));
    older
        .find(fantoccini::Locator::Css("[data-testid=history-open]"))
        .await
        .expect("open")
        .click()
        .await
        .expect("click");
    page.wait_for("[data-testid=turn]:nth-of-type(3)", Duration::from_secs(10)).await;
    assert_eq!(page.turns().await.len(), 3);
    let before = cloud_texts(&supervisor).await.len();
    page.ask("Anything else?", "minion").await;
    let opening = cloud_texts(&supervisor).await[before].clone();
    assert!(opening.contains("Question 3: And when was it signed?"), "{opening}");
    assert_eq!(page.turns().await.len(), 4);
    assert!(page.text("run-follow-up").await.contains("the 3 earlier questions"));
    page.screenshot("conversation-reopened").await;

    // Deleting the open conversation forgets it, here and in storage.
    let items = page.all("history-item").await;
    let open = items.first().expect("the open conversation is the newest");
    assert!(open.text().await.unwrap_or_default().contains("4 questions"));
    open.find(fantoccini::Locator::Css("[data-testid=history-delete]"))
        .await
        .expect("delete")
        .click()
        .await
        .expect("click");
    page.wait_gone("[data-testid=turn]", Duration::from_secs(5)).await;
    assert_eq!(page.all("history-item").await.len(), 1);
    tokio::time::sleep(Duration::from_millis(500)).await;
    page.client.refresh().await.expect("reload");
    page.wait_for("[data-testid=history-item]", Duration::from_secs(10)).await;
    assert_eq!(page.all("history-item").await.len(), 1, "the deletion is stored");
    assert!(page.all("turn").await.is_empty(), "the deleted conversation does not come back");
    page.close().await;
}

/// What the page keeps of a conversation (its exports are checked on the
/// host, in `web::conversation`) holds neither the key nor, with "keep
/// documents" off, the documents' text.
#[tokio::test]
#[ignore = "needs the built page, chromedriver and the model doubles: run by scripts/test.sh"]
async fn a_stored_conversation_holds_no_key_and_no_document_text() {
    let page = Page::open().await;
    let (worker, supervisor) = (unique("llama3.2-stored"), unique("gpt-4o-stored"));
    page.configure("ollama", OLLAMA, &worker, OPENAI, &supervisor, "test-key").await;
    page.click("settings-open").await;
    page.set_checked("keep-documents", false).await;
    page.click("settings-open").await;
    page.add_document(&document()).await;
    page.ask("What is the answer?", "minion").await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    let text = page.stored("conversations").await;
    assert!(text.contains("What is the answer?"), "the conversation is kept: {text}");
    assert!(!text.contains("test-key"));
    assert!(!text.contains(WINDOW), "the worker's chat is kept without the documents: {text}");
    page.close().await;
}
