//! Religious formulae that follow names in Arabic news (`رحمه الله`, `حفظه الله`, `عليه
//! السلام`) and that a tagger, having seen the name, runs on into.
//!
//! `توفي الشيخ عبدالله رحمه الله` names `عبدالله`; `رحمه الله` ("God have mercy on him") is
//! a blessing, never part of a name, and the word `الله` that ends it is no entity of the
//! article. A mention is cut where a formula begins, and one that begins with a formula or
//! with the word `الله` itself is none.

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

use super::norm::normalize;

/// Verbs of blessing that take `الله` as their subject right after them (`رحمه الله`, `أيده
/// الله`, `رضي الله عنه`, `طيب الله ثراه`, `صلى الله عليه وسلم`), with their pronouns.
const BLESSINGS: &[&str] = &[
    "رحمه",
    "رحمها",
    "رحمهم",
    "رحمهما",
    "يرحمه",
    "يرحمها",
    "يرحمهم",
    "حفظه",
    "حفظها",
    "حفظهم",
    "يحفظه",
    "يحفظها",
    "يحفظهم",
    "رعاه",
    "رعاها",
    "يرعاه",
    "أيده",
    "أيدها",
    "رضي",
    "صلى",
    "طيب",
    "غفر",
    "تغمده",
    "تغمدها",
    "أطال",
    "عافاه",
    "شفاه",
];

/// Prepositions with a pronoun that open `عليه السلام`.
const UPON: &[&str] = &["عليه", "عليها", "عليهم", "عليهما"];

/// The word `الله`, normalized.
const GOD: &str = "الله";

/// [`BLESSINGS`] and [`UPON`], normalized.
static BLESSING_WORDS: LazyLock<FxHashSet<String>> =
    LazyLock::new(|| BLESSINGS.iter().map(|w| normalize(w)).collect());
static UPON_WORDS: LazyLock<FxHashSet<String>> =
    LazyLock::new(|| UPON.iter().map(|w| normalize(w)).collect());
/// `السلام` of `عليه السلام`, normalized.
static PEACE: LazyLock<String> = LazyLock::new(|| normalize("السلام"));

/// Whether a formula of blessing begins at `k` in the normalized `words`.
#[must_use]
pub fn begins_at(words: &[String], k: usize) -> bool {
    let (Some(w), Some(next)) = (words.get(k), words.get(k + 1)) else {
        return false;
    };
    (BLESSING_WORDS.contains(w) && next == GOD) || (UPON_WORDS.contains(w) && *next == *PEACE)
}

/// Where the name among the normalized `words` of a mention ends: at the first formula of
/// blessing inside it. `0` when the mention begins with one, or with the word `الله`.
#[must_use]
pub fn name_end(words: &[String]) -> usize {
    if words.first().is_some_and(|w| w == GOD) {
        return 0;
    }
    (0..words.len())
        .find(|&k| begins_at(words, k))
        .unwrap_or(words.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        text.split_whitespace().map(normalize).collect()
    }

    #[test]
    fn a_blessing_ends_the_name() {
        assert_eq!(name_end(&words("سعد العتيبي رحمه الله")), 2);
        assert_eq!(name_end(&words("الملك فهد يرحمه الله")), 2);
        assert_eq!(name_end(&words("موسى عليه السلام")), 1);
        assert_eq!(name_end(&words("حفظه الله")), 0);
        assert_eq!(name_end(&words("الله العظيم")), 0);
    }

    #[test]
    fn names_with_the_word_of_god_are_kept() {
        assert_eq!(name_end(&words("عبد الله الحربي")), 3);
        assert_eq!(name_end(&words("حزب الله")), 2);
        assert_eq!(name_end(&words("نصر الله")), 2);
    }
}
