//! Cancellation shared by everything in one run: [`Cancel`].
//!
//! The page holds one clone and calls [`Cancel::cancel`]; the engine races
//! every model call against [`Cancel::cancelled`], so a run stops at its next
//! await point and returns what it gathered. A call that loses the race is
//! dropped, and the page's fetch aborts its request when dropped.

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

use futures::future::{select, Either};

#[derive(Default)]
struct State {
    cancelled: bool,
    wakers: Vec<Waker>,
}

/// A single-threaded cancellation flag that futures can wait on.
#[derive(Clone, Default)]
pub struct Cancel {
    state: Rc<RefCell<State>>,
}

/// The marker a cancelled wait returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cancelled;

impl Cancel {
    pub fn new() -> Self {
        Self::default()
    }

    /// Cancels the run: wakes every waiter, once.
    pub fn cancel(&self) {
        let wakers = {
            let mut state = self.state.borrow_mut();
            if state.cancelled {
                return;
            }
            state.cancelled = true;
            std::mem::take(&mut state.wakers)
        };
        wakers.into_iter().for_each(Waker::wake);
    }

    pub fn is_cancelled(&self) -> bool {
        self.state.borrow().cancelled
    }

    /// Resolves when the run is cancelled.
    pub fn cancelled(&self) -> WaitCancelled {
        WaitCancelled { cancel: self.clone() }
    }

    /// Runs `future` unless the run is cancelled first.
    pub async fn race<T>(&self, future: impl Future<Output = T>) -> Result<T, Cancelled> {
        if self.is_cancelled() {
            return Err(Cancelled);
        }
        let future = std::pin::pin!(future);
        match select(future, self.cancelled()).await {
            Either::Left((value, _)) => Ok(value),
            Either::Right(((), _)) => Err(Cancelled),
        }
    }
}

/// The future returned by [`Cancel::cancelled`].
pub struct WaitCancelled {
    cancel: Cancel,
}

impl Future for WaitCancelled {
    type Output = ();

    fn poll(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        let mut state = self.cancel.state.borrow_mut();
        if state.cancelled {
            return Poll::Ready(());
        }
        if !state.wakers.iter().any(|w| w.will_wake(cx.waker())) {
            state.wakers.push(cx.waker().clone());
        }
        Poll::Pending
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::executor::block_on;

    #[test]
    fn race_returns_the_value_when_not_cancelled() {
        let cancel = Cancel::new();
        assert_eq!(block_on(cancel.race(async { 7 })), Ok(7));
    }

    #[test]
    fn cancelling_ends_a_pending_race_and_every_later_one() {
        let cancel = Cancel::new();
        let trigger = cancel.clone();
        let result = block_on(async {
            let never = futures::future::pending::<()>();
            let pending = cancel.race(never);
            let cancel_soon = async {
                trigger.cancel();
                trigger.cancel();
            };
            futures::join!(pending, cancel_soon).0
        });
        assert_eq!(result, Err(Cancelled));
        assert!(cancel.is_cancelled());
        assert_eq!(block_on(cancel.race(async { 1 })), Err(Cancelled));
    }
}
