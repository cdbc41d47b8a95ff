//! Benchmark (`scripts/bench.sh`, section `tab-model` of BENCHMARKS.md):
//! the model inside the page (wllama in headless Chromium) against
//! llama.cpp's own server on the same machine, the same file and the same
//! request: prompt and generation tokens per second as ratios, with one
//! thread (the first visit, not yet cross-origin isolated) and with every
//! thread (after the service worker isolated the page), the time to load
//! the model from the browser's storage, the browser's peak memory, and
//! how much of a repeated prompt the page's model takes from its cache.
//! Each file of `TAB_BENCH_MODELS` (comma-separated `name=path`) is one row:
//! the SmolLM2-135M Q4_1 that `scripts/real-llm.sh` installs, and its
//! requantized Q8_0 and Q4_0 copies (`scripts/requantize.sh`).
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use serde_json::{json, Value};

#[path = "support/llama.rs"]
mod llama;
#[path = "support/model_host.rs"]
mod model_host;
#[path = "support/page.rs"]
mod page;

use model_host::ModelHost;
use page::Page;

/// About 330 prompt tokens of plain prose, the same for every run.
fn request() -> Value {
    let text = "The committee met on the first Monday of the month to review the library's budget, the opening \
                hours of its three branches, the repairs to the roof of the central building and the plan to lend \
                laptops to students. ";
    json!({
        "messages": [
            {"role": "system", "content": "You summarise reports for a busy reader."},
            {"role": "user", "content": format!("{}\nSummarise the report in two sentences.", text.repeat(7))}
        ],
        "max_tokens": 64,
        "temperature": 0,
        "cache_prompt": false,
        "stream": false
    })
}

#[derive(Debug, Clone, Copy, Default)]
struct Speed {
    prompt_tokens: f64,
    prompt_per_second: f64,
    generated_per_second: f64,
}

fn speed_of(timings: &Value) -> Speed {
    Speed {
        prompt_tokens: timings["prompt_n"].as_f64().unwrap_or(0.0),
        prompt_per_second: timings["prompt_per_second"].as_f64().unwrap_or(0.0),
        generated_per_second: timings["predicted_per_second"].as_f64().unwrap_or(0.0),
    }
}

/// The better of two runs (the machine has other work).
fn best(a: Speed, b: Speed) -> Speed {
    Speed {
        prompt_tokens: a.prompt_tokens.max(b.prompt_tokens),
        prompt_per_second: a.prompt_per_second.max(b.prompt_per_second),
        generated_per_second: a.generated_per_second.max(b.generated_per_second),
    }
}

async fn server_speed(base: &str) -> Speed {
    let client = llama::client();
    let mut out = Speed::default();
    for _ in 0..2 {
        let bytes = llama::post(&client, &format!("{base}/v1/chat/completions"), request().to_string()).await;
        let reply: Value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        out = best(out, speed_of(&reply["timings"]));
    }
    out
}

impl Page {
    /// Runs `script` (an async function body that has `m`, the page's
    /// tab-model.js, and `args`) and returns what it resolves to.
    async fn with_tab_script(&self, script: &str, args: Value) -> Value {
        let wrapped = format!(
            "const done = arguments[arguments.length - 1]; const args = arguments[0];
             import(new URL('tab-model.js', document.baseURI).href)
               .then(async (m) => {{ {script} }})
               .then((v) => done({{ ok: v }}), (e) => done({{ error: String(e && (e.detail || e.message) || e) }}));"
        );
        let value = self.client.execute_async(&wrapped, vec![args]).await.expect("the script runs");
        if let Some(error) = value.get("error") {
            panic!("tab-model.js failed: {error}");
        }
        value["ok"].clone()
    }

    /// A load and two completions on one thread take minutes.
    async fn allow_minutes(&self) {
        let timeouts = fantoccini::wd::TimeoutConfiguration::new(Some(Duration::from_secs(900)), None, None);
        self.client.update_timeouts(timeouts).await.expect("timeouts");
    }

    /// Downloads the file at `url` into the page's storage under `key`.
    async fn tab_download(&self, key: &str, url: &str, name: &str) {
        self.with_tab_script(
            "await m.download(args.key, args.url, args.name, () => {}, new AbortController().signal); return true;",
            json!({"key": key, "url": url, "name": name}),
        )
        .await;
    }

    async fn tab_load(&self, key: &str, threads: u64, compat: bool) -> f64 {
        self.tab_load_with(key, json!({"n_threads": threads, "compat": compat})).await
    }

    /// Loads with these options (tab-model.js's `load`) and a 4,096-token context.
    async fn tab_load_with(&self, key: &str, mut options: Value) -> f64 {
        options["n_ctx"] = json!(4096);
        let value = self
            .with_tab_script(
                "const t = performance.now(); const info = JSON.parse(await m.load(args.key, JSON.stringify(args.options))); return { ms: performance.now() - t, threads: info.threads };",
                json!({"key": key, "options": options}),
            )
            .await;
        value["ms"].as_f64().unwrap_or(0.0)
    }

    async fn tab_chat(&self, body: &Value) -> (Value, Value) {
        let value = self
            .with_tab_script(
                "let last = null; await m.chat(args.body, (c) => { last = JSON.parse(c); }, new AbortController().signal); return last;",
                json!({"body": body.to_string()}),
            )
            .await;
        (value["timings"].clone(), value["usage"].clone())
    }

    async fn tab_speed(&self) -> Speed {
        let mut body = request();
        body["stream"] = json!(true);
        let mut out = Speed::default();
        for _ in 0..2 {
            out = best(out, speed_of(&self.tab_chat(&body).await.0));
        }
        out
    }
}

/// The summed resident memory of the browser's processes, bytes.
fn browser_rss() -> u64 {
    let out = std::process::Command::new("ps").args(["-C", "chromium", "-o", "rss="]).output();
    out.map(|o| {
        String::from_utf8_lossy(&o.stdout).split_whitespace().filter_map(|n| n.parse::<u64>().ok()).sum::<u64>() * 1024
    })
    .unwrap_or(0)
}

/// Samples the browser's memory every 200 ms until stopped; the peak.
fn watch_memory() -> (Arc<AtomicBool>, Arc<AtomicU64>) {
    let stop = Arc::new(AtomicBool::new(false));
    let peak = Arc::new(AtomicU64::new(0));
    let (s, p) = (stop.clone(), peak.clone());
    std::thread::spawn(move || {
        while !s.load(Ordering::SeqCst) {
            p.fetch_max(browser_rss(), Ordering::SeqCst);
            std::thread::sleep(Duration::from_millis(200));
        }
    });
    (stop, peak)
}

struct Row {
    name: String,
    bytes: u64,
    server: Speed,
    one: Speed,
    all: Speed,
    compat: Speed,
    threads: u64,
    load_ms: f64,
    peak_mb: f64,
    cached_share: f64,
}

fn models() -> Vec<(String, PathBuf)> {
    let list = std::env::var("TAB_BENCH_MODELS").expect("TAB_BENCH_MODELS=name=path,… (scripts/bench.sh sets it)");
    list.split(',').filter_map(|item| item.split_once('=').map(|(n, p)| (n.to_string(), PathBuf::from(p)))).collect()
}

#[tokio::test]
#[ignore = "a benchmark: run by scripts/bench.sh with TAB_BENCH_MODELS and the servers it starts"]
async fn the_model_in_the_page_against_the_server_on_the_same_file() {
    let models = models();
    let host = ModelHost::start().await;
    let page = Page::open().await;
    page.allow_minutes().await;
    let (_, webgpu) = {
        let v = page
            .client
            .execute_async(
                "const done = arguments[arguments.length - 1]; (navigator.gpu ? navigator.gpu.requestAdapter() : Promise.resolve(null)).then((a) => done([!!navigator.gpu, !!a]), () => done([!!navigator.gpu, false]));",
                vec![],
            )
            .await
            .expect("webgpu probe");
        (v[0].as_bool().unwrap_or(false), v[1].as_bool().unwrap_or(false))
    };
    let mut rows = Vec::new();
    // First visit: not isolated, one thread. Each model is downloaded into storage, loaded and timed.
    for (index, (name, path)) in models.iter().enumerate() {
        let url = host.host("bench/model", &format!("m{index}.gguf"), path.clone(), None);
        let key = format!("bench-{index}");
        page.tab_download(&key, &url, name).await;
        page.tab_load(&key, 1, false).await;
        let one = page.tab_speed().await;
        let port = 18095 + index as u16;
        let server = server_speed(&format!("http://127.0.0.1:{port}")).await;
        rows.push(Row {
            name: name.clone(),
            bytes: std::fs::metadata(path).map(|m| m.len()).unwrap_or(0),
            server,
            one,
            all: Speed::default(),
            compat: Speed::default(),
            threads: 1,
            load_ms: 0.0,
            peak_mb: 0.0,
            cached_share: 0.0,
        });
    }
    page.with_tab_script("await m.unload(); return true;", json!({})).await;
    // Second load: the service worker made the page cross-origin isolated.
    page.client.refresh().await.expect("reload");
    page.wait_for("[data-testid=run-status]", Duration::from_secs(20)).await;
    let isolation =
        page.client.execute("return [self.crossOriginIsolated, navigator.hardwareConcurrency]", vec![]).await;
    let isolation = isolation.expect("isolation");
    assert_eq!(isolation[0], json!(true), "the second load is cross-origin isolated");
    let threads = isolation[1].as_u64().unwrap_or(1);
    for (index, row) in rows.iter_mut().enumerate() {
        let key = format!("bench-{index}");
        page.with_tab_script("await m.unload(); return true;", json!({})).await;
        tokio::time::sleep(Duration::from_secs(1)).await;
        let baseline = browser_rss();
        let (stop, peak) = watch_memory();
        row.load_ms = page.tab_load(&key, threads, false).await;
        row.threads = threads;
        row.all = page.tab_speed().await;
        // The same request again with the prompt cache on: what the model evaluates anew.
        let mut body = request();
        body["stream"] = json!(true);
        body["cache_prompt"] = json!(true);
        page.tab_chat(&body).await;
        let (timings, _) = page.tab_chat(&body).await;
        let evaluated = timings["prompt_n"].as_f64().unwrap_or(0.0);
        let cached = timings["cache_n"].as_f64().unwrap_or(0.0);
        row.cached_share = if evaluated + cached > 0.0 { cached / (evaluated + cached) } else { 0.0 };
        stop.store(true, Ordering::SeqCst);
        row.peak_mb = peak.load(Ordering::SeqCst).saturating_sub(baseline) as f64 / 1e6;
        // The compat build (no Memory64, Asyncify instead of JSPI), on every thread.
        page.tab_load(&key, threads, true).await;
        row.compat = page.tab_speed().await;
    }
    page.close().await;

    let ratio = |tab: f64, server: f64| if server > 0.0 { tab / server } else { 0.0 };
    let mut out = String::new();
    out.push_str("## The model in the page against llama.cpp's server (`tests/tab_bench.rs`)\n\n");
    out.push_str(&format!(
        "wllama 3.13.0 in headless Chromium against xllamacpp's llama.cpp server (2 threads) on the same machine and file: \
         SmolLM2-135M-Instruct, {} prompt tokens and 64 generated, temperature 0, no prompt cache, the better of two runs. \
         One thread is the first visit (not cross-origin isolated); {threads} threads is the next load, isolated by the \
         page's service worker. The compat build is wllama's 32-bit one (no Memory64, Asyncify instead of JSPI), which the page \
         runs on Chromium's CPU path (`crates/providers/src/tab/plan.rs`) since it is the fastest here. WebGPU: {}. Peak memory is the \
         browser's resident memory while the model loads and answers (default build), above what it held before.\n\n",
        rows.first().map_or(0.0, |r| r.server.prompt_tokens),
        if webgpu { "an adapter is available" } else { "no adapter in this headless browser, so CPU only" }
    ));
    out.push_str("| file | size | server prompt / gen tok/s | tab, 1 thread: prompt / gen (ratio) | tab, all threads: prompt / gen (ratio) | compat build, all threads (ratio) | load from storage | peak memory | repeated prompt from cache |\n");
    out.push_str("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for row in &rows {
        out.push_str(&format!(
            "| {} | {:.0} MB | {:.0} / {:.0} | {:.0} / {:.0} ({:.2} / {:.2}) | {:.0} / {:.0} ({:.2} / {:.2}) | {:.0} / {:.0} ({:.2} / {:.2}) | {:.1} s | {:.0} MB | {:.1}% |\n",
            row.name,
            row.bytes as f64 / 1e6,
            row.server.prompt_per_second,
            row.server.generated_per_second,
            row.one.prompt_per_second,
            row.one.generated_per_second,
            ratio(row.one.prompt_per_second, row.server.prompt_per_second),
            ratio(row.one.generated_per_second, row.server.generated_per_second),
            row.all.prompt_per_second,
            row.all.generated_per_second,
            ratio(row.all.prompt_per_second, row.server.prompt_per_second),
            ratio(row.all.generated_per_second, row.server.generated_per_second),
            row.compat.prompt_per_second,
            row.compat.generated_per_second,
            ratio(row.compat.prompt_per_second, row.server.prompt_per_second),
            ratio(row.compat.generated_per_second, row.server.generated_per_second),
            row.load_ms / 1000.0,
            row.peak_mb,
            row.cached_share * 100.0,
        ));
    }
    println!("{out}");
    std::fs::write(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/tab-bench.md"), out).expect("write");
}

/// Whether llama.cpp's batch size or its attention kernel moves the page's
/// prompt speed: the first file of `TAB_BENCH_MODELS`, compat build, every
/// thread, with llama.cpp's defaults (a 512-token micro-batch, flash
/// attention where it can) and with each changed.
#[tokio::test]
#[ignore = "a benchmark: run by scripts/bench.sh with TAB_BENCH_MODELS and the servers it starts"]
async fn batch_size_and_attention_kernel_in_the_page() {
    let (name, path) = models().into_iter().next().expect("a model");
    let host = ModelHost::start().await;
    let page = Page::open().await;
    page.allow_minutes().await;
    let url = host.host("bench/model", "m0.gguf", path, None);
    page.tab_download("tuning", &url, &name).await;
    page.client.refresh().await.expect("reload");
    page.wait_for("[data-testid=run-status]", Duration::from_secs(20)).await;
    let threads = page.client.execute("return navigator.hardwareConcurrency", vec![]).await.expect("threads");
    let threads = threads.as_u64().unwrap_or(1);
    let server = server_speed("http://127.0.0.1:18095").await;
    let settings = [
        ("llama.cpp's defaults (micro-batch 512, flash attention auto)", json!({})),
        ("micro-batch 128", json!({"n_ubatch": 128})),
        ("micro-batch 32", json!({"n_ubatch": 32})),
        ("flash attention off", json!({"flash_attn": false})),
    ];
    let mut out = String::from("## Batch size and attention kernel in the page (`tests/tab_bench.rs`)\n\n");
    out.push_str(&format!(
        "{name}, compat build, {threads} threads, the request above; the server reads {:.0} prompt tokens a second.\n\n",
        server.prompt_per_second
    ));
    out.push_str("| setting | prompt / gen tok/s | prompt ratio to the server |\n|---|---:|---:|\n");
    for (label, mut options) in settings {
        page.with_tab_script("await m.unload(); return true;", json!({})).await;
        options["n_threads"] = json!(threads);
        options["compat"] = json!(true);
        page.tab_load_with("tuning", options).await;
        let speed = page.tab_speed().await;
        let ratio =
            if server.prompt_per_second > 0.0 { speed.prompt_per_second / server.prompt_per_second } else { 0.0 };
        out.push_str(&format!(
            "| {label} | {:.0} / {:.0} | {ratio:.2} |\n",
            speed.prompt_per_second, speed.generated_per_second
        ));
    }
    page.close().await;
    println!("{out}");
    std::fs::write(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/tab-tuning.md"), out).expect("write");
}
