//! The privacy controls the egress gate applies to every request bound for
//! the cloud, whatever the protocol: redaction with placeholders
//! ([`redact`]), the verbatim guard ([`verbatim`]), approval before sending
//! ([`review`]), and the settings that switch them ([`PrivacyConfig`]);
//! and which worker hosts may read the documents at all ([`boundary`]). The
//! privacy shield (the worker rewriting its own replies) is a worker call,
//! made by the session before a reply is handed to the supervisor.

pub mod boundary;
pub mod detect;
pub mod redact;
pub mod review;
pub mod verbatim;

use serde::{Deserialize, Serialize};

/// What to do with a run of words a request repeats from the documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum VerbatimPolicy {
    /// Send it (the audit still counts it).
    Send,
    /// Replace it with a short marker.
    Withhold,
    /// Ask the user, request by request.
    Ask,
}

impl VerbatimPolicy {
    pub fn value(self) -> &'static str {
        match self {
            Self::Send => "send",
            Self::Withhold => "withhold",
            Self::Ask => "ask",
        }
    }

    pub fn from_value(value: &str) -> Self {
        match value {
            "send" => Self::Send,
            "ask" => Self::Ask,
            _ => Self::Withhold,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PrivacyConfig {
    /// Replace personal data with placeholders before a request leaves.
    pub redact: bool,
    /// Names of people to redact besides the detected kinds (`[PERSON_1]`).
    pub names: Vec<String>,
    /// Other terms to redact (`[TERM_1]`): projects, companies, places.
    pub terms: Vec<String>,
    /// Have the worker rewrite its replies without personal details before
    /// they go to the supervisor.
    pub shield: bool,
    /// The shortest run of words from the documents the guard acts on.
    pub verbatim_words: usize,
    pub verbatim_policy: VerbatimPolicy,
    /// Hold every request until the user approves, edits or rejects it.
    pub approve: bool,
    /// Documents never leave this device, not even for the cloud-only
    /// baseline of an evaluation the user confirms.
    pub documents_never_leave: bool,
    /// Worker hosts on the local network trusted with the documents even
    /// when they never leave this device.
    pub trusted_network: Vec<String>,
    /// Worker hosts not on this device the user agreed to send the
    /// documents to (for this run, or remembered).
    pub worker_consents: Vec<String>,
}

impl Default for PrivacyConfig {
    fn default() -> Self {
        Self {
            redact: true,
            names: Vec::new(),
            terms: Vec::new(),
            shield: false,
            verbatim_words: 12,
            verbatim_policy: VerbatimPolicy::Withhold,
            approve: false,
            documents_never_leave: false,
            trusted_network: Vec::new(),
            worker_consents: Vec::new(),
        }
    }
}

impl PrivacyConfig {
    pub fn listed(&self) -> detect::Listed {
        detect::Listed { names: self.names.clone(), terms: self.terms.clone() }
    }

    /// Every control off: requests leave exactly as the protocol built them.
    pub fn off() -> Self {
        Self { redact: false, verbatim_policy: VerbatimPolicy::Send, ..Self::default() }
    }
}

/// Which control changed a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Control {
    Redaction,
    Verbatim,
    Shield,
    Review,
}

/// What a control changed in one request, for the audit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Change {
    pub control: Control,
    pub detail: String,
}
