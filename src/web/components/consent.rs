//! The dialog that asks before documents go to a worker that is not on this
//! device (see [`crate::web::consent`]).

use leptos::prelude::*;

use super::{around_slot, SLOT};
use crate::tr;
use crate::web::app::AppState;
use crate::web::consent::answer;

#[component]
pub fn ConsentDialog() -> impl IntoView {
    let state = expect_context::<AppState>();
    let remember = RwSignal::new(false);
    let hosts = move || state.consent.get().unwrap_or_default().join(", ");
    let (before, after) = around_slot(&tr!("run-consent-text", hosts = SLOT));
    view! {
        <Show when=move || state.consent.with(Option::is_some)>
            // static/dialogs.js opens it as a modal; Escape presses "Keep them here".
            <dialog
                class="modal"
                role="alertdialog"
                aria-labelledby="consent-title"
                aria-describedby="consent-text"
                data-testid="worker-consent"
            >
                    <h2 id="consent-title">{tr!("run-consent-title")}</h2>
                    <p id="consent-text">
                        {before.clone()} <strong>{hosts}</strong> {after.clone()}
                    </p>
                    <label class="check">
                        <input
                            type="checkbox"
                            data-testid="worker-consent-remember"
                            prop:checked=move || remember.get()
                            on:change=move |ev| remember.set(event_target_checked(&ev))
                        />
                        {tr!("run-consent-remember")}
                    </label>
                    <div class="buttons">
                        <button
                            data-testid="worker-consent-confirm"
                            on:click=move |_| {
                                answer(state, true, remember.get_untracked());
                                remember.set(false);
                            }
                        >
                            {tr!("run-consent-send")}
                        </button>
                        <button
                            class="secondary"
                            data-testid="worker-consent-cancel"
                            data-dismiss=""
                            autofocus=true
                            on:click=move |_| {
                                answer(state, false, false);
                                remember.set(false);
                            }
                        >
                            {tr!("run-consent-keep")}
                        </button>
                    </div>
            </dialog>
        </Show>
    }
}
