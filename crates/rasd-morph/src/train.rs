//! Training: the lexicon from word frequencies, gold splits from clitic-segmented text, and the
//! averaged perceptron that learns to rank candidate splits.
//!
//! Everything here is pure: callers (the `xtask morph` builder) read the files and pass their
//! content.

use rustc_hash::FxHashMap;

use crate::grammar::{Split, article_has_stem, candidates};
use crate::letters::{Letters, key};
use crate::model::{Entry, Features, Lookup, Model, count_bucket, freq_bucket};
use crate::segmenter::Segmenter;

/// A word of the training data with its gold clitic split, in key form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldWord {
    /// The word's key.
    pub key: String,
    /// The gold split.
    pub prefix: u8,
    /// Letters of the gold enclitic.
    pub suffix: u8,
}

impl GoldWord {
    fn split(&self) -> Split {
        Split {
            prefix: self.prefix,
            suffix: self.suffix,
        }
    }

    /// The gold stem's key.
    #[must_use]
    pub fn stem(&self) -> String {
        let chars: Vec<char> = self.key.chars().collect();
        let n = chars.len();
        let a = usize::from(self.prefix).min(n);
        let b = n.saturating_sub(usize::from(self.suffix)).max(a);
        chars[a..b].iter().collect()
    }
}

/// The lexicon of a wordfreq TSV (`word<TAB>frequency`, header first): keys of words written
/// in Arabic letters only, with their frequencies summed per key and bucketed.
#[must_use]
pub fn lexicon_from_wordfreq(content: &str) -> FxHashMap<Box<str>, Entry> {
    let mut freqs: FxHashMap<String, f64> = FxHashMap::default();
    for line in content.lines().skip(1) {
        let Some((word, f)) = line.split_once('\t') else {
            continue;
        };
        let Ok(f) = f.trim().parse::<f64>() else {
            continue;
        };
        let k = key(word);
        if k.is_empty() || !k.chars().all(rasd_text::chars::is_arabic_letter) || k.len() > 255 {
            continue;
        }
        *freqs.entry(k).or_default() += f;
    }
    freqs
        .into_iter()
        .map(|(k, f)| {
            (
                k.into_boxed_str(),
                Entry {
                    freq: freq_bucket(f),
                    stem: 0,
                },
            )
        })
        .collect()
}

/// Single-letter proclitic tokens of the clitic-segmented text.
const PROCLITIC_TOKENS: [&str; 6] = ["و", "ف", "ب", "ل", "ك", "س"];
/// Enclitic tokens (`ك` is decided by the lexicon: it is also a proclitic).
const ENCLITIC_TOKENS: [&str; 11] = [
    "ه", "ها", "هم", "هما", "هن", "كم", "كما", "كن", "نا", "ني", "ي",
];

fn is_arabic_token(t: &str) -> bool {
    !t.is_empty() && t.chars().all(rasd_text::chars::is_arabic_word_char)
}

/// Sentences of gold words from clitic-segmented CoNLL text (`token<TAB>tag`, blank line
/// between sentences, clitics as separate tokens, as in NewsFANE). Tokens are grouped back into
/// words: a proclitic token joins the next word, an enclitic token the previous one. `ك` alone
/// is an enclitic when the lexicon knows the joined form better than the proclitic reading.
#[must_use]
pub fn read_clitic_conll(content: &str, lexicon: &impl Lookup) -> Vec<Vec<GoldWord>> {
    let freq = |s: &str| lexicon.lookup(s).freq;
    let mut sentences = Vec::new();
    for block in content.split("\n\n") {
        let toks: Vec<&str> = block
            .lines()
            .filter_map(|l| l.split('\t').next())
            .filter(|t| !t.is_empty())
            .collect();
        let mut words: Vec<GoldWord> = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            let mut pre = String::new();
            while i + 1 < toks.len()
                && PROCLITIC_TOKENS.contains(&toks[i])
                && is_arabic_token(toks[i + 1])
                && pre.chars().count() < 2
            {
                // `ك` between two words may close the first one (`امام ك`): decided above.
                pre.push_str(toks[i]);
                i += 1;
            }
            let host = toks[i];
            i += 1;
            if !is_arabic_token(host) {
                continue;
            }
            let mut suf = "";
            if let Some(&next) = toks.get(i) {
                let enclitic = ENCLITIC_TOKENS.contains(&next)
                    || (next == "ك" && {
                        let joined = format!("{host}ك");
                        let after = toks.get(i + 1).map(|a| format!("ك{a}")).unwrap_or_default();
                        freq(&key(&joined)) >= freq(&key(&after))
                    });
                if enclitic {
                    suf = next;
                    i += 1;
                }
            }
            // The data writes final alef maqsura as ya (`الي` for `الى`); restore it where the
            // lexicon says the maqsura spelling is the usual one and no enclitic follows.
            let mut host = key(host);
            if suf.is_empty() && host.ends_with('ي') {
                let maqsura = format!("{}ى", &host[..host.len() - 'ي'.len_utf8()]);
                if freq(&maqsura) > freq(&host) {
                    host = maqsura;
                }
            }
            let word = key(&format!("{pre}{host}{suf}"));
            words.push(GoldWord {
                key: word,
                prefix: key(&pre).chars().count() as u8,
                suffix: key(suf).chars().count() as u8,
            });
        }
        if !words.is_empty() {
            sentences.push(words);
        }
    }
    sentences
}

/// Repairs known inconsistencies of the training data, returning how many words changed.
///
/// NewsFANE splits `و`, `ف` and the enclitics fairly consistently, but leaves most `ب ل ك س`
/// attached (`بمجلس`, `لاستكمال`, `سيقرر`, even `بها`, `له`), and proclitics before the article
/// too (`بالفعل`, `للامم`), although the treebank scheme it follows splits them all. A gold word
/// with no proclitic is relabelled when:
///
/// * it is a preposition with only a pronoun (`له`, `بها`): always split, enclitic included;
/// * it begins with proclitics and the article (`بال`, `وال`, `لل`…) and the form without the
///   proclitics is at least as frequent (`الفعل` ≥ `بالفعل`, but `والد` stays whole), or, after a
///   preposition, at least a sixteenth as frequent (`الاضافة` next to the very common
///   `بالاضافة`);
/// * it begins with proclitics and the rest is a known word clearly (×2) more frequent than the
///   whole, and the whole is not a form the training data itself keeps whole (seen whole 20 times
///   or more, and at least 30 times as often as split: `كان`, `لكن`). `seen` holds those counts,
///   from [`form_counts`] over the training part only;
/// * in any of the last three cases whatever the frequencies, when the data itself splits the
///   same form elsewhere and does not keep it whole overwhelmingly (`بشكل`: split 8 times in 89),
///   and the rest is at least a sixteenth as frequent as the whole (`يست` of `ليست` is not); for
///   `و` and `ف`, which the data splits consistently, only when it splits the form at least as
///   often as it keeps it whole (`وسط` is whole 45 times and `و سط` twice);
/// * or it is `ل` before a word with an initial alef (`لاطلاق`, `لاكثر`) and the rest is at
///   least as frequent as the whole, however often the data keeps the form whole: it keeps
///   nearly every such form whole (the lam-alef ligature), while `لاعبي`, `لايزال` have no
///   such rest. That excuse does not cover a conjunction left on the word (`ولاية`).
///
/// Only the proclitic side is relabelled.
pub fn repair_proclitics(
    words: &mut [GoldWord],
    lexicon: &impl Lookup,
    seen: &FxHashMap<String, (usize, usize)>,
) -> usize {
    let freq = |s: &str| lexicon.lookup(s).freq;
    let mut changed = 0;
    let mut cands = Vec::new();
    for w in words.iter_mut() {
        if w.prefix >= 2 {
            continue;
        }
        let letters = Letters::new(&w.key);
        let chars = &letters.keys;
        let g = usize::from(w.prefix);
        // The host as the gold has it (the word without the proclitic it already marks).
        // Frequencies compare stems: the host and the rest without the gold enclitic.
        let s = usize::from(w.suffix).min(chars.len() - g);
        let end = chars.len() - s;
        let host: String = chars[g..end].iter().collect();
        // The data writes a final `ى` as `ي`, so the whole may be the list's `ى` form (`لدي`
        // is `لدى`, far commoner than `دي`).
        let whole = match host.strip_suffix('ي') {
            Some(base) => freq(&host).max(freq(&format!("{base}ى"))),
            None => freq(&host),
        };
        let (whole_seen, split_seen) = seen.get(&host).copied().unwrap_or_default();
        let lexicalized = whole_seen >= 20 && whole_seen >= 30 * split_seen;
        // The annotators themselves split this form elsewhere (`ب شكل` beside `بشكل`).
        let split_too = split_seen > 0 && !lexicalized;
        // The data splits `و` and `ف` consistently, so a form it mostly keeps whole is one word
        // (`وسط` 45 times whole, twice `و سط`; `فقط`, `ولد`): a stray split says nothing then.
        let conjunction_split_too = split_too && split_seen >= whole_seen;
        candidates(chars, false, &mut cands);
        // A preposition with only a pronoun (`له`, `بها`) left whole by the data.
        let stemless = cands
            .iter()
            .find(|c| usize::from(c.prefix) + usize::from(c.suffix) == chars.len());
        if let (0, 0, Some(c)) = (w.prefix, w.suffix, stemless) {
            w.prefix = c.prefix;
            w.suffix = c.suffix;
            changed += 1;
            continue;
        }
        let mut best: Option<Split> = None;
        for &c in &cands {
            let p = usize::from(c.prefix);
            if p <= g || c.suffix != w.suffix {
                continue;
            }
            if p > end {
                continue;
            }
            let rest: String = chars[p..end].iter().collect();
            let split_too = if chars[g..p].iter().all(|&ch| matches!(ch, 'و' | 'ف')) {
                conjunction_split_too
            } else {
                // A stray split of `ب ل ك` counts only with a rest of some currency (`شكل` of
                // `بشكل`), not a fragment the list barely knows (`يست` of `ليست`).
                split_too && u32::from(freq(&rest)) + 4 >= u32::from(whole)
            };
            let ok = if p == end {
                true
            } else if rest.starts_with("ال") {
                // After a preposition the article is nearly certain (`بالاضافة`); after `و`/`ف`
                // the letters may be the word's own (`والد`), so ask for more. A rest with no
                // stem after the article (`الة` of `وكالة`) is no defined word.
                let f = freq(&rest);
                let slack = if matches!(chars[p - 1], 'ب' | 'ك' | 'ل') {
                    4
                } else {
                    0
                };
                f > 0
                    && article_has_stem(&chars[p..end], false)
                    && (u32::from(f) + slack >= u32::from(whole) || split_too)
            } else if chars[p - 1] == 'ل' && rest.starts_with('ل') {
                let f = freq(&format!("ا{rest}"));
                f > 0 && (f >= whole || split_too)
            } else if chars[p - 1] == 'ل'
                && rest.starts_with('ا')
                && !chars[g..p - 1].iter().any(|&ch| matches!(ch, 'و' | 'ف'))
            {
                // `لاطلاق`, `لانتاج`: the data keeps `ل` on a word with an initial alef whole
                // nearly always (the lam-alef ligature), so how often it does says nothing. Not
                // so when it kept a conjunction before it too, which it splits consistently:
                // `ولاية` whole is one word, not `و+ل+اية`.
                let f = freq(&rest);
                f > 0 && u32::from(f) >= u32::from(whole)
            } else {
                let f = freq(&rest);
                !lexicalized && f > 0 && (u32::from(f) > u32::from(whole) || split_too)
            };
            if ok && best.is_none_or(|b| b.prefix < c.prefix) {
                best = Some(c);
            }
        }
        if let Some(b) = best.filter(|b| b.prefix > w.prefix) {
            w.prefix = b.prefix;
            changed += 1;
        }
    }
    changed
}

/// How often each form is seen whole (no proclitic) and with a proclitic, before relabelling.
#[must_use]
pub fn form_counts(words: &[GoldWord]) -> FxHashMap<String, (usize, usize)> {
    let mut seen: FxHashMap<String, (usize, usize)> = FxHashMap::default();
    for w in words {
        let e = seen.entry(w.key.clone()).or_default();
        if w.prefix == 0 {
            e.0 += 1;
        } else {
            e.1 += 1;
        }
    }
    seen
}

/// Adds the training stems to the lexicon (their count bucket).
pub fn add_stems(lexicon: &mut FxHashMap<Box<str>, Entry>, words: &[GoldWord]) {
    let mut counts: FxHashMap<String, usize> = FxHashMap::default();
    for w in words {
        *counts.entry(w.stem()).or_default() += 1;
    }
    for (stem, n) in counts {
        if stem.is_empty() {
            continue;
        }
        lexicon.entry(stem.into_boxed_str()).or_default().stem = count_bucket(n);
    }
}

/// What training did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TrainStats {
    /// Training words used.
    pub used: usize,
    /// Training words whose gold split the grammar cannot produce (left out).
    pub unreachable: usize,
    /// Mistakes in the last epoch.
    pub last_epoch_errors: usize,
}

/// Learns weights with an averaged perceptron over `epochs` passes, and returns the model.
#[must_use]
pub fn train(
    lexicon: FxHashMap<Box<str>, Entry>,
    words: &[GoldWord],
    epochs: usize,
) -> (Model, TrainStats) {
    let model = Model::new(lexicon, FxHashMap::default());
    let mut stats = TrainStats::default();
    // Features of every candidate of every example, computed once.
    let mut examples: Vec<(usize, Vec<Vec<u64>>)> = Vec::with_capacity(words.len());
    let mut feats = Features::default();
    let mut cands = Vec::new();
    // Jackknifed stem counts: an example's stem-seen feature counts only the other folds, as an
    // unseen word's would; otherwise the model learns that gold stems are always seen.
    let folds = 5;
    let fold_of = |i: usize| i * folds / words.len().max(1);
    let mut total: FxHashMap<Box<str>, usize> = FxHashMap::default();
    let mut per_fold: Vec<FxHashMap<Box<str>, usize>> = vec![FxHashMap::default(); folds];
    for (i, w) in words.iter().enumerate() {
        let stem: Box<str> = w.stem().into_boxed_str();
        *total.entry(stem.clone()).or_default() += 1;
        *per_fold[fold_of(i).min(folds - 1)].entry(stem).or_default() += 1;
    }
    let mut current = usize::MAX;
    for (i, w) in words.iter().enumerate() {
        let f = fold_of(i).min(folds - 1);
        if f != current {
            current = f;
            feats.jackknife = Some((total.clone(), std::mem::take(&mut per_fold[f])));
        }
        let letters = Letters::new(&w.key);
        candidates(&letters.keys, letters.final_maqsura, &mut cands);
        let Some(gold) = cands.iter().position(|&c| c == w.split()) else {
            stats.unreachable += 1;
            continue;
        };
        if cands.len() < 2 {
            continue;
        }
        let fs = cands
            .iter()
            .map(|&c| {
                feats.compute(&model, &letters.keys, c);
                feats.ids.clone()
            })
            .collect();
        examples.push((gold, fs));
    }
    stats.used = examples.len();
    let mut w: FxHashMap<u64, f32> = FxHashMap::default();
    let mut total: FxHashMap<u64, f32> = FxHashMap::default();
    let mut last: FxHashMap<u64, u64> = FxHashMap::default();
    let mut t: u64 = 0;
    let mut update = |w: &mut FxHashMap<u64, f32>, id: u64, d: f32, t: u64| {
        let wi = w.entry(id).or_default();
        let l = last.entry(id).or_default();
        *total.entry(id).or_default() += *wi * (t - *l) as f32;
        *l = t;
        *wi += d;
    };
    for epoch in 0..epochs {
        let mut errors = 0;
        // A fixed, epoch-dependent order (no RNG dependency): stride through the examples.
        let n = examples.len();
        let stride = [1, 7919, 104_729, 15_485_863][epoch % 4] % n.max(1);
        let stride = if stride == 0 || gcd(stride, n) != 1 {
            1
        } else {
            stride
        };
        for k in 0..n {
            let (gold, fs) = &examples[(k * stride) % n];
            t += 1;
            let score = |f: &Vec<u64>| f.iter().filter_map(|id| w.get(id)).sum::<f32>();
            let mut best = 0;
            let mut best_s = f32::NEG_INFINITY;
            for (i, f) in fs.iter().enumerate() {
                let s = score(f);
                if s > best_s {
                    best_s = s;
                    best = i;
                }
            }
            if best != *gold {
                errors += 1;
                for &id in &fs[*gold] {
                    update(&mut w, id, 1.0, t);
                }
                for &id in &fs[best] {
                    update(&mut w, id, -1.0, t);
                }
            }
        }
        stats.last_epoch_errors = errors;
    }
    // Average: weight × time since last change, added to the running totals.
    let ids: Vec<u64> = w.keys().copied().collect();
    for id in ids {
        update(&mut w, id, 0.0, t);
    }
    let denom = t.max(1) as f32;
    let averaged: FxHashMap<u64, f32> = total
        .into_iter()
        .map(|(id, s)| (id, s / denom))
        .filter(|(_, v)| v.abs() > 1e-6)
        .collect();
    let Model { lexicon, .. } = model;
    (
        Model {
            lexicon,
            weights: averaged,
        },
        stats,
    )
}

fn gcd(a: usize, b: usize) -> usize {
    if b == 0 { a } else { gcd(b, a % b) }
}

/// Word accuracy of `segmenter` on gold words: (correct, total).
#[must_use]
pub fn accuracy(segmenter: &Segmenter, words: &[GoldWord]) -> (usize, usize) {
    let correct = words
        .iter()
        .filter(|w| {
            let letters = Letters::new(&w.key);
            segmenter.best_split(&letters.keys, letters.final_maqsura) == w.split()
        })
        .count();
    (correct, words.len())
}

/// Sentences of gold words as CoNLL-U: a range line for each word with clitics, one row per
/// segment (ids, forms and `SpaceAfter=No` only; other columns `_`).
#[must_use]
pub fn to_conllu(sentences: &[Vec<GoldWord>]) -> String {
    let mut out = String::new();
    for (si, s) in sentences.iter().enumerate() {
        out.push_str(&format!("# sent_id = heldout-{}\n", si + 1));
        let mut id = 1;
        for w in s {
            let chars: Vec<char> = w.key.chars().collect();
            let n = chars.len();
            let a = usize::from(w.prefix).min(n);
            let b = n.saturating_sub(usize::from(w.suffix)).max(a);
            let mut parts: Vec<String> = chars[..a].iter().map(|c| c.to_string()).collect();
            if b > a {
                parts.push(chars[a..b].iter().collect());
            }
            if n > b {
                parts.push(chars[b..].iter().collect());
            }
            if parts.len() > 1 {
                out.push_str(&format!(
                    "{id}-{}\t{}\t_\t_\t_\t_\t_\t_\t_\t_\n",
                    id + parts.len() - 1,
                    w.key
                ));
            }
            for p in parts {
                out.push_str(&format!("{id}\t{p}\t_\t_\t_\t_\t_\t_\t_\t_\n"));
                id += 1;
            }
        }
        out.push('\n');
    }
    out
}

/// The words `segmenter` splits differently from the gold: (word, gold, predicted), each
/// written with `+` between clitics.
#[must_use]
pub fn errors(segmenter: &Segmenter, words: &[GoldWord]) -> Vec<(String, String, String)> {
    let show = |keys: &[char], s: Split| {
        let n = keys.len();
        let a = usize::from(s.prefix).min(n);
        let b = n.saturating_sub(usize::from(s.suffix)).max(a);
        let mut out = String::new();
        for (i, c) in keys.iter().enumerate() {
            if i > 0 && (i <= a || i == b) {
                out.push('+');
            }
            out.push(*c);
        }
        out
    };
    words
        .iter()
        .filter_map(|w| {
            let letters = Letters::new(&w.key);
            let got = segmenter.best_split(&letters.keys, letters.final_maqsura);
            (got != w.split()).then(|| {
                (
                    w.key.clone(),
                    show(&letters.keys, w.split()),
                    show(&letters.keys, got),
                )
            })
        })
        .collect()
}

/// The training data split and relabelled, as `cargo xtask morph` trains on it.
#[derive(Debug, Clone, Default)]
pub struct Prepared {
    /// Training words, relabelled.
    pub train: Vec<GoldWord>,
    /// Held-out words, relabelled with the training part's form counts.
    pub dev: Vec<GoldWord>,
    /// Held-out words as the data gives them.
    pub dev_raw: Vec<GoldWord>,
    /// Held-out sentences, relabelled like `dev`.
    pub dev_sentences: Vec<Vec<GoldWord>>,
    /// Words relabelled in the training and held-out parts.
    pub relabelled: (usize, usize),
}

/// Whether sentence `i` is held out: every tenth, starting with the tenth.
#[must_use]
pub const fn held_out(i: usize) -> bool {
    i % 10 == 9
}

/// Reads clitic-segmented CoNLL text, holds out every tenth sentence, and relabels both parts
/// ([`repair_proclitics`], with form counts from the training part only).
#[must_use]
pub fn prepare(conll: &str, lexicon: &impl Lookup) -> Prepared {
    let mut p = Prepared::default();
    for (i, s) in read_clitic_conll(conll, lexicon).into_iter().enumerate() {
        if held_out(i) {
            p.dev.extend(s.iter().cloned());
            p.dev_sentences.push(s);
        } else {
            p.train.extend(s);
        }
    }
    p.dev_raw = p.dev.clone();
    let seen = form_counts(&p.train);
    p.relabelled = (
        repair_proclitics(&mut p.train, lexicon, &seen),
        repair_proclitics(&mut p.dev, lexicon, &seen),
    );
    for s in &mut p.dev_sentences {
        repair_proclitics(s, lexicon, &seen);
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(key: &str, prefix: u8, suffix: u8) -> GoldWord {
        GoldWord {
            key: key.to_owned(),
            prefix,
            suffix,
        }
    }

    fn lexicon(entries: &[(&str, u8)]) -> FxHashMap<Box<str>, Entry> {
        entries
            .iter()
            .map(|&(k, freq)| (k.into(), Entry { freq, stem: 0 }))
            .collect()
    }

    /// The words as relabelled, with their form counts taken before.
    fn repaired(mut words: Vec<GoldWord>, lexicon: &FxHashMap<Box<str>, Entry>) -> Vec<GoldWord> {
        let seen = form_counts(&words);
        repair_proclitics(&mut words, lexicon, &seen);
        words
    }

    #[test]
    fn a_stray_split_of_a_conjunction_relabels_nothing() {
        // `وسط` kept whole 12 times and split once: the split is the data's slip.
        let mut words = vec![word("وسط", 0, 0); 12];
        words.push(word("وسط", 1, 0));
        let lex = lexicon(&[("وسط", 20), ("سط", 10)]);
        let out = repaired(words, &lex);
        assert_eq!(out.iter().filter(|w| w.prefix == 0).count(), 12);
    }

    #[test]
    fn a_stray_split_of_a_preposition_counts_with_a_current_rest() {
        // `بشكل` beside `ب شكل`: the data under-splits `ب`, and `شكل` is a common word.
        let mut words = vec![word("بشكل", 0, 0); 12];
        words.push(word("بشكل", 1, 0));
        let lex = lexicon(&[("بشكل", 22), ("شكل", 19)]);
        assert!(repaired(words, &lex).iter().all(|w| w.prefix == 1));
        // `ليست` beside a stray `ل يست`: `يست` is a fragment the list barely knows.
        let mut words = vec![word("ليست", 0, 0); 12];
        words.push(word("ليست", 1, 0));
        let lex = lexicon(&[("ليست", 20), ("يست", 11)]);
        let out = repaired(words, &lex);
        assert_eq!(out.iter().filter(|w| w.prefix == 0).count(), 12);
    }

    #[test]
    fn a_final_ya_is_weighed_as_alef_maqsura_too() {
        // The data writes `لدى` as `لدي`: `لدي+ها` is not `ل+دي+ها`, `دي` being rarer than
        // `لدى` though commoner than `لدي`.
        let words = vec![word("لديها", 0, 2); 3];
        let lex = lexicon(&[("لدى", 21), ("لدي", 17), ("دي", 18)]);
        assert!(repaired(words, &lex).iter().all(|w| w.prefix == 0));
    }

    #[test]
    fn a_conjunction_left_on_a_lam_alef_word_keeps_it_whole() {
        let words = vec![word("ولاية", 0, 0); 3];
        let lex = lexicon(&[("ولاية", 19), ("اية", 19), ("لاية", 8)]);
        assert!(repaired(words, &lex).iter().all(|w| w.prefix == 0));
        // `لاطلاق` alone is the preposition when the rest is as common.
        let words = vec![word("لاطلاق", 0, 0); 3];
        let lex = lexicon(&[("لاطلاق", 16), ("اطلاق", 18)]);
        assert!(repaired(words, &lex).iter().all(|w| w.prefix == 1));
    }
}
