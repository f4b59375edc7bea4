//! From a clitic split to the fine scheme: the article and the nominal and verbal suffixes.
//!
//! The training data marks clitics only, so the finer cuts are decided here with lexicon
//! evidence instead of a list of words:
//!
//! * `ال` is the article when what follows is itself a known word about as frequent as the whole
//!   (within a factor of 128, or 16 when the rest is rare), or is a known word shaped like an
//!   inflected noun or adjective (`مبذولة`), or when the whole word is unknown. `البانيا` keeps its `ال`
//!   because `بانيا` is rare next to it; `التزام` because `تزام` is not a word. The relative
//!   pronouns and the like (`الذي`, `التي`, `الله`…), closed-class words whose `ال` is not an
//!   article, are listed.
//! * After the preposition `ل`, a stem beginning with `ل` carries the article with its alef
//!   dropped (`للسلطة` = `ل+ل+سلط+ة`) when the form with `ال` is a known word.
//! * `ة` is always a feminine suffix (`ثقاف+ة`); `ت` before a pronoun is one when the form with
//!   `ة` is known (`حكوم+ت+ه`).
//! * `ات` is a plural suffix when the singular (with or without `ة`) is known; `ون`/`ين` when the
//!   base is a known word of comparable frequency and another form of the same paradigm exists
//!   (`مبعوثين` for `مبعوثون`, `بلدان` for `بلدين`, `يقدموا` for `يقدمون`), about as common as
//!   the word itself (`كانون` stays whole: `كانين` is noise); `ان` (dual) when the base is at least as
//!   frequent as the word and its `ين` form is at least a sixteenth as frequent (so `لبنان`,
//!   `ايران`, `سلمان` stay whole).
//! * The alef of the indefinite accusative (`عام+ا`, `رسمي+ا`) when the base is a word at least
//!   twice as frequent as the form with it (`سوريا`, `تركيا` stay whole), and never after the
//!   article or a preposition: a defined noun takes no tanween, and a preposition's noun is in
//!   the genitive (`كالكوليرا`, `ليحيا` end in a letter of their stem).
//! * Perfective verb endings `ت` and `وا` when the base is known and takes the other ending too
//!   (`قال+ت` because `قالوا` is known; `بيروت` stays whole).

use rasd_text::segment::SegmentKind;

use crate::grammar::Split;
use crate::model::Model;

/// Closed-class words that begin with `ال` without an article, in key form.
/// Sorted for readability only.
const NON_ARTICLE: [&str; 15] = [
    "الا",
    "التي",
    "الذي",
    "الذين",
    "اللاتي",
    "اللائي",
    "اللتان",
    "اللتين",
    "اللذان",
    "اللذين",
    "الله",
    "اللهم",
    "اللواتي",
    "الى",
    "الي",
];

/// Frequency bucket (about one in four million words) from which a base before a final alef
/// makes that alef the tanween of the indefinite accusative.
const ACCUSATIVE_BASE_FREQ: u8 = 10;

/// Whether the word list makes a final alef the tanween of the indefinite accusative: the base
/// without it (`هجوم` for `هجوما`) is a word of one in four million or more, and commoner than
/// the form with the alef. Names ending in `ا` (`سوريا`, `تركيا`) are far commoner than their
/// bases and stay whole. Both arguments are frequency buckets (log₂ scale).
pub(crate) fn accusative_alef(base_freq: u8, form_freq: u8) -> bool {
    base_freq >= ACCUSATIVE_BASE_FREQ && base_freq > form_freq
}

/// A segment in letter indices: `start..end` of the key, and its kind.
pub(crate) type LetterSeg = (usize, usize, SegmentKind);

struct Lex<'a> {
    model: &'a Model,
    buf: String,
}

impl Lex<'_> {
    /// Frequency bucket of `keys` followed by `tail`.
    fn freq(&mut self, keys: &[char], tail: &str) -> u8 {
        self.buf.clear();
        self.buf.extend(keys);
        self.buf.push_str(tail);
        self.model.entry(&self.buf).freq
    }
}

fn ends(keys: &[char], s: &str) -> bool {
    let n = s.chars().count();
    keys.len() >= n && keys[keys.len() - n..].iter().copied().eq(s.chars())
}

/// The fine segments of a word's key under a clitic split.
pub(crate) fn fine_segments(model: &Model, keys: &[char], split: Split, out: &mut Vec<LetterSeg>) {
    out.clear();
    let n = keys.len();
    let p = usize::from(split.prefix).min(n);
    let s = usize::from(split.suffix).min(n - p);
    for (i, &c) in keys[..p].iter().enumerate() {
        let kind = match c {
            'و' | 'ف' if i == 0 => SegmentKind::Conj,
            'س' => SegmentKind::Fut,
            _ => SegmentKind::Prep,
        };
        out.push((i, i + 1, kind));
    }
    let (mut a, b) = (p, n - s);
    let mut lex = Lex {
        model,
        buf: String::new(),
    };
    if b > a {
        let after_l = p > 0 && keys[p - 1] == 'ل';
        let det = article_len(&mut lex, &keys[a..b], after_l);
        if det > 0 {
            out.push((a, a + det, SegmentKind::Det));
            a += det;
        }
        let indefinite_accusative_possible = det == 0 && !preposition_before(keys, p);
        let (len, kind) = inflection(&mut lex, &keys[a..b], s > 0, indefinite_accusative_possible);
        if len > 0 {
            out.push((a, b - len, SegmentKind::Stem));
            out.push((b - len, b, kind));
        } else {
            out.push((a, b, SegmentKind::Stem));
        }
    }
    if s > 0 {
        out.push((n - s, n, SegmentKind::Pron));
    }
}

/// Letters of the article at the start of `stem` (0, 1 for the `ل` of `لل`, or 2).
fn article_len(lex: &mut Lex<'_>, stem: &[char], after_l: bool) -> usize {
    if stem.len() >= 4 && stem[0] == 'ا' && stem[1] == 'ل' {
        let whole: String = stem.iter().collect();
        if NON_ARTICLE.contains(&whole.as_str()) {
            return 0;
        }
        let w = lex.freq(stem, "");
        if w == 0 {
            return 2;
        }
        let rest = &stem[2..];
        // An inflected rest may be rarer than its base (`طرفان`): count the base's evidence too.
        let r = lex.freq(rest, "").max(base_freq(lex, rest));
        // Within a factor of 128 when the rest is a word in its own right (about one in a
        // million words or more), within 16 when it is rare: `بانيا` is too rare next to
        // `البانيا` to make its `ال` an article.
        // A rest shaped like an inflected noun or adjective (`مبذولة`, `عراقي`) is taken as such
        // whenever it is a known word.
        let nominal = ["ة", "ات", "ي", "ين", "ون"]
            .iter()
            .any(|e| ends(&stem[2..], e));
        let (r, w) = (u32::from(r), u32::from(w));
        return if r > 0 && (nominal || r + 4 >= w || (r >= 12 && r + 7 >= w)) {
            2
        } else {
            0
        };
    }
    if after_l && stem.len() >= 3 && stem[0] == 'ل' {
        let mut with_article = vec!['ا'];
        with_article.extend_from_slice(stem);
        let fa = lex.freq(&with_article, "");
        let fs = lex.freq(stem, "");
        if fa > 0 && u32::from(fa) + 3 >= u32::from(fs) {
            return 1;
        }
    }
    0
}

/// Frequency bucket of `word` without a nominal suffix (`ة ات ان ين ون`), when that base is a
/// fairly common word (bucket 12, about one in a million, or more); 0 otherwise.
fn base_freq(lex: &mut Lex<'_>, word: &[char]) -> u8 {
    let mut best = 0;
    for (end, k) in [("ة", 1), ("ات", 2), ("ان", 2), ("ين", 2), ("ون", 2)] {
        if word.len() >= k + 2 && ends(word, end) {
            best = best.max(lex.freq(&word[..word.len() - k], ""));
        }
    }
    if best >= 12 { best } else { 0 }
}

/// Whether the proclitic just before the host (`p` letters in) is a preposition.
pub(crate) fn preposition_before(keys: &[char], p: usize) -> bool {
    // Proclitics come from the closed list of the grammar, where `ب ك ل` are prepositions.
    p > 0 && matches!(keys.get(p - 1), Some('ب' | 'ك' | 'ل'))
}

/// Letters and kind of the inflectional suffix at the end of `stem` (0 when none). The alef of
/// the indefinite accusative is only looked for when `tanween_possible`.
fn inflection(
    lex: &mut Lex<'_>,
    stem: &[char],
    before_pronoun: bool,
    tanween_possible: bool,
) -> (usize, SegmentKind) {
    const NONE: (usize, SegmentKind) = (0, SegmentKind::Nsuff);
    let m = stem.len();
    let base = |k: usize| &stem[..m - k];
    if before_pronoun {
        if m >= 3 && ends(stem, "ت") && lex.freq(base(1), "ة") > 0 {
            return (1, SegmentKind::Nsuff);
        }
        if m >= 4 && ends(stem, "ات") && (lex.freq(base(2), "") > 0 || lex.freq(base(2), "ة") > 0)
        {
            return (2, SegmentKind::Nsuff);
        }
        return NONE;
    }
    if m >= 3 && ends(stem, "ة") {
        return (1, SegmentKind::Nsuff);
    }
    if m >= 5 && (ends(stem, "تين") || ends(stem, "تان")) && lex.freq(base(3), "ة") > 0 {
        return (3, SegmentKind::Nsuff);
    }
    if m >= 4 && ends(stem, "ات") && (lex.freq(base(2), "") > 0 || lex.freq(base(2), "ة") > 0) {
        return (2, SegmentKind::Nsuff);
    }
    let whole = lex.freq(stem, "");
    if m >= 5 && (ends(stem, "ون") || ends(stem, "ين")) {
        let f = lex.freq(base(2), "");
        // The other case form (or, for verbs, the subjunctive `وا`) must exist too: `مبعوثون`
        // has `مبعوثين`, `يقدمون` has `يقدموا`.
        // Only an imperfective verb (`ي ت ن` first) takes `ون` beside `وا`: `كانون` is not one.
        let imperfective = matches!(stem.first(), Some('ي' | 'ت' | 'ن'));
        let other = if ends(stem, "ون") {
            let verb = if imperfective {
                lex.freq(base(2), "وا")
            } else {
                0
            };
            lex.freq(base(2), "ين").max(verb)
        } else {
            // `ين` is the plural's other case, or the dual's (`بلدين` beside `بلدان`).
            lex.freq(base(2), "ون").max(lex.freq(base(2), "ان"))
        };
        // The other form must be about as common as this one (within ×16) or common in itself:
        // `كانين` is noise next to `كانون`, so `كانون` stays whole.
        let (fb, fw, fo) = (u32::from(f), u32::from(whole), u32::from(other));
        if f > 0 && fo > 0 && (fo + 4 >= fw || fo >= 12) && fb + 4 >= fw {
            return (2, SegmentKind::Nsuff);
        }
    }
    if m >= 5 && ends(stem, "ان") {
        let f = lex.freq(base(2), "");
        // A dual is written with `ين` in two cases of three, so that form is about as common
        // (`الطرفين` beside `الطرفان`); a name in `ان` has at most a stray one (`سلمين` is a
        // thousand times rarer than `سلمان`, though `سلم` is a common word).
        let other = lex.freq(base(2), "ين");
        if f > 0 && f >= whole && other > 0 && u32::from(other) + 4 >= u32::from(whole) {
            return (2, SegmentKind::Nsuff);
        }
    }
    // The alef of the indefinite accusative (`عاما`, `رسميا`, `هجوما`): the base is a word at
    // least twice as frequent as the form with the alef, so names ending in `ا` (`سوريا`,
    // `تركيا`, far more frequent than `سوري`, `تركي`) stay whole.
    // (Not after a dual pronoun left attached: `انهما` is not `انهم+ا`.)
    if tanween_possible
        && m >= 4
        && ends(stem, "ا")
        && !["وا", "هما", "كما"].iter().any(|e| ends(stem, e))
        && accusative_alef(lex.freq(base(1), ""), whole)
    {
        return (1, SegmentKind::Case);
    }
    if m >= 5 && ends(stem, "وا") && lex.freq(base(2), "") > 0 && lex.freq(base(2), "ت") > 0 {
        return (2, SegmentKind::Vsuff);
    }
    if m >= 4 && ends(stem, "ت") && lex.freq(base(1), "") > 0 && lex.freq(base(1), "وا") > 0 {
        return (1, SegmentKind::Vsuff);
    }
    NONE
}
