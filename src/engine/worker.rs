//! Sizing the worker's context window, and noticing when it was too small.
//!
//! Ollama silently drops the head of a prompt longer than `num_ctx`, so every
//! worker request carries a `num_ctx` computed here from the prompt estimate,
//! the output budget and a margin, capped by the model's context length. The
//! window is rounded up to a power of two because Ollama reloads a model
//! whenever `num_ctx` changes: few distinct sizes mean few reloads.

use super::config::WorkerSettings;

/// The smallest window ever requested.
pub const MIN_CONTEXT: u32 = 2_048;

/// A prompt that cannot fit the worker's context.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ContextShortfall {
    pub needed: u32,
    pub available: u32,
}

/// Tokens a prompt of `prompt_estimate` tokens needs in all.
pub fn context_needed(prompt_estimate: usize, settings: &WorkerSettings) -> u32 {
    let needed = prompt_estimate as u64 + u64::from(settings.num_predict) + u64::from(settings.context_margin);
    needed.min(u64::from(u32::MAX)) as u32
}

/// The `num_ctx` to send for a prompt of `prompt_estimate` tokens.
pub fn context_window(prompt_estimate: usize, settings: &WorkerSettings) -> Result<u32, ContextShortfall> {
    let needed = context_needed(prompt_estimate, settings);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(limit: u32) -> WorkerSettings {
        WorkerSettings { context_limit: limit, num_predict: 512, context_margin: 256, temperature: 0.2 }
    }

    #[test]
    fn windows_are_powers_of_two_within_the_limit() {
        assert_eq!(context_window(100, &settings(32_768)), Ok(2_048));
        assert_eq!(context_window(3_000, &settings(32_768)), Ok(4_096));
        assert_eq!(context_window(9_000, &settings(12_000)), Ok(12_000));
        assert_eq!(
            context_window(20_000, &settings(16_384)),
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
