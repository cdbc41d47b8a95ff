//! The page's own wasm (feature `split`) keeps its relocations
//! (`--emit-relocs`), so that scripts/post-build.sh can split the `#[lazy]`
//! parts out of it with wasm-split-cli. Only that binary: the loader worker
//! and the tests link as usual.
fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let split = std::env::var_os("CARGO_FEATURE_SPLIT").is_some();
    if split && std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32") {
        println!("cargo:rustc-link-arg-bin=minions-web=--emit-relocs");
    }
}
