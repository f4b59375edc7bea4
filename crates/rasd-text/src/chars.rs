//! Character classes for Arabic text.
//!
//! Rust's `char::is_alphabetic` counts harakat and tatweel as letters and knows nothing of
//! Arabic-Indic digits, so rasd keeps its own small, explicit classes. Ranges follow the Unicode
//! Arabic blocks (U+0600–U+06FF, U+0750–U+077F, U+08A0–U+08FF, and the presentation forms).

/// The tatweel (kashida), a purely typographic stretch: `U+0640`.
pub const TATWEEL: char = '\u{0640}';

/// Whether `c` is an Arabic-script letter (including Persian/Urdu letters and presentation forms).
#[must_use]
pub const fn is_arabic_letter(c: char) -> bool {
    matches!(c,
        '\u{0620}'..='\u{063F}'
        | '\u{0641}'..='\u{064A}'
        | '\u{066E}'..='\u{066F}'
        | '\u{0671}'..='\u{06D3}'
        | '\u{06D5}'
        | '\u{06EE}'..='\u{06EF}'
        | '\u{06FA}'..='\u{06FC}'
        | '\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{08A0}'..='\u{08C9}'
        | '\u{FB50}'..='\u{FDFB}'
        | '\u{FE70}'..='\u{FEFC}')
}

/// Whether `c` is an Arabic combining mark: harakat, tanween, shadda, sukun, superscript alef,
/// Quranic annotation signs.
#[must_use]
pub const fn is_arabic_mark(c: char) -> bool {
    matches!(c,
        '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E4}'
        | '\u{06E7}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}'
        | '\u{08CA}'..='\u{08FF}')
}

/// Whether `c` can be part of an Arabic word as written: a letter, a mark or tatweel.
#[must_use]
pub const fn is_arabic_word_char(c: char) -> bool {
    is_arabic_letter(c) || is_arabic_mark(c) || c == TATWEEL
}

/// Whether `c` is in an Arabic presentation-forms block (ligatures and contextual shapes that
/// compatibility normalization maps back to ordinary letters).
#[must_use]
pub const fn is_presentation_form(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}')
}

/// The value of a decimal digit in ASCII, Arabic-Indic (`٣`) or Persian (`۳`) form.
#[must_use]
pub const fn digit_value(c: char) -> Option<u8> {
    match c {
        '0'..='9' => Some(c as u8 - b'0'),
        '\u{0660}'..='\u{0669}' => Some((c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => Some((c as u32 - 0x06F0) as u8),
        _ => None,
    }
}

/// Whether `c` is a decimal digit in any of the forms [`digit_value`] knows.
#[must_use]
pub const fn is_digit(c: char) -> bool {
    digit_value(c).is_some()
}

/// Whether `c` is an invisible format control that carries no text: zero-width spaces and
/// joiners, bidirectional marks, embeddings and isolates, the Arabic letter mark, the byte-order
/// mark and the soft hyphen.
#[must_use]
pub const fn is_invisible_control(c: char) -> bool {
    matches!(c,
        '\u{00AD}'
        | '\u{061C}'
        | '\u{180E}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}')
}

/// Whether `c` is a Latin letter (ASCII or accented).
#[must_use]
pub fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || (matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}') && c.is_alphabetic())
}

/// Whether `c` ends a sentence when it stands at the end of one: `.` `!` `?` `؟` `…` and the
/// Arabic full stop `۔`.
#[must_use]
pub const fn is_sentence_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '\u{061F}' | '\u{2026}' | '\u{06D4}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        assert!(is_arabic_letter('ب'));
        assert!(!is_arabic_letter('\u{064E}'));
        assert!(is_arabic_mark('\u{064E}'));
        assert!(is_arabic_word_char(TATWEEL));
        assert_eq!(digit_value('٣'), Some(3));
        assert_eq!(digit_value('۷'), Some(7));
        assert!(is_invisible_control('\u{200F}'));
        assert!(is_latin_letter('é'));
        assert!(!is_latin_letter('ب'));
    }
}
