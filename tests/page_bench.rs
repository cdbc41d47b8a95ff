//! In-page loading benchmarks (not tests: `scripts/bench.sh` runs them with
//! `--ignored --nocapture` and writes the figures to BENCHMARKS.md): files
//! of each format loaded through the file input of the release build in
//! headless Chromium, with the time to the document's appearance, the
//! longest main-thread task during the load (`PerformanceObserver`
//! "longtask"), and for 100 MB of text the peak page memory (WebAssembly
//! memory plus the JavaScript heap). For PDFs, pdf.js's text is compared
//! with poppler's `pdftotext` by word overlap (F1).
#![cfg(not(target_arch = "wasm32"))]

#[path = "support/page.rs"]
mod page;
use minions_testkit::text_overlap;

use std::io::Write;
use std::time::{Duration, Instant};

use page::Page;
use serde_json::json;
use text_overlap::word_f1;

/// Installed before the page's own scripts: the longest task, the wasm
/// memory, and the largest JS heap seen.
const PROBES: &str = r#"
window.__longest = 0;
window.__heapPeak = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
}).observe({ type: "longtask", buffered: true });
addEventListener("TrunkApplicationStarted", (event) => { window.__wasmMemory = event.detail.wasm.memory; });
setInterval(() => { window.__heapPeak = Math.max(window.__heapPeak, performance.memory.usedJSHeapSize); }, 20);
"#;

async fn probed_page() -> Page {
    let page = Page::open().await;
    page.cdp("Page.addScriptToEvaluateOnNewDocument", json!({"source": PROBES})).await;
    page.client.refresh().await.expect("reload with the probes");
    page.hook("doc-input").await;
    page
}

struct Measure {
    seconds: f64,
    longest_ms: f64,
    memory_bytes: f64,
}

async fn load_and_measure(page: &Page, path: &std::path::Path) -> Measure {
    let before = page.all("doc-item").await.len();
    page.client
        .execute("window.__longest = 0; window.__heapPeak = performance.memory.usedJSHeapSize;", vec![])
        .await
        .expect("reset");
    let start = Instant::now();
    page.hook("doc-input").await.send_keys(&path.display().to_string()).await.expect("file chosen");
    loop {
        if page.all("doc-item").await.len() > before {
            break;
        }
        assert!(page.all("doc-error").await.is_empty(), "the file was refused");
        assert!(start.elapsed() < Duration::from_secs(600), "still loading");
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    let seconds = start.elapsed().as_secs_f64();
    // Let the tasks that follow the first paint (statistics, storage) finish.
    tokio::time::sleep(Duration::from_millis(1_500)).await;
    let probes = page
        .client
        .execute(
            "return [window.__longest, (window.__wasmMemory ? window.__wasmMemory.buffer.byteLength : 0) + window.__heapPeak]",
            vec![],
        )
        .await
        .expect("probes");
    Measure {
        seconds,
        longest_ms: probes[0].as_f64().unwrap_or(-1.0),
        memory_bytes: probes[1].as_f64().unwrap_or(-1.0),
    }
}

/// The text of the newest stored document (documents are kept in IndexedDB).
async fn stored_text(page: &Page) -> String {
    let text = page
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             const open = indexedDB.open('minions-web');
             open.onsuccess = () => {
               const all = open.result.transaction('document_parts').objectStore('document_parts').getAll();
               all.onsuccess = () => done(all.result.map(bytes => new TextDecoder().decode(bytes)).join(''));
             };",
            vec![],
        )
        .await
        .expect("storage is readable");
    text.as_str().unwrap_or_default().to_string()
}

fn pdf_pages(path: &std::path::Path) -> usize {
    let out = std::process::Command::new("pdfinfo").arg(path).output().expect("pdfinfo (poppler-utils)");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:").map(|n| n.trim().parse().unwrap_or(0)))
        .unwrap_or(0)
}

fn pdftotext(path: &std::path::Path) -> String {
    let out = std::process::Command::new("pdftotext").arg(path).arg("-").output().expect("pdftotext (poppler-utils)");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn bench_dir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join("minions-page-bench");
    std::fs::create_dir_all(&dir).expect("a temp folder");
    dir
}

/// About `megabytes` of prose-like text with numbers that vary.
fn write_text(path: &std::path::Path, megabytes: usize) {
    let mut file = std::io::BufWriter::new(std::fs::File::create(path).expect("a file"));
    let mut written = 0;
    let mut i = 0u64;
    while written < megabytes * 1024 * 1024 {
        let line = format!(
            "Record {i}: the committee reviewed invoice {} for {} EUR and agreed that travel costs must fall by {}% next year.\n\n",
            i * 7919 % 100_000,
            i * 31 % 9_999,
            i % 40
        );
        file.write_all(line.as_bytes()).expect("written");
        written += line.len();
        i += 1;
    }
}

/// A CSV, an HTML page or a Word document of about `megabytes`.
fn write_format(path: &std::path::Path, megabytes: usize) {
    let target = megabytes * 1024 * 1024;
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
    let mut body = String::with_capacity(target + 4096);
    let mut i = 0u64;
    match ext {
        "csv" => body.push_str("id,name,city,amount,note\n"),
        "html" => body.push_str("<!doctype html><html><head><title>Report</title><style>p{}</style></head><body>"),
        _ => {}
    }
    while body.len() < target {
        let sentence = format!(
            "Invoice {} for {} EUR was approved by the committee in week {}.",
            i * 7919 % 100_000,
            i * 31 % 9_999,
            i % 52
        );
        match ext {
            "csv" => body.push_str(&format!("{i},person {i},\"Lyon, France\",{},{sentence}\n", i * 10)),
            "html" => body.push_str(&format!(
                "<h2>Item {i}</h2><p>{sentence} <b>Noted.</b></p><ul><li>one</li><li>two</li></ul>"
            )),
            _ => body.push_str(&format!("<w:p><w:r><w:t>{sentence}</w:t></w:r></w:p>")),
        }
        i += 1;
    }
    match ext {
        "csv" => std::fs::write(path, body).expect("written"),
        "html" => std::fs::write(path, body + "</body></html>").expect("written"),
        _ => {
            let xml = format!(
                r#"<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
            );
            let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
            zip.start_file("word/document.xml", zip::write::SimpleFileOptions::default()).expect("a part");
            zip.write_all(xml.as_bytes()).expect("written");
            std::fs::write(path, zip.finish().expect("a zip").into_inner()).expect("written");
        }
    }
}

#[tokio::test]
#[ignore = "a benchmark: run by scripts/bench.sh"]
async fn loading_benchmarks() {
    let dir = bench_dir();
    let mut rows = Vec::new();
    let page = probed_page().await;

    // PDFs: the real manuals under /usr/share/doc (scripts/bench.sh installs them) and a 500-page one made of two.
    let pdf_dir = std::env::var("BENCH_PDFS").unwrap_or_else(|_| dir.join("pdfs").display().to_string());
    let mut pdfs: Vec<std::path::PathBuf> = std::fs::read_dir(&pdf_dir)
        .map(|d| d.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "pdf")).collect())
        .unwrap_or_default();
    pdfs.sort();
    let mut quality = Vec::new();
    for pdf in &pdfs {
        let pages = pdf_pages(pdf);
        let bytes = std::fs::metadata(pdf).map(|m| m.len()).unwrap_or(0) as f64;
        let page_for_this = probed_page().await;
        let measure = load_and_measure(&page_for_this, pdf).await;
        let text = stored_text(&page_for_this).await;
        page_for_this.close().await;
        let f1 = word_f1(&text, &pdftotext(pdf));
        let name = pdf.file_name().and_then(|n| n.to_str()).unwrap_or("?").to_string();
        quality.push(format!(
            "| {name} | {pages} | {:.1} | {:.2} s | {:.0} pages/s | {:.0} ms | {:.3} |",
            bytes / 1e6,
            measure.seconds,
            pages as f64 / measure.seconds,
            measure.longest_ms,
            f1
        ));
    }

    // Other formats, made here at a known size.
    for (name, megabytes) in [("records-20MB.csv", 20usize), ("page-20MB.html", 20), ("report-5MB.docx", 5)] {
        let path = dir.join(name);
        if !path.exists() {
            write_format(&path, megabytes);
        }
        let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0) as f64 / (1024.0 * 1024.0);
        let fresh = probed_page().await;
        let measure = load_and_measure(&fresh, &path).await;
        fresh.close().await;
        let format = name.rsplit('.').next().unwrap_or("?").to_uppercase();
        // A Word file is a zip: its speed and memory are per megabyte of the XML inside.
        let (label, content) = if format == "DOCX" {
            (format!("DOCX, {megabytes} MB of XML ({size:.1} MB zipped)"), megabytes as f64)
        } else {
            (format!("{format}, {size:.0} MB"), size)
        };
        rows.push(format!(
            "| {label} | {:.2} s | {:.0} MB/s | {:.0} ms | {:.1}× the content |",
            measure.seconds,
            content / measure.seconds,
            measure.longest_ms,
            measure.memory_bytes / (content * 1024.0 * 1024.0)
        ));
    }

    for (name, megabytes) in [("text-100MB.txt", 100usize), ("text-10MB.txt", 10)] {
        let path = dir.join(name);
        if !path.exists() {
            write_text(&path, megabytes);
        }
        let fresh = probed_page().await;
        let measure = load_and_measure(&fresh, &path).await;
        fresh.close().await;
        let size = (megabytes * 1024 * 1024) as f64;
        rows.push(format!(
            "| text, {megabytes} MB | {:.2} s | {:.0} MB/s | {:.0} ms | {:.1}× the content |",
            measure.seconds,
            megabytes as f64 / measure.seconds,
            measure.longest_ms,
            measure.memory_bytes / size
        ));
    }
    page.close().await;

    let mut lines = vec![
        "## Loading files in the page (headless Chromium, release build)".to_string(),
        String::new(),
        "Each file goes through the page's file input, alone in a fresh page. Time runs from choosing the file to its".into(),
        "entry in the list; the longest task is the longest main-thread task (PerformanceObserver \"longtask\", ≥ 50 ms)".into(),
        "until 1.5 s after that; memory is WebAssembly memory plus the peak JavaScript heap, for the whole page (its own".into(),
        "baseline is about 30 MB, which dominates small files). Word, HTML, CSV and JSON are parsed in the loader worker,".into(),
        "PDFs by pdf.js in its worker, text in 8 MB slices on the page.".into(),
        String::new(),
        "| file | time | speed | longest main-thread task | peak memory |".into(),
        "|---|---:|---:|---:|---:|".into(),
    ];
    lines.extend(rows);
    lines.push(String::new());
    lines.push("PDFs, read by pdf.js (in its own worker), against poppler's `pdftotext` by word-overlap F1:".into());
    lines.push(String::new());
    lines.push("| PDF | pages | MB | time | speed | longest main-thread task | F1 vs pdftotext |".into());
    lines.push("|---|---:|---:|---:|---:|---:|---:|".into());
    lines.extend(quality);
    let out = lines.join("\n");
    println!("{out}");
    let path = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/page-loading.md");
    std::fs::write(path, out).expect("figures written");
}
