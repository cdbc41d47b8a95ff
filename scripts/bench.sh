#!/usr/bin/env bash
# Runs the benchmarks and writes their figures into BENCHMARKS.md: the
# engine's (scheduler, chunking, cloud tokens) and the page's first-load size.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PWD/tools/node_modules/.bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
cargo bench --bench engine --locked
trunk build --release
python3 scripts/page-size.py
