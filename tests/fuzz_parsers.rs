//! Fuzzing every parser of untrusted input that is not a file loader (those
//! are in `fuzz_loaders.rs`): model replies (JSON extraction, the typed
//! replies, cut replies), the servers' streams (SSE and NDJSON, through the
//! adapters' stream readers), question-set imports (JSON Lines and CSV),
//! evaluation imports and stored evaluations, history entries, and the model
//! in the page's inputs (GGUF headers, the page script's JSON and chunks). None may
//! panic: in WebAssembly a panic kills the page. The test suite runs the
//! default case count; `scripts/bench.sh` runs them in release with
//! `PROPTEST_CASES=1000000` and writes the executions to BENCHMARKS.md.
#![cfg(not(target_arch = "wasm32"))]

use minions_engine::eval::questions::{parse_csv, parse_jsonl};
use minions_engine::parse::{extract_object, salvage_cut};
use minions_engine::replies::{
    reasoning_of, JobReply, JudgeVerdict, MinionDecision, RawPlan, SupervisorQuestion, Synthesis,
};
use minions_providers::stream::{NdjsonDecoder, SseDecoder};
use minions_providers::tab::gguf::read_header;
use minions_providers::tab::plan::{check_file, FileCheck};
use minions_providers::tab::store::{StorageEstimate, StoredModel};
use minions_providers::tab::wire::TabStream;
use minions_providers::{ollama, openai};
use minions_web::web::evaluation::{import, Evaluation};
use minions_web::web::history::HistoryEntry;
use proptest::prelude::*;

/// Text shaped like JSON: the characters parsers branch on, and words.
const JSON_NOISE: &str =
    r#"([{}\[\]":,]|true|false|null|-?[0-9]{1,3}(\.[0-9])?|"[a-z_]{0,8}"|\\[nu"\\]|[a-z ]{0,4}|\n){0,48}"#;
/// Lines shaped like a server's stream.
const STREAM_NOISE: &str = r#"((data|event|id|retry|: ?)(: ?)?(\{"choices":\[\{"delta":\{"content":"[a-z]{0,3}"\}(,"finish_reason":"(stop|length)")?\}\]\}|\{"message":\{"content":"[a-z]{0,3}"\},"done":(true|false)\}|\[DONE\]|[a-z{}":,]{0,10})?(\r\n|\n|\r){1,2}){0,12}"#;

fn text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), JSON_NOISE.prop_map(String::from)]
}

proptest! {
    #[test]
    fn model_replies_are_read_or_refused(reply in text(), last in any::<bool>()) {
        let _ = extract_object(&reply);
        let _ = salvage_cut(&reply);
        let _ = reasoning_of(&reply);
        let _ = SupervisorQuestion::parse(&reply);
        let _ = MinionDecision::parse(&reply, last);
        let _ = RawPlan::parse(&reply);
        let _ = JobReply::parse(&reply);
        let _ = JobReply::parse_cut(&reply);
        let _ = Synthesis::parse(&reply, last);
        let _ = JudgeVerdict::parse(&reply);
    }

    #[test]
    fn server_streams_are_read_or_refused(
        bytes in prop_oneof![
            prop::collection::vec(any::<u8>(), 0..400),
            STREAM_NOISE.prop_map(String::into_bytes),
        ],
        split in 0usize..400,
    ) {
        let (head, tail) = bytes.split_at(split.min(bytes.len()));
        let mut sse = SseDecoder::new();
        let mut reply = openai::ChatStream::new();
        for event in sse.push(head).into_iter().chain(sse.push(tail)).chain(sse.finish()) {
            if reply.event(&event).is_err() {
                break;
            }
        }
        let _ = reply.finish();
        let mut ndjson = NdjsonDecoder::new();
        let mut reply = ollama::ChatStream::new();
        for line in ndjson.push(head).into_iter().chain(ndjson.push(tail)).chain(ndjson.finish()) {
            if reply.line(&line).is_err() {
                break;
            }
        }
        let _ = reply.finish();
    }

    #[test]
    fn question_sets_are_imported_line_by_line(
        input in prop_oneof![
            any::<String>(),
            JSON_NOISE.prop_map(String::from),
            r#"(id|question|answer|match|tolerance|documents|[a-z0-9 .]{0,6}|,|"|\n|\r\n){0,40}"#.prop_map(String::from),
        ],
    ) {
        let jsonl = parse_jsonl(&input);
        let csv = parse_csv(&input);
        for imported in [jsonl, csv] {
            prop_assert!(imported.errors.iter().all(|e| !e.to_string().is_empty()));
        }
    }

    #[test]
    fn model_files_and_the_page_script_s_answers_are_read_or_refused(
        bytes in prop_oneof![
            prop::collection::vec(any::<u8>(), 0..600),
            // A GGUF start, then noise: counts, lengths and types it must not trust.
            prop::collection::vec(any::<u8>(), 0..600).prop_map(|tail| {
                let mut head = b"GGUF\x03\x00\x00\x00".to_vec();
                head.extend(tail);
                head
            }),
        ],
        size in 0u64..2_000,
        json in text(),
    ) {
        let _ = read_header(&bytes);
        match check_file(&bytes, size) {
            FileCheck::ReadMore(n) => prop_assert!(n <= size && n > 0),
            FileCheck::Refused(failure) => prop_assert!(!failure.sentence().is_empty()),
            FileCheck::Whole(_) => {}
        }
        let _ = StoredModel::list_from_json(&json);
        let _ = StorageEstimate::from_json(&json);
        let mut stream = TabStream::default();
        let _ = stream.chunk(&json);
        let _ = stream.finish();
    }

    #[test]
    fn evaluations_and_history_entries_are_read_or_refused(name in "[a-z]{1,5}\\.(json|jsonl|csv|txt)", input in text()) {
        let _ = import(&name, &input);
        let _ = Evaluation::from_storage(&input);
        let _ = HistoryEntry::from_json(&input);
    }
}
