//! Documents: a drop zone, a file picker and a paste box; each document with
//! its size, pages and tokens, and a remove button. A file that cannot be
//! read gets its own message; the others stay loaded.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::engine::chunking::{chunk_documents, Chunking};
use crate::engine::documents::{Document, DocumentKind};
use crate::engine::tokens::estimate_tokens;
use crate::loaders::text::{decode, Encoding};
use crate::web::app::{AppState, LoadedDoc};

/// Files over this size are refused (a setting later).
const MAX_FILE_BYTES: f64 = 200.0 * 1024.0 * 1024.0;

fn add_document(state: AppState, name: String, text: String, encoding: Option<&'static str>) {
    let document = Document::from_text(name, text);
    let doc = LoadedDoc { id: state.new_id(), document, encoding };
    if state.settings.with_untracked(|s| s.keep_documents) {
        crate::web::storage::save_document(&doc);
    }
    state.documents.update(|docs| docs.push(doc));
}

/// Reads a file as text, or says why it cannot.
async fn read_file(file: web_sys::File) -> Result<(String, String, Option<&'static str>), String> {
    let name = file.name();
    let lower = name.to_lowercase();
    if lower.ends_with(".pdf") || lower.ends_with(".docx") || lower.ends_with(".doc") {
        return Err(format!("{name}: PDF and Word files cannot be read yet. Save it as text or paste its text below."));
    }
    if file.size() > MAX_FILE_BYTES {
        return Err(format!("{name}: the file is larger than 200 MB."));
    }
    let buffer =
        JsFuture::from(file.array_buffer()).await.map_err(|_| format!("{name}: the file could not be read."))?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    let (text, encoding) = decode(&bytes).map_err(|error| format!("{name}: {error}."))?;
    let unusual = (!matches!(encoding, Encoding::Utf8 | Encoding::Utf8Bom)).then(|| encoding.label());
    Ok((name, text, unusual))
}

fn load_files(state: AppState, files: web_sys::FileList) {
    for index in 0..files.length() {
        let Some(file) = files.get(index) else { continue };
        spawn_local(async move {
            match read_file(file).await {
                Ok((name, text, encoding)) => add_document(state, name, text, encoding),
                Err(message) => state.document_errors.update(|errors| errors.push(message)),
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
        add_document(state, format!("Pasted text {count}"), text, None);
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
                <small>"Text, Markdown, CSV, JSON. Nothing is uploaded: files are read in this page."</small>
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
