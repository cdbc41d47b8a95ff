//! The dialog that asks before documents go to a worker that is not on this
//! device (see [`crate::web::consent`]).

use leptos::prelude::*;

use crate::web::app::AppState;
use crate::web::consent::answer;

#[component]
pub fn ConsentDialog() -> impl IntoView {
    let state = expect_context::<AppState>();
    let remember = RwSignal::new(false);
    let hosts = move || state.consent.get().unwrap_or_default().join(", ");
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
                    <h2 id="consent-title">"Send your documents to another machine?"</h2>
                    <p id="consent-text">
                        "The local model at " <strong>{hosts}</strong>
                        " is not on this device. To answer, it receives the text of your documents: whoever runs that server can read and keep them. Nothing has been sent yet."
                    </p>
                    <label class="check">
                        <input
                            type="checkbox"
                            data-testid="worker-consent-remember"
                            prop:checked=move || remember.get()
                            on:change=move |ev| remember.set(event_target_checked(&ev))
                        />
                        "Don't ask again for this address"
                    </label>
                    <div class="buttons">
                        <button
                            data-testid="worker-consent-confirm"
                            on:click=move |_| {
                                answer(state, true, remember.get_untracked());
                                remember.set(false);
                            }
                        >
                            "Send them there"
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
                            "Keep them here"
                        </button>
                    </div>
            </dialog>
        </Show>
    }
}
