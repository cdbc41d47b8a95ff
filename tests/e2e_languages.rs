//! End-to-end: the page in the reader's language. It starts in the
//! browser's language with English compiled in (no catalog fetched); the
//! `language` menu switches it, fetching only the chosen catalog; a run,
//! Settings and the evaluation then show no English message that the
//! language has its own words for; numbers and money are written the
//! language's way; `<html lang>` follows; the choice survives a reload;
//! and the cloud model is asked to answer in the question's language.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use fluent_syntax::ast;

#[path = "support/page.rs"]
mod page;
use page::{recorded_at, unique, Page};

const OLLAMA: &str = "http://127.0.0.1:18181";
const OPENAI: &str = "http://127.0.0.1:18182/v1";

/// Every message of `lang` without variables, by key (the ones whose whole
/// text can be looked for in the page).
fn plain_messages(lang: &str) -> BTreeMap<String, String> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("locales").join(lang);
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(dir).expect("the catalog").flatten() {
        let source = std::fs::read_to_string(entry.path()).expect("a catalog file");
        let resource = fluent_syntax::parser::parse(source.as_str()).expect("catalogs parse (tests/catalogs.rs)");
        for entry in resource.body {
            let ast::Entry::Message(message) = entry else { continue };
            let Some(pattern) = message.value else { continue };
            let mut text = String::new();
            let mut plain = true;
            for element in &pattern.elements {
                match element {
                    ast::PatternElement::TextElement { value } => text.push_str(value),
                    ast::PatternElement::Placeable { .. } => plain = false,
                }
            }
            if plain {
                out.insert(message.id.name.to_string(), text.split_whitespace().collect::<Vec<_>>().join(" "));
            }
        }
    }
    out
}

impl Page {
    async fn language(&self) -> String {
        self.client
            .execute("return document.documentElement.lang;", vec![])
            .await
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    }

    async fn choose_language(&self, tag: &str, settings_label: &str) {
        self.hook("language").await.select_by_value(tag).await.expect("a language");
        let start = Instant::now();
        while self.text("settings-open").await != settings_label {
            assert!(start.elapsed() < Duration::from_secs(10), "the page never switched to {tag}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        assert_eq!(self.language().await, tag, "<html lang> follows");
    }

    /// The catalogs the page has fetched so far (their paths under `locales/`).
    async fn fetched_catalogs(&self) -> Vec<String> {
        let names = self
            .client
            .execute("return performance.getEntriesByType('resource').map(e => e.name);", vec![])
            .await
            .expect("resource timing");
        let mut catalogs: Vec<String> = names
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|n| n.as_str())
            .filter_map(|n| n.split("/locales/").nth(1))
            .map(|n| n.split('?').next().unwrap_or(n).to_string())
            .collect();
        catalogs.sort();
        catalogs.dedup();
        catalogs
    }

    /// Everything a person can read: the text, and the shown attributes.
    async fn readable(&self) -> String {
        let value = self
            .client
            .execute(
                "const shown = [...document.querySelectorAll('[title],[aria-label],[placeholder],[alt]')]
                   .flatMap(e => ['title', 'aria-label', 'placeholder', 'alt'].map(a => e.getAttribute(a)).filter(Boolean));
                 return document.body.innerText + '\\n' + shown.join('\\n');",
                vec![],
            )
            .await
            .expect("the page's text");
        value.as_str().unwrap_or_default().split_whitespace().collect::<Vec<_>>().join(" ")
    }

    async fn status_becomes(&self, state: &str, limit: Duration) {
        let start = Instant::now();
        loop {
            let class = self
                .client
                .execute("const s = document.querySelector('[data-testid=run-status]'); return s ? s.parentElement.className : '';", vec![])
                .await
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            if class.contains(&format!("status-{state}")) {
                return;
            }
            assert!(
                start.elapsed() < limit,
                "the run is not {state} after {limit:?} ({class}): {}",
                self.text("error").await
            );
            tokio::time::sleep(Duration::from_millis(150)).await;
        }
    }
}

/// English messages the page shows although `lang` has its own words for them.
fn english_left(readable: &str, lang: &str) -> Vec<String> {
    let english = plain_messages("en");
    let theirs = plain_messages(lang);
    english
        .iter()
        // Short words ("OK", "Minion") may be the same in both; look for sentences and phrases.
        .filter(|(key, text)| text.split(' ').count() >= 3 && theirs.get(*key).is_some_and(|t| t != *text))
        .filter(|(_, text)| readable.contains(text.as_str()))
        .map(|(key, text)| format!("{key}: {text}"))
        .collect()
}

#[tokio::test]
#[ignore = "needs the built page, a WebDriver and the model doubles: run by scripts/test.sh"]
async fn the_page_speaks_the_chosen_language_and_remembers_it() {
    let page = Page::open().await;
    assert_eq!(page.language().await, "en", "the browser asks for English");
    assert_eq!(page.text("settings-open").await, "Settings");
    assert!(page.fetched_catalogs().await.is_empty(), "English is compiled in");

    page.choose_language("de", "Einstellungen").await;
    let fetched = page.fetched_catalogs().await;
    assert!(!fetched.is_empty() && fetched.iter().all(|c| c.starts_with("de/")), "only German is fetched: {fetched:?}");

    let (worker, supervisor) = (unique("llama3.2-german"), unique("gpt-4o-german"));
    page.configure("ollama", OLLAMA, &worker, OPENAI, &supervisor, "test-key").await;
    page.add_document("Mietvertrag für die Wohnung in der Ulmenstraße.\n\nANSWER: 42\n\nUnterzeichnet im März.").await;
    page.run("Wie hoch ist die Antwort?", "minions").await;
    page.status_becomes("done", Duration::from_secs(60)).await;
    let status = page.text("run-status").await;
    assert_eq!(status, "fertig");
    let ratio = page.text("cost-ratio").await;
    let chars: Vec<char> = ratio.chars().collect();
    let decimal_comma = chars.windows(3).any(|w| w[0].is_ascii_digit() && w[1] == ',' && w[2].is_ascii_digit());
    assert!(decimal_comma, "figures the German way (32,5×, 0,0012 $): {ratio}");

    let left = english_left(&page.readable().await, "de");
    assert!(left.is_empty(), "English left after a run:\n{}", left.join("\n"));
    page.click("settings-open").await;
    page.hook("worker-url").await;
    let left = english_left(&page.readable().await, "de");
    assert!(left.is_empty(), "English left in Settings:\n{}", left.join("\n"));
    page.click("settings-open").await;
    page.click("eval-open").await;
    page.hook("eval-run").await;
    let left = english_left(&page.readable().await, "de");
    assert!(left.is_empty(), "English left in the evaluation:\n{}", left.join("\n"));
    page.click("eval-open").await;

    // The prompts stay English; the cloud model is asked to answer in the question's language.
    let bodies = recorded_at(18182, &supervisor).await;
    assert!(!bodies.is_empty());
    let synthesis =
        bodies.iter().map(|b| b.to_string()).find(|b| b.contains("Findings of round")).expect("a synthesis");
    assert!(synthesis.contains("Write the answer in the language the task is written in"), "{synthesis}");
    assert!(synthesis.contains("Wie hoch ist die Antwort?"));

    // Remembered across a reload; then Japanese, then English again.
    tokio::time::sleep(Duration::from_millis(300)).await;
    page.client.refresh().await.expect("reload");
    page.wait_for("[data-testid=run-status]", Duration::from_secs(20)).await;
    assert_eq!(page.text("settings-open").await, "Einstellungen");
    assert_eq!(page.language().await, "de");
    page.choose_language("ja", "設定").await;
    page.choose_language("en", "Settings").await;
    page.close().await;
}
