//! The page's own wasm (feature `split`) keeps its relocations
//! (`--emit-relocs`), so that scripts/post-build.sh can split the `#[lazy]`
//! parts out of it with wasm-split-cli. Only that binary: the loader worker
//! and the tests link as usual.
//!
//! `MINIONS_LOCALES_HASH` names the catalogs' content, so that the page
//! asks for `locales/<tag>/<area>.ftl?v=<hash>` and never reads an older
//! build's catalog from the service worker's cache.
use std::hash::{DefaultHasher, Hash, Hasher};

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=locales");
    let split = std::env::var_os("CARGO_FEATURE_SPLIT").is_some();
    if split && std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-bin=minions-web=--emit-relocs");
    }
    let mut files = Vec::new();
    for dir in std::fs::read_dir("locales").into_iter().flatten().flatten() {
        println!("cargo:rerun-if-changed={}", dir.path().display());
        for file in std::fs::read_dir(dir.path()).into_iter().flatten().flatten() {
            files.push(file.path());
        }
    }
    files.sort();
    let mut hasher = DefaultHasher::new();
    for file in files {
        println!("cargo:rerun-if-changed={}", file.display());
        file.hash(&mut hasher);
        std::fs::read(&file).unwrap_or_default().hash(&mut hasher);
    }
    println!("cargo:rustc-env=MINIONS_LOCALES_HASH={:016x}", hasher.finish());
}
