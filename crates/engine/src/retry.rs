//! When to send a failed call again, and after how long: [`retry_delay`].
//!
//! Rate limits wait as long as the server asks (or back off exponentially),
//! server failures and broken streams are tried again a couple of times, an
//! unreachable server once. The jitter that spreads retries apart comes from
//! the call number, not from randomness, so runs replay the same way.

use super::model::ModelError;

/// Longest single wait, even if the server asks for more.
pub const MAX_WAIT_MS: f64 = 60_000.0;

/// Milliseconds to wait before retry number `retries + 1`, or `None` when the
/// error is final or the budget for its kind is spent.
pub fn retry_delay(error: &ModelError, retries: u32, call: u32) -> Option<f64> {
    let budget = match error {
        ModelError::RateLimited { .. } => 4,
        ModelError::Server { status, .. } if *status >= 500 => 2,
        ModelError::StreamCut { .. } | ModelError::Timeout { .. } => 2,
        ModelError::Unreachable { .. } => 1,
        _ => 0,
    };
    if retries >= budget {
        return None;
    }
    let backoff = 1_000.0 * 2f64.powi(retries as i32);
    // Up to a quarter more, varied by call and attempt.
    let jitter =
        backoff * 0.25 * f64::from((call.wrapping_mul(2_654_435_761).wrapping_add(retries * 97)) % 1000) / 1000.0;
    let wait = match error {
        ModelError::RateLimited { retry_after_ms: Some(ms) } => *ms as f64 + 100.0,
        _ => backoff + jitter,
    };
    Some(wait.min(MAX_WAIT_MS))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rate_limits_wait_as_asked_then_give_up() {
        let limited = ModelError::RateLimited { retry_after_ms: Some(2_000) };
        assert_eq!(retry_delay(&limited, 0, 1), Some(2_100.0));
        assert_eq!(retry_delay(&limited, 4, 1), None);
        let unknown = ModelError::RateLimited { retry_after_ms: None };
        let first = retry_delay(&unknown, 0, 3).unwrap();
        let third = retry_delay(&unknown, 2, 3).unwrap();
        assert!((1_000.0..=1_250.0).contains(&first) && (4_000.0..=5_000.0).contains(&third));
    }

    #[test]
    fn final_errors_are_not_retried() {
        for error in [
            ModelError::Unauthorized { status: 401 },
            ModelError::QuotaExhausted,
            ModelError::ContextOverflow,
            ModelError::Server { status: 400, message: String::new() },
        ] {
            assert_eq!(retry_delay(&error, 0, 0), None, "{error}");
        }
        assert!(retry_delay(&ModelError::Unreachable { host: "h".into(), detail: String::new() }, 0, 0).is_some());
        assert!(retry_delay(&ModelError::Unreachable { host: "h".into(), detail: String::new() }, 1, 0).is_none());
    }

    #[test]
    fn jitter_spreads_calls_apart_within_a_quarter_and_waits_are_capped() {
        let error = ModelError::Server { status: 503, message: String::new() };
        let waits: Vec<f64> = (0..100).map(|call| retry_delay(&error, 1, call).unwrap()).collect();
        assert!(waits.iter().all(|w| (2_000.0..=2_500.0).contains(w)), "{waits:?}");
        let mut distinct = waits.clone();
        distinct.sort_by(f64::total_cmp);
        distinct.dedup();
        assert!(distinct.len() >= 90, "calls that fail together do not all wait alike: {} distinct", distinct.len());
        assert_eq!(retry_delay(&ModelError::RateLimited { retry_after_ms: Some(600_000) }, 0, 0), Some(MAX_WAIT_MS));
    }
}
