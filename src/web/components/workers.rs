//! Where each worker is, and the pool: the place of an address (this
//! machine, the local network, elsewhere) beside it, trust for a network
//! address, a remembered yes for one elsewhere, and the endpoints after the
//! first that MinionS spreads its jobs over, each with its own check.

use leptos::prelude::*;

use crate::tr;
use crate::web::app::AppState;
use crate::web::i18n::labels;
use crate::web::settings::{WorkerEndpoint, WorkerProvider};
use minions_engine::locality::Locality;

/// The place of one endpoint (its `host:port`) and what it means for the documents.
#[component]
pub fn WorkerPlace(host: Signal<String>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let place = move || Locality::of_host(&host.get());
    let trusted = move || state.settings.with(|s| s.is_trusted(&host.get()));
    let remembered =
        move || state.settings.with(|s| s.worker_consents.iter().any(|h| h.eq_ignore_ascii_case(&host.get())));
    let words = move || match place() {
        Locality::Tab | Locality::Machine => tr!("run-place-here"),
        Locality::Network => tr!("run-place-network"),
        Locality::Elsewhere => tr!("run-place-elsewhere"),
    };
    view! {
        <div class="place">
            <span class=move || format!("badge {}", place().value()) data-testid="worker-locality" data-state=move || place().value()>
                {move || labels::place(place())}
            </span>
            <small class="muted">{words}</small>
            <Show when=move || place() == Locality::Network>
                <label class="check">
                    <input
                        type="checkbox"
                        data-testid="worker-trust-network"
                        prop:checked=trusted
                        on:change=move |ev| {
                            let checked = event_target_checked(&ev);
                            // Read before the update: the host is derived from the settings.
                            let host = host.get_untracked();
                            state.settings.update(|s| s.set_trusted(&host, checked));
                        }
                    />
                    {tr!("run-trust-network")}
                </label>
            </Show>
            <Show when=move || place() == Locality::Elsewhere && remembered()>
                <p class="muted">
                    {tr!("run-consent-remembered")}
                    " "
                    <button
                        class="link"
                        on:click=move |_| {
                            let host = host.get_untracked();
                            state.settings.update(|s| s.worker_consents.retain(|h| !h.eq_ignore_ascii_case(&host)));
                        }
                    >
                        {tr!("run-consent-forget")}
                    </button>
                </p>
            </Show>
        </div>
    }
}

/// One endpoint after the first: its own fields, place and check.
#[component]
fn PoolEndpoint(index: usize) -> impl IntoView {
    let state = expect_context::<AppState>();
    let read = move |f: fn(&WorkerEndpoint) -> String| {
        move || state.settings.with(|s| s.worker_pool.get(index).map(f).unwrap_or_default())
    };
    let edit = move |f: fn(&mut WorkerEndpoint, String)| {
        move |ev: leptos::ev::Event| {
            let value = event_target_value(&ev);
            state.settings.update(|s| {
                if let Some(worker) = s.worker_pool.get_mut(index) {
                    f(worker, value);
                }
            });
        }
    };
    let verdict = move || state.doctor_pool.with(|v| v.get(index).cloned());
    let host = Signal::derive(move || {
        state.settings.with(|s| s.worker_pool.get(index).map(WorkerEndpoint::host).unwrap_or_default())
    });
    view! {
        <fieldset class="endpoint" data-testid="worker-endpoint">
            <legend>{tr!("run-endpoint-legend", number = index + 2)}</legend>
            <label>
                {tr!("run-endpoint-server")}
                <select data-testid="worker-provider" prop:value=read(|w| w.provider.value().to_string()) on:change=edit(|w, v| w.provider = WorkerProvider::from_value(&v))>
                    <option value="ollama">{tr!("run-endpoint-ollama")}</option>
                    <option value="openai">{tr!("run-endpoint-openai")}</option>
                </select>
            </label>
            <label>{tr!("run-endpoint-address")} <input type="text" data-testid="worker-url" autocomplete="off" prop:value=read(|w| w.url.clone()) on:input=edit(|w, v| w.url = v) /></label>
            <label>{tr!("run-endpoint-model")} <input type="text" data-testid="worker-model" autocomplete="off" prop:value=read(|w| w.model.clone()) on:input=edit(|w, v| w.model = v) /></label>
            <label>
                {tr!("run-endpoint-concurrency")}
                <input
                    type="number"
                    min="1"
                    max="64"
                    data-testid="worker-concurrency"
                    prop:value=read(|w| w.concurrency.to_string())
                    on:input=edit(|w, v| if let Ok(n) = v.trim().parse::<usize>() { w.concurrency = n })
                />
            </label>
            <WorkerPlace host=host />
            <p class="muted" data-testid="worker-check" data-state=move || verdict().map(|v| v.state()).unwrap_or("checking")>
                {move || match verdict() {
                    Some(minions_providers::doctor::Verdict::Ok { .. }) => tr!("run-endpoint-reachable"),
                    Some(minions_providers::doctor::Verdict::Checking) | None => tr!("run-endpoint-checking"),
                    Some(other) => {
                        let kind = match state.settings.with(|s| s.worker_pool.get(index).map(|w| w.provider)) {
                            Some(WorkerProvider::Ollama) => minions_providers::doctor::ServerKind::Ollama,
                            _ => minions_providers::doctor::ServerKind::OpenAi,
                        };
                        let url = state.settings.with(|s| s.worker_pool.get(index).map(|w| w.url.clone()).unwrap_or_default());
                        crate::web::doctor_text::summary(&other.advice_kind(kind, &crate::web::page_origin(), &url))
                    }
                }}
            </p>
            <button class="secondary" data-testid="worker-remove" on:click=move |_| state.settings.update(|s| {
                if index < s.worker_pool.len() {
                    s.worker_pool.remove(index);
                }
            })>
                {tr!("run-endpoint-remove")}
            </button>
        </fieldset>
    }
}

/// The endpoints after the first, and the button that adds one.
#[component]
pub fn WorkerPool() -> impl IntoView {
    let state = expect_context::<AppState>();
    let count = move || state.settings.with(|s| s.worker_pool.len());
    view! {
        <div class="pool">
            <p class="muted">
                {tr!("run-pool-intro")}
            </p>
            <For each=move || 0..count() key=|i| *i let(index)>
                <PoolEndpoint index=index />
            </For>
            <button class="secondary" data-testid="worker-add" on:click=move |_| state.settings.update(|s| s.worker_pool.push(WorkerEndpoint::default()))>
                {tr!("run-pool-add")}
            </button>
        </div>
    }
}
