//! [`TabModel`]: the `ChatModel` of the model running in this page. A call
//! hands the body to the page script and folds the chunks it streams back;
//! dropping the call (a cancelled run) aborts generation at once. The
//! engine's worker reaches the same model through the page: the page starts
//! the call ([`start_chat`]) and relays its chunks, the worker folds them
//! ([`fold_chat`]).

use futures::channel::mpsc;
use futures::future::LocalBoxFuture;
use futures::{FutureExt, StreamExt};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::script::{call, failure_of};
use super::wire::{chat_body, chat_error, TabStream};
use minions_engine::locality::TAB_HOST;
use minions_engine::model::{ChatModel, ChatReply, ChatRequest, DeltaSink, ModelEndpoint, ModelError};

/// The model loaded in this page, by the name it is shown under.
pub struct TabModel {
    pub name: String,
}

/// Aborts the script's generation when the call is dropped.
struct AbortOnDrop(web_sys::AbortController);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// One chat on the loaded model, started: the JSON chunks of its stream,
/// and its end (`Err` is the script's failure, as the engine's error).
/// Dropping `finished` aborts generation at once.
pub struct TabCall {
    pub chunks: mpsc::UnboundedReceiver<String>,
    pub finished: LocalBoxFuture<'static, Result<(), ModelError>>,
}

/// Starts `body` (the wire body, see [`chat_body`]) on the page's model.
pub fn start_chat(body: String) -> TabCall {
    let (sender, chunks) = mpsc::unbounded::<String>();
    let finished = Box::pin(async move {
        let abort =
            AbortOnDrop(web_sys::AbortController::new().map_err(|_| chat_error("library", "no AbortController"))?);
        let on_chunk = Closure::<dyn FnMut(String)>::new(move |chunk: String| {
            let _ = sender.unbounded_send(chunk);
        });
        let args = [
            JsValue::from(body),
            on_chunk.as_ref().unchecked_ref::<js_sys::Function>().into(),
            abort.0.signal().into(),
        ];
        let result = call("chat", &args).await.map(drop).map_err(|error| {
            let (kind, detail) = failure_of(&error);
            chat_error(&kind, &detail)
        });
        drop(on_chunk);
        drop(abort);
        result
    });
    TabCall { chunks, finished }
}

/// Folds a started call's chunks into a reply, telling `on_delta` each
/// piece of text; used here and, for the engine's worker, over messages.
pub async fn fold_chat(
    chunks: impl futures::Stream<Item = String> + Unpin,
    finished: impl std::future::Future<Output = Result<(), ModelError>>,
    on_delta: DeltaSink<'_>,
) -> Result<ChatReply, ModelError> {
    let mut finished = Box::pin(finished.fuse());
    let mut chunks = chunks.fuse();
    let mut stream = TabStream::default();
    let read = |chunk: String, stream: &mut TabStream| -> Result<(), ModelError> {
        let added = stream.chunk(&chunk)?;
        if !added.is_empty() {
            on_delta(&added);
        }
        Ok(())
    };
    loop {
        futures::select! {
            chunk = chunks.next() => {
                if let Some(chunk) = chunk {
                    read(chunk, &mut stream)?;
                }
            }
            result = finished => {
                result?;
                break;
            }
        }
    }
    // What the script streamed before it said it was done.
    while let Some(Some(chunk)) = chunks.next().now_or_never() {
        read(chunk, &mut stream)?;
    }
    stream.finish()
}

impl ChatModel for TabModel {
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
            let TabCall { chunks, finished } = start_chat(self.wire_body(request));
            fold_chat(chunks, finished, on_delta).await
        })
    }
}
