//! The answer, rendered as sanitized markdown, with the local citations
//! beside it (they never go to the cloud unless allowed).

use leptos::prelude::*;

use crate::web::app::AppState;
use crate::web::markdown;

#[component]
pub fn AnswerPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let view_state = state.sinks.view;
    let cited = move || {
        state
            .sinks
            .findings
            .with(|findings| findings.iter().filter(|f| f.answer.is_some()).cloned().collect::<Vec<_>>())
    };
    view! {
        <section class="panel answer" aria-labelledby="answer-title">
            <h2 id="answer-title">"Answer"</h2>
            <Show
                when=move || view_state.with(|v| v.answer.is_some())
                fallback=move || view! {
                    <p class="muted">{move || if view_state.with(|v| v.error.is_none()) { "The answer appears here." } else { "" }}</p>
                }
            >
                <div class="markdown" data-testid="final-answer" aria-live="polite" inner_html=move || view_state.with(|v| markdown::render(v.answer.as_deref().unwrap_or("")))></div>
            </Show>
            <Show when=move || view_state.with(|v| v.error.is_some())>
                <p class="error-line" data-testid="error" role="alert">{move || view_state.with(|v| v.error.clone().unwrap_or_default())}</p>
            </Show>
            <Show when=move || !cited().is_empty()>
                <details class="citations" open>
                    <summary>"Where the local model found it (stays on this device)"</summary>
                    <ul>
                        <For each=cited key=|f| (f.job, f.chunk, f.pages.clone()) let(finding)>
                            <li>
                                <strong>{finding.document.clone()}</strong>" "{finding.pages.clone()}": "
                                {finding.answer.clone().unwrap_or_default()}
                                {finding.citation.clone().map(|c| view! { <blockquote>{c}</blockquote> })}
                                {
                                    let chunk = state.documents.with(|docs| {
                                        docs.iter()
                                            .find(|d| d.document.name == finding.document)
                                            .and_then(|d| d.document.text.get(finding.span.clone()).map(str::to_string))
                                    });
                                    chunk.map(|text| view! {
                                        <details class="chunk">
                                            <summary>"Open the passage it was read from"</summary>
                                            <pre class="preview">{text}</pre>
                                        </details>
                                    })
                                }
                            </li>
                        </For>
                    </ul>
                </details>
            </Show>
        </section>
    }
}
