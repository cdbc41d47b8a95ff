//! The connection doctor in the page: checks the worker and the supervisor
//! whenever their settings change (after a short pause in typing) and shows
//! each verdict as a status light with the fix in words.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::providers::doctor::{ServerKind, Verdict};
use crate::providers::probe::{check_ollama, check_openai};
use crate::web::app::AppState;
use crate::web::settings::{Settings, WorkerProvider};

/// The settings a check depends on; a change starts a new check.
fn check_key(s: &Settings) -> (String, String, String, String, String, String) {
    (
        s.worker_provider.value().to_string(),
        s.worker_url.clone(),
        s.worker_model.clone(),
        s.supervisor_url.clone(),
        s.supervisor_key.clone(),
        s.supervisor_model.clone(),
    )
}

/// Runs the checks now and whenever the relevant settings change.
pub fn watch(state: AppState) {
    let generation = StoredValue::new(0u64);
    Effect::new(move |previous: Option<(String, String, String, String, String, String)>| {
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
            let origin = crate::web::page_origin();
            let needed = settings.chunk_size as u32 / 3 + 1_024;
            let refused = |url: &str| {
                crate::web::page_policy::refused_origin(&[url]).map(|origin| Verdict::NeedsReload { origin })
            };
            let worker = if let Some(verdict) = refused(&settings.worker_url) {
                verdict
            } else {
                match settings.worker_provider {
                    WorkerProvider::Ollama => {
                        check_ollama(&settings.worker_url, &settings.worker_model, &origin, needed).await
                    }
                    WorkerProvider::OpenAi => {
                        check_openai(&settings.worker_url, None, &settings.worker_model, &origin).await
                    }
                }
            };
            if generation.get_value() != this {
                return;
            }
            if let Verdict::Ok { context_length, .. } = &worker {
                state.worker_context.set(*context_length);
            }
            state.doctor_worker.set(worker);
            let key = settings.supervisor_key.trim();
            // A cloud API off this machine needs a key; say so without asking it.
            let supervisor = if let Some(verdict) = refused(&settings.supervisor_url) {
                verdict
            } else if key.is_empty() && !crate::providers::endpoint::is_loopback(&settings.supervisor_url) {
                Verdict::MissingKey
            } else {
                check_openai(
                    &settings.supervisor_url,
                    (!key.is_empty()).then_some(key),
                    &settings.supervisor_model,
                    &origin,
                )
                .await
            };
            if generation.get_value() == this {
                state.doctor_supervisor.set(supervisor);
            }
        });
        key
    });
}

#[component]
fn Light(
    testid: &'static str,
    label: &'static str,
    verdict: RwSignal<Verdict>,
    kind: Signal<ServerKind>,
    url: Signal<String>,
) -> impl IntoView {
    let advice = move || verdict.with(|v| v.advice(kind.get(), &crate::web::page_origin(), &url.get()));
    view! {
        <div class="light" data-testid=testid data-state=move || verdict.with(|v| v.state())>
            <span class=move || format!("dot {}", verdict.with(|v| v.state())) aria-hidden="true"></span>
            <span class="light-label">{label}</span>
            <div class="advice" role="status">
                <p>{move || advice().summary}</p>
                <For each=move || advice().steps.into_iter().enumerate() key=|(i, s)| (*i, s.clone()) let((_, step))>
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
    });
    let worker_url = Signal::derive(move || state.settings.with(|s| s.worker_url.clone()));
    let supervisor_url = Signal::derive(move || state.settings.with(|s| s.supervisor_url.clone()));
    view! {
        <div class="lights">
            <Light testid="doctor-worker" label="Local model" verdict=state.doctor_worker kind=worker_kind url=worker_url />
            <Light testid="doctor-supervisor" label="Cloud model" verdict=state.doctor_supervisor kind=Signal::derive(|| ServerKind::OpenAi) url=supervisor_url />
        </div>
    }
}
