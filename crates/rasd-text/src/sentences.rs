//! Sentence boundaries over tokens, within blocks.
//!
//! A sentence ends at `.` `!` `?` `؟` `…` (or a run of them) and at the end of its block, with
//! these exceptions, each one a common way news text fools naive splitters:
//! * a number is one token, so `3.5` never ends a sentence;
//! * two dots (`..`) are a dash in headings (`جولة الحوار الاستراتيجي .. أخيرة`), not an end;
//! * a single letter before a dot is an abbreviation (`د.`, `U.`);
//! * a terminal inside quotation marks ends the sentence only when the quotation closes right
//!   after it, and the closing mark stays with its sentence.

use crate::document::{Sentence, Token, TokenKind};
use crate::span::Span;

/// Quotes left open longer than this many tokens are taken as unbalanced and no longer hold a
/// sentence together.
const MAX_QUOTED_TOKENS: usize = 120;

/// Splits the tokens of each block into sentences.
///
/// `blocks` are the block spans in text order; tokens outside every block are ignored.
#[must_use]
pub fn split(text: &str, tokens: &[Token], blocks: &[Span]) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    let mut t = 0;
    for (block_index, block) in blocks.iter().enumerate() {
        while t < tokens.len() && tokens[t].span.start < block.start {
            t += 1;
        }
        let first = t;
        while t < tokens.len() && tokens[t].span.end <= block.end {
            t += 1;
        }
        split_block(text, tokens, first, t, block_index, &mut sentences);
    }
    sentences
}

fn split_block(
    text: &str,
    tokens: &[Token],
    first: usize,
    end: usize,
    block: usize,
    out: &mut Vec<Sentence>,
) {
    let mut start = first;
    let mut depth: usize = 0;
    let mut straight_open = false;
    let mut i = first;
    while i < end {
        let tok = &tokens[i];
        let written = tok.span.slice(text);
        if tok.kind == TokenKind::Punct {
            update_quotes(written, &mut depth, &mut straight_open);
        }
        if is_terminal(text, tokens, i) {
            let quoted = depth > 0 || straight_open;
            // Closing quotes and brackets right after the terminal belong to this sentence.
            let mut last = i;
            while last + 1 < end && is_closer(tokens[last + 1].span.slice(text)) {
                last += 1;
                update_quotes(
                    tokens[last].span.slice(text),
                    &mut depth,
                    &mut straight_open,
                );
            }
            let closed = last > i;
            let too_long = i + 1 - start > MAX_QUOTED_TOKENS;
            if !quoted || closed || too_long {
                push(tokens, start, last + 1, block, out);
                start = last + 1;
                depth = 0;
                straight_open = false;
            }
            i = last + 1;
            continue;
        }
        i += 1;
    }
    if start < end {
        push(tokens, start, end, block, out);
    }
}

fn push(tokens: &[Token], first: usize, end: usize, block: usize, out: &mut Vec<Sentence>) {
    let span = Span::new(tokens[first].span.start, tokens[end - 1].span.end);
    out.push(Sentence {
        span,
        block,
        first_token: first,
        end_token: end,
        duplicate_of: None,
    });
}

fn update_quotes(mark: &str, depth: &mut usize, straight_open: &mut bool) {
    for c in mark.chars() {
        match c {
            '«' | '“' | '‹' | '„' => *depth += 1,
            '»' | '”' | '›' => *depth = depth.saturating_sub(1),
            '"' => *straight_open = !*straight_open,
            _ => {}
        }
    }
}

fn is_closer(mark: &str) -> bool {
    mark.chars()
        .all(|c| matches!(c, '"' | '»' | '”' | '’' | '›' | ')' | ']' | '}' | '\''))
        && !mark.is_empty()
}

fn is_terminal(text: &str, tokens: &[Token], i: usize) -> bool {
    let tok = &tokens[i];
    if tok.kind != TokenKind::Punct {
        return false;
    }
    let written = tok.span.slice(text);
    if written == ".." {
        return false;
    }
    if !written.chars().all(crate::chars::is_sentence_terminal) {
        return false;
    }
    if written == "." && i > 0 {
        let prev = &tokens[i - 1];
        let glued = prev.span.end == tok.span.start;
        let single_letter = prev.span.slice(text).chars().count() == 1
            && matches!(prev.kind, TokenKind::Word | TokenKind::Latin);
        if glued && single_letter {
            return false;
        }
        if in_dotted_acronym(text, tokens, i) {
            return false;
        }
    }
    true
}

/// Whether the period at `i` joins the parts of a dotted acronym written without spaces
/// (`إن.اتش.كيه`, `سي.آي.ايه`): short words glued to it on both sides, and another glued period
/// one part before or after. Two long words glued by one period are a missing space between two
/// sentences (`واليابان.واستطرد`), which still ends the first.
fn in_dotted_acronym(text: &str, tokens: &[Token], i: usize) -> bool {
    let part = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            matches!(t.kind, TokenKind::Word | TokenKind::Latin)
                && t.span.slice(text).chars().count() <= MAX_ACRONYM_PART
        })
    };
    let glued_period = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            t.span.slice(text) == "."
                && k > 0
                && tokens[k - 1].span.end == t.span.start
                && tokens
                    .get(k + 1)
                    .is_some_and(|n| n.span.start == t.span.end)
        })
    };
    glued_period(i)
        && part(i - 1)
        && part(i + 1)
        && ((i >= 2 && glued_period(i - 2) && part(i - 3)) || (glued_period(i + 2) && part(i + 3)))
}

/// Longest part of a dotted acronym, in letters.
const MAX_ACRONYM_PART: usize = 4;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::Normalizer;
    use crate::tokenize::tokenize;

    fn sentences(text: &str) -> Vec<&str> {
        let tokens = tokenize(text, &Normalizer::standard());
        let block = [Span::new(0, text.len())];
        split(text, &tokens, &block)
            .iter()
            .map(|s| s.span.slice(text))
            .collect()
    }

    #[test]
    fn splits_on_terminals() {
        assert_eq!(
            sentences("وصل الوفد. وبدأ الاجتماع؟ نعم!"),
            vec!["وصل الوفد.", "وبدأ الاجتماع؟", "نعم!"]
        );
    }

    #[test]
    fn keeps_numbers_dashes_and_abbreviations() {
        assert_eq!(
            sentences("نما الاقتصاد 3.5 في المئة."),
            vec!["نما الاقتصاد 3.5 في المئة."]
        );
        assert_eq!(
            sentences("جولة الحوار .. أخيرة"),
            vec!["جولة الحوار .. أخيرة"]
        );
        assert_eq!(
            sentences("قال د. أحمد إنه وصل."),
            vec!["قال د. أحمد إنه وصل."]
        );
    }

    #[test]
    fn a_dotted_acronym_ends_no_sentence() {
        assert_eq!(
            sentences("وقالت شبكة سي.إن.إن الأمريكية إن الرحلة ألغيت. ثم عادت."),
            vec!["وقالت شبكة سي.إن.إن الأمريكية إن الرحلة ألغيت.", "ثم عادت."]
        );
        // A missing space between two sentences still ends the first.
        assert_eq!(
            sentences("وصل الوفد إلى العاصمة.واستقبله الوزير."),
            vec!["وصل الوفد إلى العاصمة.", "واستقبله الوزير."]
        );
    }

    #[test]
    fn quotes_stay_with_their_sentence() {
        assert_eq!(
            sentences("وقال \"وصلنا. وسنبقى\". ثم غادر."),
            vec!["وقال \"وصلنا. وسنبقى\".", "ثم غادر."]
        );
        assert_eq!(
            sentences("وأشاد «بالدور الكبير.» وغادر."),
            vec!["وأشاد «بالدور الكبير.»", "وغادر."]
        );
    }
}
