//! Architecture invariants that a test can hold: the engine is pure.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

/// Names that would tie the engine to the browser, the network, the clock
/// or chance.
const FORBIDDEN_IN_ENGINE: [&str; 10] =
    ["web_sys", "js_sys", "wasm_bindgen", "gloo", "leptos", "Instant::now", "SystemTime", "rand::", "reqwest", "tokio"];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
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
fn the_engine_knows_nothing_of_the_browser_the_network_or_the_clock() {
    let mut files = Vec::new();
    rust_files(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/engine"), &mut files);
    assert!(files.len() > 10);
    let mut offences = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).unwrap_or_default();
        for name in FORBIDDEN_IN_ENGINE {
            if text.contains(name) {
                offences.push(format!("{} uses {name}", file.display()));
            }
        }
    }
    assert!(offences.is_empty(), "{}", offences.join("\n"));
}

#[test]
fn only_the_egress_gate_holds_the_supervisor() {
    // The gate's model field is private and nothing hands it out: the only
    // method that calls it is `send`, which records the audit entry first.
    let gate = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/engine/egress.rs")).unwrap();
    assert!(gate.contains("    supervisor: Box<dyn ChatModel>,"), "the field must stay private");
    assert_eq!(gate.matches("self.supervisor.chat(").count(), 1);
    let send = gate.split("pub async fn send").nth(1).unwrap();
    let record = send.find("self.audit.borrow_mut().push(entry)").unwrap();
    let call = send.find("self.supervisor.chat(").unwrap();
    assert!(record < call, "the audit entry is written before the request leaves");
    assert!(!gate.contains("-> &dyn ChatModel") && !gate.contains("-> Box<dyn ChatModel>"));
}
