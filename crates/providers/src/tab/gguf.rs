//! The GGUF header of a model file, read before the model is loaded: a file
//! that is not a GGUF, or ends before its last tensor, gets a sentence
//! instead of a failure deep inside llama.cpp, and the context length and
//! the size of the model's cache come from the file's own metadata.
//!
//! Layout (GGUF v2/v3, little-endian): magic `GGUF`, version, tensor count,
//! key/value count, the key/values, then per tensor its name, dimensions,
//! type and offset into the data, which starts at the next multiple of
//! `general.alignment`. Only the prefix is needed; a prefix that ends early
//! asks for more ([`GgufError::NeedMore`]).

/// What the loader needs to know of a GGUF file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct GgufInfo {
    pub version: u32,
    /// `general.architecture`, e.g. `llama`, `qwen2`.
    pub architecture: String,
    /// `general.name`, when the file has one.
    pub name: Option<String>,
    /// `<arch>.context_length`: the context it was trained for.
    pub context_length: Option<u32>,
    pub block_count: Option<u32>,
    pub embedding_length: Option<u32>,
    pub head_count: Option<u32>,
    pub head_count_kv: Option<u32>,
    pub tensor_count: u64,
    /// Bytes the file must have to hold every tensor; `None` when a tensor
    /// has a type this reader does not know the size of.
    pub expected_size: Option<u64>,
}

/// Why a prefix is not (yet) a readable GGUF header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GgufError {
    /// The file does not start with `GGUF`.
    NotGguf,
    /// A version this reader (and llama.cpp) does not read.
    Version(u32),
    /// The header goes on past the bytes given: read at least this many.
    NeedMore(u64),
    /// A length, count or type in the header makes no sense.
    Malformed(&'static str),
}

/// Bytes of one block and elements per block of each ggml tensor type.
fn type_size(kind: u32) -> Option<(u64, u64)> {
    Some(match kind {
        0 => (4, 1),      // F32
        1 => (2, 1),      // F16
        2 => (18, 32),    // Q4_0
        3 => (20, 32),    // Q4_1
        6 => (22, 32),    // Q5_0
        7 => (24, 32),    // Q5_1
        8 => (34, 32),    // Q8_0
        9 => (36, 32),    // Q8_1
        10 => (84, 256),  // Q2_K
        11 => (110, 256), // Q3_K
        12 => (144, 256), // Q4_K
        13 => (176, 256), // Q5_K
        14 => (210, 256), // Q6_K
        15 => (292, 256), // Q8_K
        16 => (66, 256),  // IQ2_XXS
        17 => (74, 256),  // IQ2_XS
        18 => (98, 256),  // IQ3_XXS
        19 => (50, 256),  // IQ1_S
        20 => (18, 32),   // IQ4_NL
        21 => (110, 256), // IQ3_S
        22 => (82, 256),  // IQ2_S
        23 => (136, 256), // IQ4_XS
        24 => (1, 1),     // I8
        25 => (2, 1),     // I16
        26 => (4, 1),     // I32
        27 => (8, 1),     // I64
        28 => (8, 1),     // F64
        29 => (56, 256),  // IQ1_M
        30 => (2, 1),     // BF16
        34 => (54, 256),  // TQ1_0
        35 => (66, 256),  // TQ2_0
        39 => (17, 32),   // MXFP4
        _ => return None,
    })
}

/// A cursor over the prefix; running out is [`GgufError::NeedMore`].
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: u64) -> Result<&'a [u8], GgufError> {
        let end = (self.at as u64).checked_add(n).ok_or(GgufError::Malformed("a length overflows"))?;
        if end > self.bytes.len() as u64 {
            // Ask for the rest of this item and some room for what follows.
            return Err(GgufError::NeedMore(end.saturating_add(64 * 1024)));
        }
        let slice = &self.bytes[self.at..end as usize];
        self.at = end as usize;
        Ok(slice)
    }

    fn u32(&mut self) -> Result<u32, GgufError> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn u64(&mut self) -> Result<u64, GgufError> {
        let b = self.take(8)?;
        Ok(u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]))
    }

    fn string(&mut self) -> Result<&'a [u8], GgufError> {
        let len = self.u64()?;
        if len > 1 << 30 {
            return Err(GgufError::Malformed("a string is longer than a gigabyte"));
        }
        self.take(len)
    }

    /// Skips one value of `kind` (arrays included), without keeping it.
    fn skip(&mut self, kind: u32, depth: u32) -> Result<(), GgufError> {
        match kind {
            0 | 1 | 7 => self.take(1).map(drop),
            2 | 3 => self.take(2).map(drop),
            4..=6 => self.take(4).map(drop),
            10..=12 => self.take(8).map(drop),
            8 => self.string().map(drop),
            9 => {
                if depth > 4 {
                    return Err(GgufError::Malformed("arrays nest too deep"));
                }
                let item = self.u32()?;
                let count = self.u64()?;
                let fixed = match item {
                    0 | 1 | 7 => Some(1),
                    2 | 3 => Some(2),
                    4..=6 => Some(4),
                    10..=12 => Some(8),
                    _ => None,
                };
                match fixed {
                    Some(size) => {
                        self.take(count.checked_mul(size).ok_or(GgufError::Malformed("an array overflows"))?).map(drop)
                    }
                    None => {
                        for _ in 0..count {
                            self.skip(item, depth + 1)?;
                        }
                        Ok(())
                    }
                }
            }
            _ => Err(GgufError::Malformed("a value has an unknown type")),
        }
    }

    /// An integer value of any integer kind, as u64 (negative ones are none).
    fn integer(&mut self, kind: u32) -> Result<Option<u64>, GgufError> {
        Ok(match kind {
            0 => Some(u64::from(self.take(1)?[0])),
            1 => Some(self.take(1)?[0] as i8).and_then(|v| u64::try_from(v).ok()),
            2 | 3 => {
                let b = self.take(2)?;
                let raw = u16::from_le_bytes([b[0], b[1]]);
                if kind == 3 {
                    u64::try_from(raw as i16).ok()
                } else {
                    Some(u64::from(raw))
                }
            }
            4 | 5 => {
                let raw = self.u32()?;
                if kind == 5 {
                    u64::try_from(raw as i32).ok()
                } else {
                    Some(u64::from(raw))
                }
            }
            10 | 11 => {
                let raw = self.u64()?;
                if kind == 11 {
                    u64::try_from(raw as i64).ok()
                } else {
                    Some(raw)
                }
            }
            other => {
                self.skip(other, 0)?;
                None
            }
        })
    }
}

fn small(value: Option<u64>) -> Option<u32> {
    value.and_then(|v| u32::try_from(v).ok())
}

/// Reads the header from `prefix`, the first bytes of a file.
pub fn read_header(prefix: &[u8]) -> Result<GgufInfo, GgufError> {
    if prefix.len() >= 4 && &prefix[..4] != b"GGUF" {
        return Err(GgufError::NotGguf);
    }
    let mut r = Reader { bytes: prefix, at: 0 };
    r.take(4)?;
    let version = r.u32()?;
    if !(2..=3).contains(&version) {
        return Err(GgufError::Version(version));
    }
    let tensor_count = r.u64()?;
    let kv_count = r.u64()?;
    if tensor_count > 1 << 24 || kv_count > 1 << 24 {
        return Err(GgufError::Malformed("the header counts more items than any model has"));
    }
    let mut info = GgufInfo { version, tensor_count, ..GgufInfo::default() };
    // Values keyed by the architecture are matched once it is known; it comes first in practice.
    let mut by_suffix: Vec<(String, u64)> = Vec::new();
    let mut alignment = 32u64;
    for _ in 0..kv_count {
        let key = String::from_utf8_lossy(r.string()?).into_owned();
        let kind = r.u32()?;
        match key.as_str() {
            "general.architecture" | "general.name" if kind == 8 => {
                let value = String::from_utf8_lossy(r.string()?).into_owned();
                if key == "general.architecture" {
                    info.architecture = value;
                } else {
                    info.name = Some(value);
                }
            }
            "general.alignment" => {
                alignment = r.integer(kind)?.filter(|a| (1..=1 << 20).contains(a)).unwrap_or(32);
            }
            _ if key.ends_with(".context_length")
                || key.ends_with(".block_count")
                || key.ends_with(".embedding_length")
                || key.ends_with(".attention.head_count")
                || key.ends_with(".attention.head_count_kv") =>
            {
                if let Some(value) = r.integer(kind)? {
                    by_suffix.push((key, value));
                }
            }
            _ => r.skip(kind, 0)?,
        }
    }
    let arch = info.architecture.clone();
    let field = |suffix: &str| small(by_suffix.iter().find(|(k, _)| *k == format!("{arch}.{suffix}")).map(|(_, v)| *v));
    info.context_length = field("context_length");
    info.block_count = field("block_count");
    info.embedding_length = field("embedding_length");
    info.head_count = field("attention.head_count");
    info.head_count_kv = field("attention.head_count_kv").or(info.head_count);

    let mut end_of_data: Option<u64> = Some(0);
    for _ in 0..tensor_count {
        r.string()?;
        let dims = r.u32()?;
        if dims > 8 {
            return Err(GgufError::Malformed("a tensor has more than 8 dimensions"));
        }
        let mut elements: u64 = 1;
        for _ in 0..dims {
            elements = elements.checked_mul(r.u64()?).ok_or(GgufError::Malformed("a tensor's size overflows"))?;
        }
        let kind = r.u32()?;
        let offset = r.u64()?;
        end_of_data = match (end_of_data, type_size(kind)) {
            (Some(end), Some((bytes, per_block))) => elements
                .div_ceil(per_block)
                .checked_mul(bytes)
                .and_then(|size| offset.checked_add(size))
                .map(|tensor_end| end.max(tensor_end)),
            _ => None,
        };
    }
    let data_start = (r.at as u64).div_ceil(alignment) * alignment;
    info.expected_size = end_of_data.and_then(|end| data_start.checked_add(end));
    Ok(info)
}

impl GgufInfo {
    /// Bytes of the key/value cache for `n_ctx` tokens at 16 bits (what
    /// llama.cpp allocates by default); `None` when the file does not say.
    pub fn cache_bytes(&self, n_ctx: u32) -> Option<u64> {
        let layers = u64::from(self.block_count?);
        let heads = u64::from(self.head_count?.max(1));
        let kv_heads = u64::from(self.head_count_kv?);
        let width = u64::from(self.embedding_length?) / heads * kv_heads;
        Some(u64::from(n_ctx) * layers * width * 2 * 2)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A small GGUF v3 header: the metadata a llama model has, and two
    /// tensors (one F32 of 1,024 values, one Q8_0 of 64) ending at byte
    /// `data_start + 4,096 + 68`.
    pub(crate) fn sample_header() -> Vec<u8> {
        fn string(out: &mut Vec<u8>, s: &str) {
            out.extend((s.len() as u64).to_le_bytes());
            out.extend(s.as_bytes());
        }
        fn kv_u32(out: &mut Vec<u8>, key: &str, value: u32) {
            string(out, key);
            out.extend(4u32.to_le_bytes());
            out.extend(value.to_le_bytes());
        }
        let mut out = b"GGUF".to_vec();
        out.extend(3u32.to_le_bytes());
        out.extend(2u64.to_le_bytes());
        out.extend(8u64.to_le_bytes());
        string(&mut out, "general.architecture");
        out.extend(8u32.to_le_bytes());
        string(&mut out, "llama");
        string(&mut out, "general.name");
        out.extend(8u32.to_le_bytes());
        string(&mut out, "Tiny Test");
        // An array of strings, skipped.
        string(&mut out, "tokenizer.ggml.tokens");
        out.extend(9u32.to_le_bytes());
        out.extend(8u32.to_le_bytes());
        out.extend(3u64.to_le_bytes());
        for token in ["<s>", "a", "b"] {
            string(&mut out, token);
        }
        kv_u32(&mut out, "llama.context_length", 8192);
        kv_u32(&mut out, "llama.block_count", 30);
        kv_u32(&mut out, "llama.embedding_length", 576);
        kv_u32(&mut out, "llama.attention.head_count", 9);
        kv_u32(&mut out, "llama.attention.head_count_kv", 3);
        string(&mut out, "output.weight");
        out.extend(1u32.to_le_bytes());
        out.extend(1024u64.to_le_bytes());
        out.extend(0u32.to_le_bytes());
        out.extend(0u64.to_le_bytes());
        string(&mut out, "blk.0.weight");
        out.extend(1u32.to_le_bytes());
        out.extend(64u64.to_le_bytes());
        out.extend(8u32.to_le_bytes());
        out.extend(4096u64.to_le_bytes());
        out
    }

    #[test]
    fn reads_the_metadata_and_the_size_the_tensors_need() {
        let header = sample_header();
        let info = read_header(&header).unwrap();
        assert_eq!(info.architecture, "llama");
        assert_eq!(info.name.as_deref(), Some("Tiny Test"));
        assert_eq!(info.context_length, Some(8192));
        assert_eq!(
            (info.block_count, info.embedding_length, info.head_count, info.head_count_kv),
            (Some(30), Some(576), Some(9), Some(3))
        );
        let data_start = (header.len() as u64).div_ceil(32) * 32;
        // F32: 1,024 × 4 bytes at 0; Q8_0: 2 blocks × 34 bytes at 4,096.
        assert_eq!(info.expected_size, Some(data_start + 4096 + 68));
        // SmolLM2-135M's shape: 30 layers, 576 wide, 3 of 9 heads for K/V: 8,192 tokens take 180 MiB at f16.
        assert_eq!(info.cache_bytes(8192), Some(8192 * 30 * 192 * 4));
    }

    #[test]
    fn a_short_prefix_asks_for_more_and_every_prefix_is_safe() {
        let header = sample_header();
        for cut in 0..header.len() {
            match read_header(&header[..cut]) {
                Err(GgufError::NeedMore(n)) => assert!(n > cut as u64, "cut {cut}: asks for {n}"),
                other => panic!("cut {cut}: {other:?}"),
            }
        }
    }

    #[test]
    fn other_files_are_named_for_what_they_are() {
        assert_eq!(read_header(b"<!DOCTYPE html><html>"), Err(GgufError::NotGguf));
        assert_eq!(read_header(b"PK\x03\x04zip"), Err(GgufError::NotGguf));
        let mut v1 = b"GGUF".to_vec();
        v1.extend(1u32.to_le_bytes());
        v1.extend([0; 16]);
        assert_eq!(read_header(&v1), Err(GgufError::Version(1)));
        let mut huge = b"GGUF".to_vec();
        huge.extend(3u32.to_le_bytes());
        huge.extend(u64::MAX.to_le_bytes());
        huge.extend(0u64.to_le_bytes());
        assert!(matches!(read_header(&huge), Err(GgufError::Malformed(_))));
    }

    #[test]
    fn an_unknown_tensor_type_leaves_the_size_unknown() {
        let mut header = sample_header();
        // The Q8_0 tensor's type is the 12 bytes before its offset's 8.
        let at = header.len() - 12;
        header[at..at + 4].copy_from_slice(&200u32.to_le_bytes());
        let info = read_header(&header).unwrap();
        assert_eq!(info.expected_size, None);
        assert_eq!(info.context_length, Some(8192));
    }
}
