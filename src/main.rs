//! The page's entry point: installs the panic hook and mounts the app.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    minions_web::web::register_service_worker();
    leptos::mount::mount_to_body(minions_web::web::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Minions Web is a web page: run scripts/serve.sh and open it in a browser.");
}
