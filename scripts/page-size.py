"""Measures the page's first load (wasm + JS + CSS + HTML, gzip -9) in dist/
and writes it into BENCHMARKS.md between the `page-size` markers."""
import gzip
import pathlib
import sys

from benchmarks_md import write_section

root = pathlib.Path(__file__).resolve().parent.parent
dist = root / "dist"
# What the first visit downloads: index.html and the files it names (the
# service worker, pdf.js and the loader worker come later, when needed).
import re

index_html = (dist / "index.html").read_text()
named = set(re.findall(r"""(?:href|src|module_or_path:|from)\s*=?\s*['"]\.?/?([^'"]+\.(?:js|wasm|css))['"]""", index_html))
files = sorted([dist / "index.html"] + [dist / n for n in named if (dist / n).exists() and n != "sw.js"])
if not files:
    sys.exit("dist/ is empty: run trunk build --release first")
rows, total_raw, total_gz = [], 0, 0
for path in files:
    raw = path.read_bytes()
    gz = len(gzip.compress(raw, 9))
    total_raw += len(raw)
    total_gz += gz
    rows.append(f"| `{path.name}` | {len(raw) / 1024:.0f} KB | {gz / 1024:.0f} KB |")
# The page's lazy parts (scripts/post-build.sh), fetched the first time they are used.
later = []
for path in sorted(dist.glob("split_*.wasm")) + sorted(dist.glob("chunk_*.wasm")):
    raw = path.read_bytes()
    later.append(f"| `{path.name}` | {len(raw) / 1024:.0f} KB | {len(gzip.compress(raw, 9)) / 1024:.0f} KB |")
# Each language's catalog, fetched (one file an area) when it is chosen; English is in the wasm.
catalogs = []
for folder in sorted(p for p in (dist / "locales").glob("*") if p.is_dir() and p.name != "en"):
    raw = sum(len(f.read_bytes()) for f in folder.glob("*.ftl"))
    gz = sum(len(gzip.compress(f.read_bytes(), 9)) for f in folder.glob("*.ftl"))
    catalogs.append(f"| `{folder.name}` | {raw / 1024:.0f} KB | {gz / 1024:.0f} KB |")
print(write_section("page-size", [
    "## Page first load (`scripts/bench.sh`)",
    "",
    "Release build (`trunk build --release`, wasm-opt -Oz); gzip -9. Target: ≤ 600 KB gzip.",
    "",
    "| file | raw | gzip |",
    "| --- | ---: | ---: |",
    *rows,
    f"| **total** | {total_raw / 1024:.0f} KB | **{total_gz / 1024:.0f} KB** |",
    *([
        "",
        "Split off the first load (`#[lazy]`, scripts/post-build.sh) and fetched when first used: Settings, the evaluation, the conversation exports, and the markdown reader on the first answer. The engine's worker (the protocols and the model adapters: `engine-worker-*`, about 730 KB raw) is fetched on the first run; the page's first load still carries the decoding of the worker's messages (the events, the report) and the encoding of a run's inputs, which took it from 490 to 598 KB gzip; with the messages and events externally tagged (read without buffering each into serde's `Content` first) it is 558 KB, and 563 KB with the loaders' errors and warnings and Auto's reason typed (the page decodes and words each variant). The catalogs of languages other than English are fetched (from `locales/`) when one is chosen.",
        "",
        "| part | raw | gzip |",
        "| --- | ---: | ---: |",
        *later,
    ] if later else []),
    *([
        "",
        "| catalog (`locales/<tag>/*.ftl`) | raw | gzip |",
        "| --- | ---: | ---: |",
        *catalogs,
    ] if catalogs else []),
]))
