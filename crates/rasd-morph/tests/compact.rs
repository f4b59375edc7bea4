//! The compact loaded model answers exactly as the model with all its keys, and stays small.
#![allow(clippy::unwrap_used, missing_docs)]

use rasd_morph::{Model, Segmenter};
use rasd_text::normalize::Normalizer;
use rasd_text::{TokenKind, tokenize};
use rustc_hash::FxHashSet;

static MODEL: &[u8] = include_bytes!("../../../models/morph.bin.gz");

/// The distinct words of real news the model was not built from (SaudiNewsNet).
fn news_words(articles: usize) -> Vec<String> {
    let norm = Normalizer::standard();
    let mut seen = FxHashSet::default();
    for a in rasd_testdata::saudinewsnet(articles) {
        for t in tokenize::tokenize(&a.text, &norm) {
            if t.kind == TokenKind::Word {
                seen.insert(t.span.slice(&a.text).to_owned());
            }
        }
    }
    let mut words: Vec<String> = seen.into_iter().collect();
    words.sort_unstable();
    words
}

#[test]
fn compact_model_and_table_answer_as_the_full_model() {
    // The reference: every key kept in a hash map, no precomputed table (every word analysed).
    let full = Segmenter::without_table(Model::from_bytes_editable(MODEL).unwrap());
    // What ships: keys by hash, frequent words precomputed in the packed table.
    let compact = Segmenter::from_bytes(MODEL).unwrap();
    let words = news_words(400);
    assert!(words.len() > 30_000, "only {} distinct words", words.len());
    let mut precomputed = 0;
    for w in &words {
        precomputed += usize::from(compact.is_precomputed(w));
        assert_eq!(compact.analyze(w), full.analyze(w), "{w}");
    }
    // Both paths of the compact segmenter were exercised.
    assert!(precomputed > 5_000 && precomputed < words.len() - 5_000);
    assert_eq!(compact.model().sizes(), full.model().sizes());
}

#[test]
fn loaded_model_stays_small() {
    let seg = Segmenter::from_bytes(MODEL).unwrap();
    let (keys, _) = seg.model().sizes();
    assert!(keys > 500_000, "lexicon has {keys} keys");
    assert!(seg.hot_words() > 25_000);
    // 5.8 MB for the lexicon and weights, 1.1 MB for the precomputed table when written; the
    // hash maps of boxed strings they replaced took some 56 MB.
    let bytes = seg.heap_bytes();
    assert!(bytes < 9 << 20, "loaded segmenter holds {bytes} bytes");
}

#[test]
fn a_loaded_model_is_not_rewritten_but_an_editable_one_is() {
    assert!(
        Segmenter::from_bytes(MODEL)
            .unwrap()
            .model()
            .to_bytes()
            .is_err()
    );
    let editable = Model::from_bytes_editable(MODEL).unwrap();
    let again = Model::from_bytes(&editable.to_bytes().unwrap()).unwrap();
    assert_eq!(again.sizes(), editable.sizes());
}
