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

/// The browser the end-to-end tests drive: Chromium unless `E2E_BROWSER`
/// says `firefox` (Firefox ESR through geckodriver).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Browser {
    Chromium,
    Firefox,
}

pub fn browser() -> Browser {
    match std::env::var("E2E_BROWSER").as_deref() {
        Ok("firefox") => Browser::Firefox,
        _ => Browser::Chromium,
    }
}

type Capabilities = serde_json::Map<String, Value>;

/// ChromeDriver and headless Chromium with a fresh profile.
fn chromium(port: u16) -> (Driver, Capabilities) {
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
    (driver, capabilities)
}

/// geckodriver and headless Firefox ESR; geckodriver makes a fresh profile
/// for each session.
/// `dark`: the profile prefers a dark colour scheme (Firefox has no
/// DevTools command to switch it in a running session).
fn firefox(port: u16, dark: bool) -> (Driver, Capabilities) {
    let geckodriver = std::env::var("GECKODRIVER").unwrap_or_else(|_| {
        let home = std::env::var("HOME").unwrap_or_default();
        format!("{home}/.cargo/bin/geckodriver")
    });
    let driver = Driver(
        Command::new(geckodriver)
            .args(["--port", &port.to_string(), "--log", "error"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("geckodriver starts (scripts/setup.sh --browser installs it)"),
    );
    let mut capabilities = serde_json::Map::new();
    capabilities.insert(
        "moz:firefoxOptions".into(),
        json!({
            "binary": std::env::var("FIREFOX").unwrap_or_else(|_| "/usr/bin/firefox-esr".into()),
            "args": ["-headless", "--width=1400", "--height=1000"],
            "prefs": {
                // No first-run pages, updates, telemetry or other background requests.
                "browser.shell.checkDefaultBrowser": false,
                "app.update.auto": false,
                "datareporting.policy.dataSubmissionEnabled": false,
                "toolkit.telemetry.enabled": false,
                "network.captive-portal-service.enabled": false,
                "network.connectivity-service.enabled": false,
                // Files the page offers go to a folder without asking.
                "browser.download.folderList": 2,
                "browser.download.dir": std::env::temp_dir().display().to_string(),
                // The names of a worker "elsewhere" and on the network resolve to this machine.
                "network.dns.localDomains": format!("{ELSEWHERE_HOST},{NETWORK_HOST}"),
                // 0: pages see `prefers-color-scheme: dark`; 1: light (what CI's headless profile reports anyway).
                "layout.css.prefers-color-scheme.content-override": if dark { 0 } else { 1 },
                "ui.systemUsesDarkTheme": i32::from(dark),
            }
        }),
    );
    (driver, capabilities)
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
        Page::open_in(false).await
    }

    /// The page in a browser that prefers a dark colour scheme from the
    /// start (Firefox; Chromium switches with `Emulation.setEmulatedMedia`).
    pub async fn open_dark() -> Page {
        Page::open_in(true).await
    }

    async fn open_in(dark: bool) -> Page {
        let (address, offline) = serve_dist().await;
        let port = std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("a free port").port();
        let (driver, capabilities) = match browser() {
            Browser::Chromium => chromium(port),
            Browser::Firefox => firefox(port, dark),
        };
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
        if dark && browser() == Browser::Chromium {
            page.cdp(
                "Emulation.setEmulatedMedia",
                json!({"features": [{"name": "prefers-color-scheme", "value": "dark"}]}),
            )
            .await;
        }
        page
    }

    pub async fn wait_for(&self, css: &str, limit: Duration) -> Element {
        match self.client.wait().at_most(limit).for_element(Locator::Css(css)).await {
            Ok(element) => element,
            Err(e) => {
                let seen = self.what_the_page_shows().await;
                self.screenshot("never-appeared").await;
                panic!("{css} never appeared: {e}\n{seen}")
            }
        }
    }

    /// For a failure's message: the page's stopped notice or missing-part
    /// notices if any, and the start of what it shows.
    pub async fn what_the_page_shows(&self) -> String {
        let shown = self
            .client
            .execute(
                "const text = (css) => [...document.querySelectorAll(css)].map((e) => e.innerText).join(' | ');
                 return 'stopped: ' + text('[data-testid=page-stopped]') + '\\nmissing parts: ' + text('[data-testid=part-missing]')
                   + '\\npage: ' + (document.body ? document.body.innerText.slice(0, 1500) : '');",
                vec![],
            )
            .await;
        match shown {
            Ok(serde_json::Value::String(text)) => text,
            other => format!("(the page could not be read: {other:?})"),
        }
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

    /// Clicks a hook. A toggle (a button with `aria-expanded`) is clicked
    /// once its place has stopped moving (a connection light growing its
    /// advice can shift the header), and clicked again only if it moved
    /// after the click without flipping: the click then hit where it was.
    /// A toggle that stays put is never clicked twice, since on a busy page
    /// two clicks can both land and put it back.
    pub async fn click(&self, testid: &str) {
        let Some(before) = self.expanded(testid).await else {
            self.click_once(testid).await;
            return;
        };
        for _ in 0..5 {
            let at = self.settled_place(testid).await;
            self.click_once(testid).await;
            let start = Instant::now();
            let mut moved = false;
            while start.elapsed() < Duration::from_secs(15) {
                if self.expanded(testid).await.is_some_and(|now| now != before) {
                    return;
                }
                if self.place(testid).await != at {
                    moved = true;
                    break;
                }
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            if !moved {
                break;
            }
        }
        self.screenshot(&format!("never-toggled-{testid}")).await;
        let place = self.place(testid).await;
        let probe = self.client.execute("const b=document.querySelector(`[data-testid=${arguments[0]}]`); const r=b.getBoundingClientRect(); const top=Math.max(r.top,0), bottom=Math.min(r.bottom, innerHeight); const e=document.elementFromPoint(r.left+r.width/2,(top+bottom)/2); return JSON.stringify([scrollY, r.top, r.bottom, e ? e.outerHTML.slice(0,300) : null, document.activeElement ? document.activeElement.outerHTML.slice(0,120) : null, b.getAttribute('aria-expanded')]);", vec![serde_json::json!(testid)]).await;
        panic!(
            "{testid} never toggled (at {place:?}; {probe:?}; target/e2e-screenshots): {}",
            self.what_the_page_shows().await
        );
    }

    /// Where a hook is on the page (x, y, width, height).
    async fn place(&self, testid: &str) -> Option<(i64, i64, i64, i64)> {
        let (x, y, w, h) = self.hook(testid).await.rectangle().await.ok()?;
        Some((x.round() as i64, y.round() as i64, w.round() as i64, h.round() as i64))
    }

    /// [`Self::place`] once it has been the same for 300 ms (at most 10 s).
    async fn settled_place(&self, testid: &str) -> Option<(i64, i64, i64, i64)> {
        let start = Instant::now();
        let mut last = self.place(testid).await;
        let mut since = Instant::now();
        while start.elapsed() < Duration::from_secs(10) {
            tokio::time::sleep(Duration::from_millis(100)).await;
            let now = self.place(testid).await;
            if now != last {
                (last, since) = (now, Instant::now());
            } else if since.elapsed() >= Duration::from_millis(300) {
                break;
            }
        }
        last
    }

    async fn expanded(&self, testid: &str) -> Option<String> {
        self.hook(testid).await.attr("aria-expanded").await.ok().flatten()
    }

    async fn click_once(&self, testid: &str) {
        // As a person would, bring it fully into view first: a driver clicks
        // a hook that shows only a sliver (Firefox: the header's buttons 2 px
        // into view after the page scrolled) at the sliver's edge, where the
        // click can miss without an error.
        let _ = self
            .client
            .execute(
                "const e = document.querySelector(`[data-testid=\"${arguments[0]}\"]`);
                 if (e) { const r = e.getBoundingClientRect();
                          if (r.top < 0 || r.bottom > innerHeight) e.scrollIntoView({ block: 'center' }); }",
                vec![serde_json::json!(testid)],
            )
            .await;
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

    /// Opens Settings (`open`) or closes them, whatever they were.
    pub async fn set_settings_open(&self, open: bool) {
        let wanted = if open { "true" } else { "false" };
        if self.expanded("settings-open").await.as_deref() != Some(wanted) {
            self.click("settings-open").await;
        }
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
        self.set_settings_open(true).await;
        // Settings are a lazy part: a cold browser compiles it on this first open.
        self.wait_for("[data-testid=worker-provider]", Duration::from_secs(30))
            .await
            .select_by_value(worker_provider)
            .await
            .expect("provider");
        self.fill("worker-url", worker_url).await;
        self.fill("worker-model", worker_model).await;
        self.fill("supervisor-url", supervisor_url).await;
        self.fill("supervisor-key", key).await;
        self.fill("supervisor-model", supervisor_model).await;
        self.set_settings_open(false).await;
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

    /// The `data-testid` of the focused element ("" when it has none).
    pub async fn focused(&self) -> String {
        let found = self
            .client
            .execute("const e = document.activeElement; return e ? (e.getAttribute('data-testid') || '') : '';", vec![])
            .await
            .expect("script runs");
        found.as_str().unwrap_or_default().to_string()
    }

    /// Presses and releases each key of `keys` on the keyboard, wherever
    /// the focus is (WebDriver actions, as a person's keyboard).
    pub async fn press(&self, keys: &str) {
        use fantoccini::actions::{InputSource, KeyAction, KeyActions};
        let mut keyboard = KeyActions::new("keyboard".into());
        for value in keys.chars() {
            keyboard = keyboard.then(KeyAction::Down { value }).then(KeyAction::Up { value });
        }
        self.client.perform_actions(keyboard).await.expect("keys pressed");
    }

    /// Presses Tab until `testid` has the focus; returns the hooks focused on
    /// the way (in order). Panics after `most` presses.
    pub async fn tab_to(&self, testid: &str, most: usize) -> Vec<String> {
        let mut visited = Vec::new();
        for _ in 0..most {
            self.press(&key(fantoccini::key::Key::Tab)).await;
            let now = self.focused().await;
            if !now.is_empty() {
                visited.push(now.clone());
            }
            if now == testid {
                return visited;
            }
        }
        panic!("{testid} never had the focus after {most} Tabs; on the way: {visited:?}");
    }

    /// Whether the focused element shows that it has the focus (an outline).
    pub async fn focus_is_visible(&self) -> bool {
        let found = self
            .client
            .execute(
                "const e = document.activeElement; if (!e) return false; const s = getComputedStyle(e);
                 return e.matches(':focus-visible') && s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;",
                vec![],
            )
            .await
            .expect("script runs");
        found.as_bool().unwrap_or(false)
    }

    /// A Chrome DevTools command, through ChromeDriver.
    pub async fn cdp(&self, command: &'static str, params: Value) {
        self.cdp_value(command, params).await;
    }

    /// A Chrome DevTools Protocol command's result.
    pub async fn cdp_value(&self, command: &'static str, params: Value) -> Value {
        self.client.issue_cmd(Cdp(command, params)).await.unwrap_or_else(|e| panic!("{command}: {e}"))
    }

    /// The serious and critical violations of axe-core's WCAG 2.2 A and AA
    /// rules in the page as it stands, one line each (rule, impact, the
    /// elements), for `state` in the message. axe-core comes from npm
    /// (`tools/node_modules`), injected by the test, never served by the page.
    pub async fn accessibility_violations(&self, state: &str) -> Vec<String> {
        let source = std::fs::read_to_string(
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tools/node_modules/axe-core/axe.min.js"),
        )
        .expect("axe-core is installed: scripts/setup.sh");
        self.client.execute(&format!("{source}\nreturn typeof axe;"), vec![]).await.expect("axe-core loads");
        let found = self
            .client
            .execute_async(
                "const done = arguments[0];
                 axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
                                     resultTypes: ['violations'] })
                   .then((r) => done(r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
                     .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 4).map((n) => n.target.join(' ') + ' ' + (n.failureSummary || '').split('\\n').slice(1, 2).join('')).join(' | ')}`)))
                   .catch((e) => done(['axe failed: ' + e]));",
                vec![],
            )
            .await
            .expect("axe-core runs");
        let lines: Vec<String> = serde_json::from_value(found).unwrap_or_default();
        lines.into_iter().map(|line| format!("{state}: {line}")).collect()
    }
}

/// A Chrome DevTools command sent through ChromeDriver.
#[derive(Debug)]
pub struct Cdp(pub &'static str, pub Value);

impl fantoccini::wd::WebDriverCompatibleCommand for Cdp {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/goog/cdp/execute", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(json!({"cmd": self.0, "params": self.1}).to_string()))
    }
}

/// A key as `Page::press` sends it (Tab, Enter, Escape, …).
pub fn key(key: fantoccini::key::Key) -> String {
    char::from(key).to_string()
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
