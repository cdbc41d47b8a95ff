//! What the page says about a file it read or could not read, in the
//! reader's language. The loaders (`minions-loaders`, also run in the loader
//! worker) describe a failure with a typed [`LoadError`] whose `Display` is
//! English; here each variant is written from the catalog instead, with the
//! same English. Their warnings and error details are English sentences: the
//! known ones are translated, anything else (a reader's own message) is
//! shown as it is. Pure, host-tested.

use minions_engine::chunking::PageRange;
use minions_loaders::LoadError;

use crate::tr;

/// The line the documents panel shows for a file that could not be read:
/// "report.pdf: it has no text layer (…)."
pub fn file_error(name: &str, error: &LoadError) -> String {
    tr!("documents-file-error", name = name, reason = load_error(error))
}

/// Why a file could not be read (the English is `error`'s `Display`).
pub fn load_error(error: &LoadError) -> String {
    match error {
        LoadError::Empty => tr!("documents-error-empty"),
        LoadError::Binary => tr!("documents-error-binary"),
        // As text, not numbers: the English stays the Display's ("1200 MB").
        LoadError::TooLarge { size_mb, limit_mb } => {
            tr!("documents-error-too-large", size = size_mb.to_string(), limit = limit_mb.to_string())
        }
        LoadError::Corrupt { kind, detail } if kind == "file" => {
            tr!("documents-error-corrupt-file", detail = error_detail(detail))
        }
        LoadError::Corrupt { kind, detail } => {
            tr!("documents-error-corrupt", kind = kind, detail = error_detail(detail))
        }
        LoadError::Encrypted => tr!("documents-error-encrypted"),
        LoadError::EncryptedOrOld => tr!("documents-error-encrypted-or-old"),
        LoadError::NoText => tr!("documents-error-no-text"),
        LoadError::Unsupported(kind) => match kind.as_str() {
            "Image" => tr!("documents-error-unsupported-image"),
            "Archive" => tr!("documents-error-unsupported-archive"),
            // Format names (Excel, RTF, "Word 97–2003 (.doc)") are the same in every language.
            _ => tr!("documents-error-unsupported", kind = kind),
        },
        LoadError::ReaderUnavailable(detail) => tr!("documents-error-reader", detail = error_detail(detail)),
    }
}

/// The detail in brackets of an error: the loaders' and the page's own
/// sentences translated, a reader's message (pdf.js, the browser) as it is.
fn error_detail(detail: &str) -> String {
    match detail {
        "the browser could not read it" => return tr!("documents-detail-browser"),
        "pdf.js could not read it" => return tr!("documents-detail-pdfjs"),
        "PDF files are read by the page" => return tr!("documents-detail-pdf-in-page"),
        "it is not a zip archive" => return tr!("documents-detail-not-zip"),
        "it is a zip archive without a Word document inside" => return tr!("documents-detail-no-word"),
        "its text part is damaged" => return tr!("documents-detail-text-damaged"),
        "its text part is not UTF-8" => return tr!("documents-detail-not-utf8"),
        "it stopped while reading" => return tr!("documents-detail-stopped"),
        _ => {}
    }
    if let Some(error) = between(detail, "its XML is damaged (", ")") {
        return tr!("documents-detail-xml", error = error);
    }
    if let Some(error) = between(detail, "an unreadable reply (", ")") {
        return tr!("documents-detail-bad-reply", error = error);
    }
    if let Some(inner) = detail.strip_prefix("the document reader did not start: ") {
        return tr!("documents-detail-not-started", detail = error_detail(inner));
    }
    detail.to_string()
}

/// A loader's warning about a file it read, in the reader's language.
pub fn warning(text: &str) -> String {
    if let Some((empty, total)) = between(text, "", " pages have no text (images or scans); their content is not read.")
        .and_then(|counts| counts.split_once(" of "))
        .and_then(|(empty, total)| Some((empty.parse::<u64>().ok()?, total.parse::<u64>().ok()?)))
    {
        return tr!("documents-warning-blank-pages", empty = empty, total = total);
    }
    if let Some(count) = between(text, "", " rows have a different number of fields than the header.")
        .and_then(|n| n.parse::<u64>().ok())
    {
        return tr!("documents-warning-ragged", count = count);
    }
    if let Some(key) = between(text, "One record a line from \"", "\".") {
        return tr!("documents-warning-records", key = key);
    }
    if let Some(error) = between(text, "This is not valid JSON (", "); it is read as plain text.") {
        return tr!("documents-warning-not-json", error = error);
    }
    text.to_string()
}

/// The pages a chunk covers: "p. 3", "pp. 3–5".
pub fn pages(first: u32, last: u32) -> String {
    if first == last {
        tr!("documents-chunk-page", page = first)
    } else {
        tr!("documents-chunk-pages", first = first, last = last)
    }
}

/// The pages a job or a finding read, in the reader's language.
pub fn page_range(range: PageRange) -> String {
    pages(range.first, range.last)
}

/// The part of `text` between `prefix` and `suffix`, when it has both.
fn between<'a>(text: &'a str, prefix: &str, suffix: &str) -> Option<&'a str> {
    text.strip_prefix(prefix)?.strip_suffix(suffix)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_errors_are_the_loaders_own_sentences() {
        let errors = [
            LoadError::Empty,
            LoadError::Binary,
            LoadError::TooLarge { size_mb: 1200, limit_mb: 200 },
            LoadError::Corrupt { kind: "file".into(), detail: "the browser could not read it".into() },
            LoadError::Corrupt { kind: "PDF".into(), detail: "pdf.js could not read it".into() },
            LoadError::Corrupt { kind: "PDF".into(), detail: "Invalid PDF structure.".into() },
            LoadError::Corrupt { kind: "PDF".into(), detail: "PDF files are read by the page".into() },
            LoadError::Corrupt { kind: "Word (.docx)".into(), detail: "it is not a zip archive".into() },
            LoadError::Corrupt {
                kind: "Word (.docx)".into(),
                detail: "it is a zip archive without a Word document inside".into(),
            },
            LoadError::Corrupt { kind: "Word (.docx)".into(), detail: "its text part is damaged".into() },
            LoadError::Corrupt { kind: "Word (.docx)".into(), detail: "its text part is not UTF-8".into() },
            LoadError::Corrupt { kind: "Word (.docx)".into(), detail: "its XML is damaged (unexpected end)".into() },
            LoadError::Encrypted,
            LoadError::EncryptedOrOld,
            LoadError::NoText,
            LoadError::Unsupported("Word 97–2003 (.doc)".into()),
            LoadError::Unsupported("Image".into()),
            LoadError::Unsupported("Archive".into()),
            LoadError::Unsupported("Excel".into()),
            LoadError::ReaderUnavailable("Failed to fetch dynamically imported module".into()),
            LoadError::ReaderUnavailable("the document reader did not start: it stopped while reading".into()),
            LoadError::ReaderUnavailable("the document reader did not start: an unreadable reply (EOF)".into()),
            LoadError::ReaderUnavailable("the document reader did not start: JsValue(Error)".into()),
        ];
        for error in errors {
            assert_eq!(load_error(&error), error.to_string());
        }
        assert_eq!(file_error("a.txt", &LoadError::Empty), "a.txt: the file is empty.");
    }

    #[test]
    fn english_warnings_and_page_labels_stay_as_the_loaders_wrote_them() {
        let from_loaders = [
            minions_loaders::pdf_pages(&["Page one text here.".into(), "".into(), "Page three text.".into()])
                .expect("text")
                .warnings,
            minions_loaders::tabular::csv_records("a,b\n1,2\n3\n", false).1,
            minions_loaders::tabular::json_records(r#"{"rows": [{"a": 1}, {"a": 2}]}"#).1,
            minions_loaders::tabular::json_records("{oops").1,
        ];
        assert_eq!(from_loaders.iter().map(Vec::len).collect::<Vec<_>>(), [1, 1, 1, 1]);
        for text in from_loaders.iter().flatten() {
            assert_eq!(&warning(text), text);
        }
        assert_eq!(warning("Something new."), "Something new.");
        for range in [PageRange { first: 3, last: 3 }, PageRange { first: 2, last: 3 }] {
            assert_eq!(page_range(range), range.to_string());
        }
        assert_eq!(pages(4, 4), "p. 4");
    }

    /// Every sentence the loaders write is recognised: in another language
    /// none of them is left in English.
    #[test]
    fn in_another_language_no_known_sentence_stays_english() {
        use crate::web::i18n::{install, Catalog, Lang, AREAS};
        let sources = AREAS
            .iter()
            .map(|area| {
                let path = format!("{}/locales/de/{area}.ftl", env!("CARGO_MANIFEST_DIR"));
                (*area, std::fs::read_to_string(path).unwrap_or_default())
            })
            .collect();
        let (catalog, errors) = Catalog::parse(Lang::De, sources);
        let mine: Vec<_> =
            errors.iter().filter(|e| e.area.ends_with("/documents") || e.area.ends_with("/ask")).collect();
        assert!(mine.is_empty(), "{mine:?}");
        install(std::rc::Rc::new(catalog));
        let details = [
            "the browser could not read it",
            "pdf.js could not read it",
            "PDF files are read by the page",
            "it is not a zip archive",
            "it is a zip archive without a Word document inside",
            "its text part is damaged",
            "its text part is not UTF-8",
            "its XML is damaged (unexpected end)",
            "the document reader did not start: it stopped while reading",
            "the document reader did not start: an unreadable reply (EOF)",
        ];
        for detail in details {
            let error = LoadError::Corrupt { kind: "PDF".into(), detail: detail.into() };
            let german = load_error(&error);
            assert!(
                !german.contains(detail) && !german.contains("it stopped") && !german.contains("unreadable"),
                "{german}"
            );
        }
        let warnings = [
            "1 of 3 pages have no text (images or scans); their content is not read.",
            "2 rows have a different number of fields than the header.",
            "One record a line from \"rows\".",
            "This is not valid JSON (EOF while parsing); it is read as plain text.",
        ];
        for text in warnings {
            assert_ne!(warning(text), text);
        }
        assert_eq!(
            warning("2 rows have a different number of fields than the header."),
            "2 Zeilen haben eine andere Anzahl von Feldern als die Kopfzeile."
        );
        assert_eq!(page_range(PageRange { first: 2, last: 3 }), "S. 2–3");
        assert_eq!(
            load_error(&LoadError::Unsupported("Image".into())).split(';').next(),
            Some("Bilddateien können nicht gelesen werden")
        );
        install(crate::web::i18n::english());
    }
}
