//! A fast hash for the core's own small keys (NFA state lists, class and id
//! values, table words), where the standard SipHash showed up in profiles
//! of real pages. The keys come from our tables and from page text; a page
//! that made many collide would slow only its own scan, which the snapshot's
//! caps bound. The mixing step is the one rustc's FxHash uses.

use std::hash::{BuildHasher, Hasher};

/// Builds [`FxHasher`]s: `HashMap<K, V, Fx>`.
#[derive(Clone, Copy, Default, Debug)]
pub struct Fx;

/// Multiply-rotate hashing, a word at a time.
#[derive(Default, Debug)]
pub struct FxHasher(u64);

impl BuildHasher for Fx {
    type Hasher = FxHasher;
    fn build_hasher(&self) -> FxHasher {
        FxHasher(0)
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w));
        }
    }
    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }
    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

impl FxHasher {
    fn add(&mut self, w: u64) {
        self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn tells_keys_apart_in_a_map() {
        let mut m: HashMap<Vec<u32>, usize, Fx> = HashMap::default();
        for i in 0..2000u32 {
            m.insert(vec![i, i / 7, 0xffff_ff00], i as usize);
        }
        for i in 0..2000u32 {
            assert_eq!(m.get(&vec![i, i / 7, 0xffff_ff00]), Some(&(i as usize)));
        }
        let words: HashMap<&str, (), Fx> = ["nav", "navigation", "menu", "s"]
            .iter()
            .map(|w| (*w, ()))
            .collect();
        assert!(words.contains_key("menu") && !words.contains_key("men") && words.len() == 4);
        // Different lengths of the same prefix hash apart.
        let h = |s: &str| Fx.hash_one(s);
        assert_ne!(h("abcdefgh"), h("abcdefghi"));
    }
}
