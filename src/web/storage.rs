//! What the page keeps on this device: settings in `localStorage` (the API
//! key only when the user ticks "remember on this device"), documents (unless
//! the user turns that off) and run history in IndexedDB.

use leptos::task::spawn_local;
use serde::{Deserialize, Serialize};

use crate::engine::documents::{Document, DocumentKind};

use super::app::LoadedDoc;
use super::history::HistoryEntry;
use super::idb;
use super::settings::Settings;

const SETTINGS: &str = "minions-web.settings";
const KEY: &str = "minions-web.api-key";

fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

pub fn load_settings() -> Settings {
    let Some(storage) = local() else { return Settings::default() };
    let mut settings =
        storage.get_item(SETTINGS).ok().flatten().map(|s| Settings::from_storage(&s)).unwrap_or_default();
    if settings.remember_key {
        settings.supervisor_key = storage.get_item(KEY).ok().flatten().unwrap_or_default();
    }
    settings
}

pub fn save_settings(settings: &Settings) {
    let Some(storage) = local() else { return };
    let _ = storage.set_item(SETTINGS, &settings.to_storage());
    if settings.remember_key && !settings.supervisor_key.is_empty() {
        let _ = storage.set_item(KEY, &settings.supervisor_key);
    } else {
        let _ = storage.remove_item(KEY);
    }
}

#[derive(Serialize, Deserialize)]
struct StoredDocument {
    id: u64,
    name: String,
    kind: DocumentKind,
    text: String,
}

fn document_key(id: u64) -> String {
    format!("{id:012}")
}

pub fn save_document(doc: &LoadedDoc) {
    let stored = StoredDocument {
        id: doc.id,
        name: doc.document.name.clone(),
        kind: doc.document.kind,
        text: doc.document.text.clone(),
    };
    let Ok(json) = serde_json::to_string(&stored) else { return };
    let key = document_key(doc.id);
    spawn_local(async move {
        let _ = idb::put(idb::DOCUMENTS, &key, &json).await;
    });
}

pub fn forget_document(id: u64) {
    spawn_local(async move {
        let _ = idb::delete(idb::DOCUMENTS, &document_key(id)).await;
    });
}

pub fn forget_all_documents() {
    spawn_local(async move {
        let _ = idb::clear(idb::DOCUMENTS).await;
    });
}

pub async fn load_documents() -> Vec<LoadedDoc> {
    idb::all(idb::DOCUMENTS)
        .await
        .unwrap_or_default()
        .iter()
        .filter_map(|json| serde_json::from_str::<StoredDocument>(json).ok())
        .map(|s| LoadedDoc {
            id: s.id,
            document: Document::new(s.name, s.kind, s.text),
            encoding: None,
            warnings: Vec::new(),
        })
        .collect()
}

pub fn save_run(entry: &HistoryEntry) {
    let json = entry.to_json();
    let key = entry.id.clone();
    spawn_local(async move {
        let _ = idb::put(idb::HISTORY, &key, &json).await;
    });
}

pub fn forget_run(id: String) {
    spawn_local(async move {
        let _ = idb::delete(idb::HISTORY, &id).await;
    });
}

/// Saved runs, newest first.
pub async fn load_runs() -> Vec<HistoryEntry> {
    let mut runs: Vec<HistoryEntry> = idb::all(idb::HISTORY)
        .await
        .unwrap_or_default()
        .iter()
        .filter_map(|json| HistoryEntry::from_json(json))
        .collect();
    runs.sort_by(|a, b| b.at_ms.total_cmp(&a.at_ms));
    runs
}

/// Offers `content` as a file download.
pub fn download(file_name: &str, mime: &str, content: &str) {
    use wasm_bindgen::JsCast;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    let link = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("a").ok())
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok());
    if let Some(link) = link {
        link.set_href(&url);
        link.set_download(file_name);
        link.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}
