//! Run settings: [`RunConfig`], with the defaults of the protocol contract,
//! validated once at the edge by [`RunConfig::validate`].

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::chunking::{ChunkUnit, Chunking};
use super::privacy::PrivacyConfig;

/// A protocol: how a question is answered. The one type for a run, the
/// evaluation's columns and the page's choice (where "Auto" is `None`).
/// Its serde names are what the page stores and shows in its hooks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Protocol {
    /// A conversation: the supervisor asks, the worker answers from the whole context.
    Minion,
    /// Decompose, run many small jobs over chunks, aggregate, synthesize.
    Minions,
    /// The worker alone; nothing leaves the device.
    Local,
    /// The evaluation's baseline: the documents go to the cloud model, which
    /// answers alone. Runs only with `documents_may_leave`.
    Cloud,
}

impl Protocol {
    /// Every protocol, in the evaluation's order.
    pub const ALL: [Protocol; 4] = [Self::Minion, Self::Minions, Self::Local, Self::Cloud];
    /// The ones a question can be asked under (cloud only is the
    /// evaluation's baseline, never a choice for a question).
    pub const ASKABLE: [Protocol; 3] = [Self::Minion, Self::Minions, Self::Local];

    /// The serde name: "minion", "minions", "local" or "cloud".
    pub fn value(self) -> &'static str {
        match self {
            Self::Minion => "minion",
            Self::Minions => "minions",
            Self::Local => "local",
            Self::Cloud => "cloud",
        }
    }

    pub fn from_value(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.value() == value)
    }

    /// Its name for people: "Minion", "MinionS", "Local only", "Cloud only".
    pub fn label(self) -> &'static str {
        match self {
            Self::Minion => "Minion",
            Self::Minions => "MinionS",
            Self::Local => "Local only",
            Self::Cloud => "Cloud only",
        }
    }
}

impl std::fmt::Display for Protocol {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.value())
    }
}

/// The worker's settings for one run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct WorkerSettings {
    /// Most tokens a worker reply may have (`num_predict`).
    pub num_predict: u32,
    pub temperature: f32,
    /// The model's own context length (from `/api/show`), the cap on `num_ctx`.
    pub context_limit: u32,
    /// Tokens added to each prompt estimate when sizing `num_ctx`, for
    /// estimator error and the chat template.
    pub context_margin: u32,
}

impl Default for WorkerSettings {
    fn default() -> Self {
        Self { num_predict: 512, temperature: 0.2, context_limit: 32_768, context_margin: 256 }
    }
}

/// The supervisor's settings for one run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SupervisorSettings {
    /// `None` for reasoning models, which accept only their default.
    pub temperature: Option<f32>,
    pub max_output_tokens: Option<u32>,
    /// For reasoning models: "low", "medium" or "high".
    pub reasoning_effort: Option<String>,
    /// The cloud model's context window in tokens, when known: MinionS fits
    /// a round's report into it.
    #[serde(default)]
    pub context_tokens: Option<u32>,
    /// Estimated tokens a conversation's earlier turns may take in a cloud
    /// prompt (at most a quarter of `context_tokens`); past it they are
    /// summarised.
    #[serde(default = "default_history_tokens")]
    pub history_tokens: u32,
}

/// Earlier turns the cloud model hears verbatim, in estimated tokens.
pub const DEFAULT_HISTORY_TOKENS: u32 = 4_000;

fn default_history_tokens() -> u32 {
    DEFAULT_HISTORY_TOKENS
}

impl Default for SupervisorSettings {
    fn default() -> Self {
        Self {
            temperature: Some(0.0),
            max_output_tokens: Some(2_048),
            reasoning_effort: None,
            context_tokens: None,
            history_tokens: DEFAULT_HISTORY_TOKENS,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RunConfig {
    pub protocol: Protocol,
    pub max_rounds: u32,
    /// MinionS: most tasks in one plan.
    pub max_tasks: usize,
    /// MinionS: most worker jobs in one round.
    pub max_jobs_per_round: usize,
    /// MinionS: most worker jobs in flight at once.
    pub concurrency: usize,
    /// The chunking used when a plan gives none, and by the local-only fallback.
    pub chunking: Chunking,
    pub worker: WorkerSettings,
    pub supervisor: SupervisorSettings,
    /// Whether worker citations (verbatim snippets) may go to the supervisor.
    pub send_citations: bool,
    /// Retries of a reply that does not parse, each with the error appended.
    pub max_reply_retries: u32,
    /// MinionS: the most chunks one task may run on (the user's cap on `top_k`).
    pub max_chunks_per_task: Option<usize>,
    /// Redaction, the verbatim guard, the privacy shield, approval.
    pub privacy: PrivacyConfig,
    /// Set only for a cloud-only run the user confirmed: the documents may
    /// then be sent (the verbatim guard does not withhold them).
    pub documents_may_leave: bool,
}

impl Default for RunConfig {
    fn default() -> Self {
        Self {
            protocol: Protocol::Minions,
            max_rounds: 3,
            max_tasks: 3,
            max_jobs_per_round: 256,
            concurrency: 4,
            chunking: Chunking::default(),
            worker: WorkerSettings::default(),
            supervisor: SupervisorSettings::default(),
            send_citations: false,
            max_reply_retries: 2,
            max_chunks_per_task: None,
            privacy: PrivacyConfig::default(),
            documents_may_leave: false,
        }
    }
}

/// A run setting with a range: the one place its bounds are written. The
/// page's settings form takes its `min` and `max` from here, and
/// [`RunConfig::validate`] refuses a run whose value is outside them (the
/// page does not clamp: the run says which setting to change).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Setting {
    Rounds,
    TasksPerRound,
    JobsPerRound,
    WorkerConcurrency,
    /// Characters in a chunk.
    ChunkSize,
    /// Pages or paragraphs in a chunk.
    ChunkUnits,
    WorkerOutputTokens,
    WorkerContext,
    WorkerTemperature,
    ReplyRetries,
    VerbatimWords,
    SupervisorOutputTokens,
    SupervisorContext,
    HistoryTokens,
}

impl Setting {
    /// Every setting, in the order [`RunConfig::validate`] checks them.
    pub const ALL: [Setting; 14] = [
        Self::Rounds,
        Self::TasksPerRound,
        Self::JobsPerRound,
        Self::WorkerConcurrency,
        Self::ChunkSize,
        Self::ChunkUnits,
        Self::WorkerOutputTokens,
        Self::WorkerContext,
        Self::WorkerTemperature,
        Self::ReplyRetries,
        Self::VerbatimWords,
        Self::SupervisorOutputTokens,
        Self::SupervisorContext,
        Self::HistoryTokens,
    ];

    /// The lowest and highest value the engine runs with.
    pub const fn range(self) -> (f64, f64) {
        match self {
            Self::Rounds | Self::TasksPerRound => (1.0, 20.0),
            Self::JobsPerRound => (1.0, 10_000.0),
            Self::WorkerConcurrency => (1.0, 64.0),
            // The shortest chunk the planner cuts: shorter gives the worker nothing to read.
            Self::ChunkSize => (super::minions::plan::MIN_CHUNK_CHARS as f64, 1_000_000.0),
            Self::ChunkUnits => (1.0, 10_000.0),
            Self::WorkerOutputTokens => (16.0, 32_768.0),
            Self::WorkerContext => (512.0, 10_000_000.0),
            Self::WorkerTemperature => (0.0, 2.0),
            Self::ReplyRetries => (0.0, 5.0),
            Self::VerbatimWords => (3.0, 1_000.0),
            Self::SupervisorOutputTokens => (64.0, 100_000.0),
            Self::SupervisorContext => (1_024.0, 10_000_000.0),
            Self::HistoryTokens => (64.0, 1_000_000.0),
        }
    }

    /// [`Self::range`] for a whole-number setting.
    pub const fn whole_range(self) -> (u32, u32) {
        let (min, max) = self.range();
        (min as u32, max as u32)
    }

    /// Its English name (the page names it in the reader's language).
    pub const fn name(self) -> &'static str {
        match self {
            Self::Rounds => "Rounds",
            Self::TasksPerRound => "Tasks per round",
            Self::JobsPerRound => "Jobs per round",
            Self::WorkerConcurrency => "Worker concurrency",
            Self::ChunkSize => "Chunk size",
            Self::ChunkUnits => "Pages or paragraphs in a chunk",
            Self::WorkerOutputTokens => "Worker output tokens",
            Self::WorkerContext => "Worker context length",
            Self::WorkerTemperature => "Worker temperature",
            Self::ReplyRetries => "Reply retries",
            Self::VerbatimWords => "Words in a quoted run",
            Self::SupervisorOutputTokens => "Cloud output tokens",
            Self::SupervisorContext => "Cloud context length",
            Self::HistoryTokens => "Conversation budget",
        }
    }

    fn check(self, value: f64) -> Result<(), ConfigError> {
        let (min, max) = self.range();
        if (min..=max).contains(&value) {
            Ok(())
        } else {
            Err(ConfigError::OutOfRange { setting: self, value })
        }
    }
}

/// A setting out of its range, said so that the user can fix it.
#[derive(Debug, Clone, PartialEq, Error, Serialize, Deserialize)]
pub enum ConfigError {
    #[error("{} must be between {} and {}; it is {value}", setting.name(), setting.range().0, setting.range().1)]
    OutOfRange { setting: Setting, value: f64 },
}

impl RunConfig {
    /// Checks every bound once, so that the engine can rely on them.
    pub fn validate(&self) -> Result<(), ConfigError> {
        Setting::Rounds.check(self.max_rounds.into())?;
        Setting::TasksPerRound.check(self.max_tasks as f64)?;
        Setting::JobsPerRound.check(self.max_jobs_per_round as f64)?;
        Setting::WorkerConcurrency.check(self.concurrency as f64)?;
        let chunk_size = match self.chunking.unit {
            ChunkUnit::Chars => Setting::ChunkSize,
            ChunkUnit::Pages | ChunkUnit::Paragraphs => Setting::ChunkUnits,
        };
        chunk_size.check(self.chunking.size as f64)?;
        Setting::WorkerOutputTokens.check(self.worker.num_predict.into())?;
        Setting::WorkerContext.check(self.worker.context_limit.into())?;
        Setting::WorkerTemperature.check(self.worker.temperature.into())?;
        Setting::ReplyRetries.check(self.max_reply_retries.into())?;
        Setting::VerbatimWords.check(self.privacy.verbatim_words as f64)?;
        if let Some(tokens) = self.supervisor.max_output_tokens {
            Setting::SupervisorOutputTokens.check(tokens.into())?;
        }
        if let Some(tokens) = self.supervisor.context_tokens {
            Setting::SupervisorContext.check(tokens.into())?;
        }
        Setting::HistoryTokens.check(self.supervisor.history_tokens as f64)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_follow_the_contract_and_validate() {
        let config = RunConfig::default();
        assert_eq!((config.max_rounds, config.max_tasks, config.max_jobs_per_round), (3, 3, 256));
        assert_eq!((config.concurrency, config.worker.num_predict), (4, 512));
        assert_eq!((config.chunking.size, config.chunking.overlap), (3_000, 200));
        assert_eq!(config.validate(), Ok(()));
    }

    #[test]
    fn validate_refuses_each_setting_just_past_its_range_and_names_it() {
        for setting in Setting::ALL {
            let over = setting.range().1 + 1.0;
            let mut config = RunConfig::default();
            // A new setting does not compile here until it is set below.
            match setting {
                Setting::Rounds => config.max_rounds = over as u32,
                Setting::TasksPerRound => config.max_tasks = over as usize,
                Setting::JobsPerRound => config.max_jobs_per_round = over as usize,
                Setting::WorkerConcurrency => config.concurrency = over as usize,
                Setting::ChunkSize => config.chunking.size = over as usize,
                Setting::ChunkUnits => {
                    config.chunking = Chunking { unit: ChunkUnit::Pages, size: over as usize, overlap: 0 }
                }
                Setting::WorkerOutputTokens => config.worker.num_predict = over as u32,
                Setting::WorkerContext => config.worker.context_limit = over as u32,
                Setting::WorkerTemperature => config.worker.temperature = over as f32,
                Setting::ReplyRetries => config.max_reply_retries = over as u32,
                Setting::VerbatimWords => config.privacy.verbatim_words = over as usize,
                Setting::SupervisorOutputTokens => config.supervisor.max_output_tokens = Some(over as u32),
                Setting::SupervisorContext => config.supervisor.context_tokens = Some(over as u32),
                Setting::HistoryTokens => config.supervisor.history_tokens = over as u32,
            }
            assert_eq!(config.validate(), Err(ConfigError::OutOfRange { setting, value: over }), "{setting:?}");
        }
        assert_eq!(RunConfig::default().validate(), Ok(()));
    }

    #[test]
    fn an_out_of_range_setting_is_named() {
        let config = RunConfig { concurrency: 0, ..RunConfig::default() };
        let error = config.validate().unwrap_err();
        assert_eq!(error.to_string(), "Worker concurrency must be between 1 and 64; it is 0");
    }
}
