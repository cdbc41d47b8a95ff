//! The engine's clock on the host for benchmarks: wall time, tokio's sleep.

use std::time::{Duration, Instant};

use futures::future::LocalBoxFuture;
use minions_engine::clock::Clock;

pub struct WallClock(pub Instant);

impl Clock for WallClock {
    fn now_ms(&self) -> f64 {
        self.0.elapsed().as_secs_f64() * 1_000.0
    }
    fn sleep(&self, ms: f64) -> LocalBoxFuture<'_, ()> {
        Box::pin(tokio::time::sleep(Duration::from_secs_f64(ms / 1_000.0)))
    }
}
