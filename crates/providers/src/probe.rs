//! The doctor's probes (browser only): what the worker's and the
//! supervisor's servers say, turned into a [`Verdict`].
//!
//! A refused origin gets no CORS headers, so the browser reports only a
//! network error; an opaque `no-cors` request to the same address succeeds
//! wherever the server answers, which tells "refused" from "not running".
//! The probe asks for the server's root (Ollama answers "Ollama is running"),
//! the one address every server has.

use super::doctor::{needs_local_network_permission, ConnectionCheck, Verdict, Warning};
use super::endpoint::{is_mixed_content, join, root_of};
use super::fetch::{send, text, Abort, Call};
use super::{ollama, openai};
use minions_engine::model::ModelError;

const PROBE_TIMEOUT_MS: u32 = 8_000;

/// Told of every request a check makes, before it leaves.
pub type CheckLog<'a> = &'a dyn Fn(ConnectionCheck);

fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map(|p| p.now()).unwrap_or_else(js_sys::Date::now)
}

/// Sends `call`, telling `log` first. Dropping `abort` aborts the call,
/// its body included: the caller keeps it until the body is read.
async fn logged(call: Call<'_>, abort: &Abort, log: CheckLog<'_>) -> Result<gloo_net::http::Response, ModelError> {
    log(ConnectionCheck::new(now_ms(), call.method, call.url, call.bearer.is_some()));
    send(call, abort, PROBE_TIMEOUT_MS).await
}

async fn get(url: &str, bearer: Option<&str>, log: CheckLog<'_>) -> Result<(u16, String), ModelError> {
    let abort = Abort::new();
    let response = logged(Call { method: "GET", url, bearer, json_body: None, opaque: false }, &abort, log).await?;
    Ok((response.status(), text(&response).await))
}

/// Why a plain request failed: the origin refused, mixed content, or down.
async fn classify_failure(page_origin: &str, base_url: &str, log: CheckLog<'_>) -> Verdict {
    let probe_url = root_of(base_url);
    if is_mixed_content(page_origin, base_url) {
        return Verdict::MixedContent;
    }
    let opaque = Call { method: "GET", url: &probe_url, bearer: None, json_body: None, opaque: true };
    match logged(opaque, &Abort::new(), log).await {
        Ok(_) => Verdict::Cors,
        Err(_) => Verdict::Down { local_network_permission: needs_local_network_permission(page_origin, base_url) },
    }
}

/// Checks an Ollama server: reachable and allowed, the model installed, and
/// its context long enough for `needed_context` tokens.
pub async fn check_ollama(
    base_url: &str,
    model: &str,
    page_origin: &str,
    needed_context: u32,
    log: CheckLog<'_>,
) -> Verdict {
    let version_url = join(base_url, "api/version");
    let version = match get(&version_url, None, log).await {
        Ok((200, body)) => ollama::version(&body),
        Ok(_) => None,
        Err(_) => return classify_failure(page_origin, base_url, log).await,
    };
    let models = match get(&join(base_url, "api/tags"), None, log).await {
        Ok((200, body)) => ollama::model_names(&body),
        _ => Vec::new(),
    };
    if !ollama::has_model(&models, model) {
        return Verdict::ModelMissing { model: model.to_string(), installed: models };
    }
    let show_url = join(base_url, "api/show");
    let show_body = ollama::show_body(model);
    let show = Call { method: "POST", url: &show_url, bearer: None, json_body: Some(&show_body), opaque: false };
    let abort = Abort::new();
    let context_length = match logged(show, &abort, log).await {
        Ok(response) if response.ok() => ollama::context_length(&text(&response).await),
        _ => None,
    };
    let warning = context_length
        .filter(|&length| length < needed_context)
        .map(|length| Warning::SmallContext { length, needed: needed_context });
    Verdict::Ok { version, models, context_length, warning }
}

/// Checks an OpenAI-compatible API: reachable, the key accepted, the model listed.
pub async fn check_openai(
    base_url: &str,
    api_key: Option<&str>,
    model: &str,
    page_origin: &str,
    log: CheckLog<'_>,
) -> Verdict {
    let models_url = join(base_url, "models");
    match get(&models_url, api_key, log).await {
        Err(_) => classify_failure(page_origin, base_url, log).await,
        Ok((401 | 403, _)) => Verdict::BadKey,
        Ok((200, body)) => {
            let models = openai::model_ids(&body);
            let listed = models.is_empty() || models.iter().any(|m| m == model || m.rsplit('/').next() == Some(model));
            if listed {
                Verdict::Ok { version: None, models, context_length: None, warning: None }
            } else {
                Verdict::ModelMissing { model: model.to_string(), installed: models }
            }
        }
        // Some servers have no /models; a live answer is enough.
        Ok(_) => Verdict::Ok { version: None, models: Vec::new(), context_length: None, warning: None },
    }
}
