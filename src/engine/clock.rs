//! Time as the engine sees it: a [`Clock`] the caller supplies.
//!
//! The engine never reads the system clock (the standard library's clock
//! panics on wasm32, and tests must replay the same way), so the page passes
//! `performance.now()` and tests pass a [`ManualClock`].

use std::cell::Cell;

/// Milliseconds since some fixed origin.
pub trait Clock {
    fn now_ms(&self) -> f64;
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
}
