//! The page's side of the engine's Web Worker (`src/engine_worker/`): starts
//! it on the first run (from a blob URL, so that the page's
//! Content-Security-Policy and its narrow `connect-src` hold in it too),
//! hands it a run's inputs with the documents' text as transferred buffers,
//! and routes what it says back to the run it belongs to. The worker's
//! calls to the in-page model are made here, where wllama lives, and their
//! streams relayed back.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use futures::channel::{mpsc, oneshot};
use futures::future::{AbortHandle, Abortable};
use futures::{FutureExt, StreamExt};
use js_sys::{Array, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, MessageEvent, Url, Worker};

use minions_engine::documents::Document;
use minions_engine::privacy::review::Decision;
use minions_providers::tab::adapter::{start_chat, TabCall};

use super::engine_messages::{DocumentHead, FromEngine, Job, Models, ToEngine};
use super::parts::PartMissing;

/// How long the worker may take to fetch and start before a run gives up.
const START_TIMEOUT_MS: u32 = 60_000;
/// The documents' text is copied out a slice at a time, the page's thread
/// free between slices.
const COPY_SLICE_BYTES: usize = 8 << 20;

struct EngineWorker {
    worker: Worker,
    /// Where each run's messages go.
    runs: RefCell<HashMap<u32, mpsc::UnboundedSender<FromEngine>>>,
    /// The in-page model's calls in progress, by the worker's number.
    relays: RefCell<HashMap<u32, AbortHandle>>,
}

thread_local! {
    static WORKER: RefCell<Option<Rc<EngineWorker>>> = const { RefCell::new(None) };
    static NEXT_RUN: Cell<u32> = const { Cell::new(1) };
    /// The run the page's review buttons decide for.
    static CURRENT_RUN: Cell<u32> = const { Cell::new(0) };
}

/// A run started in the worker: its number and what the worker says of it.
/// The stream ends with the run's last message, or without it when the
/// worker stopped (a bug, or the page's memory ran out).
pub struct EngineRun {
    pub run: u32,
    pub messages: mpsc::UnboundedReceiver<FromEngine>,
}

/// The worker's script and module: named by their content in the page's own
/// build (`scripts/post-build.sh` writes them into a meta tag), so that a
/// page updated on the server never talks to an older worker from a cache.
fn script_names() -> (String, String) {
    let meta = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("meta[name=engine-worker]").ok().flatten());
    let attribute = |name: &str| meta.as_ref().and_then(|m| m.get_attribute(name)).filter(|v| !v.is_empty());
    (
        attribute("content").unwrap_or_else(|| "engine-worker.js".into()),
        attribute("data-wasm").unwrap_or_else(|| "engine-worker_bg.wasm".into()),
    )
}

fn absolute(name: &str) -> String {
    Url::new_with_base(name, &super::page_base()).map(|u| u.href()).unwrap_or_else(|_| name.to_string())
}

/// Forgets the worker and ends every run's stream; the next run starts a new one.
fn forget(stopped: &Rc<EngineWorker>, detail: &str) {
    WORKER.with(|w| {
        let mut slot = w.borrow_mut();
        if slot.as_ref().is_some_and(|current| Rc::ptr_eq(current, stopped)) {
            *slot = None;
        }
    });
    for (_, sender) in stopped.runs.borrow_mut().drain() {
        let _ = sender.unbounded_send(FromEngine::Stopped { detail: detail.to_string() });
    }
    stopped.relays.borrow_mut().drain().for_each(|(_, relay)| relay.abort());
    stopped.worker.terminate();
}

fn post(worker: &EngineWorker, message: &ToEngine) {
    let _ = worker.worker.post_message(&JsValue::from_str(&message.to_json()));
}

/// The in-page model's call `call`, made for the worker: its chunks and its
/// end go back in order; an abort from the worker drops it, which stops
/// generation.
fn relay(worker: &Rc<EngineWorker>, call: u32, body: String) {
    let (handle, registration) = AbortHandle::new_pair();
    worker.relays.borrow_mut().insert(call, handle);
    let target = Rc::clone(worker);
    let relayed = async move {
        let TabCall { chunks, finished } = start_chat(body);
        let mut chunks = chunks.fuse();
        let mut finished = finished.fuse();
        let failure = loop {
            futures::select! {
                chunk = chunks.next() => {
                    if let Some(chunk) = chunk {
                        post(&target, &ToEngine::TabChunk { call, chunk });
                    }
                }
                result = finished => break result.err(),
            }
        };
        while let Some(Some(chunk)) = chunks.next().now_or_never() {
            post(&target, &ToEngine::TabChunk { call, chunk });
        }
        post(&target, &ToEngine::TabDone { call, failure });
    };
    let worker = Rc::clone(worker);
    leptos::task::spawn_local(async move {
        let _ = Abortable::new(relayed, registration).await;
        worker.relays.borrow_mut().remove(&call);
    });
}

fn receive(worker: &Rc<EngineWorker>, message: FromEngine) {
    match message {
        FromEngine::TabChat { call, body } => relay(worker, call, body),
        FromEngine::TabAbort { call } => {
            if let Some(relay) = worker.relays.borrow_mut().remove(&call) {
                relay.abort();
            }
        }
        FromEngine::Stopped { detail } => forget(worker, &detail),
        FromEngine::Ready => {}
        message => {
            let Some(run) = message.run() else { return };
            let last = matches!(message, FromEngine::TurnDone { .. } | FromEngine::EvaluationDone { .. });
            let mut runs = worker.runs.borrow_mut();
            if let Some(sender) = runs.get(&run) {
                let _ = sender.unbounded_send(message);
            }
            if last {
                runs.remove(&run);
            }
        }
    }
}

/// Starts the worker and waits until it says it is ready.
async fn launch() -> Result<Rc<EngineWorker>, PartMissing> {
    let (script, module) = script_names();
    // A blob worker cannot resolve relative names: both go absolute.
    let source = format!(
        "try {{ importScripts({script:?}); }} catch (error) {{ postMessage(\"missing\"); throw error; }}\n\
         wasm_bindgen({module:?}).catch(() => postMessage(\"missing\"));\n",
        script = absolute(&script),
        module = absolute(&module),
    );
    let options = BlobPropertyBag::new();
    options.set_type("text/javascript");
    let parts = Array::of1(&JsValue::from_str(&source));
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|_| PartMissing)?;
    let url = Url::create_object_url_with_blob(&blob).map_err(|_| PartMissing)?;
    let started = Worker::new(&url);
    let _ = Url::revoke_object_url(&url);
    let worker = Rc::new(EngineWorker {
        worker: started.map_err(|_| PartMissing)?,
        runs: RefCell::new(HashMap::new()),
        relays: RefCell::new(HashMap::new()),
    });
    let (ready_sender, ready) = oneshot::channel::<bool>();
    let ready_sender = Rc::new(RefCell::new(Some(ready_sender)));
    let say_ready = {
        let ready_sender = Rc::clone(&ready_sender);
        move |ok: bool| {
            if let Some(sender) = ready_sender.borrow_mut().take() {
                let _ = sender.send(ok);
            }
        }
    };
    // The worker's handlers hold it weakly: a forgotten worker is dropped.
    let weak = Rc::downgrade(&worker);
    let on_message = {
        let say_ready = say_ready.clone();
        Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
            let Some(worker) = weak.upgrade() else { return };
            let json = event.data().as_string().unwrap_or_default();
            match FromEngine::from_json(&json) {
                Some(FromEngine::Ready) => say_ready(true),
                Some(message) => receive(&worker, message),
                // "missing": its script or module could not be fetched.
                None => {
                    say_ready(false);
                    forget(&worker, "the engine's code could not be fetched");
                }
            }
        })
    };
    let weak = Rc::downgrade(&worker);
    let on_error = Closure::<dyn Fn(JsValue)>::new(move |_| {
        say_ready(false);
        if let Some(worker) = weak.upgrade() {
            forget(&worker, "the engine's worker failed");
        }
    });
    worker.worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    // They live as long as the worker's handlers do.
    on_message.forget();
    on_error.forget();
    let mut timeout = gloo_timers::future::TimeoutFuture::new(START_TIMEOUT_MS).fuse();
    let mut ready = ready.fuse();
    let ok = futures::select! {
        ok = ready => ok.unwrap_or(false),
        _ = timeout => false,
    };
    if !ok {
        forget(&worker, "the engine's worker did not start");
        return Err(PartMissing);
    }
    Ok(worker)
}

async fn engine_worker() -> Result<Rc<EngineWorker>, PartMissing> {
    if let Some(worker) = WORKER.with(|w| w.borrow().clone()) {
        return Ok(worker);
    }
    let worker = launch().await?;
    WORKER.with(|w| *w.borrow_mut() = Some(Rc::clone(&worker)));
    Ok(worker)
}

/// `text`'s bytes in a buffer of their own, copied a slice at a time.
async fn text_buffer(text: &str) -> JsValue {
    let bytes = text.as_bytes();
    let array = Uint8Array::new_with_length(bytes.len() as u32);
    for (index, slice) in bytes.chunks(COPY_SLICE_BYTES).enumerate() {
        let at = (index * COPY_SLICE_BYTES) as u32;
        array.subarray(at, at + slice.len() as u32).copy_from(slice);
        if at as usize + slice.len() < bytes.len() {
            gloo_timers::future::TimeoutFuture::new(0).await;
        }
    }
    array.buffer().into()
}

/// Starts `job` in the engine's worker over `documents` with `models`.
/// `Err` when the worker's code could not be fetched: nothing was asked of
/// any model.
pub async fn start(job: Job, models: Models, documents: &[Document]) -> Result<EngineRun, PartMissing> {
    let worker = engine_worker().await?;
    let run = NEXT_RUN.with(|next| next.replace(next.get().wrapping_add(1)));
    let message = ToEngine::Start {
        run,
        job: Box::new(job),
        models,
        documents: documents.iter().map(DocumentHead::of).collect(),
    };
    let buffers = Array::new();
    for document in documents {
        buffers.push(&text_buffer(&document.text).await);
    }
    let payload = Array::of1(&JsValue::from_str(&message.to_json()));
    buffers.iter().for_each(|buffer| {
        payload.push(&buffer);
    });
    let (sender, messages) = mpsc::unbounded();
    worker.runs.borrow_mut().insert(run, sender);
    CURRENT_RUN.with(|current| current.set(run));
    // The buffers move to the worker: nothing is copied on the way.
    if worker.worker.post_message_with_transfer(&payload, &buffers).is_err() {
        worker.runs.borrow_mut().remove(&run);
        return Err(PartMissing);
    }
    Ok(EngineRun { run, messages })
}

/// Stops run `run`; it still ends with its last message.
pub fn cancel(run: u32) {
    if let Some(worker) = WORKER.with(|w| w.borrow().clone()) {
        post(&worker, &ToEngine::Cancel { run });
    }
}

/// The user's decision on the request the current run is holding.
pub fn decide(decision: Decision) {
    if let Some(worker) = WORKER.with(|w| w.borrow().clone()) {
        post(&worker, &ToEngine::Decide { run: CURRENT_RUN.with(Cell::get), decision });
    }
}
