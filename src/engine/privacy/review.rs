//! Approval before sending: when the settings ask for it (or the verbatim
//! guard's policy is "ask"), a request waits, shown to the user as a
//! [`ReviewRequest`] event, until a [`Reviewer`] gives the [`Decision`].

use futures::future::LocalBoxFuture;
use serde::{Deserialize, Serialize};

use crate::engine::events::Purpose;

/// A request waiting for the user.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReviewRequest {
    pub round: u32,
    pub purpose: Purpose,
    pub host: String,
    /// The exact body that would leave now.
    pub body: String,
    /// The newest message as it would leave (what Edit changes).
    pub message: String,
    /// Runs of words quoted from the documents that still stand in it.
    pub verbatim: Vec<String>,
}

/// What the user decided.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "decision", content = "text")]
pub enum Decision {
    /// Send as shown.
    Approve,
    /// Send with the quoted runs replaced by markers.
    Withhold,
    /// Send with the newest message replaced by this text.
    Edit(String),
    /// Send nothing; the run ends with what it gathered.
    Reject,
}

/// Where decisions come from: the page's buttons, or a test's script.
pub trait Reviewer {
    /// The decision on the request the engine just announced.
    fn decide(&self) -> LocalBoxFuture<'_, Decision>;
}
