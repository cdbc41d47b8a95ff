#!/usr/bin/env bash
# Runs every test of Minions Web: formatting, lints on both targets, each
# crate's host tests, the browser tests in headless Chromium, the release
# build of the page, and the end-to-end tests on that one build in Chromium
# and Firefox ESR. Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
. scripts/env.sh
export WASM_BINDGEN_TEST_TIMEOUT=${WASM_BINDGEN_TEST_TIMEOUT:-120}

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format"
cargo fmt --all -- --check

step "lints (host)"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "lints (browser)"
cargo clippy --target wasm32-unknown-unknown --workspace --lib --bins --test browser --test browser_providers --test browser_real_llm --test browser_bench --locked -- -D warnings

step "host tests, crate by crate: engine, loaders, providers, the page"
cargo test --workspace --locked

step "model servers for the browser tests"
# Doubles of Ollama (18181, and 18183 refusing this origin) and OpenAI (18182),
# and a real llama.cpp server with a small model (18080).
cargo build --example model-doubles --locked
target/debug/examples/model-doubles --ollama 18181 --openai 18182 --ollama-strict 18183 >target/model-doubles.log 2>&1 &
doubles=$!
trap 'kill $doubles 2>/dev/null || true; scripts/real-llm.sh stop 18080' EXIT
scripts/real-llm.sh start 18080
for _ in $(seq 1 100); do curl -sf http://127.0.0.1:18181/api/version >/dev/null && break; sleep 0.1; done

step "browser tests (headless Chromium)"
cargo test --target wasm32-unknown-unknown --locked --test browser --test browser_providers --test browser_real_llm

step "release build of the page"
trunk build --release

step "end-to-end: the built page in Chromium, through ChromeDriver"
cargo test --locked --test e2e --test e2e_eval --test e2e_boundary --test e2e_conversation --test e2e_tab --test e2e_a11y --test e2e_languages -- --ignored --test-threads=1

step "end-to-end: the same build in Firefox ESR, through geckodriver"
# The runs against the real model server ran in Chromium above; Firefox repeats
# every other test, the model in the page (wllama's compat build there) too.
E2E_BROWSER=firefox cargo test --locked --test e2e --test e2e_eval --test e2e_boundary --test e2e_conversation --test e2e_a11y --test e2e_languages --test e2e_tab \
  -- --ignored --test-threads=1 --skip real_model
