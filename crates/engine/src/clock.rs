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

/// The value of `future` when nothing it awaits can be pending (its pauses
/// are `std::future::ready`): the synchronous form of a paced pass.
pub fn finish_now<T>(future: impl std::future::Future<Output = T>) -> T {
    let mut future = std::pin::pin!(future);
    let mut context = std::task::Context::from_waker(std::task::Waker::noop());
    loop {
        if let std::task::Poll::Ready(value) = future.as_mut().poll(&mut context) {
            return value;
        }
    }
}

/// Most milliseconds a long pass runs before [`Pacer::pause`] gives the
/// event loop a turn: under the 50 ms a browser counts as a long task.
pub const PASS_SLICE_MS: f64 = 25.0;

/// Paces a long pass on the caller's thread: `pause()` is called often (every
/// few chunks) and waits only once [`PASS_SLICE_MS`] have gone by since the
/// last wait, since each wait costs a browser some milliseconds of its own.
pub struct Pacer<'a> {
    clock: &'a dyn Clock,
    last: Cell<f64>,
}

impl<'a> Pacer<'a> {
    pub fn new(clock: &'a dyn Clock) -> Self {
        Self { clock, last: Cell::new(clock.now_ms()) }
    }

    pub fn pause(&self) -> LocalBoxFuture<'_, ()> {
        if self.clock.now_ms() - self.last.get() < PASS_SLICE_MS {
            return Box::pin(std::future::ready(()));
        }
        Box::pin(async move {
            self.clock.sleep(0.0).await;
            self.last.set(self.clock.now_ms());
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A manual clock that counts its waits.
    #[derive(Default)]
    struct CountingClock {
        clock: ManualClock,
        waits: Cell<u32>,
    }

    impl Clock for CountingClock {
        fn now_ms(&self) -> f64 {
            self.clock.now_ms()
        }

        fn sleep(&self, ms: f64) -> LocalBoxFuture<'_, ()> {
            self.waits.set(self.waits.get() + 1);
            self.clock.sleep(ms)
        }
    }

    #[test]
    fn the_pacer_waits_only_once_a_slice_has_gone_by() {
        let clock = CountingClock::default();
        let pacer = Pacer::new(&clock);
        for _ in 0..10 {
            clock.clock.advance(2.0);
            futures::executor::block_on(pacer.pause());
        }
        assert_eq!(clock.waits.get(), 0, "20 ms of work: no wait yet");
        clock.clock.advance(5.0);
        futures::executor::block_on(pacer.pause());
        assert_eq!(clock.waits.get(), 1, "past 25 ms: one wait");
        clock.clock.advance(24.0);
        futures::executor::block_on(pacer.pause());
        assert_eq!(clock.waits.get(), 1, "the slice starts again after the wait");
        clock.clock.advance(1.0);
        futures::executor::block_on(pacer.pause());
        assert_eq!(clock.waits.get(), 2);
    }
}
