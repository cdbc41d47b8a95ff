//! Asking before documents go to a worker that is not on this device. A run
//! (or an evaluation) whose workers include one elsewhere that the user has
//! not said yes to waits here for the dialog's answer; a yes can be kept for
//! those addresses. Under "Documents never leave this device" nothing is
//! asked: the engine refuses such a worker with a sentence.

use std::cell::RefCell;

use futures::channel::oneshot;
use leptos::prelude::*;

use minions_engine::config::Protocol;

use super::app::AppState;
use super::settings::Settings;
use crate::tr;

thread_local! {
    /// Where the dialog's answer goes.
    static ANSWER: RefCell<Option<oneshot::Sender<bool>>> = const { RefCell::new(None) };
}

/// The dialog's answer: send or not, and whether to keep the yes.
pub fn answer(state: AppState, send: bool, remember: bool) {
    let hosts = state.consent.get_untracked().unwrap_or_default();
    if send && remember {
        state.settings.update(|s| {
            for host in &hosts {
                if !s.worker_consents.iter().any(|h| h.eq_ignore_ascii_case(host)) {
                    s.worker_consents.push(host.clone());
                }
            }
        });
    }
    state.consent.set(None);
    if let Some(sender) = ANSWER.with(|slot| slot.borrow_mut().take()) {
        let _ = sender.send(send);
    }
}

/// Asks, when `protocol`'s workers need it, whether the documents may go to
/// them; a yes is added to `settings` for this run. `false` means: do not run.
pub async fn confirm_workers(state: AppState, settings: &mut Settings, protocol: Protocol) -> bool {
    let hosts = settings.hosts_needing_consent(protocol);
    if hosts.is_empty() || settings.documents_never_leave || protocol == Protocol::Cloud {
        return true;
    }
    let (sender, receiver) = oneshot::channel();
    // A dialog left open by an earlier run counts as a no for that run.
    if let Some(earlier) = ANSWER.with(|slot| slot.borrow_mut().replace(sender)) {
        let _ = earlier.send(false);
    }
    state.consent.set(Some(hosts.clone()));
    let send = receiver.await.unwrap_or(false);
    if send {
        settings.worker_consents.extend(hosts);
    }
    send
}

/// What the page says when the user keeps the documents here.
pub fn declined(hosts: &[String]) -> String {
    tr!("run-consent-declined", hosts = hosts.join(", "))
}
