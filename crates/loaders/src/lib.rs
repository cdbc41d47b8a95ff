//! Loaders: turning the bytes of a file into a document's text. Pure, so
//! they are tested (and fuzzed with property tests) on the host. PDF is read
//! in the browser by pdf.js (see `web::pdf`), loaded the first time a PDF
//! arrives; its page texts come back here to be checked ([`pdf_pages`]).
//!
//! - [`text`]: plain text in UTF-8, UTF-16 (with a byte-order mark) or, when
//!   the bytes are not UTF-8, Windows-1252; binary files are refused.
//! - [`html`]: the visible text of a page.
//! - [`docx`]: Word documents.
//! - [`tabular`]: CSV and JSON, one record a line so that chunks keep
//!   records whole (with the CSV header repeated in each chunk).
//!
//! Every loader gives a [`Loaded`] (with any [`LoadWarning`]s) or a
//! [`LoadError`] about that one file: typed, so the page words them in the
//! reader's language.

pub mod docx;
pub mod html;
mod problems;
pub mod tabular;
pub mod text;

use serde::{Deserialize, Serialize};

use minions_engine::documents::DocumentKind;
pub use problems::{DocxDamage, LoadError, LoadWarning, OtherFormat, PdfDamage, ReaderProblem};
use text::{decode, TextError};
pub use text::{Encoding, StreamDecoder};

/// A file's text and what the reader noticed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Loaded {
    pub kind: DocumentKind,
    /// Pages are separated by form feeds (`\u{c}`).
    pub text: String,
    /// How a text file was decoded, when it was not plain UTF-8.
    pub encoding: Option<Encoding>,
    pub warnings: Vec<LoadWarning>,
}

impl From<TextError> for LoadError {
    fn from(error: TextError) -> Self {
        match error {
            TextError::Empty => Self::Empty,
            TextError::Binary => Self::Binary,
        }
    }
}

/// Whether a file of this name and these first bytes is a PDF (read by the
/// browser's pdf.js rather than here).
pub fn is_pdf(name: &str, head: &[u8]) -> bool {
    name.to_ascii_lowercase().ends_with(".pdf") || head.starts_with(b"%PDF-")
}

/// Whether a file of this name is read as text (decoded in slices by the
/// page), refused, or needs its whole bytes (Word).
pub fn kind_of(name: &str) -> Result<DocumentKind, LoadError> {
    match OtherFormat::of_file(name) {
        Some(format) => Err(LoadError::Unsupported(format)),
        None => Ok(DocumentKind::from_file_name(name)),
    }
}

/// The text of any file but a PDF, by its name and content; `limit_mb`
/// bounds its size.
pub fn load(name: &str, bytes: &[u8], limit_mb: u32) -> Result<Loaded, LoadError> {
    check_size(bytes.len(), limit_mb)?;
    if bytes.is_empty() {
        return Err(LoadError::Empty);
    }
    match kind_of(name)? {
        DocumentKind::Docx => {
            let text = docx::docx_text(bytes)?;
            if text.trim().is_empty() {
                return Err(LoadError::NoText);
            }
            Ok(Loaded { kind: DocumentKind::Docx, text, encoding: None, warnings: Vec::new() })
        }
        DocumentKind::Pdf => Err(LoadError::CorruptPdf(PdfDamage::ReadByThePage)),
        kind => {
            let (text, encoding) = decode(bytes)?;
            from_text(name, kind, text, encoding)
        }
    }
}

/// A decoded text file, shaped for its kind: a page's visible text, a
/// table's or a record list's one record a line.
pub fn from_text(name: &str, kind: DocumentKind, text: String, encoding: Encoding) -> Result<Loaded, LoadError> {
    let (shaped, warnings) = match kind {
        DocumentKind::Html => (html::visible_text(&text), Vec::new()),
        DocumentKind::Csv => tabular::csv_records(&text, name.to_ascii_lowercase().ends_with(".tsv")),
        DocumentKind::Json => tabular::json_records(&text),
        _ => return plain_text(kind, text, encoding),
    };
    if shaped.trim().is_empty() {
        return Err(LoadError::NoText);
    }
    let mut loaded = plain_text(kind, shaped, encoding)?;
    loaded.warnings = warnings;
    Ok(loaded)
}

/// A decoded text or Markdown file as it is (the page reads these itself;
/// the other kinds go through [`from_text`] in the loader worker).
pub fn plain_text(kind: DocumentKind, text: String, encoding: Encoding) -> Result<Loaded, LoadError> {
    if text.trim().is_empty() {
        return Err(LoadError::Empty);
    }
    let encoding = (!matches!(encoding, Encoding::Utf8 | Encoding::Utf8Bom)).then_some(encoding);
    Ok(Loaded { kind, text, encoding, warnings: Vec::new() })
}

/// Refuses a file over `limit_mb` megabytes.
pub fn check_size(bytes: usize, limit_mb: u32) -> Result<(), LoadError> {
    const MB: u64 = 1024 * 1024;
    let bytes = bytes as u64;
    if bytes > u64::from(limit_mb) * MB {
        return Err(LoadError::TooLarge { size_mb: bytes.div_ceil(MB), limit_mb });
    }
    Ok(())
}

/// A PDF's text from its pages' texts: form feeds between pages, and the
/// verdict on a PDF whose pages hold (almost) no text.
pub fn pdf_pages(pages: &[String]) -> Result<Loaded, LoadError> {
    // Each page ends its last line before the form feed.
    let text: String = pages.iter().map(|p| p.trim_end()).collect::<Vec<_>>().join("\n\u{c}");
    let letters = text.chars().filter(|c| c.is_alphanumeric()).count();
    if pages.is_empty() || letters < 16.max(pages.len()) {
        return Err(LoadError::NoText);
    }
    let empty = pages.iter().filter(|p| p.trim().is_empty()).count();
    let warnings = if empty > 0 { vec![LoadWarning::BlankPages { empty, total: pages.len() }] } else { Vec::new() };
    Ok(Loaded { kind: DocumentKind::Pdf, text, encoding: None, warnings })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_goes_to_its_reader_and_bad_files_get_a_sentence() {
        let html = load("page.html", b"<p>Hello <b>world</b></p><script>x()</script>", 200).expect("html");
        assert_eq!((html.kind, &*html.text), (DocumentKind::Html, "Hello world"));
        assert_eq!(load("a.txt", b"", 200), Err(LoadError::Empty));
        assert_eq!(load("a.txt", &[0, 1, 2, 0], 200), Err(LoadError::Binary));
        assert_eq!(
            load("old.doc", b"whatever", 200).unwrap_err().to_string(),
            "Word 97–2003 (.doc) files cannot be read; save it as PDF, Word (.docx), HTML or text"
        );
        assert_eq!(
            load("big.txt", &vec![b'a'; 3 * 1024 * 1024], 2).unwrap_err().to_string(),
            "it is 3 MB, over the limit of 2 MB (change it in Settings → Documents)"
        );
        assert_eq!(load("blank.html", b"<script>only()</script>", 200), Err(LoadError::NoText));
    }

    #[test]
    fn a_pdf_without_text_is_called_a_scan_and_blank_pages_are_counted() {
        assert_eq!(pdf_pages(&["".into(), " ".into()]), Err(LoadError::NoText));
        let loaded = pdf_pages(&["Page one text here.".into(), "".into(), "Page three text.".into()]).expect("text");
        assert_eq!(loaded.text, "Page one text here.\n\u{c}\n\u{c}Page three text.");
        assert_eq!(loaded.warnings, [LoadWarning::BlankPages { empty: 1, total: 3 }]);
        assert_eq!(
            loaded.warnings[0].to_string(),
            "1 of 3 pages have no text (images or scans); their content is not read."
        );
    }
}
