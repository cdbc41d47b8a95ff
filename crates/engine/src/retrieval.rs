//! BM25 retrieval over chunks: which chunks a task's keywords point to.
//!
//! [`ChunkIndex`] embeds every chunk once with the `bm25` crate (k1 = 1.2,
//! b = 0.75, average length fitted to the chunks) and a small Unicode
//! tokenizer: lowercase letters and digits, each CJK character a token of its
//! own, and scores as bm25's `Scorer` does (the sum of idf × weight over the
//! query's tokens). It keeps only the postings of the keywords it is built
//! for (a round's tasks are known before its chunks are ranked): a `Scorer`
//! of every token of 100 MB holds hundreds of thousands of sets, which take
//! a browser a quarter of a second just to free. [`ChunkIndex::build`] goes
//! a slice of chunks at a time with a pause in between. [`ChunkIndex::top_k`] ranks chunks by score, breaks ties by document
//! order, fills up with unmatched chunks in document order when fewer than
//! `k` match, and returns the chosen chunk indices in document order.

use std::future::Future;

use std::collections::{HashMap, HashSet};

use bm25::{Embedder, EmbedderBuilder, Tokenizer};

use super::chunking::Chunk;
use super::documents::Document;

/// Lowercase words of letters and digits; CJK characters one by one.
#[derive(Debug, Default, Clone, Copy)]
pub struct WordTokenizer;

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}')
}

impl WordTokenizer {
    /// How many tokens [`Tokenizer::tokenize`] makes of `text`, without
    /// making them (the average chunk length the index is fitted to).
    pub fn count(text: &str) -> usize {
        let mut tokens = 0;
        let mut in_word = false;
        for c in text.chars() {
            if is_cjk(c) {
                tokens += 1 + usize::from(in_word);
                in_word = false;
            } else if c.is_alphanumeric() {
                in_word = true;
            } else if in_word {
                tokens += 1;
                in_word = false;
            }
        }
        tokens + usize::from(in_word)
    }
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

/// A BM25 index over one chunking of the documents, for the keywords it was built for.
pub struct ChunkIndex {
    embedder: Embedder<u32, WordTokenizer>,
    /// For each token of the keywords: the chunks holding it, with its weight there, in chunk order.
    postings: HashMap<u32, Vec<(usize, f32)>>,
    chunk_count: usize,
}

/// Chunks embedded between two pauses of [`ChunkIndex::build`]: at 3,000
/// characters a chunk, about 200 KB of text, some 20 ms in a browser.
const CHUNKS_PER_SLICE: usize = 64;

/// The query a task's keywords make: their tokens, sorted and without repeats.
fn query_text(keywords: &[String]) -> String {
    let mut tokens: Vec<String> = keywords.iter().flat_map(|kw| WordTokenizer.tokenize(kw)).collect();
    tokens.sort();
    tokens.dedup();
    tokens.join(" ")
}

impl ChunkIndex {
    /// The index, built at once.
    #[cfg(test)]
    pub fn new(documents: &[Document], chunks: &[Chunk], queries: &[Vec<String>]) -> Self {
        crate::clock::finish_now(Self::build(documents, chunks, queries, || std::future::ready(())))
    }

    /// The index for `queries` (each a task's keywords), built a slice of
    /// chunks at a time with `pause()` between slices: one pass counts
    /// tokens for the average length, one embeds.
    pub async fn build<F: Future<Output = ()>>(
        documents: &[Document],
        chunks: &[Chunk],
        queries: &[Vec<String>],
        mut pause: impl FnMut() -> F,
    ) -> Self {
        let texts: Vec<&str> = chunks.iter().map(|c| c.text(documents)).collect();
        let mut tokens = 0usize;
        for (n, slice) in texts.chunks(CHUNKS_PER_SLICE * 4).enumerate() {
            if n > 0 {
                pause().await;
            }
            tokens += slice.iter().map(|text| WordTokenizer::count(text)).sum::<usize>();
        }
        // What bm25's own fit gives: the mean token count, 0 (its fallback) for no chunks.
        let average = if texts.is_empty() { 0.0 } else { tokens as f32 / texts.len() as f32 };
        let embedder: Embedder<u32, WordTokenizer> = EmbedderBuilder::with_avgdl(average).build();
        let wanted: HashSet<u32> = queries
            .iter()
            .flat_map(|keywords| embedder.embed(&query_text(keywords)).indices().copied().collect::<Vec<_>>())
            .collect();
        let mut postings: HashMap<u32, Vec<(usize, f32)>> = wanted.iter().map(|&token| (token, Vec::new())).collect();
        for (n, slice) in texts.chunks(CHUNKS_PER_SLICE).enumerate() {
            pause().await;
            for (offset, text) in slice.iter().enumerate() {
                let chunk = n * CHUNKS_PER_SLICE + offset;
                for token in embedder.embed(text).iter() {
                    if let Some(list) = postings.get_mut(&token.index) {
                        // A token's first entry in a chunk carries its weight there (bm25 reads the first).
                        if list.last().is_none_or(|&(last, _)| last != chunk) {
                            list.push((chunk, token.value));
                        }
                    }
                }
            }
        }
        Self { embedder, postings, chunk_count: chunks.len() }
    }

    /// The `k` chunks that rank highest for `keywords` (one of the queries
    /// the index was built for; tokens of others match nothing), in document order.
    pub fn top_k(&self, keywords: &[String], k: usize) -> Vec<usize> {
        let k = k.min(self.chunk_count);
        let query = query_text(keywords);
        let mut scores: HashMap<usize, f32> = HashMap::new();
        if !query.is_empty() {
            let query = self.embedder.embed(&query);
            let matching: HashSet<usize> = query
                .indices()
                .filter_map(|token| self.postings.get(token))
                .flat_map(|list| list.iter().map(|&(chunk, _)| chunk))
                .collect();
            // bm25's Scorer: for each query token in turn, idf × the chunk's weight (0 where absent).
            for token in query.indices() {
                let list = self.postings.get(token).map(Vec::as_slice).unwrap_or_default();
                let idf = idf(self.chunk_count, list.len());
                for &chunk in &matching {
                    let weight = list.binary_search_by_key(&chunk, |&(c, _)| c).map_or(0.0, |at| list[at].1);
                    *scores.entry(chunk).or_insert(0.0) += idf * weight;
                }
            }
        }
        let mut ranked: Vec<(usize, f32)> = scores.into_iter().collect();
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

/// bm25's inverse document frequency of a token in `holding` of `chunks`.
fn idf(chunks: usize, holding: usize) -> f32 {
    let (chunks, holding) = (chunks as f32, holding as f32);
    (1.0 + (chunks - holding + 0.5) / (holding + 0.5)).ln()
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

    fn queries(all: &[&[&str]]) -> Vec<Vec<String>> {
        all.iter().map(|keywords| keywords.iter().map(|k| k.to_string()).collect()).collect()
    }

    /// What bm25's own `Scorer` over every chunk ranks first for `keywords` (the index this one replaces).
    fn scorer_ranking(texts: &[&str], keywords: &[String]) -> Vec<usize> {
        let embedder =
            EmbedderBuilder::<u32, WordTokenizer>::with_tokenizer_and_fit_to_corpus(WordTokenizer, texts).build();
        let mut scorer = bm25::Scorer::<usize, u32>::new();
        texts.iter().enumerate().for_each(|(i, text)| scorer.upsert(&i, embedder.embed(text)));
        let mut ranked: Vec<(usize, f32)> =
            scorer.matches(&embedder.embed(&query_text(keywords))).into_iter().map(|m| (m.id, m.score)).collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked.into_iter().map(|(i, _)| i).collect()
    }

    #[test]
    fn the_matching_chunk_ranks_first() {
        let (docs, chunks) = index(&[
            "The weather was pleasant all week.",
            "Termination requires ninety days written notice.",
            "Payment is due within thirty days of invoice.",
        ]);
        let index = ChunkIndex::new(&docs, &chunks, &queries(&[&["termination notice"], &["PAYMENT", "invoice"]]));
        assert_eq!(index.top_k(&["termination notice".into()], 1), [1]);
        assert_eq!(index.top_k(&["PAYMENT".into(), "invoice".into()], 1), [2]);
    }

    #[test]
    fn ties_go_to_the_earlier_chunk_and_results_come_in_document_order() {
        let (docs, chunks) = index(&["alpha beta", "gamma delta", "alpha beta", "epsilon"]);
        let index = ChunkIndex::new(&docs, &chunks, &queries(&[&["alpha"], &["epsilon", "alpha"]]));
        assert_eq!(index.top_k(&["alpha".into()], 1), [0]);
        assert_eq!(index.top_k(&["epsilon".into(), "alpha".into()], 2), [0, 3]);
    }

    #[test]
    fn the_slices_rank_as_bm25s_scorer_over_every_chunk_does() {
        // More chunks than one slice, so that the pauses fall between embeddings; repeated words weigh.
        let texts: Vec<String> = (0..CHUNKS_PER_SLICE * 5 + 3)
            .map(|i| format!("entry {i} about topic{} and {} words", i % 7, "more ".repeat(i % 5)))
            .collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let (docs, chunks) = index(&refs);
        let asked = queries(&[&["topic3"], &["entry", "17"], &["topic1 more"], &["absent"]]);
        let mut pauses = 0;
        let sliced = futures::executor::block_on(ChunkIndex::build(&docs, &chunks, &asked, || {
            pauses += 1;
            std::future::ready(())
        }));
        let whole =
            EmbedderBuilder::<u32, WordTokenizer>::with_tokenizer_and_fit_to_corpus(WordTokenizer, &refs).build();
        assert_eq!(sliced.embedder.avgdl(), whole.avgdl(), "the same average length as bm25's own fit");
        assert_eq!(pauses, 1 + 6, "a pause between count slices, one before each embedding slice");
        for keywords in &asked {
            let matched = scorer_ranking(&refs, keywords);
            let k = matched.len().min(20);
            let mut expected = matched[..k].to_vec();
            expected.sort_unstable();
            assert_eq!(sliced.top_k(keywords, k), expected, "{keywords:?}");
        }
        assert_eq!(sliced.top_k(&["entry".into(), "17".into()], 1), [17]);
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn count_is_the_number_of_tokens(text in "(\\PC|[a-zA-Z0-9 ,.日本語한국어])*") {
            proptest::prop_assert_eq!(WordTokenizer::count(&text), WordTokenizer.tokenize(&text).len());
        }
    }

    #[test]
    fn too_few_matches_are_filled_in_document_order() {
        let (docs, chunks) = index(&["one", "two", "three", "four"]);
        let index = ChunkIndex::new(&docs, &chunks, &queries(&[&["three"], &[], &["four"]]));
        assert_eq!(index.top_k(&["three".into()], 3), [0, 1, 2]);
        assert_eq!(index.top_k(&[], 2), [0, 1]);
        assert_eq!(index.top_k(&["four".into()], 10), [0, 1, 2, 3]);
    }
}
