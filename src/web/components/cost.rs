//! What the run cost next to sending the documents to the cloud, in numbers
//! and as a bar chart.

use leptos::prelude::*;

use crate::tr;
use crate::web::app::AppState;
use crate::web::i18n::{format, Arg};

#[component]
pub fn CostPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let view_state = state.sinks.view;
    let cost = state.sinks.cost;
    let cloud_tokens = move || view_state.with(|v| v.cloud_prompt_tokens + v.cloud_completion_tokens);
    let cloud_only_tokens = move || {
        cost.with(|c| c.as_ref().map(|c| c.cloud_only_prompt_tokens + c.cloud_only_completion_tokens).unwrap_or(0))
    };
    let ratio_text = move || {
        cost.with(|c| match c {
            Some(c) => {
                let tokens = format::count(c.tokens_kept_local as f64);
                match c.savings_ratio {
                    Some(ratio) if ratio >= 1.0 => {
                        tr!("run-cost-cheaper", ratio = Arg::fixed(ratio, 0), tokens = tokens)
                    }
                    Some(ratio) => {
                        tr!("run-cost-dearer", ratio = Arg::fixed(1.0 / ratio.max(1e-9), 1), tokens = tokens)
                    }
                    None => tr!("run-cost-nothing-sent", tokens = tokens),
                }
            }
            None => String::new(),
        })
    };
    let dollars = move || {
        cost.with(|c| {
            c.as_ref()
                .map(|c| match (c.cloud_dollars, c.cloud_only_dollars) {
                    (Some(run), Some(only)) => {
                        tr!("run-cost-dollars", run = format::money(run, 4), only = format::money(only, 4))
                    }
                    _ => tr!("run-cost-no-price"),
                })
                .unwrap_or_default()
        })
    };
    let bar = move |value: u64| {
        let max = cloud_tokens().max(cloud_only_tokens()).max(1) as f64;
        format!("{:.1}%", value as f64 / max * 100.0)
    };
    view! {
        <section class="panel" aria-labelledby="cost-title">
            <h2 id="cost-title">{tr!("run-cost-title")}</h2>
            <dl class="figures">
                <dt>{tr!("run-cost-cloud-tokens")}</dt>
                <dd data-testid="cost-cloud-tokens">{move || cloud_tokens().to_string()}</dd>
                <dt>{tr!("run-cost-cloud-only-tokens")}</dt>
                <dd data-testid="cost-cloud-only-tokens">{move || cloud_only_tokens().to_string()}</dd>
                <dt>{tr!("run-cost-local-tokens")}</dt>
                <dd>{move || view_state.with(|v| (v.local_prompt_tokens + v.local_completion_tokens).to_string())}</dd>
                <dt>{tr!("run-cost-local-read")}</dt>
                <dd data-testid="cost-local-read">
                    {move || view_state.with(|v| match v.local_cached_tokens {
                        0 => format::count(v.local_prompt_tokens as f64),
                        cached => tr!(
                            "run-cost-local-cached",
                            read = format::count(v.local_prompt_tokens as f64),
                            cached = format::count(cached as f64)
                        ),
                    })}
                </dd>
                <dt>{tr!("run-cost-local-time")}</dt>
                <dd>{move || view_state.with(|v| tr!("run-seconds", seconds = format::number(v.local_call_ms / 1000.0, Some(1))))}</dd>
            </dl>
            <p data-testid="cost-ratio">{ratio_text}</p>
            <p class="muted">{dollars}</p>
            <svg class="bars" width="100%" height="52" role="img" aria-label=tr!("run-cost-bars-label")>
                <rect class="bar run" x="0" y="4" height="18" width=move || bar(cloud_tokens())></rect>
                <text x="4" y="17">{tr!("run-cost-bar-run")}</text>
                <rect class="bar only" x="0" y="28" height="18" width=move || bar(cloud_only_tokens())></rect>
                <text x="4" y="41">{tr!("run-cost-bar-cloud-only")}</text>
            </svg>
        </section>
    }
}
