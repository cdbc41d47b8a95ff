//! Sizing the worker's context window, and noticing when it was too small.
//!
//! Ollama silently drops the head of a prompt longer than `num_ctx`, so every
//! worker request carries a `num_ctx` computed here from the prompt estimate,
//! the output budget and a margin, capped by the model's context length. The
//! window is rounded up to a power of two because Ollama reloads a model
//! whenever `num_ctx` changes: few distinct sizes mean few reloads.

use super::config::WorkerSettings;
use super::error::{ContextAdvice, RunError};

/// The smallest window ever requested.
pub const MIN_CONTEXT: u32 = 2_048;

/// A prompt that cannot fit the worker's context.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ContextShortfall {
    pub needed: u32,
    pub available: u32,
}

impl ContextShortfall {
    /// The run error for this shortfall, with what the user can do.
    pub fn into_error(self, advice: ContextAdvice) -> RunError {
        RunError::ContextTooSmall { needed: self.needed, available: self.available, advice }
    }
}

/// Tokens a prompt of `prompt_estimate` tokens with a reply of at most
/// `output_tokens` needs in all.
pub fn context_needed(prompt_estimate: usize, output_tokens: u32, settings: &WorkerSettings) -> u32 {
    let needed = prompt_estimate as u64 + u64::from(output_tokens) + u64::from(settings.context_margin);
    needed.min(u64::from(u32::MAX)) as u32
}

/// The `num_ctx` to send for a prompt of `prompt_estimate` tokens and a
/// reply of at most `output_tokens`.
pub fn context_window(
    prompt_estimate: usize,
    output_tokens: u32,
    settings: &WorkerSettings,
) -> Result<u32, ContextShortfall> {
    let needed = context_needed(prompt_estimate, output_tokens, settings);
    let available = settings.context_limit;
    if needed > available {
        return Err(ContextShortfall { needed, available });
    }
    let bucket = needed.max(MIN_CONTEXT).checked_next_power_of_two().unwrap_or(u32::MAX);
    Ok(bucket.min(available))
}

/// Whether the server read far fewer prompt tokens than the estimate, the
/// sign that it cut the prompt's head. Unknown counts are not truncation.
pub fn looks_truncated(prompt_estimate: usize, reported_prompt_tokens: Option<u32>) -> bool {
    match reported_prompt_tokens {
        Some(reported) => prompt_estimate >= 256 && (reported as f64) < 0.5 * prompt_estimate as f64,
        None => false,
    }
}

/// Notices a worker that runs fewer jobs at once than are sent (Ollama's
/// `OLLAMA_NUM_PARALLEL` is 1 by default): jobs then wait at the server,
/// and their time on the clock grows far past the time the server says it
/// computed.
#[derive(Debug, Default)]
pub struct QueueWatch {
    ratios: Vec<f64>,
    reported: bool,
}

/// Jobs seen before judging.
const QUEUE_SAMPLES: usize = 4;
/// Median of (time on the clock ÷ server compute time) that means queueing.
const QUEUE_RATIO: f64 = 1.8;

impl QueueWatch {
    /// Records one job; returns the median ratio the first time the jobs
    /// show queueing while `concurrency` are sent at once.
    pub fn record(&mut self, elapsed_ms: f64, server_ms: Option<f64>, concurrency: usize) -> Option<f64> {
        let server_ms = server_ms.filter(|ms| *ms > 1.0)?;
        if concurrency < 2 || self.reported {
            return None;
        }
        self.ratios.push(elapsed_ms / server_ms);
        if self.ratios.len() < QUEUE_SAMPLES {
            return None;
        }
        let mut sorted = self.ratios.clone();
        sorted.sort_by(f64::total_cmp);
        let median = sorted[sorted.len() / 2];
        if median >= QUEUE_RATIO {
            self.reported = true;
            Some(median)
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn queueing_is_reported_once_when_jobs_wait_at_the_server() {
        let mut watch = QueueWatch::default();
        assert_eq!(watch.record(400.0, Some(100.0), 4), None);
        assert_eq!(watch.record(390.0, Some(100.0), 4), None);
        assert_eq!(watch.record(410.0, Some(100.0), 4), None);
        assert_eq!(watch.record(400.0, Some(100.0), 4), Some(4.0));
        assert_eq!(watch.record(400.0, Some(100.0), 4), None, "once per run");
    }

    #[test]
    fn a_parallel_server_or_unknown_timings_are_not_queueing() {
        let mut watch = QueueWatch::default();
        for _ in 0..8 {
            assert_eq!(watch.record(110.0, Some(100.0), 4), None);
            assert_eq!(watch.record(900.0, None, 4), None);
        }
        let mut serial_client = QueueWatch::default();
        for _ in 0..8 {
            assert_eq!(serial_client.record(400.0, Some(100.0), 1), None);
        }
    }

    fn settings(limit: u32) -> WorkerSettings {
        WorkerSettings { context_limit: limit, num_predict: 512, context_margin: 256, temperature: 0.2 }
    }

    #[test]
    fn windows_are_powers_of_two_within_the_limit() {
        assert_eq!(context_window(100, 512, &settings(32_768)), Ok(2_048));
        assert_eq!(context_window(3_000, 512, &settings(32_768)), Ok(4_096));
        assert_eq!(context_window(3_000, 900, &settings(32_768)), Ok(8_192));
        assert_eq!(context_window(9_000, 512, &settings(12_000)), Ok(12_000));
        assert_eq!(
            context_window(20_000, 512, &settings(16_384)),
            Err(ContextShortfall { needed: 20_768, available: 16_384 })
        );
    }

    #[test]
    fn truncation_needs_a_reported_count_far_below_the_estimate() {
        assert!(looks_truncated(10_000, Some(2_048)));
        assert!(!looks_truncated(10_000, Some(9_000)));
        assert!(!looks_truncated(10_000, None));
        assert!(!looks_truncated(100, Some(10)));
    }
}
