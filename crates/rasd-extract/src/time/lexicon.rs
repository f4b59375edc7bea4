//! Time words: month names in every naming system, Hijri months, weekdays, relative words, parts
//! of the day and of periods. Keys are folded (see [`crate::quantity::key::fold`]).

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

/// A time word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeWord {
    /// A Gregorian month in one word (`يوليو`, `تموز`, `جانفي`), 1–12.
    Month(u8),
    /// The first word of a two-word Levantine month (`كانون`, `تشرين`): the month is 12 or 1
    /// for `كانون` with `الاول`/`الثاني`, 10 or 11 for `تشرين`.
    MonthHead(u8),
    /// A Hijri month 1–12 in one word (`رمضان`, `شوال`).
    HijriMonth(u8),
    /// The first word of a two-word Hijri month (`ربيع` → 3, `جمادى` → 5, `ذو`/`ذي` → 11).
    HijriHead(u8),
    /// A weekday, Monday = 1 … Sunday = 7, with whether it carries the article.
    Weekday(u8, bool),
    /// A day relative to today: `أمس` −1, `غدا` +1.
    DayOffset(i8),
    /// Now (`الآن`, `حالا`).
    Now,
    /// A calendar unit noun (`يوم`, `اسبوع`, `شهر`, `عام`), with the article or not.
    Unit(Period, bool),
    /// A relative adjective: −1 (`الماضي`), 0 (`الحالي`, `الجاري`), +1 (`المقبل`).
    Rel(i8),
    /// A season: 0 spring, 1 summer, 2 autumn, 3 winter.
    Season(u8),
    /// A part of a period: start, middle, end (`بداية`, `منتصف`, `نهاية`), or the first or last
    /// third (`أوائل`, `أواخر`).
    Part(PartWord),
    /// A part of the day (`صباح`, `مساء`).
    Pod(PodWord),
}

/// Calendar units.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    /// A day.
    Day,
    /// A week.
    Week,
    /// A month.
    Month,
    /// A year.
    Year,
}

/// Words naming a part of a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartWord {
    /// `بداية`, `مطلع`: the first day.
    Start,
    /// `أوائل`: the first third.
    Early,
    /// `منتصف`, `أواسط`, `نص`: the middle.
    Mid,
    /// `أواخر`: the last third.
    Late,
    /// `نهاية`, `ختام`: the last day.
    End,
}

/// Words naming a part of the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PodWord {
    /// `صباح`, `صباحا`, `الصبح`, `فجرا`, `الفجر`: before noon.
    Morning,
    /// `ظهرا`, `الظهر`.
    Noon,
    /// `عصرا`, `العصر`.
    Afternoon,
    /// `مساء`, `مساءا`, `المغرب`, `العشاء`.
    Evening,
    /// `ليلا`, `الليل`, `ليلة`.
    Night,
}

/// Looks a folded word up.
#[must_use]
pub fn time_word(key: &str) -> Option<TimeWord> {
    WORDS.get(key).copied()
}

/// Every time word (folded), for the proclitic peeler.
pub fn known_keys() -> impl Iterator<Item = String> {
    WORDS.keys().cloned().chain(
        [
            "حلول",
            "منذ",
            "حتي",
            "خلال",
            "الموافق",
            "تاريخ",
            "بتاريخ",
            "الساعه",
            "ساعه",
            "عيد",
            "راس",
            "الاخير",
            "الاخيره",
            "اخر",
            "الاول",
            "الاولي",
            "هجري",
            "هجريه",
            "ميلادي",
            "لغايه",
            "غايه",
            "مطلع",
            "الي",
            "الليله",
            "الاخير",
            "الاخيره",
        ]
        .into_iter()
        .map(str::to_owned),
    )
}

static WORDS: LazyLock<FxHashMap<String, TimeWord>> = LazyLock::new(build);

fn build() -> FxHashMap<String, TimeWord> {
    use TimeWord::{
        DayOffset, HijriHead, HijriMonth, Month, MonthHead, Now, Part, Pod, Rel, Season, Unit,
        Weekday,
    };
    let mut m = FxHashMap::default();
    let mut put = |k: &str, v: TimeWord| {
        m.insert(crate::quantity::key::fold(k).into_owned(), v);
    };
    // Gregorian months: Egyptian/Gulf (from Latin), Levantine/Iraqi (Syriac), Maghrebi (French).
    let months: &[(u8, &[&str])] = &[
        (1, &["يناير", "جانفي", "ينايِر"]),
        (2, &["فبراير", "شباط", "فيفري", "فبرير"]),
        (3, &["مارس", "آذار", "اذار"]),
        (4, &["أبريل", "ابريل", "إبريل", "نيسان", "أفريل", "ابريل"]),
        (5, &["مايو", "أيار", "ماي", "مايس"]),
        (6, &["يونيو", "يونيه", "حزيران", "جوان"]),
        (7, &["يوليو", "يوليه", "تموز", "جويلية", "يوليوز"]),
        (8, &["أغسطس", "اغسطس", "آب", "أوت", "اغستس", "غشت"]),
        (9, &["سبتمبر", "أيلول", "شتنبر"]),
        (10, &["أكتوبر", "اكتوبر", "أكتوبر"]),
        (11, &["نوفمبر", "نونبر"]),
        (12, &["ديسمبر", "دجنبر"]),
    ];
    for (n, forms) in months {
        for f in *forms {
            put(f, Month(*n));
        }
    }
    put("كانون", MonthHead(12));
    put("تشرين", MonthHead(10));
    let hijri: &[(u8, &[&str])] = &[
        (1, &["محرم"]),
        (7, &["رجب"]),
        (8, &["شعبان"]),
        (9, &["رمضان"]),
        (10, &["شوال"]),
    ];
    for (n, forms) in hijri {
        for f in *forms {
            put(f, HijriMonth(*n));
        }
    }
    put("ربيع", HijriHead(3));
    put("جمادى", HijriHead(5));
    put("جمادي", HijriHead(5));
    put("ذو", HijriHead(11));
    put("ذي", HijriHead(11));
    let weekdays: &[(u8, &[&str])] = &[
        (1, &["اثنين", "إثنين"]),
        (2, &["ثلاثاء", "ثلاثا"]),
        (3, &["أربعاء", "اربعاء", "اربعا"]),
        (4, &["خميس"]),
        (5, &["جمعة"]),
        (6, &["سبت"]),
        (7, &["أحد"]),
    ];
    for (n, forms) in weekdays {
        for f in *forms {
            put(&format!("ال{f}"), Weekday(*n, true));
            put(f, Weekday(*n, false));
        }
    }
    for f in ["أمس", "البارحة", "امبارح", "الأمس"] {
        put(f, DayOffset(-1));
    }
    for f in ["غدا", "غداً", "بكرة", "بكرا", "غد", "الغد"] {
        put(f, DayOffset(1));
    }
    for f in ["الآن", "حالا", "الان", "حاليا"] {
        put(f, Now);
    }
    for (p, forms) in [
        (Period::Day, &["يوم"][..]),
        (Period::Week, &["أسبوع"]),
        (Period::Month, &["شهر"]),
        (Period::Year, &["عام", "سنة"]),
    ] {
        for f in forms {
            put(f, Unit(p, false));
            put(&format!("ال{f}"), Unit(p, true));
        }
    }
    for f in [
        "الماضي",
        "الماضية",
        "الماض",
        "السابق",
        "السابقة",
        "المنصرم",
        "المنصرمة",
        "الفائت",
        "الفائتة",
        "المنقضي",
    ] {
        put(f, Rel(-1));
    }
    for f in [
        "الحالي",
        "الحالية",
        "الجاري",
        "الجارية",
        "هذا",
        "هذه",
        "ذاته",
        "نفسه",
    ] {
        put(f, Rel(0));
    }
    for f in [
        "المقبل",
        "المقبلة",
        "القادم",
        "القادمة",
        "التالي",
        "التالية",
        "الجاي",
        "الآتي",
    ] {
        put(f, Rel(1));
    }
    for (n, f) in [
        (0, "الربيع"),
        (1, "الصيف"),
        (2, "الخريف"),
        (3, "الشتاء"),
        (0, "ربيع"),
        (1, "صيف"),
        (2, "خريف"),
        (3, "شتاء"),
    ] {
        if n == 0 && f == "ربيع" {
            continue; // `ربيع` alone heads the Hijri months ربيع الأول/الآخر
        }
        put(f, Season(n));
    }
    for (p, forms) in [
        (
            PartWord::Start,
            &["بداية", "مطلع", "بدايات", "مستهل", "بدء"][..],
        ),
        (PartWord::Early, &["أوائل"]),
        (PartWord::Mid, &["منتصف", "أواسط", "وسط", "نص", "نصف"]),
        (PartWord::Late, &["أواخر"]),
        (PartWord::End, &["نهاية", "ختام", "انتهاء", "نهايات"]),
    ] {
        for f in forms {
            put(f, Part(p));
        }
    }
    for (p, forms) in [
        (
            PodWord::Morning,
            &[
                "صباح",
                "صباحا",
                "الصباح",
                "الصبح",
                "صبح",
                "فجر",
                "فجرا",
                "الفجر",
                "ضحى",
            ][..],
        ),
        (PodWord::Noon, &["ظهر", "ظهرا", "الظهر", "الظهيرة", "ظهيرة"]),
        (PodWord::Afternoon, &["عصر", "عصرا", "العصر"]),
        (
            PodWord::Evening,
            &["مساء", "مساءا", "المساء", "مساءً", "المغرب", "العشاء"],
        ),
        (PodWord::Night, &["ليلا", "الليل", "ليل", "ليلة"]),
    ] {
        for f in forms {
            put(f, Pod(p));
        }
    }
    m
}
