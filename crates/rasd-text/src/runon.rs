//! Run-together words: finding where a space went missing (`وحقوقالإنسان` → `وحقوق|الإنسان`).
//!
//! Scraped Arabic news loses spaces at element boundaries and in careless typing. Because Arabic
//! glues clitics to words (`و` `ف` `ب` `ل` `ك`, the article `ال`, pronoun suffixes), a glued pair
//! often looks like one long word, and the splitter must tell the two apart without ever
//! splitting a real word: precision comes first.
//!
//! The model is a unigram cost model over the word-frequency [`Lexicon`]:
//! * the cost of reading the token as **one word** is the lowest of its lexicon cost (raised for
//!   rare entries: the tail of a web word list holds glued pairs such as `عيدالفطر`), the cost of
//!   a clitic analysis (a proclitic and/or a pronoun suffix around a known word, so that
//!   `كالاستقرار` = `ك` + `الاستقرار` and `تتبنها` = `تتبن` + `ها` stay whole), the cost of a
//!   dual, plural or adverbial ending on a known word (`يستأنفان`), and an unknown-word cost that
//!   grows with length (names like `بلينكين` are unknown but short);
//! * the cost of reading it as **several words** is found by a Viterbi search over split points:
//!   the pieces' lexicon costs plus a penalty per missing space. The penalty is lower where the
//!   spelling itself shows a word boundary: after `ة` or `ى`, which only end words, and before
//!   the article `ال`.
//!
//! A split is made only when it is cheaper than the one-word reading by a margin. Words that are
//! in the lexicon and not rare are never looked at, which keeps the common path to one hash
//! lookup per word.
//!
//! A word glued to digits (`رقم2576`) is already two tokens; when the letters form a known word,
//! a repair records the missing space so that the clean text reads `رقم 2576`.

use rustc_hash::FxHashMap;
use serde::Deserialize;

use crate::chars::is_arabic_letter;
use crate::document::{Repair, Token, TokenKind};
use crate::eval::{Counts, EvalReport};
use crate::lexicon::{COST_SCALE, Lexicon};
use crate::normalize::Normalizer;
use crate::span::Span;
use crate::tokenize::tokenize;

/// Longer "words" are noise (URLs in Arabic, letter runs); leave them alone.
const MAX_LETTERS: usize = 40;

/// The costs of the split model, in nats (negative log probabilities). The defaults were tuned
/// on a development gold set made from one slice of SaudiNewsNet (`cargo xtask merge-gold
/// --skip 0`) and are reported on another (`--skip 16000`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SplitParams {
    /// Known words at most this costly are never split.
    pub known_max_cost: f32,
    /// Words shorter than this (in letters) are never split.
    pub min_letters: usize,
    /// Unknown word cost: `oov_base + oov_per_letter × letters`. Long unknown strings are more
    /// likely glued words than short ones.
    pub oov_base: f32,
    /// See `oov_base`.
    pub oov_per_letter: f32,
    /// The cost of a proclitic analysis (`و` + known word) on top of the word's cost.
    pub proclitic_cost: f32,
    /// The cost of a pronoun-suffix analysis (known word + `ها`) on top of the word's cost.
    pub enclitic_cost: f32,
    /// The cost of a missing space.
    pub space_penalty: f32,
    /// The cost of a missing space after `ة` or `ى`, which only end words.
    pub space_penalty_after_final: f32,
    /// The cost of a missing space before the article `ال`.
    pub space_penalty_before_article: f32,
    /// The cost of a dual, plural or adverbial ending (`يستأنفان` = `يستأنف` + `ان`) on a
    /// known word. Not offered when the ending is written with hamza (`أن`, `إن`): then it is
    /// the particle.
    pub inflection_cost: f32,
    /// A two-letter piece must be at most this costly (a common word).
    pub short_piece_max_cost: f32,
    /// A three-letter piece must be at most this costly: short rare pieces are how foreign
    /// names fall apart (`كين|وين`).
    pub mid_piece_max_cost: f32,
    /// A split whose cheapest reading needs a piece more costly than this is not made. On
    /// natural text the words the splitter looks at are mostly foreign names and rare
    /// spellings, and a reading that needs a word from the far tail of the list is how they
    /// fall apart (`والإنتر|كونتينتال`, `إن|فورما`). A veto, not a limit on the search: barred
    /// pieces would only make the search settle for a worse reading.
    pub max_piece_cost: f32,
    /// Added to the lexicon cost of a word rarer than `known_max_cost`: the rare tail of a web
    /// word list holds glued pairs (`عيدالفطر`) beside real rare words.
    pub rare_word_penalty: f32,
    /// How much cheaper the split reading must be than the one-word reading.
    pub margin: f32,
}

impl Default for SplitParams {
    fn default() -> Self {
        Self {
            known_max_cost: 13.0,
            min_letters: 4,
            oov_base: 14.0,
            oov_per_letter: 2.0,
            proclitic_cost: 2.0,
            enclitic_cost: 2.0,
            space_penalty: 4.0,
            space_penalty_after_final: 0.5,
            space_penalty_before_article: 2.0,
            inflection_cost: 6.0,
            short_piece_max_cost: 9.0,
            mid_piece_max_cost: 12.0,
            max_piece_cost: 17.0,
            rare_word_penalty: 4.0,
            margin: 1.5,
        }
    }
}

/// Confidence of a letters–digits repair.
const DIGIT_JUNCTION_CONFIDENCE: f32 = 0.9;

/// Proclitic sequences and what they leave of the word: `لل` + `X` is `ل` + `الX`.
/// Ordered longest first; each is tried.
const PROCLITICS: &[(&str, &str)] = &[
    ("وبال", ""),
    ("وكال", ""),
    ("فبال", ""),
    ("وال", ""),
    ("فال", ""),
    ("بال", ""),
    ("كال", ""),
    ("ولل", "ال"),
    ("فلل", "ال"),
    ("لل", "ال"),
    ("وب", ""),
    ("ول", ""),
    ("وك", ""),
    ("فب", ""),
    ("فل", ""),
    ("فك", ""),
    ("و", ""),
    ("ف", ""),
    ("ب", ""),
    ("ل", ""),
    ("ك", ""),
];

/// Pronoun suffixes, longest first.
const ENCLITICS: &[&str] = &["هما", "كما", "هم", "هن", "كم", "نا", "ها", "ه", "ي", "ك"];

/// Dual and plural endings of nouns and verbs, and the adverbial `يا` (`رسميا`), longest first.
const INFLECTIONS: &[&str] = &["تان", "تين", "ان", "ين", "ون", "ات", "يا"];

/// Finds the missing spaces in `tokens` (of `text`) and returns one repair per split point, in
/// text order. The engine then splits the tokens with
/// [`split_tokens_at`](crate::tokenize::split_tokens_at).
#[must_use]
pub fn find_repairs(text: &str, tokens: &[Token], lexicon: &Lexicon) -> Vec<Repair> {
    find_repairs_with(text, tokens, &Splitter::new(lexicon))
}

/// [`find_repairs`] with a given splitter (and so given [`SplitParams`]).
#[must_use]
pub fn find_repairs_with(text: &str, tokens: &[Token], splitter: &Splitter<'_>) -> Vec<Repair> {
    // Names and terms repeat within an article: each distinct word is scored once.
    let mut cache: FxHashMap<&str, Vec<(usize, f32)>> = FxHashMap::default();
    let mut repairs = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        let written = token.span.slice(text);
        if token.kind == TokenKind::Word {
            let splits = cache
                .entry(written)
                .or_insert_with(|| splitter.split(written));
            for &(at, confidence) in splits.iter() {
                repairs.push(Repair {
                    span: token.span,
                    split_at: token.span.start + at,
                    confidence,
                });
            }
        }
        if let Some(next) = tokens.get(i + 1)
            && next.span.start == token.span.end
            && splitter.digit_junction(token, next, text)
        {
            repairs.push(Repair {
                span: Span::new(token.span.start, next.span.end),
                split_at: next.span.start,
                confidence: DIGIT_JUNCTION_CONFIDENCE,
            });
        }
    }
    repairs
}

/// Scores one word at a time against a lexicon.
#[derive(Debug, Clone, Copy)]
pub struct Splitter<'a> {
    lexicon: &'a Lexicon,
    normalizer: Normalizer,
    params: SplitParams,
}

impl<'a> Splitter<'a> {
    /// A splitter over `lexicon` (whose keys are standard-normalized forms).
    #[must_use]
    pub fn new(lexicon: &'a Lexicon) -> Self {
        Self::with_params(lexicon, SplitParams::default())
    }

    /// A splitter over `lexicon` with other costs.
    #[must_use]
    pub fn with_params(lexicon: &'a Lexicon, params: SplitParams) -> Self {
        Self {
            lexicon,
            normalizer: Normalizer::standard(),
            params,
        }
    }

    /// Where to split `word` (as written): byte offsets inside it and the confidence of each,
    /// or nothing when it should stay whole.
    #[must_use]
    pub fn split(&self, word: &str) -> Vec<(usize, f32)> {
        // Cheap check first: a known, not rare word is the common case.
        let norm = self.normalizer.normalize(word);
        if let Some(cost) = self.cost(&norm)
            && cost <= self.params.known_max_cost
        {
            return Vec::new();
        }
        let letters = norm.chars().count();
        if !(self.params.min_letters..=MAX_LETTERS).contains(&letters)
            || !norm.chars().all(is_arabic_letter)
        {
            return Vec::new();
        }
        let Some((split_cost, points)) = self.best_split(&norm) else {
            return Vec::new();
        };
        let mut whole = self.whole_cost(&norm, letters);
        // A dual or plural ending, unless written with hamza (`يتوقعأن` is `يتوقع أن`).
        let hamza_ending = word
            .trim_end_matches(|c: char| crate::chars::is_arabic_mark(c))
            .ends_with('ن')
            && word
                .chars()
                .rev()
                .filter(|&c| is_arabic_letter(c))
                .nth(1)
                .is_some_and(|c| matches!(c, 'أ' | 'إ' | 'آ'));
        if !hamza_ending {
            whole = whole.min(self.inflection_cost(&norm));
        }
        let gain = whole - split_cost;
        if gain < self.params.margin
            || self.needs_far_tail(&norm, &points)
            || article_cut(word, &norm, &points)
        {
            return Vec::new();
        }
        let confidence = 1.0 / (1.0 + (-gain).exp());
        let origins = self.origins(word);
        points
            .into_iter()
            .filter_map(|p| origin_of(&origins, p))
            .map(|at| (at, confidence))
            .collect()
    }

    /// Whether two touching tokens are a known word glued to a number (`رقم2576`, `3مليارات`).
    fn digit_junction(&self, a: &Token, b: &Token, text: &str) -> bool {
        let word = match (a.kind, b.kind) {
            (TokenKind::Word, TokenKind::Number) => a,
            (TokenKind::Number, TokenKind::Word) => b,
            _ => return false,
        };
        let norm = self.normalizer.normalize(word.span.slice(text));
        norm.chars().count() >= 2
            && !is_clitic_only(&norm)
            && self
                .cost(&norm)
                .is_some_and(|c| c <= self.params.known_max_cost)
    }

    fn cost(&self, norm: &str) -> Option<f32> {
        self.lexicon.cost(norm)
    }

    /// The cost of reading `norm` as one word.
    fn whole_cost(&self, norm: &str, letters: usize) -> f32 {
        #[allow(clippy::cast_precision_loss)] // letters ≤ MAX_LETTERS
        let mut best = self.params.oov_base + self.params.oov_per_letter * letters as f32;
        if let Some(c) = self.cost(norm) {
            best = best.min(c + self.params.rare_word_penalty);
        }
        if let Some(c) = self.enclitic_cost(norm) {
            best = best.min(c);
        }
        let mut base = String::new();
        for &(clitic, restore) in PROCLITICS {
            let Some(rest) = norm.strip_prefix(clitic) else {
                continue;
            };
            if rest.chars().count() < 2 {
                continue;
            }
            base.clear();
            base.push_str(restore);
            base.push_str(rest);
            let stem = self
                .cost(&base)
                .into_iter()
                .chain(self.enclitic_cost(&base))
                .fold(f32::INFINITY, f32::min);
            best = best.min(stem + self.params.proclitic_cost);
        }
        best
    }

    /// The cost of `norm` as a known word with a dual or plural ending.
    fn inflection_cost(&self, norm: &str) -> f32 {
        let mut best = f32::INFINITY;
        for suffix in INFLECTIONS {
            let Some(stem) = norm.strip_suffix(suffix) else {
                continue;
            };
            if stem.chars().count() < 3 || ends_word(stem) {
                continue;
            }
            if let Some(c) = self.cost(stem) {
                best = best.min(c + self.params.inflection_cost);
            }
        }
        best
    }

    /// The cost of `norm` as a known word with a pronoun suffix.
    fn enclitic_cost(&self, norm: &str) -> Option<f32> {
        let mut best: Option<f32> = None;
        for suffix in ENCLITICS {
            let Some(stem) = norm.strip_suffix(suffix) else {
                continue;
            };
            if stem.chars().count() < 2 || ends_word(stem) {
                continue;
            }
            let mut cost = self.cost(stem);
            // A feminine noun's ta marbuta is written ت before a suffix: حكومتها = حكومة + ها.
            if let Some(base) = stem.strip_suffix('ت') {
                let restored = format!("{base}ة");
                cost = match (cost, self.cost(&restored)) {
                    (Some(a), Some(b)) => Some(a.min(b)),
                    (a, b) => a.or(b),
                };
            }
            if let Some(c) = cost {
                let c = c + self.params.enclitic_cost;
                best = Some(best.map_or(c, |b: f32| b.min(c)));
            }
        }
        best
    }

    /// The cheapest reading of `norm` as two or more known words: its cost and the split points
    /// (byte offsets in `norm`).
    fn best_split(&self, norm: &str) -> Option<(f32, Vec<usize>)> {
        let n = norm.len();
        let mut best = vec![f32::INFINITY; n + 1];
        let mut back = vec![usize::MAX; n + 1];
        best[0] = 0.0;
        for (j, _) in norm.char_indices() {
            if !best[j].is_finite() {
                continue;
            }
            let penalty = if j == 0 {
                0.0
            } else {
                self.space_penalty(norm, j)
            };
            let from = best[j] + penalty;
            let rest = &norm[j..];
            self.lexicon.for_each_prefix(rest, |len, raw| {
                let i = j + len;
                if j == 0 && i == n {
                    return; // the whole word is not a split
                }
                #[allow(clippy::cast_precision_loss)] // stored costs are small
                let cost = raw as f32 / COST_SCALE;
                if !self.piece_ok(&rest[..len], cost) {
                    return;
                }
                if from + cost < best[i] {
                    best[i] = from + cost;
                    back[i] = j;
                }
            });
        }
        if !best[n].is_finite() {
            return None;
        }
        let mut points = Vec::new();
        let mut i = back[n];
        while i > 0 && i != usize::MAX {
            points.push(i);
            i = back[i];
        }
        points.reverse();
        (!points.is_empty()).then_some((best[n], points))
    }

    /// Whether a piece of the split of `norm` at `points` is costlier than `max_piece_cost`.
    fn needs_far_tail(&self, norm: &str, points: &[usize]) -> bool {
        let mut start = 0;
        for end in points.iter().copied().chain(std::iter::once(norm.len())) {
            let cost = norm
                .get(start..end)
                .and_then(|piece| self.cost(piece))
                .unwrap_or(f32::INFINITY);
            if cost > self.params.max_piece_cost {
                return true;
            }
            start = end;
        }
        false
    }

    /// The cost of a missing space before byte `j` of `norm`.
    fn space_penalty(&self, norm: &str, j: usize) -> f32 {
        if ends_word(&norm[..j]) {
            self.params.space_penalty_after_final
        } else if norm[j..].starts_with("ال") {
            self.params.space_penalty_before_article
        } else {
            self.params.space_penalty
        }
    }

    /// Whether `piece` may stand as a word of a split.
    fn piece_ok(&self, piece: &str, cost: f32) -> bool {
        let letters = piece.chars().count();
        letters >= 2
            && !is_clitic_only(piece)
            && (letters > 2 || cost <= self.params.short_piece_max_cost)
            && (letters != 3 || cost <= self.params.mid_piece_max_cost)
    }

    /// For each char of the normalized form of `word`: (its byte offset in the normalized form,
    /// the byte offset in `word` of the written char it came from).
    fn origins(&self, word: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::with_capacity(word.len() / 2);
        let mut norm_len = 0;
        for (i, c) in word.char_indices() {
            let piece = &word[i..i + c.len_utf8()];
            for d in self.normalizer.normalize(piece).chars() {
                out.push((norm_len, i));
                norm_len += d.len_utf8();
            }
        }
        out
    }
}

/// Whether the split cuts the article and one letter off the word (`الف|نزولي`, `الم|بطون`):
/// the piece reads as a common word only through normalization (`ألف`, `ألم`, `إلا`), while
/// the writer wrote the article, with a bare alef.
fn article_cut(word: &str, norm: &str, points: &[usize]) -> bool {
    let Some(&first) = points.first() else {
        return false;
    };
    let piece = norm.get(..first).unwrap_or("");
    let written = word.trim_start_matches(|c: char| crate::chars::is_arabic_mark(c));
    piece.starts_with("ال") && piece.chars().count() == 3 && written.starts_with("ال")
}

/// Whether `s` ends with a letter that only ends words (`ة`, `ى`): nothing can follow it in
/// the same word, so a suffix after it is really a second word.
fn ends_word(s: &str) -> bool {
    s.ends_with(['ة', 'ى'])
}

/// The written offset where normalized offset `p` starts, unless `p` falls inside what one
/// written character became (a ligature), where no space can go.
fn origin_of(origins: &[(usize, usize)], p: usize) -> Option<usize> {
    let k = origins.binary_search_by_key(&p, |&(n, _)| n).ok()?;
    let at = origins[k].1;
    let prev = origins.get(k.checked_sub(1)?)?.1;
    (prev != at).then_some(at)
}

/// Whether `s` is only clitics (`ال`, `وب`, `لل` …), which never stand alone.
fn is_clitic_only(s: &str) -> bool {
    s == "ال" || PROCLITICS.iter().any(|&(c, _)| c == s)
}

/// One line of a merge gold file.
#[derive(Debug, Deserialize)]
struct GoldLine {
    text: String,
    /// `[start, end, split_at]` in code points: the glued word and where the space belongs.
    merged: Vec<[usize; 3]>,
}

/// Measures the splitter against gold data: JSONL lines `{"text": …, "merged": [[start, end,
/// split_at], …]}` in code-point offsets. A predicted split point counts as correct when the gold
/// has a space missing at the same offset. Lines that cannot be read are counted in
/// `gold.skipped` and left out.
#[must_use]
pub fn evaluate(gold: &str, path: &str, lexicon: &Lexicon) -> EvalReport {
    evaluate_with(gold, path, &Splitter::new(lexicon))
}

/// [`evaluate`] with a given splitter, to compare settings.
#[must_use]
pub fn evaluate_with(gold: &str, path: &str, splitter: &Splitter<'_>) -> EvalReport {
    const MAX_FAILURES: usize = 40;
    let mut report = EvalReport::new("merge", path);
    let normalizer = Normalizer::standard();
    let mut counts = Counts::default();
    let mut words = 0;
    for line in gold.lines() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let example: GoldLine = match serde_json::from_str(line) {
            Ok(v) => v,
            Err(_) => {
                report.skip("invalid JSON or missing text/merged");
                continue;
            }
        };
        let text = &example.text;
        let chars = text.chars().count();
        if example
            .merged
            .iter()
            .any(|&[s, e, at]| !(s < at && at < e && e <= chars))
        {
            report.skip("merged offsets out of range");
            continue;
        }
        report.gold.examples += 1;
        let tokens = tokenize(text, &normalizer);
        words += tokens.len();
        let repairs = find_repairs_with(text, &tokens, splitter);
        let char_of = char_index(text);
        let mut predicted: Vec<usize> = repairs
            .iter()
            .filter_map(|r| char_of.get(&r.split_at).copied())
            .collect();
        predicted.sort_unstable();
        predicted.dedup();
        let mut expected: Vec<usize> = example.merged.iter().map(|m| m[2]).collect();
        expected.sort_unstable();
        expected.dedup();
        for p in &predicted {
            if expected.binary_search(p).is_ok() {
                counts.tp += 1;
            } else {
                counts.fp += 1;
                report.add_failure(MAX_FAILURES, || {
                    format!("split, gold has none: {}", show(text, *p))
                });
            }
        }
        for e in &expected {
            if predicted.binary_search(e).is_err() {
                counts.fn_ += 1;
                report.add_failure(MAX_FAILURES, || format!("missed: {}", show(text, *e)));
            }
        }
    }
    report.metrics = counts.metrics();
    report.counts.insert("true_positives".into(), counts.tp);
    report.counts.insert("false_positives".into(), counts.fp);
    report.counts.insert("false_negatives".into(), counts.fn_);
    report.counts.insert("tokens".into(), words);
    report
        .notes
        .push("scored on split points: a split counts when the gold misses a space there".into());
    report
}

/// Byte offset → code-point index, for every char boundary of `text`.
fn char_index(text: &str) -> FxHashMap<usize, usize> {
    text.char_indices()
        .enumerate()
        .map(|(k, (b, _))| (b, k))
        .chain(std::iter::once((text.len(), text.chars().count())))
        .collect()
}

/// The word around code point `at` with a `|` where the split is.
fn show(text: &str, at: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    let is_word = |c: &char| !c.is_whitespace();
    let mut start = at.min(chars.len());
    while start > 0 && chars.get(start - 1).is_some_and(is_word) {
        start -= 1;
    }
    let mut end = at.min(chars.len());
    while end < chars.len() && chars.get(end).is_some_and(is_word) {
        end += 1;
    }
    let left: String = chars[start..at.min(chars.len())].iter().collect();
    let right: String = chars[at.min(chars.len())..end].iter().collect();
    format!("{left}|{right}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> Lexicon {
        // Costs in hundredths of a nat, in the range wordfreq gives these words.
        Lexicon::from_costs([
            ("في", 340),
            ("ان", 620),
            ("وحقوق", 1090),
            ("الانسان", 900),
            ("حقوق", 900),
            ("الاستقرار", 1050),
            ("بلين", 1350),
            ("كين", 1110),
            ("العراق", 750),
            ("الحكومة", 850),
            ("يستانف", 1250),
            ("الانتر", 1200),
            ("كونتينتال", 1750),
            ("فيرست", 1650),
            ("الف", 800),
            ("نزولي", 1100),
        ])
        .unwrap()
    }

    fn splits(word: &str) -> Vec<String> {
        let lex = lexicon();
        let s = Splitter::new(&lex);
        let mut out = Vec::new();
        let mut from = 0;
        for (at, conf) in s.split(word) {
            assert!(conf > 0.5);
            out.push(word[from..at].to_owned());
            from = at;
        }
        if !out.is_empty() {
            out.push(word[from..].to_owned());
        }
        out
    }

    #[test]
    fn splits_glued_words() {
        assert_eq!(splits("وحقوقالإنسان"), vec!["وحقوق", "الإنسان"]);
        assert_eq!(splits("فيالعراق"), vec!["في", "العراق"]);
    }

    #[test]
    fn a_reading_that_needs_a_word_of_the_far_tail_is_not_made() {
        // A long foreign name is costly as an unknown word, but reading it as a known word and
        // one from the far tail of the list is no better evidence.
        assert!(splits("الانتركونتينتال").is_empty());
        assert_eq!(splits("الانترفيرست"), vec!["الانتر", "فيرست"]);
    }

    #[test]
    fn the_article_and_one_letter_are_not_a_word() {
        // `الف` reads as `ألف` only once normalized; written so, it is the article.
        assert!(splits("الفنزولي").is_empty());
        assert_eq!(splits("ألفنزولي"), vec!["ألف", "نزولي"]);
    }

    #[test]
    fn keeps_clitic_forms_and_names() {
        assert!(splits("كالاستقرار").is_empty());
        assert!(splits("بلينكين").is_empty());
        assert!(splits("العراق").is_empty());
    }

    #[test]
    fn endings_and_word_final_letters() {
        // A dual ending stays; the particle written with hamza is a word of its own.
        assert!(splits("يستأنفان").is_empty());
        assert_eq!(splits("يستأنفأن"), vec!["يستأنف", "أن"]);
        // Nothing follows ta marbuta inside a word.
        assert_eq!(splits("الحكومةان"), vec!["الحكومة", "ان"]);
    }

    #[test]
    fn splits_point_into_the_written_word() {
        // Diacritics and tatweel stay with the letter they follow.
        assert_eq!(splits("فيّالعـراق"), vec!["فيّ", "العـراق"]);
    }

    #[test]
    fn digit_junctions() {
        let lex = lexicon();
        let text = "في2021 و2500";
        let tokens = tokenize(text, &Normalizer::standard());
        let repairs = find_repairs(text, &tokens, &lex);
        assert_eq!(repairs.len(), 1);
        assert_eq!(repairs[0].split_at, text.find('2').unwrap());
    }

    #[test]
    fn evaluation_counts_split_points() {
        let lex = lexicon();
        let gold = concat!(
            r#"{"text": "قال فيالعراق ان", "merged": [[4, 12, 6]]}"#,
            "\n",
            r#"{"text": "بلينكين", "merged": []}"#,
            "\nnot json\n",
            r#"{"text": "في", "merged": [[0, 9, 1]]}"#,
        );
        let report = evaluate(gold, "gold.jsonl", &lex);
        assert_eq!(report.gold.examples, 2);
        assert_eq!(report.gold.skipped.values().sum::<usize>(), 2);
        assert_eq!(report.metrics["precision"], 1.0);
        assert_eq!(report.metrics["recall"], 1.0);
    }
}
