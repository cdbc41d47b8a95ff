//! The page's entry point: installs the panic notice and mounts the app.

#[cfg(target_arch = "wasm32")]
fn main() {
    minions_web::web::install_panic_notice();
    minions_web::web::register_service_worker();
    // The catalog first, so that the page's first words are in the reader's language.
    // Leptos's executor starts with the mount, so this first task runs on the browser's own.
    wasm_bindgen_futures::spawn_local(async {
        minions_web::web::i18n::switch(minions_web::web::i18n::preferred()).await;
        leptos::mount::mount_to_body(minions_web::web::App);
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Minions Web is a web page: run scripts/serve.sh and open it in a browser.");
}
