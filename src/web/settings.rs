//! The user's settings: [`Settings`], with defaults that work against a
//! local Ollama, turned into a [`RunConfig`] for each run. The API key is
//! never serialized with the rest; it is kept in memory unless the user
//! chooses to remember it on this device.

use serde::{Deserialize, Serialize};

use minions_engine::accounting::PriceTable;
use minions_engine::chunking::Chunking;
use minions_engine::config::{Protocol, RunConfig, Setting, SupervisorSettings, WorkerSettings};
use minions_engine::locality::Locality;
use minions_engine::privacy::{boundary, PrivacyConfig, VerbatimPolicy};

use super::engine_messages::{Models, SupervisorEndpoint};

/// Which API the worker speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum WorkerProvider {
    Ollama,
    /// Any OpenAI-compatible local server (llama.cpp, LM Studio, vLLM).
    OpenAi,
    /// A GGUF model run inside this page (wllama).
    Tab,
}

impl WorkerProvider {
    pub fn value(self) -> &'static str {
        match self {
            Self::Ollama => "ollama",
            Self::OpenAi => "openai",
            Self::Tab => "tab",
        }
    }

    pub fn from_value(value: &str) -> Self {
        match value {
            "openai" => Self::OpenAi,
            "tab" => Self::Tab,
            _ => Self::Ollama,
        }
    }
}

/// One worker endpoint: the first is the settings' own fields, the others
/// join it in a pool.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct WorkerEndpoint {
    pub provider: WorkerProvider,
    pub url: String,
    pub model: String,
    /// Jobs at once (for vLLM, its `--max-num-seqs`; for Ollama, `OLLAMA_NUM_PARALLEL`).
    pub concurrency: usize,
}

impl Default for WorkerEndpoint {
    fn default() -> Self {
        Self { provider: WorkerProvider::OpenAi, url: String::new(), model: String::new(), concurrency: 4 }
    }
}

impl WorkerEndpoint {
    /// The jobs this endpoint takes at once: what the pool gives it and what
    /// the run's concurrency adds up (the engine bounds the sum). An empty
    /// field reads as one rather than as an endpoint that takes nothing.
    pub fn slots(&self) -> usize {
        self.concurrency.max(1)
    }

    /// `host:port` as requests name it (the audit's and the privacy rules' key).
    pub fn host(&self) -> String {
        if self.provider == WorkerProvider::Tab {
            return minions_engine::locality::TAB_HOST.to_string();
        }
        minions_providers::endpoint::host_of(&minions_providers::endpoint::reachable_url(&self.url)).to_lowercase()
    }

    pub fn locality(&self) -> Locality {
        Locality::of_host(&self.host())
    }
}

/// The Ask box's choice of protocol: one of [`Protocol::ASKABLE`], or
/// `None` for Auto. Its hook value (and stored form) is the protocol's serde
/// name, Auto's is "auto".
pub mod protocol_choice {
    use minions_engine::auto::AutoReason;
    use minions_engine::config::Protocol;
    use serde::{Deserialize, Deserializer, Serializer};

    use crate::tr;
    use crate::web::i18n::labels;

    pub const AUTO: &str = "auto";

    pub fn value(choice: Option<Protocol>) -> &'static str {
        choice.map_or(AUTO, Protocol::value)
    }

    /// The choice a hook value names; Auto for "auto" and for anything that
    /// is not an askable protocol (an old or edited setting).
    pub fn from_value(value: &str) -> Option<Protocol> {
        Protocol::from_value(value).filter(|p| Protocol::ASKABLE.contains(p))
    }

    /// The choice's name in the page's language ("Auto", "Minion", …).
    pub fn label(choice: Option<Protocol>) -> String {
        choice.map_or_else(|| tr!("settings-protocol-auto"), labels::protocol)
    }

    /// One line that says what the choice does.
    pub fn explanation(choice: Option<Protocol>) -> String {
        match choice {
            None => tr!("settings-protocol-auto-explained"),
            Some(Protocol::Minion) => tr!("settings-protocol-minion-explained"),
            Some(Protocol::Minions) => tr!("settings-protocol-minions-explained"),
            Some(Protocol::Local) => tr!("settings-protocol-local-explained"),
            Some(Protocol::Cloud) => tr!("settings-protocol-cloud-explained"),
        }
    }

    /// Why Auto chose the protocol it did, in the page's language.
    pub fn reason(reason: AutoReason) -> String {
        use crate::web::i18n::format::count;
        match reason {
            AutoReason::NoSupervisor => tr!("ask-auto-no-supervisor"),
            AutoReason::AsksAboutEverything { tokens } => tr!("ask-auto-everything", tokens = count(tokens as f64)),
            AutoReason::Short { tokens } => tr!("ask-auto-short", tokens = count(tokens as f64)),
            AutoReason::Long { tokens } => tr!("ask-auto-long", tokens = count(tokens as f64)),
        }
    }

    pub fn serialize<S: Serializer>(choice: &Option<Protocol>, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(value(*choice))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Protocol>, D::Error> {
        Ok(from_value(&String::deserialize(deserializer)?))
    }
}

#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub worker_provider: WorkerProvider,
    pub worker_url: String,
    pub worker_model: String,
    pub worker_concurrency: usize,
    pub worker_temperature: f32,
    /// The worker's context length when the server does not say.
    pub worker_context: u32,
    /// The in-page model's GGUF URL (a built-in one, or any).
    pub tab_model_url: String,
    /// The stored in-page model last loaded, loaded again after a reload.
    pub tab_model_key: String,
    /// Its name, as runs and the audit show it.
    pub tab_model_name: String,
    pub supervisor_url: String,
    /// Kept in memory only, unless `remember_key`.
    #[serde(skip)]
    pub supervisor_key: String,
    pub remember_key: bool,
    pub supervisor_model: String,
    /// "", "low", "medium" or "high" (reasoning models only).
    pub reasoning_effort: String,
    /// Most tokens in one cloud reply.
    pub supervisor_max_tokens: u32,
    /// The cloud model's context window, tokens (MinionS fits its reports into it).
    pub supervisor_context: u32,
    /// Estimated tokens of earlier questions and answers the cloud model
    /// hears in a conversation; past it they are summarised.
    pub conversation_budget: u32,
    pub max_rounds: u32,
    pub max_tasks: usize,
    pub chunk_size: usize,
    pub send_citations: bool,
    #[serde(with = "protocol_choice")]
    pub protocol: Option<Protocol>,
    /// Keep loaded documents in this browser (IndexedDB) across reloads.
    pub keep_documents: bool,
    /// MinionS: most chunks per task; 0 lets the cloud model choose.
    pub max_chunks_per_task: usize,
    /// The price table as JSON; empty for the shipped defaults.
    pub prices_json: String,
    /// Replace personal data with placeholders before anything leaves.
    pub redact: bool,
    /// Names of people to redact, one a line.
    pub redact_names: String,
    /// Other terms to redact, one a line.
    pub redact_terms: String,
    /// The local model rewrites its reports without personal details.
    pub shield: bool,
    /// The shortest quote from the documents the verbatim guard acts on, in words.
    pub verbatim_words: u32,
    pub verbatim_policy: VerbatimPolicy,
    /// Hold every cloud request until the user approves it.
    pub approve_requests: bool,
    /// Documents never leave, not even for an evaluation's cloud-only baseline.
    pub documents_never_leave: bool,
    /// Files larger than this many megabytes are refused.
    pub max_file_mb: u32,
    /// Worker endpoints after the first: MinionS spreads its jobs over all.
    pub worker_pool: Vec<WorkerEndpoint>,
    /// Worker hosts on the local network trusted with the documents even
    /// when they never leave this device.
    pub trusted_hosts: Vec<String>,
    /// Worker hosts not on this device the user said to send documents to
    /// without asking again.
    pub worker_consents: Vec<String>,
}

impl std::fmt::Debug for Settings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Settings")
            .field("worker_url", &self.worker_url)
            .field("worker_model", &self.worker_model)
            .field("supervisor_url", &self.supervisor_url)
            .field("supervisor_key", &if self.supervisor_key.is_empty() { "" } else { "…" })
            .field("supervisor_model", &self.supervisor_model)
            .finish_non_exhaustive()
    }
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            worker_provider: WorkerProvider::Ollama,
            worker_url: "http://localhost:11434".into(),
            worker_model: "llama3.2".into(),
            worker_concurrency: 4,
            worker_temperature: 0.2,
            worker_context: 8_192,
            tab_model_url: minions_providers::tab::catalog::default_model().url.into(),
            tab_model_key: String::new(),
            tab_model_name: String::new(),
            supervisor_url: "https://api.openai.com/v1".into(),
            supervisor_key: String::new(),
            remember_key: false,
            supervisor_model: "gpt-4o".into(),
            reasoning_effort: String::new(),
            supervisor_max_tokens: 2_048,
            supervisor_context: 128_000,
            conversation_budget: minions_engine::config::DEFAULT_HISTORY_TOKENS,
            max_rounds: 3,
            max_tasks: 3,
            chunk_size: 3_000,
            send_citations: false,
            protocol: None,
            keep_documents: true,
            max_chunks_per_task: 0,
            prices_json: String::new(),
            redact: true,
            redact_names: String::new(),
            redact_terms: String::new(),
            shield: false,
            verbatim_words: 12,
            verbatim_policy: VerbatimPolicy::Withhold,
            approve_requests: false,
            documents_never_leave: false,
            max_file_mb: 200,
            worker_pool: Vec::new(),
            trusted_hosts: Vec::new(),
            worker_consents: Vec::new(),
        }
    }
}

/// The non-empty lines of a list the user typed.
fn lines(text: &str) -> Vec<String> {
    text.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_string).collect()
}

impl Settings {
    /// The base URLs of the servers this page talks to.
    pub fn server_urls(&self) -> Vec<&str> {
        let worker = if self.worker_provider == WorkerProvider::Tab { "" } else { self.worker_url.as_str() };
        let mut urls = vec![worker, self.supervisor_url.as_str()];
        urls.extend(self.worker_pool.iter().map(|w| w.url.as_str()));
        if self.worker_provider == WorkerProvider::Tab {
            urls.push(self.tab_model_url.as_str());
        }
        urls
    }

    /// The first worker endpoint, from the settings' own fields.
    pub fn first_worker(&self) -> WorkerEndpoint {
        if self.worker_provider == WorkerProvider::Tab {
            // One model in the page, one job at a time.
            return WorkerEndpoint {
                provider: WorkerProvider::Tab,
                url: String::new(),
                model: self.tab_model_name.clone(),
                concurrency: 1,
            };
        }
        WorkerEndpoint {
            provider: self.worker_provider,
            url: self.worker_url.clone(),
            model: self.worker_model.clone(),
            concurrency: self.worker_concurrency,
        }
    }

    /// The endpoints a run of `protocol` uses: every one for MinionS (its
    /// jobs spread over the pool), the first for the others.
    pub fn workers_for(&self, protocol: Protocol) -> Vec<WorkerEndpoint> {
        let mut workers = vec![self.first_worker()];
        if protocol == Protocol::Minions {
            workers.extend(self.worker_pool.iter().filter(|w| !w.url.trim().is_empty()).cloned());
        }
        workers
    }

    pub fn is_trusted(&self, host: &str) -> bool {
        boundary::lists_host(&self.trusted_hosts, host)
    }

    /// Marks `host` as trusted with the documents, or not.
    pub fn set_trusted(&mut self, host: &str, trusted: bool) {
        self.trusted_hosts.retain(|h| !h.eq_ignore_ascii_case(host.trim()));
        if trusted {
            self.trusted_hosts.push(host.trim().to_lowercase());
        }
    }

    /// The hosts of `protocol`'s workers not on this device that need the
    /// user's yes before a run: elsewhere, and not remembered.
    pub fn hosts_needing_consent(&self, protocol: Protocol) -> Vec<String> {
        let mut hosts: Vec<String> = Vec::new();
        for worker in self.workers_for(protocol) {
            let host = worker.host();
            if worker.locality() == Locality::Elsewhere
                && !boundary::lists_host(&self.worker_consents, &host)
                && !hosts.contains(&host)
            {
                hosts.push(host);
            }
        }
        hosts
    }

    /// Whether a cloud model is set up well enough to try.
    /// The models a run of `protocol` talks to, as the engine's worker makes
    /// them: the worker endpoints, and the cloud model unless it runs locally.
    pub fn models(&self, protocol: Protocol) -> Models {
        Models {
            workers: self.workers_for(protocol),
            supervisor: (protocol != Protocol::Local).then(|| SupervisorEndpoint {
                url: self.supervisor_url.clone(),
                key: self.supervisor_key.clone(),
                model: self.supervisor_model.clone(),
            }),
        }
    }

    pub fn has_supervisor(&self) -> bool {
        !self.supervisor_url.trim().is_empty() && !self.supervisor_model.trim().is_empty()
    }

    /// The run configuration for `protocol`; `context_length` is the worker's
    /// own, when its server reported it.
    pub fn run_config(&self, protocol: Protocol, context_length: Option<u32>) -> RunConfig {
        // Values go to the engine as typed: `RunConfig::validate` owns the
        // bounds (`Setting`) and a run out of them names the setting to fix.
        // Only what is not a typed run setting is shaped here: the pool's
        // endpoints add up to the run's concurrency, and a context the
        // server reports is taken over the typed one.
        let defaults = RunConfig::default();
        RunConfig {
            protocol,
            max_rounds: self.max_rounds,
            max_tasks: self.max_tasks,
            concurrency: self.workers_for(protocol).iter().map(WorkerEndpoint::slots).sum(),
            chunking: Chunking { size: self.chunk_size, ..defaults.chunking },
            worker: WorkerSettings {
                temperature: self.worker_temperature,
                // A context the server reports is the model's, not a typo: it
                // is raised to the engine's floor rather than refused.
                context_limit: context_length
                    .map(|c| c.max(Setting::WorkerContext.whole_range().0))
                    .unwrap_or(self.worker_context),
                ..WorkerSettings::default()
            },
            supervisor: SupervisorSettings {
                reasoning_effort: Some(self.reasoning_effort.clone()).filter(|e| !e.is_empty()),
                max_output_tokens: Some(self.supervisor_max_tokens),
                context_tokens: Some(self.supervisor_context),
                history_tokens: self.conversation_budget,
                ..SupervisorSettings::default()
            },
            send_citations: self.send_citations,
            max_chunks_per_task: (self.max_chunks_per_task > 0).then_some(self.max_chunks_per_task),
            privacy: PrivacyConfig {
                redact: self.redact,
                names: lines(&self.redact_names),
                terms: lines(&self.redact_terms),
                shield: self.shield,
                verbatim_words: self.verbatim_words as usize,
                verbatim_policy: self.verbatim_policy,
                approve: self.approve_requests,
                documents_never_leave: self.documents_never_leave,
                trusted_network: self.trusted_hosts.clone(),
                worker_consents: self.worker_consents.clone(),
            },
            ..defaults
        }
    }

    /// The price table to use, or why the edited one cannot be read.
    pub fn prices(&self) -> Result<PriceTable, String> {
        if self.prices_json.trim().is_empty() {
            return Ok(PriceTable::default());
        }
        serde_json::from_str(&self.prices_json)
            .map_err(|e| crate::tr!("settings-prices-invalid", error = e.to_string()))
    }

    /// The settings as stored on the device: never the key.
    pub fn to_storage(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn from_storage(stored: &str) -> Self {
        serde_json::from_str(stored).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use minions_engine::config::ConfigError;

    #[test]
    fn stored_settings_never_hold_the_key() {
        let settings = Settings { supervisor_key: "sk-very-secret".into(), remember_key: true, ..Settings::default() };
        let stored = settings.to_storage();
        assert!(!stored.contains("sk-very-secret"));
        assert!(!format!("{settings:?}").contains("sk-very-secret"));
        let back = Settings::from_storage(&stored);
        assert_eq!(back.supervisor_key, "");
        assert!(back.remember_key);
    }

    /// Each typed setting the engine bounds, set in the form's field.
    fn typed(setting: Setting, value: u32) -> Option<Settings> {
        let mut s = Settings::default();
        match setting {
            Setting::Rounds => s.max_rounds = value,
            Setting::TasksPerRound => s.max_tasks = value as usize,
            Setting::WorkerConcurrency => s.worker_concurrency = value as usize,
            Setting::ChunkSize => s.chunk_size = value as usize,
            Setting::WorkerContext => s.worker_context = value,
            Setting::SupervisorOutputTokens => s.supervisor_max_tokens = value,
            Setting::SupervisorContext => s.supervisor_context = value,
            Setting::HistoryTokens => s.conversation_budget = value,
            Setting::VerbatimWords => s.verbatim_words = value,
            Setting::WorkerTemperature => s.worker_temperature = value as f32,
            Setting::ChunkUnits | Setting::JobsPerRound | Setting::WorkerOutputTokens | Setting::ReplyRetries => {
                return None
            }
        }
        Some(s)
    }

    #[test]
    fn a_typed_value_reaches_the_engine_as_typed_and_out_of_range_names_its_setting() {
        // Those the form has a field for (`typed` says which).
        let settings = Setting::ALL.into_iter().filter(|setting| typed(*setting, 0).is_some());
        for setting in settings {
            let (min, max) = setting.whole_range();
            for edge in [min, max] {
                let config = typed(setting, edge).unwrap().run_config(Protocol::Minions, None);
                assert_eq!(config.validate(), Ok(()), "{setting:?} = {edge}");
            }
            // One past either end is refused, naming the setting and the typed value (no clamp on the way).
            // (An empty jobs-at-once field reads as one job: see `WorkerEndpoint::slots`.)
            let below = min.checked_sub(1).filter(|_| setting != Setting::WorkerConcurrency).map(|v| (v, v as f64));
            for (typed_value, seen) in below.into_iter().chain([(max + 1, (max + 1) as f64)]) {
                let config = typed(setting, typed_value).unwrap().run_config(Protocol::Minions, None);
                assert_eq!(
                    config.validate(),
                    Err(ConfigError::OutOfRange { setting, value: seen }),
                    "{setting:?} = {typed_value}"
                );
            }
        }
        // The pool adds up: three endpoints of 30 jobs are 90, past the engine's 64.
        let pool = Settings {
            worker_concurrency: 30,
            worker_pool: vec![
                WorkerEndpoint { url: "http://127.0.0.1:8001".into(), concurrency: 30, ..WorkerEndpoint::default() },
                WorkerEndpoint { url: "http://127.0.0.1:8002".into(), concurrency: 30, ..WorkerEndpoint::default() },
            ],
            ..Settings::default()
        };
        let config = pool.run_config(Protocol::Minions, None);
        assert_eq!(
            config.validate(),
            Err(ConfigError::OutOfRange { setting: Setting::WorkerConcurrency, value: 90.0 })
        );
        assert_eq!(typed(Setting::WorkerConcurrency, 0).unwrap().run_config(Protocol::Minions, None).concurrency, 1);
        // A context the server reports below the floor is raised, not refused.
        let config = Settings::default().run_config(Protocol::Minions, Some(256));
        assert_eq!((config.worker.context_limit, config.validate()), (512, Ok(())));
    }

    #[test]
    fn defaults_work_against_a_local_ollama_and_garbage_falls_back() {
        let settings = Settings::from_storage("not json");
        assert_eq!(settings.worker_url, "http://localhost:11434");
        assert_eq!(settings.worker_provider, WorkerProvider::Ollama);
        let config = settings.run_config(Protocol::Minions, Some(131_072));
        assert_eq!(config.worker.context_limit, 131_072);
        assert_eq!(config.validate(), Ok(()));
        let partial = Settings::from_storage(r#"{"worker_model": "qwen2.5:7b"}"#);
        assert_eq!(partial.worker_model, "qwen2.5:7b");
        assert_eq!(partial.max_rounds, 3);
    }

    #[test]
    fn the_model_in_the_page_is_one_worker_in_this_tab_that_needs_no_consent() {
        let settings = Settings {
            worker_provider: WorkerProvider::Tab,
            worker_url: "http://gpu.example.com:11434".into(),
            worker_concurrency: 8,
            tab_model_url: "https://models.example.org/tiny.gguf".into(),
            tab_model_name: "tiny.gguf".into(),
            worker_pool: vec![WorkerEndpoint { url: "http://192.168.1.9:8000/v1".into(), ..WorkerEndpoint::default() }],
            ..Settings::default()
        };
        let worker = settings.first_worker();
        assert_eq!((worker.host().as_str(), worker.locality(), worker.concurrency), ("this-tab", Locality::Tab, 1));
        assert_eq!(worker.model, "tiny.gguf");
        assert!(settings.hosts_needing_consent(Protocol::Minions).is_empty());
        // The old server address is not connected to; the model's download address is.
        let urls = settings.server_urls();
        assert!(!urls.contains(&"http://gpu.example.com:11434"));
        assert!(urls.contains(&"https://models.example.org/tiny.gguf"));
        assert_eq!(WorkerProvider::from_value("tab"), WorkerProvider::Tab);
        assert_eq!(Settings::from_storage(&settings.to_storage()).worker_provider, WorkerProvider::Tab);
        assert_eq!(Settings::default().tab_model_url, minions_providers::tab::catalog::default_model().url);
    }

    #[test]
    fn an_edited_price_table_is_used_or_refused_in_words() {
        let mut settings = Settings::default();
        assert_eq!(settings.prices().unwrap(), PriceTable::default());
        settings.prices_json = r#"{"checked_on": "2026-11-25", "source": "me", "models": [{"model": "m", "input": 1.0, "cached_input": 0.5, "output": 2.0}]}"#.into();
        assert_eq!(settings.prices().unwrap().models[0].model, "m");
        settings.prices_json = "{oops".into();
        assert!(settings.prices().unwrap_err().starts_with("The price table is not valid JSON"));
        assert_eq!(
            Settings { max_chunks_per_task: 8, ..Settings::default() }
                .run_config(Protocol::Minions, None)
                .max_chunks_per_task,
            Some(8)
        );
    }

    #[test]
    fn privacy_settings_become_the_run_s_privacy_config() {
        let defaults = Settings::default().run_config(Protocol::Minion, None).privacy;
        assert_eq!(defaults, PrivacyConfig::default());
        let settings = Settings {
            redact_names: "Jane Doe\n\n  Bob Stone \n".into(),
            redact_terms: "Project Falcon".into(),
            verbatim_words: 5,
            verbatim_policy: VerbatimPolicy::Ask,
            approve_requests: true,
            documents_never_leave: true,
            ..Settings::default()
        };
        let privacy = settings.run_config(Protocol::Minion, None).privacy;
        assert_eq!(privacy.names, ["Jane Doe", "Bob Stone"]);
        assert_eq!(privacy.terms, ["Project Falcon"]);
        assert_eq!((privacy.verbatim_words, privacy.verbatim_policy, privacy.approve), (5, VerbatimPolicy::Ask, true));
        assert!(privacy.documents_never_leave);
        let stored = Settings::from_storage(&settings.to_storage());
        assert_eq!(stored.verbatim_policy, VerbatimPolicy::Ask);
    }

    #[test]
    fn the_protocol_choice_is_stored_by_its_hook_value_and_auto_by_auto() {
        for choice in [None].into_iter().chain(Protocol::ASKABLE.map(Some)) {
            assert_eq!(protocol_choice::from_value(protocol_choice::value(choice)), choice);
            let settings = Settings { protocol: choice, ..Settings::default() };
            assert_eq!(Settings::from_storage(&settings.to_storage()).protocol, choice);
        }
        let stored = |protocol: &str| format!(r#"{{"protocol":"{protocol}","max_rounds":7}}"#);
        assert_eq!(Settings::from_storage(&stored("auto")).protocol, None);
        assert_eq!(Settings::from_storage(&stored("minions")).protocol, Some(Protocol::Minions));
        for unaskable in ["cloud", "nonsense", ""] {
            let settings = Settings::from_storage(&stored(unaskable));
            assert_eq!(settings.protocol, None, "{unaskable} is Auto");
            assert_eq!(settings.max_rounds, 7, "the other settings survive {unaskable:?}");
        }
        assert!(Settings::default().to_storage().contains(r#""protocol":"auto""#));
        assert_eq!(protocol_choice::label(None), "Auto");
        assert_eq!(protocol_choice::label(Some(Protocol::Minions)), "MinionS");
        assert_eq!(
            protocol_choice::explanation(Some(Protocol::Local)),
            "Only the local model; nothing leaves this device."
        );
    }

    /// Auto's reason is data from the engine; the page words it, in English as
    /// the engine does, in German in German.
    #[test]
    fn autos_reason_reads_in_the_pages_language() {
        use crate::web::i18n::{install, Catalog, Lang};
        use minions_engine::auto::AutoReason;
        let reasons = [
            AutoReason::NoSupervisor,
            AutoReason::AsksAboutEverything { tokens: 900 },
            AutoReason::Short { tokens: 900 },
            AutoReason::Long { tokens: 900 },
        ];
        for reason in reasons {
            assert_eq!(protocol_choice::reason(reason), reason.to_string());
        }
        let source = include_str!("../../locales/de/ask.ftl").to_string();
        let (catalog, problems) = Catalog::parse(Lang::De, vec![("ask", source)]);
        assert!(problems.is_empty(), "{problems:?}");
        install(std::rc::Rc::new(catalog));
        let german: Vec<_> = reasons.map(protocol_choice::reason).into();
        install(crate::web::i18n::english());
        assert_eq!(
            german[2],
            "Die Dokumente sind kurz (etwa 900 Tokens), daher kann das lokale Modell sie ganz lesen: Minion."
        );
        for (text, reason) in german.iter().zip(reasons) {
            assert!(reads_without_english(text), "{reason:?}: {text}");
        }
    }

    fn reads_without_english(text: &str) -> bool {
        !["the ", "so ", "about ", "are "].iter().any(|word| text.to_lowercase().contains(word))
    }
}
