#!/usr/bin/env bash
# Runs the benchmarks and writes their figures into BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo bench --bench engine --locked
