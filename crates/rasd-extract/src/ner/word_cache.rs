//! What the tagger worked out about a word, kept for the next time it sees the word.
//!
//! Most of the features a word is labelled with come from one word of its window on its own:
//! itself, the word before it, the word two after it ([`features_at`]). Their weights add up
//! to the same label scores wherever that word stands at that distance, so for each word the
//! tagger analyses it once ([`WordInfo`]) and adds up those weights once per distance and
//! model stage; labelling a word then reads seven sums and scores only the few features that
//! read two words together or the article. News repeats its words: over a few thousand
//! articles nine word tokens in ten have been seen before, and each of them skips some fifty
//! lookups in the model's feature table, the costliest step of tagging.
//!
//! The words are kept across articles, shared by every clone of a tagger and every thread,
//! up to [`CAPACITY`] of them. When it is full, the words no article has read again since the
//! last sweep go (most words of a news corpus are seen once: names, numbers, typos), and if
//! that frees too little, all of them. A word's entry depends on the model alone, so what is
//! kept never changes a label.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use rustc_hash::FxHashMap;

use super::features::{Resources, WINDOW, WordInfo, features_at};
use super::labels::N_LABELS;
use super::model::Stage;

/// The most words kept (about 0.6 KB each with a two-stage model).
pub const CAPACITY: usize = 1 << 15;

/// Number of distances a window spans.
#[allow(clippy::cast_sign_loss)] // WINDOW is a small positive constant
const SPAN: usize = 2 * WINDOW as usize + 1;

/// One word, analysed and scored.
#[derive(Debug)]
pub struct CachedWord {
    /// The word's analysis.
    pub info: WordInfo,
    /// Per stage, per distance from `-WINDOW` to `WINDOW`: the label scores of the features
    /// the word gives a word that far from it.
    scores: Box<[[f32; N_LABELS]]>,
}

impl CachedWord {
    fn new(word: &str, stages: &[Stage], res: &Resources, feats: &mut Vec<u64>) -> Self {
        let info = WordInfo::new(word, res);
        let scores = distance_scores(Some(&info), stages, feats);
        Self { info, scores }
    }

    /// The scores the word gives, in `stage`, a word `d` places from it.
    #[must_use]
    pub fn scores(&self, stage: usize, d: isize) -> Option<&[f32; N_LABELS]> {
        self.scores.get(slot(stage, d)?)
    }
}

/// Per stage and distance, the scores of the features word `x` gives (`None`: the edge).
fn distance_scores(
    x: Option<&WordInfo>,
    stages: &[Stage],
    feats: &mut Vec<u64>,
) -> Box<[[f32; N_LABELS]]> {
    let mut scores = vec![[0f32; N_LABELS]; stages.len() * SPAN];
    for (k, stage) in stages.iter().enumerate() {
        for d in -WINDOW..=WINDOW {
            feats.clear();
            features_at(x, d, feats);
            if let Some(row) = slot(k, d).and_then(|s| scores.get_mut(s)) {
                stage.score_into(feats, row);
            }
        }
    }
    scores.into_boxed_slice()
}

/// Where the scores of `stage` at distance `d` sit.
fn slot(stage: usize, d: isize) -> Option<usize> {
    let at = usize::try_from(d + WINDOW).ok().filter(|&a| a < SPAN)?;
    Some(stage * SPAN + at)
}

/// A word kept, with whether an article has read it again since the last sweep.
type Kept = (Arc<CachedWord>, bool);

/// Words analysed and scored by one model, shared by the threads that tag with it.
#[derive(Default)]
pub struct WordCache {
    words: Mutex<FxHashMap<Box<str>, Kept>>,
    /// The scores the sentence's edge gives, per stage and distance (the edge is no word).
    edges: Box<[[f32; N_LABELS]]>,
    /// Distinct words of an article looked up, and how many of them were kept.
    lookups: AtomicU64,
    hits: AtomicU64,
    /// The most words kept.
    capacity: usize,
}

impl std::fmt::Debug for WordCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WordCache")
            .field("words", &self.len())
            .finish_non_exhaustive()
    }
}

impl WordCache {
    /// An empty cache for a model's stages, keeping up to [`CAPACITY`] words.
    #[must_use]
    pub fn new(stages: &[Stage]) -> Self {
        Self::with_capacity(stages, CAPACITY)
    }

    /// An empty cache for a model's stages, keeping up to `capacity` words.
    #[must_use]
    pub fn with_capacity(stages: &[Stage], capacity: usize) -> Self {
        Self {
            capacity,
            words: Mutex::default(),
            edges: distance_scores(None, stages, &mut Vec::new()),
            lookups: AtomicU64::new(0),
            hits: AtomicU64::new(0),
        }
    }

    /// Number of words kept.
    #[must_use]
    pub fn len(&self) -> usize {
        self.words
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .len()
    }

    /// How many distinct words of the articles tagged so far were looked up, and how many of
    /// them were found kept.
    #[must_use]
    pub fn hits(&self) -> (u64, u64) {
        (
            self.hits.load(Ordering::Relaxed),
            self.lookups.load(Ordering::Relaxed),
        )
    }

    /// Whether no word is kept.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The scores the sentence's edge gives, in `stage`, a word `d` places from it.
    #[must_use]
    pub fn edge(&self, stage: usize, d: isize) -> Option<&[f32; N_LABELS]> {
        self.edges.get(slot(stage, d)?)
    }

    /// The entries of the words of an article's sentences, sentence by sentence: those kept
    /// are read under one lock, the others worked out outside it and then kept.
    pub fn words<W: AsRef<[S]>, S: AsRef<str>>(
        &self,
        sentences: &[W],
        stages: &[Stage],
        res: &Resources,
    ) -> Vec<Vec<Arc<CachedWord>>> {
        let mut found: FxHashMap<&str, Option<Arc<CachedWord>>> = FxHashMap::default();
        {
            let mut kept = self.words.lock().unwrap_or_else(PoisonError::into_inner);
            for s in sentences {
                for w in s.as_ref() {
                    let w = w.as_ref();
                    found.entry(w).or_insert_with(|| {
                        let (entry, used) = kept.get_mut(w)?;
                        *used = true;
                        Some(Arc::clone(entry))
                    });
                }
            }
        }
        let hits = found.values().filter(|e| e.is_some()).count();
        self.lookups
            .fetch_add(found.len() as u64, Ordering::Relaxed);
        self.hits.fetch_add(hits as u64, Ordering::Relaxed);
        let mut feats = Vec::new();
        let mut new = Vec::new();
        for (w, entry) in &mut found {
            if entry.is_none() {
                let e = Arc::new(CachedWord::new(w, stages, res, &mut feats));
                new.push((Box::<str>::from(*w), (Arc::clone(&e), false)));
                *entry = Some(e);
            }
        }
        if !new.is_empty() {
            let mut kept = self.words.lock().unwrap_or_else(PoisonError::into_inner);
            if kept.len() + new.len() > self.capacity {
                kept.retain(|_, (_, used)| std::mem::take(used));
                if kept.len() + new.len() > self.capacity * 3 / 4 {
                    kept.clear();
                }
            }
            kept.extend(new);
        }
        sentences
            .iter()
            .map(|s| {
                s.as_ref()
                    .iter()
                    .filter_map(|w| found.get(w.as_ref()).cloned().flatten())
                    .collect()
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(cache: &WordCache) -> Vec<String> {
        let words = cache.words.lock().unwrap_or_else(PoisonError::into_inner);
        let mut out: Vec<String> = words.keys().map(|w| w.to_string()).collect();
        out.sort();
        out
    }

    /// When the cache is full, the words an article read again stay and the words seen once
    /// go; every word of every article still gets its entry, in order.
    #[test]
    fn a_full_cache_keeps_the_words_read_again() {
        let res = Resources::default();
        let cache = WordCache::with_capacity(&[], 4);
        cache.words(&[["سلام", "مدينة", "قال"]], &[], &res);
        let second = cache.words(&[["سلام", "وزير"]], &[], &res);
        assert_eq!(kept(&cache), ["سلام", "قال", "مدينة", "وزير"]);
        let third = cache.words(&[["رئيس", "رئيس"], ["بغداد", "سلام"]], &[], &res);
        assert_eq!(kept(&cache), ["بغداد", "رئيس", "سلام"]);
        assert_eq!(cache.hits(), (2, 8));
        let norms =
            |s: &[Arc<CachedWord>]| s.iter().map(|w| w.info.norm.clone()).collect::<Vec<_>>();
        assert_eq!(norms(&second[0]), ["سلام", "وزير"]);
        assert_eq!(norms(&third[1]), ["بغداد", "سلام"]);
        assert!(Arc::ptr_eq(&third[0][0], &third[0][1]));
    }
}
