//! The in-page model, seen from the engine's worker: wllama runs in the
//! page, so a call posts its wire body to the page ([`FromEngine::TabChat`]),
//! which starts it and relays the stream's chunks back; they are folded
//! here as the page's own adapter folds them. Dropping a call (a cancelled
//! run) tells the page to stop generating.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use futures::channel::{mpsc, oneshot};
use futures::future::LocalBoxFuture;

use minions_engine::locality::TAB_HOST;
use minions_engine::model::{ChatModel, ChatReply, ChatRequest, DeltaSink, ModelEndpoint, ModelError};
use minions_providers::tab::adapter::fold_chat;
use minions_providers::tab::wire::{chat_body, chat_error};

use super::post;
use crate::web::engine_messages::FromEngine;

struct PendingCall {
    chunks: mpsc::UnboundedSender<String>,
    done: Option<oneshot::Sender<Option<ModelError>>>,
}

thread_local! {
    static CALLS: RefCell<HashMap<u32, PendingCall>> = RefCell::new(HashMap::new());
    static NEXT_CALL: Cell<u32> = const { Cell::new(1) };
}

/// A chunk of call `call`'s stream, from the page.
pub(super) fn chunk(call: u32, chunk: String) {
    CALLS.with(|calls| {
        if let Some(pending) = calls.borrow().get(&call) {
            let _ = pending.chunks.unbounded_send(chunk);
        }
    });
}

/// Call `call` ended in the page.
pub(super) fn done(call: u32, failure: Option<ModelError>) {
    let sender = CALLS.with(|calls| calls.borrow_mut().get_mut(&call).and_then(|pending| pending.done.take()));
    if let Some(sender) = sender {
        let _ = sender.send(failure);
    }
}

/// Forgets a call when it ends or is dropped; a call dropped before the
/// page said it ended is stopped there.
struct CallGuard {
    call: u32,
    finished: Cell<bool>,
}

impl Drop for CallGuard {
    fn drop(&mut self) {
        CALLS.with(|calls| calls.borrow_mut().remove(&self.call));
        if !self.finished.get() {
            post(&FromEngine::TabAbort { call: self.call });
        }
    }
}

/// The model loaded in the page, by the name it is shown under.
pub struct RemoteTabModel {
    pub name: String,
}

impl ChatModel for RemoteTabModel {
    fn endpoint(&self) -> ModelEndpoint {
        ModelEndpoint { host: TAB_HOST.to_string(), model: self.name.clone() }
    }

    fn wire_body(&self, request: &ChatRequest) -> String {
        chat_body(&self.name, request)
    }

    fn chat<'a>(
        &'a self,
        request: &'a ChatRequest,
        on_delta: DeltaSink<'a>,
    ) -> LocalBoxFuture<'a, Result<ChatReply, ModelError>> {
        Box::pin(async move {
            let call = NEXT_CALL.with(|next| next.replace(next.get().wrapping_add(1)));
            let (chunk_sender, chunks) = mpsc::unbounded();
            let (done_sender, done) = oneshot::channel();
            CALLS.with(|calls| {
                calls.borrow_mut().insert(call, PendingCall { chunks: chunk_sender, done: Some(done_sender) })
            });
            let guard = CallGuard { call, finished: Cell::new(false) };
            post(&FromEngine::TabChat { call, body: self.wire_body(request) });
            let finished = async {
                let ended = done.await;
                guard.finished.set(true);
                match ended {
                    Ok(None) => Ok(()),
                    Ok(Some(failure)) => Err(failure),
                    // The worker forgot the call: only when the page went away.
                    Err(_) => Err(chat_error("library", "the page stopped the call")),
                }
            };
            fold_chat(chunks, finished, on_delta).await
        })
    }
}
