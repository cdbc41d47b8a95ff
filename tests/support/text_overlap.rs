//! Word-overlap F1 between an extracted text and a reference text: how the
//! PDF readers are scored against poppler's `pdftotext` (shared by
//! `tests/page_bench.rs` and `bench/pdf-extract-compare`).

use std::collections::HashMap;

fn words(text: &str) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        *counts.entry(word.to_lowercase()).or_insert(0) += 1;
    }
    counts
}

/// The harmonic mean of the share of `text`'s words found in `reference`
/// and the share of `reference`'s words found in `text` (counted with
/// repeats, ignoring case and punctuation).
pub fn word_f1(text: &str, reference: &str) -> f64 {
    let (ours, theirs) = (words(text), words(reference));
    let common: usize = ours.iter().map(|(w, n)| (*n).min(theirs.get(w).copied().unwrap_or(0))).sum();
    let (a, b) = (ours.values().sum::<usize>(), theirs.values().sum::<usize>());
    if a == 0 || b == 0 || common == 0 {
        return 0.0;
    }
    let (precision, recall) = (common as f64 / a as f64, common as f64 / b as f64);
    2.0 * precision * recall / (precision + recall)
}
