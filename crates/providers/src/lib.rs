//! Providers: the wire formats and HTTP of the model servers the engine talks
//! to, behind the engine's `ChatModel` trait.
//!
//! **Architecture invariant:** only this module knows wire JSON and HTTP.
//! The pure parts (request bodies, stream decoders, error mapping, retry
//! policy, the doctor's verdicts) are tested on the host; the browser
//! transport and the adapters compile for wasm32 only.
//!
//! - [`stream`]: NDJSON and SSE decoders over byte chunks.
//! - [`ollama`]: Ollama's native API (`/api/chat`, `/api/tags`, `/api/show`).
//! - [`openai`]: the Chat Completions API and its compatible servers.
//! - [`pool`]: several worker endpoints behind one `ChatModel`.
//! - [`endpoint`]: base URLs: hosts, loopback, mixed content.
//! - [`connect_policy`]: the page's own `connect-src`, and what it allows.
//! - [`doctor`]: what a connection check found, and the fix in words.
//! - `fetch`, `adapters`, `probe` (browser only): the transport, the
//!   `ChatModel` adapters, and the doctor's probes.

pub mod connect_policy;
pub mod doctor;
pub mod endpoint;
pub mod ollama;
pub mod openai;
pub mod pool;
pub mod stream;
pub mod tab;

#[cfg(target_arch = "wasm32")]
pub mod adapters;
#[cfg(target_arch = "wasm32")]
pub mod fetch;
#[cfg(target_arch = "wasm32")]
pub mod probe;
