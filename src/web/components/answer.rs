//! The answer, rendered as sanitized markdown, with the local citations
//! beside it (they never go to the cloud unless allowed).

use leptos::prelude::*;

use crate::tr;
use crate::web::app::AppState;
use crate::web::load_messages;
use crate::web::rendered;

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
            <h2 id="answer-title">{tr!("ask-answer-title")}</h2>
            <Show
                when=move || view_state.with(|v| v.answer.is_some())
                fallback=move || view! {
                    <p class="muted">{move || if view_state.with(|v| v.error.is_none()) { tr!("ask-answer-placeholder") } else { String::new() }}</p>
                }
            >
                {
                    let html = rendered::html(move || view_state.with(|v| v.answer.clone().unwrap_or_default()));
                    view! {
                        <div class="markdown" data-testid="final-answer" aria-live="polite" data-rendered=move || html().1.to_string() inner_html=move || html().0></div>
                    }
                }
            </Show>
            <Show when=move || view_state.with(|v| v.error.is_some())>
                <p class="error-line" data-testid="error" role="alert">{move || view_state.with(|v| v.error.clone().unwrap_or_default())}</p>
            </Show>
            <Show when=move || !cited().is_empty()>
                <details class="citations" open>
                    <summary>{tr!("ask-answer-citations")}</summary>
                    <ul>
                        <For each=cited key=|f| (f.job, f.chunk, f.pages) let(finding)>
                            <li>
                                <strong>{finding.document.clone()}</strong>" "{load_messages::page_range(finding.pages)}": "
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
                                            <summary>{tr!("ask-answer-passage")}</summary>
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
