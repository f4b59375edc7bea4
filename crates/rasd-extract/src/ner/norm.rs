//! The tagger's own normalization of a word, fixed so that a shipped model keeps meaning the
//! same thing whatever the engine's configurable normalizer does.
//!
//! It is the lossy search profile: diacritics and tatweel dropped, alef, hamza-carrier, alef
//! maqsura and ta marbuta variants unified, Arabic-Indic digits as ASCII, Latin lower-cased.

/// Appends the normalized form of `word` to `out`.
pub fn normalize_into(word: &str, out: &mut String) {
    for c in word.chars() {
        match c {
            // Harakat, tanween, shadda, sukun, superscript alef, Quranic marks, tatweel.
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0640}' => {}
            // Invisible controls that leak in from web text.
            '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => {}
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ؤ' => out.push('و'),
            'ئ' | 'ى' | 'ی' => out.push('ي'),
            'ة' => out.push('ه'),
            'ک' => out.push('ك'),
            '٠'..='٩' => out.push(char::from(b'0' + (c as u32 - 0x0660) as u8)),
            '۰'..='۹' => out.push(char::from(b'0' + (c as u32 - 0x06F0) as u8)),
            c if c.is_ascii_uppercase() => out.push(c.to_ascii_lowercase()),
            c => out.push(c),
        }
    }
}

/// The normalized form of `word`.
#[must_use]
pub fn normalize(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    normalize_into(word, &mut out);
    out
}

/// Whether `c` is an Arabic letter (not a mark, digit or punctuation).
#[must_use]
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}' | '\u{0671}'..='\u{06D3}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unifies_variants() {
        assert_eq!(normalize("الأميركيّة"), "الاميركيه");
        assert_eq!(normalize("إلى"), "الي");
        assert_eq!(normalize("٢٠٢١"), "2021");
        assert_eq!(normalize("NATO"), "nato");
        assert_eq!(normalize(&normalize("مُؤتمر")), normalize("مُؤتمر"));
    }
}
