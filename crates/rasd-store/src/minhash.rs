//! MinHash signatures over word shingles, and LSH banding to find candidate pairs.
//!
//! Each document becomes the set of its overlapping word [`SHINGLE`]-grams (words in the search
//! normalization). Each shingle is hashed once with xxh3 and then remixed with [`NUM_HASHES`]
//! fixed seeds through the SplitMix64 finalizer: the hashes are stable across processes,
//! machines and releases, so signatures stored today still match tomorrow's.
//!
//! Banding: [`BANDS`] bands of [`ROWS`] rows. Two documents become candidates when any band
//! agrees; the S-curve `1 − (1 − J^r)^b` with 42×3 gives P ≥ 0.995 at Jaccard 0.5 and ≈ 0.7 at
//! 0.25, and every candidate pair is then checked against the signature estimate, so the banding
//! only needs to be generous. (A 16×8 scheme, for comparison, finds only 85% of pairs at 0.65.)

use xxhash_rust::xxh3::xxh3_64;

/// Words per shingle.
pub const SHINGLE: usize = 3;
/// Bands in the LSH index.
pub const BANDS: usize = 42;
/// Rows per band.
pub const ROWS: usize = 3;
/// Hash functions in a signature.
pub const NUM_HASHES: usize = BANDS * ROWS;

/// A MinHash signature.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature(pub Vec<u32>);

fn splitmix(mut x: u64) -> u64 {
    x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// The fixed per-function seeds.
fn seeds() -> &'static [u64; NUM_HASHES] {
    static SEEDS: std::sync::OnceLock<[u64; NUM_HASHES]> = std::sync::OnceLock::new();
    SEEDS.get_or_init(|| {
        let mut s = [0u64; NUM_HASHES];
        let mut x = 0x5241_5344_u64; // "RASD"
        for v in &mut s {
            x = splitmix(x);
            *v = x;
        }
        s
    })
}

impl Signature {
    /// The signature of a sequence of words, or `None` when there are too few words to
    /// shingle (fewer than [`SHINGLE`]).
    #[must_use]
    pub fn of_words<S: AsRef<str>>(words: &[S]) -> Option<Self> {
        if words.len() < SHINGLE {
            return None;
        }
        let seeds = seeds();
        let mut mins = vec![u32::MAX; NUM_HASHES];
        let mut buf = String::new();
        for window in words.windows(SHINGLE) {
            buf.clear();
            for (i, w) in window.iter().enumerate() {
                if i > 0 {
                    buf.push(' ');
                }
                buf.push_str(w.as_ref());
            }
            let base = xxh3_64(buf.as_bytes());
            for (m, seed) in mins.iter_mut().zip(seeds) {
                // The high half is the better-mixed half of SplitMix64's output.
                let h = (splitmix(base ^ seed) >> 32) as u32;
                if h < *m {
                    *m = h;
                }
            }
        }
        Some(Self(mins))
    }

    /// The estimated Jaccard similarity: the share of agreeing positions.
    #[must_use]
    pub fn similarity(&self, other: &Self) -> f64 {
        let n = self.0.len().min(other.0.len());
        if n == 0 {
            return 0.0;
        }
        let same = self.0.iter().zip(&other.0).filter(|(a, b)| a == b).count();
        same as f64 / n as f64
    }

    /// The band keys: one hash per band, tagged with the band number.
    #[must_use]
    pub fn bands(&self) -> Vec<u64> {
        self.0
            .chunks(ROWS)
            .enumerate()
            .map(|(band, rows)| {
                let mut bytes = Vec::with_capacity(4 + rows.len() * 4);
                bytes.extend_from_slice(&(band as u32).to_le_bytes());
                for r in rows {
                    bytes.extend_from_slice(&r.to_le_bytes());
                }
                xxh3_64(&bytes)
            })
            .collect()
    }

    /// Little-endian bytes, for storage.
    #[must_use]
    pub fn to_bytes(&self) -> Vec<u8> {
        self.0.iter().flat_map(|v| v.to_le_bytes()).collect()
    }

    /// Reads a signature stored by [`Signature::to_bytes`]; `None` when the length is wrong.
    #[must_use]
    pub fn from_bytes(bytes: &[u8]) -> Option<Self> {
        if bytes.len() != NUM_HASHES * 4 {
            return None;
        }
        Some(Self(
            bytes
                .chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect(),
        ))
    }
}

/// The exact Jaccard similarity of two word sequences' shingle sets (for tests and checks).
#[must_use]
pub fn jaccard<S: AsRef<str>>(a: &[S], b: &[S]) -> f64 {
    use std::collections::HashSet;
    let set = |w: &[S]| -> HashSet<String> {
        w.windows(SHINGLE)
            .map(|win| win.iter().map(AsRef::as_ref).collect::<Vec<_>>().join(" "))
            .collect()
    };
    let (sa, sb) = (set(a), set(b));
    let union = sa.union(&sb).count();
    if union == 0 {
        return 0.0;
    }
    sa.intersection(&sb).count() as f64 / union as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_and_round_trips() {
        let words: Vec<&str> = "a b c d e f g".split(' ').collect();
        let s = Signature::of_words(&words).unwrap();
        assert_eq!(Signature::from_bytes(&s.to_bytes()), Some(s.clone()));
        assert_eq!(s.similarity(&s), 1.0);
        assert_eq!(s.bands().len(), BANDS);
        assert!(Signature::of_words(&["a", "b"]).is_none());
    }
}
