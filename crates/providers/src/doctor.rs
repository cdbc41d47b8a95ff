//! The connection doctor's verdicts, and which fix each calls for.
//!
//! The probes (browser only, `probe.rs`) find out what holds; [`Verdict`]
//! says it, [`Verdict::state`] gives the short state the page shows as a
//! status light, and [`Verdict::advice_kind`] which advice fixes it, with
//! the page's own origin, the address and the commands filled in
//! ([`AdviceKind`], [`StepKind`]). The page puts them in words in the
//! reader's language (`src/web/doctor_text.rs`); the shell commands and the
//! service-file lines are values ([`StepKind::command`]), never translated.
//! [`AdviceKind::english`] and [`StepKind::english`] say the same in English
//! (logs, and the page's test that its English matches).

use serde::{Deserialize, Serialize};

/// Which kind of server a check was about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum ServerKind {
    Ollama,
    /// An OpenAI-compatible API (the cloud, or a local server).
    OpenAi,
    /// The model inside the page.
    Tab,
}

/// What a check noticed that does not stop a run; the page words it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "warning")]
pub enum Warning {
    /// The model's context (`length` tokens) is smaller than a job needs.
    SmallContext { length: u32, needed: u32 },
    /// The in-page model runs on one thread of `threads`: the page is not
    /// cross-origin isolated yet.
    OneThread { threads: u32 },
}

impl Warning {
    /// The warning in English.
    pub fn english(&self) -> String {
        match self {
            Warning::SmallContext { length, needed } => format!(
                "The model's context ({length} tokens) is smaller than the {needed} tokens a job needs: choose smaller chunks or a model with a longer context."
            ),
            Warning::OneThread { threads } => format!(
                "This page is not cross-origin isolated, so the model runs on 1 of {threads} threads; reload the page once to use them all."
            ),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "verdict")]
pub enum Verdict {
    Checking,
    /// Reachable and allowed.
    Ok {
        version: Option<String>,
        models: Vec<String>,
        context_length: Option<u32>,
        /// A warning that does not stop a run (e.g. a small context).
        warning: Option<Warning>,
    },
    /// The server answers but refuses this page's origin.
    Cors,
    /// An https page cannot call a plain-http address off this machine.
    MixedContent,
    /// Nothing answers (or the browser's local network permission blocked it).
    Down {
        local_network_permission: bool,
    },
    ModelMissing {
        model: String,
        installed: Vec<String>,
    },
    /// No API key is set for a cloud API.
    MissingKey,
    BadKey,
    /// The page's own connect policy, set when it was opened, does not name
    /// this origin yet: a reload applies it.
    NeedsReload {
        origin: String,
    },
}

/// What to tell the user, in English: a summary and the steps, each ready
/// to copy. The page says it in the reader's language from [`AdviceKind`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Advice {
    pub summary: String,
    /// Commands or steps, each ready to copy.
    pub steps: Vec<String>,
}

/// Which advice a verdict calls for, with the values its words carry. Its
/// steps are [`AdviceKind::steps`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "advice")]
pub enum AdviceKind {
    /// A check is under way.
    Checking,
    /// The model in the page is ready: its name (when known), its context
    /// in tokens, and a warning that does not stop a run.
    TabReady { model: Option<String>, context_length: Option<u32>, warning: Option<Warning> },
    /// No model is loaded in the page yet; `model` says what Load would fetch.
    TabMissing { model: String },
    /// A server answers and allows this page.
    Connected { version: Option<String>, models: usize, warning: Option<Warning> },
    /// Ollama refuses this page's `origin` (no trailing slash): allow it
    /// with `OLLAMA_ORIGINS`.
    OllamaCors { origin: String },
    /// Another server at `base_url` refuses this page's `origin`.
    Cors { base_url: String, origin: String },
    /// An https page may not call plain-http `base_url`.
    MixedContent { base_url: String },
    /// Nothing answers at `base_url`, where Ollama was expected; the
    /// browser may have asked for its local network permission.
    OllamaDown { base_url: String, local_network_permission: bool },
    /// Nothing answers at `base_url` (another server).
    Down { base_url: String, local_network_permission: bool },
    /// Ollama has no `model`; `installed` are the ones it has.
    OllamaModelMissing { model: String, installed: Vec<String> },
    /// Another server has no `model`; `available` are (at most 12 of) the ones it lists.
    ModelMissing { model: String, available: Vec<String> },
    /// No API key is set for a cloud API.
    MissingKey,
    /// The page's connect policy does not name `origin` yet.
    NeedsReload { origin: String },
    /// The server refused the API key.
    BadKey,
}

/// The systems the Ollama steps are written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Os {
    MacOs,
    Linux,
    Windows,
}

/// One step of a fix, with its values. Its commands and service-file lines
/// ([`StepKind::commands`]) are copied as they are, in every language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "step")]
pub enum StepKind {
    /// Allow `origin` in Ollama on `os`, then restart Ollama.
    OllamaOrigins { os: Os, origin: String },
    /// Start `ollama serve` by hand with `origin` allowed.
    OllamaServe { origin: String },
    /// Pull `model`.
    OllamaPull { model: String },
    /// Let Ollama run `slots` jobs at once on `os`, then restart it.
    OllamaParallel { os: Os, slots: u32 },
}

/// How many of a server's models the advice for a missing one lists.
const LISTED_MODELS: usize = 12;

impl StepKind {
    /// The literal commands and lines the step's words carry, in order:
    /// - `OllamaOrigins` on macOS and Windows, `OllamaServe`, `OllamaPull`
    ///   and `OllamaParallel` on macOS and Windows: the one command;
    /// - `OllamaOrigins` on Linux: the edit command, the two lines to add
    ///   (one string, a line break between them), the reload-and-restart command;
    /// - `OllamaParallel` on Linux: the line to add to the service override.
    pub fn commands(&self) -> Vec<String> {
        match self {
            StepKind::OllamaOrigins { os: Os::MacOs, origin } => {
                vec![format!("launchctl setenv OLLAMA_ORIGINS \"{origin}\"")]
            }
            StepKind::OllamaOrigins { os: Os::Linux, origin } => vec![
                "sudo systemctl edit ollama.service".to_string(),
                format!("[Service]\nEnvironment=\"OLLAMA_ORIGINS={origin}\""),
                "sudo systemctl daemon-reload && sudo systemctl restart ollama".to_string(),
            ],
            StepKind::OllamaOrigins { os: Os::Windows, origin } => vec![format!("setx OLLAMA_ORIGINS \"{origin}\"")],
            StepKind::OllamaServe { origin } => vec![format!("OLLAMA_ORIGINS=\"{origin}\" ollama serve")],
            StepKind::OllamaPull { model } => vec![format!("ollama pull {model}")],
            StepKind::OllamaParallel { os: Os::MacOs, slots } => {
                vec![format!("launchctl setenv OLLAMA_NUM_PARALLEL {slots}")]
            }
            StepKind::OllamaParallel { os: Os::Linux, slots } => {
                vec![format!("Environment=\"OLLAMA_NUM_PARALLEL={slots}\"")]
            }
            StepKind::OllamaParallel { os: Os::Windows, slots } => vec![format!("setx OLLAMA_NUM_PARALLEL {slots}")],
        }
    }

    /// The step in English.
    pub fn english(&self) -> String {
        let c = self.commands();
        let c = |i: usize| c.get(i).cloned().unwrap_or_default();
        match self {
            StepKind::OllamaOrigins { os: Os::MacOs, .. } => format!(
                "macOS (the Ollama app): {} — then quit Ollama from the menu bar and open it again.",
                c(0)
            ),
            StepKind::OllamaOrigins { os: Os::Linux, .. } => {
                format!("Linux (systemd): {} — add the two lines\n{}\n— then: {}", c(0), c(1), c(2))
            }
            StepKind::OllamaOrigins { os: Os::Windows, .. } => format!(
                "Windows: {} — then quit Ollama from the taskbar and start it again from the Start menu.",
                c(0)
            ),
            StepKind::OllamaServe { .. } => format!("Running `ollama serve` by hand: {}", c(0)),
            StepKind::OllamaPull { .. } => c(0),
            StepKind::OllamaParallel { os: Os::MacOs, .. } => format!("macOS: {} — then restart Ollama.", c(0)),
            StepKind::OllamaParallel { os: Os::Linux, .. } => format!(
                "Linux (systemd): add {} beside OLLAMA_ORIGINS in the service override, then daemon-reload and restart.",
                c(0)
            ),
            StepKind::OllamaParallel { os: Os::Windows, .. } => format!("Windows: {} — then restart Ollama.", c(0)),
        }
    }
}

impl AdviceKind {
    /// The steps that carry the fix out, each ready to copy.
    pub fn steps(&self) -> Vec<StepKind> {
        match self {
            AdviceKind::OllamaCors { origin } => ollama_origin_step_kinds(origin),
            AdviceKind::OllamaModelMissing { model, .. } => vec![StepKind::OllamaPull { model: model.clone() }],
            _ => Vec::new(),
        }
    }

    /// The advice in English.
    pub fn english(&self) -> Advice {
        let warning = |w: &Option<Warning>| w.as_ref().map(|w| format!(" {}", w.english())).unwrap_or_default();
        let local_network = |permission: bool| {
            if permission {
                " If the browser asked whether this site may reach devices on your local network, allow it (site settings → Local network access), then check again."
            } else {
                ""
            }
        };
        let summary = match self {
            AdviceKind::Checking => "Checking the connection…".to_string(),
            AdviceKind::TabReady { model, context_length, warning: w } => format!(
                "Running in this page: {}{}.{}",
                model.as_deref().unwrap_or("a model"),
                context_length.map(|n| format!(", context {n} tokens")).unwrap_or_default(),
                warning(w)
            ),
            AdviceKind::TabMissing { model } => format!(
                "No model is loaded in this page yet. Open Settings, choose one under \u{201c}In this page\u{201d} and press Load ({model})."
            ),
            AdviceKind::Connected { version, models, warning: w } => format!(
                "Connected{}; {} model{} available.{}",
                version.as_ref().map(|v| format!(" to version {v}")).unwrap_or_default(),
                models,
                if *models == 1 { "" } else { "s" },
                warning(w)
            ),
            AdviceKind::OllamaCors { origin } => format!(
                "Ollama is running but refuses requests from this page ({origin}). Allow this origin with OLLAMA_ORIGINS, then restart Ollama."
            ),
            AdviceKind::Cors { base_url, origin } => format!(
                "The server at {base_url} answers but does not allow requests from this page ({origin}). Enable CORS for this origin in the server's settings."
            ),
            AdviceKind::MixedContent { base_url } => format!(
                "This page is served over https, so the browser blocks plain-http requests to {base_url}. Use an https address for that machine, run the model on this machine (http://localhost works), or serve this page from your own network."
            ),
            AdviceKind::OllamaDown { base_url, local_network_permission } => format!(
                "Nothing answers at {base_url}. Start Ollama (open the app, or run `ollama serve`) and check the address.{}",
                local_network(*local_network_permission)
            ),
            AdviceKind::Down { base_url, local_network_permission } => format!(
                "Nothing answers at {base_url}. Check the address and your connection.{}",
                local_network(*local_network_permission)
            ),
            AdviceKind::OllamaModelMissing { model, installed } => format!(
                "The model `{model}` is not installed. Pull it, or choose one of: {}.",
                if installed.is_empty() { "(none installed)".to_string() } else { installed.join(", ") }
            ),
            AdviceKind::ModelMissing { model, available } => format!(
                "The server has no model `{model}`.{}",
                if available.is_empty() { String::new() } else { format!(" Available: {}.", available.join(", ")) }
            ),
            AdviceKind::MissingKey => "No API key yet: open Settings and paste one. It stays in this tab unless you choose to remember it; the documents never go to the cloud.".to_string(),
            AdviceKind::NeedsReload { origin } => format!(
                "For your safety this page connects only to the addresses it was opened with, and {origin} is new. Press “Apply and reload” in Settings to allow it (paste the API key again afterwards unless you chose to remember it)."
            ),
            AdviceKind::BadKey => {
                "The server refused the API key. Paste a valid key (it stays in this tab unless you choose to remember it).".to_string()
            }
        };
        Advice { summary, steps: self.steps().iter().map(StepKind::english).collect() }
    }
}

impl Verdict {
    /// The status light: `checking`, `ok`, `cors`, `down`, `model-missing` or `bad-key`.
    pub fn state(&self) -> &'static str {
        match self {
            Verdict::Checking => "checking",
            Verdict::Ok { .. } => "ok",
            Verdict::Cors => "cors",
            Verdict::MixedContent | Verdict::Down { .. } | Verdict::NeedsReload { .. } => "down",
            Verdict::ModelMissing { .. } => "model-missing",
            Verdict::BadKey | Verdict::MissingKey => "bad-key",
        }
    }

    /// Which advice fixes this verdict for a `kind` of server at
    /// `base_url`, checked from a page at `page_origin`.
    pub fn advice_kind(&self, kind: ServerKind, page_origin: &str, base_url: &str) -> AdviceKind {
        let origin = page_origin.trim_end_matches('/').to_string();
        let base_url = base_url.to_string();
        match (self, kind) {
            (Verdict::Checking, _) => AdviceKind::Checking,
            (Verdict::Ok { models, context_length, warning, .. }, ServerKind::Tab) => AdviceKind::TabReady {
                model: models.first().cloned(),
                context_length: *context_length,
                warning: warning.clone(),
            },
            (Verdict::ModelMissing { model, .. }, ServerKind::Tab) => AdviceKind::TabMissing { model: model.clone() },
            (Verdict::Ok { version, models, warning, .. }, _) => {
                AdviceKind::Connected { version: version.clone(), models: models.len(), warning: warning.clone() }
            }
            (Verdict::Cors, ServerKind::Ollama) => AdviceKind::OllamaCors { origin },
            (Verdict::Cors, ServerKind::OpenAi | ServerKind::Tab) => AdviceKind::Cors { base_url, origin },
            (Verdict::MixedContent, _) => AdviceKind::MixedContent { base_url },
            (Verdict::Down { local_network_permission }, ServerKind::Ollama) => {
                AdviceKind::OllamaDown { base_url, local_network_permission: *local_network_permission }
            }
            (Verdict::Down { local_network_permission }, ServerKind::OpenAi | ServerKind::Tab) => {
                AdviceKind::Down { base_url, local_network_permission: *local_network_permission }
            }
            (Verdict::ModelMissing { model, installed }, ServerKind::Ollama) => {
                AdviceKind::OllamaModelMissing { model: model.clone(), installed: installed.clone() }
            }
            (Verdict::ModelMissing { model, installed }, ServerKind::OpenAi) => AdviceKind::ModelMissing {
                model: model.clone(),
                available: installed.iter().take(LISTED_MODELS).cloned().collect(),
            },
            (Verdict::MissingKey, _) => AdviceKind::MissingKey,
            (Verdict::NeedsReload { origin: target }, _) => AdviceKind::NeedsReload { origin: target.clone() },
            (Verdict::BadKey, _) => AdviceKind::BadKey,
        }
    }
}

/// How to allow `origin` in Ollama on each system, and by hand.
pub fn ollama_origin_step_kinds(origin: &str) -> Vec<StepKind> {
    let origin = origin.to_string();
    let mut steps: Vec<StepKind> =
        [Os::MacOs, Os::Linux, Os::Windows].map(|os| StepKind::OllamaOrigins { os, origin: origin.clone() }).into();
    steps.push(StepKind::OllamaServe { origin });
    steps
}

/// How to let Ollama run `slots` jobs at once on each system (it runs one
/// by default).
pub fn ollama_parallel_step_kinds(slots: u32) -> Vec<StepKind> {
    [Os::MacOs, Os::Linux, Os::Windows].map(|os| StepKind::OllamaParallel { os, slots }).into()
}

/// Whether a page at `page_origin` reaching `base_url` may meet the
/// browser's local network permission (a public page calling this machine
/// or the local network).
pub fn needs_local_network_permission(page_origin: &str, base_url: &str) -> bool {
    let page_is_local = super::endpoint::is_loopback(page_origin) || super::endpoint::is_private_network(page_origin);
    let target_is_local = super::endpoint::is_loopback(base_url) || super::endpoint::is_private_network(base_url);
    !page_is_local && target_is_local
}

/// A request the doctor made, as "What left this device" lists it: metadata
/// only (a check carries no document text).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConnectionCheck {
    pub at_ms: f64,
    pub method: String,
    pub host: String,
    pub path: String,
    /// The API key went with it.
    pub with_key: bool,
}

impl ConnectionCheck {
    pub fn new(at_ms: f64, method: &str, url: &str, with_key: bool) -> Self {
        let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
        let (host, path) = rest.split_once('/').map_or((rest, ""), |(host, path)| (host, path));
        Self { at_ms, method: method.to_string(), host: host.to_string(), path: format!("/{path}"), with_key }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn states_are_the_status_light_words() {
        assert_eq!(Verdict::Cors.state(), "cors");
        assert_eq!(Verdict::MixedContent.state(), "down");
        assert_eq!(Verdict::ModelMissing { model: "m".into(), installed: vec![] }.state(), "model-missing");
        assert_eq!(Verdict::BadKey.state(), "bad-key");
        assert_eq!(Verdict::MissingKey.state(), "bad-key");
        let advice =
            Verdict::MissingKey.advice_kind(ServerKind::OpenAi, "http://localhost:8080", "https://api.openai.com/v1");
        assert_eq!(advice, AdviceKind::MissingKey);
        let reload = Verdict::NeedsReload { origin: "https://api.groq.com".into() };
        assert_eq!(reload.state(), "down");
        assert_eq!(
            reload.advice_kind(ServerKind::OpenAi, "", ""),
            AdviceKind::NeedsReload { origin: "https://api.groq.com".into() }
        );
    }

    #[test]
    fn the_cors_fix_names_this_page_for_every_system() {
        let advice = Verdict::Cors.advice_kind(ServerKind::Ollama, "https://me.github.io/", "http://localhost:11434");
        assert_eq!(advice, AdviceKind::OllamaCors { origin: "https://me.github.io".into() });
        let steps = advice.steps();
        let origin = "https://me.github.io".to_string();
        assert_eq!(
            steps,
            [
                StepKind::OllamaOrigins { os: Os::MacOs, origin: origin.clone() },
                StepKind::OllamaOrigins { os: Os::Linux, origin: origin.clone() },
                StepKind::OllamaOrigins { os: Os::Windows, origin: origin.clone() },
                StepKind::OllamaServe { origin },
            ]
        );
        assert_eq!(steps[0].commands(), ["launchctl setenv OLLAMA_ORIGINS \"https://me.github.io\""]);
        let linux = steps[1].commands();
        assert_eq!(linux[1], "[Service]\nEnvironment=\"OLLAMA_ORIGINS=https://me.github.io\"");
        assert!(linux[2].contains("daemon-reload"));
        assert_eq!(steps[2].commands(), ["setx OLLAMA_ORIGINS \"https://me.github.io\""]);
        assert_eq!(steps[3].commands(), ["OLLAMA_ORIGINS=\"https://me.github.io\" ollama serve"]);
        assert!(steps.iter().flat_map(StepKind::commands).all(|c| !c.contains('*')));
        // In English, for logs.
        let english =
            Verdict::Cors.advice_kind(ServerKind::Ollama, "https://me.github.io/", "http://localhost:11434").english();
        assert!(english.summary.contains("(https://me.github.io)"));
        assert_eq!(english.steps, steps.iter().map(StepKind::english).collect::<Vec<_>>());
        assert!(english.steps[0].contains("launchctl setenv OLLAMA_ORIGINS \"https://me.github.io\""));
    }

    #[test]
    fn the_parallel_fix_names_the_slots_for_every_system() {
        let steps = ollama_parallel_step_kinds(4);
        assert_eq!(steps.len(), 3);
        assert_eq!(steps[0].commands(), ["launchctl setenv OLLAMA_NUM_PARALLEL 4"]);
        assert_eq!(steps[1].commands(), ["Environment=\"OLLAMA_NUM_PARALLEL=4\""]);
        assert_eq!(steps[2].commands(), ["setx OLLAMA_NUM_PARALLEL 4"]);
        assert_eq!(steps[2].english(), "Windows: setx OLLAMA_NUM_PARALLEL 4 — then restart Ollama.");
    }

    #[test]
    fn a_missing_model_says_which_pull_to_run() {
        let verdict = Verdict::ModelMissing { model: "llama3.2".into(), installed: vec!["qwen2.5:7b".into()] };
        let advice = verdict.advice_kind(ServerKind::Ollama, "http://localhost:8080", "http://localhost:11434");
        assert_eq!(
            advice,
            AdviceKind::OllamaModelMissing { model: "llama3.2".into(), installed: vec!["qwen2.5:7b".into()] }
        );
        assert_eq!(advice.steps(), [StepKind::OllamaPull { model: "llama3.2".into() }]);
        assert_eq!(advice.steps()[0].commands(), ["ollama pull llama3.2"]);
        // Another server lists at most a dozen of its models.
        let many = Verdict::ModelMissing { model: "x".into(), installed: (0..20).map(|i| format!("m{i}")).collect() };
        let AdviceKind::ModelMissing { available, .. } = many.advice_kind(ServerKind::OpenAi, "", "") else { panic!() };
        assert_eq!(available.len(), 12);
    }

    #[test]
    fn the_local_network_permission_applies_to_public_pages_only() {
        assert!(needs_local_network_permission("https://me.github.io", "http://localhost:11434"));
        assert!(!needs_local_network_permission("http://127.0.0.1:8080", "http://localhost:11434"));
        assert!(!needs_local_network_permission("https://me.github.io", "https://api.openai.com/v1"));
        let advice = Verdict::Down { local_network_permission: true }.advice_kind(
            ServerKind::Ollama,
            "https://me.github.io",
            "http://localhost:11434",
        );
        assert_eq!(
            advice,
            AdviceKind::OllamaDown { base_url: "http://localhost:11434".into(), local_network_permission: true }
        );
    }
}
