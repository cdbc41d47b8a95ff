//! Minions Web: a local model that reads your documents and a cloud model that
//! never sees them answer questions together, in a static page.
//!
//! This crate is the page. The layers below it are crates of their own, so
//! the compiler keeps dependencies pointing one way (page → providers,
//! loaders → engine):
//!
//! - `minions_engine`: pure protocol logic (documents → chunks → jobs →
//!   worker replies → aggregate → supervisor → answer). No browser, network
//!   or UI dependency in its manifest; tested on the host.
//! - `minions_loaders`: file bytes to document text (text in any common
//!   encoding, HTML, DOCX, CSV and JSON; PDFs through pdf.js in the page).
//! - `minions_providers`: wire formats and HTTP for Ollama, OpenAI-compatible
//!   servers and the model in the page, behind the engine's `ChatModel` trait.
//! - [`web`]: the page: a pure view state folded from engine events, and the
//!   Leptos components that drive the engine (browser only).
//! - `engine_worker`: the engine's Web Worker, where runs happen off the
//!   page's thread (browser only).

pub mod web;

#[cfg(target_arch = "wasm32")]
pub mod engine_worker;
