//! Every prompt the engine sends, as plain functions of their inputs.
//!
//! Supervisor prompts receive only [`DocumentMeta`] and worker reports, never
//! document text; worker prompts carry the text. `tests/prompts.rs` snapshots
//! each prompt so that wording changes show in review.

pub mod cloud;
pub mod judge;
pub mod local;
pub mod minion;
pub mod minions;
pub mod shield;

use super::documents::{Document, DocumentMeta};

/// "12,345".
pub(crate) fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The document list the supervisor sees: metadata only.
pub fn describe(metas: &[DocumentMeta]) -> String {
    let mut out = format!("The user's documents ({}), which you cannot see:\n", metas.len());
    for (i, meta) in metas.iter().enumerate() {
        let pages = if meta.pages == 1 { "1 page".to_string() } else { format!("{} pages", meta.pages) };
        let chunks = meta.chunks.map(|c| format!(", {c} chunks")).unwrap_or_default();
        out.push_str(&format!(
            "{}. {} ({}, {pages}, {} characters, about {} tokens{chunks})\n",
            i + 1,
            meta.name,
            meta.kind.label(),
            thousands(meta.chars),
            thousands(meta.estimated_tokens),
        ));
    }
    out
}

/// Every document's text, each headed by its name: the worker's context.
pub fn joined_documents(documents: &[Document]) -> String {
    let mut out = String::new();
    for document in documents {
        out.push_str("### ");
        out.push_str(&document.name);
        out.push_str("\n\n");
        out.push_str(document.text.trim_end());
        out.push_str("\n\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000), "1,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }
}
