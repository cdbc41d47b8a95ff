//! The conversation so far: one entry per question asked, in order, each
//! with its status, answer and cloud tokens, and a button that shows its
//! transcript, cost and audit in the panels below (the latest turn is shown
//! there by default).

use leptos::prelude::*;

use crate::tr;
use crate::web::app::AppState;
use crate::web::i18n::{format, labels};
use crate::web::rendered;

#[component]
pub fn ConversationPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let conversation = state.conversation;
    let view_state = state.sinks.view;
    let shown = move || !conversation.with(|c| c.is_empty());
    let totals = move || {
        conversation.with(|c| {
            let cost = c.cost();
            let (count, tokens, cloud_only) = (cost.turns, cost.cloud_tokens, cost.cloud_only_tokens);
            match (cost.dollars, cost.cloud_only_dollars) {
                (Some(run), Some(only)) => {
                    let (dollars, cloud_only_dollars) = (format::money(run, 4), format::money(only, 4));
                    tr!(
                        "ask-conversation-totals-priced",
                        count = count,
                        tokens = tokens,
                        cloud_only = cloud_only,
                        dollars = dollars,
                        cloud_only_dollars = cloud_only_dollars
                    )
                }
                _ => tr!("ask-conversation-totals", count = count, tokens = tokens, cloud_only = cloud_only),
            }
        })
    };
    view! {
        <Show when=shown>
            <section class="panel conversation" aria-labelledby="conversation-title">
                <h2 id="conversation-title">{tr!("ask-conversation-title")}</h2>
                <ol class="turns">
                    <For
                        each=move || conversation.with(|c| c.turns.iter().cloned().enumerate().collect::<Vec<_>>())
                        key=|(_, turn)| turn.id.clone()
                        let((index, turn))
                    >
                        {
                            let shown_turn = turn.clone();
                            let source = match (&turn.view.answer, &turn.view.error) {
                                (Some(answer), _) => answer.clone(),
                                (None, Some(error)) => format!("*{}* {}", tr!("ask-turn-failed"), error),
                                (None, None) => format!("*{}*", tr!("ask-turn-no-answer")),
                            };
                            let answer = rendered::html(move || source.clone());
                            let tokens = turn.cost.as_ref().map(|c| c.cloud.prompt_tokens + c.cloud.completion_tokens).unwrap_or(0);
                            view! {
                                <li class="turn" data-testid="turn" data-status=turn.status()>
                                    <p class="turn-question"><strong>{format!("{}. ", index + 1)}</strong>{turn.question.clone()}</p>
                                    <div class="markdown turn-answer" data-testid="turn-answer" data-rendered=move || answer().1.to_string() inner_html=move || answer().0></div>
                                    <p class="muted small row">
                                        {tr!("ask-turn-summary", protocol = labels::protocol(turn.protocol), status = labels::run_status(turn.view.status), tokens = tokens)}
                                        <button class="link" on:click=move |_| state.show_turn(&shown_turn)>
                                            {tr!("ask-turn-show")}
                                        </button>
                                    </p>
                                </li>
                            }
                        }
                    </For>
                    <Show when=move || conversation.with(|c| c.pending.is_some())>
                        <li class="turn" data-testid="turn" data-status=move || view_state.with(|v| v.status.label()) aria-busy="true">
                            <p class="turn-question">
                                <strong>{move || format!("{}. ", conversation.with(|c| c.turns.len() + 1))}</strong>
                                {move || conversation.with(|c| c.pending.clone().unwrap_or_default())}
                            </p>
                            {
                                let answer = rendered::html(move || view_state.with(|v| v.answer.clone().unwrap_or_default()));
                                view! { <div class="markdown turn-answer" data-testid="turn-answer" data-rendered=move || answer().1.to_string() inner_html=move || answer().0></div> }
                            }
                            <p class="muted small">{tr!("ask-turn-working")}</p>
                        </li>
                    </Show>
                </ol>
                <p class="muted small" data-testid="cost-conversation">{totals}</p>
            </section>
        </Show>
    }
}
