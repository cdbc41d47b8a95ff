//! Fuzzing the loaders and the chunkers with property tests: no input may
//! panic (in WebAssembly a panic kills the page). The test suite runs the
//! default case count; `scripts/bench.sh` runs them with
//! `PROPTEST_CASES=1000000` in release (`scripts/fuzz.sh`) and writes the executions to
//! BENCHMARKS.md.
#![cfg(not(target_arch = "wasm32"))]

use minions_engine::chunking::{chunk_documents, ChunkUnit, Chunking};
use minions_engine::documents::{Document, DocumentKind};
use minions_loaders::docx::docx_text;
use minions_loaders::html::visible_text;
use minions_loaders::tabular::{csv_records, json_records};
use minions_loaders::{load, pdf_pages};
use proptest::prelude::*;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/../../tests/fixtures/files/{name}", env!("CARGO_MANIFEST_DIR"))).expect("a fixture")
}

/// A real file with a few bytes changed, cut or inserted.
fn mutated(original: Vec<u8>) -> impl Strategy<Value = Vec<u8>> {
    let len = original.len();
    (prop::collection::vec((0..len.max(1), any::<u8>()), 1..8), 0..=len, prop::collection::vec(any::<u8>(), 0..16))
        .prop_map(move |(changes, cut, inserted)| {
            let mut bytes = original.clone();
            for (at, value) in changes {
                if let Some(b) = bytes.get_mut(at) {
                    *b = value;
                }
            }
            bytes.truncate(cut.max(1));
            bytes.extend(inserted);
            bytes
        })
}

const MARKUP: &str = r#"(<(/?)(p|div|script|style|li|td|tr|h1|pre|br|b|span)( hidden| style="display:none"| aria-hidden="true")?(/)?>|&amp;|&#x41;|&nbsp;|[a-z ]{0,6}|<!--|-->|\n){0,40}"#;

proptest! {
    #[test]
    fn html_of_any_shape_gives_text_without_panicking(html in prop_oneof![any::<String>(), MARKUP.prop_map(String::from)]) {
        let text = visible_text(&html);
        prop_assert!(!text.contains("<script"));
    }

    #[test]
    fn any_bytes_as_a_word_document_are_read_or_refused(bytes in prop_oneof![
        prop::collection::vec(any::<u8>(), 0..400),
        mutated(fixture("tenancy.docx")),
    ]) {
        let _ = docx_text(&bytes);
    }

    #[test]
    fn csv_and_json_of_any_shape_become_lines(text in prop_oneof![any::<String>(), r#"([a-z0-9]{0,4}|,|"|\n|\r|\t|\[|\]|\{|\}|:){0,60}"#.prop_map(String::from)]) {
        let (csv, _) = csv_records(&text, false);
        let (tsv, _) = csv_records(&text, true);
        let (json, _) = json_records(&text);
        for (kind, lines) in [(DocumentKind::Csv, csv), (DocumentKind::Csv, tsv), (DocumentKind::Json, json)] {
            let document = Document::new("t", kind, lines);
            for unit in [ChunkUnit::Chars, ChunkUnit::Pages, ChunkUnit::Paragraphs] {
                for chunk in chunk_documents(std::slice::from_ref(&document), &Chunking { unit, size: 7, overlap: 3 }, 7) {
                    let _ = document.excerpt(chunk.span);
                }
            }
        }
    }

    #[test]
    fn any_file_name_and_bytes_load_or_get_a_sentence(
        name in "[a-z]{1,6}\\.(txt|md|html|htm|docx|csv|tsv|json|jsonl|pdf|doc|png|bin)",
        bytes in prop::collection::vec(any::<u8>(), 0..300),
    ) {
        if let Err(error) = load(&name, &bytes, 1) {
            prop_assert!(!error.to_string().is_empty());
        }
    }

    #[test]
    fn any_pdf_page_texts_are_joined_or_called_a_scan(pages in prop::collection::vec(any::<String>(), 0..6)) {
        if let Ok(loaded) = pdf_pages(&pages) {
            prop_assert_eq!(Document::new("p.pdf", loaded.kind, loaded.text).page_count(), pages.len().max(1) + pages.iter().map(|p| p.trim_end().matches('\u{c}').count()).sum::<usize>());
        }
    }
}
