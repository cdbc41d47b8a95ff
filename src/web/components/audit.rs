//! "What left this device": one entry per request that left the page (to
//! the cloud, or to a worker that is not on this machine), with its time,
//! host, size, how much document text it held, what the privacy controls
//! changed, and the exact body; the connection checks as metadata; and a
//! request held for approval, with Approve, Edit and Reject.

use leptos::prelude::*;

use crate::tr;
use crate::web::app::AppState;
use crate::web::driver;
use crate::web::i18n::format;
use minions_engine::events::Lane;
use minions_engine::privacy::review::Decision;

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
                <h3>{tr!("run-review-title")}</h3>
                <p>
                    {move || review().map(|r| tr!("run-review-ready", host = &r.host, round = r.round)).unwrap_or_default()}
                </p>
                <Show when=move || !quotes().is_empty()>
                    <p class="warn">{tr!("run-review-quotes")}</p>
                    <ul class="quotes">
                        <For each=numbered_quotes key=|(i, _)| *i let((_, quote))>
                            <li data-testid="review-quote"><mark>{quote}</mark></li>
                        </For>
                    </ul>
                </Show>
                <label>
                    {tr!("run-review-message")}
                    <textarea
                        rows="6"
                        data-testid="review-message"
                        prop:value=move || draft.get()
                        on:input=move |ev| draft.set(event_target_value(&ev))
                    ></textarea>
                </label>
                <details>
                    <summary>{tr!("run-review-body")}</summary>
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
                        {move || if review().is_some_and(|r| r.message != draft.get()) { tr!("run-review-send-edit") } else { tr!("run-review-approve") }}
                    </button>
                    <Show when=move || !quotes().is_empty()>
                        <button class="secondary" data-testid="review-withhold" on:click=move |_| driver::decide(Decision::Withhold)>
                            {tr!("run-review-withhold")}
                        </button>
                    </Show>
                    <button class="secondary danger" data-testid="review-reject" on:click=move |_| driver::decide(Decision::Reject)>
                        {tr!("run-review-reject")}
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
            <h2 id="audit-title">{tr!("run-audit-title")}</h2>
            <p class="muted">
                {move || view_state.with(|v| {
                    let bytes: usize = v.audit.iter().map(|e| e.bytes).sum();
                    let to_workers = v.audit.iter().filter(|e| e.lane == Lane::Worker).count();
                    match (v.audit.len(), to_workers) {
                        (0, _) => tr!("run-audit-nothing"),
                        (all, 0) => tr!("run-audit-summary", count = all, bytes = bytes.to_string()),
                        (all, workers) => {
                            tr!("run-audit-summary-workers", count = all - workers, workers = workers, bytes = bytes.to_string())
                        }
                    }
                })}
            </p>
            <ReviewCard />
            <Show when=move || view_state.with(|v| !v.audit.is_empty())>
                <button
                    class="secondary"
                    data-testid="audit-export"
                    on:click=move |_| {
                        let json = view_state.with(|v| serde_json::to_string_pretty(&v.audit).unwrap_or_default());
                        crate::web::storage::download("left-this-device.json", "application/json", &json);
                    }
                >
                    {tr!("run-audit-export")}
                </button>
            </Show>
            <ol class="audit">
                <For each=move || view_state.with(|v| v.audit.clone()) key=|e| (e.lane, e.sequence) let(entry)>
                    <li data-testid="audit-entry" data-lane=lane_value(entry.lane)>
                        <details>
                            <summary>
                                {tr!(
                                    "run-audit-entry",
                                    lane = lane_label(entry.lane),
                                    number = entry.sequence + 1,
                                    round = entry.round,
                                    host = &entry.host,
                                    bytes = entry.bytes.to_string(),
                                    seconds = format::number(entry.at_ms / 1000.0, Some(1))
                                )}
                                " · "
                                <span class={if entry.verbatim_chars > 0 { "warn" } else { "ok" }}>
                                    {if entry.verbatim_chars > 0 {
                                        tr!("run-audit-verbatim", count = entry.verbatim_chars, chars = entry.verbatim_chars.to_string())
                                    } else {
                                        tr!("run-audit-no-verbatim")
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
                                <p class="who">{tr!("run-audit-reply")}</p>
                                <pre data-testid="audit-reply">{reply}</pre>
                            })}
                        </details>
                    </li>
                </For>
            </ol>
            <Show when=move || state.checks.with(|c| !c.is_empty())>
                <h3>{tr!("run-checks-title")}</h3>
                <p class="muted">{tr!("run-checks-intro")}</p>
                <ol class="audit checks">
                    <For each=move || state.checks.get().into_iter().enumerate() key=|(i, _)| *i let((_, check))>
                        <li data-testid="audit-check">
                            {tr!(
                                "run-check",
                                seconds = format::number(check.at_ms / 1000.0, Some(1)),
                                method = &check.method,
                                host = &check.host,
                                path = &check.path,
                                key = if check.with_key { tr!("run-check-with-key") } else { tr!("run-check-no-key") }
                            )}
                        </li>
                    </For>
                </ol>
            </Show>
        </section>
    }
}

fn lane_value(lane: Lane) -> &'static str {
    match lane {
        Lane::Supervisor => "supervisor",
        Lane::Worker => "worker",
    }
}

fn lane_label(lane: Lane) -> String {
    match lane {
        Lane::Supervisor => tr!("run-audit-lane-cloud"),
        Lane::Worker => tr!("run-audit-lane-local"),
    }
}
