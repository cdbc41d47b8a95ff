// Minions Web's service worker: keeps the app shell so the page opens
// offline (the local model is on this machine anyway), and makes the page
// cross-origin isolated (below). It caches only this origin's own files and
// never touches requests to model servers.
const CACHE = "minions-web-shell";

// The model in the page runs llama.cpp on several threads only in a
// cross-origin isolated page, which needs two response headers that static
// hosts (GitHub Pages) cannot set; this worker adds them to everything it
// serves from this origin (the approach of coi-serviceworker). Requests to
// model servers and downloads are cross-origin CORS requests, which
// isolation allows. The first visit is not isolated yet: its next load is.
function isolated(response) {
  if (!response || response.type === "opaque" || response.status === 0) return response;
  const headers = new Headers(response.headers);
  headers.set("Cross-Origin-Opener-Policy", "same-origin");
  headers.set("Cross-Origin-Embedder-Policy", "require-corp");
  headers.set("Cross-Origin-Resource-Policy", "same-origin");
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

// The shell is index.html and the files it links (their names carry hashes).
async function cacheShell() {
  const cache = await caches.open(CACHE);
  const index = new URL("./", self.registration.scope).href;
  const response = await fetch(index, { cache: "no-store" });
  if (!response.ok) return;
  const html = await response.clone().text();
  await cache.put(index, response);
  // (The engine's worker is named in a meta tag: content and data-wasm.)
  const assets = [...html.matchAll(/(?:href|content|data-wasm|module_or_path:|from)\s*=?\s*['"]([^'"]+\.(?:js|wasm|css))['"]/g)].map(
    (m) => new URL(m[1], index).href,
  );
  // The readers fetched on first use (the loader worker, pdf.js), so that files open offline too.
  for (const reader of ["dialogs.js", "loader-shim.js", "loader-worker.js", "loader-worker_bg.wasm", "pdfjs/pdf.min.mjs", "pdfjs/pdf.worker.min.mjs"]) {
    assets.push(new URL(reader, index).href);
  }
  // The page's lazy parts (Settings, the evaluation): the main glue names the
  // split loader, which names the parts (scripts/post-build.sh).
  for (const script of assets.filter((url) => url.endsWith(".js"))) {
    const glue = await fetch(script, { cache: "no-store" }).then((r) => (r.ok ? r.text() : "")).catch(() => "");
    for (const [, loader] of glue.matchAll(/\.\/(__wasm_split-[0-9a-f]+\.js)/g)) {
      const loaderUrl = new URL(loader, script).href;
      assets.push(loaderUrl);
      const text = await fetch(loaderUrl, { cache: "no-store" }).then((r) => (r.ok ? r.text() : "")).catch(() => "");
      for (const [, part] of text.matchAll(/\.\/((?:split|chunk)_[A-Za-z0-9_-]+\.wasm)/g)) {
        assets.push(new URL(part, loaderUrl).href);
      }
    }
  }
  await Promise.all(
    assets.map(async (url) => {
      const asset = await fetch(url, { cache: "no-store" });
      if (asset.ok) await cache.put(url, asset);
    }),
  );
}

self.addEventListener("install", (event) => {
  event.waitUntil(cacheShell().then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // Fresh page when online, the cached shell when not.
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (!response.ok) throw new Error("not ok");
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(new URL("./", self.registration.scope).href, copy));
          return response;
        })
        .catch(() => caches.match(new URL("./", self.registration.scope).href))
        .then(isolated),
    );
    return;
  }
  event.respondWith(
    caches
      .match(request)
      .then(
        (cached) =>
          cached ||
          fetch(request).then((response) => {
            if (response.ok) {
              const copy = response.clone();
              caches.open(CACHE).then((cache) => cache.put(request, copy));
            }
            return response;
          }),
      )
      .then(isolated),
  );
});
