//! The segmenter: a loaded model and the functions that analyse one word.

use std::sync::OnceLock;

use rasd_text::chars::is_arabic_letter;
use rasd_text::segment::{Segment, SegmentKind};
use rasd_text::{Span, Token, TokenKind};
use rustc_hash::FxHashMap;

use crate::error::MorphError;
use crate::fine::{LetterSeg, accusative_alef, fine_segments, preposition_before};
use crate::grammar::{Split, article_has_stem, candidates};
use crate::hot::{HotBuilder, HotTable};
use crate::letters::Letters;
use crate::model::{Features, Model};

/// Frequency bucket (about one in four million words) from which a word with the article
/// before it shows that the word is a noun of its own (see `Segmenter::defined_whole`).
const DEFINED_WHOLE_FREQ: u8 = 10;

/// Frequency bucket (about one in four million words) from which a word can be shown to own
/// its first letter by the rarity of the rest (see `Segmenter::own_first_letter`).
const OWN_LETTER_MIN_FREQ: u8 = 10;

/// Which segmentation scheme to produce.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Scheme {
    /// Clitics, the article and noun/verb affixes (Farasa style): `و+ال+مبذول+ة`.
    #[default]
    Fine,
    /// Clitics only (Penn Arabic Treebank / UD style): `و+ب+قواعد+هم`.
    Clitics,
}

/// Everything the segmenter says about one word. Spans are relative to the word.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct WordAnalysis {
    /// Fine-scheme segments, in order, covering the word exactly.
    pub segments: Vec<Segment>,
    /// The light stem: the word without clitics and article, in key form (see [`crate::key`]).
    pub stem: String,
    /// The lemma-like key, when the word's base is known (see the crate docs).
    pub lemma: Option<String>,
}

/// Segments words with a loaded [`Model`]. Immutable and `Send + Sync`; build it once.
///
/// The most frequent words of the lexicon are analysed once when the segmenter is built and kept
/// in a read-only table (no locks): in news text most tokens hit it.
#[derive(Debug, Clone)]
pub struct Segmenter {
    model: Model,
    hot: HotTable,
}

#[cfg(feature = "embedded-model")]
static EMBEDDED: &[u8] = include_bytes!("../../../models/morph.bin.gz");

static SHARED: OnceLock<Option<Segmenter>> = OnceLock::new();

impl Segmenter {
    /// A segmenter over `model`; analyses the most frequent words up front.
    #[must_use]
    pub fn new(mut model: Model) -> Self {
        let frequent = model.take_frequent();
        let mut seg = Self::without_table(model);
        let mut hot = HotBuilder::default();
        for k in &frequent {
            let letters = Letters::new(k);
            let (segs, stem, lemma) = seg.analyze_letters(&letters, Spelling::Unknown);
            hot.push(k, &segs, &stem, lemma.as_deref());
        }
        drop(frequent);
        seg.hot = hot.build();
        seg
    }

    /// A segmenter over `model` with no precomputed table: every word goes through the model
    /// (for measuring the model itself).
    #[must_use]
    pub fn without_table(model: Model) -> Self {
        Self {
            model,
            hot: HotTable::default(),
        }
    }

    /// Number of precomputed words.
    #[must_use]
    pub fn hot_words(&self) -> usize {
        self.hot.len()
    }

    /// Bytes the loaded model and the precomputed table hold on the heap (hash map slots
    /// estimated from their capacity).
    #[must_use]
    pub fn heap_bytes(&self) -> usize {
        self.model.heap_bytes() + self.hot.heap_bytes()
    }

    /// Whether `word` is answered from the precomputed table.
    #[must_use]
    pub fn is_precomputed(&self, word: &str) -> bool {
        self.hot.get(crate::letters::key(word).as_str()).is_some()
    }

    /// The analysis of a word's letters, in letter indices.
    fn analyze_letters(
        &self,
        letters: &Letters,
        spelling: Spelling,
    ) -> (Vec<LetterSeg>, String, Option<String>) {
        let mut split = self.best_split_in(&letters.keys, letters.final_maqsura, spelling);
        if letters.hamza_after_conjunction && split.prefix == 0 {
            split = self
                .with_conjunction(&letters.keys, letters.final_maqsura, split)
                .unwrap_or(split);
        }
        let mut segs: Vec<LetterSeg> = Vec::with_capacity(6);
        fine_segments(&self.model, &letters.keys, split, &mut segs);
        let (stem, lemma) = self.stem_and_lemma(letters, &segs);
        (segs, stem, lemma)
    }

    /// Loads a segmenter from a model file's bytes.
    ///
    /// # Errors
    /// [`MorphError`] when the bytes are not a valid model of this version.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, MorphError> {
        Model::from_bytes(bytes).map(Self::new)
    }

    /// The model compiled into the crate, loaded (and checked) once per process.
    ///
    /// # Errors
    /// [`MorphError`] when the embedded model fails its check (a broken build), or when the
    /// crate was built without it.
    pub fn embedded() -> Result<&'static Segmenter, MorphError> {
        match SHARED.get_or_init(|| Self::load_embedded().ok()) {
            Some(s) => Ok(s),
            // Loading failed once; load again to report why (this path only runs on a broken
            // build, so the repeated work does not matter).
            None => Err(Self::load_embedded().err().unwrap_or(MorphError::Truncated)),
        }
    }

    #[cfg(feature = "embedded-model")]
    fn load_embedded() -> Result<Segmenter, MorphError> {
        Self::from_bytes(EMBEDDED)
    }

    #[cfg(not(feature = "embedded-model"))]
    fn load_embedded() -> Result<Segmenter, MorphError> {
        Err(MorphError::NotEmbedded)
    }

    /// The model behind the segmenter.
    #[must_use]
    pub fn model(&self) -> &Model {
        &self.model
    }

    /// The best clitic split of a word's letters.
    pub(crate) fn best_split(&self, keys: &[char], final_maqsura: bool) -> Split {
        self.best_split_in(keys, final_maqsura, Spelling::Unknown)
    }

    /// The best clitic split of a word's letters in a text of the given spelling.
    fn best_split_in(&self, keys: &[char], final_maqsura: bool, spelling: Spelling) -> Split {
        let mut cands = Vec::with_capacity(16);
        candidates(keys, final_maqsura, &mut cands);
        if cands.len() == 1 {
            return Split::WHOLE;
        }
        let mut feats = Features::default();
        let misspelt_host = self.misspelt_maqsura_host(keys, spelling);
        let mut best = Split::WHOLE;
        let mut best_score = f32::NEG_INFINITY;
        for &c in &cands {
            if misspelt_host && c.prefix > 0 && c.suffix == 0 {
                continue;
            }
            let score = self.model.score(keys, c, &mut feats);
            if score > best_score {
                best_score = score;
                best = c;
            }
        }
        let chosen = self
            .hamza_seat_host(keys, &cands, best)
            .or_else(|| self.own_first_letter(keys, &cands, best, &mut feats))
            .or_else(|| self.lam_before_alef(keys, &cands, best))
            .or_else(|| self.alef_lam_host(keys, &cands, best))
            .or_else(|| self.tanween_after_preposition(keys, &cands, best))
            .or_else(|| self.defined_whole(keys, best))
            .unwrap_or(best);
        self.conjunction_host(keys, final_maqsura, spelling, &cands, chosen)
            .unwrap_or(chosen)
    }

    /// The reading `split` with the first letter of `keys` taken for the conjunction, its end
    /// kept (`وأردف` → `و+أردف`): for a word written with a hamza after `و` (`وأحد`), which the
    /// key folds into the spelling of a word of its own (`واحد`). `None` when the grammar
    /// allows no such reading (`وألباب+هم`: the letters after `و` would be the article, which
    /// takes no pronoun).
    fn with_conjunction(&self, keys: &[char], final_maqsura: bool, split: Split) -> Option<Split> {
        let mut cands = Vec::with_capacity(16);
        candidates(keys, final_maqsura, &mut cands);
        let joined = Split {
            prefix: 1,
            suffix: split.suffix,
        };
        cands.contains(&joined).then_some(joined)
    }

    /// `واتهم` read as `و+ات+هم` while `اتهم` alone is read whole: a conjunction joins a
    /// whole word and changes nothing inside it, so the word after `و` or `ف` is split as it
    /// is on its own. The model weighs the pair of clitics together (`و` with `هم` is a common
    /// pair), and for a verb whose last letters spell a pronoun that pair can outweigh what
    /// the rest alone shows. The rest's own reading, with the conjunction before it, wins when
    /// the grammar allows it.
    fn conjunction_host(
        &self,
        keys: &[char],
        final_maqsura: bool,
        spelling: Spelling,
        cands: &[Split],
        chosen: Split,
    ) -> Option<Split> {
        if chosen.prefix == 0 || !matches!(keys.first(), Some('و' | 'ف')) || keys.len() < 4 {
            return None;
        }
        let rest = self.best_split_in(&keys[1..], final_maqsura, spelling);
        let joined = Split {
            prefix: rest.prefix + 1,
            suffix: rest.suffix,
        };
        (joined != chosen && cands.contains(&joined)).then_some(joined)
    }

    /// `وجبات`, `ولاية`, `فلسفة` read as `و+جبات`, `و+ل+اية`, `ف+ل+سفة`: a first letter read
    /// as a proclitic although the word without it is far rarer than the word. A conjunction
    /// adds to a word, so `و+X` is rarer than `X`; a word sixteen times as frequent as what
    /// follows its first letter (and common itself) owns that letter. Prepositions make fixed
    /// phrases with rare hosts (`بمثابة`, `بصدد`), so after `ب ل ك` only a host the word list
    /// does not know at all counts. The best reading without proclitics is taken instead.
    fn own_first_letter(
        &self,
        keys: &[char],
        cands: &[Split],
        best: Split,
        feats: &mut Features,
    ) -> Option<Split> {
        if best.prefix == 0 || keys.len() < 3 {
            return None;
        }
        let freq = |k: &[char]| self.model.entry(&k.iter().collect::<String>()).freq;
        let whole = freq(keys);
        let after = &keys[1..];
        // `ل` before the article drops its alef (`للكعبة`): the rest is `الكعبة`, or the word
        // itself when it begins with `ل` (`للاعبي`).
        let rest = if keys[0] == 'ل' && after[0] == 'ل' {
            self.model
                .entry(
                    &std::iter::once('ا')
                        .chain(after.iter().copied())
                        .collect::<String>(),
                )
                .freq
                .max(freq(after))
        } else {
            freq(after)
        };
        // A defined rest is nearly always the conjunction and the article, even when a fixed
        // pair makes the whole the commoner (`الصبر والسلوان`); only an unknown one (`الدتي`
        // of `والدتي`) says the letters are the word's own.
        let defined = after.starts_with(&['ا', 'ل']);
        let owned = whole >= OWN_LETTER_MIN_FREQ
            && match keys[0] {
                'و' | 'ف' if !defined => u32::from(whole) >= u32::from(rest) + 4,
                'و' | 'ف' | 'ب' | 'ل' | 'ك' => rest == 0,
                _ => false,
            };
        if !owned {
            return None;
        }
        cands
            .iter()
            .filter(|c| c.prefix == 0)
            .map(|&c| (self.model.score(keys, c, feats), c))
            .max_by(|x, y| x.0.total_cmp(&y.0))
            .map(|(_, c)| c)
    }

    /// `بنود` read as `ب+نود`, `لجان` as `ل+جان`: a preposition before a host that is a
    /// common word in itself. The article comes after a preposition, never before it, so a
    /// common `البنود` shows that the whole word is a noun with its article; when the word list
    /// has it (one in four million words or more) and more often than the host with the
    /// article (`النود`), the word stays whole. A real preposition leaves no such trace:
    /// `اللحكومة` is no word, `الحكومة` is.
    /// A conjunction before the preposition changes nothing (`وبنود` → `و+بنود`).
    fn defined_whole(&self, keys: &[char], best: Split) -> Option<Split> {
        let p = usize::from(best.prefix);
        // The letters before the preposition: none, or a conjunction.
        let conjunction = match p {
            1 => 0,
            2 if matches!(keys.first(), Some('و' | 'ف')) => 1,
            _ => return None,
        };
        if best.suffix != 0 || keys.len() < p + 3 || !preposition_before(keys, p) {
            return None;
        }
        let defined = |k: &[char]| {
            let word: String = ['ا', 'ل'].iter().chain(k).collect();
            self.model.entry(&word).freq
        };
        let (whole, host) = (defined(&keys[conjunction..]), defined(&keys[p..]));
        (whole >= DEFINED_WHOLE_FREQ && whole > host).then_some(Split {
            prefix: best.prefix - 1,
            suffix: 0,
        })
    }

    /// `كمينا`, `كبارا`: a preposition read before a host whose final alef is the tanween of
    /// the indefinite accusative by the word list's evidence (`ك+مينا`, with `مين` far commoner
    /// than `مينا`). A preposition's noun is in the genitive and takes no such alef, so that
    /// reading contradicts itself. When the word without the preposition is such an accusative
    /// too (`كمين`, a common word, before its alef), that reading wins. Hosts whose alef is
    /// their own (`بفرنسا`, `لسوريا`: `فرنس`, `سوري` are rarer than the names) keep their
    /// preposition, and so does a host whose alternative is no common word (`ليحيا`).
    fn tanween_after_preposition(
        &self,
        keys: &[char],
        cands: &[Split],
        best: Split,
    ) -> Option<Split> {
        let p = usize::from(best.prefix);
        // The host is everything after the preposition, even when the reading took its last
        // letters for the pronoun `نا` (`ك+مي+نا`): a noun in `ن` with tanween ends the same.
        // Not so `ها`, which is nearly always the pronoun (`ب+أن+ها`).
        let pronoun_na = best.suffix == 2 && keys.ends_with(&['ن', 'ا']);
        if (best.suffix != 0 && !pronoun_na) || !preposition_before(keys, p) {
            return None;
        }
        let host = keys.get(p..)?;
        if host.len() < 4 || host.last() != Some(&'ا') || host.starts_with(&['ا', 'ل']) {
            return None;
        }
        let freq = |k: &[char]| self.model.entry(&k.iter().collect::<String>()).freq;
        // The same test as the fine scheme's for that alef.
        let accusative = |k: &[char]| accusative_alef(freq(&k[..k.len() - 1]), freq(k));
        if !accusative(host) {
            return None;
        }
        let without = cands
            .iter()
            .find(|c| c.suffix == 0 && usize::from(c.prefix) + 1 == p)?;
        accusative(&keys[p - 1..]).then_some(*without)
    }

    /// `وكالة`, `وكالات`: a preposition read before a host that begins with `ال` and has
    /// fewer than two letters after it besides a nominal ending (`ك+الة`, `ك+الات`). No noun
    /// has a one-letter stem, so that host cannot carry the article; it is a word of its own
    /// (`آلة`, `آلات`) only because alef variants are folded, and the model, which has learnt
    /// `ك+ال…` as "like the …", takes the preposition. The reading whose host is the most
    /// frequent word of the list wins instead (`وكالة` whole) when it is at least as frequent
    /// as the short host: `بألف` written `بالف` keeps its preposition, `الف` being the commoner
    /// word. A host that ends in `ت` before a pronoun is looked up with `ة` (`وكالت+ها`).
    fn alef_lam_host(&self, keys: &[char], cands: &[Split], best: Split) -> Option<Split> {
        let n = keys.len();
        let a = usize::from(best.prefix);
        let b = n.checked_sub(usize::from(best.suffix))?;
        let host = keys.get(a..b)?;
        let preposition = a > 0 && matches!(keys[a - 1], 'ب' | 'ك' | 'ل');
        if !preposition || !host.starts_with(&['ا', 'ل']) || article_has_stem(host, best.suffix > 0)
        {
            return None;
        }
        let freq = |c: &Split| {
            let mut s: String = keys[usize::from(c.prefix)..n - usize::from(c.suffix)]
                .iter()
                .collect();
            if c.suffix > 0 && s.ends_with('ت') {
                s.pop();
                s.push('ة');
            }
            self.model.entry(&s).freq
        };
        let own = freq(&best);
        cands
            .iter()
            .filter(|c| c.suffix == best.suffix && c.prefix < best.prefix)
            .map(|c| (freq(c), *c))
            .filter(|&(f, _)| f >= own)
            .max_by_key(|(f, c)| (*f, std::cmp::Reverse(c.prefix)))
            .map(|(_, c)| c)
    }

    /// `لإطلاق`, `لأكثر`: `ل` before a word with an initial alef is the preposition when the
    /// rest is a clearly more frequent word than the whole. The training data keeps nearly every
    /// such form whole (the lam-alef ligature), so the model cannot learn it; the word list
    /// knows both forms. Words that begin with `لا` themselves (`لاعبي`, `لايزال`) have no
    /// listed rest and stay as the model read them.
    fn lam_before_alef(&self, keys: &[char], cands: &[Split], best: Split) -> Option<Split> {
        if best.prefix != 0 || keys.len() < 4 || keys[0] != 'ل' || keys[1] != 'ا' {
            return None;
        }
        let end = keys.len().checked_sub(usize::from(best.suffix))?;
        let freq = |k: &[char]| self.model.entry(&k.iter().collect::<String>()).freq;
        let rest = freq(keys.get(1..end)?);
        let split = cands
            .iter()
            .find(|c| c.prefix == 1 && c.suffix == best.suffix)?;
        // Four times as frequent at least: names spelt with `لا` (`لاري`, `لاند`) have rests
        // about as common as themselves.
        (rest > 0 && u32::from(rest) >= u32::from(freq(&keys[..end])) + 2).then_some(*split)
    }

    /// For a stem whose final hamza sits on its seat before a pronoun (`وزرائها`, `بدمائهم`,
    /// `لقائهما`), the proclitics whose stem, written with its bare hamza, is the most frequent
    /// word (`وزراء` over `زراء`, `دماء` over `بدماء`, `لقاء` over `قاء`). The seat form is
    /// rare in the training data, so the model weighs these words poorly, while the word list
    /// knows the bare forms well. `None` when the best split has no such stem or no reading's
    /// stem is listed.
    fn hamza_seat_host(&self, keys: &[char], cands: &[Split], best: Split) -> Option<Split> {
        let n = keys.len();
        let seat_before = |suffix: u8| {
            n.checked_sub(usize::from(suffix) + 1)
                .is_some_and(|i| matches!(keys[i], 'ئ' | 'ؤ'))
        };
        // A best reading without the pronoun (`ل+لقائه`) is weighed against those with it;
        // not so a final `ي`, the ending of adjectives (`قضائي`, `نهائي`).
        let suffix = if best.suffix > 0 {
            best.suffix
        } else if keys.last() == Some(&'ي') {
            return None;
        } else {
            cands
                .iter()
                .map(|c| c.suffix)
                .filter(|&s| s > 0 && seat_before(s))
                .max()?
        };
        let stem_end = n.checked_sub(usize::from(suffix))?;
        if !seat_before(suffix) {
            return None;
        }
        let bare_freq = |c: &Split| {
            let mut s: String = keys[usize::from(c.prefix)..stem_end - 1].iter().collect();
            s.push('ء');
            self.model.entry(&s).freq
        };
        cands
            .iter()
            .filter(|c| c.suffix == suffix && usize::from(c.prefix) + 2 <= stem_end)
            .map(|c| (bare_freq(c), *c))
            .filter(|(f, _)| *f > 0)
            // The fewest proclitics win a tie: `max_by_key` keeps the last maximum.
            .max_by_key(|(f, c)| (*f, std::cmp::Reverse(c.prefix)))
            .map(|(_, c)| c)
    }

    /// Whether every proclitic reading of `keys` would leave a host spelled with a final `ي`
    /// where that host is normally written with `ى`, while the word itself is a word of its own.
    /// `الى` is far more common than `الي`, so `و+الي` is mostly a misspelt `و+الى`; whether
    /// `والي` is then the governor depends on the writer. In a text that writes `ى` (`على`,
    /// `الى`), a final ya is meant, and the word is read whole when it is common next to its
    /// host (`والي`), but not when it is rare (`وعلي` is `و+علي`, and Ali). In a text of unknown
    /// spelling the lexicon decides: the word is read whole when it is more often written with
    /// a ya than with a maqsura. The training data folds the two letters, so this is decided
    /// here.
    fn misspelt_maqsura_host(&self, keys: &[char], spelling: Spelling) -> bool {
        let n = keys.len();
        if n < 3 || keys[n - 1] != 'ي' {
            return false;
        }
        let freq = |k: &[char], maqsura: bool| {
            let mut s: String = k.iter().collect();
            if maqsura {
                s.pop();
                s.push('ى');
            }
            self.model.entry(&s).freq
        };
        let (word_ya, word_maqsura) = (freq(keys, false), freq(keys, true));
        // The host after one proclitic letter (the conjunction or preposition).
        let host = &keys[1..];
        let (host_ya, host_maqsura) = (freq(host, false), freq(host, true));
        let host_misspelt = u32::from(host_maqsura) >= u32::from(host_ya) + 2;
        let word_own = match spelling {
            Spelling::Unknown => word_ya > word_maqsura,
            Spelling::WritesMaqsura => u32::from(word_ya) + 4 >= u32::from(host_ya),
        };
        host_misspelt && word_own
    }

    /// Every clitic split the grammar allows for `word`, written with `+`, with its score, best
    /// first: what the model weighed (before the spelling check that keeps `والي` whole).
    #[must_use]
    pub fn explain(&self, word: &str) -> Vec<(String, f32)> {
        let letters = Letters::new(word);
        let mut cands = Vec::new();
        candidates(&letters.keys, letters.final_maqsura, &mut cands);
        let mut feats = Features::default();
        let mut out: Vec<(String, f32)> = cands
            .iter()
            .map(|&c| {
                let n = letters.len();
                let a = usize::from(c.prefix);
                let b = n - usize::from(c.suffix);
                let mut parts: Vec<String> =
                    letters.keys[..a].iter().map(char::to_string).collect();
                parts.push(letters.slice(a, b));
                if b < n {
                    parts.push(letters.slice(b, n));
                }
                parts.retain(|p| !p.is_empty());
                (
                    parts.join("+"),
                    self.model.score(&letters.keys, c, &mut feats),
                )
            })
            .collect();
        out.sort_by(|x, y| y.1.total_cmp(&x.1));
        out
    }

    /// Analyses one word: segments (fine scheme, word-relative spans), stem and lemma key.
    /// Never panics; a word without Arabic letters is one stem segment.
    #[must_use]
    pub fn analyze(&self, word: &str) -> WordAnalysis {
        self.analyze_in(word, Spelling::Unknown)
    }

    /// Like [`Segmenter::analyze`], for a word of a text whose spelling of final alef maqsura
    /// is known (see [`Spelling::of`]).
    #[must_use]
    pub fn analyze_in(&self, word: &str, spelling: Spelling) -> WordAnalysis {
        if word.is_empty() {
            return WordAnalysis::default();
        }
        let letters = Letters::new(word);
        if !letters.keys.iter().any(|&c| is_arabic_letter(c)) {
            return WordAnalysis {
                segments: vec![Segment {
                    span: Span::new(0, word.len()),
                    kind: SegmentKind::Stem,
                }],
                stem: letters.slice(0, letters.len()),
                lemma: None,
            };
        }
        let key: String = letters.keys.iter().collect();
        // The table was filled for text of unknown spelling; a final-ya word whose reading
        // depends on the spelling is analysed afresh.
        let respell = spelling != Spelling::Unknown
            && letters.keys.last() == Some(&'ي')
            && !letters.final_maqsura
            && self.misspelt_maqsura_host(&letters.keys, spelling)
                != self.misspelt_maqsura_host(&letters.keys, Spelling::Unknown);
        // Nor is a word whose hamza shows the conjunction that the table's spelling hides
        // (`وأحد` beside `واحد`).
        let conjunction_hidden = |hot: &crate::hot::HotRef<'_>| {
            letters.hamza_after_conjunction && hot.segs().next().is_none_or(|(_, b, _)| b != 1)
        };
        if let Some(hot) = self
            .hot
            .get(key.as_str())
            .filter(|h| !respell && !conjunction_hidden(h))
        {
            return WordAnalysis {
                segments: hot
                    .segs()
                    .map(|(a, b, kind)| Segment {
                        span: Span::new(letters.offset(a), letters.offset(b)),
                        kind,
                    })
                    .collect(),
                stem: hot.stem().to_owned(),
                lemma: hot.lemma().map(str::to_owned),
            };
        }
        let (segs, stem, lemma) = self.analyze_letters(&letters, spelling);
        let segments = to_spans(&letters, &segs);
        WordAnalysis {
            segments,
            stem,
            lemma,
        }
    }

    /// The segments of `word` in `scheme`, with spans relative to the word.
    #[must_use]
    pub fn segment_scheme(&self, word: &str, scheme: Scheme) -> Vec<Segment> {
        let fine = self.analyze(word).segments;
        match scheme {
            Scheme::Fine => fine,
            Scheme::Clitics => to_clitics(&fine),
        }
    }

    /// The fine-scheme segments of `word`, with spans relative to the word.
    #[must_use]
    pub fn segment(&self, word: &str) -> Vec<Segment> {
        self.analyze(word).segments
    }

    /// The light stem of `word` (see [`WordAnalysis::stem`]).
    #[must_use]
    pub fn stem(&self, word: &str) -> String {
        self.analyze(word).stem
    }

    /// The lemma-like key of `word`, when its base is known.
    #[must_use]
    pub fn lemma(&self, word: &str) -> Option<String> {
        self.analyze(word).lemma
    }

    /// `word` without its proclitics and enclitic (the article and affixes stay): the host
    /// word a gazetteer or NER model wants to see. `لواشنطن` → `واشنطن`, `وبقواعدهم` → `قواعد`.
    #[must_use]
    pub fn strip_clitics<'a>(&self, word: &'a str) -> &'a str {
        let clitic = self.segment_scheme(word, Scheme::Clitics);
        clitic
            .iter()
            .find(|s| s.kind == SegmentKind::Stem)
            .map_or(word, |s| s.span.slice(word))
    }

    /// Fills `segments` (document spans), `stem` and `lemma` of every word token of `text`.
    /// Words repeat within an article, so each distinct word is analysed once.
    pub fn annotate(&self, text: &str, tokens: &mut [Token]) {
        let spelling = Spelling::of(text);
        let mut cache: FxHashMap<&str, WordAnalysis> = FxHashMap::default();
        for token in tokens.iter_mut() {
            if token.kind != TokenKind::Word {
                continue;
            }
            let word = token.span.slice(text);
            let analysis = cache
                .entry(word)
                .or_insert_with(|| self.analyze_in(word, spelling));
            token.segments = offset_segments(&analysis.segments, token.span.start);
            token.stem = Some(analysis.stem.clone());
            token.lemma.clone_from(&analysis.lemma);
        }
    }

    fn stem_and_lemma(&self, letters: &Letters, segs: &[LetterSeg]) -> (String, Option<String>) {
        let host: Vec<&LetterSeg> = segs
            .iter()
            .filter(|s| {
                matches!(
                    s.2,
                    SegmentKind::Stem | SegmentKind::Nsuff | SegmentKind::Vsuff | SegmentKind::Case
                )
            })
            .collect();
        let (Some(first), Some(last)) = (host.first(), host.last()) else {
            // A preposition with a pronoun (`له`): the word is its own stem.
            let all = letters.slice(0, letters.len());
            return (all.clone(), Some(all));
        };
        let stem = letters.slice(first.0, last.1);
        let Some(core) = host.iter().find(|s| s.2 == SegmentKind::Stem) else {
            return (stem, None);
        };
        let base = letters.slice(core.0, core.1);
        let suffix = host
            .iter()
            .find(|s| s.2 == SegmentKind::Nsuff)
            .map(|s| letters.slice(s.0, s.1));
        let feminine = matches!(suffix.as_deref(), Some("ة" | "ت" | "ات" | "تين" | "تان"));
        let with_ta = format!("{base}ة");
        // The form with `ة` names the group when it is at least as common as the bare base
        // (`قوة`, not `قو`; but `انتخاب`, not the rare `انتخابة`).
        let freq = |k: &str| self.model.entry(k).freq;
        let lemma = if feminine && self.known(&with_ta) && freq(&with_ta) >= freq(&base) {
            Some(with_ta)
        } else if self.known(&base) {
            Some(base)
        } else if self.known(&stem) {
            Some(stem.clone())
        } else {
            None
        };
        (stem, lemma)
    }

    fn known(&self, key: &str) -> bool {
        let e = self.model.entry(key);
        e.freq > 0 || e.stem > 0
    }
}

/// How a text spells a final alef maqsura, which decides what a final ya means.
///
/// Many writers put `ي` for a final `ى` (`الي` for `الى`), so in general a final ya is weak
/// evidence; a text that writes `ى` anywhere means its ya where it writes one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Spelling {
    /// Nothing known: the lexicon's frequencies decide.
    #[default]
    Unknown,
    /// The text writes word-final `ى` somewhere, so its final `ي` are meant.
    WritesMaqsura,
}

impl Spelling {
    /// The spelling of `text`: [`Spelling::WritesMaqsura`] when some word ends in `ى`.
    #[must_use]
    pub fn of(text: &str) -> Self {
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            if c == 'ى' && chars.peek().is_none_or(|&n| !is_arabic_letter(n)) {
                return Self::WritesMaqsura;
            }
        }
        Self::Unknown
    }
}

/// Maps letter-index segments to byte spans in the word.
fn to_spans(letters: &Letters, segs: &[LetterSeg]) -> Vec<Segment> {
    segs.iter()
        .map(|&(a, b, kind)| Segment {
            span: Span::new(letters.offset(a), letters.offset(b)),
            kind,
        })
        .collect()
}

/// The clitic scheme of fine segments: adjacent non-clitic segments merged into one stem.
#[must_use]
pub fn to_clitics(fine: &[Segment]) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::with_capacity(fine.len());
    for s in fine {
        if s.kind.is_clitic() {
            out.push(s.clone());
            continue;
        }
        match out.last_mut() {
            Some(last) if last.kind == SegmentKind::Stem && last.span.end == s.span.start => {
                last.span.end = s.span.end;
            }
            _ => out.push(Segment {
                span: s.span,
                kind: SegmentKind::Stem,
            }),
        }
    }
    out
}

/// Segments with word-relative spans moved to document offsets (the word starts at `start`).
#[must_use]
pub fn offset_segments(segments: &[Segment], start: usize) -> Vec<Segment> {
    segments
        .iter()
        .map(|s| Segment {
            span: Span::new(s.span.start + start, s.span.end + start),
            kind: s.kind,
        })
        .collect()
}
