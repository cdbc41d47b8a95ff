//! Plain text from bytes: [`decode`] detects the encoding (a byte-order mark
//! for UTF-8 and UTF-16, then strict UTF-8, then Windows-1252, the usual
//! "Latin-1" of files made on Windows) and says which one it used. A file
//! with NUL bytes outside UTF-16 is not text.

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// The encoding a text was read with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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

/// Reads `bytes` as text and says how: the whole file fed at once to a
/// [`StreamDecoder`], which holds the rules.
pub fn decode(bytes: &[u8]) -> Result<(String, Encoding), TextError> {
    let mut decoder = StreamDecoder::new(bytes.len());
    decoder.feed(bytes)?;
    decoder.finish()
}

/// How a [`StreamDecoder`] reads what comes next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// Not enough bytes yet to look for a byte-order mark.
    Undecided,
    Utf8,
    /// After a UTF-8 byte-order mark: invalid sequences become U+FFFD.
    Utf8Lossy,
    Utf16 {
        little_endian: bool,
    },
    Windows1252,
}

/// Decodes a file fed in slices, so that a large file never sits in memory
/// twice and no single step takes long: feed the slices in order, then
/// [`StreamDecoder::finish`]. A byte-order mark picks UTF-8 or UTF-16; else
/// strict UTF-8 (NUL bytes in the first 8 KB mean binary), falling back to
/// Windows-1252 as soon as a byte is not UTF-8. The result does not depend
/// on where the slices are cut.
#[derive(Debug)]
pub struct StreamDecoder {
    mode: Mode,
    /// Bytes held back: the start (until the mode is known) or an unfinished
    /// character at the end of the last slice.
    carry: Vec<u8>,
    out: String,
    seen: usize,
}

/// How many bytes at the end of `data` start a UTF-8 character that the
/// next slice may finish.
fn unfinished_utf8(data: &[u8]) -> usize {
    for back in 1..=data.len().min(3) {
        let byte = data[data.len() - back];
        if byte & 0xC0 == 0x80 {
            continue;
        }
        let needed = match byte {
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF7 => 4,
            _ => 1,
        };
        return if needed > back { back } else { 0 };
    }
    0
}

impl StreamDecoder {
    /// `capacity`: the file's size, so that the text is allocated once.
    pub fn new(capacity: usize) -> Self {
        Self { mode: Mode::Undecided, carry: Vec::new(), out: String::with_capacity(capacity), seen: 0 }
    }

    /// A decoder for text known to be UTF-8 (what the page stored itself):
    /// no byte-order mark or binary check, and a damaged byte becomes U+FFFD.
    pub fn stored_utf8(capacity: usize) -> Self {
        Self { mode: Mode::Utf8Lossy, ..Self::new(capacity) }
    }

    pub fn feed(&mut self, bytes: &[u8]) -> Result<(), TextError> {
        if self.mode == Mode::Undecided {
            self.carry.extend_from_slice(bytes);
            if self.carry.len() < 3 {
                return Ok(());
            }
            let head = std::mem::take(&mut self.carry);
            return self.start(&head);
        }
        self.take(bytes)
    }

    /// Picks the mode from the first bytes, then reads them.
    fn start(&mut self, head: &[u8]) -> Result<(), TextError> {
        let (mode, rest) = if let Some(rest) = head.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
            (Mode::Utf8Lossy, rest)
        } else if let Some(rest) = head.strip_prefix(&[0xFF, 0xFE]) {
            (Mode::Utf16 { little_endian: true }, rest)
        } else if let Some(rest) = head.strip_prefix(&[0xFE, 0xFF]) {
            (Mode::Utf16 { little_endian: false }, rest)
        } else {
            (Mode::Utf8, head)
        };
        self.mode = mode;
        self.take(rest)
    }

    fn take(&mut self, bytes: &[u8]) -> Result<(), TextError> {
        if matches!(self.mode, Mode::Utf8 | Mode::Windows1252) && self.seen < 8_192 {
            let window = (8_192 - self.seen).min(bytes.len());
            if bytes[..window].contains(&0) {
                return Err(TextError::Binary);
            }
        }
        self.seen += bytes.len();
        let mut data = std::mem::take(&mut self.carry);
        data.extend_from_slice(bytes);
        match self.mode {
            Mode::Undecided => self.carry = data,
            Mode::Windows1252 => self.out.push_str(&windows_1252(&data)),
            Mode::Utf8 => match std::str::from_utf8(&data) {
                Ok(text) => self.out.push_str(text),
                Err(error) if error.error_len().is_none() => {
                    let (done, rest) = data.split_at(error.valid_up_to());
                    self.out.push_str(std::str::from_utf8(done).unwrap_or_default());
                    self.carry = rest.to_vec();
                }
                Err(_) => {
                    // Not UTF-8 after all: everything read so far is re-read as Windows-1252.
                    let mut all = std::mem::take(&mut self.out).into_bytes();
                    all.extend_from_slice(&data);
                    self.out = windows_1252(&all);
                    self.mode = Mode::Windows1252;
                }
            },
            Mode::Utf8Lossy => {
                let keep = unfinished_utf8(&data);
                let (done, rest) = data.split_at(data.len() - keep);
                self.out.push_str(&String::from_utf8_lossy(done));
                self.carry = rest.to_vec();
            }
            Mode::Utf16 { little_endian } => {
                let mut even = data.len() - data.len() % 2;
                // A high surrogate at the end waits for its partner.
                if even >= 2 {
                    let pair = [data[even - 2], data[even - 1]];
                    let unit = if little_endian { u16::from_le_bytes(pair) } else { u16::from_be_bytes(pair) };
                    if (0xD800..0xDC00).contains(&unit) {
                        even -= 2;
                    }
                }
                self.out.push_str(&utf16(&data[..even], little_endian));
                self.carry = data[even..].to_vec();
            }
        }
        Ok(())
    }

    /// The text and its encoding, once every slice is fed.
    pub fn finish(mut self) -> Result<(String, Encoding), TextError> {
        if self.mode == Mode::Undecided {
            let head = std::mem::take(&mut self.carry);
            if head.is_empty() {
                return Err(TextError::Empty);
            }
            self.start(&head)?;
        }
        let carry = std::mem::take(&mut self.carry);
        let encoding = match self.mode {
            Mode::Utf8 if carry.is_empty() => Encoding::Utf8,
            Mode::Utf8 => {
                // A character cut off at the very end: not UTF-8.
                let mut all = std::mem::take(&mut self.out).into_bytes();
                all.extend_from_slice(&carry);
                self.out = windows_1252(&all);
                Encoding::Windows1252
            }
            Mode::Utf8Lossy => {
                self.out.push_str(&String::from_utf8_lossy(&carry));
                Encoding::Utf8Bom
            }
            Mode::Utf16 { little_endian } => {
                self.out.push_str(&utf16(&carry, little_endian));
                if little_endian {
                    Encoding::Utf16Le
                } else {
                    Encoding::Utf16Be
                }
            }
            Mode::Windows1252 => Encoding::Windows1252,
            Mode::Undecided => Encoding::Utf8,
        };
        if self.seen == 0 && self.out.is_empty() && encoding == Encoding::Utf8 {
            return Err(TextError::Empty);
        }
        Ok((self.out, encoding))
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
