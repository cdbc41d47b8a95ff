//! What the run cost next to sending the documents to the cloud, in numbers
//! and as a bar chart.

use leptos::prelude::*;

use crate::web::app::AppState;
use minions_engine::prompts::thousands;

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
            Some(c) => match c.savings_ratio {
                Some(ratio) if ratio >= 1.0 => format!("{ratio:.0}× cheaper than sending the documents; {} tokens stayed on this device.", thousands(c.tokens_kept_local as usize)),
                Some(ratio) => format!(
                    "These documents are so short that sending them to the cloud would have cost {:.1}× less; {} tokens stayed on this device.",
                    1.0 / ratio.max(1e-9),
                    thousands(c.tokens_kept_local as usize)
                ),
                None => format!("Nothing was sent to the cloud; {} tokens stayed on this device.", thousands(c.tokens_kept_local as usize)),
            },
            None => String::new(),
        })
    };
    let dollars = move || {
        cost.with(|c| {
            c.as_ref()
                .map(|c| match (c.cloud_dollars, c.cloud_only_dollars) {
                    (Some(run), Some(only)) => {
                        format!("${run:.4} for this run; ${only:.4} to send everything to the cloud.")
                    }
                    _ => "No price is known for this model; compare tokens.".to_string(),
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
            <h2 id="cost-title">"Cost"</h2>
            <dl class="figures">
                <dt>"Cloud tokens, this run"</dt>
                <dd data-testid="cost-cloud-tokens">{move || cloud_tokens().to_string()}</dd>
                <dt>"Cloud tokens, cloud only (estimate)"</dt>
                <dd data-testid="cost-cloud-only-tokens">{move || cloud_only_tokens().to_string()}</dd>
                <dt>"Local tokens"</dt>
                <dd>{move || view_state.with(|v| (v.local_prompt_tokens + v.local_completion_tokens).to_string())}</dd>
                <dt>"Local prompt tokens read"</dt>
                <dd data-testid="cost-local-read">
                    {move || view_state.with(|v| match v.local_cached_tokens {
                        0 => thousands(v.local_prompt_tokens as usize),
                        cached => format!("{} ({} from the server's cache)", thousands(v.local_prompt_tokens as usize), thousands(cached as usize)),
                    })}
                </dd>
                <dt>"Local model time"</dt>
                <dd>{move || view_state.with(|v| format!("{:.1} s", v.local_call_ms / 1000.0))}</dd>
            </dl>
            <p data-testid="cost-ratio">{ratio_text}</p>
            <p class="muted">{dollars}</p>
            <svg class="bars" width="100%" height="52" role="img" aria-label="Cloud tokens: this run against cloud only">
                <rect class="bar run" x="0" y="4" height="18" width=move || bar(cloud_tokens())></rect>
                <text x="4" y="17">"this run"</text>
                <rect class="bar only" x="0" y="28" height="18" width=move || bar(cloud_only_tokens())></rect>
                <text x="4" y="41">"cloud only"</text>
            </svg>
        </section>
    }
}
