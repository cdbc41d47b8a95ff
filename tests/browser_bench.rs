//! In-page measurements for BENCHMARKS.md (run by `scripts/bench.sh`, not by
//! the test script): chunking 100 MB of text in headless Chromium, and the
//! other whole-text passes a run makes when it starts. The
//! figures are printed; nothing here asserts a time.
#![cfg(target_arch = "wasm32")]

use minions_engine::chunking::{chunk_documents, ChunkUnit, Chunking};
use minions_engine::documents::{Document, DocumentKind};
use minions_engine::egress::LeakIndex;
use minions_engine::tokens::estimate_tokens;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Runs a future whose pauses are always ready (no executor needed).
fn finish<T>(future: impl std::future::Future<Output = T>) -> T {
    let mut future = std::pin::pin!(future);
    let mut context = std::task::Context::from_waker(std::task::Waker::noop());
    loop {
        if let std::task::Poll::Ready(value) = future.as_mut().poll(&mut context) {
            return value;
        }
    }
}

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or_else(js_sys::Date::now)
}

/// About `bytes` of English-like text with paragraphs and page breaks.
fn text(bytes: usize) -> String {
    const WORDS: [&str; 12] =
        ["the", "contract", "payment", "shall", "be", "made", "within", "thirty", "days", "of", "invoice", "annually"];
    let mut out = String::with_capacity(bytes + 16);
    let mut seed: u32 = 0x9E37_79B9;
    let mut since_page = 0;
    while out.len() < bytes {
        seed ^= seed << 13;
        seed ^= seed >> 17;
        seed ^= seed << 5;
        out.push_str(WORDS[(seed % 12) as usize]);
        since_page += 8;
        out.push_str(match seed % 50 {
            0..=3 => ". ",
            4 => ".\n\n",
            _ => " ",
        });
        if since_page > 3_000 {
            out.push('\u{c}');
            since_page = 0;
        }
    }
    out
}

#[wasm_bindgen_test]
fn chunking_100_mb_in_the_page() {
    let documents = vec![Document::new("big.txt", DocumentKind::Text, text(100_000_000))];
    let megabytes = documents[0].text.len() as f64 / 1e6;
    for (label, chunking) in [
        ("chars 3000/200", Chunking { unit: ChunkUnit::Chars, size: 3_000, overlap: 200 }),
        ("pages", Chunking { unit: ChunkUnit::Pages, size: 1, overlap: 0 }),
        ("paragraphs 3000/1", Chunking { unit: ChunkUnit::Paragraphs, size: 3_000, overlap: 1 }),
    ] {
        let start = now();
        let chunks = chunk_documents(&documents, &chunking, 12_000).len();
        let seconds = (now() - start) / 1000.0;
        console_log!(
            "BENCH chunking | {label} | {megabytes:.0} MB | {seconds:.2} s | {:.0} MB/s | {chunks} chunks",
            megabytes / seconds
        );
    }
    // A run also builds the egress gate's index of document text and counts
    // the documents' tokens; it does both a slice at a time, so what matters
    // for the page is the longest stretch between two pauses.
    let longest = std::cell::Cell::new(0.0f64);
    let last = std::cell::Cell::new(now());
    let pause = || {
        let at = now();
        longest.set(longest.get().max(at - last.get()));
        last.set(at);
        std::future::ready(())
    };
    let start = now();
    let index = finish(LeakIndex::build(&documents, pause));
    let seconds = (now() - start) / 1000.0;
    let probe = index.verbatim_chars(&[&documents[0].text[..1_000]]);
    console_log!(
        "BENCH chunking | leak index, in slices (run start) | {megabytes:.0} MB | {seconds:.2} s, longest slice {:.0} ms | {:.0} MB/s | {probe} of 1000 chars found",
        longest.get(),
        megabytes / seconds
    );
    longest.set(0.0);
    last.set(now());
    let start = now();
    let tokens = finish(documents[0].count_tokens(pause));
    let seconds = (now() - start) / 1000.0;
    console_log!(
        "BENCH chunking | token count, in slices (run start) | {megabytes:.0} MB | {seconds:.2} s, longest slice {:.0} ms | {:.0} MB/s | {tokens} tokens",
        longest.get(),
        megabytes / seconds
    );
    let start = now();
    let tokens = estimate_tokens(&documents[0].text);
    let seconds = (now() - start) / 1000.0;
    console_log!(
        "BENCH chunking | token estimate | {megabytes:.0} MB | {seconds:.2} s | {:.0} MB/s | {tokens} tokens",
        megabytes / seconds
    );
}
