//! Documents as the engine sees them: a name, a kind, the text, and where its
//! pages start.
//!
//! Loaders put a form feed (`\u{c}`) between pages; [`Document::new`] reads
//! those breaks once so that chunks can say which pages they come from.
//! [`DocumentMeta`] is the only view of a document the supervisor ever gets.

use serde::{Deserialize, Serialize};

use std::future::Future;
use std::sync::{Arc, OnceLock};

use super::fingerprint::{fingerprint, Fnv64};
use super::tokens::{estimate_tokens, TokenCounter};

/// The page break that loaders insert between pages.
pub const PAGE_BREAK: char = '\u{c}';

/// Bytes of text counted between pauses (see [`Document::count_tokens`]).
const COUNT_SLICE_BYTES: usize = 512 * 1024;

/// What a document was loaded from; shown to the supervisor as metadata.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DocumentKind {
    Text,
    Markdown,
    Html,
    Pdf,
    Docx,
    Csv,
    Json,
}

impl DocumentKind {
    pub fn label(self) -> &'static str {
        match self {
            Self::Text => "text",
            Self::Markdown => "markdown",
            Self::Html => "html",
            Self::Pdf => "pdf",
            Self::Docx => "docx",
            Self::Csv => "csv",
            Self::Json => "json",
        }
    }

    /// Guesses the kind from a file name's extension; plain text otherwise.
    pub fn from_file_name(name: &str) -> Self {
        let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
        match ext.as_str() {
            "md" | "markdown" => Self::Markdown,
            "html" | "htm" => Self::Html,
            "pdf" => Self::Pdf,
            "docx" => Self::Docx,
            "csv" | "tsv" => Self::Csv,
            "json" | "jsonl" => Self::Json,
            _ => Self::Text,
        }
    }
}

/// One loaded document. The text never leaves the device.
#[derive(Debug, Clone)]
pub struct Document {
    pub name: String,
    pub kind: DocumentKind,
    /// Shared, so that a run takes the page's documents without copying
    /// them (100 MB would hold the page's thread for a tenth of a second).
    pub text: Arc<str>,
    /// Byte offset where each page starts; the first page starts at 0.
    page_starts: Vec<usize>,
    /// The text's estimated tokens, once counted: a pass over the whole
    /// text that runs and cost reports would otherwise repeat.
    tokens: OnceLock<usize>,
    /// The text's fingerprint, once computed (see [`Self::fingerprint`]).
    fingerprint: OnceLock<String>,
}

/// Documents are equal by content; a remembered count is not content.
impl PartialEq for Document {
    fn eq(&self, other: &Self) -> bool {
        (&self.name, self.kind, &self.text, &self.page_starts)
            == (&other.name, other.kind, &other.text, &other.page_starts)
    }
}

impl Eq for Document {}

impl Document {
    pub fn new(name: impl Into<String>, kind: DocumentKind, text: impl Into<String>) -> Self {
        let text: Arc<str> = Arc::from(text.into());
        let mut page_starts = vec![0];
        page_starts.extend(text.match_indices(PAGE_BREAK).map(|(at, _)| at + PAGE_BREAK.len_utf8()));
        Self { name: name.into(), kind, text, page_starts, tokens: OnceLock::new(), fingerprint: OnceLock::new() }
    }

    /// Estimated tokens of the whole text (counted once, then remembered).
    pub fn estimated_tokens(&self) -> usize {
        *self.tokens.get_or_init(|| estimate_tokens(&self.text))
    }

    /// Counts the text's tokens a slice at a time, awaiting `pause` between
    /// slices (the page stays responsive over 100 MB); the same figure as
    /// [`Self::estimated_tokens`], which then answers at once.
    pub async fn count_tokens<F: Future<Output = ()>>(&self, mut pause: impl FnMut() -> F) -> usize {
        if let Some(tokens) = self.tokens.get() {
            return *tokens;
        }
        let mut counter = TokenCounter::default();
        let mut rest: &str = &self.text;
        while !rest.is_empty() {
            let mut cut = rest.len().min(COUNT_SLICE_BYTES);
            while !rest.is_char_boundary(cut) {
                cut += 1;
            }
            counter.feed(&rest[..cut]);
            rest = &rest[cut..];
            if !rest.is_empty() {
                pause().await;
            }
        }
        *self.tokens.get_or_init(|| counter.finish())
    }

    /// The text's fingerprint (computed once, then remembered): whether a
    /// document changed between the turns of a conversation.
    pub fn fingerprint(&self) -> &str {
        self.fingerprint.get_or_init(|| fingerprint(&self.text))
    }

    /// The same fingerprint a slice at a time, awaiting `pause` between
    /// slices, as [`Self::count_tokens`] does.
    pub async fn compute_fingerprint<F: Future<Output = ()>>(&self, mut pause: impl FnMut() -> F) -> &str {
        if self.fingerprint.get().is_none() {
            let mut hash = Fnv64::default();
            let mut slices = self.text.as_bytes().chunks(COUNT_SLICE_BYTES).peekable();
            while let Some(slice) = slices.next() {
                hash.feed(slice);
                if slices.peek().is_some() {
                    pause().await;
                }
            }
            let _ = self.fingerprint.set(hash.hex());
        }
        self.fingerprint()
    }

    /// A plain-text document, kind guessed from the name.
    pub fn from_text(name: impl Into<String>, text: impl Into<String>) -> Self {
        let name = name.into();
        let kind = DocumentKind::from_file_name(&name);
        Self::new(name, kind, text)
    }

    pub fn page_count(&self) -> usize {
        self.page_starts.len()
    }

    /// The 1-based page that holds the byte at `offset`.
    pub fn page_at(&self, offset: usize) -> u32 {
        let index = self.page_starts.partition_point(|&start| start <= offset);
        index.max(1) as u32
    }

    /// Byte range of page `index` (0-based), without its trailing page break.
    pub fn page_span(&self, index: usize) -> Option<std::ops::Range<usize>> {
        let start = *self.page_starts.get(index)?;
        let end = self.page_starts.get(index + 1).map(|next| next - PAGE_BREAK.len_utf8()).unwrap_or(self.text.len());
        Some(start..end)
    }

    /// Where a table's or record list's records begin (after a CSV's header
    /// line); `None` for documents that are prose.
    pub fn records_start(&self) -> Option<usize> {
        match self.kind {
            DocumentKind::Csv => Some(self.text.find('\n').map_or(self.text.len(), |i| i + 1)),
            DocumentKind::Json => Some(0),
            _ => None,
        }
    }

    /// The text of `span` as a worker reads it: a CSV's header line comes
    /// first, so that every chunk of a table names its columns.
    pub fn excerpt(&self, span: std::ops::Range<usize>) -> std::borrow::Cow<'_, str> {
        let body = self.text.get(span.clone()).unwrap_or("");
        match (self.kind, self.records_start()) {
            (DocumentKind::Csv, Some(records)) if span.start >= records && records > 0 => {
                std::borrow::Cow::Owned(format!("{}\n{body}", self.text[..records].trim_end()))
            }
            _ => std::borrow::Cow::Borrowed(body),
        }
    }

    pub fn char_count(&self) -> usize {
        self.text.chars().count()
    }

    /// What the supervisor may know about this document.
    pub fn meta(&self, chunks: Option<usize>) -> DocumentMeta {
        DocumentMeta {
            name: self.name.clone(),
            kind: self.kind,
            chars: self.char_count(),
            estimated_tokens: self.estimated_tokens(),
            pages: self.page_count(),
            chunks,
        }
    }
}

/// Metadata about a document: all the supervisor ever learns of it directly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentMeta {
    pub name: String,
    pub kind: DocumentKind,
    pub chars: usize,
    pub estimated_tokens: usize,
    pub pages: usize,
    /// Number of chunks under the current chunking, when one is chosen.
    pub chunks: Option<usize>,
}

/// The metadata of every document, for prompts.
pub fn describe_documents(documents: &[Document]) -> Vec<DocumentMeta> {
    documents.iter().map(|d| d.meta(None)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_found_from_form_feeds() {
        let doc = Document::new("a.pdf", DocumentKind::Pdf, "one\u{c}two\u{c}three");
        assert_eq!(doc.page_count(), 3);
        assert_eq!(doc.page_at(0), 1);
        assert_eq!(doc.page_at(4), 2);
        assert_eq!(doc.page_at(8), 3);
        assert_eq!(&doc.text[doc.page_span(1).unwrap()], "two");
        assert_eq!(&doc.text[doc.page_span(2).unwrap()], "three");
        assert_eq!(doc.page_span(3), None);
    }

    #[test]
    fn kind_comes_from_the_extension() {
        assert_eq!(DocumentKind::from_file_name("x.PDF"), DocumentKind::Pdf);
        assert_eq!(DocumentKind::from_file_name("notes"), DocumentKind::Text);
        assert_eq!(DocumentKind::from_file_name("a.md"), DocumentKind::Markdown);
    }

    #[test]
    fn tokens_counted_in_slices_match_the_whole_count_and_are_remembered() {
        let text = "Zahlung binnen 30 Tagen — 支払い 30 日以内. ".repeat(200_000);
        let document = Document::from_text("big.txt", text.as_str());
        let pauses = std::cell::Cell::new(0);
        let counted = futures::executor::block_on(document.count_tokens(|| {
            pauses.set(pauses.get() + 1);
            std::future::ready(())
        }));
        assert_eq!(counted, estimate_tokens(&text));
        assert_eq!(pauses.get(), text.len().div_ceil(COUNT_SLICE_BYTES) - 1);
        assert_eq!(document.estimated_tokens(), counted);
        assert_eq!(document, Document::from_text("big.txt", text.as_str()), "a remembered count is not content");
        let sliced = futures::executor::block_on(document.compute_fingerprint(|| std::future::ready(()))).to_string();
        assert_eq!(sliced, fingerprint(&text));
        assert_eq!(document.fingerprint(), sliced);
    }
}
