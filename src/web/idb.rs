//! A small key–value layer over IndexedDB (browser only): `documents` (a
//! JSON header, the text's bytes in `document_parts`), `history` (JSON, a
//! run each) and `conversations` (JSON, what a conversation's next turn
//! builds on).
//! IndexedDB holds hundreds of megabytes where `localStorage` holds a few.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransactionMode};

const NAME: &str = "minions-web";
const VERSION: u32 = 3;
pub const DOCUMENTS: &str = "documents";
/// A document's text in slices, keyed `<document key>-<slice number>`.
pub const DOCUMENT_PARTS: &str = "document_parts";
pub const HISTORY: &str = "history";
pub const CONVERSATIONS: &str = "conversations";

/// Resolves with the request's result once it succeeds.
async fn finished(request: &IdbRequest) -> Result<JsValue, JsValue> {
    let promise = js_sys::Promise::new(&mut |resolve, reject| {
        let done = request.clone();
        let on_success = Closure::once_into_js(move || {
            let _ = resolve.call1(&JsValue::NULL, &done.result().unwrap_or(JsValue::UNDEFINED));
        });
        let on_error = Closure::once_into_js(move || {
            let _ = reject.call1(&JsValue::NULL, &JsValue::from_str("IndexedDB request failed"));
        });
        request.set_onsuccess(Some(on_success.unchecked_ref()));
        request.set_onerror(Some(on_error.unchecked_ref()));
    });
    JsFuture::from(promise).await
}

async fn open() -> Result<IdbDatabase, JsValue> {
    let factory = web_sys::window()
        .ok_or_else(|| JsValue::from_str("no window"))?
        .indexed_db()?
        .ok_or_else(|| JsValue::from_str("IndexedDB is not available"))?;
    let request = factory.open_with_u32(NAME, VERSION)?;
    let upgrading = request.clone();
    let on_upgrade = Closure::once_into_js(move || {
        if let Ok(db) = upgrading.result().and_then(|r| r.dyn_into::<IdbDatabase>()) {
            for store in [DOCUMENTS, DOCUMENT_PARTS, HISTORY, CONVERSATIONS] {
                if !db.object_store_names().contains(store) {
                    let _ = db.create_object_store(store);
                }
            }
        }
    });
    request.set_onupgradeneeded(Some(on_upgrade.unchecked_ref()));
    finished(&request).await?.dyn_into::<IdbDatabase>()
}

/// Stores `value` under `key`.
pub async fn put(store: &str, key: &str, value: &str) -> Result<(), JsValue> {
    put_value(store, key, &JsValue::from_str(value)).await
}

/// Stores any structured-cloneable value (strings, arrays, byte arrays).
pub async fn put_value(store: &str, key: &str, value: &JsValue) -> Result<(), JsValue> {
    let db = open().await?;
    let transaction = db.transaction_with_str_and_mode(store, IdbTransactionMode::Readwrite)?;
    let request = transaction.object_store(store)?.put_with_key(value, &JsValue::from_str(key))?;
    finished(&request).await.map(|_| ())
}

/// The value under `key`, if any.
pub async fn get(store: &str, key: &str) -> Result<JsValue, JsValue> {
    let db = open().await?;
    let transaction = db.transaction_with_str(store)?;
    let request = transaction.object_store(store)?.get(&JsValue::from_str(key))?;
    finished(&request).await
}

/// Deletes every key from `from` up to `to` (inclusive).
pub async fn delete_range(store: &str, from: &str, to: &str) -> Result<(), JsValue> {
    let db = open().await?;
    let transaction = db.transaction_with_str_and_mode(store, IdbTransactionMode::Readwrite)?;
    let range = web_sys::IdbKeyRange::bound(&JsValue::from_str(from), &JsValue::from_str(to))?;
    let request = transaction.object_store(store)?.delete(&range)?;
    finished(&request).await.map(|_| ())
}

pub async fn delete(store: &str, key: &str) -> Result<(), JsValue> {
    let db = open().await?;
    let transaction = db.transaction_with_str_and_mode(store, IdbTransactionMode::Readwrite)?;
    let request = transaction.object_store(store)?.delete(&JsValue::from_str(key))?;
    finished(&request).await.map(|_| ())
}

pub async fn clear(store: &str) -> Result<(), JsValue> {
    let db = open().await?;
    let transaction = db.transaction_with_str_and_mode(store, IdbTransactionMode::Readwrite)?;
    let request = transaction.object_store(store)?.clear()?;
    finished(&request).await.map(|_| ())
}

/// Every string value in `store`, in key order.
pub async fn all(store: &str) -> Result<Vec<String>, JsValue> {
    Ok(all_values(store).await?.iter().filter_map(|v| v.as_string()).collect())
}

/// Every value in `store`, in key order.
pub async fn all_values(store: &str) -> Result<Vec<JsValue>, JsValue> {
    let db = open().await?;
    let transaction = db.transaction_with_str(store)?;
    let request = transaction.object_store(store)?.get_all()?;
    let values = finished(&request).await?;
    Ok(js_sys::Array::from(&values).iter().collect())
}
