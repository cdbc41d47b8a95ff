#!/usr/bin/env bash
# Installs what building, serving and testing Minions Web need, pinned, and
# skips every piece that is already present at the pinned version.
#
#   scripts/setup.sh            # build tools: wasm32 target, trunk, wasm-bindgen-cli, wasm-split-cli, wasm-opt
#   scripts/setup.sh --browser  # the same plus Chromium, ChromeDriver, Firefox ESR and geckodriver (tests)
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130
WASM_SPLIT_VERSION=0.2.4
GECKODRIVER_VERSION=0.37.1
export PATH="$HOME/.cargo/bin:$PWD/tools/node_modules/.bin:$PATH"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q "trunk $TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (a few minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (a minute or two, once)"
  # Not --locked: its lockfile names a crate version the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# Splits the page's lazy parts out of its wasm (scripts/post-build.sh).
if ! command -v wasm-split-cli >/dev/null || ! cargo install --list | grep -q "^wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  say "installing wasm-split-cli $WASM_SPLIT_VERSION (a minute, once)"
  cargo install --locked wasm_split_cli_support --version "$WASM_SPLIT_VERSION" --features build-binary
fi

# Cargo.lock, the CLI and the test runner must agree on wasm-bindgen.
locked=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/"/,"",$3); print $3}' Cargo.lock 2>/dev/null || true)
if [[ -n $locked && $locked != "$WASM_BINDGEN_VERSION" ]]; then
  echo "Cargo.lock has wasm-bindgen $locked but the pinned CLI is $WASM_BINDGEN_VERSION" >&2
  exit 1
fi

# wasm-opt from npm binaryen (Debian's old one breaks the page at start-up), and
# pdf.js and wllama, which the page serves itself (pinned in tools/package-lock.json).
if ! tools/node_modules/.bin/wasm-opt --version 2>/dev/null | grep -q "version 132" \
  || ! grep -qs '"version": "6.5.438"' tools/node_modules/pdfjs-dist/package.json \
  || ! grep -qs '"version": "3.13.0"' tools/node_modules/@wllama/wllama/package.json \
  || ! grep -qs '"version": "3.13.0"' tools/node_modules/@wllama/wllama-compat/package.json \
  || ! grep -qs '"version": "4.14.1"' tools/node_modules/axe-core/package.json; then
  say "installing binaryen 132 (wasm-opt), pdf.js 6.5.438, wllama 3.13.0 and axe-core 4.14.1 (accessibility tests) from npm"
  npm ci --prefix tools --no-audit --no-fund
fi

if [[ ${1:-} == --browser ]]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Chromium and ChromeDriver from Debian"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium chromium-driver >/dev/null
  fi
  if ! command -v firefox-esr >/dev/null; then
    say "installing Firefox ESR from Debian"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq firefox-esr >/dev/null
  fi
  if ! geckodriver --version 2>/dev/null | grep -q "geckodriver $GECKODRIVER_VERSION"; then
    say "installing geckodriver $GECKODRIVER_VERSION (a few minutes, once)"
    cargo install --locked geckodriver --version "$GECKODRIVER_VERSION"
  fi
fi
say "tools ready"
