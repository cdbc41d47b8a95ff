//! Why a run failed: [`RunError`], each variant a sentence that says what to do.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::config::ConfigError;
use super::events::Lane;
use super::model::{ModelError, RequestParam};
use super::parse::ParseError;

#[derive(Debug, Clone, PartialEq, Error, Serialize, Deserialize)]
pub enum RunError {
    #[error("There are no documents to read. Add a file or paste some text first.")]
    NoDocuments,
    #[error("Please type a question first.")]
    NoTask,
    #[error("{0}. Change it in Settings.")]
    InvalidConfig(ConfigError),
    #[error("The documents need about {needed} tokens but the local model's context holds {available}. {advice}")]
    ContextTooSmall { needed: u32, available: u32, advice: ContextAdvice },
    #[error("{}", failure_sentence(Lane::Supervisor, .0))]
    Supervisor(ModelError),
    #[error("{}", failure_sentence(Lane::Worker, .0))]
    Worker(ModelError),
    #[error(
        "The {} model replied {attempts} times in a form that could not be read ({problem}). Try again, or choose a stronger model.",
        .lane.side()
    )]
    MalformedReply { lane: Lane, attempts: u32, problem: ParseError },
    #[error("Cloud only sends your documents to the cloud model. It runs only after you confirm it for this run.")]
    CloudOnlyNotConfirmed,
    #[error("Your privacy settings say documents never leave this device, so cloud only cannot run. To compare against it, turn off \"Documents never leave this device\" in Settings → Privacy.")]
    DocumentsMustStay,
    #[error("The local model at {host} is not on this device, and your privacy settings say documents never leave it. Choose a local model on this machine in Settings, or untick \"Documents never leave this device\" in Settings → Privacy.")]
    WorkerNotOnDevice { host: String },
    #[error("The local model at {host} is on your local network, and your privacy settings say documents never leave this device. If you trust that machine with your documents, tick \"Trust this address\" next to it in Settings; otherwise choose a local model on this machine.")]
    WorkerNetworkUntrusted { host: String },
    #[error("Your documents would go to {host}, which is not on this device, and you have not agreed to that. Run again and confirm when the page asks, or choose a local model on this machine in Settings.")]
    WorkerNotConfirmed { host: String },
}

/// What to do when the documents do not fit the local model's context,
/// said after [`RunError::ContextTooSmall`]: it depends on where the run
/// found the shortfall.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Error, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContextAdvice {
    /// Local only: combining the findings does not fit.
    #[error("Ask a narrower question, or use MinionS with a cloud model to combine the findings.")]
    NarrowerQuestion,
    /// MinionS: even the smallest chunk does not fit.
    #[error("Choose a local model with a longer context.")]
    LongerContext,
    /// Minion: the worker reads all the documents at once.
    #[error("Choose MinionS, which reads the documents in chunks, or a local model with a longer context.")]
    ReadInChunks,
    /// The privacy shield's rewrite does not fit.
    #[error("Turn the privacy shield off, or use a local model with a longer context.")]
    ShieldOff,
}

/// Why a MinionS job failed (or, for [`JobFailure::PromptTooLong`] and
/// [`JobFailure::ReplyCutOff`], why it was split and run again).
#[derive(Debug, Clone, PartialEq, Error, Serialize, Deserialize)]
pub enum JobFailure {
    #[error("{0}")]
    Model(ModelError),
    #[error("the prompt does not fit the worker's context")]
    PromptTooLong,
    #[error("the reply was cut off by the output limit")]
    ReplyCutOff,
    #[error("the chunk is too long for the worker and cannot be split")]
    CannotSplit,
    /// `problem` is what the worker was told in its retry.
    #[error("the reply could not be read: {problem}")]
    Unreadable { problem: ParseError },
}

impl From<ConfigError> for RunError {
    fn from(error: ConfigError) -> Self {
        RunError::InvalidConfig(error)
    }
}

/// What went wrong with a model, and what to do about it, in one sentence.
fn failure_sentence(side: Lane, error: &ModelError) -> String {
    let who = side.side();
    match error {
        ModelError::Unreachable { host, detail } => match side {
            Lane::Worker => format!(
                "The local model at {host} could not be reached ({detail}). Check that Ollama (or your local server) is running; the connection light in Settings says what is wrong."
            ),
            Lane::Supervisor => format!("The cloud model at {host} could not be reached ({detail}). Check the address and your connection."),
        },
        ModelError::Unauthorized { status } => {
            format!("The {who} service refused the API key (HTTP {status}). Paste a valid key in Settings.")
        }
        ModelError::ModelMissing { model } => match side {
            Lane::Worker => format!("The local model `{model}` is not installed. Run `ollama pull {model}`, or choose another model in Settings."),
            Lane::Supervisor => format!("The cloud service has no model `{model}`. Choose another model in Settings."),
        },
        ModelError::NotLoaded => "No model is loaded in this page. Open Settings, choose a model under \u{201c}In this page\u{201d} and press Load, then run again.".into(),
        ModelError::RateLimited { .. } => {
            format!("The {who} service kept limiting the request rate after several retries. Wait a minute, then run again.")
        }
        ModelError::QuotaExhausted => "The cloud account has no quota left. Add credit to it or use another key.".into(),
        ModelError::ContextOverflow => format!(
            "A prompt did not fit the {who} model's context window. Use MinionS or smaller chunks, or a model with a longer context."
        ),
        ModelError::Unsupported { parameter: RequestParam::ReplySchema } => format!(
            "The {who} server refused the reply schema in every form (enforced, as JSON, in the prompt). Choose another model or server in Settings."
        ),
        ModelError::Unsupported { parameter } => {
            format!("The {who} server does not support `{parameter}`. Choose another model or server in Settings.")
        }
        ModelError::Server { status, message } => {
            format!("The {who} server failed (HTTP {status}: {message}) even after retries. Try again later.")
        }
        ModelError::StreamCut { detail } => format!("The {who} model's reply kept breaking off ({detail}). Try again."),
        ModelError::Timeout { seconds } => format!(
            "The {who} model sent nothing for {seconds} s. It may be busy or loading a large model; try again."
        ),
        ModelError::Resend { change } => format!(
            "The {who} server kept refusing the request's form (last change: {change}). Choose another model or server in Settings."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn model_failures_say_what_to_do() {
        let missing = RunError::Worker(ModelError::ModelMissing { model: "llama3.2".into() });
        assert!(missing.to_string().contains("Run `ollama pull llama3.2`"));
        let key = RunError::Supervisor(ModelError::Unauthorized { status: 401 });
        assert_eq!(key.to_string(), "The cloud service refused the API key (HTTP 401). Paste a valid key in Settings.");
        let down = RunError::Worker(ModelError::Unreachable {
            host: "localhost:11434".into(),
            detail: "Failed to fetch".into(),
        });
        assert!(down
            .to_string()
            .starts_with("The local model at localhost:11434 could not be reached (Failed to fetch)."));
    }
    #[test]
    fn typed_advice_and_job_failures_read_as_sentences() {
        let short = RunError::ContextTooSmall { needed: 9_000, available: 4_096, advice: ContextAdvice::LongerContext };
        assert_eq!(
            short.to_string(),
            "The documents need about 9000 tokens but the local model's context holds 4096. Choose a local model with a longer context."
        );
        assert_eq!(JobFailure::Model(ModelError::Timeout { seconds: 30 }).to_string(), "no reply within 30 s");
        assert_eq!(
            JobFailure::Unreadable { problem: ParseError::NoObject }.to_string(),
            "the reply could not be read: the reply contains no JSON object"
        );
    }
}
