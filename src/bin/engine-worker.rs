//! The engine's Web Worker (see `src/engine_worker/`): runs the protocols
//! off the page's thread. Built by Trunk as its own WebAssembly module,
//! fetched the first time a run starts (`web/engine_host.rs` starts it).

#[cfg(target_arch = "wasm32")]
fn main() {
    minions_web::engine_worker::main();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The engine's worker runs in a browser, started by the page.");
}
