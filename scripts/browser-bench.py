"""Reads `BENCH chunking | …` lines printed by tests/browser_bench.rs in
headless Chromium (stdin) and writes them into BENCHMARKS.md between the
`in-page` markers."""
import pathlib
import sys

rows = []
for line in sys.stdin:
    if "BENCH chunking |" in line:
        _, what, size, seconds, speed, count = [part.strip() for part in line.split("|")]
        rows.append(f"| {what} | {size} | {seconds} | {speed} | {count} |")
if not rows:
    sys.exit("no BENCH lines: did the browser benchmark run?")
body = "\n".join(
    [
        "<!-- in-page:start -->",
        "## Chunking in the page (`scripts/bench.sh`)",
        "",
        "100 MB of generated English-like text chunked by the release wasm build in headless Chromium, on the main thread",
        "(a single long task: moving it to a Web Worker so the page never freezes belongs to the loaders issue). Target: under 1 s.",
        "",
        "| what | size | time | throughput | result |",
        "| --- | ---: | ---: | ---: | ---: |",
        *rows,
        "<!-- in-page:end -->",
    ]
)
bench = pathlib.Path(__file__).resolve().parent.parent / "BENCHMARKS.md"
text = bench.read_text() if bench.exists() else "# Benchmarks\n"
start, end = "<!-- in-page:start -->", "<!-- in-page:end -->"
if start in text and end in text:
    text = text[: text.index(start)] + body + text[text.index(end) + len(end) :]
else:
    text = text.rstrip() + "\n\n" + body + "\n"
bench.write_text(text)
print(body)
