//! The loaders on the real files in `tests/fixtures/files` (made by
//! `scripts/make-fixtures.py` with reportlab, pypdf and python-docx): what
//! each gives, and the sentence each broken file gets. PDFs are read by
//! pdf.js in the page; `tests/e2e.rs` loads those fixtures.
#![cfg(not(target_arch = "wasm32"))]

use minions_engine::chunking::{chunk_documents, ChunkUnit, Chunking};
use minions_engine::documents::{Document, DocumentKind};
use minions_loaders::{load, DocxDamage, Encoding, LoadError, LoadWarning};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/../../tests/fixtures/files/{name}", env!("CARGO_MANIFEST_DIR"))).expect("a fixture")
}

#[test]
fn a_word_document_keeps_headings_lists_tables_and_pages() {
    let loaded = load("tenancy.docx", &fixture("tenancy.docx"), 200).expect("readable");
    assert_eq!(loaded.kind, DocumentKind::Docx);
    assert_eq!(
        loaded.text,
        "# Tenancy summary\n\nThe rent is 1,850 EUR, due on the first of each month.\n\n\
- Deposit held by the agency\n- Pets allowed with consent\nItem | Cost\nBoiler service | 900\n\n\
\u{c}## Second page\n\nANSWER: 42"
    );
    assert_eq!(Document::new("t", loaded.kind, loaded.text).page_count(), 2);
}

#[test]
fn a_web_page_gives_its_visible_text() {
    let loaded = load("page.html", &fixture("page.html"), 200).expect("readable");
    assert_eq!(
        loaded.text,
        "# Building notice\n\nThe lift is closed on Monday.\n\n- Use the stairs\n- Ask the caretaker\n\nFloor | Access\n3 | stairs\n\nANSWER: 42"
    );
}

#[test]
fn tables_and_records_reach_the_worker_whole_with_their_header() {
    let loaded = load("rows.csv", &fixture("rows.csv"), 200).expect("readable");
    let document = Document::new("rows.csv", loaded.kind, loaded.text);
    let chunks = chunk_documents(
        std::slice::from_ref(&document),
        &Chunking { unit: ChunkUnit::Chars, size: 300, overlap: 50 },
        300,
    );
    assert!(chunks.len() > 3);
    for chunk in &chunks {
        let excerpt = document.excerpt(chunk.span.clone());
        assert!(excerpt.starts_with("name,city,amount\n"), "{excerpt}");
        assert!(excerpt.lines().skip(1).all(|row| row.starts_with("person ") && row.contains("\"Lyon, France\"")));
    }
    let json = load("records.json", &fixture("records.json"), 200).expect("readable");
    assert_eq!(json.text.lines().count(), 41);
    assert_eq!(json.warnings, [LoadWarning::RecordsFrom { key: "rows".into() }]);
}

#[test]
fn each_broken_file_gets_its_own_sentence() {
    let cases: [(&str, LoadError); 3] = [
        ("empty.txt", LoadError::Empty),
        ("not-a-docx.docx", LoadError::CorruptDocx(DocxDamage::NoDocument)),
        ("tenancy.docx", LoadError::TooLarge { size_mb: 1, limit_mb: 0 }),
    ];
    for (name, expected) in cases {
        let limit = if matches!(expected, LoadError::TooLarge { .. }) { 0 } else { 200 };
        assert_eq!(load(name, &fixture(name), limit), Err(expected), "{name}");
    }
    let latin = load("invalid-utf8.txt", &fixture("invalid-utf8.txt"), 200).expect("read as Windows-1252");
    assert_eq!(latin.encoding, Some(Encoding::Windows1252));
    assert!(latin.text.starts_with("café crème, naïve"));
    assert_eq!(
        load("scan.png", b"\x89PNG....", 200).unwrap_err().to_string(),
        "Image files cannot be read; save it as PDF, Word (.docx), HTML or text"
    );
}
