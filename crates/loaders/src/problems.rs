//! What a reader says about a file: why it could not be read
//! ([`LoadError`]) and what it noticed about one it read ([`LoadWarning`]).
//! Both are data that cross to the page (from the loader worker, as JSON);
//! their `Display` is the English sentence, and the page writes each
//! variant in the reader's language from its catalog. The only strings
//! inside are other programs' own messages (pdf.js, the browser, a parser)
//! and the document's own names, shown as they are.

use std::fmt;

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Why a file could not be read, in words that say what to do.
#[derive(Debug, Clone, PartialEq, Eq, Error, Serialize, Deserialize)]
pub enum LoadError {
    #[error("the file is empty")]
    Empty,
    #[error("this looks like a binary file, not text")]
    Binary,
    #[error("it is {size_mb} MB, over the limit of {limit_mb} MB (change it in Settings → Documents)")]
    TooLarge { size_mb: u64, limit_mb: u32 },
    /// The browser could not hand the file's bytes over (it moved, or a
    /// cloud drive had not downloaded it).
    #[error("the browser could not read it; pick it again, or copy it to this device first")]
    NotHandedOver,
    #[error("it is not a valid PDF file ({0})")]
    CorruptPdf(PdfDamage),
    #[error("it is not a valid Word (.docx) file ({0})")]
    CorruptDocx(DocxDamage),
    #[error("it is password-protected; open it, remove the password, save it and load it again")]
    Encrypted,
    #[error("it is encrypted or an old Word 97–2003 file; save it as .docx (without a password) and load it again")]
    EncryptedOrOld,
    #[error("it has no text layer (a scan or photo of pages); run it through OCR first, or paste its text")]
    NoText,
    #[error("{0} files cannot be read; save it as PDF, Word (.docx), HTML or text")]
    Unsupported(OtherFormat),
    #[error("the PDF reader could not be loaded ({0}); check the connection to this page's server and try again")]
    ReaderUnavailable(ReaderProblem),
}

/// What is wrong with a PDF.
#[derive(Debug, Clone, PartialEq, Eq, Error, Serialize, Deserialize)]
pub enum PdfDamage {
    /// pdf.js's own message ("Invalid PDF structure.").
    #[error("{0}")]
    Reader(String),
    /// pdf.js failed without a message.
    #[error("pdf.js could not read it")]
    Unexplained,
    /// A PDF handed to [`crate::load`]: the page reads PDFs with pdf.js.
    #[error("PDF files are read by the page")]
    ReadByThePage,
}

/// What is wrong with a Word document.
#[derive(Debug, Clone, PartialEq, Eq, Error, Serialize, Deserialize)]
pub enum DocxDamage {
    #[error("it is not a zip archive")]
    NotZip,
    #[error("it is a zip archive without a Word document inside")]
    NoDocument,
    #[error("its text part is damaged")]
    PartDamaged,
    #[error("its text part is not UTF-8")]
    PartNotUtf8,
    /// The XML parser's own message.
    #[error("its XML is damaged ({0})")]
    Xml(String),
}

/// A format the loaders know and do not read, by its name for people.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum OtherFormat {
    OldWord,
    Excel,
    PowerPoint,
    OpenDocument,
    Rtf,
    Image,
    Archive,
}

impl OtherFormat {
    /// The format of a file by its extension, when it is one of these.
    pub fn of_file(name: &str) -> Option<Self> {
        let ext = name.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
        Some(match ext.as_str() {
            "doc" => Self::OldWord,
            "xls" | "xlsx" => Self::Excel,
            "ppt" | "pptx" => Self::PowerPoint,
            "odt" | "ods" | "odp" => Self::OpenDocument,
            "rtf" => Self::Rtf,
            "png" | "jpg" | "jpeg" | "gif" | "webp" | "heic" | "tif" | "tiff" => Self::Image,
            "zip" | "gz" | "7z" | "rar" => Self::Archive,
            _ => return None,
        })
    }

    /// The format's name: a product's (the same in every language) or, for
    /// images and archives, a word the page translates.
    pub fn name(self) -> &'static str {
        match self {
            Self::OldWord => "Word 97–2003 (.doc)",
            Self::Excel => "Excel",
            Self::PowerPoint => "PowerPoint",
            Self::OpenDocument => "OpenDocument",
            Self::Rtf => "RTF",
            Self::Image => "Image",
            Self::Archive => "Archive",
        }
    }
}

impl fmt::Display for OtherFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Why a reader (pdf.js, or the loader worker for Word, HTML, CSV and JSON)
/// could not be used.
#[derive(Debug, Clone, PartialEq, Eq, Error, Serialize, Deserialize)]
pub enum ReaderProblem {
    /// The browser's message for pdf.js that could not be fetched.
    #[error("{0}")]
    NotFetched(String),
    /// The browser's message for a loader worker that could not start.
    #[error("the document reader did not start: {0}")]
    WorkerNotStarted(String),
    #[error("the document reader did not start: it stopped while reading")]
    WorkerStopped,
    /// The decoder's message for a reply the page could not read.
    #[error("the document reader did not start: an unreadable reply ({0})")]
    WorkerBadReply(String),
}

/// What a reader noticed about a file it read.
#[derive(Debug, Clone, PartialEq, Eq, Error, Serialize, Deserialize)]
pub enum LoadWarning {
    #[error("{empty} of {total} pages have no text (images or scans); their content is not read.")]
    BlankPages { empty: usize, total: usize },
    #[error("{count} rows have a different number of fields than the header.")]
    RaggedRows { count: usize },
    /// `key` is the name of the JSON list the records came from.
    #[error("One record a line from \"{key}\".")]
    RecordsFrom { key: String },
    /// `error` is the JSON parser's message.
    #[error("This is not valid JSON ({error}); it is read as plain text.")]
    NotJson { error: String },
}
