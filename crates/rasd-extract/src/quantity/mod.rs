//! Quantities: every number in the text as a value, with its unit, the noun it counts and how
//! the text qualifies it.
//!
//! The scan is gated on cheap triggers: a token is looked at only when it is a number in digits
//! or a word in the number, unit or modifier lexicons; everything else costs one hash lookup.
//!
//! ```
//! use rasd_extract::quantity::{extract, QuantityOptions};
//! use rasd_text::{normalize::Normalizer, tokenize::tokenize};
//!
//! let text = "ولا يزال هناك نحو 3500 جندي أجنبي";
//! let tokens = tokenize(text, &Normalizer::standard());
//! let q = extract(text, &tokens, &QuantityOptions::default());
//! assert_eq!(q[0].value, 3500.0);
//! assert_eq!(q[0].counted.unwrap().slice(text), "جندي");
//! ```

// Grammar rules test one condition, then the next token: nested `if let`s mirror that reading
// order better than long let-chains.
#![allow(clippy::collapsible_if)]

pub mod eval;
pub mod key;
pub mod number;
pub mod phone;
pub mod units;
pub mod words;

use std::sync::LazyLock;

use rasd_text::annotations::{Quantity, QuantityKind, QuantityModifier};
use rasd_text::{Span, Token, TokenKind};
use rustc_hash::FxHashSet;

use key::Tok;
use number::{Num, NumKind};

/// Settings for quantity extraction.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct QuantityOptions {
    /// Phrase mode: read a lone singular unit noun as one of it (`اسبوع` = 1 week, `كغ` =
    /// 1 kg), and a bare run of 9–15 digits as a phone number. Right for short phrases (form
    /// fields, queries); off for running text, where `شهر` or `عام` alone is rarely a
    /// measurement.
    pub lone_units: bool,
}

/// Every folded word a number, unit, modifier or time grammar starts from or reads; used to
/// decide whether peeling a proclitic reaches a known word.
pub(crate) static KNOWN: LazyLock<FxHashSet<String>> = LazyLock::new(|| {
    let mut s: FxHashSet<String> = FxHashSet::default();
    s.extend(words::NUM_WORDS.keys().cloned());
    s.extend(units::known_keys());
    for w in MODIFIER_WORDS {
        s.insert((*w).to_owned());
    }
    s.extend(crate::time::lexicon::known_keys());
    s
});

/// Whether a folded word is in any lexicon.
pub(crate) fn known(key: &str) -> bool {
    KNOWN.contains(key)
}

/// Words that open or close a modifier phrase (folded).
const MODIFIER_WORDS: &[&str] = &[
    "نحو",
    "حوالي",
    "حوالى",
    "قرابه",
    "زهاء",
    "تقريبا",
    "يقارب",
    "يناهز",
    "حدود",
    "اكثر",
    "اقل",
    "يزيد",
    "يقل",
    "يربو",
    "ازيد",
    "يتجاوز",
    "الاقل",
    "الاكثر",
    "رقم",
    "فاصله",
];

/// Finds the quantities in `tokens` (of `text`).
#[must_use]
pub fn extract(text: &str, tokens: &[Token], opts: &QuantityOptions) -> Vec<Quantity> {
    let toks = key::toks(tokens, &known);
    extract_toks(text, &toks, opts)
}

/// [`extract`] over tokens already keyed.
#[must_use]
pub fn extract_toks(text: &str, toks: &[Tok<'_>], opts: &QuantityOptions) -> Vec<Quantity> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        // A phone number's digits are not amounts.
        if matches!(t.kind, TokenKind::Number) || matches!(&*t.key, "+" | "(") {
            if let Some((_, end)) = phone::at(toks, i, opts.lone_units) {
                i = end;
                continue;
            }
        }
        let trigger = match t.kind {
            TokenKind::Number => true,
            TokenKind::Word => {
                known(&t.base)
                    || t.base.strip_prefix("ال").is_some_and(known)
                    // `ثلثهم`: a fraction with a pronoun suffix
                    || ["هم", "ها", "هن", "كم", "ه"]
                        .iter()
                        .any(|s| t.key.strip_suffix(s).is_some_and(|w| words::num_word(w).is_some()))
            }
            TokenKind::Symbol => matches!(&*t.key, "$" | "€" | "£"),
            _ => false,
        };
        if !trigger {
            i += 1;
            continue;
        }
        // `١٩٢.١٦٨.١.٢`: a dotted run that is no number and no phone is several numbers.
        if t.kind == TokenKind::Number
            && t.key.matches('.').count() > 1
            && number::digits_value(&t.key).is_none()
        {
            out.extend(dotted_parts(text, t.span));
            i += 1;
            continue;
        }
        match quantity_at(text, toks, i, opts) {
            Some((q, end)) => {
                let ordinal = q.kind == QuantityKind::Ordinal;
                out.push(q);
                i = end.max(i + 1);
                // `الرابعة الأخيرة`, `الرابع والأخير`: the ordinal also says 'last'.
                if ordinal {
                    if let Some(t) = toks
                        .get(i)
                        .filter(|t| matches!(&*t.base, "الاخير" | "الاخيره"))
                    {
                        out.push(Quantity {
                            span: t.span,
                            number_span: t.span,
                            kind: QuantityKind::Ordinal,
                            value: -1.0,
                            upper: None,
                            unit: None,
                            counted: None,
                            modifier: None,
                        });
                        i += 1;
                    }
                }
            }
            None => i += 1,
        }
    }
    out
}

/// The numbers of a dotted run, each with its own span.
fn dotted_parts(text: &str, span: Span) -> Vec<Quantity> {
    let written = span.slice(text);
    let mut out = Vec::new();
    let mut start = 0;
    let mut push = |a: usize, b: usize| {
        let piece = &written[a..b];
        let digits: String = piece
            .chars()
            .filter_map(|c| rasd_text::chars::digit_value(c).map(|d| char::from(b'0' + d)))
            .collect();
        if let Ok(v) = digits.parse::<f64>() {
            let s = Span::new(span.start + a, span.start + b);
            out.push(Quantity {
                span: s,
                number_span: s,
                kind: QuantityKind::Cardinal,
                value: v,
                upper: None,
                unit: None,
                counted: None,
                modifier: None,
            });
        }
    };
    for (k, c) in written.char_indices() {
        if c == '.' || c == '\u{066B}' {
            push(start, k);
            start = k + c.len_utf8();
        }
    }
    push(start, written.len());
    out
}

/// A quantity being assembled.
struct Draft {
    start: usize,
    end: usize,
    num: Num,
    kind: QuantityKind,
    value: f64,
    upper: Option<f64>,
    unit: Option<String>,
    counted: Option<Span>,
    modifier: Option<QuantityModifier>,
}

fn quantity_at(
    text: &str,
    toks: &[Tok<'_>],
    i: usize,
    opts: &QuantityOptions,
) -> Option<(Quantity, usize)> {
    // A currency symbol before the number: `$10`, `$ 10`.
    if toks[i].kind == TokenKind::Symbol {
        let cur = units::currency_symbol(&toks[i].key)?;
        let n = number::parse(toks, i + 1)?;
        let mut d = draft(n);
        d.start = i;
        d.kind = QuantityKind::Money;
        d.unit = Some(cur.to_owned());
        cents(toks, &mut d);
        return Some(finish(toks, d));
    }
    // `1- ترافيان 2- يوتيوب`: a number glued to `-` or `)` before a word marks a list item.
    if toks[i].kind == TokenKind::Number
        && toks
            .get(i + 1)
            .is_some_and(|p| matches!(&*p.key, "-" | ")") && p.span.start == toks[i].span.end)
        && toks.get(i + 2).is_some_and(|w| w.kind == TokenKind::Word)
        && i.checked_sub(1)
            .and_then(|p| toks.get(p))
            .is_none_or(|p| p.kind != TokenKind::Number)
    {
        return None;
    }
    let Some(n) = split_decimal(text, toks, i).or_else(|| number::parse(toks, i)) else {
        return lone_unit(toks, i, opts);
    };
    // In a phrase, an ordinal without the article that neither follows nor heads a noun
    // (`ثانية` alone) is the unit noun it also spells.
    let alone = |k: Option<&Tok<'_>>| k.is_none_or(|t| t.kind != TokenKind::Word);
    if opts.lone_units
        && n.kind == NumKind::Ordinal
        && n.end == i + 1
        && !toks[i].key.starts_with("ال")
        && alone(i.checked_sub(1).and_then(|p| toks.get(p)))
        && alone(toks.get(i + 1))
        && units::unit(&toks[i].base).is_some_and(|u| u.singular)
    {
        return lone_unit(toks, i, opts);
    }
    if is_identifier(toks, n.start) || is_model_number(toks, n.start) {
        return None;
    }
    let mut d = draft(n);
    sign_and_point(toks, &mut d);
    left_modifier(toks, &mut d);
    range(toks, &mut d);
    right_context(toks, &mut d);
    fraction_of(toks, &mut d);
    Some(finish(toks, d))
}

/// `38.‏57`: a decimal whose point is followed by an invisible direction mark, which splits the
/// digits into two tokens. Text copied from a right-to-left rendering stores such numbers with
/// their two parts swapped: the run after the mark is the integer part (`38.‏57 دولار للبرميل`
/// is $57.38 a barrel). A scale word may follow (`3.‏1 مليار` is 1.3 billion).
fn split_decimal(text: &str, toks: &[Tok<'_>], i: usize) -> Option<Num> {
    let (a, dot, b) = (toks.get(i)?, toks.get(i + 1)?, toks.get(i + 2)?);
    if a.kind != TokenKind::Number || b.kind != TokenKind::Number || dot.key != "." {
        return None;
    }
    if dot.span.start != a.span.end || dot.span.end == b.span.start {
        return None;
    }
    let gap = text.get(dot.span.end..b.span.start)?;
    if !gap.chars().all(rasd_text::chars::is_invisible_control) {
        return None;
    }
    let (frac_digits, whole_digits) = (&a.key, &b.key);
    if !frac_digits.bytes().all(|c| c.is_ascii_digit())
        || !whole_digits.bytes().all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let whole: f64 = whole_digits.parse().ok()?;
    let frac: f64 = frac_digits.parse().ok()?;
    let scale = 10f64.powi(i32::try_from(frac_digits.len()).ok()?);
    let mut value = whole + frac / scale;
    let mut end = i + 3;
    if let Some(words::NumWord::Scale(s, _)) = toks.get(end).and_then(|t| words::num_word(&t.base))
    {
        value *= s;
        end += 1;
    }
    Some(Num {
        start: i,
        end,
        value,
        upper: None,
        kind: NumKind::Cardinal,
        digits: true,
    })
}

fn draft(n: Num) -> Draft {
    let (kind, modifier) = match n.kind {
        NumKind::Cardinal => (QuantityKind::Cardinal, None),
        NumKind::Ordinal => (QuantityKind::Ordinal, None),
        NumKind::Fraction => (QuantityKind::Fraction, None),
        NumKind::Magnitude => (QuantityKind::Cardinal, Some(QuantityModifier::Magnitude)),
    };
    Draft {
        start: n.start,
        end: n.end,
        num: n,
        kind,
        value: n.value,
        upper: n.upper,
        unit: None,
        counted: None,
        modifier,
    }
}

fn finish(toks: &[Tok<'_>], d: Draft) -> (Quantity, usize) {
    let span = toks[d.start].span.cover(toks[d.end - 1].span);
    let number_span = toks[d.num.start].span.cover(toks[d.num.end - 1].span);
    (
        Quantity {
            span,
            number_span,
            kind: d.kind,
            value: d.value,
            upper: d.upper,
            unit: d.unit,
            counted: d.counted,
            modifier: d.modifier,
        },
        d.end,
    )
}

/// Words after which a number is a label, not an amount (`قرار مجلس الأمن رقم 2576`).
fn is_identifier(toks: &[Tok<'_>], i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).and_then(|p| toks.get(p)) else {
        return false;
    };
    matches!(
        &*prev.base,
        "رقم"
            | "الرقم"
            | "رقمه"
            | "رقمها"
            | "الماده"
            | "ماده"
            | "الفقره"
            | "فقره"
            | "البند"
            | "بند"
            | "الفصل"
            | "الصفحه"
            | "صفحه"
            | "ص"
            | "العدد"
            | "الايه"
            | "الاصدار"
            | "الطبعه"
            | "هاتف"
            | "الهاتف"
            | "جوال"
            | "الجوال"
            | "تلفون"
            | "فاكس"
            | "ب.ب"
            | "المبني"
            | "الطريق"
    ) && toks[i].kind == TokenKind::Number
}

/// Letters and makers that name a model with the number after them (`إف 16`, `إف-16`,
/// `ميغ 29`, `إس 400`, `بوينغ 737`), folded. (`إم`, folded `ام`, is left out: it is also
/// `أم`, a mother of so many children.)
const MODEL_NAMES: &[&str] = &[
    "اف",
    "ميغ",
    "ميج",
    "سو",
    "سوخوي",
    "اس",
    "تي",
    "بي",
    "يو",
    "بوينغ",
    "بوينج",
    "ايرباص",
];

/// Whether the number at `i` is part of a model's name (`طائرات إف 16`, `F-16`, `صواريخ إس
/// 400`): the letters of a make or a short Latin word that is no unit before it, with or
/// without a hyphen.
fn is_model_number(toks: &[Tok<'_>], i: usize) -> bool {
    if toks.get(i).is_none_or(|t| t.kind != TokenKind::Number) {
        return false;
    }
    let Some(mut p) = i.checked_sub(1) else {
        return false;
    };
    if toks[p].key == "-" && toks[p].span.end == toks[i].span.start {
        let Some(q) = p.checked_sub(1) else {
            return false;
        };
        p = q;
    }
    let prev = &toks[p];
    // A currency or a unit before its number is the amount's (`USD 500`).
    let latin = prev.kind == TokenKind::Latin
        && (1..=3).contains(&prev.key.chars().count())
        && prev.key.chars().all(|c| c.is_ascii_alphabetic())
        && units::unit(&prev.base).is_none()
        && units::currency_symbol(&prev.key).is_none();
    let bare = !prev.pre.conj && prev.pre.prep.is_none();
    latin || (prev.kind == TokenKind::Word && bare && MODEL_NAMES.contains(&&*prev.base))
}

/// A minus sign or a leading decimal point written against the digits (`-1.2`, `.77`).
fn sign_and_point(toks: &[Tok<'_>], d: &mut Draft) {
    if !d.num.digits || d.start == 0 {
        return;
    }
    let p = &toks[d.start - 1];
    let glued = p.span.end == toks[d.start].span.start;
    let before_ok = d.start < 2 || toks[d.start - 2].kind != TokenKind::Number;
    if matches!(p.kind, TokenKind::Punct | TokenKind::Symbol) && before_ok {
        if (p.key == "-" || p.key == "−") && (glued || d.start == 1) {
            d.value = -d.value;
            d.start -= 1;
        } else if p.key == "." && glued && d.value >= 1.0 && d.value.fract() == 0.0 {
            let text_len = toks[d.start].key.len();
            d.value /= 10f64.powi(i32::try_from(text_len).unwrap_or(1));
            d.start -= 1;
        }
    }
}

fn key_at<'a>(toks: &'a [Tok<'_>], k: usize) -> &'a str {
    toks.get(k).map_or("", |t| &t.key)
}

fn base_at<'a>(toks: &'a [Tok<'_>], k: usize) -> &'a str {
    toks.get(k).map_or("", |t| &t.base)
}

/// Modifiers before the number: `نحو`, `حوالي`, `أكثر من`, `ما لا يقل عن`…
fn left_modifier(toks: &[Tok<'_>], d: &mut Draft) {
    let s = d.start;
    let back = |n: usize| s.checked_sub(n).map_or("", |k| base_at(toks, k));
    let (m, len) = match (back(3), back(2), back(1)) {
        // `مالا` is the common run-together spelling of `ما لا`.
        ("لا" | "مالا", "يقل" | "تقل", "عن") => (QuantityModifier::AtLeast, 3),
        ("لا" | "مالا", "يزيد" | "تزيد" | "يتجاوز" | "تتجاوز", "عن" | "علي") => {
            (QuantityModifier::AtMost, 3)
        }
        (_, "اكثر" | "ازيد" | "اعلي", "من") => (QuantityModifier::MoreThan, 2),
        (_, "يزيد" | "تزيد" | "يربو" | "يفوق", "عن" | "علي") => {
            (QuantityModifier::MoreThan, 2)
        }
        (_, "اقل" | "ادني", "من") => (QuantityModifier::LessThan, 2),
        (_, "لا", "يتجاوز" | "تتجاوز") => (QuantityModifier::AtMost, 2),
        (_, "ما", "يقارب" | "يناهز") => (QuantityModifier::Approximate, 2),
        (_, _, "نحو" | "حوالي" | "حوالى" | "قرابه" | "زهاء" | "يقارب" | "يناهز" | "حدود") => {
            (QuantityModifier::Approximate, 1)
        }
        (_, _, "تحت") => (QuantityModifier::LessThan, 1),
        (_, _, "فوق") => (QuantityModifier::MoreThan, 1),
        _ => return,
    };
    // `ما لا يقل عن`: take the `ما` too.
    let mut len = len;
    let takes_ma = matches!(m, QuantityModifier::AtLeast | QuantityModifier::AtMost)
        || (m == QuantityModifier::MoreThan && len == 2);
    if takes_ma && back(len + 1) == "ما" {
        len += 1;
    }
    if d.modifier.is_none() {
        d.modifier = Some(m);
    }
    d.start = s - len;
}

/// `من 10 الى 20`, `بين عشرة وعشرين`, `10-20`.
fn range(toks: &[Tok<'_>], d: &mut Draft) {
    if d.num.kind != NumKind::Cardinal || d.modifier.is_some() {
        // A modifier before the first number still allows `حوالي 10-20`.
        if d.modifier != Some(QuantityModifier::Approximate) {
            return;
        }
    }
    let e = d.num.end;
    // The connector and where the second number starts.
    let next = key_at(toks, e);
    let second_at = match next {
        "-" | "–" | "الي" | "حتي" | "و" => e + 1,
        _ => {
            let t = toks.get(e);
            match t {
                Some(t) if t.kind == TokenKind::Word && t.pre.prep == Some('ل') && !t.pre.conj => {
                    e
                }
                Some(t) if t.kind == TokenKind::Word && t.key.starts_with('و') && t.pre.conj => e,
                _ => return,
            }
        }
    };
    let opener = d.start.checked_sub(1).map_or("", |k| base_at(toks, k));
    let opened = matches!(opener, "من" | "بين")
        || (opener == "بين" || key_at(toks, d.start.wrapping_sub(2)) == "ما");
    let needs_opener = matches!(next, "الي" | "حتي" | "و") || second_at == e;
    if needs_opener && !opened {
        return;
    }
    if next == "و" && opener != "بين" {
        return;
    }
    // Currency or unit glued to the first number (`10$-20$`) is read by the caller later.
    let Some(m) = number::parse(toks, second_at) else {
        return;
    };
    if m.kind != NumKind::Cardinal || m.value <= d.value {
        return;
    }
    d.upper = Some(m.value);
    d.end = m.end;
    d.modifier = Some(QuantityModifier::Range);
    if opened {
        d.start -= 1;
        if opener == "بين" && key_at(toks, d.start.wrapping_sub(1)) == "ما" {
            d.start -= 1;
        }
    }
}

/// What follows the number: percent, currency, unit, counted noun, `على الأقل`, `تقريبا`.
fn right_context(toks: &[Tok<'_>], d: &mut Draft) {
    let e = d.end;
    // Percent.
    if key_at(toks, e) == "%" {
        d.kind = QuantityKind::Percent;
        d.unit = Some("percent".into());
        d.end = e + 1;
        return trailing_modifier(toks, d);
    }
    if (key_at(toks, e) == "في" && matches!(key_at(toks, e + 1), "الميه" | "المايه"))
        || matches!(key_at(toks, e), "بالميه" | "بالمايه")
    {
        d.kind = QuantityKind::Percent;
        d.unit = Some("percent".into());
        d.end = if key_at(toks, e) == "في" {
            e + 2
        } else {
            e + 1
        };
        return trailing_modifier(toks, d);
    }
    if matches!(d.num.kind, NumKind::Ordinal) {
        // `الرابعة الأخيرة`, `الرابع والأخير`: the ordinal also says 'last'.
        return;
    }
    // Currency symbols and codes.
    if let Some(t) = toks.get(e) {
        if matches!(t.kind, TokenKind::Symbol | TokenKind::Latin) {
            if let Some(code) = units::currency_symbol(&t.key) {
                d.kind = QuantityKind::Money;
                d.unit = Some(code.to_owned());
                d.end = e + 1;
                range_after_unit(toks, d);
                cents(toks, d);
                return trailing_modifier(toks, d);
            }
            if t.key == "°" {
                d.kind = QuantityKind::Temperature;
                d.unit = Some("degree".into());
                d.end = e + 1;
                if let Some(u) = toks.get(e + 1).and_then(|t| units::unit(&t.base)) {
                    if u.kind == QuantityKind::Temperature && u.name != "degree" {
                        d.unit = Some(u.name.into());
                        d.end = e + 2;
                    }
                }
                return below_zero(toks, d);
            }
        }
    }
    // `ج.م` (جنيه مصري).
    if key_at(toks, e) == "ج" && key_at(toks, e + 1) == "." && key_at(toks, e + 2) == "م" {
        d.kind = QuantityKind::Money;
        d.unit = Some("EGP".into());
        d.end = if key_at(toks, e + 3) == "." {
            e + 4
        } else {
            e + 3
        };
        return;
    }
    // Unit words, two-word units first (`ملي لتر`, `هكتو ليتر`, `كيلومتر مربع`).
    let (k1, k2) = (base_at(toks, e), key_at(toks, e + 1));
    let two = match (k1, k2) {
        ("ملي", "لتر" | "ليتر") => Some(("millilitre", QuantityKind::Volume)),
        ("هكتو", "لتر" | "ليتر") => Some(("hectolitre", QuantityKind::Volume)),
        ("متر" | "امتار", "مربع" | "مربعه") => {
            Some(("square_metre", QuantityKind::Area))
        }
        ("كيلومتر" | "كيلومترات" | "كم" | "كلم", "مربع" | "مربعا" | "مربعه") => {
            Some(("square_kilometre", QuantityKind::Area))
        }
        ("متر" | "امتار", "مكعب" | "مكعبه") => {
            Some(("cubic_metre", QuantityKind::Volume))
        }
        _ => None,
    };
    if let Some((name, kind)) = two {
        d.kind = kind;
        d.unit = Some(name.into());
        d.end = e + 2;
        return product(toks, d);
    }
    // `مليونا عام 2013`: a year noun before a year number names the year, not a duration.
    let year_follows = toks.get(e + 1).is_some_and(|t| {
        t.kind == TokenKind::Number
            && t.key.len() == 4
            && number::digits_value(&t.key).is_some_and(|(v, _)| (1000.0..=2999.0).contains(&v))
    });
    if let Some(u) = toks
        .get(e)
        .filter(|t| t.kind == TokenKind::Word && !year_follows)
        .and_then(|t| units::unit(&t.base))
    {
        apply_unit(toks, d, u, e);
        return;
    }
    if let Some(t) = toks.get(e) {
        if matches!(&*t.key, "تحت") && key_at(toks, e + 1) == "الصفر" {
            d.kind = QuantityKind::Temperature;
            d.unit = Some("degree".into());
            return below_zero(toks, d);
        }
    }
    trailing_modifier(toks, d);
    counted_noun(toks, d);
}

/// `خمس مساحة العراق`: the noun a fraction takes a part of.
fn fraction_of(toks: &[Tok<'_>], d: &mut Draft) {
    if d.kind != QuantityKind::Fraction {
        return;
    }
    if let Some(t) = toks
        .get(d.end)
        .filter(|t| t.kind == TokenKind::Word && !NOT_COUNTED.contains(&&*t.key) && !known(&t.key))
    {
        d.counted = Some(t.span);
    }
}

fn apply_unit(toks: &[Tok<'_>], d: &mut Draft, u: units::Unit, at: usize) {
    d.kind = u.kind;
    d.unit = Some(u.name.into());
    d.end = at + 1;
    match u.kind {
        QuantityKind::Money => {
            // `جنيه مصري`, `دينار كويتي`, `دولار أمريكي`.
            if let Some(adj) = toks.get(at + 1) {
                if let Some(code) = units::currency_country(u.name, &adj.key) {
                    d.unit = Some(code.into());
                    d.end = at + 2;
                } else if u.name == "pound" && adj.key.starts_with("استرليني") {
                    d.unit = Some("GBP".into());
                    d.end = at + 2;
                }
            }
            // `368.720 دولار`: amounts in currencies without thousandths write the dot as a
            // thousands separator; dinars of Kuwait, Bahrain, Jordan… do have three decimals.
            let three_decimals = matches!(
                d.unit.as_deref(),
                Some("KWD" | "BHD" | "OMR" | "JOD" | "TND" | "LYD" | "IQD" | "dinar")
            );
            let written = toks.get(d.num.start).map_or("", |t| &*t.key);
            let dot_thousands = d.num.digits
                && d.num.end == d.num.start + 1
                && written.split_once('.').is_some_and(|(a, b)| {
                    (1..=3).contains(&a.len()) && b.len() == 3 && b != "000" && !a.contains(',')
                });
            if dot_thousands && !three_decimals {
                d.value *= 1000.0;
            }
            cents(toks, d);
            trailing_modifier(toks, d);
        }
        QuantityKind::Temperature => {
            if let Some(v) = toks.get(d.end).and_then(|t| units::unit(&t.base)) {
                if v.kind == QuantityKind::Temperature && v.name != "degree" {
                    d.unit = Some(if v.name == "celsius" && toks[d.end].base == "مييه" {
                        "degree".into()
                    } else {
                        v.name.into()
                    });
                    d.end += 1;
                }
            }
            below_zero(toks, d);
        }
        _ => {
            // `لتر ونصف`, `ساعة وربع`.
            fractions_after(toks, d);
            product(toks, d);
            trailing_modifier(toks, d);
        }
    }
}

/// `20 دولار و43 سنت`, `20$ 43c`: cents added to a dollar amount.
fn cents(toks: &[Tok<'_>], d: &mut Draft) {
    if d.unit.as_deref() != Some("USD") {
        return;
    }
    let mut k = d.end;
    if key_at(toks, k) == "و" {
        k += 1;
    }
    let glued_waw = toks
        .get(k)
        .is_some_and(|t| t.key.starts_with('و') && t.kind == TokenKind::Word);
    let Some(c) = number::parse(toks, k).filter(|c| c.kind == NumKind::Cardinal && c.value < 100.0)
    else {
        let _ = glued_waw;
        return;
    };
    let unit_ok = toks.get(c.end).is_some_and(|t| {
        units::unit(&t.base).is_some_and(|u| u.name == "cent")
            || units::currency_symbol(&t.key) == Some("cent")
    });
    if unit_ok {
        d.value += c.value / 100.0;
        d.end = c.end + 1;
    }
}

/// `10$-20$`: a range where each number carries the unit.
fn range_after_unit(toks: &[Tok<'_>], d: &mut Draft) {
    if key_at(toks, d.end) != "-" {
        return;
    }
    if let Some(m) = number::parse(toks, d.end + 1) {
        let same = toks
            .get(m.end)
            .is_some_and(|t| units::currency_symbol(&t.key).map(str::to_owned) == d.unit);
        if same && m.value > d.value {
            d.upper = Some(m.value);
            d.end = m.end + 1;
            d.modifier = Some(QuantityModifier::Range);
        }
    }
}

fn fractions_after(toks: &[Tok<'_>], d: &mut Draft) {
    let (k, glued) = if key_at(toks, d.end) == "و" {
        (d.end + 1, false)
    } else {
        (d.end, true)
    };
    let Some(t) = toks.get(k) else { return };
    let w: &str = if glued {
        match t.key.strip_prefix('و') {
            Some(w) => w,
            None => return,
        }
    } else {
        &t.key
    };
    let add = match w {
        "نصف" | "نص" => 0.5,
        "ربع" => 0.25,
        "ثلث" => 1.0 / 3.0,
        _ => return,
    };
    d.value += add;
    d.end = k + 1;
}

fn below_zero(toks: &[Tok<'_>], d: &mut Draft) {
    if key_at(toks, d.end) == "تحت" && key_at(toks, d.end + 1) == "الصفر" {
        d.value = -d.value.abs();
        d.end += 2;
    }
}

/// `ثلاثة اونصات من الذهب`: what a measure is of.
fn product(toks: &[Tok<'_>], d: &mut Draft) {
    if !matches!(d.kind, QuantityKind::Mass | QuantityKind::Volume) {
        return;
    }
    if key_at(toks, d.end) == "من" {
        if let Some(t) = toks
            .get(d.end + 1)
            .filter(|t| t.kind == TokenKind::Word && t.key.starts_with("ال"))
        {
            d.counted = Some(t.span);
            d.end += 2;
        }
    }
}

fn trailing_modifier(toks: &[Tok<'_>], d: &mut Draft) {
    match (key_at(toks, d.end), key_at(toks, d.end + 1)) {
        ("علي", "الاقل") => {
            d.modifier = Some(QuantityModifier::AtLeast);
            d.end += 2;
        }
        ("علي", "الاكثر") => {
            d.modifier = Some(QuantityModifier::AtMost);
            d.end += 2;
        }
        ("تقريبا", _) => {
            d.modifier = Some(QuantityModifier::Approximate);
            d.end += 1;
        }
        _ => {}
    }
}

/// Function words that never are the counted noun.
const NOT_COUNTED: &[&str] = &[
    "في",
    "من",
    "علي",
    "الي",
    "عن",
    "مع",
    "او",
    "ثم",
    "حتي",
    "ان",
    "قد",
    "لا",
    "ما",
    "لم",
    "لن",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "كل",
    "بين",
    "منذ",
    "بعد",
    "قبل",
    "عند",
    "خلال",
    "وفي",
    "هو",
    "هي",
    "هم",
    "الذي",
    "التي",
    "الذين",
    "كما",
    "اي",
    "انه",
    "انها",
    "لكن",
    "بل",
    "اذا",
    "وقد",
    "وان",
    "كانت",
    "كان",
    "فقط",
    "ايضا",
    "نحو",
    "حوالي",
    "الف",
    "ضد",
    "عبر",
    "لدي",
    "لدى",
    "سوي",
    "غير",
    "منهم",
    "منها",
    "منه",
    "منهن",
    "فيها",
    "فيه",
    "مقابل",
    "بنسبه",
    "بمعدل",
    "و",
    "بـ",
    "ب",
    "ل",
];

/// `14 صاروخا`, `3500 جندي`, `عشرات القتلى`: the noun after a cardinal.
fn counted_noun(toks: &[Tok<'_>], d: &mut Draft) {
    if d.kind != QuantityKind::Cardinal {
        return;
    }
    let Some(t) = toks.get(d.end) else { return };
    if t.kind != TokenKind::Word || t.key.chars().count() < 2 {
        return;
    }
    let definite = t.key.starts_with("ال");
    let vague = d.modifier == Some(QuantityModifier::Magnitude)
        || matches!(
            toks.get(d.num.end - 1)
                .and_then(|x| words::num_word(&x.base)),
            Some(words::NumWord::Scale(..))
        );
    if definite && !vague {
        return;
    }
    if NOT_COUNTED.contains(&&*t.key) || known(&t.key) {
        return;
    }
    d.counted = Some(t.span);
    // `20 شخصا على الأقل`: a modifier after the counted noun.
    let after = (key_at(toks, d.end + 1), key_at(toks, d.end + 2));
    if d.modifier.is_none() && matches!(after, ("علي", "الاقل" | "الاكثر")) {
        d.end += 1;
        trailing_modifier(toks, d);
    }
}

/// A unit word with no number: a dual (`دقيقتين`, `لترين`) is two of it, and with
/// [`QuantityOptions::lone_units`] a singular is one (`اسبوع`, `كغ`). A scale alone is handled
/// by the number grammar (`مليون`).
fn lone_unit(toks: &[Tok<'_>], i: usize, opts: &QuantityOptions) -> Option<(Quantity, usize)> {
    let t = &toks[i];
    let u = units::unit(&t.base)?;
    let value = if u.count == 2.0 {
        2.0
    } else if opts.lone_units && u.singular {
        1.0
    } else {
        return None;
    };
    if u.kind == QuantityKind::Money || u.name == "cent" {
        return None;
    }
    let n = Num {
        start: i,
        end: i + 1,
        value,
        upper: None,
        kind: NumKind::Cardinal,
        digits: false,
    };
    let mut d = draft(n);
    d.end = i;
    apply_unit(toks, &mut d, u, i);
    left_modifier(toks, &mut d);
    Some(finish(toks, d))
}

/// Fills `doc.quantities`. Run after [`crate::time::annotate`]: a number inside a time
/// expression (a day of the month, a year in a date) is part of that time, not a quantity.
pub fn annotate(doc: &mut rasd_text::Document, opts: &QuantityOptions) {
    let toks = key::toks(&doc.tokens, &known);
    let mut found = extract_toks(&doc.text, &toks, opts);
    let times = &doc.times;
    found.retain(|q| !times.iter().any(|t| t.span.overlaps(q.span)));
    doc.quantities = found;
}
