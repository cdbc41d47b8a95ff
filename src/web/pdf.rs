//! PDF in the page: pdf.js (Mozilla's reader, served from this origin under
//! `pdfjs/`) is imported the first time a PDF is opened, so the first load
//! stays small; it parses in its own worker thread, off the page's main
//! thread. The page texts come back to `loaders::pdf_pages`.

use js_sys::{Array, Function, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use minions_loaders::{pdf_pages, LoadError, Loaded, PdfDamage, ReaderProblem};

#[wasm_bindgen(inline_js = r#"
let pdfjs = null;

export async function pdf_page_texts(bytes, base, onPage) {
  if (!pdfjs) {
    try {
      pdfjs = await import(new URL("pdfjs/pdf.min.mjs", base).href);
    } catch (error) {
      throw { kind: "reader", detail: String(error && error.message || error) };
    }
    pdfjs.GlobalWorkerOptions.workerSrc = new URL("pdfjs/pdf.worker.min.mjs", base).href;
  }
  const task = pdfjs.getDocument({
    data: bytes,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    cMapUrl: new URL("pdfjs/cmaps/", base).href,
    cMapPacked: true,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    throw { kind: error && error.name === "PasswordException" ? "encrypted" : "corrupt", detail: String(error && error.message || error) };
  }
  const pages = [];
  try {
    for (let number = 1; number <= doc.numPages; number++) {
      const page = await doc.getPage(number);
      const content = await page.getTextContent();
      let text = "";
      for (const item of content.items) {
        if (typeof item.str !== "string") continue;
        text += item.str;
        if (item.hasEOL) text += "\n";
      }
      pages.push(text);
      page.cleanup();
      // The page answers false when the user cancelled: stop after this page.
      if (onPage(number, doc.numPages) === false) break;
    }
  } catch (error) {
    throw { kind: "corrupt", detail: String(error && error.message || error) };
  } finally {
    task.destroy();
  }
  return pages;
}
"#)]
extern "C" {
    #[wasm_bindgen(catch)]
    fn pdf_page_texts(bytes: &Uint8Array, base: &str, on_page: &Function) -> Result<js_sys::Promise, JsValue>;
}

fn failure(error: &JsValue) -> LoadError {
    let field = |name: &str| js_sys::Reflect::get(error, &name.into()).ok().and_then(|v| v.as_string());
    match field("kind").as_deref() {
        Some("encrypted") => LoadError::Encrypted,
        Some("reader") => LoadError::ReaderUnavailable(ReaderProblem::NotFetched(field("detail").unwrap_or_default())),
        _ => LoadError::CorruptPdf(
            field("detail")
                .or_else(|| field("message"))
                .or_else(|| error.as_string())
                .filter(|message| !message.trim().is_empty())
                .map_or(PdfDamage::Unexplained, PdfDamage::Reader),
        ),
    }
}

/// The text of a PDF, page by page; `on_page(done, total)` reports progress.
pub async fn read_pdf(bytes: &[u8], on_page: &Function) -> Result<Loaded, LoadError> {
    let base = crate::web::page_base();
    let data = Uint8Array::from(bytes);
    let promise = pdf_page_texts(&data, &base, on_page).map_err(|e| failure(&e))?;
    let pages = JsFuture::from(promise).await.map_err(|e| failure(&e))?;
    let pages: Vec<String> = Array::from(&pages).iter().map(|p| p.as_string().unwrap_or_default()).collect();
    pdf_pages(&pages)
}
