//! Matching keys for tokens: the normalized form folded further, with common proclitics peeled.
//!
//! Number, unit and time words are matched on a key that ignores the spelling variation news
//! writing shows (ta marbuta written as ha, alef maqsura as ya, hamza on a carrier dropped), and
//! that looks through the one-letter proclitics glued to them (`وبحلول`, `بنهاية`, `للعام`).
//! Morphological segments would give the same split; this small, general strip keeps the
//! extractors independent of the morphology stage and costs nothing on words no lexicon knows.

use std::borrow::Cow;

use rasd_text::{Span, Token, TokenKind};

/// Folds a normalized form into a matching key: `ة`→`ه`, `ى`→`ي`, `ؤ`→`و`, `ئ`→`ي`, hamzated
/// alefs to bare alef, diacritics and tatweel dropped. Borrowed when nothing changes.
#[must_use]
pub fn fold(s: &str) -> Cow<'_, str> {
    if !s.chars().any(needs_fold) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            'ة' => out.push('ه'),
            'ى' | 'ئ' => out.push('ي'),
            'ؤ' => out.push('و'),
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ـ' | '\u{064B}'..='\u{065F}' | '\u{0670}' => {}
            _ => out.push(c),
        }
    }
    Cow::Owned(out)
}

fn needs_fold(c: char) -> bool {
    matches!(
        c,
        'ة' | 'ى' | 'ئ' | 'ؤ' | 'أ' | 'إ' | 'آ' | 'ٱ' | 'ـ' | '\u{064B}'..='\u{065F}' | '\u{0670}'
    )
}

/// A proclitic peeled off a word to reach a known base.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Proclitics {
    /// `و` or `ف`: a conjunction.
    pub conj: bool,
    /// `ب` or `ل`: a preposition (the letter). `ك` is not peeled: `كمية` ('quantity') would
    /// read as `ك` + `مية` ('like a hundred').
    pub prep: Option<char>,
}

/// One token as the grammars see it.
#[derive(Debug, Clone)]
pub struct Tok<'a> {
    /// The token's span in the text.
    pub span: Span,
    /// The token's kind.
    pub kind: TokenKind,
    /// The folded key of the whole token.
    pub key: Cow<'a, str>,
    /// The key with known proclitics removed (equal to `key` when there were none).
    pub base: Cow<'a, str>,
    /// What was removed.
    pub pre: Proclitics,
}

impl Tok<'_> {
    /// Whether the token is a number written in digits.
    #[must_use]
    pub fn is_number(&self) -> bool {
        self.kind == TokenKind::Number
    }

    /// Whether the token is exactly `s` (on the folded key, without peeling).
    #[must_use]
    pub fn is(&self, s: &str) -> bool {
        self.key == s
    }

    /// Whether the token's base (after peeling) is `s`.
    #[must_use]
    pub fn base_is(&self, s: &str) -> bool {
        self.base == s
    }
}

/// Builds the grammar view of `tokens`, peeling proclitics only where `known` accepts the base.
pub fn toks<'a>(tokens: &'a [Token], known: &dyn Fn(&str) -> bool) -> Vec<Tok<'a>> {
    tokens
        .iter()
        .map(|t| {
            let key = fold(&t.norm);
            let (base, pre) = if t.kind == TokenKind::Word && !known(&key) {
                peel(&key, known).unwrap_or_else(|| (key.clone(), Proclitics::default()))
            } else {
                (key.clone(), Proclitics::default())
            };
            Tok {
                span: t.span,
                kind: t.kind,
                key,
                base,
                pre,
            }
        })
        .collect()
}

/// Tries the common proclitic combinations on `key`; the first whose remainder `known` accepts.
fn peel<'a>(key: &str, known: &dyn Fn(&str) -> bool) -> Option<(Cow<'a, str>, Proclitics)> {
    let mut chars = key.chars();
    let first = chars.next()?;
    if !matches!(first, 'و' | 'ف' | 'ب' | 'ل') {
        return None;
    }
    // Conjunction, then an optional preposition, then the word; `لل` is `ل` + `ال` with the
    // alef dropped in writing.
    let (conj, rest) = match first {
        'و' | 'ف' => (true, &key[first.len_utf8()..]),
        _ => (false, key),
    };
    // Bases of two letters are too easily whole words (`ولست` is 'and I am not', not
    // 'and six'): at least three.
    if conj && rest.chars().count() >= 3 && known(rest) {
        return Some((Cow::Owned(rest.to_owned()), Proclitics { conj, prep: None }));
    }
    let mut rc = rest.chars();
    let p = rc.next()?;
    if !matches!(p, 'ب' | 'ل') {
        return None;
    }
    let after = &rest[p.len_utf8()..];
    if after.chars().count() < 3 {
        return None;
    }
    if p == 'ل' && after.starts_with('ل') {
        let with_article = format!("ا{after}");
        if known(&with_article) {
            return Some((
                Cow::Owned(with_article),
                Proclitics {
                    conj,
                    prep: Some(p),
                },
            ));
        }
    }
    if known(after) {
        return Some((
            Cow::Owned(after.to_owned()),
            Proclitics {
                conj,
                prep: Some(p),
            },
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_and_peels() {
        assert_eq!(fold("مائة"), "مايه");
        assert_eq!(fold("الأولى"), "الاولي");
        let known = |s: &str| matches!(s, "العام" | "نهايه" | "حلول");
        assert_eq!(peel("للعام", &known).unwrap().0, "العام");
        assert_eq!(peel("بنهايه", &known).unwrap().0, "نهايه");
        assert_eq!(peel("وبحلول", &known).unwrap().0, "حلول");
        assert!(peel("والعام", &known).is_some());
        assert!(peel("بيت", &known).is_none());
    }
}
