//! Why a run failed: [`RunError`], each variant a sentence that says what to do.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::config::ConfigError;
use super::model::ModelError;

#[derive(Debug, Clone, PartialEq, Error, Serialize, Deserialize)]
pub enum RunError {
    #[error("There are no documents to read. Add a file or paste some text first.")]
    NoDocuments,
    #[error("Please type a question first.")]
    NoTask,
    #[error("A setting is out of range: {0}")]
    InvalidConfig(String),
    #[error("The documents need about {needed} tokens but the local model's context holds {available}. {advice}")]
    ContextTooSmall { needed: u32, available: u32, advice: String },
    #[error("The cloud model could not be used: {0}. Check the supervisor settings and try again.")]
    Supervisor(ModelError),
    #[error("The local model could not be used: {0}. Check that it is running and try again.")]
    Worker(ModelError),
    #[error(
        "The {role} model replied {attempts} times in a form that could not be read ({detail}). Try again, or choose a stronger model."
    )]
    MalformedReply { role: String, attempts: u32, detail: String },
}

impl From<ConfigError> for RunError {
    fn from(error: ConfigError) -> Self {
        RunError::InvalidConfig(error.to_string())
    }
}
