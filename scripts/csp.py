"""Trunk post-build hook: adds the Content-Security-Policy to the built page.

Trunk writes an inline module script that loads the wasm; its text names
hashed files, so its CSP hash is computed here, on every build. The policy:
scripts only from this origin (plus that one inline loader, wasm
compilation, and the blob: workers wllama makes for the model in the page),
styles only from this origin, no plugins, no frames. Its
connect-src is only the outer bound (this origin, http and https): at
start-up the page adds a second policy naming loopback and the servers the
user configured (crates/providers/src/connect_policy.rs), and browsers enforce
both. Then index.html is copied to
404.html so that GitHub Pages serves the app for any path."""
import base64
import hashlib
import os
import pathlib
import re
import sys

staging = pathlib.Path(os.environ.get("TRUNK_STAGING_DIR", sys.argv[1] if len(sys.argv) > 1 else "dist"))
index = staging / "index.html"
html = index.read_text()
scripts = re.findall(r"<script type=\"module\">(.*?)</script>", html, flags=re.S)
hashes = " ".join(
    "'sha256-" + base64.b64encode(hashlib.sha256(s.encode()).digest()).decode() + "'" for s in scripts
)
policy = "; ".join(
    [
        "default-src 'self'",
        f"script-src 'self' 'wasm-unsafe-eval' blob: {hashes}".strip(),
        # wllama starts its worker (and llama.cpp its threads) from blob: URLs.
        "worker-src 'self' blob:",
        "style-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self' http: https:",
        "object-src 'none'",
        "frame-src 'none'",
        "base-uri 'self'",
        "form-action 'none'",
    ]
)
meta = f'<meta http-equiv="Content-Security-Policy" content="{policy}" />'
html = re.sub(r"<meta http-equiv=\"Content-Security-Policy\"[^>]*>\s*", "", html)
html = html.replace("<meta charset=\"utf-8\" />", "<meta charset=\"utf-8\" />\n    " + meta, 1)
index.write_text(html)
(staging / "404.html").write_text(html)
