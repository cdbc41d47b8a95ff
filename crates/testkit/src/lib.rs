//! Test support shared by the crates' tests (a dev-dependency only).
//!
//! - [`scripted`]: models whose replies come from a script and that record
//!   every request, and a harness that runs the engine on the host (or in the
//!   browser) and turns its events into one line each.
//! - [`text_overlap`]: texts compared as words, independently of the
//!   engine's own hashing.

pub mod scripted;
pub mod text_overlap;

pub use scripted::*;
