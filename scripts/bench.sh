#!/usr/bin/env bash
# Runs the benchmarks and writes their figures into BENCHMARKS.md (loading
# files in the page and the PDF reader comparison too): the
# engine's (scheduler, chunking, cloud tokens) and redaction's (recall and
# precision on the labelled set) on the host, chunking in the
# page (headless Chromium), the page's first-load size, and the evaluation
# of the sample set against a real model server.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser
. scripts/env.sh
export WASM_BINDGEN_TEST_TIMEOUT=${WASM_BINDGEN_TEST_TIMEOUT:-300}
cargo bench --bench engine --locked
cargo bench -p minions-engine --bench redaction --locked | python3 scripts/section.py redaction
# Fuzzing every parser of untrusted input, 10^6 cases each (scripts/fuzz.sh).
scripts/fuzz.sh
cargo test --release --locked --target wasm32-unknown-unknown --test browser_bench -- --nocapture 2>&1 | python3 scripts/browser-bench.py
trunk build --release
python3 scripts/page-size.py

# The reply contract, before and now: labelled single-excerpt jobs against
# the real llama.cpp server (readable replies, answers, abstentions,
# injected instructions obeyed).
scripts/real-llm.sh start 18080
cargo test --release --locked --test worker_bench -- --ignored --nocapture
python3 scripts/section.py worker-replies <target/worker-bench.md

# The local model reads each chunk once: MinionS's job order against the real server's prompt cache.
cargo test --release --locked --test cache_bench -- --ignored --nocapture
python3 scripts/section.py local-cache <target/cache-bench.md

# A Minion follow-up reads only what is new: a server with room for a 24,000-character report (2 slots of 16,384 tokens).
REAL_LLM_CTX=32768 scripts/real-llm.sh start 18090
cargo test --release --locked --test followup_bench -- --ignored --nocapture
scripts/real-llm.sh stop 18090
python3 scripts/section.py local-followup <target/followup-bench.md

# The model in the page against the server on the same file: SmolLM2-135M as
# shipped (Q4_1) and requantized to Q8_0 and Q4_0, each served natively on its
# own port and run in the page by wllama (tests/tab_bench.rs).
q41=$(scripts/real-llm.sh path)
requantized=$HOME/.cache/minions-web/requantize
for type in q8_0 q4_0; do
  [[ -f $requantized/smollm2-135m-instruct-$type.gguf ]] \
    || scripts/requantize.sh "$q41" "$requantized/smollm2-135m-instruct-$type.gguf" "$type"
done
REAL_LLM_CTX=4096 scripts/real-llm.sh start 18095
REAL_LLM_CTX=4096 REAL_LLM_MODEL=$requantized/smollm2-135m-instruct-q8_0.gguf scripts/real-llm.sh start 18096
REAL_LLM_CTX=4096 REAL_LLM_MODEL=$requantized/smollm2-135m-instruct-q4_0.gguf scripts/real-llm.sh start 18097
TAB_BENCH_MODELS="Q4_1 (as shipped)=$q41,Q8_0=$requantized/smollm2-135m-instruct-q8_0.gguf,Q4_0=$requantized/smollm2-135m-instruct-q4_0.gguf" \
  cargo test --release --locked --test tab_bench -- --ignored --nocapture --test-threads=1
for port in 18095 18096 18097; do scripts/real-llm.sh stop $port; done
python3 scripts/section.py tab-model <target/tab-bench.md
python3 scripts/section.py tab-tuning <target/tab-tuning.md

# The evaluation's method on the page's sample, against a real llama.cpp server.
cargo test --release --locked --test eval_bench -- --ignored --nocapture
python3 scripts/section.py eval-real <target/eval-real.md

# Loading files in the page: real PDFs (manuals Debian packages ship, plus a
# 508-page one made of two), 10 and 100 MB of text; poppler's pdftotext is the
# reference for PDF text quality.
pdf_packages="poppler-utils valgrind nettle-dev fontconfig bzip2-doc zlib1g-dev libtasn1-doc shared-mime-info"
if ! dpkg -s $pdf_packages >/dev/null 2>&1; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $pdf_packages >/dev/null
fi
pdfs=target/bench-pdfs
mkdir -p "$pdfs"
for doc in valgrind/valgrind_manual.pdf.gz nettle-dev/nettle.pdf.gz fontconfig/fontconfig-user.pdf.gz \
  bzip2/manual.pdf.gz zlib1g-dev/crc-doc.1.0.pdf.gz libtasn1-doc/libtasn1.pdf shared-mime-info/shared-mime-info-spec.pdf; do
  name=$(basename "$doc" .gz)
  [[ -f $pdfs/$name ]] || { if [[ $doc == *.gz ]]; then zcat "/usr/share/doc/$doc" >"$pdfs/$name"; else cp "/usr/share/doc/$doc" "$pdfs/$name"; fi; }
done
[[ -f $pdfs/union-508-pages.pdf ]] || pdfunite "$pdfs/valgrind_manual.pdf" "$pdfs/nettle.pdf" "$pdfs/union-508-pages.pdf"
BENCH_PDFS=$PWD/$pdfs cargo test --release --locked --test page_bench -- --ignored --nocapture loading_benchmarks
python3 scripts/section.py page-loading <target/page-loading.md

# The page's main thread during a MinionS run over 100 MB, against the model doubles.
cargo build --example model-doubles --locked
target/debug/examples/model-doubles --ollama 18181 --openai 18182 >target/model-doubles-bench.log 2>&1 &
bench_doubles=$!
for _ in $(seq 1 100); do curl -sf http://127.0.0.1:18181/api/version >/dev/null && break; sleep 0.1; done
cargo test --release --locked --test page_bench -- --ignored --nocapture run_main_thread_benchmark
kill $bench_doubles
python3 scripts/section.py run-main-thread <target/run-main-thread.md

# The same PDFs through the pdf-extract crate (a separate crate, so that the page never builds it).
(cd bench/pdf-extract-compare && CARGO_TARGET_DIR=../../target/pdf-compare cargo build --release)
(cd bench/pdf-extract-size && CARGO_TARGET_DIR=../../target/pdf-compare cargo build --release --target wasm32-unknown-unknown)
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  target/pdf-compare/wasm32-unknown-unknown/release/pdf_extract_size.wasm -o target/pdf-compare/pdf-extract-size.wasm
{
  echo "## PDF readers compared: pdf.js (in the page) and the pdf-extract crate"
  echo
  echo "pdf-extract 0.12.1, native on the host (faster than it would be in WebAssembly), on the PDFs above, with the"
  echo "same word-overlap F1 against pdftotext. Its size is what it would add to the page's WebAssembly;"
  echo "pdf.js adds nothing to the first load (imported on the first PDF) and runs in its own worker."
  echo
  echo "| PDF | pages | time | speed | F1 vs pdftotext |"
  echo "|---|---:|---:|---:|---:|"
  target/pdf-compare/release/pdf-extract-compare "$pdfs"
  echo
  echo "Sizes (gzip -9): pdf-extract would add $(gzip -9c target/pdf-compare/pdf-extract-size.wasm | wc -c) bytes to the page's"
  echo "WebAssembly, that is to every first load (built alone for wasm32 and optimised like the page), and would parse on"
  echo "the main thread; pdf.js is $(gzip -9c tools/node_modules/pdfjs-dist/build/pdf.min.mjs | wc -c) bytes + its worker"
  echo "$(gzip -9c tools/node_modules/pdfjs-dist/build/pdf.worker.min.mjs | wc -c) bytes, fetched only the first time a PDF is"
  echo "opened. Text quality is on a par (pdf.js slightly ahead on two files), so the page uses pdf.js."
} | python3 scripts/section.py pdf-readers
