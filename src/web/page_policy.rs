//! The page's own connect policy in the browser: set once at start-up from
//! the saved settings (see [`minions_providers::connect_policy`]), consulted
//! before every check and run, and the reload that applies a new address.

use std::cell::RefCell;

use wasm_bindgen::JsCast;

use minions_providers::connect_policy::{is_unwritable, origin_of, ConnectPolicy};

use super::settings::Settings;
use super::storage;

thread_local! {
    static ACTIVE: RefCell<ConnectPolicy> = RefCell::new(ConnectPolicy::default());
}

/// Adds `<meta http-equiv="Content-Security-Policy">` naming only loopback
/// and the configured servers. It must run before the first request: the
/// browser enforces it, together with the built page's wider policy, for the
/// life of the page.
pub fn install(settings: &Settings) {
    let policy = ConnectPolicy::allowing(settings.server_urls());
    let meta = web_sys::window().and_then(|w| w.document()).and_then(|doc| {
        let meta = doc.create_element("meta").ok()?.dyn_into::<web_sys::HtmlMetaElement>().ok()?;
        meta.set_http_equiv("Content-Security-Policy");
        meta.set_content(&policy.directive());
        meta.set_attribute("data-testid", "connect-policy").ok()?;
        doc.head()?.append_child(&meta).ok()
    });
    if meta.is_some() {
        ACTIVE.with(|active| *active.borrow_mut() = policy);
    }
}

/// The origin of the first configured server this page load may not reach.
pub fn refused_origin(urls: &[&str]) -> Option<String> {
    let origin = crate::web::page_origin();
    ACTIVE.with(|active| active.borrow().first_refused(&origin, urls.iter().copied()).and_then(origin_of))
}

/// What a run or check says when a server is outside this page load's policy.
fn refused_sentence(origin: &str) -> String {
    crate::tr!("errors-policy-new-origin", origin = origin)
}

/// Why a run cannot start under this page load's policy: it talks to the
/// worker and, unless `local_only`, to the supervisor.
pub fn run_refusal(settings: &Settings, local_only: bool) -> Option<String> {
    let urls = settings.server_urls();
    let servers = if local_only { &urls[..1] } else { &urls[..] };
    if let Some(url) = servers.iter().find(|url| is_unwritable(url)) {
        return Some(crate::tr!("errors-policy-unwritable", url = url.trim()));
    }
    refused_origin(servers).map(|origin| refused_sentence(&origin))
}

/// Saves the settings (the key only if remembered) and reloads, so that the
/// next page load names the new addresses.
pub fn apply_and_reload(settings: &Settings) {
    storage::save_settings(settings);
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}
