//! The verbatim guard: finds every run of `min_words` or more consecutive
//! words in an outgoing text that also occurs in the documents, and replaces
//! such runs with a short marker when the policy says so.
//!
//! Words are runs of letters and digits compared without case, so
//! punctuation, line breaks and capitals do not hide a quote. The outgoing
//! text is small, so its word windows go in a set and each document is
//! streamed past it once (for all the texts of a request together): memory
//! stays proportional to the request, not to the documents.

use std::collections::HashSet;
use std::ops::Range;

use crate::documents::Document;
use crate::rolling::RollingHash;

/// A run of words repeated from the documents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbatimRun {
    /// Bytes of the outgoing text, from the first word's start to the last one's end.
    pub span: Range<usize>,
    pub words: usize,
}

const WORD_BASE: u64 = 0x0000_0100_0000_01b3;
const WINDOW_BASE: u64 = 0x9e37_79b9_7f4a_7c15;

/// Each word of `text`: its byte span and a hash of its lowercase form.
fn words(text: &str) -> impl Iterator<Item = (Range<usize>, u64)> + '_ {
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        while chars.peek().is_some_and(|(_, c)| !c.is_alphanumeric()) {
            chars.next();
        }
        let (start, _) = *chars.peek()?;
        let mut end = start;
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        while let Some(&(at, c)) = chars.peek() {
            if !c.is_alphanumeric() {
                break;
            }
            for lower in c.to_lowercase() {
                hash = (hash ^ u64::from(lower)).wrapping_mul(WORD_BASE);
            }
            end = at + c.len_utf8();
            chars.next();
        }
        Some((start..end, hash))
    })
}

/// Every run of `min_words` or more words of `text` that also occurs, in
/// that order, in one of the documents.
pub fn find_runs(text: &str, documents: &[Document], min_words: usize) -> Vec<VerbatimRun> {
    find_runs_each(&[text], documents, min_words).pop().unwrap_or_default()
}

/// A text's word spans, and the hash of the window that ends at each word.
type WordWindows = (Vec<Range<usize>>, Vec<Option<u64>>);

/// [`find_runs`] for several texts, reading the documents once for all.
pub fn find_runs_each(texts: &[&str], documents: &[Document], min_words: usize) -> Vec<Vec<VerbatimRun>> {
    crate::clock::finish_now(find_runs_each_paced(texts, documents, min_words, || std::future::ready(())))
}

/// Document words read between two calls of `pause()` in
/// [`find_runs_each_paced`] (a few milliseconds of work in a browser).
const WORDS_PER_PAUSE: usize = 1 << 13;

/// [`find_runs_each`], calling `pause()` every [`WORDS_PER_PAUSE`] words of
/// the documents: over 100 MB the scan takes seconds, which the page must
/// not spend in one task.
pub async fn find_runs_each_paced<F: std::future::Future<Output = ()>>(
    texts: &[&str],
    documents: &[Document],
    min_words: usize,
    mut pause: impl FnMut() -> F,
) -> Vec<Vec<VerbatimRun>> {
    let n = min_words.max(1);
    // Each text's words and the hash of the window ending at each word.
    let outgoing: Vec<WordWindows> = texts
        .iter()
        .map(|text| {
            let mut windows = RollingHash::new(n, WINDOW_BASE);
            words(text).map(|(span, hash)| (span, windows.push(hash))).unzip()
        })
        .collect();
    let wanted: HashSet<u64> = outgoing.iter().flat_map(|(_, starts)| starts.iter().flatten().copied()).collect();
    let mut present = HashSet::new();
    if !wanted.is_empty() {
        let mut read = 0usize;
        for document in documents {
            let mut windows = RollingHash::new(n, WINDOW_BASE);
            for (_, hash) in words(&document.text) {
                if let Some(window) = windows.push(hash) {
                    if wanted.contains(&window) {
                        present.insert(window);
                    }
                }
                read += 1;
                if read.is_multiple_of(WORDS_PER_PAUSE) {
                    pause().await;
                }
            }
        }
    }
    outgoing.iter().map(|(spans, starts)| runs_found(spans, starts, &present, n)).collect()
}

/// The runs of one text: the words of every window found, neighbours joined.
fn runs_found(spans: &[Range<usize>], starts: &[Option<u64>], present: &HashSet<u64>, n: usize) -> Vec<VerbatimRun> {
    let mut covered = vec![false; spans.len()];
    for (end, window) in starts.iter().enumerate() {
        if window.is_some_and(|w| present.contains(&w)) {
            covered[end + 1 - n..=end].iter_mut().for_each(|c| *c = true);
        }
    }
    let mut runs = Vec::new();
    let mut i = 0;
    while i < spans.len() {
        if !covered[i] {
            i += 1;
            continue;
        }
        let first = i;
        while i < spans.len() && covered[i] {
            i += 1;
        }
        runs.push(VerbatimRun { span: spans[first].start..spans[i - 1].end, words: i - first });
    }
    runs
}

/// The marker that replaces a withheld run.
pub fn marker(words: usize) -> String {
    format!("[{words} words quoted from the documents withheld]")
}

/// `text` with every run replaced by its marker.
pub fn withhold(text: &str, runs: &[VerbatimRun]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for run in runs {
        out.push_str(&text[copied..run.span.start]);
        out.push_str(&marker(run.words));
        copied = run.span.end;
    }
    out.push_str(&text[copied..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_paced_scan_pauses_between_slices_and_finds_what_the_whole_scan_finds() {
        // 3 × 2^16 + 7 words, with a quotable sentence at the very end.
        let filler = "word ".repeat(3 * WORDS_PER_PAUSE - 13);
        let text = format!("{filler}the tenant shall pay the landlord the sum of four thousand two hundred euros");
        let documents = vec![Document::from_text("long.txt", text)];
        let outgoing = ["He said the tenant shall pay the landlord the sum of four thousand two hundred euros."];
        let mut pauses = 0;
        let paced = crate::clock::finish_now(find_runs_each_paced(&outgoing, &documents, 12, || {
            pauses += 1;
            std::future::ready(())
        }));
        assert_eq!(pauses, 3);
        assert_eq!(paced, find_runs_each(&outgoing, &documents, 12));
        assert_eq!(paced[0].iter().map(|r| r.words).sum::<usize>(), 14);
    }

    fn lease() -> Vec<Document> {
        vec![Document::from_text(
            "lease.txt",
            "The tenant shall pay the landlord the sum of four thousand two hundred euros on the first day of each month, by bank transfer.",
        )]
    }

    #[test]
    fn a_quote_of_twelve_words_or_more_is_found_whatever_its_case_and_punctuation() {
        let text = "Worker: THE TENANT shall pay the landlord, the sum of four thousand two hundred euros — monthly.";
        let runs = find_runs(text, &lease(), 12);
        assert_eq!(runs.len(), 1);
        assert_eq!(
            &text[runs[0].span.clone()],
            "THE TENANT shall pay the landlord, the sum of four thousand two hundred euros"
        );
        assert_eq!(runs[0].words, 14);
        assert_eq!(withhold(text, &runs), "Worker: [14 words quoted from the documents withheld] — monthly.");
    }

    #[test]
    fn eleven_words_or_a_paraphrase_pass() {
        assert!(find_runs("the sum of four thousand two hundred euros on the first", &lease(), 12).is_empty());
        assert!(find_runs("Rent: 4,200 EUR due on the 1st of every month by transfer.", &lease(), 12).is_empty());
        assert_eq!(find_runs("the sum of four thousand two hundred euros on the first", &lease(), 11).len(), 1);
    }
}
