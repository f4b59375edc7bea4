//! The number-word lexicon: cardinals of every gender and case, teens, tens, hundreds, scales with
//! their dual and plural forms, ordinals, fractions and orders of magnitude.
//!
//! Keys are folded (see [`super::key::fold`]). The table is generated from the roots of each
//! number so that every gender and case form exists once; the Egyptian spoken forms news quotes
//! (`حداشر`, `متين`, `تلتمية`) are listed with them.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

/// What a number word is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NumWord {
    /// 0 to 10 (`واحد`, `ثلاثة`, `عشر`).
    Unit(u32),
    /// 11 to 19 in one word (`حداشر`).
    Teen(u32),
    /// The second word of a teen (`عشر`, `عشرة`) — also the unit 10.
    TeenTail,
    /// 20 to 90.
    Ten(u32),
    /// 100 to 900.
    Hundred(u32),
    /// 1000, 10⁶, 10⁹, 10¹²: singular (`ألف`), dual (`ألفان`, `ألفي`) or plural (`آلاف`).
    Scale(f64, Plurality),
    /// An order of magnitude (`عشرات`, `مئات`): at least this much.
    Magnitude(f64),
    /// An ordinal 1–10 (`الرابع`, `الحادية` for 11 with `عشرة`), with whether it has the article.
    Ordinal(u32, bool),
    /// A fraction `1/n` (`ربع`), or `2/n` for a dual (`ثلثي`).
    Fraction(u32, u32),
    /// A plural fraction that needs a count (`أرباع` in `ثلاثة أرباع`).
    FractionPlural(u32),
    /// `بضع`, `بضعة`: a few (3 to 9).
    Few,
}

/// Singular, dual or plural form of a scale word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plurality {
    /// `ألف`.
    One,
    /// `ألفان`, `ألفين`, `ألفي`.
    Two,
    /// `آلاف`.
    Many,
}

/// The number-word lexicon, keyed by folded form.
pub static NUM_WORDS: LazyLock<FxHashMap<String, NumWord>> = LazyLock::new(build);

/// Looks a folded word up.
#[must_use]
pub fn num_word(key: &str) -> Option<NumWord> {
    NUM_WORDS.get(key).copied()
}

fn build() -> FxHashMap<String, NumWord> {
    use NumWord::{
        Fraction, FractionPlural, Hundred, Magnitude, Ordinal, Scale, Teen, TeenTail, Ten, Unit,
    };
    let mut m: FxHashMap<String, NumWord> = FxHashMap::default();
    let mut put = |k: &str, v: NumWord| {
        m.insert(super::key::fold(k).into_owned(), v);
    };
    // Units, masculine and feminine, with common spoken spellings (ordered by value).
    let units: &[(u32, &[&str])] = &[
        (0, &["صفر"]),
        (1, &["واحد", "واحدة", "احدى", "إحدى"]),
        (
            2,
            &[
                "اثنان",
                "اثنين",
                "اثنتان",
                "اثنتين",
                "اثنا",
                "اثني",
                "اثنتا",
                "اثنتي",
                "اتنين",
                "إتنين",
                "اثنى",
                "اثنتى",
            ],
        ),
        (3, &["ثلاث", "ثلاثة", "تلات", "تلاتة", "ثلاث"]),
        (4, &["أربع", "أربعة", "اربع", "اربعة"]),
        (5, &["خمس", "خمسة"]),
        (6, &["ست", "ستة", "ستّة"]),
        (7, &["سبع", "سبعة"]),
        (8, &["ثمان", "ثماني", "ثمانية", "تمن", "تمانية", "تمان"]),
        (9, &["تسع", "تسعة"]),
    ];
    for (v, forms) in units {
        for f in *forms {
            put(f, Unit(*v));
        }
    }
    put("عشر", TeenTail);
    put("عشرة", TeenTail);
    put("عشره", TeenTail);
    // Spoken one-word teens (Egyptian, Levantine).
    for (v, f) in [
        (11, "حداشر"),
        (11, "احداشر"),
        (12, "اتناشر"),
        (12, "اطناشر"),
        (13, "تلتاشر"),
        (14, "اربعتاشر"),
        (15, "خمستاشر"),
        (16, "ستاشر"),
        (17, "سبعتاشر"),
        (18, "تمنتاشر"),
        (19, "تسعتاشر"),
    ] {
        put(f, Teen(v));
    }
    // A dozen and two dozen.
    for (v, f) in [
        (12, "دزينة"),
        (12, "درزن"),
        (24, "دزينتين"),
        (24, "دزينتان"),
    ] {
        put(f, Teen(v));
    }
    // Tens: nominative -ون and oblique -ين, plus spoken spellings.
    let tens: &[(u32, &str)] = &[
        (20, "عشر"),
        (30, "ثلاث"),
        (30, "تلات"),
        (40, "أربع"),
        (50, "خمس"),
        (60, "ست"),
        (70, "سبع"),
        (80, "ثمان"),
        (80, "تمان"),
        (90, "تسع"),
    ];
    for (v, stem) in tens {
        put(&format!("{stem}ون"), Ten(*v));
        put(&format!("{stem}ين"), Ten(*v));
    }
    // Hundreds: مائة / مئة / مية, joined to the unit or not; duals.
    for h in ["مائة", "مئة", "مية", "ميه", "مايه"] {
        put(h, Hundred(100));
    }
    for d in [
        "مائتان",
        "مائتين",
        "مئتان",
        "مئتين",
        "مائتا",
        "مائتي",
        "مئتا",
        "مئتي",
        "متين",
    ] {
        put(d, Hundred(200));
    }
    let hundred_units: &[(u32, &[&str])] = &[
        (3, &["ثلاث", "ثلاثة", "تلت", "تلات"]),
        (4, &["أربع", "اربع", "ربع"]),
        (5, &["خمس"]),
        (6, &["ست"]),
        (7, &["سبع"]),
        (8, &["ثمان", "ثماني", "تمن"]),
        (9, &["تسع"]),
    ];
    for (v, stems) in hundred_units {
        for stem in *stems {
            for h in ["مائة", "مئة", "مية", "ميه"] {
                put(&format!("{stem}{h}"), Hundred(v * 100));
            }
        }
    }
    // Scales.
    for (v, one, two, many) in [
        (
            1e3,
            &["ألف"][..],
            &["ألفان", "ألفين", "ألفا", "ألفي"][..],
            &["آلاف", "الاف", "ألوف"][..],
        ),
        (
            1e6,
            &["مليون"],
            &["مليونان", "مليونين", "مليونا", "مليوني"],
            &["ملايين"],
        ),
        (
            1e9,
            &["مليار", "بليون"],
            &["ملياران", "مليارين", "مليارا", "مليارى"],
            &["مليارات", "بلايين"],
        ),
        (
            1e12,
            &["تريليون", "ترليون"],
            &["تريليونان", "تريليونين"],
            &["تريليونات"],
        ),
    ] {
        for f in one {
            put(f, Scale(v, Plurality::One));
        }
        for f in two {
            put(f, Scale(v, Plurality::Two));
        }
        for f in many {
            put(f, Scale(v, Plurality::Many));
        }
    }
    // Orders of magnitude: at least 10, 100… (the upper bound is the next power of ten).
    for (v, f) in [(10.0, "عشرات"), (100.0, "مئات"), (100.0, "مئات")] {
        put(f, Magnitude(v));
    }
    // Ordinals 1–10, masculine and feminine, with and without the article.
    let ordinals: &[(u32, &[&str])] = &[
        (1, &["أول", "أولى"]),
        (2, &["ثاني", "ثانية", "ثان"]),
        (3, &["ثالث", "ثالثة"]),
        (4, &["رابع", "رابعة"]),
        (5, &["خامس", "خامسة"]),
        (6, &["سادس", "سادسة"]),
        (7, &["سابع", "سابعة"]),
        (8, &["ثامن", "ثامنة"]),
        (9, &["تاسع", "تاسعة"]),
        (10, &["عاشر", "عاشرة"]),
        (11, &["حادي", "حادية"]),
    ];
    for (v, forms) in ordinals {
        for f in *forms {
            put(&format!("ال{f}"), Ordinal(*v, true));
            put(f, Ordinal(*v, false));
        }
    }
    // Adverbial ordinals: `أولا`, `ثانيا` … `عاشرا` ('firstly' …).
    for (v, f) in [
        (1, "أولا"),
        (2, "ثانيا"),
        (3, "ثالثا"),
        (4, "رابعا"),
        (5, "خامسا"),
        (6, "سادسا"),
        (7, "سابعا"),
        (8, "ثامنا"),
        (9, "تاسعا"),
        (10, "عاشرا"),
    ] {
        put(f, Ordinal(v, false));
    }
    // Fractions. `خمس`, `سبع`, `تسع`, `عشر` are also cardinals: the cardinal entry stays and the
    // quantity grammar decides from the next word.
    for (d, forms) in [
        // `نص` (colloquial 'half') is far more often 'text': it is read as a half only
        // before a unit (`نص لتر`), by the quantity grammar.
        (2, &["نصف"][..]),
        (3, &["ثلث"]),
        (4, &["ربع"]),
        (6, &["سدس"]),
    ] {
        for f in forms {
            put(f, Fraction(1, d));
        }
    }
    for (f, d) in [("ثلثي", 3), ("ثلثا", 3), ("ربعي", 4)] {
        put(f, Fraction(2, d));
    }
    for (f, d) in [("أرباع", 4), ("أثلاث", 3), ("أخماس", 5), ("أعشار", 10)] {
        put(f, FractionPlural(d));
    }
    put("بضع", NumWord::Few);
    put("بضعة", NumWord::Few);
    m
}

/// A fraction denominator a cardinal form can also mean (`خمس` = five or a fifth).
#[must_use]
pub fn ambiguous_fraction(key: &str) -> Option<u32> {
    match key {
        "خمس" => Some(5),
        "سبع" => Some(7),
        "تسع" => Some(9),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_exist() {
        assert_eq!(num_word("ثلاثمايه"), Some(NumWord::Hundred(300)));
        assert_eq!(num_word("مايه"), Some(NumWord::Hundred(100)));
        assert_eq!(num_word("الفين"), Some(NumWord::Scale(1e3, Plurality::Two)));
        assert_eq!(num_word("الحاديه"), Some(NumWord::Ordinal(11, true)));
        assert_eq!(num_word("عشرين"), Some(NumWord::Ten(20)));
        assert_eq!(num_word("الاولي"), Some(NumWord::Ordinal(1, true)));
    }
}
