//! Texts compared as words, independently of the engine's own hashing:
//! the lowercase words a reader would count ([`plain_words`], used by the
//! privacy checks), and the word-overlap F1 that scores the PDF readers
//! against poppler's `pdftotext` (`tests/page_bench.rs`,
//! `bench/pdf-extract-compare`).

use std::collections::HashMap;

/// Lowercase runs of letters and digits, in order.
pub fn plain_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

fn words(text: &str) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for word in plain_words(text) {
        *counts.entry(word).or_insert(0) += 1;
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
