//! The page's side of the loader worker (`src/bin/loader-worker.rs`): the
//! worker is started the first time a Word, HTML, CSV or JSON file is
//! opened, and every such file is parsed there, so that the page's main
//! thread (and its first load) carries none of those parsers.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use futures::channel::oneshot;
use js_sys::{Array, ArrayBuffer};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker};

use minions_loaders::{LoadError, Loaded, ReaderProblem};

/// A reply: the result header (JSON) and the text.
type Reply = (String, String);

struct LoaderWorker {
    worker: Worker,
    ready: Cell<bool>,
    /// Messages sent before the worker said it was ready.
    queued: RefCell<Vec<Array>>,
    pending: RefCell<HashMap<u32, oneshot::Sender<Reply>>>,
    next_id: Cell<u32>,
}

thread_local! {
    static WORKER: RefCell<Option<&'static LoaderWorker>> = const { RefCell::new(None) };
}

/// The browser's own words for a worker it could not start or message.
fn not_started(error: &JsValue) -> LoadError {
    LoadError::ReaderUnavailable(ReaderProblem::WorkerNotStarted(format!("{error:?}")))
}

fn start() -> Result<&'static LoaderWorker, LoadError> {
    if let Some(worker) = WORKER.with(|w| *w.borrow()) {
        return Ok(worker);
    }
    let base = crate::web::page_base();
    let url = web_sys::Url::new_with_base("loader-shim.js", &base).map(|u| u.href()).unwrap_or_default();
    let worker = Worker::new(&url).map_err(|e| not_started(&e))?;
    // Lives as long as the page: leaked once, on purpose.
    let state: &'static LoaderWorker = Box::leak(Box::new(LoaderWorker {
        worker,
        ready: Cell::new(false),
        queued: RefCell::new(Vec::new()),
        pending: RefCell::new(HashMap::new()),
        next_id: Cell::new(1),
    }));
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let message = Array::from(&event.data());
        if message.length() == 0 {
            state.ready.set(true);
            for queued in state.queued.borrow_mut().drain(..) {
                let _ = state.worker.post_message(&queued);
            }
            return;
        }
        let id = message.get(0).as_f64().unwrap_or(0.0) as u32;
        let reply = (message.get(1).as_string().unwrap_or_default(), message.get(2).as_string().unwrap_or_default());
        if let Some(sender) = state.pending.borrow_mut().remove(&id) {
            let _ = sender.send(reply);
        }
    });
    state.worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let on_error = Closure::<dyn Fn(JsValue)>::new(move |_| {
        // Dropping the senders fails every waiting load.
        state.pending.borrow_mut().clear();
    });
    state.worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_error.forget();
    WORKER.with(|w| *w.borrow_mut() = Some(state));
    Ok(state)
}

/// Reads `buffer` (a whole file) in the worker; the buffer moves there.
pub async fn load_in_worker(name: &str, buffer: ArrayBuffer, limit_mb: u32) -> Result<Loaded, LoadError> {
    let worker = start()?;
    let id = worker.next_id.get();
    worker.next_id.set(id + 1);
    let (sender, receiver) = oneshot::channel();
    worker.pending.borrow_mut().insert(id, sender);
    let message = Array::of4(&id.into(), &name.into(), &buffer, &limit_mb.into());
    if worker.ready.get() {
        let transfer = Array::of1(&buffer);
        worker.worker.post_message_with_transfer(&message, &transfer).map_err(|e| not_started(&e))?;
    } else {
        worker.queued.borrow_mut().push(message);
    }
    let (header, text) = receiver.await.map_err(|_| LoadError::ReaderUnavailable(ReaderProblem::WorkerStopped))?;
    let result: Result<Loaded, LoadError> = serde_json::from_str(&header)
        .map_err(|e| LoadError::ReaderUnavailable(ReaderProblem::WorkerBadReply(e.to_string())))?;
    result.map(|loaded| Loaded { text, ..loaded })
}
