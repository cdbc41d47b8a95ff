//! Settings: the worker, the supervisor (the key stays in memory unless
//! "remember on this device" is ticked) and the protocol limits.

use leptos::prelude::*;

use crate::tr;
use crate::web::app::AppState;
use crate::web::settings::{Settings, WorkerProvider};
use minions_engine::config::Setting;
use minions_engine::privacy::VerbatimPolicy;

use super::tab_model::TabModelPanel;
use super::workers::{WorkerPlace, WorkerPool};

/// A text input bound to one settings field; with `lines`, a text area
/// (for lists, one item a line).
#[component]
fn TextField(
    #[prop(into)] label: String,
    testid: &'static str,
    get: fn(&Settings) -> String,
    set: fn(&mut Settings, String),
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] list: Option<&'static str>,
    #[prop(optional)] lines: Option<u32>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let value = move || state.settings.with(get);
    let on_input = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        state.settings.update(|s| set(s, value));
    };
    let field = match lines {
        Some(rows) => {
            view! { <textarea rows=rows data-testid=testid prop:value=value on:input=on_input></textarea> }.into_any()
        }
        None => view! {
            <input type=kind data-testid=testid list=list autocomplete="off" prop:value=value on:input=on_input />
        }
        .into_any(),
    };
    view! {
        <label>
            {label}
            {field}
        </label>
    }
}

/// A number input bound to one settings field. Values are kept as typed
/// (clamping while typing would fight the keyboard); `bounds` are the
/// engine's own ([`Setting::whole_range`]) where the engine has the setting,
/// and a run with a value outside them says which setting to change.
#[component]
fn NumberField(
    #[prop(into)] label: String,
    testid: &'static str,
    bounds: (u32, u32),
    get: fn(&Settings) -> u32,
    set: fn(&mut Settings, u32),
) -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <label>
            {label}
            <input
                type="number"
                data-testid=testid
                min=bounds.0
                max=bounds.1
                prop:value=move || state.settings.with(get).to_string()
                on:input=move |ev| {
                    if let Ok(value) = event_target_value(&ev).trim().parse::<u32>() {
                        state.settings.update(|s| set(s, value));
                    }
                }
            />
        </label>
    }
}

/// A choice among fixed options, bound to one settings field by value.
#[component]
fn SelectField(
    #[prop(into)] label: String,
    testid: &'static str,
    /// `(value, words)` pairs.
    options: Vec<(&'static str, String)>,
    get: fn(&Settings) -> String,
    set: fn(&mut Settings, String),
) -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <label>
            {label}
            <select
                data-testid=testid
                prop:value=move || state.settings.with(get)
                on:change=move |ev| {
                    let value = event_target_value(&ev);
                    state.settings.update(|s| set(s, value));
                }
            >
                {options.into_iter().map(|(value, text)| view! { <option value=value>{text}</option> }).collect_view()}
            </select>
        </label>
    }
}

/// A checkbox bound to one settings field; `then` runs after a change.
#[component]
fn CheckField(
    #[prop(into)] label: String,
    get: fn(&Settings) -> bool,
    set: fn(&mut Settings, bool),
    #[prop(optional)] testid: Option<&'static str>,
    #[prop(optional)] then: Option<fn(AppState, bool)>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <label class="check">
            <input
                type="checkbox"
                data-testid=testid
                prop:checked=move || state.settings.with(get)
                on:change=move |ev| {
                    let checked = event_target_checked(&ev);
                    state.settings.update(|s| set(s, checked));
                    if let Some(then) = then {
                        then(state, checked);
                    }
                }
            />
            {label}
        </label>
    }
}

/// Keeps or forgets the stored documents when the user changes the setting.
fn store_documents(state: AppState, keep: bool) {
    if keep {
        state.documents.with_untracked(|docs| docs.iter().for_each(crate::web::storage::save_document));
    } else {
        crate::web::storage::forget_all_documents();
    }
}

/// Shown when a server address is outside what this page load may reach.
#[component]
fn PolicyReload() -> impl IntoView {
    let state = expect_context::<AppState>();
    let refused = move || state.settings.with(|s| crate::web::page_policy::refused_origin(&s.server_urls()));
    view! {
        <Show when=move || refused().is_some()>
            <div class="notice" role="alert" data-testid="policy-notice">
                <p>
                    {move || {
                        let origin = refused().unwrap_or_default();
                        let key = if state.settings.with(|s| s.remember_key) { String::new() } else { tr!("settings-policy-paste-key") };
                        format!("{} {key}", tr!("settings-policy-new-address", origin = origin))
                    }}
                </p>
                <button data-testid="policy-reload" on:click=move |_| state.settings.with_untracked(crate::web::page_policy::apply_and_reload)>
                    {tr!("settings-policy-reload")}
                </button>
            </div>
        </Show>
    }
}

#[component]
pub fn SettingsPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let models = move || match state.doctor_worker.get() {
        minions_providers::doctor::Verdict::Ok { models, .. }
        | minions_providers::doctor::Verdict::ModelMissing { installed: models, .. } => models,
        _ => Vec::new(),
    };
    let in_page = move || state.settings.with(|s| s.worker_provider == WorkerProvider::Tab);
    view! {
        <Show when=move || state.settings_open.get()>
            <section class="panel settings" aria-labelledby="settings-title">
                <h2 id="settings-title">{tr!("settings-title")}</h2>
                <PolicyReload />
                <div class="settings-grid">
                    <fieldset>
                        <legend>{tr!("settings-local-legend")}</legend>
                        <SelectField
                            label=tr!("settings-server")
                            testid="worker-provider"
                            options=vec![
                                ("ollama", tr!("settings-server-ollama")),
                                ("openai", tr!("settings-server-openai")),
                                ("tab", tr!("settings-server-tab")),
                            ]
                            get=|s| s.worker_provider.value().to_string()
                            set=|s, v| s.worker_provider = WorkerProvider::from_value(&v)
                        />
                        <Show when=in_page>
                            <TabModelPanel />
                        </Show>
                        <Show when=move || !in_page()>
                        <TextField label=tr!("settings-worker-address") testid="worker-url" get=|s| s.worker_url.clone() set=|s, v| s.worker_url = v />
                        <WorkerPlace host=Signal::derive(move || state.settings.with(|s| s.first_worker().host())) />
                        <TextField label=tr!("settings-worker-model") testid="worker-model" list="worker-models" get=|s| s.worker_model.clone() set=|s, v| s.worker_model = v />
                        <datalist id="worker-models">
                            <For each=models key=|m| m.clone() let(model)>
                                <option value=model></option>
                            </For>
                        </datalist>
                        <NumberField label=tr!("settings-worker-concurrency") testid="worker-concurrency" bounds=Setting::WorkerConcurrency.whole_range() get=|s| s.worker_concurrency as u32 set=|s, v| s.worker_concurrency = v as usize />
                        </Show>
                        <label>
                            {tr!("settings-worker-temperature")}
                            <input
                                type="number"
                                step="0.1"
                                min=Setting::WorkerTemperature.range().0
                                max=Setting::WorkerTemperature.range().1
                                data-testid="worker-temperature"
                                prop:value=move || state.settings.with(|s| s.worker_temperature.to_string())
                                on:input=move |ev| {
                                    if let Ok(value) = event_target_value(&ev).trim().parse::<f32>() {
                                        state.settings.update(|s| s.worker_temperature = value);
                                    }
                                }
                            />
                        </label>
                        <NumberField label=tr!("settings-worker-context") testid="worker-context" bounds=Setting::WorkerContext.whole_range() get=|s| s.worker_context set=|s, v| s.worker_context = v />
                        <WorkerPool />
                    </fieldset>
                    <fieldset>
                        <legend>{tr!("settings-cloud-legend")}</legend>
                        <TextField label=tr!("settings-supervisor-address") testid="supervisor-url" get=|s| s.supervisor_url.clone() set=|s, v| s.supervisor_url = v />
                        <TextField label=tr!("settings-supervisor-key") testid="supervisor-key" kind="password" get=|s| s.supervisor_key.clone() set=|s, v| s.supervisor_key = v />
                        <CheckField label=tr!("settings-remember-key") get=|s| s.remember_key set=|s, v| s.remember_key = v />
                        <TextField label=tr!("settings-supervisor-model") testid="supervisor-model" get=|s| s.supervisor_model.clone() set=|s, v| s.supervisor_model = v />
                        <SelectField
                            label=tr!("settings-reasoning-effort")
                            testid="reasoning-effort"
                            options=vec![
                                ("", tr!("settings-effort-default")),
                                ("low", tr!("settings-effort-low")),
                                ("medium", tr!("settings-effort-medium")),
                                ("high", tr!("settings-effort-high")),
                            ]
                            get=|s| s.reasoning_effort.clone()
                            set=|s, v| s.reasoning_effort = v
                        />
                    </fieldset>
                    <fieldset>
                        <legend>{tr!("settings-limits-legend")}</legend>
                        <NumberField label=tr!("settings-supervisor-max-tokens") testid="supervisor-max-tokens" bounds=Setting::SupervisorOutputTokens.whole_range() get=|s| s.supervisor_max_tokens set=|s, v| s.supervisor_max_tokens = v />
                        <NumberField label=tr!("settings-supervisor-context") testid="supervisor-context" bounds=Setting::SupervisorContext.whole_range() get=|s| s.supervisor_context set=|s, v| s.supervisor_context = v />
                        <NumberField label=tr!("settings-conversation-budget") testid="conversation-budget" bounds=Setting::HistoryTokens.whole_range() get=|s| s.conversation_budget set=|s, v| s.conversation_budget = v />
                        <NumberField label=tr!("settings-max-rounds") testid="max-rounds" bounds=Setting::Rounds.whole_range() get=|s| s.max_rounds set=|s, v| s.max_rounds = v />
                        <NumberField label=tr!("settings-max-tasks") testid="max-tasks" bounds=Setting::TasksPerRound.whole_range() get=|s| s.max_tasks as u32 set=|s, v| s.max_tasks = v as usize />
                        <NumberField label=tr!("settings-top-k") testid="top-k" bounds=(0, 10_000) get=|s| s.max_chunks_per_task as u32 set=|s, v| s.max_chunks_per_task = v as usize />
                        <NumberField label=tr!("settings-chunk-size") testid="chunk-size" bounds=Setting::ChunkSize.whole_range() get=|s| s.chunk_size as u32 set=|s, v| s.chunk_size = v as usize />
                        <CheckField label=tr!("settings-send-citations") get=|s| s.send_citations set=|s, v| s.send_citations = v />
                        <CheckField
                            label=tr!("settings-keep-documents")
                            testid="keep-documents"
                            get=|s| s.keep_documents
                            set=|s, v| s.keep_documents = v
                            then=store_documents
                        />
                        <NumberField label=tr!("settings-max-file-mb") testid="max-file-mb" bounds=(1, 4_096) get=|s| s.max_file_mb set=|s, v| s.max_file_mb = v />
                        <button class="secondary" on:click=move |_| crate::web::storage::forget_all_documents()>
                            {tr!("settings-clear-documents")}
                        </button>
                    </fieldset>
                    <fieldset>
                        <legend>{tr!("settings-privacy-legend")}</legend>
                        <CheckField
                            label=tr!("settings-redact")
                            testid="privacy-redact"
                            get=|s| s.redact
                            set=|s, v| s.redact = v
                        />
                        <TextField label=tr!("settings-redact-names") testid="privacy-names" lines=3 get=|s| s.redact_names.clone() set=|s, v| s.redact_names = v />
                        <TextField label=tr!("settings-redact-terms") testid="privacy-terms" lines=3 get=|s| s.redact_terms.clone() set=|s, v| s.redact_terms = v />
                        <CheckField
                            label=tr!("settings-shield")
                            testid="privacy-shield"
                            get=|s| s.shield
                            set=|s, v| s.shield = v
                        />
                        <NumberField label=tr!("settings-verbatim-words") testid="verbatim-words" bounds=Setting::VerbatimWords.whole_range() get=|s| s.verbatim_words set=|s, v| s.verbatim_words = v />
                        <SelectField
                            label=tr!("settings-verbatim-policy")
                            testid="verbatim-policy"
                            options=vec![
                                ("withhold", tr!("settings-verbatim-withhold")),
                                ("ask", tr!("settings-verbatim-ask")),
                                ("send", tr!("settings-verbatim-send")),
                            ]
                            get=|s| s.verbatim_policy.value().to_string()
                            set=|s, v| s.verbatim_policy = VerbatimPolicy::from_value(&v)
                        />
                        <CheckField
                            label=tr!("settings-approve-requests")
                            testid="privacy-approve"
                            get=|s| s.approve_requests
                            set=|s, v| s.approve_requests = v
                        />
                        <CheckField
                            label=tr!("settings-never-leave")
                            testid="privacy-never-leave"
                            get=|s| s.documents_never_leave
                            set=|s, v| s.documents_never_leave = v
                        />
                    </fieldset>
                    <fieldset>
                        <legend>{tr!("settings-prices-legend")}</legend>
                        <p class="muted">
                            {move || {
                                let table = state.settings.with(|s| s.prices().unwrap_or_default());
                                tr!(
                                    "settings-prices-in-use",
                                    count = table.models.len(),
                                    date = &table.checked_on,
                                    source = &table.source
                                )
                            }}
                        </p>
                        <textarea
                            rows="6"
                            data-testid="price-table"
                            aria-label=tr!("settings-prices-label")
                            placeholder=tr!("settings-prices-placeholder")
                            prop:value=move || state.settings.with(|s| s.prices_json.clone())
                            on:input=move |ev| {
                                let json = event_target_value(&ev);
                                state.settings.update(|s| s.prices_json = json);
                            }
                        ></textarea>
                        <button
                            class="secondary"
                            on:click=move |_| {
                                let shipped = serde_json::to_string_pretty(&minions_engine::accounting::PriceTable::default()).unwrap_or_default();
                                state.settings.update(|s| s.prices_json = shipped);
                            }
                        >
                            {tr!("settings-prices-edit")}
                        </button>
                        <p class="error-line">{move || state.settings.with(|s| s.prices().err().unwrap_or_default())}</p>
                    </fieldset>
                </div>
            </section>
        </Show>
    }
}
