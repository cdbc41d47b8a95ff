// Starts the loader worker (see src/bin/loader-worker.rs): the wasm-bindgen
// wrapper and its module, both next to this file.
importScripts("./loader-worker.js");
wasm_bindgen("./loader-worker_bg.wasm");
