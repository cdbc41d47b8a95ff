//! What the in-page model panel does: download a model (or copy a picked
//! file) into the browser's storage, check its GGUF header, plan and load
//! it, cancel, remove, and load the stored one again after a reload, with
//! no download. The state it moves is [`super::tab_model::TabState`].

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use minions_providers::doctor::Warning;
use minions_providers::tab::plan::{check_file, plan_load, FileCheck, TabFailure};
use minions_providers::tab::script;
use minions_providers::tab::store::{ModelSource, StorageEstimate, StoredModel};

use super::app::AppState;
use super::settings::WorkerProvider;
use super::tab_model::{failure_sentence, ReadyModel, TabState};
use crate::tr;

/// The first bytes read of a stored model; enough for most GGUF headers.
const FIRST_READ: u64 = 4 << 20;

/// The in-page model's signals, part of [`AppState`].
#[derive(Clone, Copy)]
pub struct TabModelStore {
    pub state: RwSignal<TabState>,
    pub stored: RwSignal<Vec<StoredModel>>,
    pub estimate: RwSignal<StorageEstimate>,
    abort: StoredValue<Option<web_sys::AbortController>, LocalStorage>,
}

impl TabModelStore {
    pub fn new() -> Self {
        Self {
            state: RwSignal::new(TabState::None),
            stored: RwSignal::new(Vec::new()),
            estimate: RwSignal::new(StorageEstimate::default()),
            abort: StoredValue::new_local(None),
        }
    }
}

impl Default for TabModelStore {
    fn default() -> Self {
        Self::new()
    }
}

/// Lists the stored models and the storage left.
pub async fn refresh(tab: TabModelStore) {
    if let Ok(models) = script::stored().await {
        tab.stored.set(models);
    }
    tab.estimate.set(script::estimate().await);
}

/// A progress callback `(loaded, total)` that moves the state.
fn progress(tab: TabModelStore, resumed_from: u64) -> Closure<dyn FnMut(f64, f64)> {
    Closure::new(move |loaded: f64, total: f64| {
        tab.state.set(TabState::Downloading { loaded: loaded as u64, total: total as u64, resumed_from });
    })
}

fn new_abort(tab: TabModelStore) -> Option<web_sys::AbortSignal> {
    let controller = web_sys::AbortController::new().ok()?;
    let signal = controller.signal();
    tab.abort.set_value(Some(controller));
    Some(signal)
}

/// Downloads the model at the settings' URL if it is not stored whole yet, then loads it.
pub fn load_from_url(state: AppState) {
    let tab = state.tab;
    if tab.state.with_untracked(TabState::is_busy) {
        return;
    }
    let source = ModelSource::Url(state.settings.with_untracked(|s| s.tab_model_url.trim().to_string()));
    let ModelSource::Url(url) = &source else { return };
    if url.is_empty() {
        tab.state.set(TabState::Failed(tr!("settings-tab-no-address")));
        return;
    }
    let (url, key, name) = (url.clone(), source.key(), source.display_name());
    if let Some(origin) = super::page_policy::refused_origin(&[url.as_str()]) {
        tab.state.set(TabState::Failed(tr!("settings-tab-new-origin", origin = origin)));
        return;
    }
    spawn_local(async move {
        refresh(tab).await;
        let resumed_from =
            tab.stored.with_untracked(|m| m.iter().find(|m| m.key == key && !m.complete).map_or(0, |m| m.stored));
        tab.state.set(TabState::Downloading { loaded: resumed_from, total: 0, resumed_from });
        let on_progress = progress(tab, resumed_from);
        let Some(signal) = new_abort(tab) else { return };
        let downloaded = script::download(&key, &url, &name, on_progress.as_ref().unchecked_ref(), &signal).await;
        drop(on_progress);
        tab.abort.set_value(None);
        load_stored_copy(state, &key, &name, downloaded).await;
    });
}

/// After a download or a copy into storage: loads the stored file. One whose
/// header refuses it is removed (it will never load; a download cut short
/// failed before this, and is kept to resume).
async fn load_stored_copy(state: AppState, key: &str, name: &str, stored: Result<(), TabFailure>) {
    let result = match stored {
        Ok(()) => verify_and_load(state, key, name).await,
        Err(failure) => Err(failure),
    };
    if unusable(&result) {
        let _ = script::remove(key).await;
    }
    finish(state, result).await;
}

/// A stored file whose header refuses it: it will never load, so it is not kept.
fn unusable(result: &Result<(), TabFailure>) -> bool {
    matches!(
        result,
        Err(TabFailure::NotGguf | TabFailure::Version(_) | TabFailure::Damaged(_) | TabFailure::Truncated { .. })
    )
}

/// Copies a picked file into storage, then loads it.
pub fn load_from_file(state: AppState, file: web_sys::File) {
    let tab = state.tab;
    if tab.state.with_untracked(TabState::is_busy) {
        return;
    }
    let source = ModelSource::File { name: file.name(), bytes: file.size() as u64 };
    let (key, name) = (source.key(), source.display_name());
    spawn_local(async move {
        tab.state.set(TabState::Downloading { loaded: 0, total: file.size() as u64, resumed_from: 0 });
        let on_progress = progress(tab, 0);
        let Some(signal) = new_abort(tab) else { return };
        let copied = script::store_file(&key, &file, on_progress.as_ref().unchecked_ref(), &signal).await;
        drop(on_progress);
        tab.abort.set_value(None);
        load_stored_copy(state, &key, &name, copied).await;
    });
}

/// Shows how a load ended and lists the storage again. After a failure no
/// model is loaded, so that what the page says is what answers.
async fn finish(state: AppState, result: Result<(), TabFailure>) {
    if let Err(failure) = result {
        script::unload().await;
        state.tab.state.set(TabState::Failed(failure_sentence(&failure)));
    }
    refresh(state.tab).await;
}

/// Loads a model from the stored list; one whose download was cut resumes it.
pub fn load_stored(state: AppState, model: StoredModel) {
    if state.tab.state.with_untracked(TabState::is_busy) {
        return;
    }
    if !model.complete && !model.url.is_empty() {
        state.settings.update(|s| s.tab_model_url = model.url.clone());
        load_from_url(state);
        return;
    }
    spawn_local(async move {
        let result = verify_and_load(state, &model.key, &model.name).await;
        finish(state, result).await;
    });
}

/// Reads the stored file's header, plans the load and loads it.
async fn verify_and_load(state: AppState, key: &str, name: &str) -> Result<(), TabFailure> {
    let tab = state.tab;
    tab.state.set(TabState::Loading { name: name.to_string() });
    refresh(tab).await;
    let size = tab
        .stored
        .with_untracked(|models| models.iter().find(|m| m.key == key).map(|m| m.stored))
        .ok_or_else(|| TabFailure::Storage(tr!("settings-tab-gone")))?;
    let mut length = FIRST_READ.min(size);
    let info = loop {
        let prefix = script::head(key, length).await?;
        match check_file(&prefix, size) {
            FileCheck::Whole(info) => break info,
            FileCheck::Refused(failure) => return Err(failure),
            FileCheck::ReadMore(more) if more > length => length = more,
            FileCheck::ReadMore(_) => return Err(TabFailure::Damaged(tr!("settings-tab-header-endless"))),
        }
    };
    let environment = script::environment().await;
    let context_limit = state.settings.with_untracked(|s| s.worker_context);
    let plan = plan_load(&info, size, context_limit, environment)?;
    let loaded = script::load(key, &plan).await?;
    let notice = plan.single_thread_notice.then_some(Warning::OneThread { threads: environment.threads });
    state.worker_context.set(Some(loaded.n_ctx));
    state.settings.update(|s| {
        s.tab_model_key = key.to_string();
        s.tab_model_name = name.to_string();
    });
    tab.state.set(TabState::Ready(ReadyModel {
        key: key.to_string(),
        name: name.to_string(),
        n_ctx: loaded.n_ctx,
        threads: loaded.threads,
        notice,
    }));
    Ok(())
}

/// Stops the download or copy in progress (what arrived is kept).
pub fn cancel(state: AppState) {
    if let Some(controller) = state.tab.abort.try_update_value(Option::take).flatten() {
        controller.abort();
    }
}

/// Removes a stored model; the loaded one is unloaded first.
pub fn remove(state: AppState, key: String) {
    let tab = state.tab;
    spawn_local(async move {
        if let Err(failure) = script::remove(&key).await {
            tab.state.set(TabState::Failed(failure_sentence(&failure)));
        }
        if tab.state.with_untracked(|s| matches!(s, TabState::Ready(m) if m.key == key)) {
            tab.state.set(TabState::None);
        }
        if state.settings.with_untracked(|s| s.tab_model_key == key) {
            state.settings.update(|s| {
                s.tab_model_key.clear();
                s.tab_model_name.clear();
            });
        }
        refresh(tab).await;
    });
}

/// After a reload: when the worker is the in-page model and one was loaded
/// before, loads it again from storage (nothing is downloaded).
pub fn resume(state: AppState) {
    let (provider, key, name) =
        state.settings.with_untracked(|s| (s.worker_provider, s.tab_model_key.clone(), s.tab_model_name.clone()));
    if provider != WorkerProvider::Tab {
        return;
    }
    spawn_local(async move {
        refresh(state.tab).await;
        let whole = state.tab.stored.with_untracked(|m| m.iter().any(|m| m.key == key && m.complete));
        if key.is_empty() || !whole {
            return;
        }
        let result = verify_and_load(state, &key, &name).await;
        finish(state, result).await;
    });
}
