//! The browser transport: `fetch` with an abort guard, streamed bodies read
//! chunk by chunk, and timeouts for a slow first byte or a stalled stream.
//!
//! Dropping an [`Abort`] aborts its request, so a cancelled run (whose
//! futures the engine drops) leaves no traffic behind.

use futures::future::{select, Either};
use gloo_net::http::{Request, RequestBuilder, Response};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, ReadableStreamDefaultReader, RequestMode};

use minions_engine::model::ModelError;

/// Aborts its request when dropped.
pub struct Abort {
    controller: Option<AbortController>,
}

impl Abort {
    pub fn new() -> Self {
        Self { controller: AbortController::new().ok() }
    }

    fn signal(&self) -> Option<web_sys::AbortSignal> {
        self.controller.as_ref().map(AbortController::signal)
    }
}

impl Default for Abort {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for Abort {
    fn drop(&mut self) {
        if let Some(controller) = &self.controller {
            controller.abort();
        }
    }
}

/// One HTTP request.
pub struct Call<'a> {
    pub method: &'a str,
    pub url: &'a str,
    pub bearer: Option<&'a str>,
    pub json_body: Option<&'a str>,
    /// `no-cors`: an opaque probe that succeeds wherever the server answers.
    pub opaque: bool,
}

/// Sends `call`; a response that does not start within `timeout_ms` is a
/// [`ModelError::Timeout`], a network failure [`ModelError::Unreachable`].
pub async fn send(call: Call<'_>, abort: &Abort, timeout_ms: u32) -> Result<Response, ModelError> {
    let host = super::endpoint::host_of(call.url);
    let mut builder: RequestBuilder = match call.method {
        "POST" => Request::post(call.url),
        _ => Request::get(call.url),
    };
    builder = builder.abort_signal(abort.signal().as_ref());
    if call.opaque {
        builder = builder.mode(RequestMode::NoCors);
    }
    if let Some(key) = call.bearer {
        builder = builder.header("Authorization", &format!("Bearer {key}"));
    }
    let request = match call.json_body {
        Some(body) => builder.header("Content-Type", "application/json").body(body.to_string()),
        None => builder.build(),
    }
    .map_err(|e| ModelError::Unreachable { host: host.clone(), detail: e.to_string() })?;
    let sending = std::pin::pin!(request.send());
    let timer = gloo_timers::future::TimeoutFuture::new(timeout_ms);
    match select(sending, timer).await {
        Either::Left((Ok(response), _)) => Ok(response),
        Either::Left((Err(error), _)) => Err(ModelError::Unreachable { host, detail: error.to_string() }),
        Either::Right(_) => Err(ModelError::Timeout { seconds: timeout_ms / 1000 }),
    }
}

/// Reads a streamed body, handing each chunk to `on_bytes` until it returns
/// `Ok(true)` (done) or the stream ends. No bytes for `stall_ms` is a
/// [`ModelError::Timeout`]; a broken stream is [`ModelError::StreamCut`].
pub async fn read_body(
    response: &Response,
    stall_ms: u32,
    mut on_bytes: impl FnMut(&[u8]) -> Result<bool, ModelError>,
) -> Result<(), ModelError> {
    let Some(stream) = response.body() else { return Ok(()) };
    let reader: ReadableStreamDefaultReader = stream.get_reader().unchecked_into();
    loop {
        let read = JsFuture::from(reader.read());
        let timer = gloo_timers::future::TimeoutFuture::new(stall_ms);
        let chunk = match select(read, timer).await {
            Either::Left((Ok(chunk), _)) => chunk,
            Either::Left((Err(error), _)) => {
                return Err(ModelError::StreamCut {
                    detail: error.as_string().unwrap_or_else(|| "the connection broke".into()),
                })
            }
            Either::Right(_) => {
                let _ = reader.cancel();
                return Err(ModelError::Timeout { seconds: stall_ms / 1000 });
            }
        };
        let done = js_sys::Reflect::get(&chunk, &"done".into()).ok().and_then(|v| v.as_bool()).unwrap_or(true);
        if done {
            return Ok(());
        }
        let value = js_sys::Reflect::get(&chunk, &"value".into()).unwrap_or_default();
        let bytes = js_sys::Uint8Array::new(&value).to_vec();
        if on_bytes(&bytes)? {
            let _ = reader.cancel();
            return Ok(());
        }
    }
}

/// The whole body as text, or an empty string.
pub async fn text(response: &Response) -> String {
    response.text().await.unwrap_or_default()
}
