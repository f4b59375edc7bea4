//! Highlighted snippets: the densest passage of matched words, as spans into the text.

use rasd_text::CharOffsets;
use tantivy::tokenizer::TokenStream;

use crate::query::HighlightTerms;
use crate::search::Snippet;
use crate::{analyzer, stem};

/// Characters of context kept before the first highlight of a passage (at most a fifth of it).
const LEAD_CHARS: usize = 40;

/// The byte spans of words in `text` whose search key is among `terms`.
#[must_use]
pub fn highlights(text: &str, terms: &HighlightTerms) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    if terms.stem.is_empty() && terms.fold.is_empty() {
        return spans;
    }
    // One pass: the fold key is the fold of the stem key for Arabic words, and the same key
    // otherwise (see the analyzers).
    let mut a = analyzer::stem_analyzer();
    let mut stream = a.token_stream(text);
    while let Some(t) = stream.next() {
        let arabic = t.text.chars().any(rasd_text::chars::is_arabic_letter);
        let hit = terms.stem.contains(&t.text)
            || (!terms.fold.is_empty()
                && if arabic {
                    terms.fold.contains(&stem::fold(&t.text))
                } else {
                    terms.fold.contains(&t.text)
                });
        if hit {
            spans.push((t.offset_from, t.offset_to));
        }
    }
    spans
}

/// The passage of at most `max_chars` characters holding the most highlights.
#[must_use]
pub fn make(text: &str, terms: &HighlightTerms, max_chars: usize) -> Snippet {
    let spans = highlights(text, terms);
    let offsets = CharOffsets::new(text);
    let chars: Vec<(usize, usize)> = spans
        .iter()
        .map(|&(s, e)| (offsets.to_char(s), offsets.to_char(e)))
        .collect();
    let total = offsets.to_char(text.len());
    let max_chars = max_chars.max(20);
    let lead = LEAD_CHARS.min(max_chars / 5);
    // The window start (a highlight's start) that covers the most highlights.
    let mut best = (0usize, 0usize);
    for (i, &(s, _)) in chars.iter().enumerate() {
        let n = chars[i..]
            .iter()
            .take_while(|&&(_, e)| e <= s + max_chars.saturating_sub(lead))
            .count();
        if n > best.1 {
            best = (s, n);
        }
    }
    let mut start = if best.1 == 0 {
        0
    } else {
        best.0.saturating_sub(lead)
    };
    let end = (start + max_chars).min(total);
    if end == total {
        start = total.saturating_sub(max_chars).min(start);
    }
    // Snap to word boundaries so the passage neither starts nor ends inside a word.
    let byte_of = char_to_byte(text);
    let mut bstart = byte_of(start);
    let mut bend = byte_of(end);
    if start > 0
        && let Some((ws, c)) = text[bstart..bend]
            .char_indices()
            .find(|(_, c)| c.is_whitespace())
    {
        let first_hl = spans
            .iter()
            .find(|&&(s, _)| s >= bstart)
            .map_or(bend, |h| h.0);
        if bstart + ws < first_hl {
            bstart += ws + c.len_utf8();
        }
    }
    if bend < text.len()
        && let Some(ws) = text[bstart..bend].rfind(char::is_whitespace)
    {
        let last_hl = spans
            .iter()
            .rev()
            .find(|&&(_, e)| e <= bend)
            .map_or(bstart, |h| h.1);
        if bstart + ws >= last_hl {
            bend = bstart + ws;
        }
    }
    start = offsets.to_char(bstart);
    let passage = text.get(bstart..bend).unwrap_or("").trim_end().to_owned();
    let end = start + passage.chars().count();
    Snippet {
        text: passage,
        start,
        end,
        highlights: chars
            .into_iter()
            .filter(|&(s, e)| s >= start && e <= end)
            .map(|(s, e)| [s, e])
            .collect(),
    }
}

/// A function from code-point offsets to byte offsets of `text` (clamped to its end).
fn char_to_byte(text: &str) -> impl Fn(usize) -> usize + '_ {
    move |c: usize| text.char_indices().nth(c).map_or(text.len(), |(b, _)| b)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn terms(words: &[&str]) -> HighlightTerms {
        let mut t = HighlightTerms::default();
        for w in words {
            t.stem.insert(analyzer::search_key(w, false));
            t.fold.insert(analyzer::search_key(w, true));
        }
        t
    }

    #[test]
    fn snippet_points_at_the_matches() {
        let text =
            "مقدمة طويلة لا علاقة لها بالموضوع. ثم جرت الانتخابات البلدية، وبالانتخابات تكتمل المرحلة.";
        let s = make(text, &terms(&["انتخابات"]), 60);
        let chars: Vec<char> = text.chars().collect();
        assert_eq!(s.highlights.len(), 2);
        for [a, b] in &s.highlights {
            let w: String = chars[*a..*b].iter().collect();
            assert!(w.ends_with("انتخابات"), "{w}");
        }
        assert!(s.text.chars().count() <= 60);
    }

    proptest! {
        // No panic on any text, and every span is inside the text and consistent with it.
        #[test]
        fn any_text_gives_a_consistent_snippet(text in "\\PC{0,300}", max in 0usize..200) {
            let s = make(&text, &terms(&["في", "a", "١"]), max);
            let chars: Vec<char> = text.chars().collect();
            prop_assert!(s.start <= s.end && s.end <= chars.len());
            let passage: String = chars[s.start..s.end].iter().collect();
            prop_assert_eq!(passage, s.text.clone());
            for [a, b] in &s.highlights {
                prop_assert!(s.start <= *a && a < b && *b <= s.end);
            }
        }

        #[test]
        fn stems_never_panic_or_vanish(word in "[\\u0621-\\u063A\\u0641-\\u064A]{1,12}") {
            let k = analyzer::search_key(&word, false);
            prop_assert!(!k.is_empty());
            prop_assert!(!analyzer::search_key(&word, true).is_empty());
        }
    }
}
