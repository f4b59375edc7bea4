//! The tagger's own normalization of a word, fixed so that a shipped model keeps meaning the
//! same thing whatever the engine's configurable normalizer does.
//!
//! It is the lossy search profile: diacritics and tatweel dropped, alef, hamza-carrier, alef
//! maqsura and ta marbuta variants unified, Arabic-Indic digits as ASCII, Latin lower-cased.

/// The normalized form of one character: `None` for a mark or control that is dropped.
fn fold(c: char) -> Option<char> {
    match c {
        // Harakat, tanween, shadda, sukun, superscript alef, Quranic marks, tatweel.
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0640}' => None,
        // Invisible controls that leak in from web text.
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => None,
        'أ' | 'إ' | 'آ' | 'ٱ' => Some('ا'),
        'ؤ' => Some('و'),
        'ئ' | 'ى' | 'ی' => Some('ي'),
        'ة' => Some('ه'),
        'ک' => Some('ك'),
        '٠'..='٩' => Some(char::from(b'0' + (c as u32 - 0x0660) as u8)),
        '۰'..='۹' => Some(char::from(b'0' + (c as u32 - 0x06F0) as u8)),
        c => Some(c.to_ascii_lowercase()),
    }
}

/// Appends the normalized form of `word` to `out`.
pub fn normalize_into(word: &str, out: &mut String) {
    out.extend(word.chars().filter_map(fold));
}

/// Whether `norm`, already normalized, is the normalized form of `word`: a comparison with a
/// listed word that allocates nothing, for rules that test words against short lists.
#[must_use]
pub fn same(norm: &str, word: &str) -> bool {
    // Rules call this millions of times an article corpus, mostly on words that differ: the
    // bytes both share are compared first, and only a word that differs at a letter folding
    // changes is folded. `norm` being normalized, a shared start folds to itself.
    let shared = norm
        .bytes()
        .zip(word.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    if shared == word.len() {
        return shared == norm.len();
    }
    let start = (0..=shared)
        .rev()
        .find(|&i| word.is_char_boundary(i))
        .unwrap_or(0);
    match word.get(start..).and_then(|rest| rest.chars().next()) {
        // The words part at a letter folding keeps: nothing after can bring them together.
        Some(c) if fold(c) == Some(c) => false,
        _ => norm.chars().eq(word.chars().filter_map(fold)),
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

    #[test]
    fn same_agrees_with_normalizing_both() {
        let words = [
            "",
            "ا",
            "أ",
            "ال",
            "الأمن",
            "الامن",
            "الأمنُ",
            "امن",
            "مؤتمر",
            "مؤتمرات",
            "مدرسة",
            "مدرسه",
            "مدرس",
            "إلى",
            "الي",
            "ال\u{640}ي",
            "٢٠٢١",
            "2021",
            "NATO",
            "nato",
            "قال",
            "قالت",
            "قا",
            "ق\u{64E}ال",
            "\u{64E}",
            "بين",
            "بي",
            "يكن",
            "ی",
            "ي",
        ];
        for a in words {
            let norm = normalize(a);
            for b in words {
                assert_eq!(same(&norm, b), norm == normalize(b), "{a} / {b}");
            }
        }
    }
}
