//! Organisation names that resolution adds from their shape: an organisation noun, a defined
//! noun, relational adjectives. Every sentence here was written for these tests.

use std::sync::LazyLock;

use rasd::annotations::EntityType;
use rasd::{Engine, Metadata};

// Built once for every test here; a test binary may panic when the models do not load.
#[allow(clippy::unwrap_used)]
static ENGINE: LazyLock<Engine> = LazyLock::new(|| Engine::builder().build().unwrap());

/// The organisation entities' canonical names.
fn organisations(text: &str) -> Vec<String> {
    let doc = ENGINE.analyze(text, Metadata::default());
    doc.entities
        .iter()
        .filter(|e| e.kind == EntityType::Org)
        .map(|e| e.name.clone())
        .collect()
}

#[test]
fn ministries_funds_and_agencies_are_organisations() {
    let orgs = organisations(
        "أعلنت وزارة الزراعة المغربية أمس أنها تلقت قرضا من صندوق النقد العربي، \
         كما نقلت وكالة الأنباء الأردنية عن المفوضية الأفريقية ترحيبها بالاتفاق.",
    );
    for name in [
        "وزارة الزراعة المغربية",
        "صندوق النقد العربي",
        "وكالة الأنباء الأردنية",
        "المفوضية الأفريقية",
    ] {
        assert!(orgs.iter().any(|o| o == name), "{name} not in {orgs:?}");
    }
    // An observatory that monitors is an organisation, with its adjective.
    let orgs = organisations("وقال المرصد الليبي للحريات إن الاشتباكات تجددت أمس.");
    assert!(orgs.iter().any(|o| o == "المرصد الليبي"), "{orgs:?}");
}

#[test]
fn an_adjective_of_another_noun_makes_no_organisation() {
    // `الإلكتروني` agrees with `موقع`, not with `الوزارة`.
    let orgs = organisations("نشر موقع الوزارة الإلكتروني جدول الامتحانات الجديد.");
    assert!(orgs.iter().all(|o| !o.contains("الوزارة")), "{orgs:?}");
}

/// Each entity: canonical name, type and aliases.
fn entities(text: &str) -> Vec<(String, EntityType, Vec<String>)> {
    let doc = ENGINE.analyze(text, Metadata::default());
    doc.entities
        .iter()
        .map(|e| (e.name.clone(), e.kind, e.aliases.clone()))
        .collect()
}

#[test]
fn a_name_without_its_kind_noun_is_the_same_organisation() {
    let found = entities(
        "وتبنى تنظيم القاعدة الهجوم، وقالت القاعدة في بيان إن ميليشيات مسلحة هاجمت المدينة، \
         فيما نفى حزب الاتحاد الديمقراطي ذلك وقال إن الحزب لم يشارك.",
    );
    let qaeda = found
        .iter()
        .find(|(name, _, _)| name == "تنظيم القاعدة")
        .unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(qaeda.1, EntityType::Org);
    assert!(qaeda.2.iter().any(|a| a == "القاعدة"), "{found:?}");
    // Kind nouns standing alone name nothing.
    for (name, _, _) in &found {
        assert!(
            !["القاعدة", "ميليشيات", "المدينة", "الحزب", "حزب"].contains(&name.as_str()),
            "{found:?}"
        );
    }
}

#[test]
fn a_name_without_its_adjectives_is_the_same_organisation() {
    // The kind noun and the noun in construct with it name the body the article named in full.
    let found = entities(
        "وأعلنت لجنة الانتخابات الأفغانية النتائج، وقالت لجنة الانتخابات إن المشاركة \
         بلغت أربعين بالمئة.",
    );
    let org = found
        .iter()
        .find(|(name, _, _)| name == "لجنة الانتخابات الأفغانية")
        .unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(org.1, EntityType::Org);
    assert!(org.2.iter().any(|a| a == "لجنة الانتخابات"), "{found:?}");
}

#[test]
fn a_place_name_in_quotation_marks_is_a_publication() {
    let found = entities(
        "وقال مصدر مسؤول لـ«الشرق الأوسط» إن المفاوضات مستمرة، \
         فيما أكد دبلوماسي أن الوفد غادر بيروت متجها إلى الشرق الأوسط مجددا.",
    );
    let paper = found
        .iter()
        .find(|(name, _, _)| name == "الشرق الأوسط")
        .unwrap_or_else(|| panic!("{found:?}"));
    let beirut = found
        .iter()
        .find(|(name, _, _)| name == "بيروت")
        .unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!(beirut.1, EntityType::Loc);
    // Quoted, it is the newspaper; unquoted, the region: one name, the majority decides, but
    // the quoted sighting is never read as a place.
    let doc = ENGINE.analyze(
        "وقال مصدر مسؤول لـ«الشرق الأوسط» إن المفاوضات مستمرة.",
        Metadata::default(),
    );
    assert!(
        doc.mentions
            .iter()
            .any(|m| m.name.contains("الشرق") && m.kind == EntityType::Org),
        "{:?} {paper:?}",
        doc.mentions
    );
}

#[test]
fn the_adjective_of_a_named_country_is_no_entity() {
    let found = entities(
        "أعلن الجيش الليبي سيطرته على مدينة سرت، وقال مسؤول في ليبيا إن الليبي لن يتراجع \
         عن مواقعه شرق البلاد.",
    );
    assert!(found.iter().any(|(n, _, _)| n == "ليبيا"), "{found:?}");
    assert!(!found.iter().any(|(n, _, _)| n == "الليبي"), "{found:?}");
}

/// Each entity with its number of mentions.
fn counted(text: &str) -> Vec<(String, EntityType, usize)> {
    let doc = ENGINE.analyze(text, Metadata::default());
    doc.entities
        .iter()
        .map(|e| (e.name.clone(), e.kind, e.mentions))
        .collect()
}

#[test]
fn a_nisba_after_a_defined_noun_is_its_adjective_not_the_country() {
    let found = counted(
        "أعلنت الهيئة الوطنية السعودية للمواصفات أن الشركات السعودية ملتزمة بالمعايير، وقال \
         وزير التجارة إن السعودية ستواصل دعم القطاع.",
    );
    let country: Vec<_> = found.iter().filter(|(n, _, _)| n == "السعودية").collect();
    assert_eq!(
        country,
        [&("السعودية".to_owned(), EntityType::Loc, 1)],
        "{found:?}"
    );
}

#[test]
fn the_kind_noun_says_what_a_rare_name_is() {
    let found = counted(
        "تعتزم مجموعة فولكسفاغن الألمانية بناء مصنع جديد، وقالت فولكسفاغن إن الإنتاج سيبدأ \
         العام المقبل، وأكدت فولكسفاغن التزامها. وستبدأ التجارب في ولاية تورينغن الألمانية.",
    );
    assert!(
        found.contains(&("فولكسفاغن".to_owned(), EntityType::Org, 3)),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|(n, k, _)| n == "تورينغن" && *k == EntityType::Loc),
        "{found:?}"
    );
    // A national team is named by its country, which stays a place.
    let found = counted("فاز منتخب الأرجنتين على منتخب بيرو بهدفين، وتلعب بيرو مباراتها المقبلة.");
    assert!(
        found.contains(&("بيرو".to_owned(), EntityType::Loc, 2)),
        "{found:?}"
    );
}

#[test]
fn an_organisation_is_named_by_its_noun_alone_later() {
    let found = entities(
        "أعلنت قوات الحشد الشعبي سيطرتها على البلدة، وقال متحدث باسم الحشد إن المعارك انتهت.",
    );
    let (name, kind, aliases) = found
        .iter()
        .find(|(n, _, _)| n == "الحشد الشعبي")
        .unwrap_or_else(|| panic!("{found:?}"));
    assert_eq!((name.as_str(), *kind), ("الحشد الشعبي", EntityType::Org));
    assert_eq!(aliases, &["الحشد"]);
    // A common noun after the same kind noun names no one organisation.
    let found = entities("انتشرت قوات الأمن العراقية في الشوارع بعد الانفجار.");
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_quoted_place_in_a_headline_is_a_place_unless_told_something() {
    let found = entities(
        "«اليابان» تتصدر و«أسعار الذهب» تتراجع\n\nارتفعت صادرات اليابان خلال الشهر الماضي.",
    );
    assert!(
        found
            .iter()
            .any(|(n, k, _)| n == "اليابان" && *k == EntityType::Loc),
        "{found:?}"
    );
    let found = entities("مصدر لـ«الشرق الأوسط»: المفاوضات مستمرة\n\nقال مصدر إن المفاوضات مستمرة.");
    assert!(
        found
            .iter()
            .any(|(n, k, _)| n == "الشرق الأوسط" && *k == EntityType::Org),
        "{found:?}"
    );
}

#[test]
fn a_word_with_tanween_is_no_name() {
    // `كينياً` (a Kenyan) is spelt like the country with the accusative ending.
    let found = counted("زرت كينيا العام الماضي، وهناك التقيت كينياً يعمل في التجارة.");
    assert_eq!(found, [("كينيا".to_owned(), EntityType::Loc, 1)]);
}

#[test]
fn the_first_word_of_a_clubs_name_is_the_club() {
    // News shortens a club's name to its first word once it has named it in full.
    for (text, full) in [
        (
            "وتعاقد نادي فيردر بريمن مع المهاجم الشاب، وسيلعب مع فيردر حتى نهاية الموسم.",
            "فيردر بريمن",
        ),
        (
            "وقال مدرب بايرن ميونيخ إن الفريق جاهز للموسم، وأضاف أن لاعبي بايرن سيعودون من \
             الإجازة الأسبوع المقبل.",
            "بايرن ميونيخ",
        ),
    ] {
        let orgs = organisations(text);
        assert_eq!(orgs, [full], "{text}");
    }
}

#[test]
fn a_body_named_by_its_area_is_an_organisation_and_the_seat_of_one_is_not() {
    let orgs = organisations(
        "وأعلنت أمانة منطقة الرياض أمس عن مشاريع جديدة، فيما طالب مجلس محافظة البصرة بزيادة الميزانية.",
    );
    for name in ["أمانة منطقة الرياض", "مجلس محافظة البصرة"] {
        assert!(orgs.iter().any(|o| o == name), "{name} not in {orgs:?}");
    }
    let orgs = organisations("ووصلت التعزيزات إلى مركز محافظة الأنبار صباح اليوم.");
    assert!(!orgs.iter().any(|o| o.starts_with("مركز")), "{orgs:?}");
}

#[test]
fn a_group_s_quoted_name_may_hold_a_place() {
    // The tagger reads the place alone, and the kind noun as a name of its own.
    let orgs = organisations("ووصلت شحنة الأسلحة إلى ميليشيا «فجر درنة» عبر البحر.");
    assert!(orgs.iter().any(|o| o == "فجر درنة"), "{orgs:?}");
}
