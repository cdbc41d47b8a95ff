//! Approval before sending: when the settings ask for it (or the verbatim
//! guard's policy is "ask"), a request waits, shown to the user as a
//! [`ReviewRequest`] event, until a [`Reviewer`] gives the [`Decision`].

use futures::future::LocalBoxFuture;
use serde::{Deserialize, Serialize};

use crate::events::Purpose;

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

impl Decision {
    /// The decision without its payload (an edit's text stays out of the
    /// event stream).
    pub fn kind(&self) -> ReviewKind {
        match self {
            Self::Approve => ReviewKind::Approve,
            Self::Withhold => ReviewKind::Withhold,
            Self::Edit(_) => ReviewKind::Edit,
            Self::Reject => ReviewKind::Reject,
        }
    }
}

/// Which decision the user made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ReviewKind {
    Approve,
    Withhold,
    Edit,
    Reject,
}

impl ReviewKind {
    /// What the audit notes of it ("" when the request itself shows it).
    pub fn note(self) -> &'static str {
        match self {
            Self::Approve => "Approved by you.",
            Self::Withhold => "Quoted runs withheld at your request.",
            Self::Edit | Self::Reject => "",
        }
    }
}

impl std::fmt::Display for ReviewKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::Approve => "approve",
            Self::Withhold => "withhold",
            Self::Edit => "edit",
            Self::Reject => "reject",
        })
    }
}

/// Where decisions come from: the page's buttons, or a test's script.
pub trait Reviewer {
    /// The decision on the request the engine just announced.
    fn decide(&self) -> LocalBoxFuture<'_, Decision>;
}
