//! Search keys for Arabic words: a stem and a spelling-variant fold.
//!
//! The index matches words by [`search_stem`]: the morphology model (`rasd-morph`) removes
//! conjunctions, prepositions, the future particle, the article and pronoun enclitics where its
//! lexicon and weights say they are clitics (`وبالانتخابات` → `انتخابات`, while `وزير`, `والي`
//! and `بلد` stay whole); the result is put in the search normalization
//! ([`rasd_text::normalize::Normalizer::search`]: hamza carriers, alef variants, ta marbuta and
//! alef maqsura folded) and the common plural, dual, feminine and pronoun suffixes are stripped,
//! in the manner of Larkey's Light10, so that `انتخابات`, `الانتخابات`, `وبالانتخابات` and
//! `انتخاب` share one key. [`stem`] is the same without the model (prefixes stripped by rule),
//! used only if the model cannot be loaded.
//!
//! [`fold`] goes one step further for a second, lower-weighted field: it drops the long vowels
//! (ا و ي) after the first letter, the letters whose spelling varies most in transcribed names
//! (`الأميركية` / `الأمريكية`, `بريطانيا` / `بريطانية`, `فيسبوك` / `فيسبووك`). It is a general rule,
//! not a list of words; the price is that it conflates some words (`كاتب`, `كتب`), which is why
//! it only ever adds matches beside the stem field and weighs less.

/// Prefixes removed before anything else, longest first. Each is removed only when at least
/// `MIN_STEM` letters remain.
const ARTICLE_PREFIXES: &[&str] = &["وال", "بال", "كال", "فال", "لل", "ال"];

/// Suffixes removed one at a time, longest first, while at least `MIN_STEM` letters remain.
const SUFFIXES: &[&str] = &[
    "هما", "كما", "تين", "تان", "ات", "ان", "ين", "ون", "وا", "يه", "يا", "ها", "هم", "هن", "كم",
    "كن", "نا", "ه", "ي",
];

/// The fewest letters a stem keeps.
const MIN_STEM: usize = 2;

fn letters(s: &str) -> usize {
    s.chars().count()
}

/// The light stem of a search-normalized Arabic word. Never empty for a non-empty word.
///
/// A word and its form with the article or a conjunction always share a key; the price is that
/// a root beginning with و loses it in words of four letters or more (`وزير` → `زير`), on both
/// the indexing and the query side alike.
#[must_use]
pub fn stem(word: &str) -> String {
    let mut w = word;
    // The conjunction و is removed only from words of four letters or more: `ولد` keeps it.
    if letters(w) >= 4
        && let Some(rest) = w.strip_prefix('و')
    {
        w = rest;
    }
    for p in ARTICLE_PREFIXES {
        if let Some(rest) = w.strip_prefix(p)
            && letters(rest) >= MIN_STEM
        {
            w = rest;
            // The same rule again after the article, so that a word and its definite form
            // always share a key (`الوزير` and `وزير`).
            if letters(w) >= 4
                && let Some(rest) = w.strip_prefix('و')
            {
                w = rest;
            }
            break;
        }
    }
    // Up to two suffixes: `اتها` (plural + pronoun), `يين` is handled as `ين` then `ي`.
    strip_suffixes(w).to_owned()
}

/// The search stem of an Arabic word as written: clitics and the article removed by the
/// morphology model ([`rasd_morph::Segmenter::stem`], which keeps `وزير`, `والي` and `بلد`
/// whole where a blind prefix rule would not), then put in the search normalization with the
/// inflectional suffixes stripped as in [`stem`]. Falls back to [`stem`] alone if the model
/// cannot be loaded.
#[must_use]
pub fn search_stem(written: &str) -> String {
    // News repeats its words: indexing a corpus or highlighting hits asks for the same few
    // thousand words over and over, so each thread remembers the answers it gave.
    thread_local! {
        static CACHE: std::cell::RefCell<rustc_hash::FxHashMap<String, String>> =
            std::cell::RefCell::default();
    }
    /// Entries kept per thread before the cache starts over (a few MB).
    const CACHE_LIMIT: usize = 100_000;
    if let Some(hit) = CACHE.with(|c| c.borrow().get(written).cloned()) {
        return hit;
    }
    let key = uncached_search_stem(written);
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= CACHE_LIMIT {
            c.clear();
        }
        c.insert(written.to_owned(), key.clone());
    });
    key
}

fn uncached_search_stem(written: &str) -> String {
    let search = rasd_text::normalize::Normalizer::search();
    // Asked once: a model that failed to load is not asked again for every word.
    static SEGMENTER: std::sync::OnceLock<Option<&'static rasd_morph::Segmenter>> =
        std::sync::OnceLock::new();
    match SEGMENTER.get_or_init(|| rasd_morph::Segmenter::embedded().ok()) {
        Some(segmenter) => {
            let base = segmenter.stem(written);
            let norm = search.normalize(&base);
            let stripped = strip_suffixes(&norm);
            if stripped.is_empty() {
                norm.into_owned()
            } else {
                stripped.to_owned()
            }
        }
        None => stem(&search.normalize(written)),
    }
}

/// `word` with up to two inflectional or pronoun suffixes removed, keeping `MIN_STEM` letters.
fn strip_suffixes(word: &str) -> &str {
    let mut w = word;
    for _ in 0..2 {
        let before = w;
        for s in SUFFIXES {
            if let Some(rest) = w.strip_suffix(s)
                && letters(rest) > MIN_STEM
            {
                w = rest;
                break;
            }
        }
        if w == before {
            break;
        }
    }
    w
}

/// The spelling-variant fold of a stem: long vowels after the first letter dropped.
#[must_use]
pub fn fold(stem: &str) -> String {
    let mut out = String::with_capacity(stem.len());
    for (i, c) in stem.chars().enumerate() {
        if i > 0 && matches!(c, 'ا' | 'و' | 'ي') {
            continue;
        }
        out.push(c);
    }
    if out.is_empty() { stem.to_owned() } else { out }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rasd_text::normalize::Normalizer;

    fn key(w: &str) -> String {
        stem(&Normalizer::search().normalize(w))
    }

    #[test]
    fn clitics_and_plurals_share_a_stem() {
        assert_eq!(key("انتخابات"), key("الانتخابات"));
        assert_eq!(key("انتخابات"), key("وبالانتخابات"));
        assert_eq!(key("وزير"), key("الوزير"));
        assert_eq!(key("وقال"), key("قال"));
        assert_eq!(key("ورد"), key("الورد"));
        assert_eq!(key("المعلمون"), key("معلمين"));
    }

    #[test]
    fn model_stems_keep_roots_and_join_inflections() {
        let k = |w: &str| search_stem(w);
        assert_eq!(k("انتخابات"), k("الانتخابات"));
        assert_eq!(k("انتخابات"), k("وبالانتخابات"));
        assert_eq!(k("وزير"), k("الوزير"));
        assert_eq!(k("وزير"), k("ووزير"));
        assert_eq!(k("الأميركية"), k("الاميركية"));
        assert_eq!(fold(&k("الأميركية")), fold(&k("الأمريكية")));
    }

    #[test]
    fn fold_joins_spelling_variants() {
        assert_eq!(fold(&key("الأميركية")), fold(&key("الأمريكية")));
        assert_eq!(fold(&key("الاميركية")), fold(&key("الأمريكية")));
        assert_eq!(fold(&key("ا")), "ا");
    }
}
