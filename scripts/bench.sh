#!/usr/bin/env bash
# Runs the benchmarks and writes their figures into BENCHMARKS.md: the
# engine's (scheduler, chunking, cloud tokens) and redaction's (recall and
# precision on the labelled set) on the host, chunking in the
# page (headless Chromium), and the page's first-load size.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
. scripts/env.sh
export WASM_BINDGEN_TEST_TIMEOUT=${WASM_BINDGEN_TEST_TIMEOUT:-300}
cargo bench --bench engine --locked
cargo bench --bench redaction --locked | python3 scripts/section.py redaction
cargo test --release --locked --target wasm32-unknown-unknown --test browser_bench -- --nocapture 2>&1 | python3 scripts/browser-bench.py
trunk build --release
python3 scripts/page-size.py
