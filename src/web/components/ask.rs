//! The question box, the protocol choice, Run and Cancel.

use leptos::prelude::*;
use minions_engine::config::Protocol;

use crate::tr;
use crate::web::app::AppState;
use crate::web::driver;
use crate::web::i18n::labels;
use crate::web::settings::protocol_choice;
use crate::web::state::RunStatus;

#[component]
pub fn AskPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let view_state = state.sinks.view;
    // An evaluation's runs count too: its Cancel is this one's.
    let running = move || {
        view_state.with(|v| v.status == RunStatus::Running) || state.evaluation.with(|e| e.status == RunStatus::Running)
    };
    let can_run =
        move || !running() && !state.question.with(|q| q.trim().is_empty()) && state.documents.with(|d| !d.is_empty());
    let run = move || {
        if !can_run() {
            return;
        }
        let documents = state.documents.with(|docs| docs.iter().map(|d| (*d.document).clone()).collect());
        let cancel = driver::start(state, state.question.get(), documents);
        state.cancel.set_value(Some(cancel));
        // The question now shows in the conversation; the box is ready for the next.
        state.question.set(String::new());
    };
    let follow_up = move || state.conversation.with(|c| !c.is_empty());
    let cancel = move |_| {
        state.cancel.with_value(|c| {
            if let Some(c) = c {
                c.cancel()
            }
        })
    };
    let choice = move || state.settings.with(|s| s.protocol);

    view! {
        <section class="panel" aria-labelledby="ask-title">
            <h2 id="ask-title">{tr!("ask-title")}</h2>
            <textarea
                data-testid="question"
                rows="3"
                placeholder=move || if follow_up() { tr!("ask-placeholder-follow-up") } else { tr!("ask-placeholder-first") }
                aria-label=tr!("ask-question-label")
                prop:value=move || state.question.get()
                on:input=move |ev| state.question.set(event_target_value(&ev))
                on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                    if ev.key() == "Enter" && (ev.ctrl_key() || ev.meta_key()) {
                        ev.prevent_default();
                        run();
                    }
                }
            ></textarea>
            <div class="row">
                <label class="inline">
                    {tr!("ask-protocol")}
                    " "
                    <select
                        data-testid="protocol"
                        prop:value=move || protocol_choice::value(choice())
                        on:change=move |ev| {
                            let choice = protocol_choice::from_value(&event_target_value(&ev));
                            state.settings.update(|s| s.protocol = choice);
                        }
                    >
                        {[None]
                            .into_iter()
                            .chain(Protocol::ASKABLE.map(Some))
                            .map(|c| {
                                view! { <option value=protocol_choice::value(c)>{protocol_choice::label(c)}</option> }
                            })
                            .collect_view()}
                    </select>
                </label>
                <button class="primary" data-testid="run" disabled=move || !can_run() on:click=move |_| run()>
                    {tr!("ask-run")}
                </button>
                <button class="secondary" data-testid="cancel" disabled=move || !running() on:click=cancel>
                    {tr!("ask-cancel")}
                </button>
                <button
                    class="secondary"
                    data-testid="conversation-new"
                    title=tr!("ask-new-conversation-title")
                    disabled=move || running() || !follow_up()
                    on:click=move |_| state.new_conversation()
                >
                    {tr!("ask-new-conversation")}
                </button>
                <span class=move || format!("status status-{}", view_state.with(|v| v.status.label())) role="status">
                    <span class="visually-hidden">{format!("{} ", tr!("ask-status"))}</span>
                    <span data-testid="run-status">{move || labels::run_status(view_state.with(|v| v.status))}</span>
                </span>
            </div>
            {
                // The keys sit where the language puts them in the sentence.
                let (before, after) = around_slot(tr!("ask-shortcut", keys = SLOT));
                view! {
                    <p class="muted">
                        {move || protocol_choice::explanation(choice())} " " {before} <kbd>{tr!("ask-key-ctrl")}</kbd>"+"
                        <kbd>{tr!("ask-key-enter")}</kbd>{after}
                    </p>
                }
            }
            <Show when=move || state.sinks.chosen.with(Option::is_some)>
                <p class="muted">{move || state.sinks.chosen.get().map(protocol_choice::reason)}</p>
            </Show>
        </section>
    }
}

/// Stands for the keys in the shortcut's sentence.
const SLOT: &str = "\u{E000}";

/// A message with [`SLOT`] in it, as the text before and after the slot.
fn around_slot(message: String) -> (String, String) {
    match message.split_once(SLOT) {
        Some((before, after)) => (before.to_string(), after.to_string()),
        None => (message, String::new()),
    }
}
