//! The run as it happens: the supervisor and worker lanes with text
//! streaming in, notices, and for MinionS the job grid with its progress and
//! a timeline of the jobs.

use leptos::prelude::*;

use super::{around_slot, SLOT};
use crate::tr;
use crate::web::app::AppState;
use crate::web::i18n::{format, labels, Arg};
use crate::web::state::JobView;
use minions_engine::events::{JobState, Lane};

fn state_name(state: JobState) -> &'static str {
    match state {
        JobState::Pending => "pending",
        JobState::Running => "running",
        JobState::Answered => "answered",
        JobState::Abstained => "abstained",
        JobState::Failed => "failed",
        JobState::Reused => "reused",
    }
}

#[component]
pub fn RunPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let view_state = state.sinks.view;
    let has_jobs = move || view_state.with(|v| !v.jobs.is_empty());
    let progress = move || view_state.with(|v| v.progress());

    view! {
        <section class="panel" aria-labelledby="run-title">
            <h2 id="run-title">
                {tr!("run-title")}
                " "
                <span class="muted">
                    {move || {
                    view_state.with(|v| match (v.protocol, v.rounds) {
                        (None, _) => String::new(),
                        (Some(protocol), 0) => labels::protocol(protocol),
                        (Some(protocol), rounds) => {
                            tr!("run-title-round", protocol = labels::protocol(protocol), round = v.round, rounds = rounds)
                        }
                    })
                }}
                </span>
            </h2>
            <p class="muted">
                {move || view_state.with(|v| {
                    if v.started_ms.is_none() {
                        return String::new();
                    }
                    let seconds = format::number(v.elapsed_s(), Some(1));
                    match v.local_tokens_per_s() {
                        Some(t) => tr!("run-elapsed-speed", seconds = seconds, rate = format::number(t, Some(0))),
                        None => tr!("run-elapsed", seconds = seconds),
                    }
                })}
            </p>
            <Show when=move || view_state.with(|v| v.earlier_turns > 0)>
                <p class="muted" data-testid="run-follow-up">{move || view_state.with(|v| {
                    let reused = v.jobs.iter().filter(|j| j.state == minions_engine::events::JobState::Reused).count();
                    let mut text = tr!("run-follow-up", count = v.earlier_turns);
                    if reused > 0 {
                        text.push(' ');
                        text.push_str(&tr!("run-follow-up-reused", reused = reused, count = v.jobs.len()));
                    }
                    if let Some(messages) = v.worker_chat_continued {
                        text.push(' ');
                        text.push_str(&tr!("run-follow-up-chat", count = messages));
                    }
                    text
                })}</p>
            </Show>
            <Show when=move || view_state.with(|v| !v.endpoints.is_empty())>
                <table class="endpoints" data-testid="pool-table">
                    <caption>{tr!("run-pool-caption")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr!("run-pool-address")}</th>
                            <th scope="col">{tr!("run-pool-calls")}</th>
                            <th scope="col">{tr!("run-pool-rate")}</th>
                            <th scope="col">{tr!("run-pool-failures")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        <For each=move || view_state.with(|v| v.endpoints.clone()) key=|e| (e.host.clone(), e.calls, e.failures, e.dropped.is_some()) let(endpoint)>
                            <tr data-testid="pool-member" data-host=endpoint.host.clone() data-calls=endpoint.calls.to_string()>
                                <th scope="row">{endpoint.host.clone()}</th>
                                <td>{endpoint.calls}</td>
                                <td>{endpoint.tokens_per_s().map(|t| format::number(t, Some(0))).unwrap_or_else(|| "–".into())}</td>
                                <td>{if endpoint.dropped.is_some() { tr!("run-pool-left", failures = endpoint.failures) } else { endpoint.failures.to_string() }}</td>
                            </tr>
                        </For>
                    </tbody>
                </table>
            </Show>
            <Show when=move || view_state.with(|v| v.queueing.is_some())>
                <div class="notice" role="status">
                    <p>{move || view_state.with(|v| v.queueing.map(|(c, r)| tr!("run-queueing", count = c, ratio = Arg::fixed(r, 1))).unwrap_or_default())}</p>
                    <ul>
                        {move || view_state.with(|v| {
                            let slots = v.queueing.map_or(1, |(c, _)| u32::try_from(c).unwrap_or(u32::MAX));
                            crate::web::doctor_text::parallel_steps(slots).into_iter().map(|step| view! { <li>{step}</li> }).collect_view()
                        })}
                    </ul>
                </div>
            </Show>
            <Show when=move || view_state.with(|v| v.pending_review.is_some())>
                {
                    let (before, after) = around_slot(&tr!("run-review-pending", link = SLOT));
                    view! {
                        <p class="notice" role="status">
                            {before}
                            <a href="#audit-title">{tr!("run-audit-title")}</a>
                            {after}
                        </p>
                    }
                }
            </Show>
            <ul class="notices">
                <For each=move || view_state.with(|v| v.plan_changes.clone().into_iter().enumerate().collect::<Vec<_>>()) key=|(i, _)| *i let((_, change))>
                    <li class="notice" data-testid="plan-change">{tr!("run-plan-changed", change = change)}</li>
                </For>
                <For each=move || view_state.with(|v| v.notices.clone().into_iter().enumerate().collect::<Vec<_>>()) key=|(i, _)| *i let((_, notice))>
                    <li class="notice">{notice}</li>
                </For>
            </ul>
            <div class="transcript" data-testid="transcript" aria-live="polite">
                <For each=move || view_state.with(|v| v.messages.clone()) key=|m| m.id let(message)>
                    {
                        let (class, testid, who) = match (message.lane, message.reasoning) {
                            (Lane::Supervisor, true) => ("msg supervisor reasoning", "msg-reasoning", tr!("run-who-reasoning")),
                            (Lane::Supervisor, false) => ("msg supervisor", "msg-supervisor", tr!("run-who-cloud")),
                            (Lane::Worker, _) => ("msg worker", "msg-worker", tr!("run-who-local")),
                        };
                        let shielded = message.shielded_from.is_some().then(|| format!(" · {}", tr!("run-msg-shielded")));
                        view! {
                            <div class=class data-testid=testid>
                                <span class="who">
                                    {tr!("run-msg-who", who = who, round = message.round)}
                                    {shielded}
                                </span>
                                <p>{message.text}</p>
                                {message.shielded_from.map(|original| view! {
                                    <details>
                                        <summary>{tr!("run-msg-before-shield")}</summary>
                                        <p data-testid="msg-shield-original">{original}</p>
                                    </details>
                                })}
                            </div>
                        }
                    }
                </For>
                <For each=move || view_state.with(|v| v.live.clone()) key=|l| (l.call, l.text.len()) let(live)>
                    <div class=match live.lane { Lane::Supervisor => "msg supervisor live", Lane::Worker => "msg worker live" }>
                        <span class="who">{live.label}" …"</span>
                        <p>{live.text}</p>
                    </div>
                </For>
            </div>
            <Show when=has_jobs>
                <div class="jobs">
                    <div class="progress-row">
                        <progress max=move || progress().1 value=move || progress().0></progress>
                        <span data-testid="job-progress">{move || { let (done, total) = progress(); format!("{done}/{total}") }}</span>
                        <span class="muted">{format!(" {}", tr!("run-jobs-done"))}</span>
                    </div>
                    <div class="job-grid" role="list">
                        <For each=move || view_state.with(|v| v.jobs.clone()) key=|j| (j.job, state_name(j.state)) let(job)>
                            <JobCell job=job />
                        </For>
                    </div>
                    <JobTimeline />
                </div>
            </Show>
        </section>
    }
}

#[component]
fn JobCell(job: JobView) -> impl IntoView {
    let name = state_name(job.state);
    let pages = crate::web::load_messages::page_range(job.pages);
    let mut title = tr!("run-job-title", job = job.job, task = &job.task_id, document = &job.document, pages = pages);
    if let Some(error) = &job.error {
        title.push_str(&format!(" · {error}"));
    }
    view! { <span class=format!("job-cell {name}") data-testid="job-cell" data-state=name title=title.clone() aria-label=title role="listitem"></span> }
}

/// One bar per job on its start and duration, as SVG.
#[component]
fn JobTimeline() -> impl IntoView {
    let state = expect_context::<AppState>();
    let view_state = state.sinks.view;
    let bars = move || {
        view_state.with(|v| {
            let timed: Vec<(usize, f64, f64, &'static str)> = v
                .jobs
                .iter()
                .filter_map(|j| Some((j.job, j.started_ms?, j.elapsed_ms.unwrap_or(0.0), state_name(j.state))))
                .collect();
            let start = timed.iter().map(|t| t.1).fold(f64::MAX, f64::min);
            let end = timed.iter().map(|t| t.1 + t.2).fold(0.0, f64::max);
            let span = (end - start).max(1.0);
            timed
                .into_iter()
                .enumerate()
                .map(|(row, (job, at, took, name))| {
                    let x = (at - start) / span * 100.0;
                    let width = (took / span * 100.0).max(0.5);
                    view! {
                        <rect class=format!("bar {name}") x=format!("{x:.2}%") y=row * 6 width=format!("{width:.2}%") height="5">
                            <title>{tr!("run-timeline-job", job = job, seconds = format::number(took / 1000.0, Some(1)))}</title>
                        </rect>
                    }
                })
                .collect_view()
        })
    };
    let height = move || view_state.with(|v| v.jobs.iter().filter(|j| j.started_ms.is_some()).count() * 6).max(6);
    view! {
        <figure class="timeline">
            <figcaption class="muted">{tr!("run-timeline-caption")}</figcaption>
            <svg width="100%" height=height role="img" aria-label=tr!("run-timeline-label")>{bars}</svg>
        </figure>
    }
}
