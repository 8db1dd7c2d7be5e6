//! Compact open-addressing multimap from 64-bit keys to slot numbers.
//!
//! Each entry is one `u32`: an 8-bit tag (more bits of the key) and a 24-bit slot number + 1.
//! The key itself is not stored: callers verify a candidate slot against its stored fingerprint.
//! Linear probing, table length sized exactly (not a power of two: the home bucket is
//! `(key_hi * len) >> 32`), deletions leave tombstones and the table is rebuilt by the owner when
//! tombstones pile up. This is what keeps the index at ~5.3 bytes per key at 75% load.

/// Highest slot number an entry can hold.
pub const MAX_SLOTS: usize = (1 << 24) - 2;
const EMPTY: u32 = 0;
const LOW24: u32 = 0x00FF_FFFF;
const TOMB: u32 = LOW24;

#[derive(Debug, Clone)]
pub struct KeyTable {
    entries: Vec<u32>,
    live: usize,
    tombs: usize,
}

impl KeyTable {
    /// A table of `len` buckets (at least 8).
    pub fn with_len(len: usize) -> Self {
        Self {
            entries: vec![EMPTY; len.max(8)],
            live: 0,
            tombs: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.live == 0
    }

    pub fn live(&self) -> usize {
        self.live
    }

    /// Live entries plus tombstones: what probing has to walk over.
    pub fn used(&self) -> usize {
        self.live + self.tombs
    }

    /// Heap bytes held.
    pub fn heap_bytes(&self) -> usize {
        self.entries.capacity() * std::mem::size_of::<u32>()
    }

    #[inline]
    fn home(&self, key: u64) -> usize {
        (((key >> 32) * self.entries.len() as u64) >> 32) as usize
    }

    #[inline]
    fn entry(key: u64, slot: u32) -> u32 {
        ((key as u32 & 0xFF) << 24) | (slot + 1)
    }

    /// Adds `key → slot` (duplicates allowed). The owner keeps the load below 1.
    pub fn insert(&mut self, key: u64, slot: u32) {
        let len = self.entries.len();
        let mut i = self.home(key);
        loop {
            let e = self.entries[i];
            if e == EMPTY || e & LOW24 == TOMB {
                if e != EMPTY {
                    self.tombs -= 1;
                }
                self.entries[i] = Self::entry(key, slot);
                self.live += 1;
                return;
            }
            i += 1;
            if i == len {
                i = 0;
            }
        }
    }

    /// Calls `f` with every slot whose entry could hold `key` (same tag), until `f` returns false.
    #[inline]
    pub fn for_each(&self, key: u64, mut f: impl FnMut(u32) -> bool) {
        let len = self.entries.len();
        let tag = (key as u32 & 0xFF) << 24;
        let mut i = self.home(key);
        for _ in 0..len {
            let e = self.entries[i];
            if e == EMPTY {
                return;
            }
            if e & LOW24 != TOMB && e & !LOW24 == tag && !f((e & LOW24) - 1) {
                return;
            }
            i += 1;
            if i == len {
                i = 0;
            }
        }
    }

    /// Removes the entry `key → slot`; returns whether it was there.
    pub fn remove(&mut self, key: u64, slot: u32) -> bool {
        let len = self.entries.len();
        let want = Self::entry(key, slot);
        let mut i = self.home(key);
        for _ in 0..len {
            let e = self.entries[i];
            if e == EMPTY {
                return false;
            }
            if e == want {
                self.entries[i] = TOMB;
                self.live -= 1;
                self.tombs += 1;
                return true;
            }
            i += 1;
            if i == len {
                i = 0;
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slots(t: &KeyTable, key: u64) -> Vec<u32> {
        let mut v = Vec::new();
        t.for_each(key, |s| {
            v.push(s);
            true
        });
        v.sort_unstable();
        v
    }

    #[test]
    fn multimap_insert_find_remove() {
        let mut t = KeyTable::with_len(37);
        t.insert(0xAAAA_0000_0000_0001, 5);
        t.insert(0xAAAA_0000_0000_0001, 9);
        t.insert(0x1234_0000_0000_0002, 7);
        assert_eq!(slots(&t, 0xAAAA_0000_0000_0001), vec![5, 9]);
        assert_eq!(slots(&t, 0x1234_0000_0000_0002), vec![7]);
        assert!(t.remove(0xAAAA_0000_0000_0001, 5));
        assert!(!t.remove(0xAAAA_0000_0000_0001, 5));
        assert_eq!(slots(&t, 0xAAAA_0000_0000_0001), vec![9]);
        assert_eq!((t.live(), t.used()), (2, 3));
        // A tombstone is reused.
        t.insert(0xAAAA_0000_0000_0001, 11);
        assert_eq!((t.live(), t.used()), (3, 3));
        assert_eq!(slots(&t, 0xAAAA_0000_0000_0001), vec![9, 11]);
    }

    #[test]
    fn wraps_around_the_end() {
        let mut t = KeyTable::with_len(8);
        let key = u64::MAX; // home is the last bucket
        for s in 0..5 {
            t.insert(key, s);
        }
        assert_eq!(slots(&t, key), vec![0, 1, 2, 3, 4]);
        assert!(t.remove(key, 3));
        assert_eq!(slots(&t, key), vec![0, 1, 2, 4]);
    }
}
