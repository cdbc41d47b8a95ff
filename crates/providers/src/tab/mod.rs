//! The worker inside the page (provider `tab`): a GGUF model run by wllama
//! (llama.cpp compiled to WebAssembly) in its own Web Worker, stored in the
//! browser, with nothing to install. `static/tab-model.js` is the page
//! script around wllama, imported on first use.
//!
//! Pure here: the GGUF header reader ([`gguf`]), the load plan and the
//! failures in words ([`plan`]), the built-in models ([`catalog`]), stored
//! models and their keys ([`store`]) and the request body ([`wire`]). The
//! browser side is `script` (the bindings) and `adapter` (the `ChatModel`).

pub mod catalog;
pub mod gguf;
pub mod plan;
pub mod store;
pub mod wire;

#[cfg(target_arch = "wasm32")]
pub mod adapter;
#[cfg(target_arch = "wasm32")]
pub mod script;
