//! Minions Web: a local model that reads your documents and a cloud model that
//! never sees them answer questions together, in a static page.
//!
//! The crate has four areas, and data flows one way through them:
//!
//! - [`engine`]: pure protocol logic (documents → chunks → jobs → worker
//!   replies → aggregate → supervisor → answer). No browser, no network, no
//!   clock; it compiles and is tested on the host.
//! - [`loaders`]: file bytes to document text (text in any common encoding,
//!   HTML, DOCX, CSV and JSON; PDFs through pdf.js in the page).
//! - [`providers`]: wire formats and HTTP for Ollama and OpenAI-compatible
//!   servers, behind the engine's `ChatModel` trait.
//! - [`web`]: the page: a pure view state folded from engine events, and the
//!   Leptos components that drive the engine (browser only).

pub mod engine;
pub mod loaders;
pub mod providers;

pub mod web;
