//! Time as the engine sees it: a [`Clock`] the caller supplies.
//!
//! The engine never reads the system clock or sets a timer of its own (the standard library's clock
//! panics on wasm32, and tests must replay the same way), so the page passes
//! `performance.now()` and tests pass a [`ManualClock`].

use std::cell::Cell;

use futures::future::LocalBoxFuture;

/// Milliseconds since some fixed origin, and waiting.
pub trait Clock {
    fn now_ms(&self) -> f64;

    /// Resolves after `ms` milliseconds (used between retries).
    fn sleep(&self, ms: f64) -> LocalBoxFuture<'_, ()>;
}

/// A clock that moves only when told to.
#[derive(Debug, Default)]
pub struct ManualClock {
    now: Cell<f64>,
}

impl ManualClock {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn advance(&self, ms: f64) {
        self.now.set(self.now.get() + ms);
    }
}

impl Clock for ManualClock {
    fn now_ms(&self) -> f64 {
        self.now.get()
    }

    /// Moves the clock on at once: tests do not wait.
    fn sleep(&self, ms: f64) -> LocalBoxFuture<'_, ()> {
        self.advance(ms.max(0.0));
        Box::pin(std::future::ready(()))
    }
}
