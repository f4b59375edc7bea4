//! Lists of words the rules look words up in, normalized once and kept as a set.
//!
//! A rule that asks whether any word of a sentence is one of twenty listed words would compare
//! each word with each listed one; over a corpus that is millions of comparisons. A list
//! written as a [`WordList`] is folded by [`normalize`] the first time it is read and then
//! answers with one hash lookup.

use std::ops::Deref;
use std::sync::OnceLock;

use rustc_hash::FxHashSet;

use super::words::Word;
use crate::ner::norm::normalize;

/// A list of words as written in the source, and the set of their normalized forms.
pub(crate) struct WordList {
    words: &'static [&'static str],
    set: OnceLock<FxHashSet<String>>,
}

impl WordList {
    /// The list of `words`, as they are written (with hamzas or ta marbuta, as reads best).
    pub const fn new(words: &'static [&'static str]) -> Self {
        Self {
            words,
            set: OnceLock::new(),
        }
    }

    /// Whether `norm`, a normalized word, is listed.
    pub fn contains(&self, norm: &str) -> bool {
        self.set
            .get_or_init(|| self.words.iter().map(|w| normalize(w)).collect())
            .contains(norm)
    }

    /// Whether `word` is listed, as its light stem or as written.
    pub fn has(&self, word: &Word) -> bool {
        self.contains(&word.stem) || self.contains(&word.norm)
    }
}

/// The words as written, for rules that read them otherwise (as beginnings of stems, say).
impl Deref for WordList {
    type Target = [&'static str];

    fn deref(&self) -> &[&'static str] {
        self.words
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ner::norm::same;

    static LISTED: WordList = WordList::new(&["إلى", "مدرسة", "الأمن", "قال"]);

    #[test]
    fn a_lookup_agrees_with_comparing_each_listed_word() {
        for word in [
            "الي",
            "إلى",
            "مدرسه",
            "مدرسة",
            "الامن",
            "امن",
            "قال",
            "قالت",
            "",
        ] {
            let norm = normalize(word);
            assert_eq!(
                LISTED.contains(&norm),
                LISTED.iter().any(|k| same(&norm, k)),
                "{word}"
            );
        }
        assert_eq!(LISTED.len(), 4);
    }
}
