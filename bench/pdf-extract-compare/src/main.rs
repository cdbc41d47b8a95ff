//! Reads every PDF in a folder with `pdf-extract` and prints a Markdown row
//! per file: pages, time, pages per second, and word-overlap F1 against
//! `pdftotext` (poppler). A panic inside the crate is caught and reported.

use std::time::Instant;

#[path = "../../../crates/testkit/src/text_overlap.rs"]
mod text_overlap;
use text_overlap::word_f1;

fn run(program: &str, args: &[&str]) -> String {
    std::process::Command::new(program)
        .args(args)
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default()
}

fn main() {
    let dir = std::env::args().nth(1).expect("a folder of PDFs");
    let mut pdfs: Vec<_> = std::fs::read_dir(&dir)
        .expect("a folder")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .collect();
    pdfs.sort();
    std::panic::set_hook(Box::new(|_| {}));
    for pdf in pdfs {
        let path = pdf.display().to_string();
        let pages: usize = run("pdfinfo", &[&path])
            .lines()
            .find_map(|l| l.strip_prefix("Pages:").map(|n| n.trim().parse().unwrap_or(0)))
            .unwrap_or(0);
        let reference = run("pdftotext", &[&path, "-"]);
        let bytes = std::fs::read(&pdf).expect("readable");
        let start = Instant::now();
        let result = std::panic::catch_unwind(|| pdf_extract::extract_text_from_mem(&bytes));
        let seconds = start.elapsed().as_secs_f64();
        let name = pdf.file_name().and_then(|n| n.to_str()).unwrap_or("?");
        match result {
            Ok(Ok(text)) => println!(
                "| {name} | {pages} | {seconds:.2} s | {:.0} pages/s | {:.3} |",
                pages as f64 / seconds,
                word_f1(&text, &reference)
            ),
            Ok(Err(error)) => println!("| {name} | {pages} | — | — | error: {} |", error.to_string().replace('|', "/")),
            Err(_) => println!("| {name} | {pages} | — | — | panicked |"),
        }
    }
}
