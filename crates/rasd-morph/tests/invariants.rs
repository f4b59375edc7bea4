//! Properties every analysis keeps, on any input: no panic, segments tile the word.
#![allow(clippy::unwrap_used, missing_docs)]

use proptest::prelude::*;
use rasd_morph::{Scheme, Segmenter};

fn check(word: &str) {
    let seg = Segmenter::embedded().unwrap();
    for scheme in [Scheme::Fine, Scheme::Clitics] {
        let segs = seg.segment_scheme(word, scheme);
        let mut at = 0;
        for s in &segs {
            assert_eq!(s.span.start, at, "segments of {word:?} must be contiguous");
            assert!(s.span.end > s.span.start, "empty segment in {word:?}");
            assert!(
                word.get(s.span.start..s.span.end).is_some(),
                "span off a char boundary"
            );
            at = s.span.end;
        }
        assert_eq!(at, word.len(), "segments of {word:?} must cover it");
    }
    let _ = seg.stem(word);
    let _ = seg.lemma(word);
    let _ = seg.strip_clitics(word);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn arabic_words_tile(word in "[\u{0621}-\u{064A}\u{064B}-\u{0652}\u{0640}]{1,14}") {
        check(&word);
    }

    #[test]
    fn any_string_never_panics(word in "\\PC{0,20}") {
        check(&word);
    }
}

#[test]
fn seed_article_tokens_all_carry_segments_and_stems() {
    let text = rasd_testdata::seed_article();
    let norm = rasd_text::normalize::Normalizer::standard();
    let mut tokens = rasd_text::tokenize::tokenize(&text, &norm);
    Segmenter::embedded().unwrap().annotate(&text, &mut tokens);
    let words: Vec<_> = tokens
        .iter()
        .filter(|t| t.kind == rasd_text::TokenKind::Word)
        .collect();
    assert!(words.len() > 500);
    for t in words {
        assert!(!t.segments.is_empty());
        let joined: String = t.segments.iter().map(|s| s.span.slice(&text)).collect();
        assert_eq!(joined, t.span.slice(&text));
        assert!(t.stem.as_deref().is_some_and(|s| !s.is_empty()));
    }
}
