//! Evaluate: a question set (imported, written here or the sample), the
//! protocols to compare, the run with its progress, and the cloud-only
//! consent dialog. The results are drawn by `eval_results`.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::eval_results::EvalResults;
use crate::web::app::AppState;
use crate::web::eval_driver::{cancel_evaluation, leaving, start_evaluation};
use crate::web::evaluation::import;
use crate::web::state::RunStatus;
use crate::web::{sample, storage};
use minions_engine::config::Protocol;
use minions_engine::eval::questions::{to_jsonl, written, LineError};
use minions_engine::prompts::thousands;

fn load_sample(state: AppState) {
    let loaded = state.documents.with_untracked(|docs| docs.iter().any(|d| d.document.name == sample::DOCUMENT_NAME));
    if !loaded {
        super::documents::add_document(state, sample::document(), None, Vec::new());
    }
    state.evaluation.update(|e| {
        e.questions = sample::questions();
        e.import_errors.clear();
    });
}

/// Larger files are not question sets (a document chosen by mistake).
const MAX_SET_BYTES: f64 = 20.0 * 1024.0 * 1024.0;

fn import_file(state: AppState, ev: leptos::ev::Event) {
    let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
    let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
    input.set_value("");
    let name = file.name();
    if file.size() > MAX_SET_BYTES {
        let reason = format!("{name} is larger than 20 MB; a question set is one question a line");
        state.evaluation.update(|e| e.import_errors = vec![LineError { line: 1, reason }]);
        return;
    }
    spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|t| t.as_string());
        match text {
            Some(text) => state.evaluation.update(|e| e.take_import(import(&name, &text))),
            None => state.evaluation.update(|e| e.refuse(format!("{name} could not be read as text."))),
        }
    });
}

/// The form that adds one question to the set.
#[component]
fn WriteQuestion() -> impl IntoView {
    let state = expect_context::<AppState>();
    let question = RwSignal::new(String::new());
    let answer = RwSignal::new(String::new());
    let rule = RwSignal::new("exact".to_string());
    let tolerance = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let add = move |_| {
        let made = state.evaluation.with_untracked(|e| {
            written(
                "",
                &question.get_untracked(),
                &answer.get_untracked(),
                &rule.get_untracked(),
                &tolerance.get_untracked(),
                &e.questions,
            )
        });
        match made {
            Ok(new) => {
                state.evaluation.update(|e| e.questions.push(new));
                question.set(String::new());
                answer.set(String::new());
                tolerance.set(String::new());
                error.set(None);
            }
            Err(reason) => error.set(Some(format!("This question cannot be added: {reason}."))),
        }
    };
    let text = |signal: RwSignal<String>, testid: &'static str, label: &'static str| {
        view! {
            <label>
                {label}
                <input type="text" data-testid=testid prop:value=move || signal.get() on:input=move |ev| signal.set(event_target_value(&ev)) />
            </label>
        }
    };
    view! {
        <details class="write-question">
            <summary data-testid="eval-write">"Write a question"</summary>
            <div class="eval-form">
                {text(question, "eval-new-question", "Question")}
                {text(answer, "eval-new-answer", "Expected answer")}
                <label>
                    "Match"
                    <select data-testid="eval-new-match" prop:value=move || rule.get() on:change=move |ev| rule.set(event_target_value(&ev))>
                        <option value="exact">"exact (after case and punctuation)"</option>
                        <option value="number">"number"</option>
                        <option value="contains">"contains"</option>
                        <option value="judge">"judge (the cloud model decides)"</option>
                    </select>
                </label>
                <Show when=move || rule.get() == "number">{text(tolerance, "eval-new-tolerance", "Tolerance (e.g. 1%)")}</Show>
                <button class="secondary" data-testid="eval-add" on:click=add>"Add question"</button>
            </div>
            <p class="error-line" data-testid="eval-add-error">{move || error.get()}</p>
        </details>
    }
}

/// The list of questions in the set, each removable.
#[component]
fn QuestionList() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <ol class="questions">
            // Keyed by content: an imported set may reuse ids with other questions.
            <For each=move || state.evaluation.with(|e| e.questions.clone()) key=|q| (q.id.clone(), q.question.clone(), q.answer.clone(), q.rule.name()) let(question)>
                {
                    let id = question.id.clone();
                    let rule = question.rule.name();
                    view! {
                        <li data-testid="eval-question">
                            <span class="muted">{question.id.clone()}</span>" "{question.question.clone()}
                            <span class="muted">{format!(" → {} ({rule})", question.answer)}</span>
                            <button class="link" aria-label="Remove this question" on:click=move |_| {
                                let id = id.clone();
                                state.evaluation.update(|e| e.questions.retain(|q| q.id != id));
                            }>"remove"</button>
                        </li>
                    }
                }
            </For>
        </ol>
    }
}

/// Asks, for this run, before any document leaves for cloud-only rows.
#[component]
fn CloudConsent(open: RwSignal<bool>) -> impl IntoView {
    let state = expect_context::<AppState>();
    // Counted once each time the dialog opens.
    let leaving = Memo::new(move |_| if open.get() { leaving(state) } else { Vec::new() });
    let documents = move || leaving.get();
    let total = move || documents().iter().map(|(_, chars)| chars).sum::<usize>();
    view! {
        <Show when=move || open.get()>
            // static/dialogs.js opens it as a modal; Escape presses "Don't send".
            <dialog class="modal review" aria-labelledby="cloud-consent-title" data-testid="cloud-only-dialog">
                <h3 id="cloud-consent-title">"Send your documents to the cloud for the cloud-only baseline?"</h3>
                <p class="warn">
                    {move || format!("Cloud only sends the whole text of these documents to {} — {} characters in all. The other protocols keep them on this device.",
                        state.settings.with_untracked(|s| s.supervisor_url.clone()), thousands(total()))}
                </p>
                <ul class="quotes">
                    {move || documents().into_iter().map(|(name, chars)| view! { <li>{format!("{name}: {} characters", thousands(chars))}</li> }).collect_view()}
                </ul>
                <p class="muted">"The audit marks each such request. This consent is for this evaluation only."</p>
                <div class="buttons">
                    <button data-testid="cloud-only-confirm" on:click=move |_| {
                        open.set(false);
                        start_evaluation(state, true);
                    }>"Send them and run"</button>
                    <button class="secondary" data-testid="eval-confirm-cancel" data-dismiss="" autofocus=true on:click=move |_| open.set(false)>"Don't send"</button>
                </div>
            </dialog>
        </Show>
    }
}

#[component]
pub fn EvaluationPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let evaluation = state.evaluation;
    let consent_open = RwSignal::new(false);
    let never_leave = move || state.settings.with(|s| s.documents_never_leave);
    let running = move || {
        evaluation.with(|e| e.status == RunStatus::Running) || state.sinks.view.with(|v| v.status == RunStatus::Running)
    };
    let run = move |_| {
        let wants_cloud = evaluation.with_untracked(|e| e.protocols.contains(&Protocol::Cloud));
        if wants_cloud && !state.settings.with_untracked(|s| s.documents_never_leave) {
            consent_open.set(true);
        } else {
            start_evaluation(state, false);
        }
    };
    // Done, planned, and the line under the bar: summed once per change.
    let progress = Memo::new(move |_| {
        evaluation.with(|e| {
            let (done, total) = e.progress();
            let seconds: f64 = e.rows.iter().map(|r| r.seconds).sum();
            let cloud: u64 = e.rows.iter().map(|r| r.cloud_tokens).sum();
            let local: u64 = e.rows.iter().map(|r| r.local_tokens).sum();
            (
                done,
                total,
                format!(
                    "{done} of {total} runs · {seconds:.1} s · {} cloud tokens · {} local tokens",
                    thousands(cloud as usize),
                    thousands(local as usize)
                ),
            )
        })
    });
    view! {
        <Show when=move || state.eval_open.get()>
            <section class="panel evaluation" aria-labelledby="eval-title">
                <h2 id="eval-title">"Evaluate on your documents"</h2>
                <p class="muted">"Run the same questions with Minion, MinionS, the local model alone and (if you allow it) the cloud model alone, and compare accuracy and cost."</p>
                <div class="row">
                    <button class="secondary" data-testid="eval-sample" on:click=move |_| load_sample(state)>"Try it with a sample"</button>
                    <label class="secondary button">
                        "Import questions (JSONL or CSV)"
                        <input class="visually-hidden" type="file" accept=".jsonl,.ndjson,.json,.csv,.txt" data-testid="eval-import" on:change=move |ev| import_file(state, ev) />
                    </label>
                    <button class="secondary" data-testid="eval-export-set" disabled=move || evaluation.with(|e| e.questions.is_empty())
                        on:click=move |_| storage::download("questions.jsonl", "application/x-ndjson", &evaluation.with_untracked(|e| to_jsonl(&e.questions)))>
                        "Export questions"
                    </button>
                </div>
                <ul class="errors">
                    {move || evaluation.with(|e| e.import_errors.iter().map(|error| view! { <li class="error-line" data-testid="eval-error">{error.to_string()}</li> }).collect_view())}
                </ul>
                <QuestionList />
                <WriteQuestion />
                <fieldset class="protocols">
                    <legend>"Compare"</legend>
                    {Protocol::ALL.into_iter().map(|protocol| {
                        let cloud = protocol == Protocol::Cloud;
                        view! {
                            <label class="check">
                                <input
                                    type="checkbox"
                                    data-testid="eval-protocol"
                                    value=protocol.value()
                                    disabled=move || cloud && never_leave()
                                    prop:checked=move || evaluation.with(|e| e.protocols.contains(&protocol)) && !(cloud && never_leave())
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        evaluation.update(|e| e.toggle(protocol, on));
                                    }
                                />
                                {protocol.label()}
                            </label>
                        }
                    }).collect_view()}
                    <Show when=never_leave>
                        <p class="muted" data-testid="eval-cloud-off">"Cloud only is off: your privacy settings say documents never leave this device."</p>
                    </Show>
                </fieldset>
                <div class="row">
                    <button class="primary" data-testid="eval-run" disabled=running on:click=run>"Run evaluation"</button>
                    <button class="secondary" data-testid="eval-cancel" disabled=move || evaluation.with(|e| e.status != RunStatus::Running) on:click=move |_| cancel_evaluation(state)>"Cancel"</button>
                    <span class=move || format!("status status-{}", evaluation.with(|e| e.status.label())) role="status" data-testid="eval-status">{move || evaluation.with(|e| e.status.label())}</span>
                </div>
                <CloudConsent open=consent_open />
                <div class="progress-row" data-testid="eval-progress">
                    <progress max=move || progress.with(|p| p.1.max(1)) value=move || progress.with(|p| p.0)></progress>
                    <span class="muted">{move || progress.with(|p| p.2.clone())}</span>
                </div>
                <p class="error-line" data-testid="eval-message">{move || evaluation.with(|e| e.message.clone())}</p>
                <EvalResults />
            </section>
        </Show>
    }
}
