//! The polynomial rolling hash (mod 2⁶⁴) both verbatim checks slide over
//! text: the leak index over characters (`egress::LeakIndex`), the verbatim
//! guard over words (`privacy::verbatim`). One window's hash comes from the
//! previous one in constant time, so a 100 MB document is hashed in one pass.

use std::collections::VecDeque;

/// The hash of the last `window` values pushed.
pub struct RollingHash {
    window: usize,
    base: u64,
    recent: VecDeque<u64>,
    hash: u64,
    /// `base^(window-1)`: the weight of the value that leaves next.
    top_power: u64,
}

impl RollingHash {
    /// `window` is at least 1 (a smaller one is taken as 1).
    pub fn new(window: usize, base: u64) -> Self {
        let window = window.max(1);
        let top_power = (1..window).fold(1u64, |p, _| p.wrapping_mul(base));
        Self { window, base, recent: VecDeque::with_capacity(window + 1), hash: 0, top_power }
    }

    /// Adds a value; the window's hash once it holds `window` values.
    pub fn push(&mut self, value: u64) -> Option<u64> {
        if self.recent.len() == self.window {
            if let Some(old) = self.recent.pop_front() {
                self.hash = self.hash.wrapping_sub(old.wrapping_mul(self.top_power));
            }
        }
        self.recent.push_back(value);
        self.hash = self.hash.wrapping_mul(self.base).wrapping_add(value);
        (self.recent.len() == self.window).then_some(self.hash)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hash of a window written out: Σ value·base^(position from the end).
    fn from_scratch(values: &[u64], base: u64) -> u64 {
        values.iter().fold(0u64, |hash, &v| hash.wrapping_mul(base).wrapping_add(v))
    }

    #[test]
    fn each_window_hashes_as_if_computed_from_scratch() {
        let values: Vec<u64> = (0..200u64).map(|i| i.wrapping_mul(0x9e37_79b9).rotate_left(7) ^ 0x5bd1).collect();
        for (window, base) in [(1, 31), (3, 0x100_0000_01b3), (30, 0x100_0000_01b3), (12, 0x9e37_79b9_7f4a_7c15)] {
            let mut rolling = RollingHash::new(window, base);
            for (i, &v) in values.iter().enumerate() {
                let got = rolling.push(v);
                if i + 1 < window {
                    assert_eq!(got, None, "no hash before the window is full");
                } else {
                    assert_eq!(got, Some(from_scratch(&values[i + 1 - window..=i], base)), "window {window} at {i}");
                }
            }
        }
    }

    #[test]
    fn equal_windows_hash_alike_and_a_changed_value_changes_the_hash() {
        let mut a = RollingHash::new(4, 0x100_0000_01b3);
        let mut b = RollingHash::new(4, 0x100_0000_01b3);
        let first: Vec<_> = [9, 1, 2, 3, 4].iter().filter_map(|&v| a.push(v)).collect();
        let second: Vec<_> = [7, 7, 1, 2, 3, 4].iter().filter_map(|&v| b.push(v)).collect();
        assert_eq!(first.last(), second.last(), "the same four values, after different ones");
        assert_ne!(first[0], first[1]);
    }
}
