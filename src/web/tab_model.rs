//! The state of the model inside the page, as the page shows it: none, a
//! download (or a copy of a picked file) in progress, loading, ready, or
//! failed with a sentence; the progress line, and the doctor's verdict.
//! Pure; the actions that move it are in `tab_actions`.

use minions_providers::doctor::Verdict;
use minions_providers::tab::catalog;
use minions_providers::tab::plan::megabytes;

/// The model that is loaded and answering.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadyModel {
    pub key: String,
    pub name: String,
    pub n_ctx: u32,
    pub threads: u32,
    /// Said when the page could not have threads.
    pub notice: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum TabState {
    #[default]
    None,
    /// Bytes so far of `total` (0 when the server did not say).
    Downloading {
        loaded: u64,
        total: u64,
        resumed_from: u64,
    },
    Loading {
        name: String,
    },
    Ready(ReadyModel),
    Failed(String),
}

impl TabState {
    /// The `tab-model-state` hook value.
    pub fn value(&self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Downloading { .. } => "downloading",
            Self::Loading { .. } => "loading",
            Self::Ready(_) => "ready",
            Self::Failed(_) => "failed",
        }
    }

    pub fn is_busy(&self) -> bool {
        matches!(self, Self::Downloading { .. } | Self::Loading { .. })
    }

    /// The `tab-model-progress` line.
    pub fn progress(&self) -> String {
        match self {
            Self::None => "No model loaded in this page yet.".into(),
            Self::Downloading { loaded, total, resumed_from } => {
                let resumed = if *resumed_from > 0 {
                    format!(" (resumed at {})", megabytes(*resumed_from))
                } else {
                    String::new()
                };
                if *total > 0 {
                    let percent = (*loaded as f64 / *total as f64 * 100.0).clamp(0.0, 100.0);
                    format!("Downloading: {} of {} ({percent:.0}%){resumed}", megabytes(*loaded), megabytes(*total))
                } else {
                    format!("Downloading: {}{resumed}", megabytes(*loaded))
                }
            }
            Self::Loading { name } => format!("Loading {name}…"),
            Self::Ready(model) => format!(
                "Ready: {}, context {} tokens, {} thread{}.{}",
                model.name,
                model.n_ctx,
                model.threads,
                if model.threads == 1 { "" } else { "s" },
                model.notice.as_ref().map(|n| format!(" {n}")).unwrap_or_default()
            ),
            Self::Failed(sentence) => sentence.clone(),
        }
    }

    /// The connection light's verdict for the in-page worker.
    pub fn verdict(&self, selected_url: &str) -> Verdict {
        match self {
            Self::Ready(model) => Verdict::Ok {
                version: None,
                models: vec![model.name.clone()],
                context_length: Some(model.n_ctx),
                warning: model.notice.clone(),
            },
            Self::Downloading { .. } | Self::Loading { .. } => Verdict::Checking,
            Self::None | Self::Failed(_) => Verdict::ModelMissing { model: offer(selected_url), installed: Vec::new() },
        }
    }
}

/// What Load will fetch, in words: a built-in model's name and size.
pub fn offer(url: &str) -> String {
    match catalog::by_url(url) {
        Some(model) => format!("{}, a {} download", model.name, megabytes(model.bytes)),
        None if url.trim().is_empty() => "pick a model".into(),
        None => minions_providers::tab::store::file_name(url),
    }
}

/// Why threads are off, when they are.
pub fn single_thread_notice(threads: u32) -> String {
    format!(
        "This page is not cross-origin isolated, so the model runs on 1 of {threads} threads; reload the page once to use them all."
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_state_has_its_hook_value_and_its_line() {
        assert_eq!(TabState::None.value(), "none");
        let downloading = TabState::Downloading { loaded: 40_000_000, total: 160_000_000, resumed_from: 0 };
        assert_eq!(downloading.value(), "downloading");
        assert_eq!(downloading.progress(), "Downloading: 40 MB of 160 MB (25%)");
        let resumed = TabState::Downloading { loaded: 90_000_000, total: 0, resumed_from: 80_000_000 };
        assert_eq!(resumed.progress(), "Downloading: 90 MB (resumed at 80 MB)");
        let ready = TabState::Ready(ReadyModel {
            key: "url-1".into(),
            name: "SmolLM2".into(),
            n_ctx: 8192,
            threads: 2,
            notice: None,
        });
        assert_eq!(ready.progress(), "Ready: SmolLM2, context 8192 tokens, 2 threads.");
        assert!(TabState::Loading { name: "x".into() }.is_busy());
        assert_eq!(TabState::Failed("Nope.".into()).progress(), "Nope.");
    }

    #[test]
    fn the_light_is_ok_when_ready_and_offers_the_download_before() {
        let default = catalog::default_model();
        let Verdict::ModelMissing { model, .. } = TabState::None.verdict(default.url) else { panic!() };
        assert_eq!(model, format!("{}, a 676 MB download", default.name));
        let ready = TabState::Ready(ReadyModel {
            key: "k".into(),
            name: "m".into(),
            n_ctx: 4096,
            threads: 1,
            notice: Some(single_thread_notice(8)),
        });
        let Verdict::Ok { models, context_length, warning, .. } = ready.verdict("") else { panic!() };
        assert_eq!((models, context_length), (vec!["m".to_string()], Some(4096)));
        assert!(warning.unwrap().contains("1 of 8 threads"));
        assert_eq!(offer("https://x.org/a/tiny.gguf"), "tiny.gguf");
    }
}
