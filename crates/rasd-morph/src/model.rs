//! The learned model: a lexicon of word forms and the weights that score candidate splits.
//!
//! **Lexicon.** Every key (see [`crate::letters::key`]) known from the word-frequency list gets
//! a frequency *bucket*, `round(log2(frequency) + 32)` (1 = rarest, about 27 for `في`), and, when
//! it was seen as a stem in the segmented training data, a bucket of how often. Buckets keep the
//! file small and are what the features use anyway.
//!
//! **Scoring.** A candidate split (proclitics, stem, enclitic) is described by a handful of
//! features — the affix pair, the stem's and the word's frequency buckets and their difference,
//! how the stem begins and ends next to the affixes, the stem's length, and the word itself —
//! each hashed to a 64-bit id. The score is the sum of their weights, learned by an averaged
//! perceptron ([`crate::train`]); the best-scoring candidate wins.
//!
//! **File.** `models/morph.bin.gz` is gzip over: magic `RASDMORF`, format version (u32 LE), the
//! lexicon (count, then per entry: key length in bytes (u8), key bytes, frequency bucket, stem
//! bucket), the weights (count, then per weight: id (u64 LE), weight (f32 LE)), and finally an
//! xxh3-64 checksum of everything before it. Loading checks all of it.

use std::io::Read;

use rasd_text::hashindex::TaggedIndex;
use rustc_hash::FxHashMap;
use xxhash_rust::xxh3::xxh3_64;

use crate::error::MorphError;
use crate::grammar::Split;

/// The magic string a model file starts with (after decompression).
pub const MAGIC: &[u8; 8] = b"RASDMORF";
/// The version of the model file layout this code reads and writes.
pub const FORMAT_VERSION: u32 = 1;

/// What the lexicon knows about one key.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Entry {
    /// Frequency bucket in the word-frequency list (0 = not listed).
    pub freq: u8,
    /// Bucket of how often the key was a stem in the training data (0 = never).
    pub stem: u8,
}

impl Entry {
    /// The entry in 16 bits: frequency bucket high, stem bucket low.
    #[must_use]
    pub fn to_bits(self) -> u16 {
        u16::from(self.freq) << 8 | u16::from(self.stem)
    }

    /// The entry of [`Entry::to_bits`].
    #[must_use]
    pub fn from_bits(bits: u16) -> Self {
        let [freq, stem] = bits.to_be_bytes();
        Self { freq, stem }
    }
}

/// The least frequency bucket (about one in 16 million words) at which the bare-hamza
/// spelling of a stem is trusted as the stem.
const MIN_BARE_HAMZA_FREQ: u8 = 8;

/// The frequency bucket of a relative frequency.
#[must_use]
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // clamped to 1..=40 first
pub fn freq_bucket(freq: f64) -> u8 {
    if freq.is_nan() || freq <= 0.0 {
        return 0;
    }
    (freq.log2() + 32.0).round().clamp(1.0, 40.0) as u8
}

/// The bucket of a training-stem count: 0, 1, 2–3, 4–7, 8–15, 16+.
#[must_use]
pub fn count_bucket(n: usize) -> u8 {
    match n {
        0 => 0,
        1 => 1,
        2..=3 => 2,
        4..=7 => 3,
        8..=15 => 4,
        _ => 5,
    }
}

/// Keys at least this frequent (bucket, see [`freq_bucket`]; 14 is about 4 in a million) are
/// the ones the segmenter analyses up front: some 30,000 forms.
pub(crate) const HOT_MIN_FREQ: u8 = 14;

/// The lexicon and weights. Immutable once built.
#[derive(Debug, Default, Clone)]
pub struct Model {
    pub(crate) lexicon: Lexicon,
    pub(crate) weights: FxHashMap<u64, f32>,
}

/// The lexicon in one of two forms.
///
/// Training builds a map of keys, which it edits and writes out. A model read from a file
/// keeps only what analysis needs: its 530,000 keys as 64-bit hashes, each with its entry, in a
/// [`TaggedIndex`] (10 bytes a key instead of about 80 in a map of boxed strings; see
/// [`rasd_text::hashindex`] for why hashes alone are safe here), plus the text of the frequent
/// keys until the segmenter has analysed them.
#[derive(Debug, Clone)]
pub(crate) enum Lexicon {
    /// Keys and entries, editable (training).
    Map(FxHashMap<Box<str>, Entry>),
    /// Read from a model file.
    Packed {
        /// The keys' hashes, each with its entry ([`Entry::to_bits`]).
        index: TaggedIndex,
        /// Keys with a frequency bucket of at least [`HOT_MIN_FREQ`], in file order.
        frequent: Vec<Box<str>>,
    },
}

impl Default for Lexicon {
    fn default() -> Self {
        Self::Map(FxHashMap::default())
    }
}

impl Lexicon {
    fn get(&self, key: &str) -> Entry {
        match self {
            Self::Map(map) => map.get(key).copied().unwrap_or_default(),
            Self::Packed { index, .. } => index
                .get(xxh3_64(key.as_bytes()))
                .map(Entry::from_bits)
                .unwrap_or_default(),
        }
    }

    fn len(&self) -> usize {
        match self {
            Self::Map(map) => map.len(),
            Self::Packed { index, .. } => index.len(),
        }
    }
}

/// Where lexicon entries come from: the training map or a model. Training code takes either.
pub trait Lookup {
    /// What the lexicon knows about `key` (all zero when nothing).
    fn lookup(&self, key: &str) -> Entry;
}

impl Lookup for FxHashMap<Box<str>, Entry> {
    fn lookup(&self, key: &str) -> Entry {
        self.get(key).copied().unwrap_or_default()
    }
}

impl Lookup for Model {
    fn lookup(&self, key: &str) -> Entry {
        self.entry(key)
    }
}

impl Model {
    /// A model from its parts (used by the trainer).
    #[must_use]
    pub fn new(lexicon: FxHashMap<Box<str>, Entry>, weights: FxHashMap<u64, f32>) -> Self {
        Self {
            lexicon: Lexicon::Map(lexicon),
            weights,
        }
    }

    /// What the lexicon knows about `key` (all zero when nothing).
    #[must_use]
    pub fn entry(&self, key: &str) -> Entry {
        self.lexicon.get(key)
    }

    /// Number of lexicon entries and of weights.
    #[must_use]
    pub fn sizes(&self) -> (usize, usize) {
        (self.lexicon.len(), self.weights.len())
    }

    /// Bytes the lexicon and weights hold on the heap (hash map slots estimated from their
    /// capacity; the training form's key strings not counted).
    #[must_use]
    pub fn heap_bytes(&self) -> usize {
        let weights = self.weights.capacity() * (8 + 4 + 1);
        let lexicon = match &self.lexicon {
            Lexicon::Map(map) => map.capacity() * (16 + 2 + 1),
            Lexicon::Packed { index, frequent } => {
                index.heap_bytes() + frequent.iter().map(|k| k.len() + 16).sum::<usize>()
            }
        };
        weights + lexicon
    }

    /// The keys the segmenter analyses up front, handed over once: a loaded model keeps their
    /// text only until then.
    pub(crate) fn take_frequent(&mut self) -> Vec<Box<str>> {
        match &mut self.lexicon {
            Lexicon::Map(map) => map
                .iter()
                .filter(|(_, e)| e.freq >= HOT_MIN_FREQ)
                .map(|(k, _)| k.clone())
                .collect(),
            Lexicon::Packed { frequent, .. } => std::mem::take(frequent),
        }
    }

    /// The score of one candidate split.
    pub(crate) fn score(&self, keys: &[char], split: Split, buf: &mut Features) -> f32 {
        buf.compute(self, keys, split);
        buf.ids.iter().filter_map(|id| self.weights.get(id)).sum()
    }

    /// Serializes the model (see the module docs for the layout), gzip'd.
    ///
    /// # Errors
    /// [`MorphError::NotWritable`] for a model that was itself read from a file (it no longer
    /// has its keys); otherwise only when compression fails, which writing to memory does not.
    pub fn to_bytes(&self) -> Result<Vec<u8>, MorphError> {
        let Lexicon::Map(lexicon) = &self.lexicon else {
            return Err(MorphError::NotWritable);
        };
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        let mut lex: Vec<(&Box<str>, &Entry)> = lexicon
            .iter()
            .filter(|(k, _)| k.len() <= usize::from(u8::MAX))
            .collect();
        lex.sort_unstable_by(|a, b| a.0.cmp(b.0));
        out.extend_from_slice(&(lex.len() as u64).to_le_bytes());
        for (k, e) in lex {
            out.push(k.len() as u8);
            out.extend_from_slice(k.as_bytes());
            out.push(e.freq);
            out.push(e.stem);
        }
        let mut weights: Vec<(&u64, &f32)> = self.weights.iter().collect();
        weights.sort_unstable_by_key(|w| *w.0);
        out.extend_from_slice(&(weights.len() as u64).to_le_bytes());
        for (id, w) in weights {
            out.extend_from_slice(&id.to_le_bytes());
            out.extend_from_slice(&w.to_le_bytes());
        }
        let sum = xxh3_64(&out);
        out.extend_from_slice(&sum.to_le_bytes());
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        std::io::Write::write_all(&mut gz, &out).map_err(MorphError::Decompress)?;
        gz.finish().map_err(MorphError::Decompress)
    }

    /// Reads and checks a gzip'd model file, in the compact form analysis needs (it cannot be
    /// written again: see [`Model::from_bytes_editable`]).
    ///
    /// # Errors
    /// [`MorphError`] when the bytes are not gzip, not a model, of another version, damaged, or
    /// truncated.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, MorphError> {
        Self::read(bytes, false)
    }

    /// Reads and checks a gzip'd model file, keeping the lexicon's keys: the model can be
    /// edited and written again, at about seven times the memory of [`Model::from_bytes`].
    ///
    /// # Errors
    /// As [`Model::from_bytes`].
    pub fn from_bytes_editable(bytes: &[u8]) -> Result<Self, MorphError> {
        Self::read(bytes, true)
    }

    fn read(bytes: &[u8], editable: bool) -> Result<Self, MorphError> {
        let mut gz = flate2::read::GzDecoder::new(bytes);
        // The gzip trailer gives the decompressed size: reserve it once instead of growing
        // (and copying) the buffer while inflating.
        let mut raw = Vec::with_capacity(gzip_size(bytes).min(1 << 28));
        gz.read_to_end(&mut raw).map_err(MorphError::Decompress)?;
        if raw.len() < 8 + 4 + 8 || &raw[..8] != MAGIC {
            return Err(MorphError::BadMagic);
        }
        let (body, sum) = raw.split_at(raw.len() - 8);
        let mut r = Reader { bytes: body, at: 8 };
        let version = r.u32()?;
        if version != FORMAT_VERSION {
            return Err(MorphError::Version { found: version });
        }
        let expected = u64::from_le_bytes(sum.try_into().map_err(|_| MorphError::Truncated)?);
        if xxh3_64(body) != expected {
            return Err(MorphError::Checksum);
        }
        let n = usize::try_from(r.u64()?).map_err(|_| MorphError::Truncated)?;
        // Every entry takes at least 3 bytes.
        let cap = n.min(body.len() / 3);
        let mut map = FxHashMap::default();
        let (mut hashes, mut entries) = (Vec::new(), Vec::new());
        if editable {
            map.reserve(cap);
        } else {
            hashes.reserve_exact(cap);
            entries.reserve_exact(cap);
        }
        let mut frequent = Vec::new();
        for _ in 0..n {
            let len = usize::from(r.u8()?);
            let k = std::str::from_utf8(r.take(len)?).map_err(|_| MorphError::Truncated)?;
            let entry = Entry {
                freq: r.u8()?,
                stem: r.u8()?,
            };
            if editable {
                map.insert(k.into(), entry);
                continue;
            }
            hashes.push(xxh3_64(k.as_bytes()));
            entries.push(entry.to_bits());
            if entry.freq >= HOT_MIN_FREQ {
                frequent.push(k.into());
            }
        }
        let lexicon = if editable {
            Lexicon::Map(map)
        } else {
            let index = TaggedIndex::build(hashes, entries);
            // Keys are unique in the file; two with one hash would make one unreachable.
            if index.has_duplicates() {
                return Err(MorphError::KeyCollision);
            }
            Lexicon::Packed { index, frequent }
        };
        let n = usize::try_from(r.u64()?).map_err(|_| MorphError::Truncated)?;
        let mut weights = FxHashMap::default();
        weights.reserve(n.min(body.len() / 12));
        for _ in 0..n {
            let id = r.u64()?;
            let w = f32::from_le_bytes(r.take(4)?.try_into().map_err(|_| MorphError::Truncated)?);
            weights.insert(id, w);
        }
        if r.at != body.len() {
            return Err(MorphError::Truncated);
        }
        Ok(Self { lexicon, weights })
    }
}

/// The decompressed size a gzip member's trailer records (modulo 2^32; 0 when too short).
fn gzip_size(gz: &[u8]) -> usize {
    gz.len()
        .checked_sub(4)
        .and_then(|at| gz.get(at..))
        .and_then(|b| <[u8; 4]>::try_from(b).ok())
        .map_or(0, |b| u32::from_le_bytes(b) as usize)
}

/// A cursor over the decompressed model.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], MorphError> {
        let s = self
            .bytes
            .get(self.at..self.at + n)
            .ok_or(MorphError::Truncated)?;
        self.at += n;
        Ok(s)
    }
    fn u8(&mut self) -> Result<u8, MorphError> {
        Ok(self.take(1)?[0])
    }
    fn u32(&mut self) -> Result<u32, MorphError> {
        Ok(u32::from_le_bytes(
            self.take(4)?
                .try_into()
                .map_err(|_| MorphError::Truncated)?,
        ))
    }
    fn u64(&mut self) -> Result<u64, MorphError> {
        Ok(u64::from_le_bytes(
            self.take(8)?
                .try_into()
                .map_err(|_| MorphError::Truncated)?,
        ))
    }
}

/// How often each stem was seen in (part of) the training data.
pub(crate) type StemCounts = FxHashMap<Box<str>, usize>;

/// The features of one candidate, as hashed ids. Reused across calls to avoid allocation.
#[derive(Debug, Default)]
pub(crate) struct Features {
    pub ids: Vec<u64>,
    scratch: String,
    bytes: Vec<u8>,
    /// While training: stem counts over all training words and over the current fold, so that
    /// an example's own words do not count as evidence for it (see [`crate::train`]).
    pub jackknife: Option<(StemCounts, StemCounts)>,
    /// The word the word-level facts below are about (they are the same for every candidate).
    word_keys: Vec<char>,
    /// The word's lexicon entry, and the buckets of the word with `ة` added and with its final
    /// `ي` written `ى`.
    word_facts: (Entry, u8, u8),
}

/// Feature templates. The numbers are part of the model file's meaning: never reuse one.
mod tag {
    pub const AFFIX: u8 = 1;
    pub const STEM_FREQ: u8 = 2;
    pub const WORD_FREQ: u8 = 3;
    pub const FREQ_DIFF: u8 = 4;
    pub const STEM_SEEN: u8 = 5;
    pub const STEM_LEN: u8 = 6;
    pub const PREFIX_FIRST: u8 = 7;
    pub const SUFFIX_LAST: u8 = 8;
    pub const PREFIX_FIRST2: u8 = 9;
    pub const SUFFIX_LAST2: u8 = 10;
    pub const WORD: u8 = 11;
    pub const STEM_ARTICLE: u8 = 12;
    pub const HOST_FREQ: u8 = 13;
    pub const BODY_FREQ: u8 = 14;
    pub const STEM: u8 = 15;
    pub const BIAS: u8 = 16;
    pub const PREFIX_STEM_FREQ: u8 = 17;
    pub const SUFFIX_STEM_FREQ: u8 = 18;
    pub const PREFIX_DIFF: u8 = 19;
    pub const SUFFIX_DIFF: u8 = 20;
    pub const SUFFIX_ARTICLE: u8 = 21;
    pub const PREFIX_HOST: u8 = 22;
    pub const SUFFIX_BODY: u8 = 23;
    pub const SUFFIX_FEMININE: u8 = 24;
    pub const COARSE_DIFF: u8 = 25;
    pub const PREFIX_COARSE_DIFF: u8 = 26;
    pub const SUFFIX_COARSE_DIFF: u8 = 27;
    pub const COARSE_STEM: u8 = 28;
    pub const SPLIT_COARSE_DIFF: u8 = 29;
    pub const INNER_DIFF: u8 = 30;
    pub const INNER_STEM_FREQ: u8 = 31;
    pub const INNER_FIRST: u8 = 32;
    pub const INNER_SUFFIX: u8 = 33;
    pub const INNER_GAIN: u8 = 34;
    pub const MAQSURA: u8 = 35;
    pub const RESIDUAL: u8 = 36;
}

impl Features {
    fn key_of(&mut self, keys: &[char]) -> &str {
        self.scratch.clear();
        self.scratch.extend(keys);
        &self.scratch
    }

    /// Frequency bucket of `keys` with its final letter written alef maqsura.
    fn maqsura_freq(&mut self, model: &Model, keys: &[char]) -> u8 {
        self.scratch.clear();
        self.scratch.extend(&keys[..keys.len().saturating_sub(1)]);
        self.scratch.push('ى');
        model.entry(&self.scratch).freq
    }

    /// Like [`Self::push`] with the parts `chars` (as UTF-8) and `extra`, without allocating.
    fn push_chars(&mut self, tag: u8, chars: &[char], extra: &[u8], n: i32) {
        self.bytes.clear();
        self.bytes.push(tag);
        let mut buf = [0u8; 4];
        for c in chars {
            self.bytes
                .extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        }
        self.bytes.push(0xFF);
        if !extra.is_empty() {
            self.bytes.extend_from_slice(extra);
            self.bytes.push(0xFF);
        }
        self.bytes.extend_from_slice(&n.to_le_bytes());
        self.ids.push(xxh3_64(&self.bytes));
    }

    fn push(&mut self, tag: u8, parts: &[&[u8]], n: i32) {
        self.bytes.clear();
        self.bytes.push(tag);
        for p in parts {
            self.bytes.extend_from_slice(p);
            self.bytes.push(0xFF);
        }
        self.bytes.extend_from_slice(&n.to_le_bytes());
        self.ids.push(xxh3_64(&self.bytes));
    }

    /// Computes the features of `split` of `keys`.
    pub fn compute(&mut self, model: &Model, keys: &[char], split: Split) {
        self.ids.clear();
        let n = keys.len();
        let p = usize::from(split.prefix);
        let s = usize::from(split.suffix);
        let (pre, rest) = keys.split_at(p.min(n));
        let (stem, suf) = rest.split_at(rest.len().saturating_sub(s));
        let mut affix = [0u8; 32];
        let affix_len = encode_affix(pre, suf, &mut affix);
        let affix = &affix[..affix_len];
        let mut pre_b = [0u8; 12];
        let pre_len = encode(pre, &mut pre_b);
        let pre_b = &pre_b[..pre_len];
        let mut suf_b = [0u8; 16];
        let suf_len = encode(suf, &mut suf_b);
        let suf_b = &suf_b[..suf_len];

        if self.word_keys != keys {
            self.word_keys.clear();
            self.word_keys.extend_from_slice(keys);
            let word = model.entry(self.key_of(keys));
            self.scratch.push('ة');
            let feminine = model.entry(&self.scratch).freq;
            let maqsura = if keys.last() == Some(&'ي') {
                self.maqsura_freq(model, keys)
            } else {
                0
            };
            self.word_facts = (word, feminine, maqsura);
        }
        let (word, feminine, word_m) = self.word_facts;
        let mut stem_e = model.entry(self.key_of(stem));
        // A final hamza sits on ya or waw before a suffix (`لقاء` → `لقائهما`, `لقاؤه`): the
        // stem is the word written with its bare hamza.
        // Only a word seen more than a handful of times counts: the list also holds misspelt
        // fragments (`زراء`), which would make `و+زرائ+ها` of `وزرائها`.
        if stem_e.freq == 0 && matches!(stem.last(), Some('ئ' | 'ؤ')) {
            self.scratch.pop();
            self.scratch.push('ء');
            let bare = model.entry(&self.scratch);
            if bare.freq >= MIN_BARE_HAMZA_FREQ {
                stem_e = bare;
            }
        }
        // A ta marbuta is written `ت` before a pronoun (`كتابة` → `كتابته`, `بداية` →
        // `بدايتها`): the stem is also the word written with `ة`. Without this, `ك+تابت+ه`
        // competes with a stem `كتابت` that the list barely knows.
        if s > 0 && stem.len() >= 2 && stem.last() == Some(&'ت') {
            self.key_of(&stem[..stem.len() - 1]);
            self.scratch.push('ة');
            let marbuta = model.entry(&self.scratch);
            if marbuta.freq > stem_e.freq {
                stem_e = marbuta;
            }
        }
        let host = model.entry(self.key_of(&keys[p.min(n)..]));
        let body = model.entry(self.key_of(&keys[..n - s.min(n)]));
        let stem_len = stem.len().min(8) as i32;

        self.push(tag::BIAS, &[], 0);
        self.push(tag::AFFIX, &[affix], 0);
        self.push(tag::STEM_FREQ, &[affix], i32::from(stem_e.freq));
        self.push(tag::WORD_FREQ, &[affix], i32::from(word.freq));
        let diff = (i32::from(stem_e.freq) - i32::from(word.freq)).clamp(-12, 12);
        let known = i32::from(stem_e.freq > 0) * 100 + i32::from(word.freq > 0) * 1000;
        self.push(tag::FREQ_DIFF, &[affix], diff + known);
        let seen = match &self.jackknife {
            Some((total, fold)) => {
                let k: String = stem.iter().collect();
                let n = total.get(k.as_str()).copied().unwrap_or(0);
                count_bucket(n.saturating_sub(fold.get(k.as_str()).copied().unwrap_or(0)))
            }
            None => stem_e.stem,
        };
        self.push(tag::STEM_SEEN, &[affix], i32::from(seen));
        self.push(tag::STEM_LEN, &[affix], stem_len);
        self.push(tag::HOST_FREQ, &[affix], i32::from(host.freq));
        self.push(tag::BODY_FREQ, &[affix], i32::from(body.freq));
        let mut c = [0u8; 8];
        let first = stem
            .first()
            .map_or(&[][..], |ch| ch.encode_utf8(&mut c).as_bytes());
        self.push(tag::PREFIX_FIRST, &[pre_b, first], 0);
        let mut c2 = [0u8; 8];
        let last = stem
            .last()
            .map_or(&[][..], |ch| ch.encode_utf8(&mut c2).as_bytes());
        self.push(tag::SUFFIX_LAST, &[suf_b, last], 0);
        let mut two = [0u8; 16];
        let two_len = encode(&stem[..stem.len().min(2)], &mut two);
        self.push(tag::PREFIX_FIRST2, &[pre_b, &two[..two_len]], 0);
        let mut two_end = [0u8; 16];
        let two_end_len = encode(&stem[stem.len().saturating_sub(2)..], &mut two_end);
        self.push(tag::SUFFIX_LAST2, &[suf_b, &two_end[..two_end_len]], 0);
        let article = i32::from(stem.starts_with(&['ا', 'ل']));
        self.push(tag::STEM_ARTICLE, &[affix], article);
        // Back-off: the same evidence tied to one side only, shared by all affix pairs.
        self.push(tag::PREFIX_STEM_FREQ, &[pre_b], i32::from(stem_e.freq));
        self.push(tag::SUFFIX_STEM_FREQ, &[suf_b], i32::from(stem_e.freq));
        self.push(tag::PREFIX_DIFF, &[pre_b], diff + known);
        self.push(tag::SUFFIX_DIFF, &[suf_b], diff + known);
        self.push(tag::SUFFIX_ARTICLE, &[suf_b], article);
        self.push(tag::PREFIX_HOST, &[pre_b], i32::from(host.freq));
        self.push(tag::SUFFIX_BODY, &[suf_b], i32::from(body.freq));
        // Coarse versions of the frequency evidence, so that rare combinations still get a
        // trained weight: a stem far rarer than its word is not a stem.
        let coarse = coarse_diff(diff) + known;
        self.push(tag::COARSE_DIFF, &[affix], coarse);
        self.push(tag::PREFIX_COARSE_DIFF, &[pre_b], coarse);
        self.push(tag::SUFFIX_COARSE_DIFF, &[suf_b], coarse);
        self.push(tag::COARSE_STEM, &[affix], coarse_freq(stem_e.freq));
        self.push(
            tag::SPLIT_COARSE_DIFF,
            &[],
            coarse + 10_000 * i32::from(p + s > 0),
        );
        // The proclitic next to the stem, shared by `ب`, `وب` and `فب`: rare sequences of
        // clitics learn from their common parts.
        let mut inner_b = [0u8; 4];
        let inner = pre
            .last()
            .map_or(&[][..], |c| c.encode_utf8(&mut inner_b).as_bytes());
        self.push(tag::INNER_DIFF, &[inner], coarse);
        self.push(tag::INNER_STEM_FREQ, &[inner], i32::from(stem_e.freq));
        self.push(tag::INNER_FIRST, &[inner, first], 0);
        self.push(tag::INNER_SUFFIX, &[inner, suf_b], coarse);
        // What cutting the inner proclitic gains: `قواعد` is far more frequent than `بقواعد`.
        if p > 0 {
            let with_inner = model
                .entry(self.key_of(&keys[p - 1..n - s.min(n - p)]))
                .freq;
            let gain = coarse_diff(i32::from(stem_e.freq) - i32::from(with_inner))
                + 100 * i32::from(stem_e.freq > 0)
                + 1000 * i32::from(with_inner > 0);
            self.push(tag::INNER_GAIN, &[inner], gain);
            self.push(tag::INNER_GAIN, &[affix], gain);
        }
        // Final ya where the usual spelling is alef maqsura: `الي` is mostly a misspelt `الى`,
        // so a word written `والي` while `والى` is rarer is not `و+الى` (it is `والي`, governor).
        if s == 0 && p > 0 && keys.last() == Some(&'ي') {
            let stem_m = self.maqsura_freq(model, stem);
            let v = coarse_diff(i32::from(stem_m) - i32::from(stem_e.freq)) * 10
                + coarse_diff(i32::from(word_m) - i32::from(word.freq));
            self.push(tag::MAQSURA, &[pre_b], v);
            self.push(tag::MAQSURA, &[], v);
        }
        // A stem that still looks like it carries a proclitic (`بقواعد` in `و+بقواعد+هم`, when
        // `قواعد` is far more frequent): the split stopped too early.
        if stem.len() >= 3 && matches!(stem[0], 'ب' | 'ل' | 'ك' | 'و' | 'ف') {
            let inner_rest = model.entry(self.key_of(&stem[1..])).freq;
            let gain = coarse_diff(i32::from(inner_rest) - i32::from(stem_e.freq))
                + 100 * i32::from(inner_rest > 0)
                + 1000 * i32::from(stem_e.freq > 0);
            let mut lead = [0u8; 4];
            let lead = stem[0].encode_utf8(&mut lead).as_bytes();
            self.push(tag::RESIDUAL, &[lead], gain);
            self.push(tag::RESIDUAL, &[lead, affix], gain);
        }
        // `عربي` next to a known `عربية` is an adjective, not `عرب+ي`.
        self.push(tag::SUFFIX_FEMININE, &[suf_b], i32::from(feminine));
        // Lexical features: what the training data said about this very word and stem.
        self.push_chars(tag::WORD, keys, affix, 0);
        self.push_chars(
            tag::STEM,
            stem,
            &[],
            i32::from(p > 0) + 2 * i32::from(s > 0),
        );
    }
}

/// Seven bins of a frequency-bucket difference (each bucket is a factor of two).
fn coarse_diff(d: i32) -> i32 {
    match d {
        ..=-8 => -3,
        -7..=-4 => -2,
        -3..=-1 => -1,
        0 => 0,
        1..=3 => 1,
        4..=7 => 2,
        _ => 3,
    }
}

/// Six bins of a frequency bucket: unknown, rare … very frequent.
fn coarse_freq(f: u8) -> i32 {
    match f {
        0 => 0,
        1..=8 => 1,
        9..=12 => 2,
        13..=16 => 3,
        17..=20 => 4,
        _ => 5,
    }
}

/// Writes `chars` as UTF-8 into `buf`, as far as it fits; returns the length.
fn encode(chars: &[char], buf: &mut [u8]) -> usize {
    let mut at = 0;
    for c in chars {
        let l = c.len_utf8();
        if at + l > buf.len() {
            break;
        }
        c.encode_utf8(&mut buf[at..]);
        at += l;
    }
    at
}

/// Writes `prefix|suffix` into `buf`; returns the length.
fn encode_affix(pre: &[char], suf: &[char], buf: &mut [u8; 32]) -> usize {
    let mut at = encode(pre, &mut buf[..12]);
    buf[at] = b'|';
    at += 1;
    at + encode(suf, &mut buf[at..])
}
