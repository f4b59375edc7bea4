//! Names keep their letters: a word the tagger reads as a name from its first letter has no
//! proclitic, whatever the segmenter guessed.
//!
//! The segmenter decides clitics from word statistics, and a foreign name it has not seen can
//! look like a preposition and a stem (`بلينكين` as `ب+لينك+ين`). The tagger, reading the
//! sentence, knows better where a name starts: a mention starting at the first letter of a word
//! says the word has no proclitic (one starting inside it, as in `للعراق`, confirms the clitic).
//! Such a word becomes one stem: its other splits came from the same wrong reading.
//!
//! The mention spans themselves are mended first: a name whose first letter the clitic
//! stripper took for a preposition gets it back where grammar rules the preposition out
//! ([`restore_first_letters`]).

use std::sync::LazyLock;

use rasd_text::annotations::EntityType;
use rasd_text::segment::{Segment, SegmentKind};
use rasd_text::{Document, Span};

use crate::ner::gazetteer::{Trigger, Triggers};
use crate::ner::norm::{normalize, same};

/// Prepositions written as separate words: a word right after one carries no prepositional
/// proclitic of its own (Arabic does not stack prepositions), unordered.
pub(crate) const PREPOSITIONS: &[&str] = &[
    "في", "من", "إلى", "الى", "على", "عن", "مع", "حتى", "منذ", "نحو", "عبر", "لدى", "داخل", "خارج",
    "قرب", "بين", "أمام", "خلف", "بعد", "قبل",
];

/// The trigger words, built once.
static TRIGGERS: LazyLock<Triggers> = LazyLock::new(Triggers::default);

/// Re-segments the words where a mention starts but the segmenter cut a proclitic, and the
/// words inside a person's name (organisation names hold real clitics: `لمساعدة`, `والعدالة`).
pub fn keep_names_whole(doc: &mut Document) {
    restore_first_letters(doc);
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

/// Puts back the first letter of names the clitic stripper took for a preposition or a
/// conjunction (`ابل` from `كابل`, `وغار` from `لوغار`, `يصل` from `فيصل`).
///
/// The evidence is grammar, read in the article: a word right after a separate preposition
/// (`في كابل`) or after a title or kind-of-place or kind-of-organisation noun in a construct
/// phrase (`العاصمة كابل`, `اقليم لوغار`, `شركة بوناتي`, `الأمير فيصل`) carries no proclitic,
/// so its `ب`, `ل`, `ك` or `ف` is the name's own letter. Once one sighting shows it, every
/// mention of the article written the same way (after an optional `و` or `ف`) gets the letter
/// back. A remainder starting with the article (`بالعراق`, `للامم`) is a real clitic and stays
/// cut.
pub fn restore_first_letters(doc: &mut Document) {
    // For each mention cut inside its first word: token index, the written word's normalized
    // form without a leading conjunction.
    let mut cut: Vec<(usize, usize, String)> = Vec::new();
    for (m, mention) in doc.mentions.iter().enumerate() {
        let range = doc.token_range(mention.span);
        let Some(token) = doc.tokens.get(range.start) else {
            continue;
        };
        if token.span.start >= mention.span.start || mention.name.starts_with("ال") {
            continue;
        }
        let written = normalize(token.text(&doc.text));
        let clitics = written
            .get(
                ..written
                    .len()
                    .saturating_sub(first_word(&mention.name).len()),
            )
            .unwrap_or("");
        // A lone conjunction letter may be the name's own (`فيصل` read as ف + `يصل`); after a
        // conjunction, only a single letter that is not another conjunction's.
        let conj = if is_own_letter(clitics) {
            0
        } else {
            usize::from(clitics.starts_with('و') || clitics.starts_with('ف')) * 'و'.len_utf8()
        };
        let Some(own) = clitics.get(conj..) else {
            continue;
        };
        if !is_own_letter(own) {
            continue;
        }
        let whole = written.get(conj..).unwrap_or("").to_owned();
        cut.push((m, range.start, whole));
    }
    if cut.is_empty() {
        return;
    }
    let mut whole_forms: Vec<&str> = Vec::new();
    for (_, t, whole) in &cut {
        let conj_written = doc
            .tokens
            .get(*t)
            .is_some_and(|tok| normalize(tok.text(&doc.text)).len() > whole.len());
        // A conjunction between the preposition and the word breaks the construct.
        if !conj_written && t.checked_sub(1).is_some_and(|p| forbids_proclitic(doc, p)) {
            whole_forms.push(whole);
        }
    }
    let whole_forms: Vec<String> = whole_forms.into_iter().map(str::to_owned).collect();
    for (m, t, whole) in cut {
        if !whole_forms.contains(&whole) {
            continue;
        }
        let Some(token) = doc.tokens.get(t) else {
            continue;
        };
        let written = token.text(&doc.text);
        let conj = normalize(written).len() - whole.len();
        // The written word's start after the conjunction letter (one letter, one char).
        let start = if conj == 0 {
            token.span.start
        } else {
            token.span.start + written.chars().next().map_or(0, char::len_utf8)
        };
        let Some(mention) = doc.mentions.get_mut(m) else {
            continue;
        };
        let rest = mention
            .name
            .get(first_word(&mention.name).len()..)
            .unwrap_or("");
        mention.name = format!("{whole}{rest}");
        mention.span = Span::new(start, mention.span.end);
    }
}

/// The first word of a space-separated name.
fn first_word(name: &str) -> &str {
    name.split(' ').next().unwrap_or(name)
}

/// Whether a proclitic the stripper cut may be the first letter of the name: one prepositional
/// letter, or `ف` (`فيصل`, `فهد`). Not `و`: in a list of names (`أحمد السلطان وعبد الله`) the
/// word before may be a family name spelt like a title, and names with `و` (`وليد`) are common
/// enough for the segmenter to keep whole.
fn is_own_letter(clitics: &str) -> bool {
    matches!(clitics, "ب" | "ل" | "ك" | "ف")
}

/// Whether token `p` is a word after which the next word can carry no prepositional proclitic:
/// a separate preposition, or a title or kind-of-place or kind-of-organisation noun.
fn forbids_proclitic(doc: &Document, p: usize) -> bool {
    let Some(token) = doc.tokens.get(p) else {
        return false;
    };
    let word = normalize(token.text(&doc.text));
    let bare = word
        .strip_prefix('و')
        .or_else(|| word.strip_prefix('ف'))
        .filter(|w| w.chars().count() >= 2);
    [Some(word.as_str()), bare].into_iter().flatten().any(|w| {
        PREPOSITIONS.iter().any(|p| same(w, p))
            || matches!(
                TRIGGERS.get(w),
                Some(Trigger::Person | Trigger::Place | Trigger::Organisation)
            )
    })
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
