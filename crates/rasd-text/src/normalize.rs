//! Arabic normalization: the `norm` view of a token, never a rewrite of the text.
//!
//! A [`Normalizer`] is a set of switches, each one a step that readers of Arabic agree is safe for
//! some purpose. Three profiles cover the usual needs:
//!
//! | profile | for | what it does |
//! |---|---|---|
//! | [`Normalizer::display`] | showing text | compatibility forms → letters, invisible controls dropped, odd spaces → space |
//! | [`Normalizer::standard`] | tokens, lexicons, morphology | display + diacritics, tatweel, alef variants, Persian letter variants, digits → ASCII, Arabic punctuation → ASCII |
//! | [`Normalizer::search`] | search and fuzzy matching | standard + hamza carriers, alef maqsura → ya, ta marbuta → ha (lossy) |
//!
//! Every profile is idempotent: normalizing twice gives the same result as once.
//!
//! ```
//! use rasd_text::normalize::Normalizer;
//!
//! assert_eq!(Normalizer::standard().normalize("الإقتصاديّة"), "الاقتصادية");
//! assert_eq!(Normalizer::search().normalize("الإقتصاديّة"), "الاقتصاديه");
//! assert_eq!(Normalizer::display().normalize("ﻻ"), "لا");
//! ```

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;

use crate::chars::{
    TATWEEL, digit_value, is_arabic_mark, is_invisible_control, is_presentation_form,
};

/// A configurable Arabic normalizer. Build one with a profile, then adjust its switches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[allow(clippy::struct_excessive_bools)] // each switch is an independent, documented step
pub struct Normalizer {
    /// Map presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) to ordinary letters (NFKC).
    pub compatibility: bool,
    /// Drop zero-width and bidirectional controls; map non-breaking and other spaces to U+0020.
    pub controls: bool,
    /// Drop harakat, tanween, shadda, sukun, superscript alef and Quranic marks.
    pub diacritics: bool,
    /// Drop tatweel.
    pub tatweel: bool,
    /// Map alef with hamza or madda and alef wasla (أ إ آ ٱ) to bare alef (ا).
    pub alef: bool,
    /// Map hamza on waw and ya (ؤ ئ) to the bare carrier (و ي). Lossy.
    pub hamza: bool,
    /// Map alef maqsura (ى) to ya (ي). Lossy.
    pub alef_maqsura: bool,
    /// Map ta marbuta (ة) to ha (ه). Lossy.
    pub ta_marbuta: bool,
    /// Map Persian and Urdu letter variants (ک ی ہ ە) to their Arabic counterparts.
    pub persian_letters: bool,
    /// Map Arabic-Indic and Persian digits (and the Arabic decimal and thousands separators and
    /// percent sign) to ASCII.
    pub digits: bool,
    /// Map Arabic comma, semicolon and question mark (، ؛ ؟) to ASCII.
    pub punctuation: bool,
}

impl Default for Normalizer {
    fn default() -> Self {
        Self::standard()
    }
}

/// What one character becomes.
enum Mapped {
    Keep,
    Drop,
    Char(char),
}

impl Normalizer {
    /// Lossless for a reader: only invisible or compatibility differences are removed.
    #[must_use]
    pub const fn display() -> Self {
        Self {
            compatibility: true,
            controls: true,
            diacritics: false,
            tatweel: false,
            alef: false,
            hamza: false,
            alef_maqsura: false,
            ta_marbuta: false,
            persian_letters: false,
            digits: false,
            punctuation: false,
        }
    }

    /// The form tokens carry: spelling noise removed, distinctions that carry meaning kept
    /// (ta marbuta, alef maqsura and hamza on carriers stay).
    #[must_use]
    pub const fn standard() -> Self {
        Self {
            diacritics: true,
            tatweel: true,
            alef: true,
            persian_letters: true,
            digits: true,
            punctuation: true,
            ..Self::display()
        }
    }

    /// For search and matching: also folds the lossy distinctions people often miss in writing.
    #[must_use]
    pub const fn search() -> Self {
        Self {
            hamza: true,
            alef_maqsura: true,
            ta_marbuta: true,
            ..Self::standard()
        }
    }

    fn map(&self, c: char) -> Mapped {
        if c.is_ascii() {
            return Mapped::Keep;
        }
        match c {
            _ if self.controls && is_invisible_control(c) => Mapped::Drop,
            _ if self.controls
                && c != ' '
                && c != '\n'
                && c != '\t'
                && c != '\r'
                && c.is_whitespace() =>
            {
                Mapped::Char(' ')
            }
            _ if self.diacritics && is_arabic_mark(c) => Mapped::Drop,
            TATWEEL if self.tatweel => Mapped::Drop,
            'أ' | 'إ' | 'آ' | 'ٱ' | '\u{0672}' | '\u{0673}' if self.alef => Mapped::Char('ا'),
            'ؤ' if self.hamza => Mapped::Char('و'),
            'ئ' if self.hamza => Mapped::Char('ي'),
            'ى' if self.alef_maqsura => Mapped::Char('ي'),
            'ة' if self.ta_marbuta => Mapped::Char('ه'),
            'ک' if self.persian_letters => Mapped::Char('ك'),
            'ی' if self.persian_letters => {
                Mapped::Char(if self.alef_maqsura { 'ي' } else { 'ى' })
            }
            'ي' | 'ى' => Mapped::Keep,
            'ہ' | 'ە' | 'ھ' if self.persian_letters => Mapped::Char('ه'),
            '\u{066B}' if self.digits => Mapped::Char('.'),
            '\u{066C}' if self.digits => Mapped::Char(','),
            '\u{066A}' if self.digits => Mapped::Char('%'),
            '،' if self.punctuation => Mapped::Char(','),
            '؛' if self.punctuation => Mapped::Char(';'),
            '؟' if self.punctuation => Mapped::Char('?'),
            _ if self.digits => match digit_value(c) {
                Some(d) => Mapped::Char(char::from(b'0' + d)),
                None => Mapped::Keep,
            },
            _ => Mapped::Keep,
        }
    }

    fn changes(&self, c: char) -> bool {
        !matches!(self.map(c), Mapped::Keep) || (self.compatibility && is_presentation_form(c))
    }

    /// The normalized form of `text`; borrowed when nothing changes.
    #[must_use]
    pub fn normalize<'a>(&self, text: &'a str) -> Cow<'a, str> {
        // Cheap check first: most tokens of undiacritized news need no change at all.
        match text.char_indices().find(|&(_, c)| self.changes(c)) {
            None => Cow::Borrowed(text),
            Some((first, _)) => {
                let mut out = String::with_capacity(text.len());
                out.push_str(&text[..first]);
                self.push_normalized(&text[first..], &mut out);
                Cow::Owned(out)
            }
        }
    }

    /// Appends the normalized form of `text` to `out`.
    pub fn normalize_into(&self, text: &str, out: &mut String) {
        match self.normalize(text) {
            Cow::Borrowed(s) => out.push_str(s),
            Cow::Owned(s) => out.push_str(&s),
        }
    }

    fn push_normalized(&self, text: &str, out: &mut String) {
        let mut rest = text;
        while let Some(c) = rest.chars().next() {
            if self.compatibility && is_presentation_form(c) {
                // Normalize the whole run of presentation forms at once so that NFKC can
                // compose what it decomposes.
                let end = rest
                    .char_indices()
                    .find(|&(_, c)| !is_presentation_form(c))
                    .map_or(rest.len(), |(i, _)| i);
                for d in rest[..end].nfkc() {
                    self.push_char(d, out);
                }
                rest = &rest[end..];
            } else {
                self.push_char(c, out);
                rest = &rest[c.len_utf8()..];
            }
        }
    }

    fn push_char(&self, c: char, out: &mut String) {
        match self.map(c) {
            Mapped::Keep => out.push(c),
            Mapped::Drop => {}
            Mapped::Char(m) => out.push(m),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn standard_profile() {
        let n = Normalizer::standard();
        assert_eq!(n.normalize("أَعْلَنَتْ"), "اعلنت");
        assert_eq!(n.normalize("العراقيّة"), "العراقية");
        assert_eq!(n.normalize("جـــديد"), "جديد");
        assert_eq!(n.normalize("٣٥٠٠"), "3500");
        assert_eq!(n.normalize("۱۴"), "14");
        assert_eq!(n.normalize("٢٫٥"), "2.5");
        assert_eq!(n.normalize("؟"), "?");
        assert_eq!(n.normalize("ٱلله"), "الله");
        assert_eq!(n.normalize("ﺑﺴﻢ"), "بسم");
        assert_eq!(n.normalize("a\u{200F}b\u{00A0}c"), "ab c");
        assert_eq!(n.normalize("مسؤول"), "مسؤول");
        assert_eq!(n.normalize("على"), "على");
    }

    #[test]
    fn search_profile_is_lossy() {
        let n = Normalizer::search();
        assert_eq!(n.normalize("مسؤولة"), "مسووله");
        assert_eq!(n.normalize("على"), "علي");
        assert_eq!(n.normalize("ی"), "ي");
    }

    #[test]
    fn display_profile_keeps_letters() {
        let n = Normalizer::display();
        assert_eq!(n.normalize("أَعْلَنَتْ"), "أَعْلَنَتْ");
        assert_eq!(n.normalize("ﻷن"), "لأن");
    }

    #[test]
    fn borrowed_when_unchanged() {
        assert!(matches!(
            Normalizer::standard().normalize("بغداد"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn idempotent_on_tricky_input() {
        for n in [
            Normalizer::display(),
            Normalizer::standard(),
            Normalizer::search(),
        ] {
            for s in ["ﷺ ﷲ ﻵ ﱞ", "\u{FC5E}", "ئؤإآٱ ۰۱ ک ی ہ", "ـًٌٍَُِّْٰ"]
            {
                let once = n.normalize(s).into_owned();
                assert_eq!(n.normalize(&once), once, "{s:?}");
            }
        }
    }
}
