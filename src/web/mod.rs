//! The page. [`state`] (the view folded from engine events), [`settings`]
//! and [`markdown`] are pure and host-tested; the Leptos components and the
//! driver that runs the engine in the browser compile for wasm32 only.
//!
//! **Architecture invariant:** components make no protocol decisions; they
//! read `RunView` and `Settings` and call the driver.

pub mod conversation;
pub mod doctor_text;
pub mod engine_messages;
pub mod error_text;
pub mod eval_plot;
pub mod eval_tables;
pub mod eval_text;
pub mod evaluation;
pub mod history;
pub mod i18n;
pub mod load_messages;
pub mod markdown;
pub mod markup;
pub mod parts;
pub mod sample;
pub mod settings;
pub mod state;
pub mod tab_model;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod components;
#[cfg(target_arch = "wasm32")]
mod consent;
#[cfg(target_arch = "wasm32")]
pub mod driver;
#[cfg(target_arch = "wasm32")]
mod engine_host;
#[cfg(target_arch = "wasm32")]
mod eval_driver;
#[cfg(target_arch = "wasm32")]
mod idb;
#[cfg(target_arch = "wasm32")]
mod loader_worker;
#[cfg(target_arch = "wasm32")]
pub mod models;
#[cfg(target_arch = "wasm32")]
mod page_policy;
#[cfg(target_arch = "wasm32")]
mod pdf;
#[cfg(target_arch = "wasm32")]
mod rendered;
#[cfg(target_arch = "wasm32")]
mod storage;
#[cfg(target_arch = "wasm32")]
mod tab_actions;

#[cfg(target_arch = "wasm32")]
pub use app::App;

/// This page's origin (`https://me.github.io`).
#[cfg(target_arch = "wasm32")]
pub(crate) fn page_origin() -> String {
    web_sys::window().and_then(|w| w.location().origin().ok()).unwrap_or_default()
}

/// The URL the page's own files are relative to (its sub-path on GitHub Pages).
#[cfg(target_arch = "wasm32")]
pub(crate) fn page_base() -> String {
    web_sys::window().and_then(|w| w.document()).and_then(|d| d.base_uri().ok().flatten()).unwrap_or_default()
}

/// After a panic (a bug: every input and failure the page expects is an
/// error value), the WebAssembly module stops and the page would sit there
/// looking alive. This hook logs the panic to the console as before and
/// puts a notice over the page that says so and what to do.
#[cfg(target_arch = "wasm32")]
pub fn install_panic_notice() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        let sentence = if i18n::readable() {
            crate::tr!("app-stopped")
        } else {
            "The page stopped after an unexpected error. Reload it to go on.".to_string()
        };
        show_stopped(&sentence, &info.to_string());
    }));
}

/// Puts the stopped notice (`sentence`, then the panic's `details`) at the
/// top of the page. Only DOM calls, each allowed to fail: it runs inside
/// the panic hook, where a second panic would lose the notice.
#[cfg(target_arch = "wasm32")]
pub fn show_stopped(sentence: &str, details: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let (Some(body), Ok(notice), Ok(detail)) =
        (document.body(), document.create_element("div"), document.create_element("pre"))
    else {
        return;
    };
    let _ = notice.set_attribute("role", "alert");
    let _ = notice.set_attribute("class", "page-stopped");
    let _ = notice.set_attribute("data-testid", "page-stopped");
    notice.set_text_content(Some(sentence));
    detail.set_text_content(Some(details));
    let _ = notice.append_child(&detail);
    let _ = body.prepend_with_node_1(&notice);
}

/// Registers `sw.js`, which keeps the app shell for offline use. Relative to
/// the page, so it works under a sub-path (GitHub Pages).
#[cfg(target_arch = "wasm32")]
pub fn register_service_worker() {
    if let Some(window) = web_sys::window() {
        let container = window.navigator().service_worker();
        let _ = container.register("./sw.js");
    }
}
