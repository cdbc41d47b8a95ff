//! The bindings to `tab-model.js`, the page script around wllama: imported
//! on first use from the page's own origin, each call typed here, each
//! failure (`{ kind, detail }`) a [`TabFailure`].

use js_sys::{Function, Promise, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::plan::{Environment, LoadPlan, TabFailure};
use super::store::{StorageEstimate, StoredModel};

#[wasm_bindgen(inline_js = r#"
let script = null;
export async function tab_script(base) {
  if (!script) {
    try {
      script = await import(new URL("tab-model.js", base).href);
    } catch (error) {
      throw { kind: "library", detail: String(error && error.message || error) };
    }
  }
  return script;
}
"#)]
extern "C" {
    #[wasm_bindgen(catch)]
    fn tab_script(base: &str) -> Result<Promise, JsValue>;
}

/// A thrown value as a failure: the script's `{ kind, detail }`, or anything else.
pub fn failure_of(error: &JsValue) -> (String, String) {
    let field = |name: &str| Reflect::get(error, &name.into()).ok().and_then(|v| v.as_string());
    let kind = field("kind").unwrap_or_else(|| "library".into());
    let detail = field("detail").or_else(|| field("message")).or_else(|| error.as_string()).unwrap_or_default();
    (kind, detail)
}

fn failure(error: JsValue) -> TabFailure {
    let (kind, detail) = failure_of(&error);
    TabFailure::from_kind(&kind, &detail)
}

/// The URL the page's own files are relative to (its sub-path on GitHub Pages).
fn page_base() -> String {
    web_sys::window().and_then(|w| w.document()).and_then(|d| d.base_uri().ok().flatten()).unwrap_or_default()
}

/// Calls the script's `name` with `args`, awaiting a promise it returns.
pub async fn call(name: &str, args: &[JsValue]) -> Result<JsValue, JsValue> {
    let module = JsFuture::from(tab_script(&page_base())?).await?;
    let function: Function = Reflect::get(&module, &name.into())?.dyn_into()?;
    let array: js_sys::Array = args.iter().collect();
    let result = function.apply(&JsValue::NULL, &array)?;
    match result.dyn_ref::<Promise>() {
        Some(promise) => JsFuture::from(promise.clone()).await,
        None => Ok(result),
    }
}

async fn call_text(name: &str, args: &[JsValue]) -> Result<String, TabFailure> {
    call(name, args).await.map(|v| v.as_string().unwrap_or_default()).map_err(failure)
}

pub async fn stored() -> Result<Vec<StoredModel>, TabFailure> {
    Ok(StoredModel::list_from_json(&call_text("stored", &[]).await?))
}

pub async fn estimate() -> StorageEstimate {
    call_text("estimate", &[]).await.map(|json| StorageEstimate::from_json(&json)).unwrap_or_default()
}

pub async fn environment() -> Environment {
    let json = call_text("environment", &[]).await.unwrap_or_default();
    serde_json::from_str(&json).unwrap_or_default()
}

/// Downloads `url` into storage under `key` (resuming what an earlier try left).
pub async fn download(
    key: &str,
    url: &str,
    name: &str,
    on_progress: &Function,
    signal: &web_sys::AbortSignal,
) -> Result<(), TabFailure> {
    call("download", &[key.into(), url.into(), name.into(), on_progress.into(), signal.into()])
        .await
        .map(drop)
        .map_err(failure)
}

/// Copies a picked file into storage under `key`.
pub async fn store_file(
    key: &str,
    file: &web_sys::File,
    on_progress: &Function,
    signal: &web_sys::AbortSignal,
) -> Result<(), TabFailure> {
    call("storeFile", &[key.into(), file.into(), on_progress.into(), signal.into()]).await.map(drop).map_err(failure)
}

/// The first `length` bytes of a stored model.
pub async fn head(key: &str, length: u64) -> Result<Vec<u8>, TabFailure> {
    let bytes = call("head", &[key.into(), JsValue::from_f64(length as f64)]).await.map_err(failure)?;
    Ok(bytes.dyn_into::<Uint8Array>().map(|b| b.to_vec()).unwrap_or_default())
}

/// Stops and frees the loaded model, if any.
pub async fn unload() {
    let _ = call("unload", &[]).await;
}

pub async fn remove(key: &str) -> Result<(), TabFailure> {
    call("remove", &[key.into()]).await.map(drop).map_err(failure)
}

/// What loading gave: the context, the trained context and the threads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
pub struct Loaded {
    pub n_ctx: u32,
    pub n_ctx_train: u32,
    pub threads: u32,
}

pub async fn load(key: &str, plan: &LoadPlan) -> Result<Loaded, TabFailure> {
    let options =
        serde_json::json!({ "n_ctx": plan.n_ctx, "n_threads": plan.n_threads, "compat": plan.compat }).to_string();
    let json = call_text("load", &[key.into(), options.into()]).await?;
    serde_json::from_str(&json).map_err(|e| TabFailure::Library(e.to_string()))
}
