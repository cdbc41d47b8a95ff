//! Property tests for the stream decoders: however a byte stream is split
//! into chunks (even inside a UTF-8 character or a CRLF), the decoders yield
//! the same lines and events as for the stream in one piece.
#![cfg(not(target_arch = "wasm32"))]

use minions_providers::stream::{NdjsonDecoder, SseDecoder, SseEvent};
use proptest::prelude::*;

/// Cuts `bytes` at the given fractions.
fn split(bytes: &[u8], cuts: &[f64]) -> Vec<Vec<u8>> {
    let mut points: Vec<usize> = cuts.iter().map(|c| (c * bytes.len() as f64) as usize).collect();
    points.push(0);
    points.push(bytes.len());
    points.sort_unstable();
    points.dedup();
    points.windows(2).map(|w| bytes[w[0]..w[1]].to_vec()).collect()
}

fn ndjson(chunks: &[Vec<u8>]) -> Vec<String> {
    let mut decoder = NdjsonDecoder::new();
    let mut lines: Vec<String> = chunks.iter().flat_map(|c| decoder.push(c)).collect();
    lines.extend(decoder.finish());
    lines
}

fn sse(chunks: &[Vec<u8>]) -> Vec<SseEvent> {
    let mut decoder = SseDecoder::new();
    let mut events: Vec<SseEvent> = chunks.iter().flat_map(|c| decoder.push(c)).collect();
    events.extend(decoder.finish());
    events
}

/// JSON lines as Ollama sends them, with multibyte text.
fn ndjson_stream() -> impl Strategy<Value = (String, Vec<String>)> {
    prop::collection::vec("[a-zé日本🙂 ]{0,12}", 1..12).prop_map(|texts| {
        let lines: Vec<String> =
            texts.iter().map(|t| serde_json::json!({"message": {"content": t}, "done": false}).to_string()).collect();
        let stream = lines.iter().map(|l| format!("{l}\n")).collect::<String>();
        (stream, lines)
    })
}

/// Server-sent events with comments, multi-line data and CRLF or LF endings.
fn sse_stream() -> impl Strategy<Value = (String, Vec<SseEvent>)> {
    (prop::collection::vec(("[a-zé日 ]{1,10}", any::<bool>(), any::<bool>()), 1..10), any::<bool>()).prop_map(
        |(events, crlf)| {
            let end = if crlf { "\r\n" } else { "\n" };
            let mut stream = String::new();
            let mut expected = Vec::new();
            for (text, two_lines, comment) in events {
                if comment {
                    stream.push_str(&format!(": keep-alive{end}{end}"));
                }
                if two_lines {
                    stream.push_str(&format!("event: delta{end}data: {text}{end}data: {text}{end}{end}"));
                    expected.push(SseEvent { event: "delta".into(), data: format!("{text}\n{text}") });
                } else {
                    stream.push_str(&format!("data: {text}{end}{end}"));
                    expected.push(SseEvent { event: "message".into(), data: text });
                }
            }
            stream.push_str(&format!("data: [DONE]{end}{end}"));
            expected.push(SseEvent { event: "message".into(), data: "[DONE]".into() });
            (stream, expected)
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1_000, ..ProptestConfig::default() })]

    #[test]
    fn ndjson_lines_do_not_depend_on_chunk_boundaries(
        (stream, lines) in ndjson_stream(),
        cuts in prop::collection::vec(0.0f64..1.0, 0..12),
    ) {
        prop_assert_eq!(ndjson(&split(stream.as_bytes(), &cuts)), lines);
    }

    #[test]
    fn sse_events_do_not_depend_on_chunk_boundaries(
        (stream, expected) in sse_stream(),
        cuts in prop::collection::vec(0.0f64..1.0, 0..12),
    ) {
        prop_assert_eq!(sse(&split(stream.as_bytes(), &cuts)), expected);
    }

    #[test]
    fn decoders_take_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400), cuts in prop::collection::vec(0.0f64..1.0, 0..8)) {
        let chunks = split(&bytes, &cuts);
        let whole = ndjson(std::slice::from_ref(&bytes));
        prop_assert_eq!(ndjson(&chunks), whole);
        let whole = sse(std::slice::from_ref(&bytes));
        prop_assert_eq!(sse(&chunks), whole);
    }
}
