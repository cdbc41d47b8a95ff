//! Chunkers: split documents into the pieces that worker jobs read.
//!
//! [`chunk_documents`] applies one [`Chunking`] to every document. Three units:
//! characters (with overlap, cut after whitespace where one is near), pages
//! (the form feeds that loaders put between pages), and paragraphs (packed up
//! to a size; a long paragraph is split at sentence ends, a long sentence by
//! characters). A [`Chunk`] never crosses documents and knows its document,
//! pages and byte span. Whitespace-only chunks are dropped.
//!
//! Every chunker walks its text a bounded number of times, so chunking is
//! linear in the text size; characters are counted on UTF-8 bytes directly
//! (a byte that is not a continuation byte starts a character).

use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::documents::{Document, PAGE_BREAK};

/// What the size and overlap of a [`Chunking`] count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ChunkUnit {
    /// Size and overlap in characters.
    Chars,
    /// Size and overlap in pages.
    Pages,
    /// Size in characters, overlap in whole paragraphs.
    Paragraphs,
}

impl ChunkUnit {
    pub fn label(self) -> &'static str {
        match self {
            Self::Chars => "chars",
            Self::Pages => "pages",
            Self::Paragraphs => "paragraphs",
        }
    }
}

/// How to cut documents into chunks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Chunking {
    pub unit: ChunkUnit,
    pub size: usize,
    pub overlap: usize,
}

impl Default for Chunking {
    fn default() -> Self {
        Self { unit: ChunkUnit::Chars, size: 3_000, overlap: 200 }
    }
}

/// One piece of one document. The text stays in the document; the chunk only
/// points into it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Chunk {
    /// Position in the list of all chunks, in document order.
    pub index: usize,
    /// Index of the document in the run's document list.
    pub document: usize,
    /// Byte offsets into the document's text (always on character boundaries).
    pub span: Range<usize>,
    /// First and last page (1-based) that the chunk touches.
    pub first_page: u32,
    pub last_page: u32,
}

impl Chunk {
    pub fn text<'a>(&self, documents: &'a [Document]) -> &'a str {
        documents.get(self.document).and_then(|d| d.text.get(self.span.clone())).unwrap_or("")
    }

    /// The pages the chunk touches.
    pub fn pages(&self) -> PageRange {
        PageRange { first: self.first_page, last: self.last_page }
    }

    /// "p. 3" or "pp. 3–5", as prompts and reports to the cloud say it.
    pub fn page_label(&self) -> String {
        self.pages().to_string()
    }
}

/// The first and last page (1-based) a piece of a document touches. Its
/// text ("p. 3", "pp. 3–5") is what prompts say; stored as that text, so
/// that findings saved before it was a type still read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub struct PageRange {
    pub first: u32,
    pub last: u32,
}

impl std::fmt::Display for PageRange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.first == self.last {
            write!(f, "p. {}", self.first)
        } else {
            write!(f, "pp. {}–{}", self.first, self.last)
        }
    }
}

impl From<PageRange> for String {
    fn from(range: PageRange) -> String {
        range.to_string()
    }
}

impl TryFrom<String> for PageRange {
    type Error = String;

    fn try_from(label: String) -> Result<Self, String> {
        let number = |text: &str| text.trim().parse::<u32>().ok();
        let range = if let Some((first, last)) = label.strip_prefix("pp. ").and_then(|r| r.split_once('–')) {
            number(first).zip(number(last)).map(|(first, last)| PageRange { first, last })
        } else {
            label.strip_prefix("p. ").and_then(number).map(|page| PageRange { first: page, last: page })
        };
        range.ok_or_else(|| format!("not a page range: {label:?}"))
    }
}

/// Chunks every document with `chunking`. `char_limit` bounds chunks whose unit
/// is not characters (a page group larger than it is split by characters).
pub fn chunk_documents(documents: &[Document], chunking: &Chunking, char_limit: usize) -> Vec<Chunk> {
    crate::clock::finish_now(chunk_documents_paced(documents, chunking, char_limit, || std::future::ready(())))
}

/// About how many chunks a text of `chars` characters makes when split by
/// characters with `chunking`, without cutting it (a preview of a large
/// document). Chunks end at a space when one is within an eighth of their
/// size, which makes them shorter: the true count is this or more, by at
/// most a third with the largest overlap (half a chunk), less with less.
pub fn estimate_char_chunks(chars: usize, chunking: &Chunking) -> usize {
    let size = chunking.size.max(1);
    if chars <= size {
        return usize::from(chars > 0);
    }
    let step = (size - chunking.overlap.min(size / 2)).max(1);
    1 + (chars - size).div_ceil(step)
}

/// Chunks cut between two calls of `pause()` when splitting by characters.
const SPANS_PER_PAUSE: usize = 1024;

/// [`chunk_documents`], calling `pause()` every [`SPANS_PER_PAUSE`] chunks
/// when splitting by characters (100 MB is some 35,000 chunks, a third of
/// a second in a browser).
pub async fn chunk_documents_paced<F: std::future::Future<Output = ()>>(
    documents: &[Document],
    chunking: &Chunking,
    char_limit: usize,
    mut pause: impl FnMut() -> F,
) -> Vec<Chunk> {
    let mut chunks = Vec::new();
    for (document_index, document) in documents.iter().enumerate() {
        let mut spans = Vec::new();
        let text: &str = &document.text;
        let size = chunking.size.max(1);
        let records = document.records_start();
        match chunking.unit {
            // Tables and record lists: whole records, never split mid-record (unless one is huge).
            _ if records.is_some() => {
                let limit = match chunking.unit {
                    ChunkUnit::Pages => char_limit.max(1),
                    _ => size,
                };
                split_records(text, records.unwrap_or(0), limit, &mut spans)
            }
            ChunkUnit::Chars => {
                split_chars_paced(text, 0..text.len(), size, chunking.overlap, &mut spans, &mut pause).await
            }
            ChunkUnit::Pages => split_pages(document, size, chunking.overlap, char_limit.max(1), &mut spans),
            ChunkUnit::Paragraphs => split_paragraphs(text, size, chunking.overlap, &mut spans),
        }
        for span in spans {
            if text[span.clone()].trim().is_empty() {
                continue;
            }
            chunks.push(Chunk {
                index: chunks.len(),
                document: document_index,
                first_page: document.page_at(span.start),
                last_page: document.page_at(span.end.saturating_sub(1).max(span.start)),
                span,
            });
        }
    }
    chunks
}

fn is_char_start(byte: u8) -> bool {
    byte & 0xC0 != 0x80
}

/// The byte offset `n` characters after `from`, or `limit` if the text ends first.
fn advance_chars(bytes: &[u8], from: usize, n: usize, limit: usize) -> usize {
    let mut count = 0;
    for (i, &byte) in bytes[from..limit].iter().enumerate() {
        if is_char_start(byte) {
            if count == n {
                return from + i;
            }
            count += 1;
        }
    }
    limit
}

/// The byte offset `n` characters before `from`, but not before `floor`.
fn retreat_chars(bytes: &[u8], from: usize, n: usize, floor: usize) -> usize {
    let mut at = from;
    let mut count = 0;
    while at > floor && count < n {
        at -= 1;
        if is_char_start(bytes[at]) {
            count += 1;
        }
    }
    at
}

/// Characters in UTF-8 `bytes` (any slice of a text: a character cut at
/// either end counts where it starts).
pub fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| is_char_start(b)).count()
}

/// Splits `range` of `text` into pieces of at most `size` characters that
/// overlap by `overlap` characters, preferring to cut just after whitespace
/// within the last eighth of a piece (or its last 16 characters when short).
fn split_chars(text: &str, range: Range<usize>, size: usize, overlap: usize, out: &mut Vec<Range<usize>>) {
    crate::clock::finish_now(split_chars_paced(text, range, size, overlap, out, &mut || std::future::ready(())));
}

async fn split_chars_paced<F: std::future::Future<Output = ()>>(
    text: &str,
    range: Range<usize>,
    size: usize,
    overlap: usize,
    out: &mut Vec<Range<usize>>,
    pause: &mut impl FnMut() -> F,
) {
    let bytes = text.as_bytes();
    let size = size.max(1);
    let overlap = overlap.min(size / 2);
    let mut start = range.start;
    while start < range.end {
        let hard_end = advance_chars(bytes, start, size, range.end);
        if hard_end >= range.end {
            out.push(start..range.end);
            return;
        }
        let end = snap_after_whitespace(bytes, start, hard_end, (size / 8).max((size / 2).min(16)));
        out.push(start..end);
        if out.len().is_multiple_of(SPANS_PER_PAUSE) {
            pause().await;
        }
        let next = retreat_chars(bytes, end, overlap, start);
        start = if next > start { next } else { end };
    }
}

/// Looks back from `end` at most `window` characters for ASCII whitespace and
/// returns the offset just after it, or `end` if there is none.
fn snap_after_whitespace(bytes: &[u8], start: usize, end: usize, window: usize) -> usize {
    let floor = retreat_chars(bytes, end, window, start);
    (floor..end)
        .rev()
        .find(|&i| bytes[i].is_ascii_whitespace())
        .map(|i| i + 1)
        .filter(|&cut| cut > start)
        .unwrap_or(end)
}

fn split_pages(document: &Document, size: usize, overlap: usize, char_limit: usize, out: &mut Vec<Range<usize>>) {
    let pages = document.page_count();
    let overlap = overlap.min(size.saturating_sub(1));
    let step = size - overlap;
    let mut first = 0;
    while first < pages {
        let last = (first + size).min(pages) - 1;
        let (Some(head), Some(tail)) = (document.page_span(first), document.page_span(last)) else {
            return;
        };
        let span = head.start..tail.end;
        if count_chars(&document.text.as_bytes()[span.clone()]) > char_limit {
            split_chars(&document.text, span, char_limit, char_limit / 15, out);
        } else {
            out.push(span);
        }
        if last + 1 >= pages {
            return;
        }
        first += step;
    }
}

/// A paragraph or sentence: its byte span and its length in characters.
#[derive(Clone)]
struct Piece {
    span: Range<usize>,
    chars: usize,
}

/// Maximal runs of non-blank lines; page breaks also end a paragraph.
fn paragraphs(text: &str) -> Vec<Piece> {
    let mut pieces = Vec::new();
    let mut current: Option<Range<usize>> = None;
    let mut offset = 0;
    for line in text.split_inclusive(['\n', PAGE_BREAK]) {
        let line_start = offset;
        offset += line.len();
        let content = line.trim_end_matches(['\n', '\r', PAGE_BREAK]);
        if content.trim().is_empty() {
            if let Some(span) = current.take() {
                pieces.push(span);
            }
            continue;
        }
        let end = line_start + content.len();
        current = Some(match current {
            Some(span) => span.start..end,
            None => line_start..end,
        });
        if line.ends_with(PAGE_BREAK) {
            pieces.extend(current.take());
        }
    }
    pieces.extend(current);
    pieces.into_iter().map(|span| Piece { chars: count_chars(&text.as_bytes()[span.clone()]), span }).collect()
}

/// Sentence pieces of a span: cut after `.`, `!`, `?` followed by whitespace,
/// after CJK full stops, and at line ends.
fn sentences(text: &str, span: Range<usize>) -> Vec<Piece> {
    let slice = &text[span.clone()];
    let mut pieces = Vec::new();
    let mut start = 0;
    let mut chars = 0;
    let mut iter = slice.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        chars += 1;
        let next_is_space = iter.peek().is_some_and(|(_, n)| n.is_whitespace());
        let ends = matches!(c, '。' | '！' | '？' | '\n') || (matches!(c, '.' | '!' | '?') && next_is_space);
        if ends {
            let end = i + c.len_utf8();
            pieces.push(Piece { span: span.start + start..span.start + end, chars });
            start = end;
            chars = 0;
        }
    }
    if start < slice.len() {
        pieces.push(Piece { span: span.start + start..span.end, chars });
    }
    pieces
}

/// Packs paragraphs into chunks of at most `size` characters, repeating the
/// last `overlap` paragraphs of a chunk at the start of the next when they
/// take at most half of it.
fn split_paragraphs(text: &str, size: usize, overlap: usize, out: &mut Vec<Range<usize>>) {
    let mut packer = Packer::new(size, overlap);
    for paragraph in paragraphs(text) {
        if paragraph.chars <= size {
            packer.push(paragraph, out);
            continue;
        }
        packer.flush(out);
        let mut sentence_packer = Packer::new(size, 0);
        for sentence in sentences(text, paragraph.span) {
            if sentence.chars <= size {
                sentence_packer.push(sentence, out);
            } else {
                sentence_packer.flush(out);
                split_chars(text, sentence.span, size, 0, out);
            }
        }
        sentence_packer.flush(out);
    }
    packer.flush(out);
}

/// Packs whole lines (records) from `start` into chunks of at most `size`
/// characters; a single line longer than that is cut by characters.
fn split_records(text: &str, start: usize, size: usize, out: &mut Vec<Range<usize>>) {
    let mut packer = Packer::new(size, 0);
    let mut at = start.min(text.len());
    while at < text.len() {
        let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
        let chars = count_chars(&text.as_bytes()[at..end]);
        if chars <= size {
            packer.push(Piece { span: at..end, chars }, out);
        } else {
            packer.flush(out);
            split_chars(text, at..end, size, 0, out);
        }
        at = end + 1;
    }
    packer.flush(out);
}

/// Accumulates consecutive pieces into one span while they fit.
struct Packer {
    size: usize,
    overlap: usize,
    pieces: Vec<Piece>,
    chars: usize,
}

impl Packer {
    fn new(size: usize, overlap: usize) -> Self {
        Self { size, overlap, pieces: Vec::new(), chars: 0 }
    }

    /// Characters the chunk would have with `piece` appended: the gap between
    /// pieces counts as one character per byte, an upper bound.
    fn fits(&self, piece: &Piece) -> bool {
        match self.pieces.last() {
            None => piece.chars <= self.size,
            Some(last) => self.chars + (piece.span.start - last.span.end) + piece.chars <= self.size,
        }
    }

    fn push(&mut self, piece: Piece, out: &mut Vec<Range<usize>>) {
        if !self.fits(&piece) {
            self.flush_keeping_overlap(out);
            if !self.fits(&piece) {
                self.pieces.clear();
                self.chars = 0;
            }
        }
        self.chars += match self.pieces.last() {
            Some(last) => piece.span.start - last.span.end + piece.chars,
            None => piece.chars,
        };
        self.pieces.push(piece);
    }

    fn flush_keeping_overlap(&mut self, out: &mut Vec<Range<usize>>) {
        let (Some(first), Some(last)) = (self.pieces.first(), self.pieces.last()) else {
            return;
        };
        out.push(first.span.start..last.span.end);
        let keep = self.overlap.min(self.pieces.len().saturating_sub(1));
        let kept: Vec<Piece> = self.pieces[self.pieces.len() - keep..].to_vec();
        let kept_chars = match (kept.first(), kept.last()) {
            (Some(a), Some(b)) => count_span_chars_upper(a, b, &kept),
            _ => 0,
        };
        if keep > 0 && kept_chars <= self.size / 2 {
            self.pieces = kept;
            self.chars = kept_chars;
        } else {
            self.pieces.clear();
            self.chars = 0;
        }
    }

    fn flush(&mut self, out: &mut Vec<Range<usize>>) {
        if let (Some(first), Some(last)) = (self.pieces.first(), self.pieces.last()) {
            out.push(first.span.start..last.span.end);
        }
        self.pieces.clear();
        self.chars = 0;
    }
}

/// Upper bound on the characters from the start of `first` to the end of `last`.
fn count_span_chars_upper(first: &Piece, last: &Piece, pieces: &[Piece]) -> usize {
    let inner: usize = pieces.iter().map(|p| p.chars).sum();
    let bytes_total = last.span.end - first.span.start;
    let bytes_inner: usize = pieces.iter().map(|p| p.span.len()).sum();
    inner + bytes_total.saturating_sub(bytes_inner)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_range_is_stored_as_its_label_and_read_back() {
        for range in [PageRange { first: 3, last: 3 }, PageRange { first: 2, last: 14 }] {
            let json = serde_json::to_string(&range).unwrap();
            assert_eq!(json, format!("{:?}", range.to_string()));
            assert_eq!(serde_json::from_str::<PageRange>(&json).unwrap(), range);
        }
        assert_eq!(serde_json::from_str::<PageRange>("\"p. 7\"").unwrap(), PageRange { first: 7, last: 7 });
        for odd in ["\"page 3\"", "\"pp. 3\"", "\"p. x\"", "3"] {
            assert!(serde_json::from_str::<PageRange>(odd).is_err(), "{odd}");
        }
    }

    proptest::proptest! {
        #[test]
        fn the_estimate_is_the_count_or_at_most_a_third_less(
            words in proptest::collection::vec("[a-z]{1,12}", 0..3_000),
            size in 300usize..2_000,
            overlap in 0usize..400,
        ) {
            let text = words.join(" ");
            let chunking = Chunking { unit: ChunkUnit::Chars, size, overlap };
            let counted = chunk_documents(&[Document::from_text("t.txt", text.clone())], &chunking, size).len();
            let estimate = estimate_char_chunks(text.chars().count(), &chunking);
            proptest::prop_assert!(estimate <= counted, "estimate {} > counted {}", estimate, counted);
            proptest::prop_assert!(counted <= estimate + estimate.div_ceil(3), "counted {} > estimate {} + 1/3", counted, estimate);
        }
    }

    #[test]
    fn the_paced_chunker_pauses_between_slices_and_cuts_the_same_chunks() {
        let documents = vec![Document::from_text("long.txt", "word ".repeat(60 * (SPANS_PER_PAUSE * 2 + 10)))];
        let chunking = Chunking { unit: ChunkUnit::Chars, size: 300, overlap: 0 };
        let mut pauses = 0;
        let paced = crate::clock::finish_now(chunk_documents_paced(&documents, &chunking, 10_000, || {
            pauses += 1;
            std::future::ready(())
        }));
        let whole = chunk_documents(&documents, &chunking, 10_000);
        assert_eq!(whole.len(), SPANS_PER_PAUSE * 2 + 10);
        assert_eq!(pauses, 2);
        assert_eq!(
            paced.iter().map(|c| c.span.clone()).collect::<Vec<_>>(),
            whole.iter().map(|c| c.span.clone()).collect::<Vec<_>>()
        );
    }
    use crate::documents::DocumentKind;

    fn texts(documents: &[Document], chunks: &[Chunk]) -> Vec<String> {
        chunks.iter().map(|c| c.text(documents).to_string()).collect()
    }

    #[test]
    fn chars_cut_after_whitespace_with_overlap() {
        let docs = [Document::from_text("a.txt", "alpha beta gamma delta epsilon")];
        let chunking = Chunking { unit: ChunkUnit::Chars, size: 12, overlap: 3 };
        let chunks = chunk_documents(&docs, &chunking, 100);
        assert_eq!(texts(&docs, &chunks), ["alpha beta ", "ta gamma ", "ma delta ", "ta epsilon"]);
    }

    #[test]
    fn pages_group_and_overlap() {
        let docs = [Document::new("r.pdf", DocumentKind::Pdf, "p1\u{c}p2\u{c}p3\u{c}p4\u{c}p5")];
        let chunking = Chunking { unit: ChunkUnit::Pages, size: 2, overlap: 1 };
        let chunks = chunk_documents(&docs, &chunking, 1000);
        assert_eq!(texts(&docs, &chunks), ["p1\u{c}p2", "p2\u{c}p3", "p3\u{c}p4", "p4\u{c}p5"]);
        assert_eq!((chunks[1].first_page, chunks[1].last_page), (2, 3));
        assert_eq!(chunks[1].page_label(), "pp. 2–3");
        assert_eq!(chunks[1].pages(), PageRange { first: 2, last: 3 });
    }

    #[test]
    fn an_oversized_page_is_split_by_characters() {
        let page = "word ".repeat(100);
        let docs = [Document::new("big.pdf", DocumentKind::Pdf, format!("{page}\u{c}tail"))];
        let chunking = Chunking { unit: ChunkUnit::Pages, size: 1, overlap: 0 };
        let chunks = chunk_documents(&docs, &chunking, 120);
        assert!(chunks.len() > 4);
        assert!(chunks.iter().all(|c| c.text(&docs).chars().count() <= 120));
        assert_eq!(chunks.last().unwrap().text(&docs), "tail");
        assert_eq!(chunks.last().unwrap().first_page, 2);
    }

    #[test]
    fn paragraphs_pack_and_long_ones_split_at_sentences() {
        let text = "First para.\n\nSecond para.\n\nA long one. It has sentences! Many of them? Yes.";
        let docs = [Document::from_text("p.txt", text)];
        let chunking = Chunking { unit: ChunkUnit::Paragraphs, size: 30, overlap: 0 };
        let chunks = chunk_documents(&docs, &chunking, 1000);
        assert_eq!(
            texts(&docs, &chunks),
            ["First para.\n\nSecond para.", "A long one. It has sentences!", " Many of them? Yes."]
        );
    }

    #[test]
    fn paragraph_overlap_repeats_the_last_paragraph() {
        let text = "aa\n\nbb\n\ncc\n\ndd";
        let docs = [Document::from_text("p.txt", text)];
        let chunking = Chunking { unit: ChunkUnit::Paragraphs, size: 10, overlap: 1 };
        let chunks = chunk_documents(&docs, &chunking, 1000);
        assert_eq!(texts(&docs, &chunks), ["aa\n\nbb\n\ncc", "cc\n\ndd"]);
    }

    #[test]
    fn chunks_never_cross_documents_and_skip_blank_ones() {
        let docs = [
            Document::from_text("a.txt", "one two three"),
            Document::from_text("b.txt", "   \n "),
            Document::from_text("c.txt", "four"),
        ];
        let chunks = chunk_documents(&docs, &Chunking::default(), 1000);
        assert_eq!(chunks.len(), 2);
        assert_eq!((chunks[0].document, chunks[1].document), (0, 2));
        assert_eq!((chunks[0].index, chunks[1].index), (0, 1));
    }

    #[test]
    fn multibyte_text_is_cut_on_character_boundaries() {
        let docs = [Document::from_text("z.txt", "日本語のテキストです。".repeat(10))];
        let chunking = Chunking { unit: ChunkUnit::Chars, size: 7, overlap: 2 };
        let chunks = chunk_documents(&docs, &chunking, 1000);
        assert!(chunks.iter().all(|c| c.text(&docs).chars().count() <= 7));
    }

    #[test]
    fn tables_keep_rows_whole_and_every_chunk_names_the_columns() {
        let mut csv = String::from("name,city,amount\n");
        for i in 0..40 {
            csv.push_str(&format!("person {i},Lyon,{}\n", i * 10));
        }
        let docs = vec![Document::from_text("t.csv", csv.clone())];
        for unit in [ChunkUnit::Chars, ChunkUnit::Paragraphs, ChunkUnit::Pages] {
            let chunks = chunk_documents(&docs, &Chunking { unit, size: 100, overlap: 30 }, 100);
            assert!(chunks.len() >= 8, "{unit:?}");
            let mut rows = Vec::new();
            for chunk in &chunks {
                let excerpt = docs[0].excerpt(chunk.span.clone());
                let mut lines = excerpt.lines();
                assert_eq!(lines.next(), Some("name,city,amount"), "{unit:?}");
                rows.extend(lines.map(str::to_string));
            }
            // Every row once, whole, in order: no overlap, no cut.
            let expected: Vec<String> = csv.lines().skip(1).map(str::to_string).collect();
            assert_eq!(rows, expected, "{unit:?}");
        }
        let json = Document::from_text("r.json", "{\"a\":1}\n{\"a\":2}\n{\"a\":3}");
        let chunks = chunk_documents(
            std::slice::from_ref(&json),
            &Chunking { unit: ChunkUnit::Chars, size: 16, overlap: 4 },
            16,
        );
        let texts: Vec<_> = chunks.iter().map(|c| json.excerpt(c.span.clone()).into_owned()).collect();
        assert_eq!(texts, ["{\"a\":1}\n{\"a\":2}", "{\"a\":3}"]);
    }
}
