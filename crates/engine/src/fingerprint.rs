//! Content fingerprints: FNV-1a 64 over bytes, as 16 hex digits. They tell
//! whether a document changed (history, the conversation's findings) and
//! name a job's exact request in the findings cache. Not cryptographic: a
//! fingerprint never guards anything, it only avoids repeating work.

/// FNV-1a 64, fed a slice at a time.
#[derive(Debug, Clone, Copy)]
pub struct Fnv64(u64);

impl Default for Fnv64 {
    fn default() -> Self {
        Self(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv64 {
    pub fn feed(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 = (self.0 ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }

    /// Feeds `text` and a separator no text holds, so that ("ab", "c") and
    /// ("a", "bc") differ.
    pub fn field(&mut self, text: &str) {
        self.feed(text.as_bytes());
        self.feed(&[0xff]);
    }

    pub fn hex(&self) -> String {
        format!("{:016x}", self.0)
    }
}

/// The fingerprint of `text` at once.
pub fn fingerprint(text: &str) -> String {
    let mut hash = Fnv64::default();
    hash.feed(text.as_bytes());
    hash.hex()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_are_fnv1a_and_tell_texts_apart() {
        assert_eq!(fingerprint(""), "cbf29ce484222325");
        assert_eq!(fingerprint("a"), "af63dc4c8601ec8c");
        assert_ne!(fingerprint("a"), fingerprint("b"));
        let mut split = Fnv64::default();
        split.feed(b"ab");
        split.feed(b"c");
        assert_eq!(split.hex(), fingerprint("abc"), "slices give the same hash");
        let (mut one, mut two) = (Fnv64::default(), Fnv64::default());
        one.field("ab");
        one.field("c");
        two.field("a");
        two.field("bc");
        assert_ne!(one.hex(), two.hex());
    }
}
