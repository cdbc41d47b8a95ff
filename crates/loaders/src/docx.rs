//! Word documents (.docx): the text of `word/document.xml` in document
//! order, read with `zip` and `quick-xml`. Headings become `#` lines, list
//! items `- ` lines, table rows one line each with cells separated by ` | `;
//! Word's own page breaks (the ones it rendered, else the explicit ones)
//! become form feeds, so page citations work.

use std::io::{Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::{DocxDamage, LoadError};

/// The most text a document's XML may inflate to (a zip bomb stops here).
const MAX_XML_BYTES: u64 = 512 * 1024 * 1024;

/// The start of an OLE compound file: an old .doc, or an encrypted .docx.
const OLE_MAGIC: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// The XML of the main document part.
fn document_xml(bytes: &[u8]) -> Result<String, LoadError> {
    if bytes.starts_with(&OLE_MAGIC) {
        return Err(LoadError::EncryptedOrOld);
    }
    let mut archive =
        zip::ZipArchive::new(Cursor::new(bytes)).map_err(|_| LoadError::CorruptDocx(DocxDamage::NotZip))?;
    let mut part = archive.by_name("word/document.xml").map_err(|_| LoadError::CorruptDocx(DocxDamage::NoDocument))?;
    if part.encrypted() {
        return Err(LoadError::Encrypted);
    }
    let mut xml = Vec::new();
    part.by_ref()
        .take(MAX_XML_BYTES)
        .read_to_end(&mut xml)
        .map_err(|_| LoadError::CorruptDocx(DocxDamage::PartDamaged))?;
    String::from_utf8(xml).map_err(|_| LoadError::CorruptDocx(DocxDamage::PartNotUtf8))
}

/// The `w:val` (or any `val`) attribute of an element.
fn val(element: &BytesStart) -> Option<String> {
    element.attributes().flatten().find(|a| a.key.local_name().as_ref() == "val").map(|a| {
        a.normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map(|v| v.into_owned())
            .unwrap_or_else(|_| a.value.to_string())
    })
}

/// "Heading2" → 2; "Title" → 1.
fn heading_level(style: &str) -> Option<usize> {
    let lower = style.to_ascii_lowercase();
    if lower == "title" {
        return Some(1);
    }
    let digits = lower.strip_prefix("heading")?.trim_start_matches(|c: char| !c.is_ascii_digit());
    digits.parse::<usize>().ok().filter(|n| (1..=9).contains(n))
}

/// The paragraph being read.
#[derive(Default)]
struct Paragraph {
    text: String,
    heading: Option<usize>,
    listed: bool,
}

#[derive(Default)]
struct Body {
    out: String,
    paragraph: Paragraph,
    /// Cells of the current table row, and how deep in tables we are.
    cells: Vec<String>,
    in_cell: bool,
    table_depth: usize,
    rendered_breaks: usize,
    explicit_breaks: usize,
}

impl Body {
    fn end_paragraph(&mut self) {
        let paragraph = std::mem::take(&mut self.paragraph);
        let text = paragraph.text.trim();
        if self.in_cell {
            if let Some(cell) = self.cells.last_mut() {
                if !cell.is_empty() && !text.is_empty() {
                    cell.push(' ');
                }
                cell.push_str(text);
            }
            return;
        }
        if text.is_empty() {
            return;
        }
        // A paragraph that only breaks the page adds the break, not a blank line.
        if text.chars().all(|c| matches!(c, '\u{1}' | '\u{2}')) {
            self.out.push_str(text);
            return;
        }
        if let Some(level) = paragraph.heading {
            self.out.push_str(&"#".repeat(level));
            self.out.push(' ');
        } else if paragraph.listed {
            self.out.push_str("- ");
        }
        self.out.push_str(text);
        self.out.push('\n');
        if paragraph.heading.is_some() || !paragraph.listed {
            self.out.push('\n');
        }
    }

    fn end_row(&mut self) {
        let cells = std::mem::take(&mut self.cells);
        if cells.iter().any(|c| !c.trim().is_empty()) {
            self.out.push_str(&cells.iter().map(|c| c.trim()).collect::<Vec<_>>().join(" | "));
            self.out.push('\n');
        }
    }

    fn page_break(&mut self, rendered: bool) {
        // Rendered breaks mark where Word's pages actually began; counted
        // apart so that only one kind is used.
        let marker = if rendered { '\u{1}' } else { '\u{2}' };
        if rendered {
            self.rendered_breaks += 1;
        } else {
            self.explicit_breaks += 1;
        }
        self.paragraph.text.push(marker);
    }
}

/// The text of a .docx file.
pub fn docx_text(bytes: &[u8]) -> Result<String, LoadError> {
    let xml = document_xml(bytes)?;
    let mut reader = Reader::from_str(&xml);
    let mut body = Body::default();
    let mut in_text = false;
    loop {
        let event = reader.read_event().map_err(|e| LoadError::CorruptDocx(DocxDamage::Xml(e.to_string())))?;
        match event {
            Event::Start(ref element) | Event::Empty(ref element) => {
                let empty = matches!(event, Event::Empty(_));
                match element.local_name().as_ref() {
                    "t" if !empty => in_text = true,
                    "tab" => body.paragraph.text.push('\t'),
                    "br" | "cr" => match val(element).or_else(|| {
                        element
                            .attributes()
                            .flatten()
                            .find(|a| a.key.local_name().as_ref() == "type")
                            .map(|a| a.value.to_string())
                    }) {
                        Some(kind) if kind == "page" => body.page_break(false),
                        _ => body.paragraph.text.push('\n'),
                    },
                    "lastRenderedPageBreak" => body.page_break(true),
                    "pStyle" => {
                        let style = val(element).unwrap_or_default();
                        body.paragraph.heading = heading_level(&style);
                        // Word's list styles (List Bullet, List Number, List Paragraph) carry their numbering.
                        body.paragraph.listed |= style.starts_with("List");
                    }
                    "numPr" => body.paragraph.listed = true,
                    "tbl" if !empty => {
                        body.end_paragraph();
                        body.table_depth += 1;
                    }
                    "tc" if !empty => {
                        body.cells.push(String::new());
                        body.in_cell = true;
                    }
                    _ => {}
                }
            }
            Event::End(ref element) => match element.local_name().as_ref() {
                "t" => in_text = false,
                "p" => body.end_paragraph(),
                "tc" => body.in_cell = false,
                "tr" => body.end_row(),
                "tbl" => {
                    body.table_depth = body.table_depth.saturating_sub(1);
                    body.out.push('\n');
                }
                _ => {}
            },
            Event::Text(text) if in_text => body.paragraph.text.push_str(&text.xml10_content()),
            Event::CData(text) if in_text => body.paragraph.text.push_str(&text.xml10_content()),
            Event::GeneralRef(reference) if in_text => {
                let resolved = match &*reference {
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "amp" => Some('&'),
                    "apos" => Some('\''),
                    "quot" => Some('"'),
                    _ => reference.resolve_char_ref().ok().flatten(),
                };
                if let Some(c) = resolved {
                    body.paragraph.text.push(c);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    body.end_paragraph();
    let use_rendered = body.rendered_breaks > 0;
    let text: String = body
        .out
        .chars()
        .filter_map(|c| match c {
            '\u{1}' => use_rendered.then_some('\u{c}'),
            '\u{2}' => (!use_rendered).then_some('\u{c}'),
            c => Some(c),
        })
        .collect();
    Ok(text.trim().to_string())
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    /// A minimal .docx: a zip with `word/document.xml`.
    pub(crate) fn docx(body: &str) -> Vec<u8> {
        let xml = format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>"#
        );
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        let options = zip::write::SimpleFileOptions::default();
        zip.start_file("[Content_Types].xml", options).expect("a part");
        zip.write_all(b"<Types/>").expect("written");
        zip.start_file("word/document.xml", options).expect("a part");
        zip.write_all(xml.as_bytes()).expect("written");
        zip.finish().expect("a zip").into_inner()
    }

    #[test]
    fn headings_lists_tables_and_page_breaks_in_document_order() {
        let body = r#"
<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Lease</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">The rent is </w:t></w:r><w:r><w:t>1,850 EUR &amp; due monthly.</w:t></w:r></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Deposit</w:t></w:r></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Pets</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Item</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Cost</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>Boiler</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>900</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:r><w:br w:type="page"/><w:t>Second page.</w:t></w:r></w:p>"#;
        assert_eq!(
            docx_text(&docx(body)).expect("readable"),
            "# Lease\n\nThe rent is 1,850 EUR & due monthly.\n\n- Deposit\n- Pets\nItem | Cost\nBoiler | 900\n\n\u{c}Second page."
        );
    }

    #[test]
    fn files_that_are_not_word_documents_say_so() {
        assert!(matches!(docx_text(b"plain text"), Err(LoadError::CorruptDocx(DocxDamage::NotZip))));
        let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
        zip.start_file("notes.txt", zip::write::SimpleFileOptions::default()).expect("a part");
        zip.write_all(b"hello").expect("written");
        let not_docx = zip.finish().expect("a zip").into_inner();
        assert_eq!(
            docx_text(&not_docx).unwrap_err().to_string(),
            "it is not a valid Word (.docx) file (it is a zip archive without a Word document inside)"
        );
        let mut old = OLE_MAGIC.to_vec();
        old.extend_from_slice(&[0; 100]);
        assert_eq!(docx_text(&old).unwrap_err(), LoadError::EncryptedOrOld);
    }
}
