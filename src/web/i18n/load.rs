//! Choosing the language in the browser: the remembered choice, else the
//! browser's preferences; fetching a catalog the first time it is needed;
//! and `<html lang>`.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use std::rc::Rc;

use super::{english, install, Catalog, Lang, AREAS};

const STORAGE_KEY: &str = "minions-language";

/// The language to start in: the one chosen here before, else the first of
/// the browser's preferences the page speaks.
pub fn preferred() -> Lang {
    let window = web_sys::window();
    let stored = window
        .as_ref()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .and_then(|tag| Lang::from_tag(&tag));
    if let Some(lang) = stored {
        return lang;
    }
    let preferences: Vec<String> =
        window.map(|w| w.navigator().languages().iter().filter_map(|v| v.as_string()).collect()).unwrap_or_default();
    Lang::negotiate(preferences.iter().map(String::as_str))
}

/// Switches to `lang`: fetches its catalog (from the service worker's cache
/// after the first time), installs it and sets `<html lang>`. A catalog
/// that cannot be fetched leaves the page in the language it was in, and
/// says so with `false`.
pub async fn switch(lang: Lang) -> bool {
    let catalog = if lang == Lang::En {
        english()
    } else {
        let mut sources = Vec::with_capacity(AREAS.len());
        for area in AREAS {
            // The build's catalog hash in the address: a new build never reads an old build's cached catalog.
            let path = format!("locales/{}/{area}.ftl?v={}", lang.tag(), env!("MINIONS_LOCALES_HASH"));
            match fetch_text(&path).await {
                Some(text) => sources.push((area, text)),
                None => {
                    web_sys::console::warn_1(
                        &format!("The {} catalog could not be fetched ({area}.ftl)", lang.tag()).into(),
                    );
                    return false;
                }
            }
        }
        let (catalog, errors) = Catalog::parse(lang, sources);
        for error in errors {
            web_sys::console::warn_1(&error.to_string().into());
        }
        Rc::new(catalog)
    };
    install(catalog);
    if let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = root.set_attribute("lang", lang.tag());
    }
    true
}

/// Remembers `lang` as the reader's choice for the next visit.
pub fn remember(lang: Lang) {
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        let _ = storage.set_item(STORAGE_KEY, lang.tag());
    }
}

async fn fetch_text(path: &str) -> Option<String> {
    let window = web_sys::window()?;
    let url = format!("{}{path}", super::super::page_base());
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&url)).await.ok()?.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}
