//! Saved conversations: reopen one to continue it, delete it, or export
//! it with every turn as Markdown or JSON. Entries hold no API key.

use leptos::prelude::*;

use crate::tr;
use crate::web::app::AppState;
use crate::web::conversation::{conversations, PageConversation};
use crate::web::i18n::{format, labels};
use crate::web::storage;

crate::lazy_part! {
    /// A conversation's export, Markdown or JSON: in the page's own build
    /// (feature `split`) its code is fetched the first time one is exported,
    /// not with the first load. The Markdown's headings are in the page's
    /// language (`ask-export-…`); the JSON is data.
    async fn export_text(conversation: PageConversation, json: bool) -> String {
        if json {
            conversation.to_json()
        } else {
            conversation.to_markdown()
        }
    }
}

/// When a conversation was last asked, in the page's language.
fn when(at_ms: f64) -> String {
    format::date_time(at_ms)
}

#[component]
pub fn HistoryPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let history = state.sinks.history;
    let running = move || {
        state.sinks.view.with(|v| v.status == crate::web::state::RunStatus::Running)
            || state.evaluation.with(|e| e.status == crate::web::state::RunStatus::Running)
    };
    // Evaluation runs open from their rows in Evaluate; listing them here would bury the user's own runs.
    let evaluation_runs = move || history.with(|runs| runs.iter().filter(|r| r.from_evaluation).count());
    let forget_evaluation_runs = move |_| {
        let ids: Vec<String> =
            history.with_untracked(|runs| runs.iter().filter(|r| r.from_evaluation).map(|r| r.id.clone()).collect());
        history.update(|runs| runs.retain(|r| !r.from_evaluation));
        ids.into_iter().for_each(storage::forget_run);
    };
    // An export whose code could not be fetched says so here; the next export tries again.
    let export_missing = RwSignal::new(false);
    view! {
        <section class="panel" aria-labelledby="history-title">
            <h2 id="history-title">{tr!("ask-history-title")}</h2>
            <Show when=move || history.with(|runs| runs.iter().all(|r| r.from_evaluation))>
                <p class="muted">{tr!("ask-history-empty")}</p>
            </Show>
            <Show when=move || evaluation_runs() != 0>
                <p class="muted row small" data-testid="history-eval-runs">
                    {move || tr!("ask-history-eval-runs", count = evaluation_runs())}
                    <button class="secondary" data-testid="history-forget-eval" on:click=forget_evaluation_runs>
                        {tr!("ask-history-forget-eval")}
                    </button>
                </p>
            </Show>
            <Show when=move || export_missing.get()>
                <p class="error-line" role="alert" data-testid="part-missing">{tr!("app-part-missing")}</p>
            </Show>
            <ul class="history">
                <For each=move || history.with(|runs| conversations(runs)) key=|c| (c.id.clone(), c.turns, c.status.label()) let(listing)>
                    {
                        let (open_id, md_id, json_id, delete_id) = (listing.id.clone(), listing.id.clone(), listing.id.clone(), listing.id.clone());
                        let export = move |id: &str, memory| history.with_untracked(|runs| PageConversation::reopened(id, runs, memory));
                        let questions = tr!("ask-history-questions", count = listing.turns);
                        let protocols = listing.protocols.iter().map(|&p| labels::protocol(p)).collect::<Vec<_>>().join(", ");
                        let details = format!("{} · {questions} · {protocols} · {}", when(listing.at_ms), labels::run_status(listing.status));
                        view! {
                            <li class="history-item" data-testid="history-item" data-conversation=listing.id.clone()>
                                <button class="link" data-testid="history-open" title=tr!("ask-history-open-title") disabled=running on:click=move |_| state.open_conversation(open_id.clone())>
                                    {listing.first_question.clone()}
                                </button>
                                <div class="muted">{details}</div>
                                <div class="row small">
                                    <button class="secondary" data-testid="history-export-md" on:click=move |_| {
                                        let id = md_id.clone();
                                        leptos::task::spawn_local(async move {
                                            let memory = storage::load_memory(&id).await;
                                            export_missing.set(false);
                                            match export_text(export(&id, memory), false).await {
                                                Ok(text) => storage::download(&format!("{id}.md"), "text/markdown", &text),
                                                Err(_) => export_missing.set(true),
                                            }
                                        });
                                    }>
                                        {tr!("ask-history-export-md")}
                                    </button>
                                    <button class="secondary" data-testid="history-export-json" on:click=move |_| {
                                        let id = json_id.clone();
                                        leptos::task::spawn_local(async move {
                                            let memory = storage::load_memory(&id).await;
                                            export_missing.set(false);
                                            match export_text(export(&id, memory), true).await {
                                                Ok(text) => storage::download(&format!("{id}.json"), "application/json", &text),
                                                Err(_) => export_missing.set(true),
                                            }
                                        });
                                    }>
                                        {tr!("ask-history-export-json")}
                                    </button>
                                    <button
                                        class="secondary"
                                        data-testid="history-delete"
                                        aria-label=tr!("ask-history-delete-label")
                                        disabled=running
                                        on:click=move |_| {
                                            let id = delete_id.clone();
                                            let turns: Vec<String> = history.with_untracked(|runs| {
                                                runs.iter().filter(|r| !r.from_evaluation && r.conversation_id() == id).map(|r| r.id.clone()).collect()
                                            });
                                            history.update(|runs| runs.retain(|r| r.from_evaluation || r.conversation_id() != id));
                                            storage::forget_conversation(id.clone(), turns);
                                            if state.conversation.with_untracked(|c| c.id == id) {
                                                state.new_conversation();
                                            }
                                        }
                                    >
                                        {tr!("ask-history-delete")}
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
