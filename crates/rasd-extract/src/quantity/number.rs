//! Reading one number at a token position: digits (`3500`, `2,500`, `3.5`, `1/5`) or words
//! (cardinals of any size, ordinals, fractions, orders of magnitude).
//!
//! Cardinal words combine by the grammar of Arabic numerals: a unit may precede a ten with `و`
//! (`خمسة وعشرون`), hundreds and scales come first (`ثلاثة آلاف وخمسمائة`), a unit before `مائة`
//! multiplies it (`ثلاث مائة`), a count before a scale multiplies it (`ثلاثة ملايين`,
//! `100 ألف`), and digits joined by `و` after a scale fill in below it (`240 ألفا و381`).
//! Anything else ends the number, so two numbers side by side stay two.

use rasd_text::TokenKind;

use super::key::Tok;
use super::words::{NumWord, Plurality, ambiguous_fraction, num_word};

/// What kind of number was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumKind {
    /// A cardinal.
    Cardinal,
    /// An ordinal.
    Ordinal,
    /// A fraction.
    Fraction,
    /// An order of magnitude or a vague count (`عشرات`, `بضعة`): `value..=upper`.
    Magnitude,
}

/// A number read from tokens `start..end`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Num {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// The value (the lower bound for a magnitude).
    pub value: f64,
    /// The upper bound of a magnitude.
    pub upper: Option<f64>,
    /// What kind of number.
    pub kind: NumKind,
    /// Whether it was written in digits.
    pub digits: bool,
}

/// The value of a number written in digits (already ASCII in the normalized form): plain,
/// grouped (`2,500`), decimal (`3.5`, `01.10`) or a fraction (`1/5`, `11/10`). `None` for
/// clock times, dotted sequences and other shapes that are not one number.
#[must_use]
pub fn digits_value(s: &str) -> Option<(f64, bool)> {
    if s.contains(':') {
        return None;
    }
    if let Some((a, b)) = s.split_once('/') {
        let a: f64 = plain(a)?;
        let b: f64 = plain(b)?;
        if b == 0.0 {
            return None;
        }
        return Some((a / b, true));
    }
    // `50.000`, `1.250.000`: a dot grouping thousands, as much of the Arabic press writes.
    let groups: Vec<&str> = s.split('.').collect();
    let thousands = groups.len() > 1
        && (1..=3).contains(&groups[0].len())
        && groups[1..].iter().all(|g| g.len() == 3)
        && (groups.len() > 2 || groups[1] == "000");
    if thousands && !s.contains(',') {
        return plain(&groups.concat()).map(|v| (v, false));
    }
    if s.matches('.').count() > 1 {
        return None;
    }
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    let int_clean: String = if int.contains(',') {
        let groups: Vec<&str> = int.split(',').collect();
        let grouped = groups.iter().skip(1).all(|g| g.len() == 3) && !groups[0].is_empty();
        if grouped {
            groups.concat()
        } else if groups.len() == 2 && frac.is_none() {
            // `1,5`: a decimal comma.
            return format!("{}.{}", groups[0], groups[1])
                .parse()
                .ok()
                .map(|v| (v, false));
        } else {
            return None;
        }
    } else {
        int.to_owned()
    };
    let text = match frac {
        Some(f) => format!("{int_clean}.{f}"),
        None => int_clean,
    };
    text.parse::<f64>()
        .ok()
        .filter(|v| v.is_finite())
        .map(|v| (v, false))
}

fn plain(s: &str) -> Option<f64> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Atom {
    Digits(f64),
    Unit(f64),
    Ten(f64),
    Hundred(f64),
    Scale(f64, Plurality),
    Fraction(f64),
}

/// The word a grammar should read at `k`: the base when a proclitic was peeled and `peeled_ok`.
fn word<'t>(toks: &'t [Tok<'_>], k: usize, peeled_ok: bool) -> Option<&'t str> {
    let t = toks.get(k)?;
    if t.kind != TokenKind::Word {
        return None;
    }
    Some(if peeled_ok { &t.base } else { &t.key })
}

fn is_teen_tail(toks: &[Tok<'_>], k: usize) -> bool {
    toks.get(k)
        .is_some_and(|t| matches!(&*t.key, "عشر" | "عشره"))
}

/// One atom of a cardinal at `k` and the index after it.
fn atom(toks: &[Tok<'_>], k: usize, peeled_ok: bool) -> Option<(Atom, usize)> {
    let t = toks.get(k)?;
    if t.kind == TokenKind::Number {
        let (v, _) = digits_value(&t.key)?;
        return Some((Atom::Digits(v), k + 1));
    }
    let w = word(toks, k, peeled_ok)?;
    if matches!(w, "احد" | "احدي") && is_teen_tail(toks, k + 1) {
        return Some((Atom::Unit(11.0), k + 2));
    }
    match num_word(w)? {
        NumWord::Unit(u) => {
            if (1..=9).contains(&u) && is_teen_tail(toks, k + 1) {
                return Some((Atom::Unit(f64::from(10 + u)), k + 2));
            }
            if (3..=9).contains(&u) {
                if let Some(NumWord::Hundred(100)) = word(toks, k + 1, false).and_then(num_word) {
                    return Some((Atom::Hundred(f64::from(u * 100)), k + 2));
                }
                if let Some(NumWord::FractionPlural(d)) =
                    word(toks, k + 1, false).and_then(num_word)
                {
                    return Some((Atom::Fraction(f64::from(u) / f64::from(d)), k + 2));
                }
            }
            Some((Atom::Unit(f64::from(u)), k + 1))
        }
        NumWord::TeenTail => Some((Atom::Unit(10.0), k + 1)),
        NumWord::Teen(v) => Some((Atom::Unit(f64::from(v)), k + 1)),
        NumWord::Ten(v) => Some((Atom::Ten(f64::from(v)), k + 1)),
        NumWord::Hundred(v) => Some((Atom::Hundred(f64::from(v)), k + 1)),
        NumWord::Scale(v, p) => Some((Atom::Scale(v, p), k + 1)),
        NumWord::Fraction(n, d) => Some((Atom::Fraction(f64::from(n) / f64::from(d)), k + 1)),
        _ => None,
    }
}

/// Reads the number starting at token `i`, if one starts there.
#[must_use]
pub fn parse(toks: &[Tok<'_>], i: usize) -> Option<Num> {
    let t = toks.get(i)?;
    if t.kind == TokenKind::Word {
        if let Some(n) = ordinal(toks, i) {
            return Some(n);
        }
        if let Some(n) = magnitude(toks, i) {
            return Some(n);
        }
        if let Some(d) = ambiguous_fraction(&t.base) {
            if reads_as_fraction(toks, i + 1) {
                return Some(Num {
                    start: i,
                    end: i + 1,
                    value: 1.0 / f64::from(d),
                    upper: None,
                    kind: NumKind::Fraction,
                    digits: false,
                });
            }
        }
    }
    if let Some(n) = definite_count(toks, i).or_else(|| fraction_of_pronoun(toks, i)) {
        return Some(n);
    }
    if t.base == "نص"
        && toks
            .get(i + 1)
            .is_some_and(|n| super::units::unit(&n.base).is_some())
    {
        return Some(Num {
            start: i,
            end: i + 1,
            value: 0.5,
            upper: None,
            kind: NumKind::Fraction,
            digits: false,
        });
    }
    // `إحدى`, `أحد` alone mean 'one of', not a count.
    if matches!(&*t.base, "احدي" | "احد") && !is_teen_tail(toks, i + 1) {
        return None;
    }
    let n = cardinal(toks, i)?;
    Some(decimal_words(toks, n))
}

/// `الديانات الثلاث`, `الدول الخمس`: a definite cardinal after the definite noun it counts.
fn definite_count(toks: &[Tok<'_>], i: usize) -> Option<Num> {
    let t = toks.get(i)?;
    let rest = t.key.strip_prefix("ال")?;
    let Some(NumWord::Unit(u)) = num_word(rest) else {
        return None;
    };
    let prev = toks.get(i.checked_sub(1)?)?;
    if !(3..=10).contains(&u)
        || prev.kind != TokenKind::Word
        || !prev.key.starts_with("ال")
        || num_word(&prev.key).is_some()
    {
        return None;
    }
    Some(Num {
        start: i,
        end: i + 1,
        value: f64::from(u),
        upper: None,
        kind: NumKind::Cardinal,
        digits: false,
    })
}

/// `ثلثهم`, `نصفها`: a fraction with a pronoun suffix.
fn fraction_of_pronoun(toks: &[Tok<'_>], i: usize) -> Option<Num> {
    let t = toks.get(i)?;
    if t.kind != TokenKind::Word {
        return None;
    }
    let stem = ["هم", "ها", "هن", "كم", "ه"]
        .iter()
        .find_map(|s| t.key.strip_suffix(s))?;
    let Some(NumWord::Fraction(n, d)) = num_word(stem) else {
        return None;
    };
    Some(Num {
        start: i,
        end: i + 1,
        value: f64::from(n) / f64::from(d),
        upper: None,
        kind: NumKind::Fraction,
        digits: false,
    })
}

/// `واحد فاصلة واحد`, `1 فاصلة 1`: a decimal said in words.
fn decimal_words(toks: &[Tok<'_>], n: Num) -> Num {
    if n.kind != NumKind::Cardinal || n.value.fract() != 0.0 {
        return n;
    }
    let is_point = toks
        .get(n.end)
        .is_some_and(|t| matches!(&*t.key, "فاصله" | "فاصل"));
    if !is_point {
        return n;
    }
    let Some(m) = cardinal(toks, n.end + 1) else {
        return n;
    };
    if m.value.fract() != 0.0 || m.value < 0.0 {
        return n;
    }
    let digits = format!("{}", m.value).len();
    let scale = 10f64.powi(i32::try_from(digits).unwrap_or(1));
    Num {
        end: m.end,
        value: n.value + m.value / scale,
        ..n
    }
}

/// Whether an ambiguous form (`خمس`) followed by the word at `k` reads as a fraction: a fraction
/// heads a construct with a singular or definite noun (`خمس مساحة العراق`, `خمس السكان`), while
/// a cardinal counts an indefinite plural (`خمس سنوات`, `خمس دول`).
fn reads_as_fraction(toks: &[Tok<'_>], k: usize) -> bool {
    let Some(t) = toks.get(k) else {
        return false;
    };
    if t.kind != TokenKind::Word || num_word(&t.key).is_some() || t.key == "و" {
        return false;
    }
    let w = &*t.key;
    if w.starts_with("ال") && w.chars().count() > 3 {
        return true;
    }
    w.ends_with('ه') && !w.ends_with("اه") && !w.ends_with("ات")
}

fn cardinal(toks: &[Tok<'_>], i: usize) -> Option<Num> {
    let mut total = 0.0_f64;
    let mut cur = 0.0_f64;
    let mut last: Option<Atom> = None;
    let mut last_scale = f64::INFINITY;
    let mut j = i;
    let mut end = i;
    let mut digits = false;
    let mut fraction = false;
    loop {
        // A continuation may be introduced by `و`, standalone or glued.
        let (k, via_waw, peeled_ok) = if last.is_none() {
            (j, false, toks.get(j).is_some_and(|t| t.base != t.key))
        } else if toks.get(j).is_some_and(|t| t.key == "و") {
            (j + 1, true, false)
        } else if toks
            .get(j)
            .is_some_and(|t| t.pre.conj && t.pre.prep.is_none() && t.key.starts_with('و'))
        {
            (j, true, true)
        } else {
            (j, false, false)
        };
        let Some((a, next)) = atom(toks, k, peeled_ok) else {
            break;
        };
        let ok = match (last, a) {
            (None, Atom::Scale(s, Plurality::One)) => {
                total = s;
                last_scale = s;
                true
            }
            (None, Atom::Scale(s, Plurality::Two)) => {
                total = 2.0 * s;
                last_scale = s;
                true
            }
            (None, Atom::Scale(_, Plurality::Many)) => false,
            (None, Atom::Digits(v)) => {
                digits = true;
                fraction = toks.get(k).is_some_and(|t| t.key.contains('/'));
                cur = v;
                true
            }
            (None, Atom::Fraction(f)) => {
                fraction = true;
                cur = f;
                true
            }
            (None, Atom::Unit(v) | Atom::Ten(v) | Atom::Hundred(v)) => {
                cur = v;
                true
            }
            // `240 ألفا و381`: digits joined by `و` after a scale fill in below it.
            (Some(Atom::Scale(..)), Atom::Digits(v))
                if via_waw && cur == 0.0 && v.fract() == 0.0 && v < last_scale =>
            {
                digits = true;
                cur = v;
                true
            }
            (Some(_), Atom::Digits(_)) => false,
            (Some(Atom::Fraction(_)), _) => false,
            (Some(_), Atom::Scale(s, p)) => {
                if s >= last_scale || (digits && via_waw) {
                    false
                } else {
                    match p {
                        Plurality::One | Plurality::Many if cur > 0.0 => {
                            total += cur * s;
                            cur = 0.0;
                            last_scale = s;
                            true
                        }
                        Plurality::One if via_waw => {
                            total += s;
                            last_scale = s;
                            true
                        }
                        // `26 مليونا`, `عشرين ألفا`: after a count the -ا form is the singular
                        // accusative, not a dual.
                        Plurality::Two if cur > 0.0 && !via_waw => {
                            total += cur * s;
                            cur = 0.0;
                            last_scale = s;
                            true
                        }
                        Plurality::Two if via_waw && cur == 0.0 => {
                            total += 2.0 * s;
                            last_scale = s;
                            true
                        }
                        _ => false,
                    }
                }
            }
            (Some(Atom::Digits(_)), _) => false,
            // `ثلاثة ونصف` adds a half; `مليون ونصف`, `ثلاثة ملايين ونصف` add half a million.
            (Some(_), Atom::Fraction(f)) if via_waw && cur > 0.0 => {
                cur += f;
                true
            }
            (Some(_), Atom::Fraction(f)) if via_waw && total > 0.0 && last_scale.is_finite() => {
                total += f * last_scale;
                true
            }
            (Some(_), Atom::Fraction(_)) => false,
            // A hundred only starts a group (`ثلاثة آلاف وخمسمائة`); `ثلاث مائة` was joined by
            // the atom reader.
            (Some(_), Atom::Hundred(h)) => {
                if cur == 0.0 {
                    cur = h;
                    true
                } else {
                    false
                }
            }
            (Some(l), Atom::Ten(t)) => {
                let unit_then_ten = via_waw && matches!(l, Atom::Unit(u) if u < 10.0);
                let after_hundred =
                    cur % 100.0 == 0.0 && (via_waw || matches!(l, Atom::Hundred(_)));
                if cur == 0.0 || unit_then_ten || after_hundred {
                    cur += t;
                    true
                } else {
                    false
                }
            }
            (Some(l), Atom::Unit(u)) => {
                let after_hundred =
                    cur % 100.0 == 0.0 && (via_waw || matches!(l, Atom::Hundred(_)));
                let ten_then_unit = via_waw && matches!(l, Atom::Ten(_)) && u < 10.0;
                if cur == 0.0 || after_hundred || ten_then_unit {
                    cur += u;
                    true
                } else {
                    false
                }
            }
        };
        if !ok {
            break;
        }
        last = Some(a);
        j = next;
        end = next;
    }
    if end == i {
        return None;
    }
    let value = total + cur;
    Some(Num {
        start: i,
        end,
        value,
        upper: None,
        kind: if fraction {
            NumKind::Fraction
        } else {
            NumKind::Cardinal
        },
        digits,
    })
}

/// Ordinals: `الرابع`, `الحادية عشرة`, `السادسة والعشرين`, `الواحد والثلاثون`, `التسعون`.
fn ordinal(toks: &[Tok<'_>], i: usize) -> Option<Num> {
    let t = toks.get(i)?;
    let w: &str = &t.base;
    let mk = |end, value: u32| Num {
        start: i,
        end,
        value: f64::from(value),
        upper: None,
        kind: NumKind::Ordinal,
        digits: false,
    };
    // The first word: an ordinal, or a cardinal with the article (`الواحد`, `الاحد`, `التسعين`).
    let (v, art) = match num_word(w) {
        Some(NumWord::Ordinal(v, art)) => (v, art),
        _ => {
            let rest = w.strip_prefix("ال")?;
            match (rest, num_word(rest)) {
                ("احد" | "احدي", _) => (11, true),
                (_, Some(NumWord::Unit(u))) if (1..=9).contains(&u) => (u, true),
                (_, Some(NumWord::Ten(v))) => return Some(mk(i + 1, v)),
                _ => return None,
            }
        }
    };
    let cardinal_form = !matches!(num_word(w), Some(NumWord::Ordinal(..)));
    if is_teen_tail(toks, i + 1) {
        return Some(mk(i + 2, if v == 11 { 11 } else { v + 10 }));
    }
    // `الحادي`, `الاحد` stand for one inside 11 and 21, 31…: never alone.
    let v = if v == 11 { 1 } else { v };
    let lone_ok = !matches!(
        w,
        "الحادي" | "الحاديه" | "حادي" | "حاديه" | "الاحد" | "الاحدي"
    );
    // `و` + a ten with the article: `والعشرين` or `و العشرون`.
    let ten_at = |k: usize, glued: bool| -> Option<u32> {
        let tk = toks.get(k)?;
        let s: &str = if glued {
            tk.key.strip_prefix('و')?
        } else {
            &tk.key
        };
        match num_word(s.strip_prefix("ال")?) {
            Some(NumWord::Ten(t)) => Some(t),
            _ => None,
        }
    };
    if art {
        if toks.get(i + 1).is_some_and(|t| t.key == "و") {
            if let Some(ten) = ten_at(i + 2, false) {
                return Some(mk(i + 3, v + ten));
            }
        } else if let Some(ten) = ten_at(i + 1, true) {
            return Some(mk(i + 2, v + ten));
        }
    }
    if cardinal_form || !lone_ok {
        return None;
    }
    Some(mk(i + 1, v))
}

/// `عشرات`, `مئات`, `آلاف` (alone), `عشرات الآلاف`, `بضعة آلاف`.
fn magnitude(toks: &[Tok<'_>], i: usize) -> Option<Num> {
    let t = toks.get(i)?;
    let w: &str = &t.base;
    let (lo, hi, few) = match num_word(w) {
        Some(NumWord::Magnitude(v)) => (v, v * 10.0 - 1.0, false),
        Some(NumWord::Scale(s, Plurality::Many)) => (s, s * 1000.0 - 1.0, false),
        Some(NumWord::Few) => (3.0, 9.0, true),
        _ => return None,
    };
    // A following scale multiplies: `عشرات الآلاف`, `بضعة ملايين`.
    let next = toks.get(i + 1).map(|n| {
        let k: &str = &n.key;
        num_word(k.strip_prefix("ال").unwrap_or(k))
    });
    if let Some(Some(NumWord::Scale(s, Plurality::Many | Plurality::One))) = next {
        if lo < s {
            return Some(Num {
                start: i,
                end: i + 2,
                value: lo * s,
                upper: Some(if few { hi * s } else { (hi + 1.0) * s - 1.0 }),
                kind: NumKind::Magnitude,
                digits: false,
            });
        }
    }
    Some(Num {
        start: i,
        end: i + 1,
        value: lo,
        upper: Some(hi),
        kind: NumKind::Magnitude,
        digits: false,
    })
}
