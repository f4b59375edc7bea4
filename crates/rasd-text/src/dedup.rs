//! Duplicate paragraphs and sentences within one article.
//!
//! Scraped articles repeat themselves: a statement quoted twice, a paragraph pasted again under a
//! subheading with a word or two changed. A block or sentence is marked
//! `duplicate_of: Some(original)` when most of its word trigrams (normalized forms, so spelling
//! variants match) already occur in one earlier block or sentence. Containment rather than
//! symmetric similarity is what catches a repeat that drops or adds a clause; the minimum length
//! keeps short generic lines (`وأضاف:`, a dateline, a repeated subheading) from being marked.
//!
//! Candidates are found through an index from trigram to the units containing it, so the cost is
//! linear in the article's length rather than quadratic in its paragraphs.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::document::{Document, Token, TokenKind};
use crate::span::Span;

/// Units with fewer words are never marked.
const MIN_WORDS: usize = 8;
/// The share of a unit's trigrams that must occur in one earlier unit.
const MIN_CONTAINMENT: f64 = 0.7;
/// A trigram seen in more units than this says nothing about any one of them.
const MAX_POSTINGS: usize = 16;

/// Marks the blocks and sentences of `doc` that repeat earlier ones. Reads `doc.tokens`.
pub fn mark_duplicates(doc: &mut Document) {
    let block_spans: Vec<Span> = doc.blocks.iter().map(|b| b.span).collect();
    let marks = find(&doc.tokens, &block_spans);
    for (block, mark) in doc.blocks.iter_mut().zip(marks) {
        block.duplicate_of = mark;
    }
    let sentence_spans: Vec<Span> = doc.sentences.iter().map(|s| s.span).collect();
    let marks = find(&doc.tokens, &sentence_spans);
    for (sentence, mark) in doc.sentences.iter_mut().zip(marks) {
        sentence.duplicate_of = mark;
    }
}

/// For each unit (spans in text order), the index of an earlier unit it repeats.
#[must_use]
pub fn find(tokens: &[Token], units: &[Span]) -> Vec<Option<usize>> {
    let mut index: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
    let mut marks = vec![None; units.len()];
    let mut t = 0;
    for (u, span) in units.iter().enumerate() {
        while t < tokens.len() && tokens[t].span.start < span.start {
            t += 1;
        }
        let first = t;
        let mut end = t;
        while end < tokens.len() && tokens[end].span.end <= span.end {
            end += 1;
        }
        let words: Vec<&str> = tokens[first..end]
            .iter()
            .filter(|tok| {
                matches!(
                    tok.kind,
                    TokenKind::Word | TokenKind::Number | TokenKind::Latin
                )
            })
            .map(|tok| tok.norm.as_str())
            .collect();
        if words.len() < MIN_WORDS {
            continue;
        }
        let shingles: FxHashSet<u64> = words.windows(3).map(shingle).collect();
        // Shared trigrams with each earlier original.
        let mut shared: FxHashMap<usize, usize> = FxHashMap::default();
        for s in &shingles {
            if let Some(units) = index.get(s) {
                for &o in units {
                    *shared.entry(o).or_default() += 1;
                }
            }
        }
        let best = shared
            .into_iter()
            .max_by_key(|&(o, n)| (n, std::cmp::Reverse(o)));
        #[allow(clippy::cast_precision_loss)] // word counts
        let repeat = best.filter(|&(_, n)| n as f64 >= MIN_CONTAINMENT * shingles.len() as f64);
        if let Some((original, _)) = repeat {
            marks[u] = Some(original);
            // Only originals are indexed, so a pointer always leads to the first occurrence.
            continue;
        }
        for s in shingles {
            let postings = index.entry(s).or_default();
            if postings.len() < MAX_POSTINGS {
                postings.push(u);
            }
        }
    }
    marks
}

fn shingle(words: &[&str]) -> u64 {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    for w in words {
        h.update(w.as_bytes());
        h.update(b"\x1f");
    }
    h.digest()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::Normalizer;
    use crate::structure::paragraph_spans;
    use crate::tokenize::tokenize;

    fn marks(text: &str) -> Vec<Option<usize>> {
        let tokens = tokenize(text, &Normalizer::standard());
        find(&tokens, &paragraph_spans(text))
    }

    #[test]
    fn near_repeat_is_marked() {
        let text = "أكد الطرفان أن القواعد التي تستضيف المستشارين هي قواعد وطنية تدار وفق القوانين النافذة.\n\
            وتناول اللقاء ملفات أخرى كثيرة بين البلدين في مجالات عدة ومختلفة.\n\
            كما أكد الوفدان أن القواعد التي تستضيف المستشارين هي قواعد وطنية تدار وفق القوانين النافذة.";
        assert_eq!(marks(text), vec![None, None, Some(0)]);
    }

    #[test]
    fn short_lines_and_different_text_are_not_marked() {
        let text = "وأضاف الوزير:\nوأضاف الوزير:\nقال الوزير إن الحكومة ستعلن الموازنة العامة الأسبوع المقبل بعد إقرارها.\n\
            قال الوزير إن المعارضة سترفض الخطة الجديدة للإصلاح في جلسة البرلمان القادمة.";
        assert_eq!(marks(text), vec![None, None, None, None]);
    }

    #[test]
    fn pointer_goes_to_the_first_occurrence() {
        let line =
            "أعلنت الوزارة عن خطة جديدة لتطوير المدارس الحكومية في جميع المناطق خلال العام المقبل.";
        let text = format!("{line}\n{line}\n{line}");
        assert_eq!(marks(&text), vec![None, Some(0), Some(0)]);
    }
}
