//! The connection doctor in the page: checks the worker and the supervisor
//! whenever their settings change (after a short pause in typing) and shows
//! each verdict as a status light with the fix in words (`doctor_text`).

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::tr;
use crate::web::app::AppState;
use crate::web::doctor_text;
use crate::web::i18n::labels;
use crate::web::settings::{Settings, WorkerEndpoint, WorkerProvider};
use minions_engine::config::Protocol;
use minions_engine::locality::Locality;
use minions_engine::minions::plan::context_for_chunk_chars;
use minions_providers::doctor::{ConnectionCheck, ServerKind, Verdict};
use minions_providers::endpoint::reachable_url;
use minions_providers::probe::{check_ollama, check_openai, CheckLog};

/// The settings a check depends on; a change starts a new check.
fn check_key(s: &Settings) -> String {
    let pool: Vec<String> =
        s.worker_pool.iter().map(|w| format!("{}|{}|{}", w.provider.value(), w.url, w.model)).collect();
    [
        s.worker_provider.value(),
        &s.worker_url,
        &s.worker_model,
        &s.supervisor_url,
        &s.supervisor_key,
        &s.supervisor_model,
        &pool.join("\n"),
    ]
    .join("\u{1}")
}

/// Checks one worker endpoint, telling `log` of each request.
async fn check_worker(state: AppState, worker: &WorkerEndpoint, needed: u32, log: CheckLog<'_>) -> Verdict {
    if worker.provider == WorkerProvider::Tab {
        let url = state.settings.with_untracked(|s| s.tab_model_url.clone());
        return state.tab.state.with_untracked(|tab| tab.verdict(&url));
    }
    let refused =
        crate::web::page_policy::refused_origin(&[worker.url.as_str()]).map(|origin| Verdict::NeedsReload { origin });
    if let Some(verdict) = refused {
        return verdict;
    }
    let origin = crate::web::page_origin();
    let url = reachable_url(&worker.url);
    match worker.provider {
        WorkerProvider::Ollama => check_ollama(&url, &worker.model, &origin, needed, log).await,
        WorkerProvider::OpenAi | WorkerProvider::Tab => check_openai(&url, None, &worker.model, &origin, log).await,
    }
}

/// The in-page model's light follows its state as it changes.
fn follow_tab_model(state: AppState) {
    Effect::new(move |_| {
        let tab = state.tab.state.get();
        let (provider, url) = state.settings.with(|s| (s.worker_provider, s.tab_model_url.clone()));
        if provider == WorkerProvider::Tab {
            state.doctor_worker.set(tab.verdict(&url));
        }
    });
}

/// Runs the checks now and whenever the relevant settings change. The
/// requests that leave the device (to the cloud, to a worker that is not on
/// this machine) are listed in "What left this device".
pub fn watch(state: AppState) {
    follow_tab_model(state);
    let generation = StoredValue::new(0u64);
    Effect::new(move |previous: Option<String>| {
        let settings = state.settings.get();
        let key = check_key(&settings);
        if previous.as_ref() == Some(&key) {
            return key;
        }
        generation.update_value(|g| *g += 1);
        let this = generation.get_value();
        spawn_local(async move {
            gloo_timers::future::TimeoutFuture::new(400).await;
            if generation.get_value() != this {
                return;
            }
            state.doctor_worker.set(Verdict::Checking);
            state.doctor_supervisor.set(Verdict::Checking);
            state.doctor_pool.set(vec![Verdict::Checking; settings.worker_pool.len()]);
            let log = |check: ConnectionCheck| {
                if !Locality::of_host(&check.host).on_device() {
                    state.checks.update(|checks| checks.push(check));
                }
            };
            // What the engine needs to read MinionS's configured chunks whole.
            let worker_settings = settings.run_config(Protocol::Minions, None).worker;
            let needed = context_for_chunk_chars(settings.chunk_size, &worker_settings);
            let worker = check_worker(state, &settings.first_worker(), needed, &log).await;
            if generation.get_value() != this {
                return;
            }
            if let Verdict::Ok { context_length, .. } = &worker {
                state.worker_context.set(*context_length);
            }
            state.doctor_worker.set(worker);
            let key = settings.supervisor_key.trim();
            let supervisor_url = reachable_url(&settings.supervisor_url);
            // A cloud API off this machine needs a key; say so without asking it.
            let supervisor = if let Some(origin) = crate::web::page_policy::refused_origin(&[&settings.supervisor_url])
            {
                Verdict::NeedsReload { origin }
            } else if key.is_empty() && !minions_providers::endpoint::is_loopback(&supervisor_url) {
                Verdict::MissingKey
            } else {
                let origin = crate::web::page_origin();
                check_openai(
                    &supervisor_url,
                    (!key.is_empty()).then_some(key),
                    &settings.supervisor_model,
                    &origin,
                    &log,
                )
                .await
            };
            if generation.get_value() != this {
                return;
            }
            state.doctor_supervisor.set(supervisor);
            for (index, member) in settings.worker_pool.iter().enumerate() {
                let verdict = check_worker(state, member, needed, &log).await;
                if generation.get_value() != this {
                    return;
                }
                state.doctor_pool.update(|verdicts| {
                    if let Some(slot) = verdicts.get_mut(index) {
                        *slot = verdict;
                    }
                });
            }
        });
        key
    });
}

#[component]
fn Light(
    testid: &'static str,
    label: String,
    verdict: RwSignal<Verdict>,
    kind: Signal<ServerKind>,
    url: Signal<String>,
) -> impl IntoView {
    let place = move || Locality::of_url(&url.get());
    let advice = move || verdict.with(|v| v.advice_kind(kind.get(), &crate::web::page_origin(), &url.get()));
    view! {
        <div class="light" data-testid=testid data-state=move || verdict.with(|v| v.state())>
            <span class=move || format!("dot {}", verdict.with(|v| v.state())) aria-hidden="true"></span>
            <span class="light-label">{label}</span>
            <span class="light-place" data-place=move || place().value()>{move || tr!("doctor-place", place = labels::place(place()))}</span>
            <div class="advice" role="status">
                <p>{move || doctor_text::summary(&advice())}</p>
                <For each=move || doctor_text::steps(&advice()).into_iter().enumerate() key=|(i, s)| (*i, s.clone()) let((_, step))>
                    <pre class="command">{step}</pre>
                </For>
            </div>
        </div>
    }
}

/// The two status lights, worker and supervisor.
#[component]
pub fn StatusLights() -> impl IntoView {
    let state = expect_context::<AppState>();
    let worker_kind = Signal::derive(move || match state.settings.with(|s| s.worker_provider) {
        WorkerProvider::Ollama => ServerKind::Ollama,
        WorkerProvider::OpenAi => ServerKind::OpenAi,
        WorkerProvider::Tab => ServerKind::Tab,
    });
    let worker_url = Signal::derive(move || {
        state.settings.with(|s| match s.worker_provider {
            WorkerProvider::Tab => minions_engine::locality::TAB_HOST.to_string(),
            _ => s.worker_url.clone(),
        })
    });
    let supervisor_url = Signal::derive(move || state.settings.with(|s| s.supervisor_url.clone()));
    // Nothing answers on this machine: offer the model in the page (nothing is fetched yet).
    let offer = move || {
        state.settings.with(|s| s.worker_provider != WorkerProvider::Tab)
            && state.doctor_worker.with(|v| matches!(v, Verdict::Down { .. } | Verdict::Cors))
    };
    let run_in_page = move |_| {
        state.settings.update(|s| {
            s.worker_provider = WorkerProvider::Tab;
            if s.tab_model_url.trim().is_empty() {
                s.tab_model_url = minions_providers::tab::catalog::default_model().url.into();
            }
        });
        state.settings_open.set(true);
    };
    view! {
        <div class="lights">
            <Light testid="doctor-worker" label=tr!("doctor-worker") verdict=state.doctor_worker kind=worker_kind url=worker_url />
            <Show when=offer>
                <button class="secondary offer" data-testid="doctor-run-in-page" on:click=run_in_page>
                    {tr!("doctor-run-in-page")}
                </button>
            </Show>
            <Light testid="doctor-supervisor" label=tr!("doctor-supervisor") verdict=state.doctor_supervisor kind=Signal::derive(|| ServerKind::OpenAi) url=supervisor_url />
        </div>
    }
}
