//! The model: feature weights, label transitions and the resources features read, with the
//! binary format it ships in.
//!
//! Format (all integers little-endian):
//!
//! ```text
//! magic "RASDNER\0" · format version u32 · feature version u32 · xxh3-64 of the payload u64 ·
//! payload = deflate(body)
//! body: labels u32 · stages u32 · stage * stages ·
//!       gazetteer u32 · (word str, total u32, by_type u32[4], begins u32[4]) * gazetteer ·
//!       frequency words u32 · (word str) * words            (str = u32 byte length + UTF-8)
//! stage: transitions f32[L*L] · start f32[L] · scale f32 ·
//!        features u32 · (hash u64, weights i16[L]) * features
//! ```
//!
//! The checksum is checked before decompressing, so a damaged file is refused, never misread.

use std::io::{BufRead, BufReader, Read, Write};

use flate2::Compression;
use flate2::read::DeflateDecoder;
use flate2::write::DeflateEncoder;
use rustc_hash::FxHashMap;
use xxhash_rust::xxh3::xxh3_64;

use super::NerError;
use super::features::{FEATURE_VERSION, Resources};
use super::gazetteer::{GazEntry, Gazetteer};
use super::labels::N_LABELS;
use super::lexicon::FreqLexicon;

const MAGIC: &[u8; 8] = b"RASDNER\0";
/// Version of the file layout.
pub const FORMAT_VERSION: u32 = 3;
/// More rows than a table is ever reserved for up front (rows beyond still load).
const MAX_ROWS: usize = 1 << 22;

/// One trained labeller: feature weights, transitions and start weights.
///
/// A stage has two forms. While training, weights are `f32` rows found through `index` (a hash
/// map the trainer grows). A stage read from a model file keeps them as the file stores them,
/// quantized to `i16` with one scale, in a [`HashIndex`] over the sorted feature hashes: 26
/// bytes a feature instead of about 60, and the same scores, since each weight is still
/// `f32::from(q) * scale`, only computed when it is used instead of when it is loaded.
#[derive(Debug, Clone, Default)]
pub struct Stage {
    /// Feature hash → row in `weights` (training form; empty in a loaded stage).
    pub index: FxHashMap<u64, u32>,
    /// Per-feature label weights, `N_LABELS` per row (training form; empty in a loaded stage).
    pub weights: Vec<f32>,
    /// `transitions[prev * N_LABELS + next]`.
    pub transitions: Vec<f32>,
    /// Weight of each label at the start of a sentence.
    pub start: Vec<f32>,
    /// The loaded form of the feature weights.
    pub(super) packed: Packed,
}

/// Feature weights as a model file stores them (quantized to `i16`, one scale), without the
/// zeros: most features carry weight for two or three labels of the nine.
///
/// Features are grouped by the top `bits` bits of their hash into buckets (four to eight a
/// bucket). Each feature is one `u64` slot: the rest of its hash shifted up, and in the low
/// `MASK_BITS` bits the mask of labels it has weights for. Its weights follow each other in
/// `values`, features in slot order, and each bucket records where its first slot and first
/// weight are, so a lookup reads one bucket entry, scans a few slots (adding up the masks it
/// passes to find the weights) and reads the weights: about 14 bytes a feature, where a hash
/// map of `f32` rows took 60. It is slower to score than that map (see docs/evaluation.md).
/// A label without a weight adds `+0.0`, as in the dense rows, so scores are the same.
#[derive(Debug, Clone, Default)]
pub(super) struct Packed {
    /// log2 of the number of buckets (at least `MASK_BITS`, so the mask fits below the hash).
    bits: u32,
    /// One more than there are buckets.
    buckets: Box<[Bucket]>,
    /// `hash << bits | mask`, in hash order.
    slots: Box<[u64]>,
    values: Box<[i16]>,
    /// What one quantum is worth.
    scale: f32,
}

/// Where a bucket's slots and weights start.
#[derive(Debug, Clone, Copy, Default)]
struct Bucket {
    slot: u32,
    value: u32,
}

/// Bits of a slot that hold the label mask.
const MASK_BITS: u32 = 9;
const MASK: u64 = (1 << MASK_BITS) - 1;
const _: () = assert!(
    N_LABELS <= MASK_BITS as usize,
    "a feature's labels fit its mask"
);
/// About how many features share a bucket (at most twice this many): a small bucket table,
/// a short scan.
const BUCKET_ROWS: usize = 8;
/// The number of labels in each mask (a table: the portable build has no popcount
/// instruction).
const POPCOUNT: [u8; 1 << MASK_BITS] = {
    let mut t = [0u8; 1 << MASK_BITS];
    let mut i = 0;
    while i < t.len() {
        t[i] = (i as u32).count_ones() as u8;
        i += 1;
    }
    t
};

impl Packed {
    /// The packed form of features with their dense rows of `N_LABELS` quantized weights.
    /// `hashes` must be sorted (as the file has them).
    fn new(hashes: &[u64], rows: &[i16], scale: f32) -> Self {
        let n = hashes.len().min(rows.len() / N_LABELS);
        let buckets = (n.next_power_of_two() / BUCKET_ROWS).max(1 << MASK_BITS);
        let bits = buckets.trailing_zeros();
        let mut starts = Vec::with_capacity(buckets + 1);
        let mut slots = Vec::with_capacity(n);
        let mut values = Vec::with_capacity(rows.iter().filter(|&&q| q != 0).count());
        for (&hash, row) in hashes.iter().zip(rows.chunks_exact(N_LABELS)) {
            let b = bucket(hash, bits);
            while starts.len() <= b {
                starts.push(Bucket {
                    slot: len32(slots.len()),
                    value: len32(values.len()),
                });
            }
            let mut mask = 0u64;
            for (l, &q) in row.iter().enumerate() {
                if q != 0 {
                    mask |= 1 << l;
                    values.push(q);
                }
            }
            slots.push(hash.checked_shl(bits).unwrap_or(0) | mask);
        }
        while starts.len() <= buckets {
            starts.push(Bucket {
                slot: len32(slots.len()),
                value: len32(values.len()),
            });
        }
        Self {
            bits,
            buckets: starts.into_boxed_slice(),
            slots: slots.into_boxed_slice(),
            values: values.into_boxed_slice(),
            scale,
        }
    }

    /// Number of features.
    fn len(&self) -> usize {
        self.slots.len()
    }

    /// The mask of `hash`'s labels and where its weights start, if the feature is known.
    #[inline]
    fn find(&self, hash: u64) -> Option<(u64, usize)> {
        let b = bucket(hash, self.bits);
        let (this, next) = (self.buckets.get(b)?, self.buckets.get(b + 1)?);
        let (from, to, mut at) = (this.slot, next.slot, this.value);
        let key = hash.checked_shl(self.bits).unwrap_or(0);
        for &slot in self.slots.get(from as usize..to as usize)? {
            if slot & !MASK == key {
                return Some((slot & MASK, at as usize));
            }
            at += u32::from(POPCOUNT[(slot & MASK) as usize]);
        }
        None
    }

    /// Every feature's hash and dense row, in hash order.
    fn rows(&self) -> impl Iterator<Item = (u64, [i16; N_LABELS])> + '_ {
        let mut at = 0usize;
        self.buckets
            .windows(2)
            .enumerate()
            .flat_map(move |(b, w)| {
                let slots = self
                    .slots
                    .get(w[0].slot as usize..w[1].slot as usize)
                    .unwrap_or(&[]);
                slots.iter().map(move |&slot| (b, slot))
            })
            .map(move |(b, slot)| {
                let top = (b as u64).checked_shl(64 - self.bits).unwrap_or(0);
                let hash = top | slot.checked_shr(self.bits).unwrap_or(0);
                let mut row = [0i16; N_LABELS];
                for (l, q) in row.iter_mut().enumerate() {
                    if slot & (1 << l) != 0 {
                        *q = self.values.get(at).copied().unwrap_or(0);
                        at += 1;
                    }
                }
                (hash, row)
            })
    }

    fn heap_bytes(&self) -> usize {
        self.buckets.len() * std::mem::size_of::<Bucket>()
            + self.slots.len() * 8
            + self.values.len() * 2
    }
}

/// The bucket of `hash` among `2^bits`.
#[inline]
fn bucket(hash: u64, bits: u32) -> usize {
    hash.checked_shr(64 - bits).unwrap_or(0) as usize
}

/// The trained stages (the second reads the first one's labels across the article) plus the
/// resources the features read.
#[derive(Debug, Clone, Default)]
pub struct Model {
    /// The labellers, applied in order.
    pub stages: Vec<Stage>,
    /// Word frequencies, gazetteer and trigger words.
    pub resources: Resources,
}

impl Stage {
    /// Adds the weights of the features in `feats` to `scores` (one row of `N_LABELS`).
    #[inline]
    pub fn score_into(&self, feats: &[u64], scores: &mut [f32]) {
        if self.packed.len() > 0 {
            let p = &self.packed;
            for &f in feats {
                let Some((mask, mut at)) = p.find(f) else {
                    continue;
                };
                // A fixed loop over all labels, without branches that depend on the mask: a
                // label without a weight adds `+0.0`, exactly as the dense rows did.
                for (l, s) in scores.iter_mut().enumerate().take(N_LABELS) {
                    let bit = (mask >> l) & 1;
                    #[allow(clippy::cast_possible_truncation)] // `bit` is 0 or 1
                    let q = p.values.get(at).copied().unwrap_or(0) * bit as i16;
                    *s += f32::from(q) * p.scale;
                    at += bit as usize;
                }
            }
            return;
        }
        for f in feats {
            if let Some(&row) = self.index.get(f) {
                let at = row as usize * N_LABELS;
                if let Some(w) = self.weights.get(at..at + N_LABELS) {
                    for (s, x) in scores.iter_mut().zip(w) {
                        *s += x;
                    }
                }
            }
        }
    }

    /// Number of features with weights.
    #[must_use]
    pub fn n_features(&self) -> usize {
        self.index.len() + self.packed.len()
    }

    /// Bytes the feature weights hold on the heap (either form; hash map slots estimated).
    #[must_use]
    pub fn heap_bytes(&self) -> usize {
        let map = self.index.capacity() * (8 + 4 + 1) + self.weights.capacity() * 4;
        let packed = self.packed.heap_bytes();
        map + packed + (self.transitions.capacity() + self.start.capacity()) * 4
    }
}

impl Model {
    /// Number of features with weights, over all stages.
    #[must_use]
    pub fn n_features(&self) -> usize {
        self.stages.iter().map(Stage::n_features).sum()
    }

    /// Encodes the model in the shipped format.
    ///
    /// # Errors
    /// Only when compression fails, which writing to memory does not.
    pub fn to_bytes(&self) -> Result<Vec<u8>, NerError> {
        let mut body = Vec::new();
        put_u32(&mut body, N_LABELS as u32);
        put_u32(&mut body, len32(self.stages.len()));
        for stage in &self.stages {
            stage.write(&mut body);
        }
        let gaz = self.resources.gazetteer.sorted();
        put_u32(&mut body, len32(gaz.len()));
        for (word, e) in gaz {
            put_str(&mut body, word);
            put_u32(&mut body, e.total);
            for &n in e.by_type.iter().chain(&e.begins).chain(&e.ends) {
                put_u32(&mut body, n);
            }
        }
        let words = self.resources.freq.ranked_words();
        put_u32(&mut body, len32(words.len()));
        for w in words {
            put_str(&mut body, w);
        }

        let mut enc = DeflateEncoder::new(Vec::new(), Compression::best());
        enc.write_all(&body)
            .map_err(|e| NerError::Io(e.to_string()))?;
        let payload = enc.finish().map_err(|e| NerError::Io(e.to_string()))?;
        let mut out = Vec::with_capacity(payload.len() + 24);
        out.extend_from_slice(MAGIC);
        put_u32(&mut out, FORMAT_VERSION);
        put_u32(&mut out, FEATURE_VERSION);
        out.extend_from_slice(&xxh3_64(&payload).to_le_bytes());
        out.extend_from_slice(&payload);
        Ok(out)
    }

    /// Decodes a model, checking its magic, versions and checksum.
    ///
    /// # Errors
    /// [`NerError::Model`] when the bytes are not an intact model of this version.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, NerError> {
        let bad = |what: &str| NerError::Model(what.to_owned());
        if bytes.len() < 24 || bytes.get(..8) != Some(MAGIC.as_slice()) {
            return Err(bad("not a rasd NER model (bad magic)"));
        }
        let mut head = Reader(bytes.get(8..24).unwrap_or(&[]));
        let format = head.u32()?;
        let features = head.u32()?;
        if format != FORMAT_VERSION || features != FEATURE_VERSION {
            return Err(NerError::Model(format!(
                "model version {format}/{features}, this build reads {FORMAT_VERSION}/{FEATURE_VERSION}"
            )));
        }
        let checksum = head.u64()?;
        let payload = bytes.get(24..).unwrap_or(&[]);
        if xxh3_64(payload) != checksum {
            return Err(bad("checksum mismatch: the model file is damaged"));
        }
        // Read straight from the inflater: the decompressed body (about twice the file) is
        // never held whole, which keeps it out of the peak memory of loading.
        let mut r = Reader(BufReader::with_capacity(
            1 << 16,
            DeflateDecoder::new(payload),
        ));
        if r.u32()? as usize != N_LABELS {
            return Err(bad("label set differs"));
        }
        let n_stages = r.u32()? as usize;
        if n_stages == 0 || n_stages > 4 {
            return Err(bad("bad stage count"));
        }
        let mut stages = Vec::with_capacity(n_stages);
        for _ in 0..n_stages {
            stages.push(Stage::read(&mut r)?);
        }
        let mut resources = Resources::default();
        // Gazetteer words, like the frequency words below, go straight into one string.
        let n = r.u32()? as usize;
        let mut text = String::new();
        let mut spans = Vec::with_capacity(n.min(MAX_ROWS));
        let mut entries = Vec::with_capacity(n.min(MAX_ROWS));
        for _ in 0..n {
            let start = len32(text.len());
            r.str_into(&mut text)?;
            spans.push((start, len32(text.len())));
            let mut e = GazEntry {
                total: r.u32()?,
                ..GazEntry::default()
            };
            for x in e
                .by_type
                .iter_mut()
                .chain(e.begins.iter_mut())
                .chain(e.ends.iter_mut())
            {
                *x = r.u32()?;
            }
            entries.push(e);
        }
        resources.gazetteer = Gazetteer::packed(text, spans, entries);
        // The words go straight into the lexicon's one string: 150,000 short-lived `String`s
        // would leave the heap fragmented, and the process holding their memory.
        let n = r.u32()? as usize;
        let mut text = String::new();
        let mut ends = Vec::with_capacity(n.min(MAX_ROWS));
        for _ in 0..n {
            r.str_into(&mut text)?;
            ends.push(len32(text.len()));
        }
        resources.freq = FreqLexicon::from_concatenated(text, ends);
        if !r.at_end()? {
            return Err(bad("trailing bytes"));
        }
        Ok(Self { stages, resources })
    }
}

impl Stage {
    fn write(&self, body: &mut Vec<u8>) {
        for &x in self.transitions.iter().chain(&self.start) {
            body.extend_from_slice(&x.to_le_bytes());
        }
        if self.packed.len() > 0 {
            // A loaded stage: its rows are in hash order already, its weights quantized.
            let p = &self.packed;
            body.extend_from_slice(&p.scale.to_le_bytes());
            put_u32(body, len32(p.len()));
            for (hash, row) in p.rows() {
                body.extend_from_slice(&hash.to_le_bytes());
                for q in row {
                    body.extend_from_slice(&q.to_le_bytes());
                }
            }
            return;
        }
        let max = self.weights.iter().fold(0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 { max / 32767.0 } else { 1.0 };
        body.extend_from_slice(&scale.to_le_bytes());
        let mut rows: Vec<(u64, u32)> = self.index.iter().map(|(&h, &r)| (h, r)).collect();
        rows.sort_unstable();
        put_u32(body, len32(rows.len()));
        for (hash, row) in rows {
            body.extend_from_slice(&hash.to_le_bytes());
            let at = row as usize * N_LABELS;
            for l in 0..N_LABELS {
                let w = self.weights.get(at + l).copied().unwrap_or(0.0);
                #[allow(clippy::cast_possible_truncation)] // |w / scale| <= 32767 by construction
                let q = (w / scale).round() as i16;
                body.extend_from_slice(&q.to_le_bytes());
            }
        }
    }

    fn read(r: &mut Reader<impl BufRead>) -> Result<Self, NerError> {
        let mut transitions = Vec::with_capacity(N_LABELS * N_LABELS);
        for _ in 0..N_LABELS * N_LABELS {
            transitions.push(r.f32()?);
        }
        let mut start = Vec::with_capacity(N_LABELS);
        for _ in 0..N_LABELS {
            start.push(r.f32()?);
        }
        let scale = r.f32()?;
        let n = r.u32()? as usize;
        // The payload passed its checksum, so `n` is what was written; the cap only keeps a
        // forged count from reserving gigabytes (a longer table still loads, reallocating).
        let mut hashes = Vec::with_capacity(n.min(MAX_ROWS));
        let mut weights = Vec::with_capacity(n.min(MAX_ROWS) * N_LABELS);
        let mut last = None;
        for _ in 0..n {
            let hash = r.u64()?;
            // Written sorted and unique (see `write`): the packed form relies on it.
            if last.is_some_and(|l| l >= hash) {
                return Err(NerError::Model("feature hashes out of order".to_owned()));
            }
            last = Some(hash);
            hashes.push(hash);
            for _ in 0..N_LABELS {
                weights.push(r.i16()?);
            }
        }
        let packed = Packed::new(&hashes, &weights, scale);
        Ok(Self {
            index: FxHashMap::default(),
            weights: Vec::new(),
            transitions,
            start,
            packed,
        })
    }
}

fn len32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn put_u32(out: &mut Vec<u8>, n: u32) {
    out.extend_from_slice(&n.to_le_bytes());
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    put_u32(out, len32(s.len()));
    out.extend_from_slice(s.as_bytes());
}

/// Reads little-endian values, failing (never panicking) past the end.
struct Reader<R>(R);

impl<R: BufRead> Reader<R> {
    fn array<const N: usize>(&mut self) -> Result<[u8; N], NerError> {
        let mut a = [0u8; N];
        self.0.read_exact(&mut a).map_err(read_error)?;
        Ok(a)
    }

    fn u32(&mut self) -> Result<u32, NerError> {
        Ok(u32::from_le_bytes(self.array()?))
    }

    fn u64(&mut self) -> Result<u64, NerError> {
        Ok(u64::from_le_bytes(self.array()?))
    }

    fn i16(&mut self) -> Result<i16, NerError> {
        Ok(i16::from_le_bytes(self.array()?))
    }

    fn f32(&mut self) -> Result<f32, NerError> {
        Ok(f32::from_le_bytes(self.array()?))
    }

    /// Reads a string onto the end of `text`.
    fn str_into(&mut self, text: &mut String) -> Result<(), NerError> {
        let n = self.u32()? as usize;
        let mut buf = [0u8; 256];
        let mut bytes = Vec::new();
        let word = if let Some(short) = buf.get_mut(..n) {
            self.0.read_exact(short).map_err(read_error)?;
            &*short
        } else {
            (&mut self.0)
                .take(n as u64)
                .read_to_end(&mut bytes)
                .map_err(read_error)?;
            if bytes.len() != n {
                return Err(NerError::Model("truncated model".to_owned()));
            }
            &bytes
        };
        let word =
            std::str::from_utf8(word).map_err(|_| NerError::Model("bad UTF-8".to_owned()))?;
        text.push_str(word);
        Ok(())
    }

    /// Whether nothing is left to read.
    fn at_end(&mut self) -> Result<bool, NerError> {
        Ok(self.0.fill_buf().map_err(read_error)?.is_empty())
    }
}

fn read_error(e: std::io::Error) -> NerError {
    if e.kind() == std::io::ErrorKind::UnexpectedEof {
        NerError::Model("truncated model".to_owned())
    } else {
        NerError::Model(format!("cannot decompress: {e}"))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;
    use crate::ner::{Tagger, conll};

    /// The form the stage had before it was packed: a hash map to rows of `f32` weights.
    fn unpacked(stage: &Stage) -> Stage {
        let p = &stage.packed;
        let mut index = FxHashMap::default();
        let mut weights = Vec::new();
        for (row, (hash, qs)) in p.rows().enumerate() {
            index.insert(hash, u32::try_from(row).unwrap());
            weights.extend(qs.iter().map(|&q| f32::from(q) * p.scale));
        }
        Stage {
            index,
            weights,
            transitions: stage.transitions.clone(),
            start: stage.start.clone(),
            packed: Packed::default(),
        }
    }

    #[test]
    fn packed_weights_score_exactly_as_unpacked_ones() {
        let packed = Tagger::shipped().unwrap();
        let mut model = packed.model().clone();
        model.stages = model.stages.iter().map(unpacked).collect();
        assert_eq!(model.n_features(), packed.model().n_features());
        let full = Tagger::from_model(model);
        let text = rasd_testdata::read_to_string("anercorp/train.conll");
        let corpus = conll::parse(&text);
        let sentences: Vec<Vec<String>> = corpus
            .sentences
            .into_iter()
            .take(1500)
            .map(|s| s.words)
            .collect();
        for doc in sentences.chunks(20) {
            // Labels and probabilities, bit for bit.
            assert_eq!(packed.tag_document(doc), full.tag_document(doc));
        }
    }

    #[test]
    fn loading_loses_nothing() {
        let bytes = include_bytes!("../../../../models/ner.bin");
        let model = Model::from_bytes(bytes).unwrap();
        assert_eq!(model.to_bytes().unwrap(), bytes.as_slice());
        let gazetteer = &model.resources.gazetteer;
        let entries = gazetteer.sorted();
        for &(word, entry) in &entries {
            assert_eq!(gazetteer.get(word), Some(&entry));
            let other = format!("{word}ة");
            let listed = entries.binary_search_by(|(w, _)| (*w).cmp(other.as_str()));
            assert_eq!(gazetteer.get(&other).is_some(), listed.is_ok());
        }
        // Every word answers with its rank; words it does not hold with none.
        let freq = &model.resources.freq;
        let words = freq.ranked_words();
        let known: rustc_hash::FxHashSet<&str> = words.iter().copied().collect();
        for (rank, word) in words.iter().enumerate() {
            assert_eq!(freq.rank(word), u32::try_from(rank).unwrap());
            let other = format!("{word}ة");
            if !known.contains(other.as_str()) {
                assert_eq!(freq.rank(&other), super::super::lexicon::UNKNOWN_RANK);
            }
        }
    }

    #[test]
    fn loaded_model_stays_small() {
        let model = Model::from_bytes(include_bytes!("../../../../models/ner.bin")).unwrap();
        assert!(model.n_features() > 100_000);
        let stages: usize = model.stages.iter().map(Stage::heap_bytes).sum();
        let freq = model.resources.freq.heap_bytes();
        // 5.2 MB of weights over both stages and 4.8 MB of word frequencies when written; the
        // hash maps they replaced took some 40 MB.
        assert!(stages < 8 << 20, "stages hold {stages} bytes");
        assert!(freq < 6 << 20, "word frequencies hold {freq} bytes");
    }
}
