//! The loader worker: reads Word, HTML, CSV and JSON files in a Web Worker,
//! off the page's main thread, with the same pure loaders the host tests
//! (the `minions-loaders` crate). Built by Trunk as its own small WebAssembly
//! module, fetched the first time such a file is opened (`static/loader-shim.js`
//! starts it; `web/loader_worker.rs` talks to it).
//!
//! Messages in: `[id, file name, ArrayBuffer, size limit in MB]`. Out: `[]`
//! once ready, then `[id, JSON of Result<Loaded, LoadError> without the
//! text, the text]`.

#[cfg(target_arch = "wasm32")]
fn main() {
    use js_sys::{Array, Uint8Array};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    console_error_panic_hook::set_once();
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_scope = scope.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |event: MessageEvent| {
        let message = Array::from(&event.data());
        let id = message.get(0);
        let name = message.get(1).as_string().unwrap_or_default();
        let bytes = Uint8Array::new(&message.get(2)).to_vec();
        let limit_mb = message.get(3).as_f64().unwrap_or(200.0) as u32;
        let result = minions_loaders::load(&name, &bytes, limit_mb);
        drop(bytes);
        let (header, text) = match result {
            Ok(mut loaded) => {
                let text = std::mem::take(&mut loaded.text);
                (serde_json::to_string(&Ok::<_, minions_loaders::LoadError>(loaded)), text)
            }
            Err(error) => (serde_json::to_string(&Err::<minions_loaders::Loaded, _>(error)), String::new()),
        };
        let reply = Array::of3(&id, &JsValue::from_str(&header.unwrap_or_default()), &JsValue::from_str(&text));
        let _ = reply_scope.post_message(&reply);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages sent before this point would be lost: say that it is ready.
    let _ = scope.post_message(&Array::new());
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The loader worker runs in a browser, started by the page.");
}
