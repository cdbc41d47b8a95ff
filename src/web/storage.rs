//! What the page keeps on this device: settings in `localStorage` (the API
//! key only when the user ticks "remember on this device"), documents (unless
//! the user turns that off), run history and conversations in IndexedDB,
//! and which conversation is open in `localStorage`.

use leptos::task::spawn_local;
use serde::{Deserialize, Serialize};

use minions_engine::documents::{Document, DocumentKind};

use minions_engine::conversation::Conversation;

use super::app::LoadedDoc;
use super::conversation::StoredMemory;
use super::evaluation::Evaluation;
use super::history::HistoryEntry;
use super::idb;
use super::settings::Settings;

const SETTINGS: &str = "minions-web.settings";
const KEY: &str = "minions-web.api-key";
const EVALUATION: &str = "minions-web.evaluation";
const OPEN_CONVERSATION: &str = "minions-web.conversation";

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

/// The last evaluation: its questions, protocols and results.
pub fn load_evaluation() -> Evaluation {
    local()
        .and_then(|s| s.get_item(EVALUATION).ok().flatten())
        .map(|s| Evaluation::from_storage(&s))
        .unwrap_or_default()
}

pub fn save_evaluation(evaluation: &Evaluation) {
    if let Some(storage) = local() {
        let _ = storage.set_item(EVALUATION, &evaluation.to_storage());
    }
}

/// A stored document's header. Its text is stored as UTF-8 bytes in slices
/// (`parts` of them, in their own store), so that no step copies a large
/// text at once; documents stored by the first version carry `text` here.
#[derive(Serialize, Deserialize)]
struct StoredDocument {
    id: u64,
    name: String,
    kind: DocumentKind,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    text: String,
    #[serde(default)]
    parts: usize,
}

/// Bytes of text per stored slice.
const PART_BYTES: usize = 8 * 1024 * 1024;

fn document_key(id: u64) -> String {
    format!("{id:012}")
}

fn part_key(id: u64, part: usize) -> String {
    format!("{id:012}-{part:06}")
}

pub fn save_document(doc: &LoadedDoc) {
    let document = doc.document.clone();
    let id = doc.id;
    spawn_local(async move {
        let bytes = document.text.as_bytes();
        let parts = bytes.len().div_ceil(PART_BYTES);
        for (part, slice) in bytes.chunks(PART_BYTES).enumerate() {
            let value = js_sys::Uint8Array::from(slice);
            if idb::put_value(idb::DOCUMENT_PARTS, &part_key(id, part), &value).await.is_err() {
                return;
            }
        }
        // The header last: a document is listed only once all its text is stored.
        let header =
            StoredDocument { id, name: document.name.clone(), kind: document.kind, text: String::new(), parts };
        if let Ok(json) = serde_json::to_string(&header) {
            let _ = idb::put(idb::DOCUMENTS, &document_key(id), &json).await;
        }
    });
}

pub fn forget_document(id: u64) {
    spawn_local(async move {
        let _ = idb::delete(idb::DOCUMENTS, &document_key(id)).await;
        let _ = idb::delete_range(idb::DOCUMENT_PARTS, &part_key(id, 0), &part_key(id, 999_999)).await;
    });
}

pub fn forget_all_documents() {
    spawn_local(async move {
        let _ = idb::clear(idb::DOCUMENTS).await;
        let _ = idb::clear(idb::DOCUMENT_PARTS).await;
    });
}

/// One stored document, its text read back slice by slice.
async fn stored_document(json: &str) -> Option<LoadedDoc> {
    let mut stored = serde_json::from_str::<StoredDocument>(json).ok()?;
    if stored.parts > 0 {
        // Part by part, each checked as it comes, so that no step handles the whole text.
        let mut decoder = minions_loaders::StreamDecoder::stored_utf8(stored.parts * PART_BYTES);
        for part in 0..stored.parts {
            let value = idb::get(idb::DOCUMENT_PARTS, &part_key(stored.id, part)).await.ok()?;
            decoder.feed(&js_sys::Uint8Array::new(&value).to_vec()).ok()?;
        }
        stored.text = decoder.finish().ok()?.0;
    }
    Some(LoadedDoc {
        id: stored.id,
        document: std::sync::Arc::new(Document::new(stored.name, stored.kind, stored.text)),
        encoding: None,
        warnings: Vec::new(),
    })
}

pub async fn load_documents() -> Vec<LoadedDoc> {
    let mut documents = Vec::new();
    for json in idb::all(idb::DOCUMENTS).await.unwrap_or_default() {
        documents.extend(stored_document(&json).await);
    }
    documents
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

/// The conversation open in the page, to reopen after a reload.
pub fn load_open_conversation() -> Option<String> {
    local()?.get_item(OPEN_CONVERSATION).ok().flatten().filter(|id| !id.is_empty())
}

pub fn save_open_conversation(id: &str) {
    if let Some(storage) = local() {
        let _ = storage.set_item(OPEN_CONVERSATION, id);
    }
}

/// Keeps what a conversation's next turn builds on.
pub fn save_memory(stored: &StoredMemory) {
    let Ok(json) = serde_json::to_string(stored) else { return };
    let key = stored.id.clone();
    spawn_local(async move {
        let _ = idb::put(idb::CONVERSATIONS, &key, &json).await;
    });
}

pub async fn load_memory(id: &str) -> Option<Conversation> {
    let json = idb::get(idb::CONVERSATIONS, id).await.ok()?.as_string()?;
    serde_json::from_str::<StoredMemory>(&json).ok().map(|stored| stored.memory)
}

/// Forgets a conversation: its memory and every turn.
pub fn forget_conversation(id: String, turns: Vec<String>) {
    spawn_local(async move {
        let _ = idb::delete(idb::CONVERSATIONS, &id).await;
        for turn in turns {
            let _ = idb::delete(idb::HISTORY, &turn).await;
        }
    });
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
