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

use std::io::{Read, Write};

use flate2::Compression;
use flate2::read::DeflateDecoder;
use flate2::write::DeflateEncoder;
use rustc_hash::FxHashMap;
use xxhash_rust::xxh3::xxh3_64;

use super::NerError;
use super::features::{FEATURE_VERSION, Resources};
use super::gazetteer::GazEntry;
use super::labels::N_LABELS;
use super::lexicon::FreqLexicon;

const MAGIC: &[u8; 8] = b"RASDNER\0";
/// Version of the file layout.
pub const FORMAT_VERSION: u32 = 2;

/// One trained labeller: feature weights, transitions and start weights.
#[derive(Debug, Clone, Default)]
pub struct Stage {
    /// Feature hash → row in `weights`.
    pub index: FxHashMap<u64, u32>,
    /// Per-feature label weights, `N_LABELS` per row.
    pub weights: Vec<f32>,
    /// `transitions[prev * N_LABELS + next]`.
    pub transitions: Vec<f32>,
    /// Weight of each label at the start of a sentence.
    pub start: Vec<f32>,
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
        self.index.len()
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
            for &n in e.by_type.iter().chain(&e.begins) {
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
        let mut head = Reader { bytes, at: 8 };
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
        let mut body = Vec::with_capacity(payload.len() * 4);
        DeflateDecoder::new(payload)
            .read_to_end(&mut body)
            .map_err(|e| NerError::Model(format!("cannot decompress: {e}")))?;
        let mut r = Reader {
            bytes: &body,
            at: 0,
        };
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
        let n = r.u32()? as usize;
        for _ in 0..n {
            let word = r.str()?.to_owned();
            let mut e = GazEntry {
                total: r.u32()?,
                ..GazEntry::default()
            };
            for x in e.by_type.iter_mut().chain(e.begins.iter_mut()) {
                *x = r.u32()?;
            }
            resources.gazetteer.insert(word, e);
        }
        let n = r.u32()? as usize;
        let mut words = Vec::with_capacity(n);
        for _ in 0..n {
            words.push(r.str()?.to_owned());
        }
        resources.freq = FreqLexicon::from_ranked(words);
        if r.at != body.len() {
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

    fn read(r: &mut Reader<'_>) -> Result<Self, NerError> {
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
        let mut index = FxHashMap::default();
        index.reserve(n);
        let mut weights = Vec::with_capacity(n * N_LABELS);
        for row in 0..n {
            let hash = r.u64()?;
            for _ in 0..N_LABELS {
                weights.push(f32::from(r.i16()?) * scale);
            }
            let row =
                u32::try_from(row).map_err(|_| NerError::Model("too many features".to_owned()))?;
            index.insert(hash, row);
        }
        Ok(Self {
            index,
            weights,
            transitions,
            start,
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
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], NerError> {
        let s = self
            .bytes
            .get(self.at..self.at + n)
            .ok_or_else(|| NerError::Model("truncated model".to_owned()))?;
        self.at += n;
        Ok(s)
    }

    fn array<const N: usize>(&mut self) -> Result<[u8; N], NerError> {
        let mut a = [0u8; N];
        a.copy_from_slice(self.take(N)?);
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

    fn str(&mut self) -> Result<&'a str, NerError> {
        let n = self.u32()? as usize;
        std::str::from_utf8(self.take(n)?).map_err(|_| NerError::Model("bad UTF-8".to_owned()))
    }
}
