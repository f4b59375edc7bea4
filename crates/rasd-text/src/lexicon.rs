//! A word-frequency lexicon: normalized word form → cost (negative log frequency).
//!
//! The lexicon is built by `cargo xtask lexicon` from the wordfreq Arabic list (CC BY-SA 4.0) and
//! shipped as `models/wordfreq.fst.gz`: a gzip'd file holding a small header and an [`fst::Map`]
//! whose keys are word forms under [`Normalizer::standard`](crate::normalize::Normalizer::standard)
//! and whose values are costs in hundredths of a nat (`-ln(frequency) × 100`, rounded). Lower is
//! more frequent.
//!
//! The header carries a magic string, a format version, the number of entries and an xxh3
//! checksum of the map's bytes; [`Lexicon::from_bytes`] checks all of them, so a truncated or
//! stale file is refused at load time rather than giving silently wrong answers later.
//!
//! Lookups go first to a packed table of the most frequent words (most tokens of running text
//! hit it), then to the fst.

use std::io::Read;

use crate::hashindex::HashIndex;

/// The magic string every lexicon file starts with (after decompression).
pub const MAGIC: &[u8; 8] = b"RASDLEX\0";
/// The version of the file layout this code reads and writes.
pub const FORMAT_VERSION: u32 = 1;
/// Stored costs are nats multiplied by this.
pub const COST_SCALE: f32 = 100.0;
/// Words at least this frequent (cost at most this, in stored units) are kept in the hash map:
/// about the top 30,000 forms, which most running words hit.
const HOT_MAX_COST: u64 = 1_300;
/// Header: magic (8) + version (4) + entries (8) + checksum (8).
const HEADER_LEN: usize = 28;

/// Why a lexicon could not be loaded.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum LexiconError {
    /// The bytes are not valid gzip.
    #[error("the lexicon is not valid gzip: {0}")]
    Decompress(#[source] std::io::Error),
    /// The file does not start with the lexicon header.
    #[error("not a rasd lexicon (bad magic or truncated header)")]
    BadMagic,
    /// The file was written by another version of the format.
    #[error("lexicon format version {found}, this build reads version {FORMAT_VERSION}")]
    Version {
        /// The version found in the file.
        found: u32,
    },
    /// The map's bytes do not match the checksum in the header.
    #[error("lexicon checksum mismatch: the file is damaged")]
    Checksum,
    /// The map could not be read, or its size disagrees with the header.
    #[error("lexicon map is invalid: {0}")]
    Map(String),
}

/// A word-frequency lexicon. Cheap to query, immutable, `Send + Sync`.
pub struct Lexicon {
    map: fst::Map<Vec<u8>>,
    hot: HotWords,
}

/// The most frequent words with their costs, for lookups that skip the fst: the words back to
/// back in one string, found through a [`HashIndex`] and compared on every hit (exact). About
/// 25 bytes a word, where a hash map of boxed strings took 75.
#[derive(Debug, Default)]
struct HotWords {
    index: HashIndex,
    /// Per position of `index`: the word's start in `text` (high 32 bits), its length (next
    /// 16) and its cost (low 16; hot words cost at most [`HOT_MAX_COST`]).
    packed: Box<[u64]>,
    text: String,
}

impl HotWords {
    fn build(map: &fst::Map<Vec<u8>>) -> Self {
        use fst::Streamer;
        let mut text = String::new();
        let (mut hashes, mut packed) = (Vec::new(), Vec::new());
        let mut stream = map.stream();
        while let Some((key, cost)) = stream.next() {
            let (Ok(word), Ok(start), Ok(len), Ok(cost)) = (
                std::str::from_utf8(key),
                u32::try_from(text.len()),
                u16::try_from(key.len()),
                u16::try_from(cost),
            ) else {
                continue;
            };
            if u64::from(cost) > HOT_MAX_COST {
                continue;
            }
            text.push_str(word);
            hashes.push(xxhash_rust::xxh3::xxh3_64(key));
            packed.push(u64::from(start) << 32 | u64::from(len) << 16 | u64::from(cost));
        }
        let index = HashIndex::build(hashes, |i, j| packed.swap(i, j));
        text.shrink_to_fit();
        Self {
            index,
            packed: packed.into_boxed_slice(),
            text,
        }
    }

    fn get(&self, word: &str) -> Option<u64> {
        let pos = self
            .index
            .get(xxhash_rust::xxh3::xxh3_64(word.as_bytes()))?;
        let p = *self.packed.get(pos)?;
        let start = (p >> 32) as usize;
        let len = usize::from((p >> 16) as u16);
        (self.text.get(start..start + len)? == word).then_some(p & 0xFFFF)
    }

    fn len(&self) -> usize {
        self.packed.len()
    }
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicon")
            .field("entries", &self.map.len())
            .field("hot", &self.hot.len())
            .finish()
    }
}

impl Lexicon {
    /// The lexicon shipped with rasd, compiled into the binary.
    ///
    /// # Errors
    /// A [`LexiconError`] when the embedded file fails its checks (a broken build).
    #[cfg(feature = "embedded-lexicon")]
    pub fn embedded() -> Result<Self, LexiconError> {
        Self::from_bytes(include_bytes!("../../../models/wordfreq.fst.gz"))
    }

    /// Loads a lexicon from the bytes of a `wordfreq.fst.gz` file.
    ///
    /// # Errors
    /// A [`LexiconError`] when the bytes are not gzip, not a lexicon, of another format version,
    /// or damaged.
    pub fn from_bytes(gz: &[u8]) -> Result<Self, LexiconError> {
        // The gzip trailer gives the decompressed size: reserve it once rather than grow.
        let size = gz
            .len()
            .checked_sub(4)
            .and_then(|at| gz.get(at..))
            .and_then(|b| <[u8; 4]>::try_from(b).ok())
            .map_or(0, |b| u32::from_le_bytes(b) as usize);
        let mut raw = Vec::with_capacity(size.min(1 << 28));
        flate2::read::GzDecoder::new(gz)
            .read_to_end(&mut raw)
            .map_err(LexiconError::Decompress)?;
        if raw.len() < HEADER_LEN || &raw[..8] != MAGIC {
            return Err(LexiconError::BadMagic);
        }
        let version = u32::from_le_bytes(le_bytes(&raw[8..12]));
        if version != FORMAT_VERSION {
            return Err(LexiconError::Version { found: version });
        }
        let entries = u64::from_le_bytes(le_bytes(&raw[12..20]));
        let checksum = u64::from_le_bytes(le_bytes(&raw[20..28]));
        // Drop the header in place rather than copy the map out of the buffer.
        raw.drain(..HEADER_LEN);
        let body = raw;
        if xxhash_rust::xxh3::xxh3_64(&body) != checksum {
            return Err(LexiconError::Checksum);
        }
        let map = fst::Map::new(body).map_err(|e| LexiconError::Map(e.to_string()))?;
        if map.len() as u64 != entries {
            return Err(LexiconError::Map(format!(
                "header says {entries} entries, map has {}",
                map.len()
            )));
        }
        Ok(Self::with_map(map))
    }

    /// Builds a lexicon in memory from `(word, cost)` pairs (cost in stored units, see
    /// [`COST_SCALE`]); duplicate words keep their lowest cost. For tests and for the builder.
    ///
    /// # Errors
    /// [`LexiconError::Map`] when the map cannot be built.
    pub fn from_costs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, u64)>,
    ) -> Result<Self, LexiconError> {
        let mut pairs: Vec<(&str, u64)> = pairs.into_iter().collect();
        pairs.sort_unstable();
        pairs.dedup_by(|later, earlier| later.0 == earlier.0);
        let map = fst::Map::from_iter(pairs).map_err(|e| LexiconError::Map(e.to_string()))?;
        Ok(Self::with_map(map))
    }

    fn with_map(map: fst::Map<Vec<u8>>) -> Self {
        let hot = HotWords::build(&map);
        Self { map, hot }
    }

    /// The cost of `word` (a form under the standard normalizer) in nats, or `None` when the
    /// word is not in the lexicon.
    #[must_use]
    pub fn cost(&self, word: &str) -> Option<f32> {
        self.raw_cost(word).map(to_nats)
    }

    /// The cost of `word` in stored units (hundredths of a nat).
    #[must_use]
    pub fn raw_cost(&self, word: &str) -> Option<u64> {
        if let Some(c) = self.hot.get(word) {
            return Some(c);
        }
        self.map.get(word)
    }

    /// Calls `found(len, cost)` for every lexicon word that is a prefix of `text`, shortest
    /// first: `len` is its length in bytes, `cost` in stored units. One walk down the automaton
    /// finds them all, which is what makes scoring every split of a word cheap.
    pub fn for_each_prefix(&self, text: &str, mut found: impl FnMut(usize, u64)) {
        let fst = self.map.as_fst();
        let mut node = fst.root();
        let mut out = fst::raw::Output::zero();
        for (i, &b) in text.as_bytes().iter().enumerate() {
            let Some(t) = node.find_input(b) else {
                return;
            };
            let trans = node.transition(t);
            out = out.cat(trans.out);
            node = fst.node(trans.addr);
            if node.is_final() {
                found(i + 1, out.cat(node.final_output()).value());
            }
        }
    }

    /// Whether `word` is in the lexicon.
    #[must_use]
    pub fn contains(&self, word: &str) -> bool {
        self.raw_cost(word).is_some()
    }

    /// The number of word forms.
    #[must_use]
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// Whether the lexicon has no words.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// The underlying map, for tools that stream it.
    #[must_use]
    pub fn map(&self) -> &fst::Map<Vec<u8>> {
        &self.map
    }
}

/// Serializes an fst map's bytes into the shipped file layout (before gzip): header, then map.
#[must_use]
pub fn encode(map_bytes: &[u8], entries: u64) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER_LEN + map_bytes.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    out.extend_from_slice(&entries.to_le_bytes());
    out.extend_from_slice(&xxhash_rust::xxh3::xxh3_64(map_bytes).to_le_bytes());
    out.extend_from_slice(map_bytes);
    out
}

/// A cost in nats as stored (hundredths of a nat), rounded and clamped at 0.
#[must_use]
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // clamped to 0..=u32::MAX
pub fn to_raw(nats: f64) -> u64 {
    (nats * f64::from(COST_SCALE))
        .round()
        .clamp(0.0, f64::from(u32::MAX)) as u64
}

#[allow(clippy::cast_precision_loss)] // stored costs are far below 2^24
fn to_nats(raw: u64) -> f32 {
    raw as f32 / COST_SCALE
}

fn le_bytes<const N: usize>(bytes: &[u8]) -> [u8; N] {
    let mut out = [0; N];
    for (o, b) in out.iter_mut().zip(bytes) {
        *o = *b;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        enc.write_all(bytes).unwrap();
        enc.finish().unwrap()
    }

    fn sample_file() -> Vec<u8> {
        let map = fst::Map::from_iter([("العراق", 700u64), ("في", 340)]).unwrap();
        let bytes = map.into_fst().into_inner();
        encode(&bytes, 2)
    }

    #[test]
    fn round_trip() {
        let lex = Lexicon::from_bytes(&gzip(&sample_file())).unwrap();
        assert_eq!(lex.len(), 2);
        assert_eq!(lex.raw_cost("في"), Some(340));
        assert!((lex.cost("العراق").unwrap() - 7.0).abs() < 1e-6);
        assert_eq!(lex.cost("بغداد"), None);
        let mut prefixes = Vec::new();
        lex.for_each_prefix("فيها", |len, cost| prefixes.push((len, cost)));
        assert_eq!(prefixes, vec![("في".len(), 340)]);
    }

    #[test]
    fn refuses_damaged_files() {
        let good = sample_file();
        assert!(matches!(
            Lexicon::from_bytes(b"not gzip"),
            Err(LexiconError::Decompress(_))
        ));
        assert!(matches!(
            Lexicon::from_bytes(&gzip(b"short")),
            Err(LexiconError::BadMagic)
        ));
        let mut version = good.clone();
        version[8] = 9;
        assert!(matches!(
            Lexicon::from_bytes(&gzip(&version)),
            Err(LexiconError::Version { found: 9 })
        ));
        let mut flipped = good.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 1;
        assert!(matches!(
            Lexicon::from_bytes(&gzip(&flipped)),
            Err(LexiconError::Checksum)
        ));
    }

    #[cfg(feature = "embedded-lexicon")]
    #[test]
    fn embedded_lexicon_loads() {
        let lex = Lexicon::embedded().unwrap();
        assert!(lex.len() > 100_000);
        assert!(lex.cost("في").unwrap() < lex.cost("العراق").unwrap());
    }

    #[cfg(feature = "embedded-lexicon")]
    #[test]
    fn frequent_words_answer_as_the_map_does() {
        use fst::Streamer;
        let lex = Lexicon::embedded().unwrap();
        assert!(lex.hot.len() > 20_000, "{} frequent words", lex.hot.len());
        // Every word, through the table of frequent words or the fst, and a neighbour that may
        // not be a word at all.
        let mut stream = lex.map.stream();
        while let Some((key, cost)) = stream.next() {
            let word = std::str::from_utf8(key).unwrap();
            assert_eq!(lex.raw_cost(word), Some(cost));
            let other = format!("{word}ة");
            assert_eq!(lex.raw_cost(&other), lex.map.get(&other));
        }
        // The table of frequent words stays small (a map of boxed strings took 2.5 MB).
        let bytes = lex.hot.index.heap_bytes() + lex.hot.packed.len() * 8 + lex.hot.text.len();
        assert!(bytes < 1_200_000, "{bytes} bytes");
    }
}
