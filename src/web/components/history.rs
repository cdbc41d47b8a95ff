//! Saved runs: reopen one, delete it, or export it as Markdown or JSON.
//! Entries hold no API key.

use leptos::prelude::*;

use crate::web::app::AppState;
use crate::web::history::HistoryEntry;
use crate::web::storage;

fn when(at_ms: f64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at_ms));
    date.to_locale_string("default", &wasm_bindgen::JsValue::UNDEFINED).as_string().unwrap_or_default()
}

#[component]
pub fn HistoryPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let history = state.sinks.history;
    let reopen = move |entry: HistoryEntry| state.show_run(&entry);
    // Evaluation runs open from their rows in Evaluate; listing them here would bury the user's own runs.
    let evaluation_runs = move || history.with(|runs| runs.iter().filter(|r| r.from_evaluation).count());
    let forget_evaluation_runs = move |_| {
        let ids: Vec<String> =
            history.with_untracked(|runs| runs.iter().filter(|r| r.from_evaluation).map(|r| r.id.clone()).collect());
        history.update(|runs| runs.retain(|r| !r.from_evaluation));
        ids.into_iter().for_each(storage::forget_run);
    };
    view! {
        <section class="panel" aria-labelledby="history-title">
            <h2 id="history-title">"History"</h2>
            <Show when=move || history.with(|runs| runs.iter().all(|r| r.from_evaluation))>
                <p class="muted">"Runs are saved here, in this browser."</p>
            </Show>
            <Show when=move || evaluation_runs() != 0>
                <p class="muted row small" data-testid="history-eval-runs">
                    {move || format!("{} runs of evaluations are kept with their results in Evaluate.", evaluation_runs())}
                    <button class="secondary" data-testid="history-forget-eval" on:click=forget_evaluation_runs>"Delete them"</button>
                </p>
            </Show>
            <ul class="history">
                <For each=move || history.with(|runs| runs.iter().filter(|r| !r.from_evaluation).cloned().collect::<Vec<_>>()) key=|e| e.id.clone() let(entry)>
                    {
                        let open_entry = entry.clone();
                        let md_entry = entry.clone();
                        let json_entry = entry.clone();
                        let id = entry.id.clone();
                        view! {
                            <li class="history-item" data-testid="history-item">
                                <button class="link" title="Reopen this run" on:click=move |_| reopen(open_entry.clone())>
                                    {entry.question.clone()}
                                </button>
                                <div class="muted">{format!("{} · {} · {}", when(entry.at_ms), entry.protocol, entry.status())}</div>
                                <div class="row small">
                                    <button class="secondary" on:click=move |_| storage::download(&format!("{}.md", md_entry.id), "text/markdown", &md_entry.to_markdown())>
                                        "Markdown"
                                    </button>
                                    <button class="secondary" on:click=move |_| storage::download(&format!("{}.json", json_entry.id), "application/json", &json_entry.to_json())>
                                        "JSON"
                                    </button>
                                    <button
                                        class="secondary"
                                        aria-label="Delete this run"
                                        on:click=move |_| {
                                            let id = id.clone();
                                            history.update(|runs| runs.retain(|r| r.id != id));
                                            storage::forget_run(id);
                                        }
                                    >
                                        "Delete"
                                    </button>
                                </div>
                            </li>
                        }
                    }
                </For>
            </ul>
        </section>
    }
}
