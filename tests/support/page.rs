//! The built page (`dist/`) served on 127.0.0.1 and a headless Chromium on
//! it through ChromeDriver, driven by the `data-testid` hooks; shared by
//! the end-to-end tests and the in-page benchmarks.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use fantoccini::elements::Element;
use fantoccini::{Client, ClientBuilder, Locator};
use http_body_util::Full;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use serde_json::{json, Value};

/// Serves `dist/` with the right content types (wasm must be `application/wasm`).
/// Setting the returned flag takes the server "offline": every connection is
/// then dropped, as if the network were gone.
pub async fn serve_dist() -> (SocketAddr, Arc<AtomicBool>) {
    let offline = Arc::new(AtomicBool::new(false));
    let gone = offline.clone();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("dist");
    assert!(root.join("index.html").exists(), "build the page first: trunk build --release");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("a free port");
    let address = listener.local_addr().expect("bound");
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else { continue };
            if gone.load(Ordering::SeqCst) {
                continue;
            }
            let root = root.clone();
            let gone = gone.clone();
            tokio::spawn(async move {
                let service = service_fn(move |request: Request<hyper::body::Incoming>| {
                    let root = root.clone();
                    let gone = gone.clone();
                    async move {
                        if gone.load(Ordering::SeqCst) {
                            return Err(std::io::Error::new(std::io::ErrorKind::ConnectionAborted, "offline"));
                        }
                        let path = request.uri().path().trim_start_matches('/').to_string();
                        let path = if path.is_empty() { "index.html".to_string() } else { path };
                        let file = root.join(&path);
                        let (status, body) = match std::fs::read(&file) {
                            Ok(body) if !path.contains("..") => (StatusCode::OK, body),
                            _ => (StatusCode::NOT_FOUND, Vec::new()),
                        };
                        let kind = match file.extension().and_then(|e| e.to_str()) {
                            Some("wasm") => "application/wasm",
                            Some("js" | "mjs") => "text/javascript",
                            Some("css") => "text/css",
                            Some("html") => "text/html; charset=utf-8",
                            _ => "application/octet-stream",
                        };
                        let mut response = Response::new(Full::new(Bytes::from(body)));
                        *response.status_mut() = status;
                        response.headers_mut().insert("content-type", kind.parse().expect("a header value"));
                        Ok::<_, std::io::Error>(response)
                    }
                });
                let _ =
                    hyper::server::conn::http1::Builder::new().serve_connection(TokioIo::new(stream), service).await;
            });
        }
    });
    (address, offline)
}

pub struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A browser on the served page.
pub struct Page {
    pub client: Client,
    pub origin: String,
    pub offline: Arc<AtomicBool>,
    _driver: Driver,
}

impl Page {
    pub async fn open() -> Page {
        let (address, offline) = serve_dist().await;
        let port = std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("a free port").port();
        let chromedriver = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "/usr/bin/chromedriver".into());
        let driver = Driver(
            Command::new(chromedriver)
                .arg(format!("--port={port}"))
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("chromedriver starts"),
        );
        let profile = std::env::temp_dir().join(format!("minions-e2e-{port}"));
        // A fresh profile: nothing stored by an earlier run on the same port.
        let _ = std::fs::remove_dir_all(&profile);
        let mut capabilities = serde_json::Map::new();
        capabilities.insert(
            "goog:chromeOptions".into(),
            json!({
                "binary": std::env::var("CHROME").unwrap_or_else(|_| "/usr/bin/chromium".into()),
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                         "--disable-component-update", "--no-first-run", "--disable-sync", "--window-size=1400,1000", "--enable-precise-memory-info",
                         // A worker "elsewhere" and one on the network, both the doubles on this machine.
                         format!("--host-resolver-rules=MAP {ELSEWHERE_HOST} 127.0.0.1, MAP {NETWORK_HOST} 127.0.0.1"),
                         format!("--user-data-dir={}", profile.display())]
            }),
        );
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let mut client = None;
        // ChromeDriver and the browser can take a while to start on a busy machine: up to 30 s.
        for _ in 0..300 {
            match ClientBuilder::new(connector.clone())
                .capabilities(capabilities.clone())
                .connect(&format!("http://127.0.0.1:{port}"))
                .await
            {
                Ok(c) => {
                    client = Some(c);
                    break;
                }
                Err(_) => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        }
        let client = client.expect("a WebDriver session");
        let origin = format!("http://{address}");
        client.goto(&format!("{origin}/")).await.expect("the page loads");
        let page = Page { client, origin, offline, _driver: driver };
        page.wait_for("[data-testid=run-status]", Duration::from_secs(20)).await;
        page
    }

    pub async fn wait_for(&self, css: &str, limit: Duration) -> Element {
        self.client
            .wait()
            .at_most(limit)
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css} never appeared: {e}"))
    }

    pub async fn hook(&self, testid: &str) -> Element {
        self.wait_for(&format!("[data-testid={testid}]"), Duration::from_secs(10)).await
    }

    pub async fn all(&self, testid: &str) -> Vec<Element> {
        self.client.find_all(Locator::Css(&format!("[data-testid={testid}]"))).await.unwrap_or_default()
    }

    pub async fn text(&self, testid: &str) -> String {
        self.hook(testid).await.text().await.unwrap_or_default()
    }

    pub async fn fill(&self, testid: &str, value: &str) {
        let element = self.hook(testid).await;
        element.clear().await.expect("clear");
        element.send_keys(value).await.expect("type");
    }

    /// Clicks `testid`; while the layout is still moving (a connection light
    /// growing its advice shifts the header), the click lands on something
    /// else and is tried again, as a person would.
    pub async fn click(&self, testid: &str) {
        for _ in 0..30 {
            match self.hook(testid).await.click().await {
                Ok(_) => return,
                Err(e) if e.to_string().contains("click intercepted") => {
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                Err(e) => panic!("click {testid}: {e}"),
            }
        }
        panic!("click {testid}: something else kept covering it");
    }

    /// Points the page at the doubles (or any servers).
    pub async fn configure(
        &self,
        worker_provider: &str,
        worker_url: &str,
        worker_model: &str,
        supervisor_url: &str,
        supervisor_model: &str,
        key: &str,
    ) {
        self.click("settings-open").await;
        self.hook("worker-provider").await.select_by_value(worker_provider).await.expect("provider");
        self.fill("worker-url", worker_url).await;
        self.fill("worker-model", worker_model).await;
        self.fill("supervisor-url", supervisor_url).await;
        self.fill("supervisor-key", key).await;
        self.fill("supervisor-model", supervisor_model).await;
        self.click("settings-open").await;
    }

    /// Points both roles at a real llama.cpp server with SmolLM2-135M
    /// (`scripts/real-llm.sh`): a 135M model rambles, so short cloud
    /// replies and one round keep runs quick, and the server's slots hold
    /// 4,096 tokens each without saying so.
    pub async fn configure_small_real_model(&self, base_url: &str) {
        self.configure("openai", base_url, "smollm2:135m", base_url, "smollm2:135m", "").await;
        self.click("settings-open").await;
        self.fill("max-rounds", "1").await;
        self.fill("worker-context", "4096").await;
        // The same server is the cloud model here: its slots hold 4,096 tokens too.
        self.fill("supervisor-context", "4096").await;
        self.click("settings-open").await;
    }

    pub async fn add_document(&self, text: &str) {
        let before = self.all("doc-item").await.len();
        self.fill("doc-paste", text).await;
        self.click("doc-paste-add").await;
        for _ in 0..50 {
            if self.all("doc-item").await.len() > before {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("the pasted document did not appear");
    }

    pub async fn run(&self, question: &str, protocol: &str) {
        self.fill("question", question).await;
        self.hook("protocol").await.select_by_value(protocol).await.expect("protocol");
        self.click("run").await;
    }

    /// Waits until `run-status` leaves `running` (bounded), and returns it.
    pub async fn finished(&self, limit: Duration) -> String {
        let start = Instant::now();
        loop {
            let status = self.text("run-status").await;
            if status != "running" && status != "idle" {
                return status;
            }
            assert!(start.elapsed() < limit, "the run is still {status} after {limit:?}");
            tokio::time::sleep(Duration::from_millis(150)).await;
        }
    }

    pub async fn screenshot(&self, name: &str) {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/e2e-screenshots");
        let _ = std::fs::create_dir_all(&dir);
        if let Ok(png) = self.client.screenshot().await {
            let _ = std::fs::write(dir.join(format!("{name}.png")), png);
        }
    }

    /// Waits until `eval-status` reads `wanted` (bounded).
    pub async fn eval_status_becomes(&self, wanted: &str, limit: Duration) {
        let start = Instant::now();
        loop {
            let status = self.text("eval-status").await;
            if status == wanted {
                return;
            }
            assert!(start.elapsed() < limit, "the evaluation is {status}, not {wanted}, after {limit:?}");
            tokio::time::sleep(Duration::from_millis(150)).await;
        }
    }

    /// The text of each `testid` element by its `data-protocol`.
    pub async fn per_protocol(&self, testid: &str) -> BTreeMap<String, String> {
        let mut found = BTreeMap::new();
        for cell in self.all(testid).await {
            let protocol = cell.attr("data-protocol").await.ok().flatten().unwrap_or_default();
            found.insert(protocol, cell.text().await.unwrap_or_default());
        }
        found
    }

    /// Ticks (or unticks) an evaluation protocol.
    pub async fn tick(&self, protocol: &str, on: bool) {
        let css = format!("[data-testid=eval-protocol][value={protocol}]");
        let checkbox = self.client.find(Locator::Css(&css)).await.expect("a protocol checkbox");
        let checked = checkbox.prop("checked").await.ok().flatten().as_deref() == Some("true");
        if checked != on {
            checkbox.click().await.expect("toggle");
        }
    }

    /// Ticks or unticks a checkbox (its panel must be open).
    pub async fn set_checked(&self, testid: &str, checked: bool) {
        let element = self.hook(testid).await;
        let now = element.prop("checked").await.ok().flatten().as_deref() == Some("true");
        if now != checked {
            element.click().await.expect("click a checkbox");
        }
    }

    /// Presses "Apply and reload" and waits until the new page's connect
    /// policy names `origin`.
    pub async fn reload_allowing(&self, origin: &str) {
        self.click("policy-reload").await;
        let start = Instant::now();
        loop {
            let policy = match self.client.find(Locator::Css("[data-testid=connect-policy]")).await {
                Ok(meta) => meta.attr("content").await.ok().flatten().unwrap_or_default(),
                Err(_) => String::new(),
            };
            if policy.split(' ').any(|source| source == origin) {
                break;
            }
            assert!(start.elapsed() < Duration::from_secs(20), "the reloaded page still says {policy}");
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        self.wait_for("[data-testid=run-status]", Duration::from_secs(20)).await;
    }

    /// Every value in the page's IndexedDB `store`, and its localStorage,
    /// as one JSON text: what the page keeps on this device.
    pub async fn stored(&self, store: &str) -> String {
        let stored = self
            .client
            .execute_async(
                "const [store, done] = arguments;
                 const open = indexedDB.open('minions-web');
                 open.onsuccess = () => {
                   const all = open.result.transaction(store).objectStore(store).getAll();
                   all.onsuccess = () => done(JSON.stringify(all.result) + JSON.stringify(localStorage));
                 };",
                vec![serde_json::json!(store)],
            )
            .await
            .expect("storage is readable");
        stored.as_str().unwrap_or_default().to_string()
    }

    pub async fn close(self) {
        let _ = self.client.close().await;
    }
}

/// A name no earlier run used (model names pick the doubles' scenarios and key their records).
pub fn unique(prefix: &str) -> String {
    let nanos =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.subsec_nanos()).unwrap_or(0);
    format!("{prefix}-{nanos}")
}

/// A new, empty folder for one test's files.
pub fn temp_dir(prefix: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(unique(prefix));
    std::fs::create_dir_all(&dir).expect("a temp folder");
    dir
}

/// A name the browser resolves to this machine, though the page cannot know
/// it: a worker "elsewhere".
pub const ELSEWHERE_HOST: &str = "gpu-box.example.test";
/// The same, for a name on the local network.
pub const NETWORK_HOST: &str = "gpu-box.lan";

/// The requests other than chat calls (method and path) a double on `port`
/// received for `host` (its Host header).
pub async fn checks_at(port: u16, host: &str) -> Vec<String> {
    get_json(&format!("http://127.0.0.1:{port}/__checks?host={host}")).await
}

async fn get_json<T: serde::de::DeserializeOwned>(url: &str) -> T {
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    let client: hyper_util::client::legacy::Client<_, Full<Bytes>> =
        hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new()).build(connector);
    let uri: hyper::Uri = url.parse().expect("a uri");
    let response = client.get(uri).await.expect("the double answers");
    let body = http_body_util::BodyExt::collect(response.into_body()).await.expect("a body").to_bytes();
    serde_json::from_slice(&body).expect("json")
}

/// The request bodies a model double on `port` received for `model`.
pub async fn recorded_at(port: u16, model: &str) -> Vec<Value> {
    let bodies: Vec<String> = get_json(&format!("http://127.0.0.1:{port}/__requests?model={model}")).await;
    bodies.iter().map(|b| serde_json::from_str(b).expect("json")).collect()
}
