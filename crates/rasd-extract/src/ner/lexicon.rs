//! Word frequencies (from wordfreq) and the proclitic stripper that leans on them.
//!
//! Arabic glues the conjunctions و ف and the prepositions ب ل ك to the next word, so the name
//! `واشنطن` is written `وواشنطن` after "and". Whether a leading و is a clitic or part of the word
//! cannot be told from letters alone (`واشنطن` itself starts with و), so the stripper takes the
//! split whose remainder is the more frequent word form.

use rasd_text::hashindex::HashIndex;
use rustc_hash::FxHashSet;
use xxhash_rust::xxh3::xxh3_64;

/// Frequency ranks of normalized word forms (0 = most frequent).
///
/// Held compactly (the tagger loads 150,000 words): the words concatenated in rank order, where
/// each ends, and a [`HashIndex`] over their hashes. A lookup finds the candidate by hash and
/// compares the word itself, so answers are exact. About 30 bytes a word instead of 90 in a
/// hash map of strings.
#[derive(Debug, Clone, Default)]
pub struct FreqLexicon {
    /// Hashes of the words.
    index: HashIndex,
    /// For each position of `index`, the word's number (its place in `text`).
    slots: Box<[u32]>,
    /// The words, in rank order, back to back.
    text: String,
    /// Where word `i` ends in `text`.
    ends: Box<[u32]>,
    /// The rank of word `i`, when it is not `i` (a word list with repeats: later copies are
    /// dropped, so ranks skip their places).
    ranks: Box<[u32]>,
}

/// The rank given to words not in the lexicon.
pub const UNKNOWN_RANK: u32 = u32::MAX;

/// Words commoner than this rank are function words and common adverbs, which take no article
/// or ending either: [`FreqLexicon::is_uninflected`] says nothing about them.
pub const UNINFLECTED_MIN_RANK: u32 = 1000;

/// A word this common is the base of a longer word made of it and an ending or a proclitic,
/// whichever is commoner (`بمناسبه` is ب + `مناسبه`).
const INFLECTED_BASE_RANK: u32 = 5000;

/// How many times rarer by rank than the word itself its inflected forms must be for
/// [`FreqLexicon::is_uninflected`].
pub const UNINFLECTED_RATIO: u32 = 40;

/// Endings of Arabic nouns, adjectives and verbs, normalized (`ة` written `ه`): pronouns,
/// the feminine, the dual and plurals, the nisba, and verb persons.
const INFLECTIONS: [&str; 16] = [
    "ه", "ها", "هم", "هما", "كم", "نا", "ي", "يه", "ات", "ان", "ين", "ون", "وا", "ت", "تم", "يين",
];

impl FreqLexicon {
    /// A lexicon from normalized words in descending frequency order. A word seen twice keeps
    /// its first (best) rank.
    #[must_use]
    pub fn from_ranked<I, S>(words: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let mut text = String::new();
        let mut ends = Vec::new();
        for word in words {
            text.push_str(&word.into());
            // Past 4 GiB of text (never, for a word list), words are left out rather than
            // misread.
            let Ok(end) = u32::try_from(text.len()) else {
                break;
            };
            ends.push(end);
        }
        Self::from_concatenated(text, ends)
    }

    /// A lexicon from words back to back in `text`, word `i` ending at `ends[i]`, in rank order
    /// (what a model file holds). Ends that do not fall on a character boundary in order give
    /// empty words.
    #[must_use]
    pub fn from_concatenated(text: String, ends: Vec<u32>) -> Self {
        let lexicon = Self::build(text, ends, Vec::new());
        if !lexicon.index.has_duplicates() {
            return lexicon;
        }
        lexicon.without_repeats()
    }

    fn build(text: String, ends: Vec<u32>, ranks: Vec<u32>) -> Self {
        let mut lexicon = Self {
            text,
            ends: ends.into_boxed_slice(),
            ranks: ranks.into_boxed_slice(),
            ..Self::default()
        };
        let hashes: Vec<u64> = (0..lexicon.ends.len())
            .map(|i| xxh3_64(lexicon.word(i).as_bytes()))
            .collect();
        let mut slots: Vec<u32> = (0..lexicon.ends.len())
            .map(|i| u32::try_from(i).unwrap_or(u32::MAX))
            .collect();
        lexicon.index = HashIndex::build(hashes, |i, j| slots.swap(i, j));
        lexicon.slots = slots.into_boxed_slice();
        lexicon
    }

    /// The same lexicon with each word kept once, at its first rank. Two different words with
    /// the same 64-bit hash would both be kept, and the second never found.
    fn without_repeats(&self) -> Self {
        let mut seen: FxHashSet<&str> = FxHashSet::default();
        let mut text = String::with_capacity(self.text.len());
        let mut ends = Vec::with_capacity(self.ends.len());
        let mut ranks = Vec::with_capacity(self.ends.len());
        for i in 0..self.ends.len() {
            let word = self.word(i);
            if seen.insert(word) {
                text.push_str(word);
                ends.push(u32::try_from(text.len()).unwrap_or(u32::MAX));
                ranks.push(self.rank_of(i));
            }
        }
        Self::build(text, ends, ranks)
    }

    /// Word number `i`.
    fn word(&self, i: usize) -> &str {
        let start = i
            .checked_sub(1)
            .and_then(|p| self.ends.get(p))
            .map_or(0, |&e| e as usize);
        let end = self.ends.get(i).map_or(start, |&e| e as usize);
        self.text.get(start..end).unwrap_or("")
    }

    /// The rank of word number `i`.
    fn rank_of(&self, i: usize) -> u32 {
        self.ranks
            .get(i)
            .copied()
            .unwrap_or_else(|| u32::try_from(i).unwrap_or(UNKNOWN_RANK - 1))
    }

    /// The rank of a normalized word, or [`UNKNOWN_RANK`].
    #[must_use]
    pub fn rank(&self, norm: &str) -> u32 {
        let Some(pos) = self.index.get(xxh3_64(norm.as_bytes())) else {
            return UNKNOWN_RANK;
        };
        match self.slots.get(pos) {
            Some(&i) if self.word(i as usize) == norm => self.rank_of(i as usize),
            _ => UNKNOWN_RANK,
        }
    }

    /// A coarse frequency class: 1 for the hundred commonest words, rising by one for every
    /// doubling of rank; 20 for unknown words.
    #[must_use]
    pub fn bucket(&self, norm: &str) -> u8 {
        match self.rank(norm) {
            UNKNOWN_RANK => 20,
            r => {
                let b = 32 - (r / 100 + 1).leading_zeros();
                u8::try_from(b).unwrap_or(19).min(19)
            }
        }
    }

    /// Whether general text writes `norm` (normalized, without clitics) often enough to rank
    /// beyond the commonest [`UNINFLECTED_MIN_RANK`] words but hardly ever with the article or
    /// an ending of Arabic nouns, adjectives and verbs (every such form at least
    /// [`UNINFLECTED_RATIO`] times rarer by rank, which in a Zipf list is about as much rarer in
    /// use), and the word is no inflected form itself. A foreign name behaves so (`اوباما`,
    /// never `الاوباما` or `اوبامات`); common nouns (`رئيس` / `الرئيس`), adjectives (`جديد` /
    /// `جديده`) and verbs (`قال` / `قالت`) do not. Unknown words say nothing and are left out.
    #[must_use]
    pub fn is_uninflected(&self, norm: &str) -> bool {
        let rank = self.rank(norm);
        if rank == UNKNOWN_RANK || rank < UNINFLECTED_MIN_RANK || self.is_inflected(norm, rank) {
            return false;
        }
        let limit = rank.saturating_mul(UNINFLECTED_RATIO);
        let mut form = String::with_capacity(norm.len() + 8);
        let mut rarer = |before: &str, after: &str| {
            form.clear();
            form.push_str(before);
            form.push_str(norm);
            form.push_str(after);
            self.rank(&form) > limit
        };
        rarer("ال", "") && INFLECTIONS.iter().all(|ending| rarer("", ending))
    }

    /// Whether `norm` (of rank `rank`) reads as an inflected or prefixed form of another word,
    /// which therefore takes no further endings: a known word with the accusative ending or a
    /// pronoun (`خصوصا`, `مفادها`), a commoner word with an ending or a proclitic (`تدريباته`,
    /// `بمناسبة`), an imperfect verb whose other persons are in use (`يرى` / `ترى`), a past verb
    /// with the feminine `ت` (`انتهت`), a preposition with the article (`بالانابه`), or an
    /// adverb of time in `ذاك` (`انذاك`).
    fn is_inflected(&self, norm: &str, rank: u32) -> bool {
        let known = |w: &str| w.chars().count() >= 2 && self.rank(w) != UNKNOWN_RANK;
        let commoner = |w: &str| {
            let r = self.rank(w);
            w.chars().count() >= 2 && (r < rank || r < INFLECTED_BASE_RANK)
        };
        if norm.ends_with("ذاك")
            || ["بال", "لل", "كال", "وال", "فال"]
                .iter()
                .any(|p| norm.starts_with(p))
        {
            return true;
        }
        let mut chars = norm.chars();
        if let Some(person) = chars.next().filter(|c| matches!(c, 'ي' | 'ت' | 'ن')) {
            let stem = chars.as_str();
            let other_person = ['ي', 'ت', 'ن']
                .iter()
                .filter(|&&p| p != person)
                .any(|p| self.rank(&format!("{p}{stem}")) < rank.saturating_mul(4));
            if other_person {
                return true;
            }
        }
        if norm
            .strip_suffix('ت')
            .is_some_and(|stem| known(stem) || known(&format!("{stem}ي")))
        {
            return true;
        }
        // A feminine noun with a pronoun writes its `ة` as `ت` (`مباراته`, `جامعتي`).
        let feminine_with_pronoun = ["ه", "ها", "هم", "هما", "كم", "نا", "ي"].iter().any(|e| {
            norm.strip_suffix(e)
                .and_then(|w| w.strip_suffix('ت'))
                .is_some_and(|stem| known(&format!("{stem}ه")))
        });
        feminine_with_pronoun
            || ["ا", "ه", "ها", "هم", "هما", "كم", "نا", "ته"]
                .iter()
                .any(|e| {
                    norm.strip_suffix(e)
                        .is_some_and(|b| b.chars().count() >= 3 && known(b))
                })
            || INFLECTIONS
                .iter()
                .any(|e| norm.strip_suffix(e).is_some_and(commoner))
            || ['ب', 'ل', 'ك', 'و', 'ف', 'ي']
                .iter()
                .any(|&p| norm.strip_prefix(p).is_some_and(commoner))
    }

    /// Number of words.
    #[must_use]
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether the lexicon is empty.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The words in rank order (for writing a model).
    #[must_use]
    pub fn ranked_words(&self) -> Vec<&str> {
        (0..self.ends.len()).map(|i| self.word(i)).collect()
    }

    /// Bytes held on the heap.
    #[must_use]
    pub fn heap_bytes(&self) -> usize {
        self.index.heap_bytes()
            + self.text.capacity()
            + (self.slots.len() + self.ends.len() + self.ranks.len()) * 4
    }
}

/// A word with its proclitics taken off.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stripped {
    /// Letters removed from the front of the normalized word (0 when nothing was stripped).
    pub clitic_letters: usize,
    /// The word without proclitics, with the article restored after `لل` (`للعراق` → `العراق`).
    pub word: String,
}

/// The proclitic prefixes tried: (letters matched, letters that are clitics, text put back in
/// front of the rest). `لل` is ل + ال with the alef of the article dropped in writing, so only
/// its first letter is a clitic; in `وبال` the article is written and stays with the name.
/// Ordered longest first.
const PREFIXES: &[(&str, usize, &str)] = &[
    ("ولل", 2, "ال"),
    ("فلل", 2, "ال"),
    ("وبال", 2, "ال"),
    ("فبال", 2, "ال"),
    ("وكال", 2, "ال"),
    ("لل", 1, "ال"),
    ("وب", 2, ""),
    ("ول", 2, ""),
    ("وك", 2, ""),
    ("فب", 2, ""),
    ("فل", 2, ""),
    ("و", 1, ""),
    ("ف", 1, ""),
    ("ب", 1, ""),
    ("ل", 1, ""),
    ("ك", 1, ""),
];

impl FreqLexicon {
    /// Strips proclitics from a normalized word when the remainder is a more frequent word form
    /// (or, for words the lexicon does not know, when the remainder starts with the article).
    #[must_use]
    pub fn strip(&self, norm: &str) -> Stripped {
        let full_rank = self.rank(norm);
        let mut best: Option<(u32, usize, String)> = None;
        for &(prefix, letters, restore) in PREFIXES {
            let Some(rest) = norm.strip_prefix(prefix) else {
                continue;
            };
            // Keep at least three letters: `بل`, `ول` are words, not clitic + word.
            if rest.chars().count() + restore.chars().count() < 3 {
                continue;
            }
            let candidate = if restore.is_empty() {
                rest.to_owned()
            } else {
                format!("{restore}{rest}")
            };
            let rank = self.rank(&candidate);
            let accept = if full_rank == UNKNOWN_RANK {
                rank != UNKNOWN_RANK || candidate.starts_with("ال")
            } else {
                rank < full_rank
            };
            if accept && best.as_ref().is_none_or(|(r, _, _)| rank < *r) {
                best = Some((rank, letters, candidate));
            }
        }
        match best {
            Some((_, clitic_letters, word)) => Stripped {
                clitic_letters,
                word,
            },
            None => Stripped {
                clitic_letters: 0,
                word: norm.to_owned(),
            },
        }
    }
}

/// The word without the definite article, when it has one and enough letters remain.
#[must_use]
pub fn without_article(word: &str) -> &str {
    match word.strip_prefix("ال") {
        Some(rest) if rest.chars().count() >= 2 => rest,
        _ => word,
    }
}

/// Byte offset in the written `word` after its first `letters` letters (marks and tatweel that
/// follow a letter belong to it), or `None` when the word has fewer letters.
#[must_use]
pub fn offset_after_letters(word: &str, letters: usize) -> Option<usize> {
    if letters == 0 {
        return Some(0);
    }
    let mut seen = 0;
    let mut iter = word.char_indices().peekable();
    while let Some((_, c)) = iter.next() {
        if is_skipped(c) {
            continue;
        }
        seen += 1;
        if seen == letters {
            // Swallow the marks on this letter.
            while let Some(&(i, c)) = iter.peek() {
                if is_skipped(c) {
                    iter.next();
                } else {
                    return Some(i);
                }
            }
            return Some(word.len());
        }
    }
    None
}

/// Characters the normalizer drops.
fn is_skipped(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' | '\u{0640}'
        | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> FreqLexicon {
        FreqLexicon::from_ranked([
            "في",
            "العراق",
            "بغداد",
            "واشنطن",
            "للعراق",
            "وواشنطن",
            "بايدن",
            "ايدن",
        ])
    }

    #[test]
    fn uninflected_words_are_names_not_nouns_verbs_or_adverbs() {
        let tagger = crate::ner::Tagger::shipped().unwrap();
        let freq = &tagger.resources().freq;
        for word in ["اوباما", "ترامب", "نتنياهو", "ميركل", "لافروف"] {
            assert!(freq.is_uninflected(word), "{word}");
        }
        for word in [
            "رئيس",     // الرئيس
            "جديد",     // جديده
            "قال",      // قالت
            "حاليا",    // an adverb of حالي
            "تدريباته", // تدريبات + ه
            "بمناسبه",  // ب + مناسبه
            "انتهت",    // a past verb
            "يري",      // an imperfect verb (ترى)
            "انذاك",    // an adverb of time
            "بالانابه",  // ب + the article
            "في",       // a function word
            "زنكلوت",   // unknown
        ] {
            assert!(!freq.is_uninflected(word), "{word}");
        }
    }

    #[test]
    fn strips_only_when_the_rest_is_commoner() {
        let lex = lexicon();
        assert_eq!(lex.strip("وواشنطن").word, "واشنطن");
        assert_eq!(lex.strip("وواشنطن").clitic_letters, 1);
        assert_eq!(lex.strip("واشنطن").clitic_letters, 0);
        assert_eq!(lex.strip("بغداد").clitic_letters, 0);
        assert_eq!(lex.strip("بايدن").clitic_letters, 0);
        let s = lex.strip("للعراق");
        assert_eq!((s.clitic_letters, s.word.as_str()), (1, "العراق"));
        let s = lex.strip("بالعراق");
        assert_eq!((s.clitic_letters, s.word.as_str()), (1, "العراق"));
        // Unknown words lose a clitic only before the article.
        assert_eq!(lex.strip("والكاظمي").word, "الكاظمي");
        assert_eq!(lex.strip("وزير").clitic_letters, 0);
    }

    #[test]
    fn repeated_words_keep_their_first_rank() {
        let lex = FreqLexicon::from_ranked(["في", "من", "في", "على"]);
        assert_eq!(lex.len(), 3);
        assert_eq!(lex.rank("في"), 0);
        assert_eq!(lex.rank("على"), 3);
        assert_eq!(lex.rank("الى"), UNKNOWN_RANK);
        assert_eq!(lex.ranked_words(), ["في", "من", "على"]);
        let lex = lexicon();
        assert_eq!(lex.rank("ايدن"), 7);
        assert_eq!(lex.ranked_words().len(), 8);
    }

    #[test]
    fn offsets_skip_marks() {
        assert_eq!(offset_after_letters("وَواشنطن", 1), Some("وَ".len()));
        assert_eq!(offset_after_letters("و", 2), None);
        assert_eq!(without_article("العراق"), "عراق");
        assert_eq!(without_article("الي"), "الي");
    }
}
