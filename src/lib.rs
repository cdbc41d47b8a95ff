//! Minions Web: a local model that reads your documents and a cloud model that
//! never sees them answer questions together, in a static page.
//!
//! The crate has three areas, and data flows one way through them:
//!
//! - [`engine`]: pure protocol logic (documents → chunks → jobs → worker
//!   replies → aggregate → supervisor → answer). No browser, no network, no
//!   clock; it compiles and is tested on the host.
//! - `web`: the Leptos page that drives the engine and renders its events
//!   (compiled for the browser only).
//!
//! Wire formats and HTTP clients for Ollama and OpenAI-compatible servers
//! plug into the engine's [`engine::model::ChatModel`] trait.

pub mod engine;
pub mod providers;

#[cfg(target_arch = "wasm32")]
pub mod web;
