//! Property tests: the chunkers, the reply parser and the other functions
//! that read arbitrary input never panic and keep their promises.
#![cfg(not(target_arch = "wasm32"))]

use minions_engine::chunking::{chunk_documents, ChunkUnit, Chunking};
use minions_engine::documents::{Document, DocumentKind};
use minions_engine::egress::LeakIndex;
use minions_engine::parse::{extract_object, salvage_cut};
use minions_engine::privacy::detect::{find_pii, Listed};
use minions_engine::privacy::redact::Redactor;
use minions_engine::privacy::verbatim::{find_runs, withhold};
use minions_engine::replies::JobReply;
use minions_engine::tokens::{estimate_tokens, TokenCounter};
use proptest::prelude::*;

/// Text made of the pieces that matter to chunkers: words, spaces, line and
/// page breaks, sentence ends, multibyte letters and odd whitespace.
fn document_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[a-z]{1,12}",
        Just(" ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("\u{c}".to_string()),
        Just(". ".to_string()),
        Just("日本語".to_string()),
        Just("é".to_string()),
        Just("\u{3000}".to_string()),
        Just("🙂".to_string()),
        Just("\r\n".to_string()),
    ];
    prop_oneof![
        4 => prop::collection::vec(piece, 0..200).prop_map(|pieces| pieces.concat()),
        1 => any::<String>(),
    ]
}

fn chunking() -> impl Strategy<Value = (Chunking, usize)> {
    (
        prop_oneof![Just(ChunkUnit::Chars), Just(ChunkUnit::Pages), Just(ChunkUnit::Paragraphs)],
        1usize..120,
        0usize..80,
        1usize..200,
    )
        .prop_map(|(unit, size, overlap, char_limit)| {
            let size = if unit == ChunkUnit::Pages { size % 6 + 1 } else { size };
            (Chunking { unit, size, overlap }, char_limit)
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, ..ProptestConfig::default() })]

    #[test]
    fn chunks_cover_every_character_stay_in_bounds_and_in_their_document(
        texts in prop::collection::vec(document_text(), 1..4),
        (chunking, char_limit) in chunking(),
    ) {
        let documents: Vec<Document> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Document::new(format!("d{i}"), DocumentKind::Text, t.clone()))
            .collect();
        let chunks = chunk_documents(&documents, &chunking, char_limit);
        for (position, chunk) in chunks.iter().enumerate() {
            prop_assert_eq!(chunk.index, position);
            let document = &documents[chunk.document];
            let text = document.text.get(chunk.span.clone());
            prop_assert!(text.is_some(), "span {:?} is not on character boundaries", chunk.span);
            let text = text.unwrap_or_default();
            prop_assert!(!text.trim().is_empty());
            let chars = text.chars().count();
            let bound = match chunking.unit {
                ChunkUnit::Chars | ChunkUnit::Paragraphs => chunking.size,
                ChunkUnit::Pages => char_limit,
            };
            prop_assert!(chars <= bound, "{} chars over the bound {}", chars, bound);
            prop_assert!(chunk.first_page >= 1 && chunk.first_page <= chunk.last_page);
            prop_assert!(chunk.last_page as usize <= document.page_count());
        }
        prop_assert!(chunks.windows(2).all(|w| w[0].document <= w[1].document));
        for (index, document) in documents.iter().enumerate() {
            let mut covered = vec![false; document.text.len()];
            for chunk in chunks.iter().filter(|c| c.document == index) {
                covered[chunk.span.clone()].iter_mut().for_each(|c| *c = true);
            }
            for (offset, c) in document.text.char_indices() {
                if !c.is_whitespace() && c != '\u{c}' {
                    prop_assert!(covered[offset], "{:?} at {} is in no chunk", c, offset);
                }
            }
        }
    }

    #[test]
    fn a_json_object_is_found_wherever_it_stands(
        message in any::<String>(),
        before in "[^{}]{0,40}",
        after in "[^{}]{0,40}",
        fenced in any::<bool>(),
    ) {
        let object = serde_json::json!({"message": message});
        let body = if fenced { format!("```json\n{object}\n```") } else { object.to_string() };
        let reply = format!("{before}{body}{after}");
        let parsed = extract_object(&reply);
        prop_assert_eq!(parsed.ok().map(serde_json::Value::Object), Some(object));
    }

    /// A reply cut anywhere is never read as a different answer: what
    /// `parse_cut` finds is the whole reply's answer, or nothing.
    #[test]
    fn a_job_reply_cut_anywhere_gives_its_answer_or_nothing(
        explanation in "[a-zA-Z0-9 ,.\"\\\\é{}]{0,40}",
        citation in proptest::option::of("[a-z ,{}\\[\\]]{1,20}"),
        found in any::<bool>(),
        answer in proptest::option::of("[a-z0-9 ,.\"]{1,20}"),
        pretty in any::<bool>(),
        cut in 0.0f64..1.0,
    ) {
        let value = serde_json::json!({"explanation": explanation, "citation": citation, "found": found, "answer": answer});
        let text = if pretty { serde_json::to_string_pretty(&value).unwrap() } else { value.to_string() };
        let whole = JobReply::parse(&text).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let mut at = (text.len() as f64 * cut) as usize;
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        if let Some(partial) = JobReply::parse_cut(&text[..at]) {
            prop_assert_eq!(partial.abstains(), whole.abstains(), "{}", &text[..at]);
            if !whole.abstains() {
                prop_assert_eq!(&partial.answer, &whole.answer);
            }
        }
        // Whole, it reads as itself.
        prop_assert_eq!(JobReply::parse_cut(&text), Some(whole));
    }

    /// Closing a cut object gives JSON whose members were all in the reply.
    #[test]
    fn a_salvaged_object_holds_only_members_that_closed(
        members in proptest::collection::vec(("[a-z]{1,6}", "[a-z0-9 ,{}\\[\\]]{0,12}"), 1..6),
        cut in 0.0f64..1.0,
    ) {
        let mut object = serde_json::Map::new();
        for (key, value) in &members {
            object.insert(key.clone(), serde_json::Value::String(value.clone()));
        }
        let text = serde_json::Value::Object(object.clone()).to_string();
        let at = (text.len() as f64 * cut) as usize;
        if let Some(closed) = salvage_cut(&text[..at]) {
            let parsed: serde_json::Map<String, serde_json::Value> =
                serde_json::from_str(&closed).map_err(|e| TestCaseError::fail(e.to_string()))?;
            for (key, value) in &parsed {
                prop_assert_eq!(object.get(key), Some(value));
            }
        }
    }

    #[test]
    fn a_job_reply_survives_a_round_trip(
        explanation in any::<String>(),
        citation in proptest::option::of("[a-z ]{1,20}"),
        answer in proptest::option::of("[a-z0-9 ]{1,20}"),
    ) {
        let text = serde_json::json!({"explanation": explanation, "citation": citation, "answer": answer}).to_string();
        let reply = JobReply::parse(&format!("Here you go:\n{text}")).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(reply.explanation, explanation);
        prop_assert_eq!(reply.answer, answer);
        prop_assert_eq!(reply.citation, citation.filter(|c| !c.trim().is_empty()));
    }

    #[test]
    fn the_estimator_and_the_leak_index_take_any_text(text in any::<String>(), probe in any::<String>()) {
        let estimate = estimate_tokens(&text);
        prop_assert_eq!(estimate == 0, text.is_empty());
        // Counted in pieces cut anywhere between characters, the same figure.
        let mut counter = TokenCounter::default();
        let mut rest = text.as_str();
        let mut step = 1 + probe.len() % 7;
        while !rest.is_empty() {
            let mut cut = step.min(rest.len());
            while !rest.is_char_boundary(cut) {
                cut += 1;
            }
            counter.feed(&rest[..cut]);
            rest = &rest[cut..];
            step = step % 11 + 1;
        }
        prop_assert_eq!(counter.finish(), estimate);
        let index = LeakIndex::new(&[Document::from_text("x", text.clone())]);
        let found = index.verbatim_chars(&[&probe]);
        prop_assert!(found <= probe.chars().flat_map(char::to_lowercase).count());
        // A document always contains itself, once it is long enough.
        if text.chars().filter(|c| !c.is_whitespace()).count() >= 2 * LeakIndex::GUARANTEED_RUN {
            prop_assert!(index.verbatim_chars(&[&text]) > 0);
        }
    }
}

/// Text that looks like what the detectors hunt for: digits, separators,
/// `@`, colons, dates, letters, non-ASCII.
const PII_NOISE: &str = r"[0-9A-Za-z@:.+()\- /,é€\[\]_]{0,120}";

proptest! {
    #![proptest_config(ProptestConfig { cases: 5_000, ..ProptestConfig::default() })]

    #[test]
    fn redaction_takes_any_text_and_restores_it_exactly(
        text in prop_oneof![any::<String>(), PII_NOISE.prop_map(String::from)],
        name in "[A-Za-zé ]{0,12}",
    ) {
        let listed = Listed { names: vec![name], terms: vec![] };
        let found = find_pii(&text, &listed);
        for pair in found.windows(2) {
            prop_assert!(pair[0].span.end <= pair[1].span.start, "overlapping finds");
        }
        let mut redactor = Redactor::new(listed);
        let (redacted, _) = redactor.redact(&text);
        // Restoring gives the text back unless it already held a placeholder-shaped word.
        if !text.contains('[') {
            prop_assert_eq!(redactor.restore(&redacted), text.clone());
        }
        let _ = redactor.restore_reply(&text);
    }

    #[test]
    fn the_verbatim_guard_takes_any_text(text in any::<String>(), doc in any::<String>(), n in 1usize..20) {
        let documents = [Document::from_text("d", doc.clone())];
        let runs = find_runs(&text, &documents, n);
        let withheld = withhold(&text, &runs);
        prop_assert!(withheld.len() <= text.len() + runs.len() * 64);
        prop_assert!(runs.iter().all(|r| r.words >= n && text.is_char_boundary(r.span.start) && text.is_char_boundary(r.span.end)));
        // A document always quotes itself whole.
        let words = doc.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).count();
        if words >= n {
            prop_assert_eq!(find_runs(&doc, &documents, n).iter().map(|r| r.words).sum::<usize>(), words);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 3_000, ..ProptestConfig::default() })]

    #[test]
    fn scoring_and_question_sets_take_any_text(
        text in prop_oneof![any::<String>(), r"[0-9.,' \-€%a-z]{0,30}".prop_map(String::from), r"((the|a|an|The) ){0,4}[a-z ]{0,8}".prop_map(String::from)],
        tolerance in prop::option::of(0.0f64..1.0),
    ) {
        use minions_engine::eval::questions::{parse_csv, parse_jsonl, to_jsonl};
        use minions_engine::eval::score::{first_number, is_correct, normalize, numbers, MatchRule};
        if let Some(n) = first_number(&text) {
            prop_assert!(n.is_finite());
        }
        prop_assert_eq!(normalize(&normalize(&text)), normalize(&text));
        for rule in [MatchRule::Exact, MatchRule::Contains, MatchRule::Number { tolerance }] {
            let _ = is_correct(&rule, &text, &text, &text);
        }
        if first_number(&text).is_some() {
            prop_assert_eq!(is_correct(&MatchRule::Number { tolerance }, "", &text, &text), Some(true));
            prop_assert_eq!(is_correct(&MatchRule::Number { tolerance }, &text, &text, &text), Some(true));
        }
        prop_assert_eq!(numbers(&text).first().copied(), first_number(&text));
        let imported = parse_jsonl(&text);
        prop_assert_eq!(parse_jsonl(&to_jsonl(&imported.questions)).questions, imported.questions);
        let _ = parse_csv(&text);
    }
}

/// Pieces of phone numbers and cards (extensions, trunk prefixes, cue words
/// in several languages, non-ASCII letters) in any order.
fn phone_and_card_pieces() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Tel. ".to_string()),
        Just("téléphone : ".to_string()),
        Just("Kartennummer ".to_string()),
        Just("Invoice ".to_string()),
        Just("x".to_string()),
        Just(" ext. ".to_string()),
        Just("(0)".to_string()),
        Just("(".to_string()),
        Just(")".to_string()),
        Just("+".to_string()),
        Just("00".to_string()),
        Just(" ".to_string()),
        Just("-".to_string()),
        Just(".".to_string()),
        Just("é".to_string()),
        Just("€".to_string()),
        Just("4111111111111111".to_string()),
        Just("1800".to_string()),
        Just("0604".to_string()),
        "[0-9]{1,5}".prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 5_000, ..ProptestConfig::default() })]

    #[test]
    fn phone_and_card_shapes_never_panic_and_find_whole_characters(text in phone_and_card_pieces()) {
        let found = find_pii(&text, &Listed::default());
        for f in &found {
            prop_assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end));
            prop_assert!(f.span.start < f.span.end && f.span.end <= text.len());
        }
        for pair in found.windows(2) {
            prop_assert!(pair[0].span.end <= pair[1].span.start, "overlapping finds");
        }
    }
}
