//! The closed grammar of clitics: which prefixes and suffixes a word may be split into.
//!
//! Candidates are enumerated from these short lists and a learned model chooses among them
//! (see [`crate::model`]). The lists are the clitics of Modern Standard Arabic as the Penn
//! Arabic Treebank separates them; they are complete, not tuned to any text.

/// Proclitic sequences, in key letters. Ordered by length so enumeration is predictable.
/// `س` (future) only goes before an imperfective verb prefix; that is checked when candidates are made.
pub const PREFIXES: [&str; 15] = [
    "", "و", "ف", "ب", "ك", "ل", "س", "وب", "وك", "ول", "وس", "فب", "فك", "فل", "فس",
];

/// Pronoun enclitics, in key letters.
pub const SUFFIXES: [&str; 13] = [
    "", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "نا", "ني", "ي",
];

/// Letters an imperfective verb starts with (what may follow the future `س`). The first person
/// `سأ` is left out: it is rare in news, while names beginning with `سا` are common.
const IMPERFECTIVE: [char; 3] = ['ي', 'ت', 'ن'];

/// Words longer than this are never split (they are not words of running text).
pub(crate) const MAX_LETTERS: usize = 40;

/// One way to split a word's key into clitics: `prefix` letters, a stem, `suffix` letters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Split {
    /// Number of proclitic letters.
    pub prefix: u8,
    /// Number of enclitic letters.
    pub suffix: u8,
}

impl Split {
    /// No clitics.
    pub const WHOLE: Split = Split {
        prefix: 0,
        suffix: 0,
    };
}

fn starts_with(keys: &[char], s: &str) -> bool {
    s.chars().enumerate().all(|(i, c)| keys.get(i) == Some(&c))
}

fn ends_with(keys: &[char], s: &str) -> bool {
    let n = s.chars().count();
    keys.len() >= n && starts_with(&keys[keys.len() - n..], s)
}

/// Whether `prefix` may precede the stem starting at `keys[p..]`.
fn valid_prefix(prefix: &str, keys: &[char], p: usize) -> bool {
    if prefix.ends_with('س') {
        // An imperfective verb has a person prefix and at least two root letters after it.
        return keys.get(p).is_some_and(|c| IMPERFECTIVE.contains(c)) && keys.len() >= p + 3;
    }
    true
}

/// Every split the grammar allows for `keys`, the whole word first. When the word ends in alef
/// maqsura (`final_maqsura`), no enclitic ending in `ي` is possible.
pub(crate) fn candidates(keys: &[char], final_maqsura: bool, out: &mut Vec<Split>) {
    out.clear();
    out.push(Split::WHOLE);
    let n = keys.len();
    if !(2..=MAX_LETTERS).contains(&n) {
        return;
    }
    for prefix in PREFIXES {
        let p = prefix.chars().count();
        if !starts_with(keys, prefix) || !valid_prefix(prefix, keys, p) {
            continue;
        }
        for suffix in SUFFIXES {
            if p == 0 && suffix.is_empty() {
                continue;
            }
            let s = suffix.chars().count();
            if p + s > n || !ends_with(keys, suffix) || (final_maqsura && suffix.ends_with('ي')) {
                continue;
            }
            let stem = n - p - s;
            // A stem has two letters at least, except a preposition with only a pronoun
            // (`له`, `بها`, `لنا`), where the pronoun is the whole host.
            // `لكن` is "but", not "for you (feminine plural)": that pronoun is left out here.
            let prep_pronoun = stem == 0
                && s > 0
                && suffix != "كن"
                && matches!(prefix.chars().last(), Some('ب' | 'ل' | 'ك'));
            if stem < 2 && !prep_pronoun {
                continue;
            }
            // The article and a possessive pronoun never go together on a noun; the verbs that
            // begin with `ال` and take a pronoun (`التقاه`) are too rare to pay for the names
            // and adjectives this would otherwise cut (`الارهابي`, `الروك`).
            // (`الي+ه`, three letters, is the preposition `الى` with a pronoun.)
            if s > 0 && stem >= 4 && keys[p] == 'ا' && keys[p + 1] == 'ل' {
                continue;
            }
            // The article alone is no stem (`و+ال+ي` is not a reading of `والي`).
            if stem == 2 && keys[p] == 'ا' && keys[p + 1] == 'ل' {
                continue;
            }
            out.push(Split {
                prefix: p as u8,
                suffix: s as u8,
            });
        }
    }
}

/// Whether a host written `ال…` leaves a stem of two letters or more after the article, a
/// final `ة` (or `ت` before a pronoun, when `before_pronoun`) set aside. No noun has a
/// one-letter stem, so `الة` and `الات` (`آلة`, `آلات` with the alef folded) cannot be the
/// article on a word; `اليد`, `الدم`, `الذات` can.
pub(crate) fn article_has_stem(host: &[char], before_pronoun: bool) -> bool {
    let Some(rest) = host.strip_prefix(&['ا', 'ل'][..]) else {
        return true;
    };
    if rest == ['ا', 'ت'] {
        return false;
    }
    let core = match rest.split_last() {
        Some((&'ة', core)) => core,
        Some((&'ت', core)) if before_pronoun => core,
        _ => rest,
    };
    core.len() >= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    fn splits(word: &str) -> Vec<(u8, u8)> {
        let keys: Vec<char> = word.chars().collect();
        let mut out = Vec::new();
        candidates(&keys, false, &mut out);
        out.iter().map(|s| (s.prefix, s.suffix)).collect()
    }

    #[test]
    fn enumerates_clitic_splits() {
        let s = splits("وبقواعدهم");
        assert!(s.contains(&(2, 2)));
        assert!(s.contains(&(0, 0)));
        assert!(splits("له").contains(&(1, 1)));
        // The future particle needs an imperfective verb after it.
        assert!(splits("سيقول").contains(&(1, 0)));
        assert!(!splits("سلام").contains(&(1, 0)));
        assert!(!splits("والي").contains(&(1, 1)));
    }

    #[test]
    fn a_host_needs_a_stem_after_the_article() {
        let host = |w: &str| w.chars().collect::<Vec<char>>();
        assert!(!article_has_stem(&host("الة"), false));
        assert!(!article_has_stem(&host("الات"), false));
        assert!(!article_has_stem(&host("الت"), true));
        assert!(article_has_stem(&host("اليد"), false));
        assert!(article_has_stem(&host("الذات"), false));
        assert!(article_has_stem(&host("قوات"), false));
    }
}
