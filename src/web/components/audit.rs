//! "What left this device": one entry per cloud request, with its time,
//! host, size, how much document text it held, and the exact body.

use leptos::prelude::*;

use crate::web::app::AppState;

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
                            <pre data-testid="audit-body">{entry.body.clone()}</pre>
                        </details>
                    </li>
                </For>
            </ol>
        </section>
    }
}
