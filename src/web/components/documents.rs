//! Documents: a drop zone, a file picker and a paste box; each document with
//! its size, pages and tokens, and a remove button. A file that cannot be
//! read gets its own message; the others stay loaded.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::engine::chunking::{chunk_documents, Chunking};
use crate::engine::documents::{Document, DocumentKind};
use crate::engine::tokens::estimate_tokens;
use crate::loaders::{check_size, is_pdf, load, LoadError, Loaded};
use crate::web::app::{AppState, FileLoad, LoadedDoc};

fn add_document(state: AppState, document: Document, encoding: Option<&'static str>, warnings: Vec<String>) {
    let doc = LoadedDoc { id: state.new_id(), document, encoding, warnings };
    if state.settings.with_untracked(|s| s.keep_documents) {
        crate::web::storage::save_document(&doc);
    }
    state.documents.update(|docs| docs.push(doc));
}

/// Reads one file with the loader its kind needs (pdf.js for PDFs).
async fn read_file(state: AppState, load_id: u64, file: &web_sys::File) -> Result<Loaded, LoadError> {
    let limit_mb = state.settings.with_untracked(|s| s.max_file_mb.max(1));
    check_size(file.size() as usize, limit_mb)?;
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| LoadError::Corrupt { kind: "file", detail: "the browser could not read it".into() })?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    let name = file.name();
    if is_pdf(&name, &bytes[..bytes.len().min(8)]) {
        // Progress per page; returning false stops pdf.js after the page it is on.
        let on_page = Closure::<dyn Fn(u32, u32) -> bool>::new(move |done: u32, total: u32| {
            state.loading.update(|loads| {
                if let Some(load) = loads.iter_mut().find(|l| l.id == load_id) {
                    load.done = done;
                    load.total = total;
                }
            });
            state.loading.with_untracked(|loads| loads.iter().any(|l| l.id == load_id))
        });
        return crate::web::pdf::read_pdf(&bytes, on_page.as_ref().unchecked_ref()).await;
    }
    load(&name, &bytes, limit_mb)
}

fn load_files(state: AppState, files: web_sys::FileList) {
    for index in 0..files.length() {
        let Some(file) = files.get(index) else { continue };
        let load_id = state.new_id();
        let name = file.name();
        state.loading.update(|loads| loads.push(FileLoad { id: load_id, name: name.clone(), done: 0, total: 0 }));
        spawn_local(async move {
            let result = read_file(state, load_id, &file).await;
            // A cancelled load is no longer listed: its result is dropped.
            let still_wanted = state.loading.with_untracked(|loads| loads.iter().any(|l| l.id == load_id));
            state.loading.update(|loads| loads.retain(|l| l.id != load_id));
            if !still_wanted {
                return;
            }
            match result {
                Ok(loaded) => {
                    add_document(state, Document::new(name, loaded.kind, loaded.text), loaded.encoding, loaded.warnings)
                }
                Err(error) => state.document_errors.update(|errors| errors.push(format!("{name}: {error}."))),
            }
        });
    }
}

#[component]
pub fn DocumentsPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let pasted = RwSignal::new(String::new());
    let dragging = RwSignal::new(false);
    let on_files = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        if let Some(files) = input.files() {
            load_files(state, files);
        }
        input.set_value("");
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(files) = ev.data_transfer().and_then(|d| d.files()) {
            load_files(state, files);
        }
    };
    let add_pasted = move |_| {
        let text = pasted.get();
        if text.trim().is_empty() {
            return;
        }
        let count = state.documents.with(Vec::len) + 1;
        add_document(state, Document::from_text(format!("Pasted text {count}"), text), None, Vec::new());
        pasted.set(String::new());
    };

    view! {
        <section class="panel" aria-labelledby="documents-title">
            <h2 id="documents-title">"Documents"</h2>
            <label
                class="dropzone"
                class:dragging=move || dragging.get()
                on:dragover=move |ev: leptos::ev::DragEvent| {
                    ev.prevent_default();
                    dragging.set(true);
                }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop
            >
                <span>"Drop files here or "<u>"choose files"</u></span>
                <small>"PDF, Word (.docx), HTML, Markdown, CSV, JSON, text. Nothing is uploaded: files are read in this page."</small>
                <input type="file" multiple data-testid="doc-input" class="visually-hidden" on:change=on_files />
            </label>
            <textarea
                data-testid="doc-paste"
                rows="4"
                placeholder="…or paste text here"
                aria-label="Paste text"
                prop:value=move || pasted.get()
                on:input=move |ev| pasted.set(event_target_value(&ev))
            ></textarea>
            <button class="secondary" data-testid="doc-paste-add" on:click=add_pasted>"Add pasted text"</button>
            <ul class="doc-loading">
                <For each=move || state.loading.get() key=|l| (l.id, l.done) let(load)>
                    <li data-testid="doc-loading">
                        <span>{load.name.clone()}</span>
                        <progress
                            max=load.total.max(1)
                            value=load.done
                            aria-label=format!("Reading {}", load.name)
                        ></progress>
                        <span class="muted">{if load.total > 0 { format!("page {} of {}", load.done, load.total) } else { "reading…".into() }}</span>
                        <button
                            class="icon"
                            data-testid="doc-cancel"
                            aria-label=format!("Stop reading {}", load.name)
                            on:click=move |_| state.loading.update(|loads| loads.retain(|l| l.id != load.id))
                        >
                            "✕"
                        </button>
                    </li>
                </For>
            </ul>
            <ul class="doc-errors">
                <For each=move || state.document_errors.get().into_iter().enumerate() key=|(i, _)| *i let((_, message))>
                    <li class="error-line" data-testid="doc-error" role="alert">{message}</li>
                </For>
            </ul>
            <ul class="doc-list">
                <For each=move || state.documents.get() key=|doc| doc.id let(doc)>
                    <DocumentItem doc=doc />
                </For>
            </ul>
        </section>
    }
}

#[component]
fn DocumentItem(doc: LoadedDoc) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = doc.id;
    let document = doc.document;
    let kind = match document.kind {
        DocumentKind::Text => "text",
        other => other.label(),
    };
    let details = format!(
        "{kind}{} · {} characters · {} page{} · ~{} tokens",
        doc.encoding.map(|e| format!(" ({e})")).unwrap_or_default(),
        crate::engine::prompts::thousands(document.char_count()),
        document.page_count(),
        if document.page_count() == 1 { "" } else { "s" },
        crate::engine::prompts::thousands(estimate_tokens(&document.text))
    );
    let preview: String = document.text.chars().take(280).collect();
    // Only a change of chunk size re-chunks, not every keystroke in Settings.
    let chunk_size = Memo::new(move |_| state.settings.with(|s| s.chunk_size.clamp(300, 1_000_000)));
    let chunk_document = document.clone();
    let chunks = Memo::new(move |_| {
        let chunking = Chunking { size: chunk_size.get(), ..Chunking::default() };
        let docs = std::slice::from_ref(&chunk_document);
        chunk_documents(docs, &chunking, chunking.size)
            .iter()
            .map(|c| (c.index, c.page_label(), c.text(docs).chars().take(160).collect::<String>()))
            .collect::<Vec<_>>()
    });
    view! {
        <li class="doc-item" data-testid="doc-item">
            <div class="doc-head">
                <strong class="doc-name">{document.name.clone()}</strong>
                <button
                    class="icon"
                    data-testid="doc-remove"
                    aria-label=format!("Remove {}", document.name)
                    on:click=move |_| {
                        state.documents.update(|docs| docs.retain(|d| d.id != id));
                        crate::web::storage::forget_document(id);
                    }
                >
                    "✕"
                </button>
            </div>
            <div class="muted">{details}</div>
            {doc.warnings.iter().map(|w| view! { <div class="notice" data-testid="doc-warning">{w.clone()}</div> }).collect_view()}
            <details>
                <summary>"Preview"</summary>
                <pre class="preview">{preview}</pre>
            </details>
            <details>
                <summary>{move || format!("{} chunks of up to {} characters", chunks.with(Vec::len), chunk_size.get())}</summary>
                <ol class="chunks">
                    <For each=move || chunks.get().into_iter().take(20) key=|(i, _, _)| *i let((index, pages, head))>
                        <li><span class="muted">{format!("#{} · {pages} · ", index + 1)}</span>{head}"…"</li>
                    </For>
                </ol>
            </details>
        </li>
    }
}
