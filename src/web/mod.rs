//! The page (browser only): mounts the Leptos app.

mod app;

pub use app::App;
