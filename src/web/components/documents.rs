//! Documents: a drop zone, a file picker and a paste box; each document with
//! its size, pages and tokens, and a remove button. A file that cannot be
//! read gets its own message; the others stay loaded.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use crate::tr;
use crate::web::app::{AppState, FileLoad, LoadedDoc};
use crate::web::i18n::format;
use crate::web::load_messages;
use minions_engine::chunking::{chunk_documents, count_chars, estimate_char_chunks, Chunking};
use minions_engine::documents::{Document, DocumentKind};
use minions_loaders::{
    check_size, is_pdf, kind_of, plain_text, Encoding, LoadError, LoadWarning, Loaded, StreamDecoder,
};

/// What a load's progress counts (`FileLoad::unit`); the words shown come from the catalog.
const UNIT_PAGES: &str = "pages";
const UNIT_MB: &str = "MB";
/// Files are read this many bytes at a time, the page breathing in between.
const SLICE_BYTES: usize = 8 * 1024 * 1024;
/// Text is counted (characters, tokens) this many bytes at a time.
const COUNT_SLICE_BYTES: usize = 4 * 1024 * 1024;
/// Documents up to this size are chunked whole for the preview; larger ones
/// show the first chunks and an estimated count.
const EXACT_CHUNKS_BYTES: usize = 4 * 1024 * 1024;

pub(crate) fn add_document(
    state: AppState,
    document: Document,
    encoding: Option<Encoding>,
    warnings: Vec<LoadWarning>,
) {
    let doc = LoadedDoc { id: state.new_id(), document: Arc::new(document), encoding, warnings };
    let stored = doc.clone();
    state.documents.update(|docs| docs.push(doc));
    if state.settings.with_untracked(|s| s.keep_documents) {
        // Storing copies the text once more: in its own task, after the list has updated.
        spawn_local(async move {
            breathe().await;
            crate::web::storage::save_document(&stored);
        });
    }
}

/// Lets the page paint and handle input before the next step of a load.
async fn breathe() {
    gloo_timers::future::TimeoutFuture::new(0).await;
}

/// Bytes `from..to` of a file.
async fn read_bytes(file: &web_sys::File, from: usize, to: usize) -> Result<Vec<u8>, LoadError> {
    let blob = file.slice_with_f64_and_f64(from as f64, to as f64).map_err(|_| LoadError::NotHandedOver)?;
    let buffer = JsFuture::from(blob.array_buffer()).await.map_err(|_| LoadError::NotHandedOver)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

fn set_progress(state: AppState, load_id: u64, done: u32, total: u32) -> bool {
    state.loading.update(|loads| {
        if let Some(load) = loads.iter_mut().find(|l| l.id == load_id) {
            load.done = done;
            load.total = total;
        }
    });
    state.loading.with_untracked(|loads| loads.iter().any(|l| l.id == load_id))
}

/// A text file decoded slice by slice: never held twice in memory, and the
/// page stays responsive while a large one is read.
async fn read_text(
    state: AppState,
    load_id: u64,
    file: &web_sys::File,
    kind: DocumentKind,
    first: Vec<u8>,
) -> Result<Loaded, LoadError> {
    let size = file.size() as usize;
    let mut decoder = StreamDecoder::new(size);
    decoder.feed(&first)?;
    let mut at = first.len();
    drop(first);
    let total_mb = size.div_ceil(1024 * 1024) as u32;
    while at < size {
        if !set_progress(state, load_id, (at / (1024 * 1024)) as u32, total_mb) {
            // Cancelled: the load is no longer listed, so whatever comes back is dropped.
            return Err(LoadError::Empty);
        }
        let end = (at + SLICE_BYTES).min(size);
        decoder.feed(&read_bytes(file, at, end).await?)?;
        at = end;
    }
    breathe().await;
    let (text, encoding) = decoder.finish()?;
    breathe().await;
    plain_text(kind, text, encoding)
}

/// Reads one file with the loader its kind needs (pdf.js for PDFs).
async fn read_file(state: AppState, load_id: u64, file: &web_sys::File) -> Result<Loaded, LoadError> {
    let limit_mb = state.settings.with_untracked(|s| s.max_file_mb.max(1));
    let size = file.size() as usize;
    check_size(size, limit_mb)?;
    let name = file.name();
    let kind = kind_of(&name)?;
    if matches!(kind, DocumentKind::Docx | DocumentKind::Html | DocumentKind::Csv | DocumentKind::Json) {
        // Parsed in the loader worker: the file's buffer moves there untouched.
        let buffer = JsFuture::from(file.array_buffer()).await.map_err(|_| LoadError::NotHandedOver)?;
        let buffer = buffer.dyn_into::<js_sys::ArrayBuffer>().map_err(|_| LoadError::NotHandedOver)?;
        return crate::web::loader_worker::load_in_worker(&name, buffer, limit_mb).await;
    }
    let first = read_bytes(file, 0, size.min(SLICE_BYTES)).await?;
    if first.is_empty() {
        return Err(LoadError::Empty);
    }
    if !is_pdf(&name, &first[..first.len().min(8)]) {
        return read_text(state, load_id, file, kind, first).await;
    }
    let bytes = if first.len() == size { first } else { read_bytes(file, 0, size).await? };
    // Progress per page; returning false stops pdf.js after the page it is on.
    let on_page = Closure::<dyn Fn(u32, u32) -> bool>::new(move |done: u32, total: u32| {
        set_progress(state, load_id, done, total)
    });
    crate::web::pdf::read_pdf(&bytes, on_page.as_ref().unchecked_ref()).await
}

fn load_files(state: AppState, files: web_sys::FileList) {
    for index in 0..files.length() {
        let Some(file) = files.get(index) else { continue };
        let load_id = state.new_id();
        let name = file.name();
        let unit = if is_pdf(&name, &[]) { UNIT_PAGES } else { UNIT_MB };
        state.loading.update(|loads| loads.push(FileLoad { id: load_id, name: name.clone(), done: 0, total: 0, unit }));
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
                    breathe().await;
                    let document = Document::new(name, loaded.kind, loaded.text);
                    breathe().await;
                    add_document(state, document, loaded.encoding, loaded.warnings)
                }
                Err(error) => {
                    state.document_errors.update(|errors| errors.push(load_messages::file_error(&name, &error)))
                }
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
        add_document(state, Document::from_text(tr!("documents-pasted-name", count = count), text), None, Vec::new());
        pasted.set(String::new());
    };

    view! {
        <section class="panel" aria-labelledby="documents-title">
            <h2 id="documents-title">{tr!("documents-title")}</h2>
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
                {
                    // The link's words sit where the language puts them in the sentence.
                    let (before, after) = around_slot(tr!("documents-drop", choose = SLOT));
                    view! { <span>{before}<u>{tr!("documents-choose")}</u>{after}</span> }
                }
                <small>{tr!("documents-formats")}</small>
                <input type="file" multiple data-testid="doc-input" class="visually-hidden" on:change=on_files />
            </label>
            <textarea
                data-testid="doc-paste"
                rows="4"
                placeholder=tr!("documents-paste-placeholder")
                aria-label=tr!("documents-paste-label")
                prop:value=move || pasted.get()
                on:input=move |ev| pasted.set(event_target_value(&ev))
            ></textarea>
            <button class="secondary" data-testid="doc-paste-add" on:click=add_pasted>{tr!("documents-paste-add")}</button>
            <ul class="doc-loading">
                <For each=move || state.loading.get() key=|l| l.id let(load)>
                    {
                        let id = load.id;
                        // Progress updates in place, so that the cancel button stays the same element.
                        let progress = move || {
                            state.loading.with(|loads| loads.iter().find(|l| l.id == id).map(|l| (l.done, l.total)).unwrap_or((0, 0)))
                        };
                        view! {
                            <li data-testid="doc-loading">
                                <span>{load.name.clone()}</span>
                                <progress
                                    max=move || progress().1.max(1)
                                    value=move || progress().0
                                    aria-label=tr!("documents-reading-label", name = &load.name)
                                ></progress>
                                <span class="muted">
                                    {move || match progress() {
                                        (_, 0) => tr!("documents-reading"),
                                        (done, total) if load.unit == UNIT_PAGES => {
                                            tr!("documents-progress-pages", done = done, total = total)
                                        }
                                        (done, total) => tr!("documents-progress-mb", done = done, total = total),
                                    }}
                                </span>
                                <button
                                    class="icon"
                                    data-testid="doc-cancel"
                                    aria-label=tr!("documents-stop-label", name = &load.name)
                                    on:click=move |_| state.loading.update(|loads| loads.retain(|l| l.id != id))
                                >
                                    "✕"
                                </button>
                            </li>
                        }
                    }
                </For>
            </ul>
            <ul class="doc-errors">
                <For each=move || state.document_errors.get().into_iter().enumerate() key=|(i, message)| (*i, message.clone()) let((_, message))>
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
    // The other kinds' names are their formats' (markdown, pdf, docx, …).
    let kind = match document.kind {
        DocumentKind::Text => tr!("documents-kind-text"),
        other => other.label().to_string(),
    };
    // Encodings' names are the same in every language.
    let encoding = doc.encoding.map(|e| format!(" ({})", e.label())).unwrap_or_default();
    let pages = document.page_count();
    // Characters and tokens are counted in slices after the item shows.
    let counts = RwSignal::new(None::<(usize, usize)>);
    let counted = document.clone();
    spawn_local(async move { counts.set(Some(count_text(&counted).await)) });
    let details = move || {
        let (chars, tokens) = match counts.get() {
            Some((chars, tokens)) => (format::count(chars as f64), format!("~{}", format::count(tokens as f64))),
            None => ("…".to_string(), "…".to_string()),
        };
        tr!("documents-details", kind = format!("{kind}{encoding}"), chars = chars, pages = pages, tokens = tokens)
    };
    let preview: String = document.text.chars().take(280).collect();
    // Only a change of chunk size re-chunks, not every keystroke in Settings.
    let chunk_size = Memo::new(move |_| {
        // The preview shows what a run would cut; a size out of the engine's
        // range shows its nearest bound (the run itself refuses it).
        let (min, max) = minions_engine::config::Setting::ChunkSize.range();
        state.settings.with(|s| s.chunk_size.clamp(min as usize, max as usize))
    });
    let chunk_document = document.clone();
    let chunks = Memo::new(move |_| preview_chunks(&chunk_document, chunk_size.get()));
    view! {
        <li class="doc-item" data-testid="doc-item">
            <div class="doc-head">
                <strong class="doc-name">{document.name.clone()}</strong>
                <button
                    class="icon"
                    data-testid="doc-remove"
                    aria-label=tr!("documents-remove-label", name = &document.name)
                    on:click=move |_| {
                        state.documents.update(|docs| docs.retain(|d| d.id != id));
                        crate::web::storage::forget_document(id);
                    }
                >
                    "✕"
                </button>
            </div>
            <div class="muted">{details}</div>
            {doc
                .warnings
                .iter()
                .map(|w| view! { <div class="notice" data-testid="doc-warning">{load_messages::warning(w)}</div> })
                .collect_view()}
            <details>
                <summary>{tr!("documents-preview")}</summary>
                <pre class="preview">{preview}</pre>
            </details>
            <details>
                <summary>
                    {move || {
                        let count = chunks.with(|c| match c.0 {
                            ChunkCount::Exact(n) => format::count(n as f64),
                            ChunkCount::About(n) => tr!("documents-chunks-about", count = format::count(n as f64)),
                        });
                        // The size as Settings shows it, without grouping.
                        tr!("documents-chunks", count = count, size = chunk_size.get().to_string())
                    }}
                </summary>
                <ol class="chunks">
                    <For each=move || chunks.get().1 key=|chunk| chunk.clone() let((index, pages, head))>
                        <li><span class="muted">{format!("#{} · {} · ", index + 1, load_messages::pages(pages.0, pages.1))}</span>{head}"…"</li>
                    </For>
                </ol>
            </details>
        </li>
    }
}

/// Characters and estimated tokens of `document`, counted a slice at a
/// time, yielding to the page between slices. The token count stays with
/// the document, so that runs over it need not count again.
async fn count_text(document: &Document) -> (usize, usize) {
    let pause = || gloo_timers::future::TimeoutFuture::new(0);
    let tokens = document.count_tokens(pause).await;
    let mut chars = 0;
    for slice in document.text.as_bytes().chunks(COUNT_SLICE_BYTES) {
        chars += count_chars(slice);
        pause().await;
    }
    (chars, tokens)
}

/// How many chunks a document makes: counted, or estimated for a large one.
#[derive(Clone, Copy, PartialEq)]
enum ChunkCount {
    Exact(usize),
    About(usize),
}

/// A chunk's head in the preview: its index, first and last page, and text.
type ChunkHead = (usize, (u32, u32), String);

/// The chunk count and the first chunks' heads, for the preview.
fn preview_chunks(document: &Document, size: usize) -> (ChunkCount, Vec<ChunkHead>) {
    let chunking = Chunking { size, ..Chunking::default() };
    let exact = document.text.len() <= EXACT_CHUNKS_BYTES;
    let head = if exact {
        None
    } else {
        // The first chunks come from the start of the text alone.
        let mut cut = (size * 4 * 21).min(document.text.len());
        while !document.text.is_char_boundary(cut) {
            cut += 1;
        }
        Some(Document::new(document.name.clone(), document.kind, document.text[..cut].to_string()))
    };
    let docs = std::slice::from_ref(head.as_ref().unwrap_or(document));
    let chunks = chunk_documents(docs, &chunking, chunking.size);
    let count = if exact {
        ChunkCount::Exact(chunks.len())
    } else {
        // Bytes stand for characters here: the same for most text, an overestimate for the rest.
        ChunkCount::About(estimate_char_chunks(document.text.len(), &chunking))
    };
    let heads = chunks
        .iter()
        .take(20)
        .map(|c| (c.index, (c.first_page, c.last_page), c.text(docs).chars().take(160).collect()))
        .collect();
    (count, heads)
}

/// Stands for a part of a sentence the page writes itself (a link, keys).
const SLOT: &str = "\u{E000}";

/// A message with [`SLOT`] in it, as the text before and after the slot.
fn around_slot(message: String) -> (String, String) {
    match message.split_once(SLOT) {
        Some((before, after)) => (before.to_string(), after.to_string()),
        None => (message, String::new()),
    }
}
