//! Quantities and times: every form the extractors promise, the traps, and the seed article.
#![allow(clippy::unwrap_used, clippy::type_complexity)] // tests unwrap; the seed table is a plain tuple list

use jiff::civil::date;
use rasd_extract::quantity::{self, QuantityOptions};
use rasd_extract::time::{self, TimeOptions};
use rasd_text::annotations::{
    Grain, PartOfDay, Quantity, QuantityKind, QuantityModifier, TimeExpr, TimeModifier,
};
use rasd_text::normalize::Normalizer;
use rasd_text::tokenize::tokenize;
use rasd_text::{Document, Metadata};

fn quantities(text: &str) -> Vec<Quantity> {
    let tokens = tokenize(text, &Normalizer::standard());
    quantity::extract(text, &tokens, &QuantityOptions::default())
}

fn one(text: &str) -> Quantity {
    let q = quantities(text);
    assert_eq!(q.len(), 1, "{text}: {q:?}");
    q.into_iter().next().unwrap()
}

fn times_at(text: &str, reference: jiff::civil::Date, future: bool) -> Vec<TimeExpr> {
    let tokens = tokenize(text, &Normalizer::standard());
    time::extract(&tokens, Some(reference), &TimeOptions { future })
}

/// Times in a news text of Tuesday 2021-07-27.
fn news(text: &str) -> Vec<TimeExpr> {
    times_at(text, date(2021, 7, 27), false)
}

fn one_time(text: &str) -> TimeExpr {
    let t = news(text);
    assert_eq!(t.len(), 1, "{text}: {t:?}");
    t.into_iter().next().unwrap()
}

fn value(text: &str) -> String {
    one_time(text).value.unwrap_or_default()
}

#[test]
fn digits_in_every_form() {
    assert_eq!(one("3500").value, 3500.0);
    assert_eq!(one("2,500").value, 2500.0);
    assert_eq!(one("٣٥٠٠").value, 3500.0);
    assert_eq!(one("3.5").value, 3.5);
    assert_eq!(one("٢٫٥").value, 2.5);
    let f = one("1/5");
    assert_eq!((f.value, f.kind), (0.2, QuantityKind::Fraction));
    let p = one("50%");
    assert_eq!((p.value, p.kind), (50.0, QuantityKind::Percent));
    let p = one("عشرة في المئة");
    assert_eq!((p.value, p.kind), (10.0, QuantityKind::Percent));
    assert_eq!(one("-1.2").value, -1.2);
}

#[test]
fn cardinal_words_of_any_size_and_gender() {
    assert_eq!(one("ثلاثة آلاف وخمسمائة").value, 3500.0);
    assert_eq!(one("ألفي").value, 2000.0);
    assert_eq!(one("مليونين").value, 2_000_000.0);
    assert_eq!(one("خمسمائة و خمسة و عشرون").value, 525.0);
    assert_eq!(one("إحدى عشرة").value, 11.0);
    assert_eq!(one("ثلاث و ثلاثون").value, 33.0);
    assert_eq!(one("3 ملايين").value, 3_000_000.0);
    assert_eq!(one("100 الف").value, 100_000.0);
    assert_eq!(one("مائة ألف").value, 100_000.0);
    assert_eq!(one("1.5 مليار دولار").value, 1.5e9);
    assert_eq!(one("مليون ونصف").value, 1.5e6);
    assert_eq!(one("ثلاثة ملايين ونصف").value, 3.5e6);
    assert_eq!(one("ثلاثة ونصف").value, 3.5);
    assert_eq!(one("دزينة").value, 12.0);
    // Digits joined by `و` after a scale fill in below it; not after a plain number.
    assert_eq!(one("240 ألفا و381 شخصا").value, 240_381.0);
    assert_eq!(one("3 آلاف و500 زائر").value, 3500.0);
    assert_eq!(one("مليون و200 ألف").value, 1_200_000.0);
    assert_eq!(quantities("في 2014 و2015").len(), 2);
    assert_eq!(quantities("ألف و2000").len(), 2);
    // Two numbers side by side stay two.
    assert_eq!(quantities("خمسة خمسة").len(), 2);
}

#[test]
fn orders_of_magnitude_are_ranges() {
    let q = one("عشرات");
    assert_eq!(
        (q.value, q.upper, q.modifier),
        (10.0, Some(99.0), Some(QuantityModifier::Magnitude))
    );
    let q = one("عشرات الآلاف");
    assert_eq!((q.value, q.upper), (10_000.0, Some(99_999.0)));
    let text = "قتل عشرات المدنيين";
    let q = quantities(text);
    assert_eq!(q[0].counted.unwrap().slice(text), "المدنيين");
}

#[test]
fn ordinals() {
    for (text, v) in [
        ("الرابع", 4.0),
        ("الحادية عشرة", 11.0),
        ("السادسة والعشرين", 26.0),
        ("الحادي والعشرين", 21.0),
        ("التسعين", 90.0),
    ] {
        let q = one(text);
        assert_eq!((q.kind, q.value), (QuantityKind::Ordinal, v), "{text}");
    }
    // `الأخير` after an ordinal is 'last' (−1).
    let q = quantities("الاجتماع الرابع والأخير");
    assert_eq!(q.len(), 2);
    assert_eq!(q[1].value, -1.0);
}

#[test]
fn fractions_and_the_khums_trap() {
    let text = "احتلال تنظيم داعش لحوالي خمس مساحة العراق";
    let q = one(text);
    assert_eq!(q.kind, QuantityKind::Fraction);
    assert!((q.value - 0.2).abs() < 1e-12);
    assert_eq!(q.modifier, Some(QuantityModifier::Approximate));
    // but five years are five
    let q = one("خمس سنوات");
    assert_eq!((q.value, q.kind), (5.0, QuantityKind::Duration));
    let q = one("ثلثي الأعضاء");
    assert!((q.value - 2.0 / 3.0).abs() < 1e-12);
    assert_eq!(one("نصف").value, 0.5);
    assert_eq!(one("ربع قرن").kind, QuantityKind::Duration);
    assert_eq!(one("ثلاثة أرباع").value, 0.75);
    assert!((one("أكثر من ثلثهم").value - 1.0 / 3.0).abs() < 1e-12);
    // a definite cardinal after the definite noun it counts; adverbial ordinals
    assert_eq!(one("الديانات الثلاث").value, 3.0);
    assert_eq!(one("ثانيا").kind, QuantityKind::Ordinal);
}

#[test]
fn counted_nouns_and_modifiers() {
    let text = "ولا يزال هناك نحو 3500 جندي أجنبي";
    let q = one(text);
    assert_eq!(q.value, 3500.0);
    assert_eq!(q.modifier, Some(QuantityModifier::Approximate));
    assert_eq!(q.counted.unwrap().slice(text), "جندي");
    assert_eq!(q.span.slice(text), "نحو 3500");
    let text = "حيث سقط 14 صاروخا";
    assert_eq!(one(text).counted.unwrap().slice(text), "صاروخا");
    for (text, m) in [
        ("حوالي 20 شخصا", QuantityModifier::Approximate),
        ("قرابة 20 شخصا", QuantityModifier::Approximate),
        ("زهاء 20 شخصا", QuantityModifier::Approximate),
        ("أكثر من 20 شخصا", QuantityModifier::MoreThan),
        ("ما لا يقل عن 20 شخصا", QuantityModifier::AtLeast),
        ("20 شخصا على الأقل", QuantityModifier::AtLeast),
        ("أقل من 20 شخصا", QuantityModifier::LessThan),
        ("ما لا يزيد على 20 شخصا", QuantityModifier::AtMost),
        ("مالا يقل عن 20 شخصا", QuantityModifier::AtLeast),
        ("مالا يزيد عن 20 شخصا", QuantityModifier::AtMost),
    ] {
        assert_eq!(one(text).modifier, Some(m), "{text}");
    }
    // The run-together `مالا` belongs to the quantity too.
    let text = "مالا يقل عن 20 شخصا";
    assert_eq!(one(text).span.slice(text), "مالا يقل عن 20");
    let q = one("من 10 الى 20 دولار");
    assert_eq!(
        (q.value, q.upper, q.modifier),
        (10.0, Some(20.0), Some(QuantityModifier::Range))
    );
}

#[test]
fn money_with_currency_codes() {
    for (text, v, unit) in [
        ("10 دولار", 10.0, "USD"),
        ("عشرة دولارات", 10.0, "USD"),
        ("$10", 10.0, "USD"),
        ("20 يورو", 20.0, "EUR"),
        ("42 دينار كويتي", 42.0, "KWD"),
        ("5 دنانير أردنية", 5.0, "JOD"),
        ("3 مليارات دينار عراقي", 3e9, "IQD"),
        ("42 ليرة لبنانية", 42.0, "LBP"),
        ("42 ريال سعودي", 42.0, "SAR"),
        ("3 جنيهات استرلينية", 3.0, "GBP"),
        ("42 EGP", 42.0, "EGP"),
        ("20 دولار و43 سنت", 20.43, "USD"),
    ] {
        let q = one(text);
        assert_eq!(q.kind, QuantityKind::Money, "{text}");
        assert!((q.value - v).abs() < 1e-9, "{text}: {}", q.value);
        assert_eq!(q.unit.as_deref(), Some(unit), "{text}");
    }
}

#[test]
fn durations_temperatures_and_measures() {
    for (text, v, unit) in [
        ("ثلاثة أيام", 3.0, "day"),
        ("عامين", 2.0, "year"),
        ("دقيقتين", 2.0, "minute"),
        ("30 يوم", 30.0, "day"),
    ] {
        let q = one(text);
        assert_eq!(
            (q.kind, q.value, q.unit.as_deref()),
            (QuantityKind::Duration, v, Some(unit)),
            "{text}"
        );
    }
    let q = one("37 درجة سلزيوس");
    assert_eq!(
        (q.kind, q.value, q.unit.as_deref()),
        (QuantityKind::Temperature, 37.0, Some("celsius"))
    );
    assert_eq!(one("درجتين تحت الصفر").value, -2.0);
    let q = one("لترين ونصف");
    assert_eq!(q.kind, QuantityKind::Volume);
    assert_eq!(q.value, 2.5);
    let text = "500 غرام من الفراولة";
    let q = one(text);
    assert_eq!(
        (q.kind, q.unit.as_deref()),
        (QuantityKind::Mass, Some("gram"))
    );
    assert_eq!(q.counted.unwrap().slice(text), "الفراولة");
    assert_eq!(one("مليون برميل").unit.as_deref(), Some("barrel"));
}

#[test]
fn a_model_s_number_is_no_quantity_and_a_currency_s_is() {
    for text in [
        "وشنت طائرات إف 16 غارات",
        "وشنت طائرات إف-16 غارات",
        "ونشرت صواريخ إس 400 قرب الحدود",
        "وقصفت مقاتلات F-16 المواقع",
    ] {
        assert!(quantities(text).is_empty(), "{text}");
    }
    assert_eq!(quantities("ودفعت الشركة USD 500 للعامل").len(), 1);
}

#[test]
fn identifiers_are_not_quantities() {
    assert!(quantities("قرار مجلس الأمن رقم 2576").is_empty());
    assert!(quantities("قرار مجلس الأمن التابع للأمم المتحدة رقم2576").is_empty());
    // A year in a date is part of the time, not a quantity.
    let mut doc = Document::new(
        "انتخابات في العاشر من أكتوبر 2021 شارك فيها 3 ملايين ناخب".into(),
        Metadata::default(),
    );
    doc.tokens = tokenize(&doc.text, &Normalizer::standard());
    time::annotate(&mut doc, &TimeOptions::default());
    quantity::annotate(&mut doc, &QuantityOptions::default());
    assert_eq!(doc.times.len(), 1);
    assert_eq!(doc.quantities.len(), 1);
    assert_eq!(doc.quantities[0].value, 3e6);
}

#[test]
fn month_names_in_every_naming_system() {
    for (text, v) in [
        ("5 يناير 2020", "2020-01-05"),
        ("5 كانون الثاني 2020", "2020-01-05"),
        ("5 جانفي 2020", "2020-01-05"),
        ("5 شباط 2020", "2020-02-05"),
        ("5 آذار 2020", "2020-03-05"),
        ("5 حزيران يونيو 2020", "2020-06-05"),
        ("5 تشرين الأول اكتوبر 2020", "2020-10-05"),
        ("5 تشرين الثاني (نوفمبر) 2020", "2020-11-05"),
        ("5 كانون الأول ديسمبر 2020", "2020-12-05"),
        ("26/7/2021", "2021-07-26"),
        ("2021-07-26", "2021-07-26"),
    ] {
        assert_eq!(value(text), v, "{text}");
        assert!(!one_time(text).relative, "{text}");
    }
}

#[test]
fn hijri_dates_convert_and_keep_the_hijri_value() {
    let t = one_time("15 شعبان 1442 هـ");
    assert_eq!(t.value.as_deref(), Some("2021-03-28"));
    assert_eq!(t.hijri.as_deref(), Some("1442-08-15"));
    let t = one_time("10 ذي الحجة 1442 هـ");
    assert_eq!(t.value.as_deref(), Some("2021-07-20"));
    assert_eq!(t.hijri.as_deref(), Some("1442-12-10"));
    let t = one_time("رمضان 2019");
    assert_eq!(t.from.as_deref(), Some("2019-05-06T00:00:00"));
    assert_eq!(t.to.as_deref(), Some("2019-06-04T00:00:00"));
    let t = one_time("عيد الفطر");
    assert_eq!(t.value.as_deref(), Some("2021-05-13"));
    assert_eq!(t.holiday.as_deref(), Some("عيد الفطر"));
}

#[test]
fn relative_expressions() {
    for (text, v) in [
        ("أمس", "2021-07-26"),
        ("اليوم", "2021-07-27"),
        ("غدا", "2021-07-28"),
        ("الأسبوع الماضي", "2021-W29"),
        ("الشهر المقبل", "2021-08"),
        ("العام الماضي", "2020"),
        ("العام الجاري", "2021"),
        ("للعام الجاري 2021", "2021"),
        ("الخريف القادم", "2021-23"),
        ("منذ بداية العام الماضي", "2020-01-01"),
        ("نهاية يونيو", "2021-06-30"),
        ("في اليوم الأخير من عام 2021", "2021-12-31"),
        ("بحلول 31 كانون الأول", "2021-12-31"),
        ("قبل ثلاثة أيام", "2021-07-24"),
    ] {
        assert_eq!(value(text), v, "{text}");
    }
    let t = one_time("أواخر عام 2017");
    assert_eq!(
        (t.from.as_deref(), t.to.as_deref()),
        (Some("2017-09-01T00:00:00"), Some("2018-01-01T00:00:00"))
    );
    assert_eq!(t.modifier, Some(TimeModifier::End));
    assert_eq!(
        one_time("بحلول 31 كانون الأول").modifier,
        Some(TimeModifier::By)
    );
    assert_eq!(
        one_time("منذ بداية العام الماضي").modifier,
        Some(TimeModifier::Since)
    );
    let t = one_time("الخريف القادم");
    assert_eq!(t.grain, Grain::Season);
    assert!(t.relative);
}

#[test]
fn bare_weekday_in_news_is_the_most_recent_one() {
    assert_eq!(value("الاثنين"), "2021-07-26");
    assert_eq!(value("الثلاثاء"), "2021-07-27");
    assert_eq!(value("الجمعة"), "2021-07-23");
    assert_eq!(value("الاثنين المقبل"), "2021-08-02");
    assert_eq!(value("الاثنين الماضي"), "2021-07-26");
    // the future preference (schedules, Duckling) looks forward
    let t = times_at("الاثنين", date(2021, 7, 27), true);
    assert_eq!(t[0].value.as_deref(), Some("2021-08-02"));
    let t = one_time("مساء الاثنين");
    assert_eq!(
        (t.value.as_deref(), t.part_of_day),
        (Some("2021-07-26"), Some(PartOfDay::Evening))
    );
}

#[test]
fn month_day_without_year_takes_the_nearest_year() {
    assert_eq!(value("السابع من يوليو"), "2021-07-07");
    assert_eq!(value("العاشر من تشرين الأول اكتوبر المقبل"), "2021-10-10");
    assert_eq!(value("العاشر من أكتوبر"), "2021-10-10");
    assert_eq!(value("الخامس من ديسمبر"), "2021-12-05");
    assert_eq!(value("الخامس من فبراير"), "2021-02-05");
    // forward: this month or later
    let t = times_at("الخامس من ديسمبر", date(2021, 7, 27), true);
    assert_eq!(t[0].value.as_deref(), Some("2021-12-05"));
}

#[test]
fn clock_times_and_parts_of_day() {
    let t = times_at("الساعة الثالثة عصرا", date(2021, 7, 27), false);
    assert_eq!(t[0].value.as_deref(), Some("2021-07-27T15"));
    let t = times_at("في تمام الساعة 10:30 صباحا", date(2021, 7, 27), false);
    assert_eq!(t[0].value.as_deref(), Some("2021-07-27T10:30"));
    let t = times_at("الخميس الساعة 8 مساء", date(2021, 7, 27), false);
    assert_eq!(t[0].value.as_deref(), Some("2021-07-22T20"));
}

#[test]
fn spans_of_years_quarters_and_clock_with_date() {
    let t = one_time("بين عامي 2010 و2015");
    assert_eq!(
        (t.from.as_deref(), t.to.as_deref()),
        (Some("2010-01-01T00:00:00"), Some("2016-01-01T00:00:00"))
    );
    assert_eq!(value("الربع الأخير من عام 2020"), "2020-Q4");
    assert_eq!(value("الربع الأول من العام"), "2021-Q1");
    assert_eq!(value("الساعة 8 مساء الاثنين"), "2021-07-26T20");
    assert_eq!(value("الساعة العاشرة صباح اليوم"), "2021-07-27T10");
    assert_eq!(value("قبل أمس"), "2021-07-25");
    assert_eq!(value("أمس الأول"), "2021-07-25");
    // a plural unit alone is no definite span
    assert!(news("منذ أشهر").is_empty());
}

#[test]
fn bare_day_numbers_and_numeric_dates() {
    // `في 15` closing a clause is a day of the month; `في 15 دولة` is a count.
    assert_eq!(value("سأعود في 15"), "2021-07-15");
    assert!(news("شارك في 15 دولة").is_empty());
    assert_eq!(value("2015/10/1"), "2015-10-01");
    assert_eq!(value("سأعود في 1/10"), "2021-10-01");
    assert_eq!(quantities("في 1/5 من الحالات")[0].value, 0.2);
    assert_eq!(value("هذا الصباح"), "2021-07-27");
    assert_eq!(value("الليلة الماضية"), "2021-07-26");
    assert!(news("الإصدار 1.2.3").is_empty());
    // a dotted run that is neither a number nor a phone number is several numbers
    let q = quantities("العنوان ١٩٢.١٦٨.١.٢");
    assert_eq!(
        q.iter().map(|q| q.value).collect::<Vec<_>>(),
        vec![192.0, 168.0, 1.0, 2.0]
    );
    // a dot grouping thousands
    assert_eq!(one("50.000 دولار").value, 50_000.0);
}

#[test]
fn readings_that_news_text_needs() {
    // a year noun before a year number is the year, not a duration
    let mut doc = Document::new("ارتفع من 194 مليونا عام 2013".into(), Metadata::default());
    doc.tokens = tokenize(&doc.text, &Normalizer::standard());
    time::annotate(&mut doc, &TimeOptions::default());
    quantity::annotate(&mut doc, &QuantityOptions::default());
    assert_eq!(doc.quantities[0].value, 194e6);
    assert_eq!(doc.quantities[0].kind, QuantityKind::Cardinal);
    assert_eq!(doc.times[0].value.as_deref(), Some("2013"));
    assert_eq!(one("26 مليونا").value, 26e6);
    // the longer reading wins after `خلال` and `منذ`
    assert_eq!(value("خلال عام 2015"), "2015");
    let t = one_time("منذ عام 1962");
    assert_eq!(
        (t.value.as_deref(), t.modifier),
        (Some("1962"), Some(TimeModifier::Since))
    );
    assert_eq!(value("منذ عام"), "2020-07-27");
    // not dates
    assert!(news("عاش قبل 125 مليون عام").is_empty());
    assert!(news("وإيران بأمس الحاجة إليها").is_empty());
    assert!(news("فيلم أسطورة الخريف").is_empty());
    assert!(news("الرئيس التركي رجب طيب إردوغان").is_empty());
    assert_eq!(value("ولد في الولايات المتحدة 1980م"), "1980");
    // a point followed by a direction mark, a list marker, `و` + a two-letter word
    // (such text stores the two parts swapped: this is 1.3 billion)
    let q = one("بقيمة 3.\u{200f}1 مليار دولار");
    assert!((q.value - 1.3e9).abs() < 1.0, "{}", q.value);
    assert!((one("إلى 38.\u{200f}57 دولار للبرميل").value - 57.38).abs() < 1e-9);
    assert!(quantities("1- ترافيان").is_empty());
    assert!(quantities("ولست مع من يميل").is_empty());
    assert!(news("إجازة اليوم الوطني").is_empty());
    assert_eq!(value("في رمضان"), "2021-04-13");
    assert_eq!(value("في رمضان المقبل"), "2022-04-02");
    assert_eq!(
        one_time("العشرين من شهر رجب القادم").hijri.as_deref(),
        Some("1443-07-20")
    );
    assert_eq!(value("منذ الربيع"), "2021-21");
}

#[test]
fn without_a_reference_relative_times_stay_unresolved() {
    let tokens = tokenize("وصل أمس في 26 يوليو 2021", &Normalizer::standard());
    let t = time::extract(&tokens, None, &TimeOptions::default());
    assert_eq!(t.len(), 2);
    assert!(t[0].unresolved && t[0].value.is_none());
    assert_eq!(t[1].value.as_deref(), Some("2021-07-26"));
}

#[test]
fn reference_date_from_metadata_or_text() {
    let mut doc = Document::new(
        "الكاظمي وبايدن خلال لقائهما مساء 26 يوليو 2021\n\nوقال مكتبه الثلاثاء إن…".into(),
        Metadata::default(),
    );
    doc.tokens = tokenize(&doc.text, &Normalizer::standard());
    doc.blocks = rasd_text::structure::paragraph_spans(&doc.text)
        .into_iter()
        .map(|span| rasd_text::Block {
            span,
            role: rasd_text::BlockRole::Body,
            duplicate_of: None,
        })
        .collect();
    time::annotate(&mut doc, &TimeOptions::default());
    let r = doc.meta.reference_date.clone().unwrap();
    assert_eq!(
        (r.date.as_str(), r.origin),
        ("2021-07-27", rasd_text::ReferenceOrigin::Text)
    );
    let mut doc = Document::new(
        "الثلاثاء".into(),
        Metadata {
            date: Some("2021-07-27".into()),
            ..Metadata::default()
        },
    );
    doc.tokens = tokenize(&doc.text, &Normalizer::standard());
    time::annotate(&mut doc, &TimeOptions::default());
    assert_eq!(
        doc.meta.reference_date.unwrap().origin,
        rasd_text::ReferenceOrigin::Metadata
    );
    assert_eq!(doc.times[0].value.as_deref(), Some("2021-07-27"));
}

/// Every date and number of the seed article (Elaph, Tuesday 2021-07-27); the same table is in
/// docs/evaluation.md.
#[test]
fn seed_article() {
    let text = rasd_testdata::seed_article();
    let mut doc = Document::new(
        text.clone(),
        Metadata {
            date: Some("2021-07-27".into()),
            ..Metadata::default()
        },
    );
    doc.tokens = tokenize(&text, &Normalizer::standard());
    time::annotate(&mut doc, &TimeOptions::default());
    quantity::annotate(&mut doc, &QuantityOptions::default());
    let times: Vec<(&str, Option<&str>, Option<TimeModifier>)> = doc
        .times
        .iter()
        .map(|t| (t.span.slice(&text), t.value.as_deref(), t.modifier))
        .collect();
    let expected_times: &[(&str, &str, Option<TimeModifier>)] = &[
        (
            "اليوم الاخير من عام 2021",
            "2021-12-31",
            Some(TimeModifier::End),
        ),
        ("مساء الاثنين", "2021-07-26", None),
        (
            "بحلول يوم 31 من كانون الأول للعام الجاري 2021",
            "2021-12-31",
            Some(TimeModifier::By),
        ),
        ("الثلاثاء", "2021-07-27", None),
        ("العاشر من تشرين الأول اكتوبر المقبل", "2021-10-10", None),
        ("الحادي عشر من حزيران يونيو من عام 2020", "2020-06-11", None),
        ("لعام 2008", "2008", None),
        ("لعام 2008", "2008", None),
        (
            "بحلول 31 كانون الأول ديسمبر 2021",
            "2021-12-31",
            Some(TimeModifier::By),
        ),
        ("مساء 26 يوليو 2021", "2021-07-26", None),
        ("لعام 2021", "2021", None),
        ("شهر تشرين الأول المقبل", "2021-10", None),
        ("الخريف القادم", "2021-23", None),
        ("أواخر عام 2017", "2017-09", Some(TimeModifier::End)),
        (
            "منذ بداية العام الماضي",
            "2020-01-01",
            Some(TimeModifier::Since),
        ),
        ("السابع من يوليو", "2021-07-07", None),
        ("نهاية يونيو", "2021-06-30", Some(TimeModifier::End)),
    ];
    let expected: Vec<(&str, Option<&str>, Option<TimeModifier>)> = expected_times
        .iter()
        .map(|(a, b, c)| (*a, Some(*b), *c))
        .collect();
    assert_eq!(times, expected);
    let evening = doc
        .times
        .iter()
        .find(|t| t.span.slice(&text) == "مساء الاثنين")
        .unwrap();
    assert_eq!(evening.part_of_day, Some(PartOfDay::Evening));

    let qs: Vec<(
        &str,
        QuantityKind,
        f64,
        Option<QuantityModifier>,
        Option<&str>,
    )> = doc
        .quantities
        .iter()
        .map(|q| {
            (
                q.span.slice(&text),
                q.kind,
                q.value,
                q.modifier,
                q.counted.map(|c| c.slice(&text)),
            )
        })
        .collect();
    use QuantityKind::{Cardinal, Fraction, Ordinal};
    let approx = Some(QuantityModifier::Approximate);
    assert_eq!(
        qs,
        vec![
            ("الرابعة", Ordinal, 4.0, None, None),
            ("الاخيرة", Ordinal, -1.0, None, None),
            ("الرابع", Ordinal, 4.0, None, None),
            ("والأخير", Ordinal, -1.0, None, None),
            ("السادسة والعشرين", Ordinal, 26.0, None, None),
            ("لحوالي خمس", Fraction, 0.2, approx, Some("مساحة")),
            ("نحو 3500", Cardinal, 3500.0, approx, Some("جندي")),
            ("2500", Cardinal, 2500.0, None, Some("أميركي")),
            ("نحو 50", Cardinal, 50.0, approx, Some("هجوما")),
            ("14", Cardinal, 14.0, None, Some("صاروخا")),
            ("نحو 10", Cardinal, 10.0, approx, None),
        ]
    );
    // رقم2576 is an identifier.
    assert!(!doc.quantities.iter().any(|q| q.value == 2576.0));
}

#[test]
fn spans_slice_and_nothing_panics() {
    for text in [
        "",
        "و",
        "من",
        "٫",
        "-",
        "1/0",
        "9999999999999999999999999",
        "الساعة",
        "بين و",
        "من 13 الى",
        "$",
        "ج.",
        "اليوم الاخير من",
        "١٢:٩٩",
        "31/02/2021",
        "عشرات الالاف الالاف",
    ] {
        let tokens = tokenize(text, &Normalizer::standard());
        for q in quantity::extract(text, &tokens, &QuantityOptions { lone_units: true }) {
            assert!(text.get(q.span.start..q.span.end).is_some());
        }
        for t in time::extract(&tokens, Some(date(2021, 7, 27)), &TimeOptions::default()) {
            assert!(text.get(t.span.start..t.span.end).is_some());
        }
    }
}

mod no_panic {
    use proptest::prelude::*;

    use super::*;

    /// Arabic number, unit and time words, digits and separators: the pieces the grammars
    /// combine, shuffled so that every odd neighbour is tried.
    fn pieces() -> impl Strategy<Value = String> {
        let words = prop::sample::select(vec![
            "خمس",
            "عشر",
            "عشرة",
            "الحادي",
            "و",
            "والعشرين",
            "ألف",
            "آلاف",
            "مليون",
            "عشرات",
            "نصف",
            "ربع",
            "من",
            "الى",
            "بين",
            "حتى",
            "بحلول",
            "منذ",
            "قبل",
            "بعد",
            "خلال",
            "الساعة",
            "الا",
            "ربع",
            "صباحا",
            "مساء",
            "الاثنين",
            "الماضي",
            "المقبل",
            "يوم",
            "اليوم",
            "الأخير",
            "كانون",
            "الأول",
            "تشرين",
            "يوليو",
            "رمضان",
            "1442",
            "هـ",
            "عام",
            "2021",
            "31",
            "-",
            "/",
            ".",
            ":",
            "+",
            "(",
            ")",
            "%",
            "$",
            "دولار",
            "دينار",
            "كويتي",
            "درجة",
            "تحت",
            "الصفر",
            "٣٥٠٠",
            "٫",
            "2,500",
            "1/0",
            "99999999999999999999",
            "12:99",
            "رقم",
            "نحو",
            "أكثر",
            "لا",
            "يقل",
            "عن",
            "على",
            "الأقل",
            "ثالث",
            "ثلاثاء",
            "اخر",
            "اسبوع",
            "شهر",
        ]);
        prop::collection::vec(words, 0..12).prop_map(|v| v.join(" "))
    }

    proptest! {
        #[test]
        fn grammar_pieces(text in pieces(), future in any::<bool>()) {
            let tokens = tokenize(&text, &Normalizer::standard());
            for q in quantity::extract(&text, &tokens, &QuantityOptions { lone_units: future }) {
                prop_assert!(text.get(q.span.start..q.span.end).is_some());
            }
            for t in time::extract(&tokens, Some(date(2021, 7, 27)), &TimeOptions { future }) {
                prop_assert!(text.get(t.span.start..t.span.end).is_some());
            }
        }

        #[test]
        fn any_string(text in "\\PC{0,60}") {
            let tokens = tokenize(&text, &Normalizer::standard());
            let _ = quantity::extract(&text, &tokens, &QuantityOptions { lone_units: true });
            let _ = time::extract(&tokens, None, &TimeOptions::default());
        }
    }
}

/// Real news, both preferences, with and without a reference date: no panic, spans slice the
/// text, a number lies inside its quantity, and the finds are plentiful.
#[test]
fn saudinewsnet_invariants() {
    let (mut nq, mut nt) = (0, 0);
    for a in rasd_testdata::saudinewsnet(1000) {
        for (meta_date, future) in [(Some(a.date.clone()), false), (None, true)] {
            let meta = Metadata {
                date: meta_date,
                ..Metadata::default()
            };
            let mut doc = Document::new(a.text.clone(), meta);
            doc.tokens = tokenize(&doc.text, &Normalizer::standard());
            time::annotate(&mut doc, &TimeOptions { future });
            quantity::annotate(&mut doc, &QuantityOptions { lone_units: future });
            for q in &doc.quantities {
                assert!(doc.text.get(q.span.start..q.span.end).is_some());
                assert!(q.span.contains(q.number_span), "{q:?}");
                assert!(q.value.is_finite());
            }
            for t in &doc.times {
                assert!(doc.text.get(t.span.start..t.span.end).is_some());
                assert!(t.value.is_some() || t.unresolved);
            }
            nq += doc.quantities.len();
            nt += doc.times.len();
        }
    }
    assert!(nq > 4000 && nt > 2000, "{nq} quantities, {nt} times");
}
