//! What the page says about a file it read or could not read, in the
//! reader's language. The loaders (`minions-loaders`, also run in the loader
//! worker) describe a failure with a typed [`LoadError`] and what they
//! noticed with a typed [`LoadWarning`], whose `Display` is English; here
//! each variant is written from the catalog instead, with the same English.
//! Other programs' own messages inside them (pdf.js, the browser, a parser)
//! are shown as they are. Pure, host-tested.

use minions_engine::chunking::PageRange;
use minions_loaders::{DocxDamage, LoadError, LoadWarning, OtherFormat, PdfDamage, ReaderProblem};

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
        LoadError::NotHandedOver => tr!("documents-error-not-handed-over"),
        // Format names are the same in every language.
        LoadError::CorruptPdf(damage) => tr!("documents-error-corrupt", kind = "PDF", detail = pdf_damage(damage)),
        LoadError::CorruptDocx(damage) => {
            tr!("documents-error-corrupt", kind = "Word (.docx)", detail = docx_damage(damage))
        }
        LoadError::Encrypted => tr!("documents-error-encrypted"),
        LoadError::EncryptedOrOld => tr!("documents-error-encrypted-or-old"),
        LoadError::NoText => tr!("documents-error-no-text"),
        LoadError::Unsupported(OtherFormat::Image) => tr!("documents-error-unsupported-image"),
        LoadError::Unsupported(OtherFormat::Archive) => tr!("documents-error-unsupported-archive"),
        // The other formats are products, named the same in every language.
        LoadError::Unsupported(format) => tr!("documents-error-unsupported", kind = format.name()),
        LoadError::ReaderUnavailable(problem) => tr!("documents-error-reader", detail = reader_problem(problem)),
    }
}

fn pdf_damage(damage: &PdfDamage) -> String {
    match damage {
        PdfDamage::Reader(message) => message.clone(),
        PdfDamage::Unexplained => tr!("documents-detail-pdfjs"),
        PdfDamage::ReadByThePage => tr!("documents-detail-pdf-in-page"),
    }
}

fn docx_damage(damage: &DocxDamage) -> String {
    match damage {
        DocxDamage::NotZip => tr!("documents-detail-not-zip"),
        DocxDamage::NoDocument => tr!("documents-detail-no-word"),
        DocxDamage::PartDamaged => tr!("documents-detail-text-damaged"),
        DocxDamage::PartNotUtf8 => tr!("documents-detail-not-utf8"),
        DocxDamage::Xml(error) => tr!("documents-detail-xml", error = error),
    }
}

fn reader_problem(problem: &ReaderProblem) -> String {
    let not_started = |detail: String| tr!("documents-detail-not-started", detail = detail);
    match problem {
        ReaderProblem::NotFetched(message) => message.clone(),
        ReaderProblem::WorkerNotStarted(message) => not_started(message.clone()),
        ReaderProblem::WorkerStopped => not_started(tr!("documents-detail-stopped")),
        ReaderProblem::WorkerBadReply(error) => not_started(tr!("documents-detail-bad-reply", error = error)),
    }
}

/// A loader's warning about a file it read, in the reader's language.
pub fn warning(warning: &LoadWarning) -> String {
    match warning {
        LoadWarning::BlankPages { empty, total } => {
            tr!("documents-warning-blank-pages", empty = *empty as u64, total = *total as u64)
        }
        LoadWarning::RaggedRows { count } => tr!("documents-warning-ragged", count = *count as u64),
        LoadWarning::RecordsFrom { key } => tr!("documents-warning-records", key = key),
        LoadWarning::NotJson { error } => tr!("documents-warning-not-json", error = error),
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// One of each error, with every kind of detail.
    fn every_error() -> Vec<LoadError> {
        let mut errors = vec![
            LoadError::Empty,
            LoadError::Binary,
            LoadError::TooLarge { size_mb: 1200, limit_mb: 200 },
            LoadError::NotHandedOver,
            LoadError::CorruptPdf(PdfDamage::Reader("Invalid PDF structure.".into())),
            LoadError::CorruptPdf(PdfDamage::Unexplained),
            LoadError::CorruptPdf(PdfDamage::ReadByThePage),
            LoadError::CorruptDocx(DocxDamage::NotZip),
            LoadError::CorruptDocx(DocxDamage::NoDocument),
            LoadError::CorruptDocx(DocxDamage::PartDamaged),
            LoadError::CorruptDocx(DocxDamage::PartNotUtf8),
            LoadError::CorruptDocx(DocxDamage::Xml("unexpected end".into())),
            LoadError::Encrypted,
            LoadError::EncryptedOrOld,
            LoadError::NoText,
            LoadError::ReaderUnavailable(ReaderProblem::NotFetched(
                "Failed to fetch dynamically imported module".into(),
            )),
            LoadError::ReaderUnavailable(ReaderProblem::WorkerNotStarted("JsValue(Error)".into())),
            LoadError::ReaderUnavailable(ReaderProblem::WorkerStopped),
            LoadError::ReaderUnavailable(ReaderProblem::WorkerBadReply("EOF".into())),
        ];
        errors.extend(
            [
                OtherFormat::OldWord,
                OtherFormat::Excel,
                OtherFormat::PowerPoint,
                OtherFormat::OpenDocument,
                OtherFormat::Rtf,
                OtherFormat::Image,
                OtherFormat::Archive,
            ]
            .map(LoadError::Unsupported),
        );
        errors
    }

    fn every_warning() -> Vec<LoadWarning> {
        vec![
            LoadWarning::BlankPages { empty: 1, total: 3 },
            LoadWarning::RaggedRows { count: 2 },
            LoadWarning::RecordsFrom { key: "rows".into() },
            LoadWarning::NotJson { error: "EOF while parsing".into() },
        ]
    }

    #[test]
    fn english_errors_and_warnings_are_the_loaders_own_sentences() {
        for error in every_error() {
            assert_eq!(load_error(&error), error.to_string());
        }
        assert_eq!(file_error("a.txt", &LoadError::Empty), "a.txt: the file is empty.");
        // What the loaders really write, not only the samples.
        let from_loaders = [
            minions_loaders::pdf_pages(&["Page one text here.".into(), "".into(), "Page three text.".into()])
                .expect("text")
                .warnings,
            minions_loaders::tabular::csv_records("a,b\n1,2\n3\n", false).1,
            minions_loaders::tabular::json_records(r#"{"rows": [{"a": 1}, {"a": 2}]}"#).1,
            minions_loaders::tabular::json_records("{oops").1,
            every_warning(),
        ];
        assert_eq!(from_loaders.iter().map(Vec::len).collect::<Vec<_>>(), [1, 1, 1, 1, 4]);
        for loaded in from_loaders.iter().flatten() {
            assert_eq!(warning(loaded), loaded.to_string());
        }
        assert_eq!(
            warning(&LoadWarning::BlankPages { empty: 1, total: 3 }),
            "1 of 3 pages have no text (images or scans); their content is not read."
        );
        for range in [PageRange { first: 3, last: 3 }, PageRange { first: 2, last: 3 }] {
            assert_eq!(page_range(range), range.to_string());
        }
        assert_eq!(pages(4, 4), "p. 4");
    }

    /// Errors and warnings reach the page from the loader worker as JSON.
    #[test]
    fn errors_and_warnings_cross_from_the_worker_unchanged() {
        for error in every_error() {
            let json = serde_json::to_string(&Err::<(), _>(error.clone())).expect("json");
            assert_eq!(serde_json::from_str::<Result<(), LoadError>>(&json).expect("read back"), Err(error));
        }
        for sample in every_warning() {
            let json = serde_json::to_string(&sample).expect("json");
            assert_eq!(serde_json::from_str::<LoadWarning>(&json).expect("read back"), sample);
        }
    }

    /// In another language no sentence of the loaders is left in English:
    /// only the other programs' own messages and the document's names are.
    #[test]
    fn in_another_language_no_loader_sentence_stays_english() {
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
        let english_words = ["the ", " it ", "its ", "file", "could not", "reader", "damaged", "archive", "pages"];
        for error in every_error() {
            let german = load_error(&error).to_lowercase();
            let leftover: Vec<_> = english_words.iter().filter(|w| german.contains(*w)).collect();
            assert!(leftover.is_empty(), "{german}: {leftover:?}");
        }
        for sample in every_warning() {
            let german = warning(&sample).to_lowercase();
            assert_ne!(german, sample.to_string().to_lowercase());
            assert!(!german.contains(" the ") && !german.contains("pages"), "{german}");
        }
        assert_eq!(
            warning(&LoadWarning::RaggedRows { count: 2 }),
            "2 Zeilen haben eine andere Anzahl von Feldern als die Kopfzeile."
        );
        assert_eq!(page_range(PageRange { first: 2, last: 3 }), "S. 2–3");
        assert_eq!(
            load_error(&LoadError::Unsupported(OtherFormat::Image)).split(';').next(),
            Some("Bilddateien können nicht gelesen werden")
        );
        install(crate::web::i18n::english());
    }
}
