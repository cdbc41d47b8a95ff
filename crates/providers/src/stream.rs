//! Stream decoders: bytes in, whole lines or events out.
//!
//! [`LineDecoder`] splits a byte stream into lines (Ollama's NDJSON), and
//! [`SseDecoder`] into server-sent events (OpenAI's streaming). Both are pure
//! functions over byte chunks: a chunk boundary may fall anywhere, even
//! inside a UTF-8 character or between `\r` and `\n`; invalid UTF-8 becomes
//! U+FFFD rather than an error. Property tests feed them random splits.

/// Splits bytes into lines; `\n` and `\r\n` end a line.
#[derive(Debug, Default)]
pub struct LineDecoder {
    pending: Vec<u8>,
}

impl LineDecoder {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds bytes; returns every line they complete, without line endings.
    pub fn push(&mut self, bytes: &[u8]) -> Vec<String> {
        self.pending.extend_from_slice(bytes);
        let mut lines = Vec::new();
        let mut start = 0;
        while let Some(offset) = self.pending[start..].iter().position(|&b| b == b'\n') {
            let end = start + offset;
            let line = &self.pending[start..end];
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            lines.push(String::from_utf8_lossy(line).into_owned());
            start = end + 1;
        }
        self.pending.drain(..start);
        lines
    }

    /// The last line, if the stream ended without a line break.
    pub fn finish(&mut self) -> Option<String> {
        let rest = std::mem::take(&mut self.pending);
        let rest = rest.strip_suffix(b"\r").unwrap_or(&rest);
        (!rest.is_empty()).then(|| String::from_utf8_lossy(rest).into_owned())
    }
}

/// NDJSON: the non-blank lines of a stream.
#[derive(Debug, Default)]
pub struct NdjsonDecoder {
    lines: LineDecoder,
}

impl NdjsonDecoder {
    pub fn new() -> Self {
        Self::default()
    }

    /// Every complete, non-blank line the bytes finish.
    pub fn push(&mut self, bytes: &[u8]) -> Vec<String> {
        self.lines.push(bytes).into_iter().filter(|l| !l.trim().is_empty()).collect()
    }

    pub fn finish(&mut self) -> Option<String> {
        self.lines.finish().filter(|l| !l.trim().is_empty())
    }
}

/// One server-sent event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SseEvent {
    /// The `event:` field; `message` when absent.
    pub event: String,
    /// The `data:` lines joined by `\n`.
    pub data: String,
}

/// Server-sent events per the WHATWG rules: fields per line, a blank line
/// dispatches, `:` lines are comments (keep-alives), one leading space after
/// the colon is dropped, events without data are skipped.
#[derive(Debug, Default)]
pub struct SseDecoder {
    lines: LineDecoder,
    event: Option<String>,
    data: Vec<String>,
}

impl SseDecoder {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn push(&mut self, bytes: &[u8]) -> Vec<SseEvent> {
        let lines = self.lines.push(bytes);
        let mut events = Vec::new();
        for line in lines {
            self.line(&line, &mut events);
        }
        events
    }

    /// Dispatches what is left when the stream ends.
    pub fn finish(&mut self) -> Vec<SseEvent> {
        let mut events = Vec::new();
        if let Some(line) = self.lines.finish() {
            self.line(&line, &mut events);
        }
        self.dispatch(&mut events);
        events
    }

    fn line(&mut self, line: &str, events: &mut Vec<SseEvent>) {
        if line.is_empty() {
            self.dispatch(events);
            return;
        }
        if line.starts_with(':') {
            return;
        }
        let (field, value) = match line.split_once(':') {
            Some((field, value)) => (field, value.strip_prefix(' ').unwrap_or(value)),
            None => (line, ""),
        };
        match field {
            "data" => self.data.push(value.to_string()),
            "event" => self.event = Some(value.to_string()),
            _ => {}
        }
    }

    fn dispatch(&mut self, events: &mut Vec<SseEvent>) {
        let event = self.event.take();
        if self.data.is_empty() {
            return;
        }
        events.push(SseEvent {
            event: event.filter(|e| !e.is_empty()).unwrap_or_else(|| "message".into()),
            data: std::mem::take(&mut self.data).join("\n"),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_survive_splits_inside_characters_and_crlf() {
        let text = "héllo\r\nwörld\n{\"a\":1}";
        let bytes = text.as_bytes();
        let mut decoder = LineDecoder::new();
        let mut lines = Vec::new();
        for byte in bytes {
            lines.extend(decoder.push(std::slice::from_ref(byte)));
        }
        lines.extend(decoder.finish());
        assert_eq!(lines, ["héllo", "wörld", "{\"a\":1}"]);
    }

    #[test]
    fn sse_handles_comments_multi_line_data_and_done() {
        let stream =
            ": keep-alive\n\ndata: {\"a\":1}\n\nevent: error\ndata: line one\ndata: line two\n\ndata: [DONE]\n\n";
        let mut decoder = SseDecoder::new();
        let events = decoder.push(stream.as_bytes());
        assert_eq!(
            events,
            [
                SseEvent { event: "message".into(), data: "{\"a\":1}".into() },
                SseEvent { event: "error".into(), data: "line one\nline two".into() },
                SseEvent { event: "message".into(), data: "[DONE]".into() },
            ]
        );
    }

    #[test]
    fn an_unterminated_last_event_is_dispatched_at_the_end() {
        let mut decoder = SseDecoder::new();
        assert!(decoder.push(b"data: tail").is_empty());
        assert_eq!(decoder.finish(), [SseEvent { event: "message".into(), data: "tail".into() }]);
    }
}
