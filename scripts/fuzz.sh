#!/usr/bin/env bash
# Fuzzes every parser of untrusted input as property tests at a large case
# count in release mode (10^6 each unless FUZZ_CASES says otherwise) and
# writes cases and panics into BENCHMARKS.md. scripts/bench.sh runs it; the
# test command keeps the short runs.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/env.sh
# Fuzzing: the loaders and chunkers, and every other parser of untrusted
# input (model replies, server streams, imports), as property tests at a
# large case count.
cases=${FUZZ_CASES:-1000000}
parser_cases=${FUZZ_CASES:-1000000}
fuzz_log=target/fuzz-loaders.log
parsers_log=target/fuzz-parsers.log
PROPTEST_CASES=$cases cargo test -p minions-loaders --release --locked --test fuzz_loaders >"$fuzz_log" 2>&1 || true
PROPTEST_CASES=$parser_cases cargo test --release --locked --test fuzz_parsers >"$parsers_log" 2>&1 || true
panics() { grep -c "panicked at" "$1" || true; }
listed() { grep -E "^test .* (ok|FAILED)$" "$1" | sed -E 's/^test (.*) \.\.\. (ok|FAILED)$/- `\1`: \2/'; }
took() { grep -E "^test result" "$1" | sed -E 's/.*finished in ([0-9.]+s).*/\1/'; }
{
  echo "## Fuzzing the loaders, chunkers and parsers"
  echo
  echo "Property tests (proptest) in release mode, \`scripts/fuzz.sh\` (run by \`scripts/bench.sh\`); the test command runs the same"
  echo "properties with the default 256 cases."
  echo
  echo "\`tests/fuzz_loaders.rs\`: HTML, DOCX (random bytes and mutated real files), CSV/JSON through the record chunker,"
  echo "any file name and bytes through \`load\`, PDF page texts. $cases cases each, $(took "$fuzz_log") in all, $(panics "$fuzz_log") panics:"
  echo
  listed "$fuzz_log"
  echo
  echo "\`tests/fuzz_parsers.rs\`: model replies (JSON extraction, every typed reply, replies cut at the output limit), SSE and"
  echo "NDJSON streams through the adapters' readers, question sets (JSON Lines, CSV), evaluation imports and stored"
  echo "evaluations, history entries, GGUF headers and the in-page model's script answers. $parser_cases cases each, $(took "$parsers_log") in all, $(panics "$parsers_log") panics:"
  echo
  listed "$parsers_log"
  echo
  echo "Found and fixed earlier: \`<script/>\` (a self-closed script, which HTML still opens) let script text into a page's"
  echo "visible text."
} | python3 scripts/section.py fuzzing
