//! The connection doctor's verdicts, and the fix for each in words.
//!
//! The probes (browser only, `probe.rs`) find out what holds; [`Verdict`]
//! says it, [`Verdict::state`] gives the short state the page shows as a
//! status light, and [`Verdict::advice`] the sentence and the commands that
//! fix it, with the page's own origin filled in.

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
        warning: Option<String>,
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

/// What to tell the user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Advice {
    pub summary: String,
    /// Commands or steps, each ready to copy.
    pub steps: Vec<String>,
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

    pub fn advice(&self, kind: ServerKind, page_origin: &str, base_url: &str) -> Advice {
        let origin = page_origin.trim_end_matches('/');
        match (self, kind) {
            (Verdict::Checking, _) => Advice { summary: "Checking the connection…".into(), steps: vec![] },
            (Verdict::Ok { models, context_length, warning, .. }, ServerKind::Tab) => Advice {
                summary: format!(
                    "Running in this page: {}{}.{}",
                    models.first().map(String::as_str).unwrap_or("a model"),
                    context_length.map(|n| format!(", context {n} tokens")).unwrap_or_default(),
                    warning.as_ref().map(|w| format!(" {w}")).unwrap_or_default()
                ),
                steps: vec![],
            },
            (Verdict::ModelMissing { model, .. }, ServerKind::Tab) => Advice {
                summary: format!(
                    "No model is loaded in this page yet. Open Settings, choose one under \u{201c}In this page\u{201d} and press Load ({model})."
                ),
                steps: vec![],
            },
            (Verdict::Ok { version, models, warning, .. }, _) => Advice {
                summary: format!(
                    "Connected{}; {} model{} available.{}",
                    version.as_ref().map(|v| format!(" to version {v}")).unwrap_or_default(),
                    models.len(),
                    if models.len() == 1 { "" } else { "s" },
                    warning.as_ref().map(|w| format!(" {w}")).unwrap_or_default()
                ),
                steps: vec![],
            },
            (Verdict::Cors, ServerKind::Ollama) => Advice {
                summary: format!(
                    "Ollama is running but refuses requests from this page ({origin}). Allow this origin with OLLAMA_ORIGINS, then restart Ollama."
                ),
                steps: ollama_origin_steps(origin),
            },
            (Verdict::Cors, ServerKind::OpenAi | ServerKind::Tab) => Advice {
                summary: format!(
                    "The server at {base_url} answers but does not allow requests from this page ({origin}). Enable CORS for this origin in the server's settings."
                ),
                steps: vec![],
            },
            (Verdict::MixedContent, _) => Advice {
                summary: format!(
                    "This page is served over https, so the browser blocks plain-http requests to {base_url}. Use an https address for that machine, run the model on this machine (http://localhost works), or serve this page from your own network."
                ),
                steps: vec![],
            },
            (Verdict::Down { local_network_permission }, kind) => {
                let mut summary = match kind {
                    ServerKind::Ollama => format!("Nothing answers at {base_url}. Start Ollama (open the app, or run `ollama serve`) and check the address."),
                    ServerKind::OpenAi | ServerKind::Tab => format!("Nothing answers at {base_url}. Check the address and your connection."),
                };
                if *local_network_permission {
                    summary.push_str(
                        " If the browser asked whether this site may reach devices on your local network, allow it (site settings → Local network access), then check again.",
                    );
                }
                Advice { summary, steps: vec![] }
            }
            (Verdict::ModelMissing { model, installed }, ServerKind::Ollama) => Advice {
                summary: format!(
                    "The model `{model}` is not installed. Pull it, or choose one of: {}.",
                    if installed.is_empty() { "(none installed)".to_string() } else { installed.join(", ") }
                ),
                steps: vec![format!("ollama pull {model}")],
            },
            (Verdict::ModelMissing { model, installed }, ServerKind::OpenAi) => Advice {
                summary: format!(
                    "The server has no model `{model}`.{}",
                    if installed.is_empty() {
                        String::new()
                    } else {
                        format!(" Available: {}.", installed.iter().take(12).cloned().collect::<Vec<_>>().join(", "))
                    }
                ),
                steps: vec![],
            },
            (Verdict::MissingKey, _) => Advice {
                summary: "No API key yet: open Settings and paste one. It stays in this tab unless you choose to remember it; the documents never go to the cloud.".into(),
                steps: vec![],
            },
            (Verdict::NeedsReload { origin: target }, _) => Advice {
                summary: format!(
                    "For your safety this page connects only to the addresses it was opened with, and {target} is new. Press “Apply and reload” in Settings to allow it (paste the API key again afterwards unless you chose to remember it)."
                ),
                steps: vec![],
            },
            (Verdict::BadKey, _) => Advice {
                summary: "The server refused the API key. Paste a valid key (it stays in this tab unless you choose to remember it).".into(),
                steps: vec![],
            },
        }
    }
}

/// How to allow `origin` in Ollama on each system, and to raise its
/// parallel slots while at it.
pub fn ollama_origin_steps(origin: &str) -> Vec<String> {
    vec![
        format!("macOS (the Ollama app): launchctl setenv OLLAMA_ORIGINS \"{origin}\" — then quit Ollama from the menu bar and open it again."),
        format!(
            "Linux (systemd): sudo systemctl edit ollama.service — add the two lines\n[Service]\nEnvironment=\"OLLAMA_ORIGINS={origin}\"\n— then: sudo systemctl daemon-reload && sudo systemctl restart ollama"
        ),
        format!("Windows: setx OLLAMA_ORIGINS \"{origin}\" — then quit Ollama from the taskbar and start it again from the Start menu."),
        format!("Running `ollama serve` by hand: OLLAMA_ORIGINS=\"{origin}\" ollama serve"),
    ]
}

/// How to let Ollama run several jobs at once (it runs one by default).
pub fn ollama_parallel_steps(slots: u32) -> Vec<String> {
    vec![
        format!("macOS: launchctl setenv OLLAMA_NUM_PARALLEL {slots} — then restart Ollama."),
        format!("Linux (systemd): add Environment=\"OLLAMA_NUM_PARALLEL={slots}\" beside OLLAMA_ORIGINS in the service override, then daemon-reload and restart."),
        format!("Windows: setx OLLAMA_NUM_PARALLEL {slots} — then restart Ollama."),
    ]
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
            Verdict::MissingKey.advice(ServerKind::OpenAi, "http://localhost:8080", "https://api.openai.com/v1");
        assert!(advice.summary.starts_with("No API key yet: open Settings and paste one."));
        let reload = Verdict::NeedsReload { origin: "https://api.groq.com".into() };
        assert_eq!(reload.state(), "down");
        assert!(reload.advice(ServerKind::OpenAi, "", "").summary.contains("https://api.groq.com is new"));
    }

    #[test]
    fn the_cors_fix_names_this_page_for_every_system() {
        let advice = Verdict::Cors.advice(ServerKind::Ollama, "https://me.github.io/", "http://localhost:11434");
        assert!(advice.summary.contains("(https://me.github.io)"));
        assert_eq!(advice.steps.len(), 4);
        assert!(advice.steps[0].contains("launchctl setenv OLLAMA_ORIGINS \"https://me.github.io\""));
        assert!(
            advice.steps[1].contains("Environment=\"OLLAMA_ORIGINS=https://me.github.io\"")
                && advice.steps[1].contains("daemon-reload")
        );
        assert!(advice.steps[2].contains("setx OLLAMA_ORIGINS \"https://me.github.io\""));
        assert!(advice.steps.iter().all(|s| !s.contains('*')));
    }

    #[test]
    fn a_missing_model_says_which_pull_to_run() {
        let verdict = Verdict::ModelMissing { model: "llama3.2".into(), installed: vec!["qwen2.5:7b".into()] };
        let advice = verdict.advice(ServerKind::Ollama, "http://localhost:8080", "http://localhost:11434");
        assert_eq!(advice.steps, ["ollama pull llama3.2"]);
        assert!(advice.summary.contains("qwen2.5:7b"));
    }

    #[test]
    fn the_local_network_permission_applies_to_public_pages_only() {
        assert!(needs_local_network_permission("https://me.github.io", "http://localhost:11434"));
        assert!(!needs_local_network_permission("http://127.0.0.1:8080", "http://localhost:11434"));
        assert!(!needs_local_network_permission("https://me.github.io", "https://api.openai.com/v1"));
        let advice = Verdict::Down { local_network_permission: true }.advice(
            ServerKind::Ollama,
            "https://me.github.io",
            "http://localhost:11434",
        );
        assert!(advice.summary.contains("Local network access"));
    }
}
