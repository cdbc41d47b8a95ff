//! "What left this device": one entry per cloud request, with its time,
//! host, size, how much document text it held, what the privacy controls
//! changed, and the exact body; and a request held for approval, with
//! Approve, Edit and Reject.

use leptos::prelude::*;

use crate::engine::privacy::review::Decision;
use crate::web::app::AppState;
use crate::web::driver;

/// A held cloud request: what would leave, and the user's choices.
#[component]
fn ReviewCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let view_state = state.sinks.view;
    let review = move || view_state.with(|v| v.pending_review.clone());
    let draft = RwSignal::new(String::new());
    Effect::new(move |_| {
        if let Some(review) = review() {
            draft.set(review.message);
        }
    });
    let quotes = move || review().map(|r| r.verbatim).unwrap_or_default();
    let numbered_quotes = move || quotes().into_iter().enumerate().collect::<Vec<_>>();
    view! {
        <Show when=move || review().is_some()>
            <div class="review" data-testid="review" role="alert">
                <h3>"Waiting for your approval"</h3>
                <p>
                    {move || review().map(|r| format!("A request to {} (round {}) is ready. Nothing leaves until you decide.", r.host, r.round)).unwrap_or_default()}
                </p>
                <Show when=move || !quotes().is_empty()>
                    <p class="warn">"It repeats these passages of your documents word for word:"</p>
                    <ul class="quotes">
                        <For each=numbered_quotes key=|(i, _)| *i let((_, quote))>
                            <li data-testid="review-quote"><mark>{quote}</mark></li>
                        </For>
                    </ul>
                </Show>
                <label>
                    "The newest message, as it would leave (you may edit it)"
                    <textarea
                        rows="6"
                        data-testid="review-message"
                        prop:value=move || draft.get()
                        on:input=move |ev| draft.set(event_target_value(&ev))
                    ></textarea>
                </label>
                <details>
                    <summary>"The whole request"</summary>
                    <pre data-testid="review-body">{move || review().map(|r| r.body).unwrap_or_default()}</pre>
                </details>
                <div class="buttons">
                    <button
                        data-testid="review-approve"
                        on:click=move |_| {
                            let edited = review().is_some_and(|r| r.message != draft.get_untracked());
                            driver::decide(if edited { Decision::Edit(draft.get_untracked()) } else { Decision::Approve });
                        }
                    >
                        {move || if review().is_some_and(|r| r.message != draft.get()) { "Send my edit" } else { "Approve and send" }}
                    </button>
                    <Show when=move || !quotes().is_empty()>
                        <button class="secondary" data-testid="review-withhold" on:click=move |_| driver::decide(Decision::Withhold)>
                            "Send without the quotes"
                        </button>
                    </Show>
                    <button class="secondary danger" data-testid="review-reject" on:click=move |_| driver::decide(Decision::Reject)>
                        "Reject and stop"
                    </button>
                </div>
            </div>
        </Show>
    }
}

#[component]
pub fn AuditPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let view_state = state.sinks.view;
    view! {
        <section class="panel" aria-labelledby="audit-title">
            <h2 id="audit-title">"What left this device"</h2>
            <p class="muted">
                {move || view_state.with(|v| {
                    let bytes: usize = v.audit.iter().map(|e| e.bytes).sum();
                    if v.audit.is_empty() { "Nothing has been sent to the cloud.".to_string() } else { format!("{} requests, {bytes} bytes in all.", v.audit.len()) }
                })}
            </p>
            <ReviewCard />
            <Show when=move || view_state.with(|v| !v.audit.is_empty())>
                <button
                    class="secondary"
                    data-testid="audit-export"
                    on:click=move |_| {
                        let json = view_state.with(|v| serde_json::to_string_pretty(&v.audit).unwrap_or_default());
                        crate::web::storage::download("sent-to-cloud.json", "application/json", &json);
                    }
                >
                    "Export (JSON)"
                </button>
            </Show>
            <ol class="audit">
                <For each=move || view_state.with(|v| v.audit.clone()) key=|e| e.sequence let(entry)>
                    <li data-testid="audit-entry">
                        <details>
                            <summary>
                                {format!("#{} · round {} · {} · {} bytes · {:.1} s", entry.sequence + 1, entry.round, entry.host, entry.bytes, entry.at_ms / 1000.0)}
                                " · "
                                <span class={if entry.verbatim_chars > 0 { "warn" } else { "ok" }}>
                                    {if entry.verbatim_chars > 0 {
                                        format!("{} characters of document text", entry.verbatim_chars)
                                    } else {
                                        "no document text".to_string()
                                    }}
                                </span>
                            </summary>
                            <ul class="changes">
                                {entry.changes.iter().map(|change| view! {
                                    <li data-testid="audit-change" data-control=format!("{:?}", change.control).to_lowercase()>
                                        {change.detail.clone()}
                                    </li>
                                }).collect_view()}
                            </ul>
                            <pre data-testid="audit-body">{entry.body.clone()}</pre>
                            {entry.reply.clone().map(|reply| view! {
                                <p class="who">"Its reply"</p>
                                <pre data-testid="audit-reply">{reply}</pre>
                            })}
                        </details>
                    </li>
                </For>
            </ol>
        </section>
    }
}
