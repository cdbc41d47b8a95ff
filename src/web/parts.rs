//! The page's lazy parts (feature `split`: Settings, the evaluation, the
//! engine's turn, the markdown reader, the export), and what happens when
//! one cannot be fetched: the load is tried three times, then the caller
//! gets [`PartMissing`] and shows a sentence with a way to try again. A
//! failed fetch must not end the page: wasm-split's own `#[lazy]` panics,
//! and a panic in WebAssembly stops everything on the page.

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

/// A lazy part's body, boxed so that it crosses into the part; `Send` and
/// `Sync` (wrapped) because Leptos's `Suspend` asks for them.
pub type PartFuture<T> = Pin<Box<dyn Future<Output = T> + Send + Sync>>;

/// A lazy part of the page could not be fetched or started (offline, a
/// cut connection, a page updated on the server meanwhile).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartMissing;

impl From<leptos::wasm_split::SplitLoaderError> for PartMissing {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        PartMissing
    }
}

/// Waits before the second and the third try of a load.
pub const RETRY_PAUSES: [Duration; 2] = [Duration::from_millis(300), Duration::from_millis(1500)];

/// Tries `load` up to three times, waiting `pause(d)` between tries: a
/// load that failed is not remembered, so each try fetches again.
pub async fn with_retries<F, Fut, P, Wait>(mut load: F, pause: P) -> Result<(), PartMissing>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<(), PartMissing>>,
    P: Fn(Duration) -> Wait,
    Wait: Future<Output = ()>,
{
    let mut pauses = RETRY_PAUSES.iter();
    loop {
        match load().await {
            Ok(()) => return Ok(()),
            Err(missing) => match pauses.next() {
                Some(&wait) => pause(wait).await,
                None => return Err(missing),
            },
        }
    }
}

/// The browser's timer, for [`with_retries`].
#[cfg(target_arch = "wasm32")]
pub async fn browser_pause(wait: Duration) {
    gloo_timers::future::sleep(wait).await;
}

/// `async fn name(args) -> T { body }` as a lazy part in the page's own
/// build: the function becomes `async fn name(args) -> Result<T, PartMissing>`,
/// fetching its code on the first call (up to three tries, then
/// `Err`). Without feature `split` the body is in the main module and the
/// result always `Ok`. `name` names the split module, so it is unique in the crate.
#[macro_export]
macro_rules! lazy_part {
    ($(#[$meta:meta])* $vis:vis async fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty $body:block) => {
        $(#[$meta])*
        $vis async fn $name($($arg: $ty),*) -> Result<$ret, $crate::web::parts::PartMissing> {
            #[cfg_attr(
                feature = "split",
                ::leptos::wasm_split::wasm_split($name, wasm_split_path = ::leptos::wasm_split, fallible, preload(preload))
            )]
            fn part($($arg: $ty),*) -> Result<$crate::web::parts::PartFuture<$ret>, $crate::web::parts::PartMissing> {
                Ok(Box::pin(::leptos::__reexports::send_wrapper::SendWrapper::new(async move $body)))
            }
            // Wrapped: the browser's timer between tries is not `Send`, and Leptos's `Suspend` asks for it.
            ::leptos::__reexports::send_wrapper::SendWrapper::new(async move {
                // Loaded first on its own (a failed load keeps the arguments for the next try), then called:
                // a successful load is kept, so the call does not fetch again.
                #[cfg(feature = "split")]
                $crate::web::parts::with_retries(
                    || async { preload().await.map_err($crate::web::parts::PartMissing::from) },
                    $crate::web::parts::browser_pause,
                )
                .await?;
                #[cfg(feature = "split")]
                let body = part($($arg),*).await?;
                #[cfg(not(feature = "split"))]
                let body = part($($arg),*)?;
                Ok(body.await)
            })
            .await
        }
    };
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::{Cell, RefCell};

    fn run(failures: u32) -> (Result<(), PartMissing>, u32, Vec<Duration>) {
        let tries = Cell::new(0);
        let waited = RefCell::new(Vec::new());
        let result = futures::executor::block_on(with_retries(
            || {
                tries.set(tries.get() + 1);
                let failed = tries.get() <= failures;
                async move {
                    if failed {
                        Err(PartMissing)
                    } else {
                        Ok(())
                    }
                }
            },
            |wait| {
                waited.borrow_mut().push(wait);
                async {}
            },
        ));
        (result, tries.get(), waited.into_inner())
    }

    #[test]
    fn a_part_that_loads_is_fetched_once() {
        assert_eq!(run(0), (Ok(()), 1, vec![]));
    }

    #[test]
    fn a_failed_fetch_is_tried_again_after_a_pause() {
        assert_eq!(run(1), (Ok(()), 2, vec![RETRY_PAUSES[0]]));
        assert_eq!(run(2), (Ok(()), 3, RETRY_PAUSES.to_vec()));
    }

    #[test]
    fn three_failures_give_up_with_part_missing() {
        assert_eq!(run(5), (Err(PartMissing), 3, RETRY_PAUSES.to_vec()));
    }
}
