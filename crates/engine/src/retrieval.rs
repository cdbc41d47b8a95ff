//! BM25 retrieval over chunks: which chunks a task's keywords point to.
//!
//! [`ChunkIndex`] embeds every chunk once with the `bm25` crate (k1 = 1.2,
//! b = 0.75, average length fitted to the chunks) and a small Unicode
//! tokenizer: lowercase letters and digits, each CJK character a token of its
//! own. [`ChunkIndex::top_k`] ranks chunks by score, breaks ties by document
//! order, fills up with unmatched chunks in document order when fewer than
//! `k` match, and returns the chosen chunk indices in document order.

use bm25::{Embedder, EmbedderBuilder, Scorer, Tokenizer};

use super::chunking::Chunk;
use super::documents::Document;

/// Lowercase words of letters and digits; CJK characters one by one.
#[derive(Debug, Default, Clone, Copy)]
pub struct WordTokenizer;

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}')
}

impl Tokenizer for WordTokenizer {
    fn tokenize(&self, input_text: &str) -> Vec<String> {
        let mut tokens = Vec::new();
        let mut word = String::new();
        for c in input_text.chars() {
            if is_cjk(c) {
                if !word.is_empty() {
                    tokens.push(std::mem::take(&mut word));
                }
                tokens.push(c.to_string());
            } else if c.is_alphanumeric() {
                word.extend(c.to_lowercase());
            } else if !word.is_empty() {
                tokens.push(std::mem::take(&mut word));
            }
        }
        if !word.is_empty() {
            tokens.push(word);
        }
        tokens
    }
}

/// A BM25 index over one chunking of the documents.
pub struct ChunkIndex {
    embedder: Embedder<u32, WordTokenizer>,
    scorer: Scorer<usize, u32>,
    chunk_count: usize,
}

impl ChunkIndex {
    pub fn new(documents: &[Document], chunks: &[Chunk]) -> Self {
        let texts: Vec<&str> = chunks.iter().map(|c| c.text(documents)).collect();
        let embedder: Embedder<u32, WordTokenizer> =
            EmbedderBuilder::with_tokenizer_and_fit_to_corpus(WordTokenizer, &texts).build();
        let mut scorer = Scorer::new();
        for (index, text) in texts.iter().enumerate() {
            scorer.upsert(&index, embedder.embed(text));
        }
        Self { embedder, scorer, chunk_count: chunks.len() }
    }

    /// The `k` chunks that rank highest for `keywords`, in document order.
    pub fn top_k(&self, keywords: &[String], k: usize) -> Vec<usize> {
        let k = k.min(self.chunk_count);
        let mut query_tokens: Vec<String> = keywords.iter().flat_map(|kw| WordTokenizer.tokenize(kw)).collect();
        query_tokens.sort();
        query_tokens.dedup();
        let query = self.embedder.embed(&query_tokens.join(" "));
        let mut ranked: Vec<(usize, f32)> = if query_tokens.is_empty() {
            Vec::new()
        } else {
            self.scorer.matches(&query).into_iter().map(|m| (m.id, m.score)).collect()
        };
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let mut chosen: Vec<usize> = ranked.into_iter().take(k).map(|(index, _)| index).collect();
        if chosen.len() < k {
            let mut taken = vec![false; self.chunk_count];
            chosen.iter().for_each(|&i| taken[i] = true);
            let fill: Vec<usize> = (0..self.chunk_count).filter(|&i| !taken[i]).take(k - chosen.len()).collect();
            chosen.extend(fill);
        }
        chosen.sort_unstable();
        chosen
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chunking::{chunk_documents, Chunking};

    /// One document, and so one chunk, per text.
    fn index(texts: &[&str]) -> (Vec<Document>, Vec<Chunk>) {
        let docs: Vec<Document> = texts.iter().map(|t| Document::from_text("d.txt", *t)).collect();
        let chunks = chunk_documents(&docs, &Chunking::default(), 1000);
        assert_eq!(chunks.len(), texts.len());
        (docs, chunks)
    }

    #[test]
    fn the_matching_chunk_ranks_first() {
        let (docs, chunks) = index(&[
            "The weather was pleasant all week.",
            "Termination requires ninety days written notice.",
            "Payment is due within thirty days of invoice.",
        ]);
        let index = ChunkIndex::new(&docs, &chunks);
        assert_eq!(index.top_k(&["termination notice".into()], 1), [1]);
        assert_eq!(index.top_k(&["PAYMENT".into(), "invoice".into()], 1), [2]);
    }

    #[test]
    fn ties_go_to_the_earlier_chunk_and_results_come_in_document_order() {
        let (docs, chunks) = index(&["alpha beta", "gamma delta", "alpha beta", "epsilon"]);
        let index = ChunkIndex::new(&docs, &chunks);
        assert_eq!(index.top_k(&["alpha".into()], 1), [0]);
        assert_eq!(index.top_k(&["epsilon".into(), "alpha".into()], 2), [0, 3]);
    }

    #[test]
    fn too_few_matches_are_filled_in_document_order() {
        let (docs, chunks) = index(&["one", "two", "three", "four"]);
        let index = ChunkIndex::new(&docs, &chunks);
        assert_eq!(index.top_k(&["three".into()], 3), [0, 1, 2]);
        assert_eq!(index.top_k(&[], 2), [0, 1]);
        assert_eq!(index.top_k(&["four".into()], 10), [0, 1, 2, 3]);
    }
}
