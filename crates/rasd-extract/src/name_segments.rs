//! Names keep their letters: a word the tagger reads as a name from its first letter has no
//! proclitic, whatever the segmenter guessed.
//!
//! The segmenter decides clitics from word statistics, and a foreign name it has not seen can
//! look like a preposition and a stem (`بلينكين` as `ب+لينك+ين`). The tagger, reading the
//! sentence, knows better where a name starts: a mention starting at the first letter of a word
//! says the word has no proclitic (one starting inside it, as in `للعراق`, confirms the clitic).
//! Such a word becomes one stem: its other splits came from the same wrong reading.

use rasd_text::annotations::EntityType;
use rasd_text::segment::{Segment, SegmentKind};
use rasd_text::{Document, Span};

/// Re-segments the words where a mention starts but the segmenter cut a proclitic, and the
/// words inside a person's name (organisation names hold real clitics: `لمساعدة`, `والعدالة`).
pub fn keep_names_whole(doc: &mut Document) {
    for mention in &doc.mentions {
        let first = doc
            .tokens
            .partition_point(|t| t.span.start < mention.span.start);
        let end = doc
            .tokens
            .partition_point(|t| t.span.start < mention.span.end);
        for (k, token) in doc.tokens[first..end.max(first)].iter_mut().enumerate() {
            let inside = k > 0 && mention.kind == EntityType::Per;
            if !(k == 0 && token.span.start == mention.span.start || inside) {
                continue;
            }
            let cut_proclitic = token.segments.first().is_some_and(|s| {
                matches!(
                    s.kind,
                    SegmentKind::Conj | SegmentKind::Prep | SegmentKind::Fut
                )
            });
            if !cut_proclitic {
                continue;
            }
            token.segments = vec![Segment {
                span: Span::new(token.span.start, token.span.end),
                kind: SegmentKind::Stem,
            }];
            token.stem = Some(token.norm.clone());
            token.lemma = Some(token.norm.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rasd_text::annotations::{Mention, MentionForm};
    use rasd_text::{Token, TokenKind};

    fn token(text: &str, start: usize, cuts: &[(usize, SegmentKind)]) -> Token {
        let span = Span::new(start, start + text.len());
        let mut t = Token::new(span, TokenKind::Word, text.to_owned());
        let mut from = start;
        for &(len, kind) in cuts {
            t.segments.push(Segment {
                span: Span::new(from, from + len),
                kind,
            });
            from += len;
        }
        t.stem = Some("لينك".to_owned());
        t
    }

    fn mention(span: Span) -> Mention {
        Mention {
            span,
            kind: EntityType::Per,
            name: String::new(),
            confidence: 1.0,
            form: MentionForm::Name,
            entity: None,
        }
    }

    #[test]
    fn a_name_from_its_first_letter_has_no_proclitic() {
        let text = "بلينكين";
        let mut doc = Document::new(text.to_owned(), rasd_text::Metadata::default());
        doc.tokens = vec![token(
            text,
            0,
            &[
                (2, SegmentKind::Prep),
                (8, SegmentKind::Stem),
                (4, SegmentKind::Nsuff),
            ],
        )];
        doc.mentions = vec![mention(Span::new(0, text.len()))];
        keep_names_whole(&mut doc);
        assert_eq!(doc.tokens[0].segments.len(), 1);
        assert_eq!(doc.tokens[0].stem.as_deref(), Some(text));
    }

    #[test]
    fn a_name_after_a_real_clitic_keeps_it() {
        let text = "للعراق";
        let mut doc = Document::new(text.to_owned(), rasd_text::Metadata::default());
        doc.tokens = vec![token(
            text,
            0,
            &[(2, SegmentKind::Prep), (10, SegmentKind::Stem)],
        )];
        doc.mentions = vec![mention(Span::new(2, text.len()))];
        keep_names_whole(&mut doc);
        assert_eq!(doc.tokens[0].segments.len(), 2);
    }
}
