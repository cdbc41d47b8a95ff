//! The models a run talks to, made from the endpoints the page sends the
//! engine's worker ([`Models`]), and the browser's clock. Used inside the
//! engine's worker, so nothing here reaches for the page's window.

use minions_engine::clock::Clock;
use minions_engine::model::ChatModel;
use minions_providers::adapters::{OllamaModel, OpenAiModel};
use minions_providers::endpoint::reachable_url;
use minions_providers::ollama::OllamaEndpoint;
use minions_providers::openai::OpenAiEndpoint;
use minions_providers::pool::Pool;

use super::engine_messages::SupervisorEndpoint;
use super::settings::{WorkerEndpoint, WorkerProvider};

/// Makes the in-page model's `ChatModel` for a model name: the worker
/// reaches it through the page, where it lives.
pub type TabModels<'a> = &'a dyn Fn(String) -> Box<dyn ChatModel>;

/// The model behind one worker endpoint.
fn endpoint_model(worker: &WorkerEndpoint, tab: TabModels<'_>) -> Box<dyn ChatModel> {
    let base_url = reachable_url(&worker.url).trim_end_matches('/').to_string();
    let model = worker.model.trim().to_string();
    match worker.provider {
        WorkerProvider::Ollama => {
            Box::new(OllamaModel::new(OllamaEndpoint { base_url, model, keep_alive: Some("10m".into()), seed: None }))
        }
        WorkerProvider::OpenAi => Box::new(OpenAiModel::new(OpenAiEndpoint { base_url, api_key: None, model })),
        WorkerProvider::Tab => tab(model),
    }
}

/// The worker of a run: the one endpoint, or a pool of them (jobs go to
/// the least loaded within its limit).
pub fn worker_model(workers: &[WorkerEndpoint], tab: TabModels<'_>) -> Box<dyn ChatModel> {
    match workers {
        [one] => endpoint_model(one, tab),
        _ => Box::new(Pool::new(workers.iter().map(|w| (endpoint_model(w, tab), w.slots())).collect())),
    }
}

pub fn supervisor_model(supervisor: &SupervisorEndpoint) -> Box<dyn ChatModel> {
    let key = supervisor.key.trim();
    Box::new(OpenAiModel::new(OpenAiEndpoint {
        base_url: reachable_url(&supervisor.url).trim_end_matches('/').to_string(),
        api_key: (!key.is_empty()).then(|| key.to_string()),
        model: supervisor.model.trim().to_string(),
    }))
}

/// `performance.now()` and `setTimeout`, in a window or a worker alike.
pub struct BrowserClock;

impl Clock for BrowserClock {
    fn now_ms(&self) -> f64 {
        use wasm_bindgen::JsCast;
        js_sys::Reflect::get(&js_sys::global(), &"performance".into())
            .ok()
            .and_then(|p| p.dyn_into::<web_sys::Performance>().ok())
            .map(|p| p.now())
            .unwrap_or_else(js_sys::Date::now)
    }

    fn sleep(&self, ms: f64) -> futures::future::LocalBoxFuture<'_, ()> {
        Box::pin(gloo_timers::future::TimeoutFuture::new(ms.clamp(0.0, f64::from(u32::MAX)) as u32))
    }
}
