//! The table of precomputed analyses of frequent words, packed.
//!
//! Some 30,000 frequent keys are analysed once when the segmenter is built; most tokens of
//! news text hit them. As a hash map of boxed parts the table took about 11 MB; here each word
//! is one fixed-size record, its key, stem and lemma sit back to back in one string, and its
//! segments in one array, found through a [`HashIndex`] over the keys' hashes: about 80 bytes a
//! word. The key is compared on every hit, so answers are exact.

use rasd_text::hashindex::HashIndex;
use rasd_text::segment::SegmentKind;
use xxhash_rust::xxh3::xxh3_64;

use crate::fine::LetterSeg;

/// One word's place in the table's arrays.
#[derive(Debug, Clone, Copy, Default)]
struct Record {
    /// Start of the key in `text`; the stem and lemma follow it.
    text_at: u32,
    /// Start of the segments in `segs`.
    segs_at: u32,
    key_len: u16,
    stem_len: u16,
    /// `NO_LEMMA` when there is none.
    lemma_len: u16,
    segs_len: u8,
}

const NO_LEMMA: u16 = u16::MAX;

/// One segment in letter indices (keys have at most 255 bytes, so indices fit a `u16`).
type PackedSeg = (u16, u16, SegmentKind);

/// A precomputed analysis, borrowed from the table.
#[derive(Debug, Clone, Copy)]
pub(crate) struct HotRef<'a> {
    table: &'a HotTable,
    record: Record,
}

impl HotRef<'_> {
    /// The segments, in letter indices.
    pub fn segs(&self) -> impl Iterator<Item = LetterSeg> + '_ {
        let at = self.record.segs_at as usize;
        let segs = self
            .table
            .segs
            .get(at..at + usize::from(self.record.segs_len))
            .unwrap_or(&[]);
        segs.iter()
            .map(|&(a, b, kind)| (usize::from(a), usize::from(b), kind))
    }

    fn text(&self, skip: usize, len: usize) -> &str {
        let at = self.record.text_at as usize + skip;
        self.table.text.get(at..at + len).unwrap_or("")
    }

    /// The stem.
    pub fn stem(&self) -> &str {
        self.text(
            usize::from(self.record.key_len),
            usize::from(self.record.stem_len),
        )
    }

    /// The lemma key, if any.
    pub fn lemma(&self) -> Option<&str> {
        (self.record.lemma_len != NO_LEMMA).then(|| {
            self.text(
                usize::from(self.record.key_len) + usize::from(self.record.stem_len),
                usize::from(self.record.lemma_len),
            )
        })
    }
}

/// Precomputed analyses by key. Immutable once built.
#[derive(Debug, Clone, Default)]
pub(crate) struct HotTable {
    index: HashIndex,
    records: Box<[Record]>,
    text: String,
    segs: Box<[PackedSeg]>,
}

/// Collects analyses, then packs them.
#[derive(Debug, Default)]
pub(crate) struct HotBuilder {
    hashes: Vec<u64>,
    records: Vec<Record>,
    text: String,
    segs: Vec<PackedSeg>,
}

impl HotBuilder {
    /// Adds the analysis of `key`. A word whose parts do not fit the packed record (never the
    /// case for lexicon keys, which have at most 255 bytes) is left out: it is then analysed
    /// when met, with the same result.
    pub fn push(&mut self, key: &str, segs: &[LetterSeg], stem: &str, lemma: Option<&str>) {
        let fits = |n: usize| u16::try_from(n).ok().filter(|&n| n != NO_LEMMA);
        let (Some(key_len), Some(stem_len), Some(lemma_len), Ok(segs_len)) = (
            fits(key.len()),
            fits(stem.len()),
            lemma.map_or(Some(NO_LEMMA), |l| fits(l.len())),
            u8::try_from(segs.len()),
        ) else {
            return;
        };
        let packed: Option<Vec<PackedSeg>> = segs
            .iter()
            .map(|&(a, b, kind)| Some((u16::try_from(a).ok()?, u16::try_from(b).ok()?, kind)))
            .collect();
        let (Some(packed), Ok(text_at), Ok(segs_at)) = (
            packed,
            u32::try_from(self.text.len()),
            u32::try_from(self.segs.len()),
        ) else {
            return;
        };
        self.text.push_str(key);
        self.text.push_str(stem);
        self.text.push_str(lemma.unwrap_or(""));
        self.segs.extend(packed);
        self.hashes.push(xxh3_64(key.as_bytes()));
        self.records.push(Record {
            text_at,
            segs_at,
            key_len,
            stem_len,
            lemma_len,
            segs_len,
        });
    }

    /// The finished table.
    pub fn build(self) -> HotTable {
        let Self {
            hashes,
            mut records,
            mut text,
            segs,
        } = self;
        let index = HashIndex::build(hashes, |i, j| records.swap(i, j));
        text.shrink_to_fit();
        HotTable {
            index,
            records: records.into_boxed_slice(),
            text,
            segs: segs.into_boxed_slice(),
        }
    }
}

impl HotTable {
    /// The precomputed analysis of `key`, if it is in the table.
    pub fn get(&self, key: &str) -> Option<HotRef<'_>> {
        let pos = self.index.get(xxh3_64(key.as_bytes()))?;
        let record = *self.records.get(pos)?;
        let hit = HotRef {
            table: self,
            record,
        };
        (hit.text(0, usize::from(record.key_len)) == key).then_some(hit)
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.records.len()
    }

    /// Bytes held on the heap.
    pub fn heap_bytes(&self) -> usize {
        self.index.heap_bytes()
            + self.records.len() * std::mem::size_of::<Record>()
            + self.text.capacity()
            + self.segs.len() * std::mem::size_of::<PackedSeg>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_was_put_in() {
        let mut b = HotBuilder::default();
        let segs = [(0, 1, SegmentKind::Conj), (1, 5, SegmentKind::Stem)];
        b.push("وبغداد", &segs, "بغداد", Some("بغداد"));
        b.push("في", &[(0, 2, SegmentKind::Stem)], "في", None);
        let t = b.build();
        assert_eq!(t.len(), 2);
        let h = t.get("وبغداد").unwrap();
        assert_eq!(h.segs().collect::<Vec<_>>(), segs);
        assert_eq!((h.stem(), h.lemma()), ("بغداد", Some("بغداد")));
        let h = t.get("في").unwrap();
        assert_eq!((h.stem(), h.lemma()), ("في", None));
        assert!(t.get("من").is_none());
        assert!(HotTable::default().get("في").is_none());
    }
}
