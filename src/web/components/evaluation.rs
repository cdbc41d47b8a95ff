//! Evaluate: a question set (imported, written here or the sample), the
//! protocols to compare, the run with its progress, and the cloud-only
//! consent dialog. The results are drawn by `eval_results`.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::eval_results::EvalResults;
use crate::tr;
use crate::web::app::AppState;
use crate::web::eval_driver::{cancel_evaluation, leaving, start_evaluation};
use crate::web::eval_text::{import_problem, refused_line};
use crate::web::evaluation::{import, ImportReason, RefusedLine, MAX_SET_MB};
use crate::web::i18n::{labels, Arg};
use crate::web::state::RunStatus;
use crate::web::{sample, storage};
use minions_engine::config::Protocol;
use minions_engine::eval::questions::{to_jsonl, written};

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
const MAX_SET_BYTES: f64 = MAX_SET_MB * 1024.0 * 1024.0;

/// A rule's name (`exact`, `number`, `contains`, `judge`) in the reader's words.
fn rule_name(rule: &str) -> String {
    match rule {
        "exact" => tr!("evaluation-rule-exact"),
        "number" => tr!("evaluation-rule-number"),
        "contains" => tr!("evaluation-rule-contains"),
        "judge" => tr!("evaluation-rule-judge"),
        other => other.to_string(),
    }
}

fn import_file(state: AppState, ev: leptos::ev::Event) {
    let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
    let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
    input.set_value("");
    let name = file.name();
    if file.size() > MAX_SET_BYTES {
        let refused = RefusedLine { line: 1, reason: ImportReason::TooLarge { name } };
        state.evaluation.update(|e| e.import_errors = vec![refused]);
        return;
    }
    spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|t| t.as_string());
        match text {
            Some(text) => state.evaluation.update(|e| e.take_import(import(&name, &text))),
            None => state.evaluation.update(|e| e.refuse(tr!("evaluation-import-unreadable", name = &name))),
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
            Err(reason) => error.set(Some(tr!("evaluation-write-refused", reason = import_problem(&reason)))),
        }
    };
    let text = |signal: RwSignal<String>, testid: &'static str, label: String| {
        view! {
            <label>
                {label}
                <input type="text" data-testid=testid prop:value=move || signal.get() on:input=move |ev| signal.set(event_target_value(&ev)) />
            </label>
        }
    };
    view! {
        <details class="write-question">
            <summary data-testid="eval-write">{tr!("evaluation-write")}</summary>
            <div class="eval-form">
                {text(question, "eval-new-question", tr!("evaluation-write-question"))}
                {text(answer, "eval-new-answer", tr!("evaluation-write-answer"))}
                <label>
                    {tr!("evaluation-write-match")}
                    <select data-testid="eval-new-match" prop:value=move || rule.get() on:change=move |ev| rule.set(event_target_value(&ev))>
                        <option value="exact">{tr!("evaluation-match-exact")}</option>
                        <option value="number">{tr!("evaluation-rule-number")}</option>
                        <option value="contains">{tr!("evaluation-rule-contains")}</option>
                        <option value="judge">{tr!("evaluation-match-judge")}</option>
                    </select>
                </label>
                <Show when=move || rule.get() == "number">{text(tolerance, "eval-new-tolerance", tr!("evaluation-write-tolerance"))}</Show>
                <button class="secondary" data-testid="eval-add" on:click=add>{tr!("evaluation-write-add")}</button>
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
                    let expected = tr!("evaluation-question-expected", answer = &question.answer, rule = rule_name(question.rule.name()));
                    view! {
                        <li data-testid="eval-question">
                            <span class="muted">{question.id.clone()}</span>" "{question.question.clone()}
                            <span class="muted">{format!(" {expected}")}</span>
                            <button class="link" aria-label=tr!("evaluation-remove-label") on:click=move |_| {
                                let id = id.clone();
                                state.evaluation.update(|e| e.questions.retain(|q| q.id != id));
                            }>{tr!("evaluation-remove")}</button>
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
                <h3 id="cloud-consent-title">{tr!("evaluation-consent-title")}</h3>
                <p class="warn">
                    {move || tr!("evaluation-consent-warning", url = state.settings.with_untracked(|s| s.supervisor_url.clone()), count = total())}
                </p>
                <ul class="quotes">
                    {move || documents().into_iter().map(|(name, chars)| view! { <li>{tr!("evaluation-consent-document", name = &name, count = chars)}</li> }).collect_view()}
                </ul>
                <p class="muted">{tr!("evaluation-consent-note")}</p>
                <div class="buttons">
                    <button data-testid="cloud-only-confirm" on:click=move |_| {
                        open.set(false);
                        start_evaluation(state, true);
                    }>{tr!("evaluation-consent-send")}</button>
                    <button class="secondary" data-testid="eval-confirm-cancel" data-dismiss="" autofocus=true on:click=move |_| open.set(false)>{tr!("evaluation-consent-keep")}</button>
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
                tr!(
                    "evaluation-progress",
                    done = done,
                    total = total,
                    seconds = Arg::fixed(seconds, 1),
                    cloud = cloud,
                    local = local
                ),
            )
        })
    });
    view! {
        <Show when=move || state.eval_open.get()>
            <section class="panel evaluation" aria-labelledby="eval-title">
                <h2 id="eval-title">{tr!("evaluation-title")}</h2>
                <p class="muted">{tr!("evaluation-intro")}</p>
                <div class="row">
                    <button class="secondary" data-testid="eval-sample" on:click=move |_| load_sample(state)>{tr!("evaluation-sample")}</button>
                    <label class="secondary button">
                        {tr!("evaluation-import")}
                        <input class="visually-hidden" type="file" accept=".jsonl,.ndjson,.json,.csv,.txt" data-testid="eval-import" on:change=move |ev| import_file(state, ev) />
                    </label>
                    <button class="secondary" data-testid="eval-export-set" disabled=move || evaluation.with(|e| e.questions.is_empty())
                        on:click=move |_| storage::download("questions.jsonl", "application/x-ndjson", &evaluation.with_untracked(|e| to_jsonl(&e.questions)))>
                        {tr!("evaluation-export-set")}
                    </button>
                </div>
                <ul class="errors">
                    {move || evaluation.with(|e| e.import_errors.iter().map(|error| view! { <li class="error-line" data-testid="eval-error">{refused_line(error)}</li> }).collect_view())}
                </ul>
                <QuestionList />
                <WriteQuestion />
                <fieldset class="protocols">
                    <legend>{tr!("evaluation-compare")}</legend>
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
                                {labels::protocol(protocol)}
                            </label>
                        }
                    }).collect_view()}
                    <Show when=never_leave>
                        <p class="muted" data-testid="eval-cloud-off">{tr!("evaluation-cloud-off")}</p>
                    </Show>
                </fieldset>
                <div class="row">
                    <button class="primary" data-testid="eval-run" disabled=running on:click=run>{tr!("evaluation-run")}</button>
                    <button class="secondary" data-testid="eval-cancel" disabled=move || evaluation.with(|e| e.status != RunStatus::Running) on:click=move |_| cancel_evaluation(state)>{tr!("evaluation-cancel")}</button>
                    <span class=move || format!("status status-{}", evaluation.with(|e| e.status.label())) role="status" data-testid="eval-status">{move || evaluation.with(|e| labels::run_status(e.status))}</span>
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
