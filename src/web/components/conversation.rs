//! The conversation so far: one entry per question asked, in order, each
//! with its status, answer and cloud tokens, and a button that shows its
//! transcript, cost and audit in the panels below (the latest turn is shown
//! there by default).

use leptos::prelude::*;

use crate::web::app::AppState;
use crate::web::markdown;
use minions_engine::prompts::thousands;

#[component]
pub fn ConversationPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let conversation = state.conversation;
    let view_state = state.sinks.view;
    let shown = move || !conversation.with(|c| c.is_empty());
    let totals = move || {
        conversation.with(|c| {
            let cost = c.cost();
            let dollars = match (cost.dollars, cost.cloud_only_dollars) {
                (Some(run), Some(only)) => format!(" (${run:.4}; ${only:.4} cloud only)"),
                _ => String::new(),
            };
            format!(
                "{} question{}: {} cloud tokens, against about {} to send the documents with each question{dollars}.",
                cost.turns,
                if cost.turns == 1 { "" } else { "s" },
                thousands(cost.cloud_tokens as usize),
                thousands(cost.cloud_only_tokens as usize),
            )
        })
    };
    view! {
        <Show when=shown>
            <section class="panel conversation" aria-labelledby="conversation-title">
                <h2 id="conversation-title">"Conversation"</h2>
                <ol class="turns">
                    <For
                        each=move || conversation.with(|c| c.turns.iter().cloned().enumerate().collect::<Vec<_>>())
                        key=|(_, turn)| turn.id.clone()
                        let((index, turn))
                    >
                        {
                            let shown_turn = turn.clone();
                            let answer = match (&turn.view.answer, &turn.view.error) {
                                (Some(answer), _) => markdown::render(answer),
                                (None, Some(error)) => markdown::render(&format!("*The run failed:* {error}")),
                                (None, None) => markdown::render("*No answer.*"),
                            };
                            let tokens = turn.cost.as_ref().map(|c| c.cloud.prompt_tokens + c.cloud.completion_tokens).unwrap_or(0);
                            view! {
                                <li class="turn" data-testid="turn" data-status=turn.status()>
                                    <p class="turn-question"><strong>{format!("{}. ", index + 1)}</strong>{turn.question.clone()}</p>
                                    <div class="markdown turn-answer" data-testid="turn-answer" inner_html=answer></div>
                                    <p class="muted small row">
                                        {format!("{} · {} · {} cloud tokens", turn.protocol, turn.status(), thousands(tokens as usize))}
                                        <button class="link" on:click=move |_| state.show_turn(&shown_turn)>
                                            "Show its transcript, cost and audit"
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
                            <div class="markdown turn-answer" data-testid="turn-answer" inner_html=move || view_state.with(|v| v.answer.as_deref().map(markdown::render).unwrap_or_default())></div>
                            <p class="muted small">"Working on it: the transcript is below."</p>
                        </li>
                    </Show>
                </ol>
                <p class="muted small" data-testid="cost-conversation">{totals}</p>
            </section>
        </Show>
    }
}
