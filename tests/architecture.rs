//! Architecture invariants the compiler cannot hold. The layers are crates
//! (page → providers, loaders → engine), so an engine file that names
//! `web_sys` or `crate::providers` does not build; what is left to check is
//! what a manifest or the standard library could still let in.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

/// Each layer's normal dependencies, by name: anything else in its manifest
/// (a browser, network, UI, clock or randomness crate, or a layer above it)
/// fails here. Dev-dependencies are free.
const ALLOWED: [(&str, &[&str]); 3] = [
    ("minions-engine", &["bm25", "csv-core", "futures", "serde", "serde_json", "thiserror"]),
    (
        "minions-loaders",
        &["csv-core", "flate2", "html5gum", "minions-engine", "quick-xml", "serde", "serde_json", "thiserror", "zip"],
    ),
    (
        "minions-providers",
        &[
            "futures",
            "gloo-net",
            "gloo-timers",
            "js-sys",
            "minions-engine",
            "serde",
            "serde_json",
            "wasm-bindgen",
            "wasm-bindgen-futures",
            "web-sys",
        ],
    ),
];

/// Browser crates the providers may use only when built for the browser.
const BROWSER_ONLY: [&str; 6] =
    ["gloo-net", "gloo-timers", "js-sys", "wasm-bindgen", "wasm-bindgen-futures", "web-sys"];

fn workspace_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn packages() -> Vec<Value> {
    let out = Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--no-deps", "--offline"])
        .current_dir(workspace_root())
        .output()
        .expect("cargo metadata runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let metadata: Value = serde_json::from_slice(&out.stdout).expect("cargo metadata is JSON");
    metadata["packages"].as_array().cloned().unwrap_or_default()
}

#[test]
fn each_layer_depends_only_on_what_its_layer_may_use() {
    let packages = packages();
    for (name, allowed) in ALLOWED {
        let package =
            packages.iter().find(|p| p["name"] == name).unwrap_or_else(|| panic!("{name} is in the workspace"));
        let mut offences = Vec::new();
        for dependency in package["dependencies"].as_array().into_iter().flatten() {
            if !dependency["kind"].is_null() {
                continue; // dev- and build-dependencies do not reach the library
            }
            let dep = dependency["name"].as_str().unwrap_or_default();
            if !allowed.contains(&dep) {
                offences.push(format!("{name} depends on {dep}"));
            }
            let target = dependency["target"].as_str().unwrap_or_default();
            if BROWSER_ONLY.contains(&dep) && target != r#"cfg(target_arch = "wasm32")"# {
                offences.push(format!("{name} depends on {dep} outside the browser build"));
            }
        }
        assert!(offences.is_empty(), "{}", offences.join("\n"));
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("source folder is readable").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn the_engine_reads_no_clock_and_draws_no_chance_from_the_standard_library() {
    // The standard library is every crate's dependency, so only a search
    // finds its clock, a seed taken from the process, files or threads
    // (`std::net`'s address types are pure parsing, and allowed).
    let mut files = Vec::new();
    rust_files(&workspace_root().join("crates/engine/src"), &mut files);
    assert!(files.len() > 10);
    let mut offences = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).unwrap_or_default();
        for name in ["Instant::now", "SystemTime", "RandomState", "std::env::", "std::fs::", "std::thread::"] {
            if text.contains(name) {
                offences.push(format!("{} uses {name}", file.display()));
            }
        }
    }
    assert!(offences.is_empty(), "{}", offences.join("\n"));
}

#[test]
fn the_engine_names_request_settings_by_its_own_names_not_the_wire_s() {
    // The providers map `max_tokens` or `response_format` to `RequestParam`;
    // a wire name matched in the engine would tie it to one server's API.
    let mut files = Vec::new();
    rust_files(&workspace_root().join("crates/engine/src"), &mut files);
    let wire_names = [
        "\"max_tokens\"",
        "\"max_completion_tokens\"",
        "\"response_format\"",
        "\"json_schema\"",
        "\"json_object\"",
        "\"num_ctx\"",
        "\"num_predict\"",
        "\"stream_options\"",
        "\"reasoning_effort\"",
    ];
    let offences: Vec<String> = files
        .iter()
        .flat_map(|file| {
            let text = fs::read_to_string(file).unwrap_or_default();
            wire_names
                .iter()
                .filter(move |name| text.contains(*name))
                .map(move |name| format!("{} matches {name}", file.display()))
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(offences.is_empty(), "{}", offences.join("\n"));
}

#[test]
fn only_the_egress_gate_holds_the_supervisor() {
    // The gate's model field is private and nothing hands it out: the only
    // method that calls it is `send`, which records the audit entry first.
    let gate = fs::read_to_string(workspace_root().join("crates/engine/src/egress.rs")).unwrap();
    assert!(gate.contains("    supervisor: Box<dyn ChatModel>,"), "the field must stay private");
    assert_eq!(gate.matches("self.supervisor.chat(").count(), 1);
    let send = gate.split("pub async fn send").nth(1).unwrap();
    let record = send.find("self.audit.borrow_mut().push(entry)").unwrap();
    let call = send.find("self.supervisor.chat(").unwrap();
    assert!(record < call, "the audit entry is written before the request leaves");
    assert!(!gate.contains("-> &dyn ChatModel") && !gate.contains("-> Box<dyn ChatModel>"));
}
