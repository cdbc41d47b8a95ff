//! Plain text from bytes: [`decode`] detects the encoding (a byte-order mark
//! for UTF-8 and UTF-16, then strict UTF-8, then Windows-1252, the usual
//! "Latin-1" of files made on Windows) and says which one it used. A file
//! with NUL bytes outside UTF-16 is not text.

use thiserror::Error;

/// The encoding a text was read with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf8Bom,
    Utf16Le,
    Utf16Be,
    Windows1252,
}

impl Encoding {
    pub fn label(self) -> &'static str {
        match self {
            Self::Utf8 => "UTF-8",
            Self::Utf8Bom => "UTF-8 (with BOM)",
            Self::Utf16Le => "UTF-16 LE",
            Self::Utf16Be => "UTF-16 BE",
            Self::Windows1252 => "Windows-1252 (Latin-1)",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum TextError {
    #[error("the file is empty")]
    Empty,
    #[error("this looks like a binary file, not text")]
    Binary,
}

/// Windows-1252's characters for 0x80–0x9F; the rest of the byte range maps
/// to the same Unicode code point. Unassigned bytes become U+FFFD.
const CP1252_HIGH: [char; 32] = [
    '€', '\u{FFFD}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{FFFD}', 'Ž', '\u{FFFD}', '\u{FFFD}',
    '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{FFFD}', 'ž', 'Ÿ',
];

fn windows_1252(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9F => CP1252_HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

fn utf16(bytes: &[u8], little_endian: bool) -> String {
    let units = bytes.chunks_exact(2).map(|pair| {
        if little_endian {
            u16::from_le_bytes([pair[0], pair[1]])
        } else {
            u16::from_be_bytes([pair[0], pair[1]])
        }
    });
    char::decode_utf16(units).map(|c| c.unwrap_or('\u{FFFD}')).collect()
}

/// Reads `bytes` as text and says how.
pub fn decode(bytes: &[u8]) -> Result<(String, Encoding), TextError> {
    if bytes.is_empty() {
        return Err(TextError::Empty);
    }
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return Ok((String::from_utf8_lossy(rest).into_owned(), Encoding::Utf8Bom));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return Ok((utf16(rest, true), Encoding::Utf16Le));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return Ok((utf16(rest, false), Encoding::Utf16Be));
    }
    // Text has no NUL bytes; most binary formats have many near the start.
    if bytes.iter().take(8_192).any(|&b| b == 0) {
        return Err(TextError::Binary);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok((text.to_string(), Encoding::Utf8)),
        Err(_) => Ok((windows_1252(bytes), Encoding::Windows1252)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_a_bom() {
        assert_eq!(decode("Grüße".as_bytes()), Ok(("Grüße".into(), Encoding::Utf8)));
        assert_eq!(decode(b"\xEF\xBB\xBFhi"), Ok(("hi".into(), Encoding::Utf8Bom)));
    }

    #[test]
    fn utf16_in_both_byte_orders() {
        let le: Vec<u8> =
            [0xFF, 0xFE].into_iter().chain("Zoë 日本".encode_utf16().flat_map(u16::to_le_bytes)).collect();
        let be: Vec<u8> =
            [0xFE, 0xFF].into_iter().chain("Zoë 日本".encode_utf16().flat_map(u16::to_be_bytes)).collect();
        assert_eq!(decode(&le), Ok(("Zoë 日本".into(), Encoding::Utf16Le)));
        assert_eq!(decode(&be), Ok(("Zoë 日本".into(), Encoding::Utf16Be)));
    }

    #[test]
    fn invalid_utf8_falls_back_to_windows_1252() {
        // "Café – 20€" as Windows-1252.
        let bytes = b"Caf\xE9 \x96 20\x80";
        assert_eq!(decode(bytes), Ok(("Café – 20€".into(), Encoding::Windows1252)));
    }

    #[test]
    fn empty_and_binary_files_are_refused() {
        assert_eq!(decode(b""), Err(TextError::Empty));
        assert_eq!(decode(b"%PDF-1.7\n\x00\x01\x02binary"), Err(TextError::Binary));
        assert_eq!(decode(b"PK\x03\x04\x14\x00\x06\x00"), Err(TextError::Binary));
    }
}
