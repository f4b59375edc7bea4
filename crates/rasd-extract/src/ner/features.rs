//! Feature extraction: what the tagger looks at for each word.
//!
//! Every feature is a 64-bit hash of a template number and one or two strings, so a model is a
//! map from hash to weights and tagging allocates nothing per feature. The same code serves
//! training and tagging, which is what keeps them in step.

use rustc_hash::FxHashMap;
use xxhash_rust::xxh3::xxh3_64_with_seed;

use super::gazetteer::{Gazetteer, Trigger, Triggers};
use super::labels::{Label, type_index};
use super::lexicon::{FreqLexicon, Stripped, without_article};
use super::norm::{is_arabic_letter, normalize_into};

/// Bumped whenever the features change: a model built with other features is refused.
pub const FEATURE_VERSION: u32 = 3;

/// What feature extraction reads besides the words.
#[derive(Debug, Clone, Default)]
pub struct Resources {
    /// Word frequencies: frequency classes and clitic stripping.
    pub freq: FreqLexicon,
    /// Words seen in annotated data, with their entity types.
    pub gazetteer: Gazetteer,
    /// Titles and kind-of-place/organisation nouns.
    pub triggers: Triggers,
}

/// What is computed once per word and read by its neighbours' features too.
#[derive(Debug, Clone)]
pub struct WordInfo {
    /// The normalized word.
    pub norm: String,
    /// The word without proclitics.
    pub stripped: Stripped,
    /// Shape: A (Arabic), L (Latin), D (digits), P (punctuation), M (mixed).
    pub shape: char,
    /// Frequency class of the stripped word.
    pub freq: u8,
    /// When the word ends in an inflectional suffix (dual, plural, feminine, nisba): which one,
    /// and the frequency class of what remains without it. A name rarely looks like the dual
    /// of a common noun (`الوفدان`), an adjective often looks like a place (`العراقي`).
    pub inflection: Option<(u8, u8)>,
    /// Gazetteer classes: for each type, 0 = never, 1 = rarely, 2 = often, 3 = mostly.
    pub gaz: [u8; 4],
    /// Whether annotated data has seen the word at all.
    pub seen: bool,
    /// The trigger class of the stripped word.
    pub trigger: Option<Trigger>,
    /// Whether the stripped word is a person's title ([`Triggers::is_title`]); read by the
    /// rules after decoding, not by the model.
    pub title: bool,
}

impl WordInfo {
    /// Analyses one word.
    #[must_use]
    pub fn new(word: &str, res: &Resources) -> Self {
        let mut norm = String::with_capacity(word.len());
        normalize_into(word, &mut norm);
        let stripped = res.freq.strip(&norm);
        let shape = shape(&norm);
        let freq = res.freq.bucket(&stripped.word);
        let inflection = SUFFIXES.iter().enumerate().find_map(|(k, suf)| {
            let base = stripped.word.strip_suffix(suf)?;
            (base.chars().count() >= 3).then(|| (k as u8, res.freq.bucket(base)))
        });
        let mut gaz = [0u8; 4];
        let entry = res.gazetteer.get(&stripped.word);
        if let Some(e) = entry {
            for (g, &n) in gaz.iter_mut().zip(&e.by_type) {
                *g = class(n, e.total);
            }
        }
        let trigger = res.triggers.get(&stripped.word);
        let title = res.triggers.is_title(&stripped.word);
        Self {
            norm,
            stripped,
            shape,
            freq,
            inflection,
            gaz,
            seen: entry.is_some(),
            trigger,
            title,
        }
    }
}

/// Inflectional suffixes tried, longest first.
const SUFFIXES: [&str; 8] = ["يين", "ان", "ين", "ون", "ات", "يه", "ه", "ي"];

/// The share of `n` in `total` as a class: 0 none, 1 under 30%, 2 under 70%, 3 more.
fn class(n: u32, total: u32) -> u8 {
    if n == 0 || total == 0 {
        0
    } else if n * 10 < total * 3 {
        1
    } else if n * 10 < total * 7 {
        2
    } else {
        3
    }
}

fn shape(norm: &str) -> char {
    let (mut ar, mut lat, mut dig, mut other) = (false, false, false, false);
    for c in norm.chars() {
        if is_arabic_letter(c) {
            ar = true;
        } else if c.is_ascii_alphabetic() || c.is_alphabetic() {
            lat = true;
        } else if c.is_ascii_digit() {
            dig = true;
        } else {
            other = true;
        }
    }
    match (ar, lat, dig, other) {
        (true, false, false, false) => 'A',
        (false, true, false, false) => 'L',
        (false, false, true, _) => 'D',
        (false, false, false, true) => 'P',
        _ => 'M',
    }
}

/// The feature every word has: its weights are the labels' prior.
#[must_use]
pub fn bias_feature() -> u64 {
    hn(0, 0)
}

/// Hash of template `t` with one string.
fn h1(t: u64, s: &str) -> u64 {
    xxh3_64_with_seed(s.as_bytes(), t)
}

/// Hash of template `t` with two strings.
fn h2(t: u64, a: &str, b: &str) -> u64 {
    xxh3_64_with_seed(b.as_bytes(), h1(t, a))
}

/// Hash of template `t` with a small number.
fn hn(t: u64, n: u64) -> u64 {
    xxh3_64_with_seed(&n.to_le_bytes(), t.wrapping_mul(0x9E37_79B9_7F4A_7C15))
}

/// The first `n` characters of `s` (all of it when shorter).
fn prefix(s: &str, n: usize) -> &str {
    s.char_indices().nth(n).map_or(s, |(i, _)| &s[..i])
}

/// The last `n` characters of `s` (all of it when shorter).
fn suffix(s: &str, n: usize) -> &str {
    let count = s.chars().count();
    if count <= n {
        return s;
    }
    s.char_indices().nth(count - n).map_or(s, |(i, _)| &s[i..])
}

const BOS: &str = "<s>";
const EOS: &str = "</s>";

fn trigger_code(t: Option<Trigger>) -> u64 {
    match t {
        None => 0,
        Some(Trigger::Person) => 1,
        Some(Trigger::Place) => 2,
        Some(Trigger::Organisation) => 3,
        Some(Trigger::Other) => 4,
    }
}

/// How many words on each side of a word its features read.
pub const WINDOW: isize = 3;

/// Appends the feature hashes of word `i` of a sentence to `out`: those it takes from each
/// word of its window on its own ([`features_at`]), then those that read two words together.
pub fn word_features(words: &[WordInfo], i: usize, out: &mut Vec<u64>) {
    if i >= words.len() {
        return;
    }
    for d in -WINDOW..=WINDOW {
        features_at(i.checked_add_signed(d).and_then(|j| words.get(j)), d, out);
    }
    pair_features(words, i, out);
}

/// Appends the features a word takes from the one word `d` places away (itself at 0; `None`
/// past the sentence's edge). They depend on that word and `d` alone, so a tagger may add up
/// their weights once per word and distance and reuse the sums wherever the word stands
/// ([`super::word_cache`]).
pub fn features_at(x: Option<&WordInfo>, d: isize, out: &mut Vec<u64>) {
    let norm = |edge: &'static str| x.map_or(edge, |x| x.norm.as_str());
    let stem = |edge: &'static str| x.map_or(edge, |x| x.stripped.word.as_str());
    let freq = || x.map_or(99, |x| u64::from(x.freq));
    // A trigger's code, or 9 past the edge; no feature for a word that is no trigger.
    let trigger = |tmpl: u64, out: &mut Vec<u64>| {
        let code = x.map_or(9, |x| trigger_code(x.trigger));
        if code != 0 {
            out.push(hn(tmpl, code));
        }
    };
    // A neighbour that is mostly or often a name of some type.
    let neighbour_gaz = |tmpl: u64, out: &mut Vec<u64>| {
        if let Some(x) = x {
            for (t, &g) in x.gaz.iter().enumerate() {
                if g > 1 {
                    out.push(hn(tmpl, t as u64 * 4 + u64::from(g)));
                }
            }
        }
    };
    // The words within three on each side, position aside: what the sentence is about.
    let nearby = |out: &mut Vec<u64>| {
        if let Some(x) = x {
            out.push(h1(if d < 0 { 84 } else { 85 }, &x.stripped.word));
        }
    };
    match d {
        0 => {
            if let Some(w) = x {
                own_features(w, out);
            }
        }
        -1 => {
            out.push(h1(2, norm(BOS)));
            out.push(h1(7, stem(BOS)));
            out.push(hn(19, freq()));
            neighbour_gaz(22, out);
            trigger(24, out);
            nearby(out);
            // The end of the previous word (a preposition, a title's ending).
            out.push(h1(91, x.map_or(BOS, |x| suffix(&x.stripped.word, 2))));
            if x.is_none() {
                out.push(hn(30, 1));
            }
        }
        1 => {
            out.push(h1(3, norm(EOS)));
            out.push(h1(8, stem(EOS)));
            out.push(hn(20, freq()));
            neighbour_gaz(23, out);
            trigger(27, out);
            nearby(out);
            // The start of the next word.
            out.push(h1(
                90,
                x.map_or(EOS, |x| prefix(without_article(&x.stripped.word), 3)),
            ));
        }
        -2 => {
            out.push(h1(4, norm(BOS)));
            trigger(25, out);
            nearby(out);
            out.push(hn(88, freq()));
        }
        2 => {
            out.push(h1(5, norm(EOS)));
            nearby(out);
            out.push(hn(89, freq()));
        }
        _ => nearby(out),
    }
}

/// The features of a word read from itself alone.
fn own_features(w: &WordInfo, out: &mut Vec<u64>) {
    let stem = w.stripped.word.as_str();
    let core = without_article(stem);
    out.push(bias_feature());
    out.push(h1(1, &w.norm));
    out.push(h1(6, stem));
    out.push(h1(9, core));
    for n in 1..=3 {
        out.push(h1(9 + n as u64, prefix(core, n)));
        out.push(h1(12 + n as u64, suffix(core, n)));
    }
    let article = u64::from(core.len() != stem.len());
    let clitics = w.stripped.clitic_letters as u64;
    out.push(hn(16, clitics * 2 + article));
    let len = core.chars().count().min(12) as u64;
    out.push(hn(17, u64::from(w.shape as u32) * 16 + len));
    out.push(hn(18, u64::from(w.freq)));
    out.push(hn(
        31,
        u64::from(w.freq) * 4 + u64::from(w.seen) * 2 + article,
    ));
    for (t, &g) in w.gaz.iter().enumerate() {
        if g > 0 {
            out.push(hn(21, t as u64 * 4 + u64::from(g)));
        }
    }
    let code = trigger_code(w.trigger);
    if code != 0 {
        out.push(hn(26, code));
    }
    if let Some((k, b)) = w.inflection {
        out.push(hn(70, u64::from(k) * 32 + u64::from(b)));
    }
    // Longer affixes of the word without clitics and article (a name's ending says its origin),
    // and, for a word with the article, the ending of the defined form.
    out.push(h1(80, prefix(core, 4)));
    out.push(h1(81, suffix(core, 4)));
    if core.len() != stem.len() {
        for n in 1..=2 {
            out.push(h1(81 + n as u64, suffix(stem, n + 2)));
        }
    }
}

/// The features of word `i` that read two words of its window together.
pub fn pair_features(words: &[WordInfo], i: usize, out: &mut Vec<u64>) {
    let Some(w) = words.get(i) else {
        return;
    };
    let at = |d: isize| -> Option<&WordInfo> { i.checked_add_signed(d).and_then(|j| words.get(j)) };
    let stem = w.stripped.word.as_str();
    out.push(h2(
        28,
        at(-1).map_or(BOS, |x| x.stripped.word.as_str()),
        stem,
    ));
    out.push(h2(
        29,
        stem,
        at(1).map_or(EOS, |x| x.stripped.word.as_str()),
    ));
    // A rare word after a title, or a word whose every sighting was a name.
    if w.freq >= 12 || w.seen && w.gaz.contains(&3) {
        let prev_trigger = at(-1).map_or(0, |x| trigger_code(x.trigger));
        out.push(hn(32, prev_trigger * 32 + u64::from(w.freq)));
    }
}

/// What the other sentences of the same article say about a word: an article names a person
/// in full once and by family name after, writes a title before a name in one sentence and not
/// in the next. Built from the words alone (no labels), so training and tagging see the same.
#[derive(Debug, Clone, Default)]
pub struct DocContext {
    words: FxHashMap<String, DocStats>,
}

/// Sightings of one clitic-stripped word across an article.
#[derive(Debug, Clone, Copy, Default)]
struct DocStats {
    count: u32,
    /// Bits: after a person title (1), place noun (2), organisation noun (4), other trigger (8);
    /// before a word often a person's (16); after one (32); inside parentheses (64).
    mask: u8,
}

impl DocContext {
    /// Gathers the sightings of every word in the sentences of one article.
    #[must_use]
    pub fn new(sentences: &[Vec<WordInfo>]) -> Self {
        let mut words: FxHashMap<String, DocStats> = FxHashMap::default();
        for s in sentences {
            for (i, w) in s.iter().enumerate() {
                if w.shape != 'A' && w.shape != 'L' {
                    continue;
                }
                let mut mask = 0u8;
                if let Some(p) = i.checked_sub(1).and_then(|j| s.get(j)) {
                    mask |= match p.trigger {
                        Some(Trigger::Person) => 1,
                        Some(Trigger::Place) => 2,
                        Some(Trigger::Organisation) => 4,
                        Some(Trigger::Other) => 8,
                        None => 0,
                    };
                    if p.gaz[0] >= 2 {
                        mask |= 32;
                    }
                    if p.norm == "(" && s.get(i + 1).is_some_and(|n| n.norm == ")") {
                        mask |= 64;
                    }
                }
                if s.get(i + 1).is_some_and(|n| n.gaz[0] >= 2) {
                    mask |= 16;
                }
                let e = words.entry(w.stripped.word.clone()).or_default();
                e.count += 1;
                e.mask |= mask;
            }
        }
        Self { words }
    }

    /// Appends the article-level features of `w`.
    fn features(&self, w: &WordInfo, out: &mut Vec<u64>) {
        let Some(st) = self.words.get(&w.stripped.word) else {
            return;
        };
        let count = match st.count {
            0 | 1 => 1,
            2 => 2,
            3 | 4 => 3,
            _ => 4,
        };
        let rare = u64::from(w.freq >= 10);
        out.push(hn(50, count * 2 + rare));
        for bit in 0..7 {
            if st.mask & (1 << bit) != 0 {
                out.push(hn(51, bit * 2 + rare));
            }
        }
    }
}

/// Analyses the words of a sentence.
#[must_use]
pub fn analyse_words<S: AsRef<str>>(words: &[S], res: &Resources) -> Vec<WordInfo> {
    words
        .iter()
        .map(|w| WordInfo::new(w.as_ref(), res))
        .collect()
}

/// The features of every word of an analysed sentence, with article context: word `i`'s are
/// `out[offsets[i]..offsets[i + 1]]`.
pub fn features_in_context(
    infos: &[WordInfo],
    ctx: &DocContext,
    out: &mut Vec<u64>,
    offsets: &mut Vec<usize>,
) {
    per_word(infos, ctx, out, offsets, word_features);
}

/// The features of every word of an analysed sentence that read two of its words together or
/// the article ([`pair_features`], [`DocContext`]), with the same `offsets` as
/// [`features_in_context`]: the rest of a word's features are those [`features_at`] gives.
pub fn context_features(
    infos: &[WordInfo],
    ctx: &DocContext,
    out: &mut Vec<u64>,
    offsets: &mut Vec<usize>,
) {
    per_word(infos, ctx, out, offsets, pair_features);
}

/// Appends, word by word, the features `own` gives and those of the article context, and
/// where each word's features end.
fn per_word(
    infos: &[WordInfo],
    ctx: &DocContext,
    out: &mut Vec<u64>,
    offsets: &mut Vec<usize>,
    own: fn(&[WordInfo], usize, &mut Vec<u64>),
) {
    out.clear();
    offsets.clear();
    offsets.push(0);
    for (i, w) in infos.iter().enumerate() {
        own(infos, i, out);
        ctx.features(w, out);
        offsets.push(out.len());
    }
}

/// Analyses a sentence and returns, for each word, the range of its features in `out`.
pub fn sentence_features<S: AsRef<str>>(
    words: &[S],
    res: &Resources,
    infos: &mut Vec<WordInfo>,
    out: &mut Vec<u64>,
    offsets: &mut Vec<usize>,
) {
    *infos = analyse_words(words, res);
    let ctx = DocContext::new(std::slice::from_ref(infos));
    features_in_context(infos, &ctx, out, offsets);
}

/// The labels an earlier stage gave each word across the article: a name tagged in one sentence
/// is likely the same kind of name in the next, where its context says less.
#[derive(Debug, Clone, Default)]
pub struct LabelContext {
    /// Per clitic-stripped word: times labelled inside an entity of each type, and times seen.
    words: FxHashMap<String, [u32; 5]>,
}

impl LabelContext {
    /// Counts the labels of every word of an article's sentences.
    #[must_use]
    pub fn new(infos: &[Vec<WordInfo>], labels: &[Vec<Label>]) -> Self {
        let mut words: FxHashMap<String, [u32; 5]> = FxHashMap::default();
        for (s, ls) in infos.iter().zip(labels) {
            for (w, l) in s.iter().zip(ls) {
                if w.shape != 'A' && w.shape != 'L' {
                    continue;
                }
                let e = words.entry(w.stripped.word.clone()).or_default();
                e[4] += 1;
                if let Some(t) = l.kind() {
                    e[usize::from(type_index(t))] += 1;
                }
            }
        }
        Self { words }
    }

    /// Label counts of `w` in the rest of the article (its own label taken out).
    fn others(&self, w: &WordInfo, own: Label) -> Option<[u32; 5]> {
        let mut c = *self.words.get(&w.stripped.word)?;
        c[4] = c[4].saturating_sub(1);
        if let Some(t) = own.kind() {
            let t = usize::from(type_index(t));
            c[t] = c[t].saturating_sub(1);
        }
        Some(c)
    }
}

/// Appends the features a later stage reads from the earlier stage's labels for word `i`: its
/// own label and its neighbours', and how the same word was labelled elsewhere in the article.
pub fn stacked_features(
    infos: &[WordInfo],
    labels: &[Label],
    ctx: &LabelContext,
    i: usize,
    out: &mut Vec<u64>,
) {
    let label = |j: Option<usize>| j.and_then(|j| labels.get(j)).map_or(99, |l| u64::from(l.0));
    out.push(hn(60, label(Some(i))));
    out.push(hn(61, label(i.checked_sub(1))));
    out.push(hn(62, label(Some(i + 1))));
    out.push(hn(66, label(i.checked_sub(1)) * 100 + label(Some(i))));
    for (d, tmpl) in [(0isize, 63u64), (-1, 64), (1, 65)] {
        let Some(j) = i.checked_add_signed(d) else {
            continue;
        };
        let (Some(w), Some(&own)) = (infos.get(j), labels.get(j)) else {
            continue;
        };
        let Some(c) = ctx.others(w, own) else {
            continue;
        };
        for t in 0..4 {
            let k = class(c[t], c[4]);
            if k > 0 && (d == 0 || k >= 2) {
                out.push(hn(tmpl, t as u64 * 4 + u64::from(k)));
            }
        }
    }
}
