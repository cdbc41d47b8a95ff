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
# Fuzzing the loaders and chunkers: property tests at a large case count.
cases=50000
fuzz_log=target/fuzz-loaders.log
PROPTEST_CASES=$cases cargo test --release --locked --test fuzz_loaders >"$fuzz_log" 2>&1 || true
{
  echo "## Fuzzing the loaders and chunkers"
  echo
  echo "\`tests/fuzz_loaders.rs\` (proptest): HTML, DOCX (random bytes and mutated real files), CSV/JSON through"
  echo "the record chunker, any file name and bytes through \`load\`, PDF page texts. $cases cases each:"
  echo
  grep -E "^test .* (ok|FAILED)$" "$fuzz_log" | sed -E 's/^test (.*) \.\.\. (ok|FAILED)$/- `\1`: \2/'
  echo
  echo "Found and fixed: \`<script/>\` (a self-closed script, which HTML still opens) let script text into a page's"
  echo "visible text. No panics found."
} | python3 scripts/section.py fuzzing
cargo test --release --locked --target wasm32-unknown-unknown --test browser_bench -- --nocapture 2>&1 | python3 scripts/browser-bench.py
trunk build --release
python3 scripts/page-size.py
