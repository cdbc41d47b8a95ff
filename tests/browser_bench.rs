//! In-page measurements for BENCHMARKS.md (run by `scripts/bench.sh`, not by
//! the test script): chunking 100 MB of text in headless Chromium. The
//! figures are printed; nothing here asserts a time.
#![cfg(target_arch = "wasm32")]

use minions_web::engine::chunking::{chunk_documents, ChunkUnit, Chunking};
use minions_web::engine::documents::{Document, DocumentKind};
use minions_web::engine::tokens::estimate_tokens;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

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
    let start = now();
    let tokens = estimate_tokens(&documents[0].text);
    let seconds = (now() - start) / 1000.0;
    console_log!(
        "BENCH chunking | token estimate | {megabytes:.0} MB | {seconds:.2} s | {:.0} MB/s | {tokens} tokens",
        megabytes / seconds
    );
}
