// Minions Web's model inside the page: wllama (llama.cpp compiled to
// WebAssembly, served from this origin under wllama/, its compat build for
// browsers without JSPI or Memory64 under wllama/compat/), imported the first
// time the user picks "In this page", so the first load stays small. wllama
// runs the model in its own Web Worker; this module only moves bytes and
// messages. Models are kept in the Origin Private File System under
// minions-models/: <key>.gguf and <key>.json (where it came from, its size,
// whether it is complete), so a reload finds them and a cut download resumes.
//
// Every failure is thrown as { kind, detail } for crates/providers/src/tab/.
import { Wllama } from "./wllama/index.js";

const asset = (path) => new URL(path, import.meta.url).href;
const DIRECTORY = "minions-models";

let wllama = null;
let loadedKey = null;

const failure = (kind, detail) => ({ kind, detail: String(detail ?? "") });
const message = (error) => String((error && (error.message || error.detail)) || error);

async function directory() {
  if (!navigator.storage || !navigator.storage.getDirectory) {
    throw failure("storage", "this browser has no Origin Private File System");
  }
  const root = await navigator.storage.getDirectory();
  return root.getDirectoryHandle(DIRECTORY, { create: true });
}

async function readMeta(dir, key) {
  try {
    const file = await (await dir.getFileHandle(key + ".json")).getFile();
    return JSON.parse(await file.text());
  } catch {
    return null;
  }
}

async function writeMeta(dir, key, meta) {
  const handle = await dir.getFileHandle(key + ".json", { create: true });
  const writable = await handle.createWritable();
  await writable.write(JSON.stringify(meta));
  await writable.close();
}

async function storedSize(dir, key) {
  try {
    return (await (await dir.getFileHandle(key + ".gguf")).getFile()).size;
  } catch {
    return 0;
  }
}

/** The models in this browser's storage, as JSON: [{ key, name, url, total, stored, complete }]. */
export async function stored() {
  const dir = await directory();
  const models = [];
  for await (const [name, handle] of dir.entries()) {
    if (handle.kind !== "file" || !name.endsWith(".json")) continue;
    const key = name.slice(0, -".json".length);
    const meta = await readMeta(dir, key);
    if (meta) models.push({ ...meta, key, stored: await storedSize(dir, key) });
  }
  return JSON.stringify(models);
}

/** What this origin stores and may store, bytes, as JSON: { usage, quota }. */
export async function estimate() {
  const { usage = 0, quota = 0 } = (await navigator.storage?.estimate?.()) ?? {};
  return JSON.stringify({ usage, quota });
}

/** Whether the page can run threads, and how many the machine has, as JSON. */
export function environment() {
  return JSON.stringify({
    isolated: self.crossOriginIsolated === true,
    threads: navigator.hardwareConcurrency || 1,
    device_memory_gb: navigator.deviceMemory ?? null,
    webgpu: !!navigator.gpu,
    chromium: !!navigator.userAgentData?.brands?.some((b) => /Chromium|Google Chrome|Microsoft Edge/.test(b.brand)),
  });
}

// Writes `stream` into `writable`, telling `onProgress(loaded, total)` every
// 100 ms (counting from `start`); `signal` stops it. Answers the bytes written.
async function copy(stream, writable, start, total, onProgress, signal) {
  let loaded = start;
  let last = 0;
  const reader = stream.getReader();
  for (;;) {
    if (signal.aborted) throw failure("cancelled", "");
    const { done, value } = await reader.read();
    if (done) return loaded;
    await writable.write(value);
    loaded += value.byteLength;
    const now = performance.now();
    if (now - last > 100) {
      last = now;
      onProgress(loaded, total);
    }
  }
}

// A response's total size: from Content-Range on a 206, Content-Length on a 200.
function totalOf(response, resumedFrom) {
  if (response.status === 206) {
    const range = /bytes (\d+)-\d+\/(\d+)/.exec(response.headers.get("content-range") || "");
    if (!range || Number(range[1]) !== resumedFrom) return null;
    return Number(range[2]);
  }
  const length = Number(response.headers.get("content-length"));
  return length > 0 ? length : null;
}

/**
 * Downloads `url` into storage under `key`, resuming a file an earlier
 * download left incomplete (a Range request, checked against the size and
 * ETag it had). `onProgress(loaded, total)` every 100 ms; `signal` cancels,
 * keeping what arrived for the next try.
 */
export async function download(key, url, name, onProgress, signal) {
  const dir = await directory();
  const meta = (await readMeta(dir, key)) ?? {};
  let have = await storedSize(dir, key);
  if (meta.complete && meta.total === have && have > 0) return;
  const resuming = have > 0 && meta.url === url && meta.total > have;
  let response;
  try {
    response = await fetch(url, { headers: resuming ? { Range: `bytes=${have}-` } : {}, signal, cache: "no-store" });
  } catch (error) {
    throw failure(signal.aborted ? "cancelled" : "network", message(error));
  }
  if (!response.ok) throw failure("http", response.status);
  const etag = response.headers.get("etag") || "";
  let total = totalOf(response, resuming ? have : 0);
  let append = resuming && response.status === 206 && total === meta.total && (!meta.etag || !etag || etag === meta.etag);
  if (!append) {
    // The server sent the whole file (or another one): start over.
    if (response.status === 206) {
      response.body?.cancel();
      response = await fetch(url, { signal, cache: "no-store" }).catch((error) => {
        throw failure(signal.aborted ? "cancelled" : "network", message(error));
      });
      if (!response.ok) throw failure("http", response.status);
      total = totalOf(response, 0);
    }
    have = 0;
  }
  await writeMeta(dir, key, { source: "url", url, name, total, etag, complete: false });
  const handle = await dir.getFileHandle(key + ".gguf", { create: true });
  const writable = await handle.createWritable({ keepExistingData: append });
  if (append) await writable.seek(have);
  onProgress(have, total ?? 0);
  let loaded;
  try {
    loaded = await copy(response.body, writable, have, total ?? 0, onProgress, signal);
  } catch (error) {
    // Close (not abort) so that what arrived is kept for a resume.
    await writable.close().catch(() => {});
    throw failure(signal.aborted ? "cancelled" : "network", message(error));
  }
  await writable.close();
  onProgress(loaded, total ?? loaded);
  const complete = total === null || loaded === total;
  await writeMeta(dir, key, { source: "url", url, name, total: total ?? loaded, etag, complete });
  if (!complete) throw failure("truncated", `${loaded} of ${total} bytes`);
}

/** Copies a file the user picked into storage under `key` (so a reload has it). */
export async function storeFile(key, file, onProgress, signal) {
  const dir = await directory();
  const handle = await dir.getFileHandle(key + ".gguf", { create: true });
  const writable = await handle.createWritable();
  try {
    await copy(file.stream(), writable, 0, file.size, onProgress, signal);
  } catch (error) {
    await writable.abort().catch(() => {});
    throw error && error.kind ? error : failure("storage", message(error));
  }
  await writable.close();
  onProgress(file.size, file.size);
  await writeMeta(dir, key, { source: "file", url: "", name: file.name, total: file.size, etag: "", complete: true });
}

/** The first `length` bytes of a stored model (its GGUF header is read in Rust). */
export async function head(key, length) {
  const dir = await directory();
  const file = await (await dir.getFileHandle(key + ".gguf")).getFile();
  return new Uint8Array(await file.slice(0, length).arrayBuffer());
}

/** Removes a stored model (and unloads it if it is the one loaded). */
export async function remove(key) {
  if (loadedKey === key) await unload();
  const dir = await directory();
  for (const name of [key + ".gguf", key + ".json"]) {
    await dir.removeEntry(name).catch((error) => {
      if (error && error.name !== "NotFoundError") throw failure("storage", message(error));
    });
  }
}

export async function unload() {
  const current = wllama;
  wllama = null;
  loadedKey = null;
  if (current) await current.exit().catch(() => {});
}

const quiet = { debug() {}, log() {}, info() {}, warn: console.warn, error: console.error };

/**
 * Loads a stored model. `options` (JSON): n_ctx, n_threads, and `compat`
 * to run the compat build even where the default one would run (faster on
 * Chromium's CPU path; crates/providers/src/tab/plan.rs decides); n_ubatch
 * and flash_attn, when given, override llama.cpp's defaults (the benchmark
 * measures them). Answers JSON: the context it got, the trained context and
 * the threads.
 */
export async function load(key, options) {
  const { n_ctx, n_threads, compat, n_ubatch, flash_attn } = JSON.parse(options);
  await unload();
  const dir = await directory();
  let file;
  try {
    file = await (await dir.getFileHandle(key + ".gguf")).getFile();
  } catch (error) {
    throw failure("missing", message(error));
  }
  const instance = new Wllama({ default: asset("wllama/wllama.wasm") }, { logger: quiet, suppressNativeLog: true });
  const compatBuild = { worker: asset("wllama/compat/wllama.js"), wasm: asset("wllama/compat/wllama.wasm") };
  instance.setCompat(compatBuild);
  if (compat) {
    // wllama picks the compat build only without JSPI or Memory64; this asks for it anyway.
    instance.getWorkerResources = () => ({ wasmPath: compatBuild.wasm, jsPath: compatBuild.worker, compat: true });
  }
  try {
    // One sequence: MinionS runs each chunk's jobs one after another, so
    // the next job reuses the chunk already in the cache.
    await instance.loadModel([file], { n_ctx, n_threads, n_parallel: 1, kv_unified: true, n_ubatch, flash_attn });
  } catch (error) {
    await instance.exit().catch(() => {});
    const text = message(error);
    throw failure(/memory|alloc|OOM|RangeError/i.test(text) ? "memory" : "load", text);
  }
  wllama = instance;
  loadedKey = key;
  const info = instance.getLoadedContextInfo();
  return JSON.stringify({
    n_ctx: info.n_ctx,
    n_ctx_train: info.n_ctx_train,
    threads: instance.isMultithread() ? instance.getNumThreads() : 1,
  });
}

/**
 * One chat completion: `body` is an OpenAI-compatible request (JSON), as
 * llama.cpp's server reads it; each streamed chunk goes to `onChunk` as
 * JSON. `signal` stops generation at once.
 */
export async function chat(body, onChunk, signal) {
  if (!wllama) throw failure("not-loaded", "");
  const request = JSON.parse(body);
  delete request.model;
  try {
    await wllama.createChatCompletion({
      ...request,
      stream: true,
      abortSignal: signal,
      onData: (chunk) => onChunk(JSON.stringify(chunk)),
    });
  } catch (error) {
    if (signal.aborted || (error && error.name === "AbortError")) throw failure("cancelled", "");
    throw failure(error && error.type === "kv_cache_full" ? "context" : "inference", message(error));
  }
}
