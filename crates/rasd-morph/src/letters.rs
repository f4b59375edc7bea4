//! The letters of a word as the model sees them, with the byte offset of each in the word.
//!
//! The model works on a *key*: the word's letters with diacritics and tatweel dropped and alef
//! variants folded to bare alef (the spelling noise that the training data itself folds). Alef
//! maqsura stays distinct from ya: `والي` (governor) and `والى` (`و+الى`) are told apart by it. Segment boundaries are decided between key letters and mapped back to
//! byte offsets in the word as written, so a segment keeps the diacritics that follow its
//! letters and the segments always concatenate back to the word.

use rasd_text::chars::{TATWEEL, is_arabic_mark};

/// The key form of one letter.
#[must_use]
pub(crate) const fn key_char(c: char) -> char {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ی' => 'ي',
        'ک' => 'ك',
        _ => c,
    }
}

/// The key of a word: see the module docs.
#[must_use]
pub fn key(word: &str) -> String {
    word.chars()
        .filter(|&c| !is_arabic_mark(c) && c != TATWEEL)
        .map(key_char)
        .collect()
}

/// A word's key letters and where each starts in the word.
#[derive(Debug, Default)]
pub(crate) struct Letters {
    /// Key letters.
    pub keys: Vec<char>,
    /// Byte offset in the word where each letter starts.
    starts: Vec<usize>,
    /// Byte length of the word.
    end: usize,
    /// Whether the last letter is written alef maqsura (`ى`): folded to `ي` in the key, but it
    /// cannot be the pronoun `ي`.
    pub final_maqsura: bool,
    /// Whether the word is `و` and then an alef written with its hamza (`وأحد`, `وأردف`): folded
    /// in the key, which then spells a word of its own (`واحد`, one), but hardly a word has
    /// such a second letter, so the first is the conjunction. After `ف` some do (`فأر`, a
    /// mouse).
    pub hamza_after_conjunction: bool,
}

impl Letters {
    /// Reads the letters of `word`.
    pub fn new(word: &str) -> Self {
        let mut keys = Vec::with_capacity(word.len() / 2);
        let mut starts = Vec::with_capacity(word.len() / 2);
        let mut last = ' ';
        let mut hamza_after_conjunction = false;
        for (i, c) in word.char_indices() {
            if is_arabic_mark(c) || c == TATWEEL {
                continue;
            }
            if keys.len() == 1 && keys[0] == 'و' {
                hamza_after_conjunction = matches!(c, 'أ' | 'إ' | 'آ');
            }
            keys.push(key_char(c));
            starts.push(i);
            last = c;
        }
        Self {
            keys,
            starts,
            end: word.len(),
            final_maqsura: matches!(last, 'ى' | 'ی'),
            hamza_after_conjunction,
        }
    }

    /// Number of letters.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// The byte offset of the boundary before letter `k` (`0` before the first, the word's end
    /// after the last). Marks before the first letter belong to the first segment.
    pub fn offset(&self, k: usize) -> usize {
        if k == 0 {
            0
        } else {
            self.starts.get(k).copied().unwrap_or(self.end)
        }
    }

    /// The key letters `a..b` as a string.
    pub fn slice(&self, a: usize, b: usize) -> String {
        self.keys
            .get(a..b)
            .map(|s| s.iter().collect())
            .unwrap_or_default()
    }
}
