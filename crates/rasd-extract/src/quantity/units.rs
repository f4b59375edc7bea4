//! Units and currencies that may follow a number, keyed by folded form.

use std::sync::LazyLock;

use rasd_text::annotations::QuantityKind;
use rustc_hash::FxHashMap;

/// A unit word.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Unit {
    /// What it measures.
    pub kind: QuantityKind,
    /// The unit name or currency code.
    pub name: &'static str,
    /// The count a dual form carries by itself (`دقيقتين` = 2 minutes), 1 otherwise.
    pub count: f64,
    /// Whether it is a singular that may stand alone for 'one' (`اسبوع`, `لتر`, `كغ`).
    pub singular: bool,
}

/// Looks a folded unit word up.
#[must_use]
pub fn unit(key: &str) -> Option<Unit> {
    UNITS.get(key).copied()
}

/// A currency refined by the nationality adjective that follows its generic name
/// (`دينار كويتي` → KWD). Adjectives are folded and may be masculine or feminine.
#[must_use]
pub fn currency_country(generic: &str, adjective: &str) -> Option<&'static str> {
    let adj = adjective.strip_suffix('ه').unwrap_or(adjective);
    let code = match (generic, adj) {
        ("pound", "استرليني") => "GBP",
        ("pound", "مصري") => "EGP",
        ("pound", "سوداني") => "SDG",
        ("pound", "سوري") => "SYP",
        ("pound", "لبناني") => "LBP",
        ("lira", "لبناني") => "LBP",
        ("lira", "سوري") => "SYP",
        ("lira", "تركي") => "TRY",
        ("dinar", "كويتي") => "KWD",
        ("dinar", "اردني") => "JOD",
        ("dinar", "عراقي") => "IQD",
        ("dinar", "بحريني") => "BHD",
        ("dinar", "ليبي") => "LYD",
        ("dinar", "تونسي") => "TND",
        ("dinar", "جزايري") => "DZD",
        ("riyal", "سعودي") => "SAR",
        ("riyal", "قطري") => "QAR",
        ("riyal", "عماني") => "OMR",
        ("riyal", "يمني") => "YER",
        ("riyal", "ايراني") => "IRR",
        ("dirham", "اماراتي") => "AED",
        ("dirham", "مغربي") => "MAD",
        ("USD" | "dollar", "امريكي" | "اميركي" | "امريكى") => "USD",
        ("USD" | "dollar", "كندي") => "CAD",
        ("USD" | "dollar", "استرالي") => "AUD",
        ("USD" | "dollar", "سنغافوري") => "SGD",
        ("USD" | "dollar", "هونغ") => "HKD",
        ("yen", "ياباني") => "JPY",
        ("yuan", "صيني") => "CNY",
        ("rupee", "هندي") => "INR",
        ("rupee", "باكستاني") => "PKR",
        ("franc", "سويسري") => "CHF",
        _ => return None,
    };
    Some(code)
}

/// A currency written as a symbol or an ISO code in Latin letters.
#[must_use]
pub fn currency_symbol(s: &str) -> Option<&'static str> {
    Some(match s {
        "$" => "USD",
        "€" => "EUR",
        "£" => "pound",
        "¢" | "c" => "cent",
        // Latin tokens arrive lowercased.
        _ => return ISO.iter().copied().find(|c| c.eq_ignore_ascii_case(s)),
    })
}

const ISO: &[&str] = &[
    "USD", "EUR", "GBP", "KWD", "LBP", "EGP", "QAR", "SAR", "JOD", "ILS", "IQD", "AED", "BHD",
    "OMR", "JPY", "CNY", "TRY", "CHF", "MAD", "TND", "DZD", "LYD", "SYP", "YER", "IRR", "SDG",
];

static UNITS: LazyLock<FxHashMap<String, Unit>> = LazyLock::new(build);

/// A unit table row: kind, name, singulars, plurals, duals.
type Row = (
    QuantityKind,
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
    &'static [&'static str],
);

fn build() -> FxHashMap<String, Unit> {
    use QuantityKind::{Area, Duration, Length, Mass, Money, Temperature, Volume};
    let mut m = FxHashMap::default();
    // (kind, name, singulars, plurals, duals). Singulars may stand alone for one unit.
    let table: &[Row] = &[
        (
            Duration,
            "second",
            &["ثانية", "لحظة"],
            &["ثواني", "ثوان", "ثوانٍ"],
            &["ثانيتين", "ثانيتان"],
        ),
        (
            Duration,
            "minute",
            &["دقيقة"],
            &["دقائق", "دقايق"],
            &["دقيقتين", "دقيقتان"],
        ),
        (
            Duration,
            "hour",
            &["ساعة"],
            &["ساعات"],
            &["ساعتين", "ساعتان"],
        ),
        (
            Duration,
            "day",
            &["يوم", "يوما"],
            &["أيام"],
            &["يومين", "يومان"],
        ),
        (
            Duration,
            "week",
            &["أسبوع", "أسبوعا"],
            &["أسابيع"],
            &["أسبوعين", "أسبوعان"],
        ),
        (
            Duration,
            "month",
            &["شهر", "شهرا"],
            &["أشهر", "شهور"],
            &["شهرين", "شهران"],
        ),
        (
            Duration,
            "year",
            &["سنة", "عام", "عاما"],
            &["سنوات", "سنين", "أعوام"],
            &["سنتين", "سنتان", "عامين", "عامان"],
        ),
        (
            Duration,
            "decade",
            &["عقد", "عقدا"],
            &["عقود"],
            &["عقدين", "عقدان"],
        ),
        (
            Duration,
            "century",
            &["قرن", "قرنا"],
            &["قرون"],
            &["قرنين", "قرنان"],
        ),
        (Money, "USD", &["دولار", "دولارا"], &["دولارات"], &["دولارين"]),
        (Money, "EUR", &["يورو", "اورو"], &[], &[]),
        (Money, "pound", &["جنيه", "جنيها"], &["جنيهات"], &["جنيهين"]),
        (Money, "GBP", &["استرليني"], &[], &[]),
        (
            Money,
            "dinar",
            &["دينار", "دينارا"],
            &["دنانير"],
            &["دينارين"],
        ),
        (Money, "riyal", &["ريال", "ريالا"], &["ريالات"], &["ريالين"]),
        (Money, "lira", &["ليرة"], &["ليرات"], &["ليرتين"]),
        (Money, "dirham", &["درهم", "درهما"], &["دراهم"], &["درهمين"]),
        (
            Money,
            "ILS",
            &["شيقل", "شيكل", "شيكلا"],
            &["شواقل", "شيكلات"],
            &[],
        ),
        (Money, "CNY", &["يوان"], &[], &[]),
        (Money, "RUB", &["روبل"], &["روبلات"], &[]),
        (Money, "rupee", &["روبية"], &["روبيات"], &[]),
        (Money, "IRR", &["تومان"], &[], &[]),
        (Money, "franc", &["فرنك"], &["فرنكات"], &[]),
        (Money, "cent", &["سنت", "سينت"], &["سنتات", "سينتات"], &[]),
        (
            Temperature,
            "degree",
            &["درجة"],
            &["درجات"],
            &["درجتين", "درجتان"],
        ),
        (
            Temperature,
            "celsius",
            &["سلزيوس", "سيلسيوس", "مئوية"],
            &[],
            &[],
        ),
        (
            Temperature,
            "fahrenheit",
            &["فهرنهايت", "فهرنهيت"],
            &[],
            &[],
        ),
        (
            Volume,
            "millilitre",
            &["مل", "مليلتر", "ميليلتر", "ملليلتر", "مليلتر"],
            &[],
            &[],
        ),
        (
            Volume,
            "litre",
            &["لتر", "ليتر", "لترا"],
            &["لترات", "ليترات"],
            &["لتران", "لترين", "ليتران", "ليترين"],
        ),
        (Volume, "hectolitre", &["هكتوليتر", "هكتولتر"], &[], &[]),
        (
            Volume,
            "gallon",
            &["غالون", "جالون"],
            &["غالونات", "جالونات"],
            &[],
        ),
        (
            Volume,
            "barrel",
            &["برميل", "برميلا"],
            &["براميل"],
            &["برميلين"],
        ),
        (
            Mass,
            "gram",
            &["غرام", "جرام", "غم", "جم", "غراما"],
            &["غرامات", "جرامات"],
            &["غرامين"],
        ),
        (
            Mass,
            "kilogram",
            &[
                "كيلوغرام",
                "كيلوجرام",
                "كغ",
                "كلغ",
                "كيلو",
                "كجم",
                "كيلوغراما",
            ],
            &["كيلوغرامات", "كيلوجرامات"],
            &[],
        ),
        (
            Mass,
            "milligram",
            &["ملغ", "ملج", "مليغرام", "ملليغرام", "ملغم"],
            &[],
            &[],
        ),
        (Mass, "tonne", &["طن", "طنا"], &["أطنان"], &["طنين"]),
        (
            Mass,
            "ounce",
            &["أونصة", "اونصه", "أوقية"],
            &["أونصات", "اونصات"],
            &["أونصتان", "أونصتين"],
        ),
        (Mass, "cup", &["كوب"], &["أكواب"], &["كوبين"]),
        (Length, "metre", &["متر", "مترا"], &["أمتار"], &["مترين"]),
        (
            Length,
            "kilometre",
            &["كيلومتر", "كم", "كلم", "كيلومترا"],
            &["كيلومترات"],
            &[],
        ),
        (
            Length,
            "centimetre",
            &["سنتيمتر", "سم", "سنتيمترا"],
            &["سنتيمترات"],
            &[],
        ),
        (Length, "millimetre", &["مليمتر", "ملم"], &[], &[]),
        (Length, "mile", &["ميل", "ميلا"], &["أميال"], &["ميلين"]),
        (Area, "hectare", &["هكتار"], &["هكتارات"], &[]),
        (Area, "dunam", &["دونم", "دونما"], &["دونمات"], &[]),
        (Area, "feddan", &["فدان", "فدانا"], &["أفدنة"], &[]),
    ];
    for (kind, name, singulars, plurals, duals) in table {
        for (forms, count, singular) in [
            (*singulars, 1.0, true),
            (*plurals, 1.0, false),
            (*duals, 2.0, false),
        ] {
            for f in forms {
                m.insert(
                    super::key::fold(f).into_owned(),
                    Unit {
                        kind: *kind,
                        name,
                        count,
                        singular,
                    },
                );
            }
        }
    }
    m
}

/// Every unit word (folded), for the proclitic peeler.
pub fn known_keys() -> impl Iterator<Item = String> {
    UNITS.keys().cloned()
}
