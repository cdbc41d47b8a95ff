//! The engine: Minion and MinionS as pure, deterministic Rust.
//!
//! **Architecture invariant:** nothing in this module touches the browser, the
//! network, a clock or randomness. Models are reached through the
//! [`model::ChatModel`] trait, time through [`clock::Clock`], and cancellation
//! through [`cancel::Cancel`]; the page (or a test) supplies all three.
//!
//! **Architecture invariant:** the supervisor model is owned by the
//! [`egress::EgressGate`] from the moment a run starts; every request bound
//! for it is recorded there. No other code path can reach it.
//!
//! Data flows one way: [`documents`] → [`chunking`] → [`minions::jobs`] →
//! worker replies ([`parse`]) → [`minions::aggregate`] → supervisor →
//! answer, with [`events::Event`]s reporting every step.

pub mod accounting;
pub mod auto;
pub mod cancel;
pub mod chunking;
pub mod clock;
pub mod cloud;
pub mod config;
pub mod conversation;
pub mod documents;
pub mod egress;
pub mod error;
pub mod eval;
pub mod events;
pub mod fingerprint;
pub mod local;
pub mod locality;
pub mod minion;
pub mod minions;
pub mod model;
pub mod parse;
pub mod privacy;
pub mod prompts;
pub mod replies;
pub mod retrieval;
pub mod retry;
pub mod rolling;
pub mod run;
pub mod schemas;
pub mod tokens;
pub mod worker;
pub mod worker_audit;
