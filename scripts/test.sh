#!/usr/bin/env bash
# Runs every test of Minions Web: formatting, lints on both targets, the
# engine's host tests, the browser tests in headless Chromium, and the
# release build of the page. Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
export PATH="$HOME/.cargo/bin:$PWD/tools/node_modules/.bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}
export WASM_BINDGEN_TEST_TIMEOUT=${WASM_BINDGEN_TEST_TIMEOUT:-120}

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "format"
cargo fmt --all -- --check

step "lints (host)"
cargo clippy --all-targets --locked -- -D warnings

step "lints (browser)"
cargo clippy --target wasm32-unknown-unknown --lib --bins --test browser --locked -- -D warnings

step "host tests: engine, protocols, properties, prompts"
cargo test --locked

step "browser tests (headless Chromium)"
cargo test --target wasm32-unknown-unknown --test browser --locked

step "release build of the page"
trunk build --release
