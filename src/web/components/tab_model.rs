//! The in-page model panel (Settings, when the worker runs "In this
//! page"): a built-in model, any GGUF address or a file from disk; Load
//! (download if needed, then load), its progress and Cancel; the models
//! stored in this browser with their size, Remove, and the storage left.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use crate::tr;
use crate::web::app::AppState;
use crate::web::tab_actions::{self, refresh};
use crate::web::tab_model::{self as model_words, megabytes, stored_size, TabState};
use minions_providers::tab::catalog::{by_url, CATALOG};

#[component]
pub fn TabModelPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let tab = state.tab;
    spawn_local(refresh(tab));
    let url = move || state.settings.with(|s| s.tab_model_url.clone());
    let busy = move || tab.state.with(TabState::is_busy);
    let chosen = move || by_url(&url());
    let about = move || chosen().map(model_words::about);
    let on_pick = move |ev: leptos::ev::Event| {
        let file = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|input| input.files())
            .and_then(|files| files.get(0));
        if let Some(file) = file {
            tab_actions::load_from_file(state, file);
        }
    };
    let bar = move || match tab.state.get() {
        TabState::Downloading { loaded, total, .. } if total > 0 => Some((loaded as f64, total as f64)),
        _ => None,
    };
    view! {
        <div class="tab-model" data-testid="tab-model-state" data-state=move || tab.state.with(|s| s.value())>
            <label>
                {tr!("settings-tab-model")}
                <select
                    data-testid="tab-model-choice"
                    prop:value=move || chosen().map(|m| m.url.to_string()).unwrap_or_default()
                    on:change=move |ev| {
                        let value = event_target_value(&ev);
                        if !value.is_empty() {
                            state.settings.update(|s| s.tab_model_url = value);
                        }
                    }
                >
                    {CATALOG
                        .iter()
                        .map(|m| view! { <option value=m.url>{format!("{} — {}", m.name, megabytes(m.bytes))}</option> })
                        .collect_view()}
                    <option value="">{tr!("settings-tab-another")}</option>
                </select>
            </label>
            <p class="muted">{about}</p>
            <label>
                {tr!("settings-tab-address")}
                <input
                    type="url"
                    data-testid="tab-model-url"
                    autocomplete="off"
                    placeholder="https://huggingface.co/…/resolve/main/model.gguf"
                    prop:value=url
                    on:input=move |ev| state.settings.update(|s| s.tab_model_url = event_target_value(&ev))
                />
            </label>
            <label>
                {tr!("settings-tab-file")}
                <input type="file" accept=".gguf" data-testid="tab-model-file" disabled=busy on:change=on_pick />
            </label>
            <div class="row">
                <button data-testid="tab-model-load" disabled=busy on:click=move |_| tab_actions::load_from_url(state)>
                    {tr!("settings-tab-load")}
                </button>
                <Show when=busy>
                    <button class="secondary" data-testid="tab-model-cancel" on:click=move |_| tab_actions::cancel(state)>
                        {tr!("settings-tab-cancel")}
                    </button>
                </Show>
            </div>
            {move || bar().map(|(value, max)| view! { <progress value=value max=max></progress> })}
            <p data-testid="tab-model-progress" role="status" aria-live="polite">
                {move || tab.state.with(TabState::progress)}
            </p>
            <Show when=move || tab.stored.with(|m| !m.is_empty())>
                <p class="muted">{tr!("settings-tab-stored")}</p>
                <ul class="stored-models">
                    <For each=move || tab.stored.get() key=|m| (m.key.clone(), m.stored, m.complete) let(model)>
                        <li data-testid="tab-model-stored" data-key=model.key.clone() data-complete=model.complete.to_string() data-bytes=model.stored.to_string()>
                            <span>{format!("{} — {}", model.name, stored_size(&model))}</span>
                            <button
                                class="secondary"
                                data-testid="tab-model-stored-load"
                                disabled=busy
                                on:click={
                                    let model = model.clone();
                                    move |_| tab_actions::load_stored(state, model.clone())
                                }
                            >
                                {if model.complete { tr!("settings-tab-load") } else { tr!("settings-tab-resume") }}
                            </button>
                            <button
                                class="secondary"
                                data-testid="tab-model-remove"
                                on:click={
                                    let key = model.key.clone();
                                    move |_| tab_actions::remove(state, key.clone())
                                }
                            >
                                {tr!("settings-tab-remove")}
                            </button>
                        </li>
                    </For>
                </ul>
            </Show>
            <p class="muted" data-testid="tab-model-storage">
                {move || {
                    let estimate = tab.estimate.get();
                    if estimate.quota == 0 {
                        String::new()
                    } else {
                        tr!("settings-tab-storage-left", size = megabytes(estimate.left()))
                    }
                }}
            </p>
        </div>
    }
}
