"""Reads `BENCH chunking | …` lines printed by tests/browser_bench.rs in
headless Chromium (stdin) and writes them into BENCHMARKS.md between the
`in-page` markers."""
import sys

from benchmarks_md import write_section

rows = []
for line in sys.stdin:
    if "BENCH chunking |" in line:
        _, what, size, seconds, speed, count = [part.strip() for part in line.split("|")]
        rows.append(f"| {what} | {size} | {seconds} | {speed} | {count} |")
if not rows:
    sys.exit("no BENCH lines: did the browser benchmark run?")
print(write_section("in-page", [
    "## Chunking in the page (`scripts/bench.sh`)",
    "",
    "100 MB of generated English-like text chunked by the release wasm build in headless Chromium, on the main thread",
    "in one call (loading a file no longer chunks it whole: see \"Loading files in the page\"). Target: under 1 s.",
    "A run also builds the egress gate's leak index and counts the documents' tokens over the same text, a slice at a time",
    "with a pause in between, as it chunks by characters, builds its BM25 index and looks for quotes in what it sends",
    "(see \"The page's main thread during a run over 100 MB\"); paragraphs and pages are still cut in one call.",
    "",
    "| what | size | time | throughput | result |",
    "| --- | ---: | ---: | ---: | ---: |",
    *rows,
]))
