//! A read-only index from 64-bit hashes to positions: the compact form of the large tables the
//! models load (lexicon keys, feature weights).
//!
//! A `HashMap<Box<str>, V>` spends a boxed string, a padded slot and spare capacity on every
//! key: half a million words cost some 45 MB. Here a table is three arrays: the keys' 64-bit
//! hashes grouped by their top bits into buckets (two to four a bucket on average), where each
//! bucket starts, and the caller's values in the same order. A lookup reads the bucket's start,
//! scans a few hashes (usually one cache line) and returns the position, so it costs about what
//! a hash map probe costs, in 8 bytes a key plus the value.
//!
//! Keys are identified by their hash alone. The models' features are already 64-bit hashes, so
//! this adds no new kind of error: a word that is not in a table of `n` keys is mistaken for one
//! with probability `n / 2^64` (about 3 in 10^14 for half a million keys). Two keys of one table
//! with the same hash are found by [`HashIndex::has_duplicates`], which loaders check. Callers
//! that must be exact keep the keys and compare (see the lexicons that do).

/// A [`HashIndex`] that stores a 16-bit value with each key, in the same 8 bytes: a key's top
/// bits are implied by its bucket (there are at least 2^16 buckets), so each slot keeps the
/// hash's remaining bits shifted up and the value in the low 16 bits. Keys still compare on
/// all 64 bits of their hash.
#[derive(Debug, Clone, Default)]
pub struct TaggedIndex {
    /// log2 of the number of buckets (at least 16).
    bits: u32,
    starts: Box<[u32]>,
    /// `hash << bits | value`, bucket by bucket.
    slots: Box<[u64]>,
}

impl TaggedIndex {
    /// The index of `hashes`, each with the value at the same place in `values` (a key with
    /// no value gets 0).
    #[must_use]
    pub fn build(hashes: Vec<u64>, values: Vec<u16>) -> Self {
        let mut values = values;
        values.resize(hashes.len(), 0);
        let index = HashIndex::with_min_buckets(hashes, 1 << 16, |i, j| values.swap(i, j));
        let bits = 64 - index.shift;
        // In place: the hashes become the slots.
        let mut slots = index.hashes;
        for (slot, &v) in slots.iter_mut().zip(&values) {
            *slot = slot.checked_shl(bits).unwrap_or(0) | u64::from(v);
        }
        Self {
            bits,
            starts: index.starts,
            slots,
        }
    }

    /// The value of `hash`, if the table holds it.
    #[inline]
    #[must_use]
    pub fn get(&self, hash: u64) -> Option<u16> {
        let b = hash.checked_shr(64 - self.bits).unwrap_or(0) as usize;
        let key = hash.checked_shl(self.bits).unwrap_or(0);
        let (Some(&from), Some(&to)) = (self.starts.get(b), self.starts.get(b + 1)) else {
            return None;
        };
        let bucket = self.slots.get(from as usize..to as usize)?;
        #[allow(clippy::cast_possible_truncation)] // the low 16 bits are the value
        bucket
            .iter()
            .find(|&&slot| slot & !0xFFFF == key)
            .map(|&slot| slot as u16)
    }

    /// Number of keys.
    #[must_use]
    pub fn len(&self) -> usize {
        self.slots.len()
    }

    /// Whether the index is empty.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    /// Whether two keys share a hash (the later one could never be found).
    #[must_use]
    pub fn has_duplicates(&self) -> bool {
        self.starts.windows(2).any(|w| {
            let bucket = self.slots.get(w[0] as usize..w[1] as usize).unwrap_or(&[]);
            bucket
                .iter()
                .enumerate()
                .any(|(i, a)| bucket[i + 1..].iter().any(|b| (a ^ b) & !0xFFFF == 0))
        })
    }

    /// Bytes held on the heap.
    #[must_use]
    pub fn heap_bytes(&self) -> usize {
        self.starts.len() * 4 + self.slots.len() * 8
    }
}

/// Positions of 64-bit hashes, grouped by bucket. Immutable once built.
#[derive(Debug, Clone, Default)]
pub struct HashIndex {
    /// `bucket = hash >> shift`.
    shift: u32,
    /// Where each bucket starts in `hashes`; one more entry than there are buckets.
    starts: Box<[u32]>,
    /// The hashes, bucket by bucket.
    hashes: Box<[u64]>,
}

impl HashIndex {
    /// Builds the index over `hashes`, reordering them in place so that each bucket's hashes
    /// are together. Every exchange of positions `i` and `j` is reported to `swap`, so that
    /// arrays of values kept in the same order can follow; hashes that arrive sorted (or already
    /// grouped by bucket) are not moved at all.
    ///
    /// Tables are limited to `u32::MAX` keys; positions beyond are not found.
    pub fn build(hashes: Vec<u64>, swap: impl FnMut(usize, usize)) -> Self {
        Self::with_min_buckets(hashes, 1, swap)
    }

    /// Like [`HashIndex::build`], with at least `min_buckets` buckets (rounded up to a power
    /// of two).
    pub fn with_min_buckets(
        hashes: Vec<u64>,
        min_buckets: usize,
        mut swap: impl FnMut(usize, usize),
    ) -> Self {
        let mut hashes = hashes;
        let n = hashes.len().min(u32::MAX as usize);
        hashes.truncate(n);
        // Two to four hashes a bucket: one cache line to scan, 1–2 bytes of overhead a key.
        let buckets = (n.next_power_of_two() / 4)
            .max(min_buckets.min(1 << 30).next_power_of_two())
            .max(1);
        let shift = 64 - buckets.trailing_zeros();
        let bucket = |h: u64| h.checked_shr(shift).unwrap_or(0) as usize;

        let mut starts = vec![0u32; buckets + 1];
        for &h in &hashes {
            starts[bucket(h) + 1] += 1;
        }
        for b in 0..buckets {
            starts[b + 1] += starts[b];
        }
        // Place every hash in its bucket by following cycles (American flag sort): `next[b]`
        // is the first position of bucket `b` not yet known to hold one of its own.
        let mut next: Vec<u32> = starts[..buckets].to_vec();
        for b in 0..buckets {
            let end = starts[b + 1] as usize;
            while (next[b] as usize) < end {
                let i = next[b] as usize;
                let home = bucket(hashes[i]);
                if home == b {
                    next[b] += 1;
                } else {
                    let j = next[home] as usize;
                    next[home] += 1;
                    hashes.swap(i, j);
                    swap(i, j);
                }
            }
        }
        Self {
            shift,
            starts: starts.into_boxed_slice(),
            hashes: hashes.into_boxed_slice(),
        }
    }

    /// The position of `hash`, if the table holds it.
    #[inline]
    #[must_use]
    pub fn get(&self, hash: u64) -> Option<usize> {
        let b = hash.checked_shr(self.shift).unwrap_or(0) as usize;
        let (Some(&from), Some(&to)) = (self.starts.get(b), self.starts.get(b + 1)) else {
            return None;
        };
        let (from, to) = (from as usize, to as usize);
        let bucket = self.hashes.get(from..to)?;
        bucket.iter().position(|&h| h == hash).map(|p| from + p)
    }

    /// The hashes, in the index's order (position `i` holds the hash at `i`).
    #[must_use]
    pub fn hashes(&self) -> &[u64] {
        &self.hashes
    }

    /// Number of hashes.
    #[must_use]
    pub fn len(&self) -> usize {
        self.hashes.len()
    }

    /// Whether the index is empty.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.hashes.is_empty()
    }

    /// Whether two keys share a hash (the later one could never be found).
    #[must_use]
    pub fn has_duplicates(&self) -> bool {
        self.starts.windows(2).any(|w| {
            let bucket = self.hashes.get(w[0] as usize..w[1] as usize).unwrap_or(&[]);
            bucket
                .iter()
                .enumerate()
                .any(|(i, h)| bucket[i + 1..].contains(h))
        })
    }

    /// Bytes held on the heap.
    #[must_use]
    pub fn heap_bytes(&self) -> usize {
        self.starts.len() * 4 + self.hashes.len() * 8
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mix(i: u64) -> u64 {
        xxhash_rust::xxh3::xxh3_64(&i.to_le_bytes())
    }

    #[test]
    fn finds_every_key_and_moves_values_along() {
        for n in [0usize, 1, 2, 3, 5, 100, 4097] {
            let hashes: Vec<u64> = (0..n as u64).map(mix).collect();
            let mut values: Vec<u64> = (0..n as u64).collect();
            let index = HashIndex::build(hashes, |i, j| values.swap(i, j));
            assert_eq!(index.len(), n);
            assert!(!index.has_duplicates());
            for k in 0..n as u64 {
                let at = index.get(mix(k)).unwrap();
                assert_eq!(values[at], k);
            }
            for k in n as u64..n as u64 + 50 {
                assert_eq!(index.get(mix(k)), None);
            }
        }
    }

    #[test]
    fn sorted_hashes_stay_in_place() {
        let mut hashes: Vec<u64> = (0..1000).map(mix).collect();
        hashes.sort_unstable();
        let index = HashIndex::build(hashes.clone(), |_, _| panic!("moved"));
        assert_eq!(index.hashes(), hashes.as_slice());
        assert_eq!(index.get(hashes[10]), Some(10));
    }

    #[test]
    fn tagged_values_come_back_with_their_keys() {
        for n in [0usize, 1, 7, 5000] {
            let hashes: Vec<u64> = (0..n as u64).map(mix).collect();
            let values: Vec<u16> = (0..n).map(|i| (i * 7 % 65536) as u16).collect();
            let index = TaggedIndex::build(hashes, values);
            assert_eq!(index.len(), n);
            assert!(!index.has_duplicates());
            for k in 0..n {
                assert_eq!(index.get(mix(k as u64)), Some((k * 7 % 65536) as u16));
            }
            for k in n as u64..n as u64 + 50 {
                assert_eq!(index.get(mix(k)), None);
            }
        }
        // A hash differing only in its top (bucket) bits or its low bits is another key.
        let h = mix(1);
        let index = TaggedIndex::build(vec![h], vec![9]);
        assert_eq!(index.get(h ^ 1), None);
        assert_eq!(index.get(h ^ (1 << 63)), None);
        assert!(TaggedIndex::build(vec![h, h], vec![1, 2]).has_duplicates());
    }

    #[test]
    fn reports_duplicates() {
        let index = HashIndex::build(vec![mix(1), mix(2), mix(1)], |_, _| {});
        assert!(index.has_duplicates());
        assert_eq!(HashIndex::default().get(7), None);
    }
}
