//! The evaluation's results: the summary per protocol, the cost–accuracy
//! plot and per-question bars, one row per question and protocol with a
//! link to its run, and the exports. The markup comes from the pure
//! `web::eval_tables` and `web::eval_plot`; this panel places it and opens
//! the run behind a row.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::tr;
use crate::web::app::AppState;
use crate::web::eval_plot::{cost_accuracy_svg, question_bars_svg};
use crate::web::eval_tables::{rows_table, summary_table};
use crate::web::storage;
use minions_engine::eval::results::{summarize, to_csv};

/// The run behind the "open run" button that was clicked, if any.
fn clicked_run(ev: &leptos::ev::MouseEvent) -> Option<String> {
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    target.closest("[data-run]").ok()??.get_attribute("data-run")
}

#[component]
pub fn EvalResults() -> impl IntoView {
    let state = expect_context::<AppState>();
    let evaluation = state.evaluation;
    let has_rows = move || evaluation.with(|e| !e.rows.is_empty());
    let open_run = move |ev: leptos::ev::MouseEvent| {
        let Some(id) = clicked_run(&ev) else { return };
        if let Some(entry) = state.sinks.history.with_untracked(|h| h.iter().find(|e| e.id == id).cloned()) {
            state.show_run(&entry);
        }
    };
    let pictures = move || {
        evaluation.with(|e| {
            let ids: Vec<String> = e.questions.iter().map(|q| q.id.clone()).collect();
            cost_accuracy_svg(&summarize(&e.rows)) + &question_bars_svg(&ids, &e.rows)
        })
    };
    view! {
        <Show when=has_rows>
            <h3>{tr!("evaluation-results")}</h3>
            <div inner_html=move || evaluation.with(|e| summary_table(&e.rows))></div>
            <div class="eval-pictures" inner_html=pictures></div>
            <p class="muted caption">{tr!("evaluation-pictures-caption")}</p>
            <div class="row">
                <button class="secondary" data-testid="eval-export" on:click=move |_| storage::download("evaluation.json", "application/json", &evaluation.with_untracked(|e| e.to_export_json()))>
                    {tr!("evaluation-export-json")}
                </button>
                <button class="secondary" data-testid="eval-export-csv" on:click=move |_| storage::download("evaluation.csv", "text/csv", &evaluation.with_untracked(|e| to_csv(&e.rows_in_order())))>
                    {tr!("evaluation-export-csv")}
                </button>
            </div>
            <div class="table-scroll" on:click=open_run inner_html=move || {
                let history = state.sinks.history;
                evaluation.with(|e| history.with(|runs| rows_table(e, &|id| runs.iter().any(|r| r.id == id))))
            }></div>
        </Show>
    }
}
