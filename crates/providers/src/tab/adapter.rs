//! [`TabModel`]: the `ChatModel` of the model running in this page. A call
//! hands the body to the page script and folds the chunks it streams back;
//! dropping the call (a cancelled run) aborts generation at once.

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
            let abort = AbortOnDrop(
                web_sys::AbortController::new()
                    .map_err(|_| ModelError::Server { status: 500, message: "no AbortController".into() })?,
            );
            let (sender, mut chunks) = mpsc::unbounded::<String>();
            let on_chunk = Closure::<dyn FnMut(String)>::new(move |chunk: String| {
                let _ = sender.unbounded_send(chunk);
            });
            let body = self.wire_body(request);
            let args = [
                JsValue::from(body),
                on_chunk.as_ref().unchecked_ref::<js_sys::Function>().into(),
                abort.0.signal().into(),
            ];
            let mut finished = Box::pin(call("chat", &args)).fuse();
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
                        if let Err(error) = result {
                            let (kind, detail) = failure_of(&error);
                            return Err(chat_error(&kind, &detail));
                        }
                        break;
                    }
                }
            }
            while let Ok(chunk) = chunks.try_recv() {
                read(chunk, &mut stream)?;
            }
            drop(on_chunk);
            drop(abort);
            stream.finish()
        })
    }
}
