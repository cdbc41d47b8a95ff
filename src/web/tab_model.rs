//! The state of the model inside the page, as the page shows it: none, a
//! download (or a copy of a picked file) in progress, loading, ready, or
//! failed with a sentence; the progress line, and the doctor's verdict.
//! Pure; the actions that move it are in `tab_actions`.

use minions_providers::doctor::{Verdict, Warning};
use minions_providers::tab::catalog::{self, CatalogModel};
use minions_providers::tab::plan::TabFailure;
use minions_providers::tab::store::StoredModel;

use crate::tr;
use crate::web::i18n::{format, Arg};

/// The model that is loaded and answering.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadyModel {
    pub key: String,
    pub name: String,
    pub n_ctx: u32,
    pub threads: u32,
    /// Said when the page could not have threads.
    pub notice: Option<Warning>,
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
            Self::None => tr!("settings-tab-none"),
            Self::Downloading { loaded, total, resumed_from } => {
                let resumed = if *resumed_from > 0 {
                    format!(" {}", tr!("settings-tab-resumed-at", size = megabytes(*resumed_from)))
                } else {
                    String::new()
                };
                let line = if *total > 0 {
                    let share = (*loaded as f64 / *total as f64).clamp(0.0, 1.0);
                    tr!(
                        "settings-tab-downloading-of",
                        loaded = megabytes(*loaded),
                        total = megabytes(*total),
                        percent = format::percent(share, 0)
                    )
                } else {
                    tr!("settings-tab-downloading", loaded = megabytes(*loaded))
                };
                format!("{line}{resumed}")
            }
            Self::Loading { name } => tr!("settings-tab-loading", name = name),
            Self::Ready(model) => {
                // The context as the server reports it (no digit grouping): `8192`.
                let line = tr!(
                    "settings-tab-ready",
                    name = &model.name,
                    context = model.n_ctx.to_string(),
                    threads = model.threads
                );
                match &model.notice {
                    Some(notice) => format!("{line} {}", crate::web::doctor_text::warning(notice)),
                    None => line,
                }
            }
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
        Some(model) => tr!("settings-tab-offer", name = model.name, size = megabytes(model.bytes)),
        None if url.trim().is_empty() => tr!("settings-tab-offer-none"),
        None => minions_providers::tab::store::file_name(url),
    }
}

/// A download's size the way the providers' `plan::megabytes` writes it
/// (`11.8 MB`, `138 MB`, `1.07 GB`: decimal units, as downloads are
/// sized), in the page's language.
pub fn megabytes(bytes: u64) -> String {
    let mb = bytes as f64 / 1e6;
    if mb >= 1000.0 {
        tr!("settings-size-gb", size = Arg::fixed(mb / 1000.0, 2))
    } else if mb >= 10.0 {
        tr!("settings-size-mb", size = Arg::fixed(mb, 0))
    } else {
        tr!("settings-size-mb", size = Arg::fixed(mb, 1))
    }
}

/// How far a stored model's download got, in words (`138 MB`,
/// `40 MB of 138 MB, incomplete`).
pub fn stored_size(model: &StoredModel) -> String {
    match model.total {
        Some(total) if !model.complete && total > model.stored => {
            tr!("settings-tab-stored-incomplete", stored = megabytes(model.stored), total = megabytes(total))
        }
        _ => megabytes(model.stored),
    }
}

/// What a built-in model is good for, by the file it downloads; the
/// providers' own English line for a model the catalog has no words for.
pub fn good_for(model: &CatalogModel) -> String {
    match minions_providers::tab::store::file_name(model.url).as_str() {
        "qwen2.5-0.5b-instruct-q8_0.gguf" => tr!("settings-model-qwen25-05b"),
        "smollm2-360m-instruct-q8_0.gguf" => tr!("settings-model-smollm2-360m"),
        "Llama-3.2-1B-Instruct-Q4_0.gguf" => tr!("settings-model-llama32-1b"),
        "gemma-3-1b-it-Q4_K_M.gguf" => tr!("settings-model-gemma3-1b"),
        "qwen2.5-1.5b-instruct-q4_0.gguf" => tr!("settings-model-qwen25-15b"),
        _ => model.good_for.to_string(),
    }
}

/// A built-in model's line under the menu: what it is good for, its
/// licence, context and download size.
pub fn about(model: &CatalogModel) -> String {
    tr!(
        "settings-tab-about",
        good_for = good_for(model),
        licence = model.licence,
        context = model.context.to_string(),
        size = megabytes(model.bytes)
    )
}

/// What went wrong with the in-page model and what to do, in the page's
/// language: the same sentences as [`TabFailure::sentence`] (which logs and
/// the providers' errors keep). A failure's detail in parentheses comes
/// from the browser or the runtime and is shown as it came.
pub fn failure_sentence(failure: &TabFailure) -> String {
    match failure {
        TabFailure::NotGguf => tr!("settings-failure-not-gguf"),
        TabFailure::Version(version) => tr!("settings-failure-version", version = version.to_string()),
        TabFailure::Truncated { have, need } => {
            tr!("settings-failure-truncated", have = megabytes(*have), need = megabytes(*need))
        }
        TabFailure::Damaged(detail) => tr!("settings-failure-damaged", detail = detail),
        TabFailure::TooBig { need, limit } => {
            tr!("settings-failure-too-big", need = megabytes(*need), limit = megabytes(*limit))
        }
        TabFailure::Http(404) => tr!("settings-failure-http-404"),
        TabFailure::Http(status @ (401 | 403)) => tr!("settings-failure-http-refused", status = status.to_string()),
        TabFailure::Http(status) => tr!("settings-failure-http", status = status.to_string()),
        TabFailure::Network(detail) => tr!("settings-failure-network", detail = detail),
        TabFailure::Storage(detail) => tr!("settings-failure-storage", detail = detail),
        TabFailure::Cancelled => tr!("settings-failure-cancelled"),
        TabFailure::Load(detail) => tr!("settings-failure-load", detail = detail),
        TabFailure::OutOfMemory(detail) => tr!("settings-failure-memory", detail = detail),
        TabFailure::Library(detail) => tr!("settings-failure-library", detail = detail),
    }
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
            notice: Some(Warning::OneThread { threads: 8 }),
        });
        let Verdict::Ok { models, context_length, warning, .. } = ready.verdict("") else { panic!() };
        assert_eq!((models, context_length), (vec!["m".to_string()], Some(4096)));
        assert_eq!(warning, Some(Warning::OneThread { threads: 8 }));
        assert_eq!(offer("https://x.org/a/tiny.gguf"), "tiny.gguf");
    }

    #[test]
    fn the_page_s_english_is_the_providers_own() {
        let failures = [
            TabFailure::NotGguf,
            TabFailure::Version(1),
            TabFailure::Truncated { have: 60_000_000, need: 98_000_000 },
            TabFailure::Damaged("its header never ends".into()),
            TabFailure::TooBig { need: 2_360_000_000, limit: 1_290_000_000 },
            TabFailure::Http(404),
            TabFailure::Http(401),
            TabFailure::Http(403),
            TabFailure::Http(500),
            TabFailure::Network("reset".into()),
            TabFailure::Storage("quota".into()),
            TabFailure::Cancelled,
            TabFailure::Load("bad tensor".into()),
            TabFailure::OutOfMemory("oom".into()),
            TabFailure::Library("no module".into()),
        ];
        for failure in failures {
            assert_eq!(failure_sentence(&failure), failure.sentence());
        }
        for bytes in [0, 1_500_000, 9_990_000, 138_000_000, 999_400_000, 1_070_000_000, 12_345_678_901] {
            assert_eq!(megabytes(bytes), minions_providers::tab::plan::megabytes(bytes), "{bytes}");
        }
        let stored = StoredModel::list_from_json(
            r#"[{"key":"a","name":"a","total":5000000,"stored":2000000,"complete":false},{"key":"b","name":"b","stored":0,"complete":true}]"#,
        );
        for model in &stored {
            assert_eq!(stored_size(model), model.size_text());
        }
        for model in &catalog::CATALOG {
            assert_eq!(good_for(model), model.good_for);
        }
        let default = catalog::default_model();
        assert_eq!(
            about(default),
            format!(
                "{} Licence: {}. Context up to {} tokens. Download: {}.",
                default.good_for,
                default.licence,
                default.context,
                megabytes(default.bytes)
            )
        );
        assert_eq!(offer(""), "pick a model");
        assert_eq!(
            crate::web::doctor_text::warning(&Warning::OneThread { threads: 8 }),
            "This page is not cross-origin isolated, so the model runs on 1 of 8 threads; reload the page once to use them all."
        );
    }
}
