//! Events and quotes: the seed article's records, one sentence of each type, and the traps
//! (negation, future, denial, reported speech, numbers that are not casualties). Every sentence
//! here except the seed's was written for these tests.

mod common;

use std::sync::LazyLock;

use common::{
    analyse, assert_actors_lack, assert_count, describe, events_of, names, top_confidence,
};
use rasd::Document;
use rasd::annotations::{CountKind, Event, EventMode, EventType, Modality, Polarity, QuoteKind};

static SEED: LazyLock<Document> =
    LazyLock::new(|| analyse(&rasd_testdata::seed_article(), "2021-07-27"));

fn count(e: &Event, kind: CountKind) -> Option<f64> {
    e.counts.iter().find(|c| c.kind == kind).map(|c| c.value)
}

#[test]
fn seed_meeting_at_the_white_house_on_the_evening_of_26_july() {
    let doc = &*SEED;
    let meet = events_of(doc, EventType::Meet)
        .into_iter()
        .find(|e| names(doc, &e.actors).contains("الكاظمي"))
        .unwrap_or_else(|| panic!("no Kadhimi meeting:\n{}", describe(doc)));
    let actors = names(doc, &meet.actors);
    assert!(actors.contains("بايدن"), "{actors}");
    let time = meet.time.as_ref().unwrap();
    assert_eq!(time.value.as_deref(), Some("2021-07-26"));
    assert!(doc.times[time.time].part_of_day.is_some());
    let places = names(doc, &meet.places);
    assert!(
        places.contains("واشنطن") || places.contains("البيت"),
        "{places}"
    );
    assert_eq!(meet.modality, Modality::Asserted);
    assert!(meet.confidence >= 0.6);
}

#[test]
fn seed_agreement_on_a_future_withdrawal_by_the_end_of_2021() {
    let doc = &*SEED;
    let agree = events_of(doc, EventType::Agree)
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("no agreement:\n{}", describe(doc)));
    let actors = names(doc, &agree.actors);
    assert!(
        actors.contains("بغداد") && actors.contains("واشنطن"),
        "{actors}"
    );
    let withdraw = events_of(doc, EventType::Withdraw)
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("no withdrawal:\n{}", describe(doc)));
    assert_eq!(withdraw.modality, Modality::Future);
    assert_eq!(
        withdraw.time.as_ref().and_then(|t| t.value.as_deref()),
        Some("2021-12-31")
    );
    assert!(names(doc, &withdraw.actors).contains("القوات"));
    assert!(names(doc, &withdraw.places).contains("العراق"));
}

#[test]
fn seed_rocket_attack_on_ain_al_asad() {
    let doc = &*SEED;
    let attack = events_of(doc, EventType::Assault)
        .into_iter()
        .find(|e| names(doc, &e.targets).contains("عين الأسد"))
        .unwrap_or_else(|| panic!("no attack on Ain al-Asad:\n{}", describe(doc)));
    assert_eq!(attack.mode, Some(EventMode::Rockets));
    assert_eq!(
        attack.time.as_ref().and_then(|t| t.value.as_deref()),
        Some("2021-07-07")
    );
    assert_eq!(count(attack, CountKind::Munitions), Some(14.0));
    assert_eq!(count(attack, CountKind::Injured), Some(0.0));
    assert!(attack.attributed && attack.unclaimed);
    let actors = names(doc, &attack.actors);
    assert!(
        actors.contains("مليشيات") && actors.contains("إيران"),
        "{actors}"
    );
    assert_eq!(attack.polarity, Polarity::Positive);
}

#[test]
fn seed_us_strikes_on_pmf_positions_at_the_end_of_june() {
    let doc = &*SEED;
    let strikes = events_of(doc, EventType::Assault)
        .into_iter()
        .find(|e| names(doc, &e.targets).contains("حشد"))
        .unwrap_or_else(|| panic!("no strikes on the PMF:\n{}", describe(doc)));
    assert!(names(doc, &strikes.actors).contains("الولايات المتحدة"));
    assert!(!strikes.attributed && !strikes.unclaimed);
    let places = names(doc, &strikes.places);
    assert!(
        places.contains("العراق") && places.contains("سوريا"),
        "{places}"
    );
    let value = strikes.time.as_ref().and_then(|t| t.value.clone()).unwrap();
    assert!(value.starts_with("2021-06"), "{value}");
    let killed = strikes
        .counts
        .iter()
        .find(|c| c.kind == CountKind::Killed)
        .unwrap();
    assert_eq!(killed.value, 10.0);
    assert!(killed.approximate);
}

#[test]
fn seed_biden_praises_kadhimi_and_is_quoted() {
    let doc = &*SEED;
    let praise = events_of(doc, EventType::Praise)
        .into_iter()
        .find(|e| names(doc, &e.actors).contains("بايدن"))
        .unwrap_or_else(|| panic!("no praise by Biden:\n{}", describe(doc)));
    assert!(names(doc, &praise.targets).contains("الكاظمي"));
    let quote = doc
        .quotes
        .iter()
        .find(|q| q.kind == QuoteKind::Direct)
        .expect("a direct quote");
    let speaker = quote.speaker.as_ref().expect("a speaker");
    assert_eq!(doc.entities[speaker.entity.unwrap()].name, "جوزيف بايدن");
    assert!(quote.span.slice(&doc.text).starts_with("بدور الكاظمي"));
}

#[test]
fn seed_reported_speech_of_the_prime_ministers_office() {
    let doc = &*SEED;
    let quote = doc
        .quotes
        .iter()
        .find(|q| q.trigger.slice(&doc.text) == "قال")
        .expect("the office's statement");
    assert_eq!(quote.kind, QuoteKind::Reported);
    let speaker = quote.speaker.as_ref().unwrap();
    assert!(
        speaker.text.starts_with("المكتب الاعلامي"),
        "{}",
        speaker.text
    );
    assert!(quote.span.slice(&doc.text).contains("القوات القتالية"));
}

#[test]
fn seed_troop_numbers_are_not_casualties() {
    let doc = &*SEED;
    for e in &doc.events {
        for c in &e.counts {
            assert!(c.value != 3500.0 && c.value != 2500.0, "{}", describe(doc));
        }
    }
}

/// One sentence per type, with the party that must be found.
#[test]
fn each_type_from_a_sentence_of_its_own() {
    let cases: &[(&str, EventType, &str)] = &[
        (
            "وأعلنت وزارة الدفاع الروسية انسحاب قواتها من مدينة خيرسون يوم الأربعاء.",
            EventType::Withdraw,
            "وزارة الدفاع",
        ),
        (
            "ووقعت الحكومة المغربية وشركة توتال الفرنسية اتفاقية لتطوير حقل الغاز في الرباط أمس.",
            EventType::Agree,
            "الحكومة المغربية",
        ),
        (
            "تظاهر آلاف الطلاب أمام مبنى البرلمان في عمان احتجاجا على رفع الأسعار.",
            EventType::Protest,
            "الطلاب",
        ),
        (
            "واعتقلت الشرطة التركية 12 شخصا في إسطنبول للاشتباه في صلتهم بالتفجير.",
            EventType::Arrest,
            "الشرطة التركية",
        ),
        (
            "وانتخب البرلمان اللبناني نبيه بري رئيسا له للمرة السابعة.",
            EventType::Elect,
            "البرلمان",
        ),
        (
            "وقدمت اليابان مساعدات بقيمة عشرة ملايين دولار إلى اليمن.",
            EventType::Aid,
            "اليابان",
        ),
        (
            "ورحب الأمين العام للأمم المتحدة أنطونيو غوتيريش بالاتفاق بين الطرفين.",
            EventType::Praise,
            "غوتيريش",
        ),
        (
            "واتهمت وزارة الخارجية الإيرانية واشنطن بزعزعة استقرار المنطقة.",
            EventType::Accuse,
            "وزارة الخارجية",
        ),
        (
            "وهدد الرئيس الروسي فلاديمير بوتين بالرد على أي هجوم يستهدف الأراضي الروسية.",
            EventType::Threaten,
            "بوتين",
        ),
        (
            "وطالب الاتحاد الأوروبي إسرائيل بوقف بناء المستوطنات في الضفة الغربية.",
            EventType::Demand,
            "الاتحاد الأوروبي",
        ),
        (
            "وشنت طائرات حربية إسرائيلية غارات على مواقع في جنوب لبنان فجر اليوم من دون وقوع إصابات.",
            EventType::Assault,
            "طائرات",
        ),
        (
            "ستعقد اللجنة اجتماعا مع وزير الخارجية الأردني أيمن الصفدي الأسبوع المقبل في عمان.",
            EventType::Meet,
            "الصفدي",
        ),
    ];
    let mut failures = Vec::new();
    for &(text, kind, actor) in cases {
        let doc = analyse(text, "2023-03-15");
        let ok = events_of(&doc, kind)
            .iter()
            .any(|e| names(&doc, &e.actors).contains(actor));
        if !ok {
            failures.push(format!(
                "{kind:?} by {actor} in «{text}»:\n{}",
                describe(&doc)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn air_strike_mode_place_and_no_injuries() {
    let doc = analyse(
        "وشنت طائرات حربية إسرائيلية غارات على مواقع في جنوب لبنان فجر اليوم من دون وقوع إصابات.",
        "2023-03-15",
    );
    let e = &events_of(&doc, EventType::Assault)[0];
    assert_eq!(e.mode, Some(EventMode::AirStrike));
    assert!(names(&doc, &e.places).contains("لبنان"));
    assert_eq!(count(e, CountKind::Injured), Some(0.0));
    assert_eq!(
        e.time.as_ref().and_then(|t| t.value.as_deref()),
        Some("2023-03-15")
    );
}

#[test]
fn reported_speech_carries_an_event_with_its_casualties() {
    let text = "وقال المتحدث باسم الشرطة سامي العلي إن مسلحين مجهولين أطلقوا النار على دورية للشرطة في حي الكرادة ببغداد أمس، ما أدى إلى مقتل شرطيين اثنين وإصابة ثلاثة آخرين.";
    let doc = analyse(text, "2023-03-15");
    let e = &events_of(&doc, EventType::Assault)[0];
    assert_eq!(e.mode, Some(EventMode::Shooting));
    assert!(names(&doc, &e.actors).contains("مسلحين مجهولين"));
    assert!(names(&doc, &e.targets).contains("دورية"));
    assert_eq!(count(e, CountKind::Killed), Some(2.0));
    assert_eq!(count(e, CountKind::Injured), Some(3.0));
    assert_eq!(
        e.time.as_ref().and_then(|t| t.value.as_deref()),
        Some("2023-03-14")
    );
    let q = &doc.quotes[0];
    assert_eq!(q.kind, QuoteKind::Reported);
    assert!(q.speaker.as_ref().unwrap().text.contains("سامي العلي"));
    assert!(q.span.slice(text).starts_with("مسلحين مجهولين"));
}

#[test]
fn a_denied_protest_is_negative() {
    let doc = analyse(
        "لم تشهد العاصمة السودانية الخرطوم أي تظاهرات يوم الجمعة.",
        "2023-03-15",
    );
    assert!(
        events_of(&doc, EventType::Protest)
            .iter()
            .all(|e| e.polarity == Polarity::Negative)
    );
}

#[test]
fn a_denial_makes_the_reported_event_negative_and_quotes_it() {
    let text = "ونفى وزير الداخلية العراقي أن تكون قوات الأمن قد أطلقت النار على المحتجين.";
    let doc = analyse(text, "2023-03-15");
    let e = &events_of(&doc, EventType::Assault)[0];
    assert_eq!(e.polarity, Polarity::Negative);
    assert_count(&doc, EventType::Protest, 0);
    assert!(doc.quotes[0].denial);
}

#[test]
fn a_planned_meeting_is_future() {
    let doc = analyse(
        "ستعقد اللجنة اجتماعا مع وزير الخارجية الأردني أيمن الصفدي الأسبوع المقبل في عمان.",
        "2023-03-15",
    );
    assert_eq!(
        events_of(&doc, EventType::Meet)[0].modality,
        Modality::Future
    );
}

#[test]
fn troops_deployed_are_not_a_casualty_count() {
    let doc = analyse(
        "ونشرت الحكومة 3000 جندي في مدينة درعا بعد الهجوم الذي أسفر عن مقتل خمسة أشخاص.",
        "2023-03-15",
    );
    let counts: Vec<_> = doc
        .events
        .iter()
        .flat_map(|e| &e.counts)
        .map(|c| (c.kind, c.value))
        .collect();
    assert_eq!(counts, vec![(CountKind::Killed, 5.0)], "{}", describe(&doc));
}

#[test]
fn a_sentence_without_an_event_gives_none() {
    for text in [
        "يبلغ عدد سكان مدينة الموصل نحو مليوني نسمة ويعمل معظمهم في التجارة والزراعة.",
        "وتتميز المنطقة بمناخ معتدل صيفا وبارد شتاء، وتكثر فيها بساتين النخيل.",
    ] {
        let doc = analyse(text, "2023-03-15");
        assert!(doc.events.is_empty(), "{}", describe(&doc));
    }
}

/// On real news the events are well formed: spans inside their sentence, confidence in range,
/// entity links valid.
#[test]
fn events_on_real_news_are_well_formed() {
    let mut events = 0;
    for article in rasd_testdata::saudinewsnet(200) {
        let doc = analyse(&article.text, "2015-06-01");
        for e in &doc.events {
            events += 1;
            let s = &doc.sentences[e.sentence];
            assert!(s.span.contains(e.trigger), "{}", describe(&doc));
            assert!((0.4..=0.95).contains(&e.confidence));
            for a in e.actors.iter().chain(&e.targets).chain(&e.places) {
                assert!(a.entity.is_none_or(|i| i < doc.entities.len()));
                assert_eq!(a.span.slice(&doc.text), a.text);
            }
            assert!(e.time.as_ref().is_none_or(|t| t.time < doc.times.len()));
        }
        for q in &doc.quotes {
            assert!(!q.span.is_empty());
            assert!(doc.text.get(q.span.start..q.span.end).is_some());
        }
    }
    assert!(events > 100, "only {events} events in 200 articles");
}

/// The events of `kind` that `rasd eval events` counts as reported: said to have happened, and
/// sure enough.
fn reported(doc: &Document, kind: EventType) -> Vec<&Event> {
    let min = rasd::extract::event::eval::DEFAULT_MIN_CONFIDENCE;
    events_of(doc, kind)
        .into_iter()
        .filter(|e| {
            e.polarity == Polarity::Positive
                && e.modality == Modality::Asserted
                && e.confidence >= min
        })
        .collect()
}

#[test]
fn a_plain_report_of_an_attack_is_reported() {
    let doc = analyse(
        "قتل 12 شخصا وأصيب 30 آخرون في هجوم انتحاري بسيارة مفخخة استهدف سوقا شعبيا في مدينة الحلة أمس.",
        "2023-03-15",
    );
    assert_eq!(
        reported(&doc, EventType::Assault).len(),
        1,
        "{}",
        describe(&doc)
    );
}

#[test]
fn threats_plans_accusations_and_conditions_report_no_attack() {
    for text in [
        "وهددت الجماعة المسلحة بشن هجمات جديدة على مواقع الجيش في المنطقة.",
        "وقال مسؤولون إن القادة العسكريين يخططون لتوجيه ضربات جوية إلى معاقل المتمردين.",
        "واتهمت الحكومة الحركة باختطاف ثلاثة من موظفيها في الشمال.",
        "ولو هاجمت القوات المدينة لسقط المئات من المدنيين.",
    ] {
        let doc = analyse(text, "2023-03-15");
        assert!(
            reported(&doc, EventType::Assault).is_empty(),
            "{text}\n{}",
            describe(&doc)
        );
    }
}

#[test]
fn history_trials_habits_and_figures_of_speech_report_no_attack() {
    for text in [
        // history: a killing decades before the story
        "وفي المدينة مقبرة تضم قبر القائد الذي اغتاله مسلحون في منزله عام 1990.",
        // a crime being judged
        "وبدأت المحكمة أمس محاكمة خمسة رجال متهمين بتفجير حافلة للركاب في العاصمة.",
        // a habit, in the imperfect
        "ويقول السكان إن العصابات تخطف المسافرين على الطريق الصحراوي.",
        // an explosion of anger, not of a bomb
        "وتفجر الخلاف بين الحزبين مع بداية الأزمة الاقتصادية.",
        // a verbal noun after a preposition
        "وتحدث الوزير طويلا عن خطف الصحفيين وسبل مواجهته.",
    ] {
        let doc = analyse(text, "2023-03-15");
        assert!(
            reported(&doc, EventType::Assault).is_empty(),
            "{text}\n{}",
            describe(&doc)
        );
    }
}

#[test]
fn going_out_in_marches_is_a_protest_and_a_diplomatic_protest_is_not() {
    let doc = analyse(
        "وخرج آلاف الطلاب في مسيرات في شوارع العاصمة أمس للمطالبة بإصلاح التعليم.",
        "2023-03-15",
    );
    assert_eq!(
        reported(&doc, EventType::Protest).len(),
        1,
        "{}",
        describe(&doc)
    );
    for text in [
        "واحتجت الحكومة رسميا لدى السفارة على تصريحات الوزير الأخيرة.",
        "ورفع المتظاهرون لافتات كتب عليها شعارات تطالب بالعدالة.",
    ] {
        let doc = analyse(text, "2023-03-15");
        assert!(
            reported(&doc, EventType::Protest).is_empty(),
            "{text}\n{}",
            describe(&doc)
        );
    }
}

#[test]
fn the_noun_after_inna_is_the_actor_and_a_reflexive_is_no_target() {
    let doc = analyse(
        "وقالت الشرطة إن انتحاريا من جماعة مسلحة، فجر نفسه قرب مركز للشرطة أمس.",
        "2023-03-15",
    );
    let e = &events_of(&doc, EventType::Assault)[0];
    let actors = names(&doc, &e.actors);
    assert!(actors.contains("انتحاريا"), "{}", describe(&doc));
    assert!(actors.contains("جماعة"), "{}", describe(&doc));
    assert!(
        !names(&doc, &e.targets).contains("نفسه"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn support_for_prices_is_no_aid_but_support_for_a_country_is() {
    let doc = analyse(
        "ويرى متعاملون أن قرار كبار المنتجين خفض الإنتاج حتى نهاية العام يدعم الأسعار.",
        "2021-08-02",
    );
    assert_count(&doc, EventType::Aid, 0);
    let doc = analyse(
        "وتعهدت اليابان أمس بتقديم مساعدات إنسانية إلى السودان بقيمة عشرين مليون دولار.",
        "2021-08-02",
    );
    assert_count(&doc, EventType::Aid, 1);
}

#[test]
fn a_student_and_a_rocket_named_after_a_person_demand_nothing() {
    let doc = analyse(
        "لقي طالب سوداني مصرعه أمس في الخرطوم. وضمت الترسانة صواريخ من طراز أبو طالب. \
         وطالب وزير الخارجية الأردني أيمن الصفدي أمس بفتح تحقيق دولي.",
        "2021-08-02",
    );
    let demands = events_of(&doc, EventType::Demand);
    assert_eq!(demands.len(), 1, "{}", describe(&doc));
    assert_eq!(demands[0].trigger.slice(&doc.text), "وطالب");
}

#[test]
fn rockets_fired_at_someone_are_an_attack_and_a_missile_test_is_not() {
    let doc = analyse(
        "أطلقت جماعة مسلحة أمس عشرات الصواريخ على مدينة حدودية.",
        "2021-08-02",
    );
    let attacks = events_of(&doc, EventType::Assault);
    assert_eq!(attacks.len(), 1, "{}", describe(&doc));
    assert_eq!(attacks[0].mode, Some(EventMode::Rockets));
    let doc = analyse(
        "أطلقت كوريا الشمالية أمس صاروخا باليستيا باتجاه البحر.",
        "2021-08-02",
    );
    assert_count(&doc, EventType::Assault, 0);
}

/// The one event of `kind` the sentence reports, with a message listing all of them.
fn only(doc: &Document, kind: EventType) -> &Event {
    let found = events_of(doc, kind);
    assert_eq!(found.len(), 1, "{}", describe(doc));
    found[0]
}

#[test]
fn the_agent_after_min_qibal_or_ala_yad_is_the_actor_of_a_passive() {
    let doc = analyse(
        "وقال المرصد إن القائد العسكري قُتل جراء استهدافه من قبل مسلحي التنظيم في ريف المدينة.",
        "2020-05-05",
    );
    let e = only(&doc, EventType::Assault);
    assert!(
        names(&doc, &e.actors).contains("مسلحي التنظيم"),
        "{}",
        describe(&doc)
    );
    assert!(
        names(&doc, &e.targets).contains("القائد"),
        "{}",
        describe(&doc)
    );
    let doc = analyse(
        "وأكدت الشرطة أن ثلاثة متظاهرين قتلوا على يد عناصر الميليشيا في وسط العاصمة.",
        "2020-05-05",
    );
    let e = only(&doc, EventType::Assault);
    assert!(
        names(&doc, &e.actors).contains("عناصر الميليشيا"),
        "{}",
        describe(&doc)
    );
    assert!(
        names(&doc, &e.targets).contains("متظاهرين"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_verb_right_after_an_indefinite_noun_describes_it() {
    // The raids did the targeting: the sites are the target, the air force the actor.
    let doc = analyse(
        "شن الطيران الحربي غارات جوية استهدفت مواقع للمسلحين شمال المدينة.",
        "2020-05-05",
    );
    let e = only(&doc, EventType::Assault);
    assert!(
        names(&doc, &e.actors).contains("الطيران"),
        "{}",
        describe(&doc)
    );
    assert!(
        names(&doc, &e.targets).contains("مواقع"),
        "{}",
        describe(&doc)
    );
    let doc = analyse(
        "أفاق السكان على انفجارات قوية استهدفت منازل قادة في الحركة.",
        "2020-05-05",
    );
    let e = only(&doc, EventType::Assault);
    assert!(e.actors.is_empty(), "{}", describe(&doc));
    assert!(
        names(&doc, &e.targets).contains("منازل"),
        "{}",
        describe(&doc)
    );
    let doc = analyse(
        "وشنت الجماعة عملية مسلحة استهدفت دورية للجيش الوطني.",
        "2020-05-05",
    );
    let e = only(&doc, EventType::Assault);
    assert!(
        names(&doc, &e.actors).contains("الجماعة"),
        "{}",
        describe(&doc)
    );
    assert!(
        names(&doc, &e.targets).contains("دورية للجيش الوطني"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn aiming_a_programme_and_exceeding_a_limit_are_no_attack() {
    for text in [
        "أطلقت الوزارة برنامجا توعويا يستهدف طلاب المدارس.",
        "وتستهدف الخطة توسيع التعاون التجاري بين البلدين.",
        "ولا تتعدى مدة الرحلة ساعتين.",
    ] {
        let doc = analyse(text, "2020-05-05");
        assert!(
            events_of(&doc, EventType::Assault).is_empty(),
            "{text}\n{}",
            describe(&doc)
        );
    }
    let doc = analyse("وتعدى مسلحون على المصلين في المسجد أمس.", "2020-05-05");
    let e = only(&doc, EventType::Assault);
    assert!(
        names(&doc, &e.actors).contains("مسلحون"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn the_noun_after_inna_is_no_verb_of_demand() {
    let doc = analyse(
        "وقال المحامي إن طالب الهندسة أحمد علي تعرض للضرب.",
        "2020-05-05",
    );
    assert_count(&doc, EventType::Demand, 0);
    let doc = analyse(
        "وغادر الوفد القاعة بعد أن طالب الرئيس المصري عبد الفتاح السيسي بوقف إطلاق النار.",
        "2020-05-05",
    );
    assert_count(&doc, EventType::Demand, 1);
}

#[test]
fn adverbs_pronouns_occasions_and_names_of_events_are_no_parties() {
    for text in [
        "وسقط 12 قتيلا على الأقل بينهم نساء في قصف على البلدة.",
        "وقتل آنذاك ثلاثة جنود في هجوم على الحاجز.",
        "إذ استهدفت مباشرة، الذراع العسكرية للحركة بعبوة ناسفة.",
        "وشملت العمليات حادث استهداف الزوار بمدينة الحلة الأسبوع الماضي.",
        "وبعث الرئيس ببرقية تهنئة بمناسبة العيد الوطني إلى ملك الأردن.",
    ] {
        let doc = analyse(text, "2020-05-05");
        for e in &doc.events {
            let parties = format!("{} {}", names(&doc, &e.actors), names(&doc, &e.targets));
            for bad in ["بينهم", "آنذاك", "مباشرة", "حادث", "بمناسبة"] {
                assert!(!parties.contains(bad), "{text}\n{}", describe(&doc));
            }
        }
    }
}

#[test]
fn a_definite_party_ends_before_an_indefinite_word_with_a_preposition() {
    let doc = analyse(
        "وقصف طيران النظام لحي الشعار في المدينة بالبراميل المتفجرة أمس.",
        "2020-05-05",
    );
    let e = only(&doc, EventType::Assault);
    let actors = names(&doc, &e.actors);
    assert!(actors.contains("طيران النظام"), "{}", describe(&doc));
    assert!(!actors.contains("لحي"), "{}", describe(&doc));
}

#[test]
fn a_document_is_no_actor_and_a_pronoun_after_a_preposition_is_passed_over() {
    let doc = analyse(
        "ورحبت الحكومة الأردنية بتوقيع الاتفاق بين الطرفين في القاهرة أمس.",
        "2020-05-05",
    );
    for e in &doc.events {
        assert!(
            !names(&doc, &e.actors).contains("الاتفاق"),
            "{}",
            describe(&doc)
        );
    }
    let doc = analyse(
        "ويصوت مجلس الأمن على القرار بعد أن يوافق عليه الكونغرس الأميركي.",
        "2020-05-05",
    );
    for e in &doc.events {
        assert!(
            !names(&doc, &e.actors).contains("عليه"),
            "{}",
            describe(&doc)
        );
    }
}

#[test]
fn support_for_a_country_names_its_recipient_and_fi_hin_is_no_party() {
    let doc = analyse(
        "وبحث وزراء خارجية الاتحاد الأوروبي في بروكسل أمس سبل دعم تونس في مكافحة الإرهاب.",
        "2020-05-05",
    );
    assert_actors_lack(&doc, EventType::Aid, "تونس");
    let doc = analyse(
        "وغادر الوفد الفرنسي العاصمة، في حين زار الرئيس التونسي قيس سعيد مدينة صفاقس أمس.",
        "2020-05-05",
    );
    for e in &doc.events {
        assert!(
            !names(&doc, &e.actors).contains("حين"),
            "{}",
            describe(&doc)
        );
    }
}

#[test]
fn the_agreement_already_known_is_no_new_agreement() {
    let doc = analyse(
        "ورفض الرئيس الأميركي جو بايدن عرض الاتفاق النووي على مجلس الأمن الدولي.",
        "2020-05-05",
    );
    assert_count(&doc, EventType::Agree, 0);
    let doc = analyse(
        "وقال وزير النقل اليمني إنه تم الاتفاق مع البنك الدولي على تمويل المشروع أمس.",
        "2020-05-05",
    );
    assert_count(&doc, EventType::Agree, 1);
}

#[test]
fn a_word_after_a_preposition_is_no_verb() {
    let doc = analyse(
        "ولم يصدر مجلس الأمن بيانا عن توقع مناقشة الاتفاقية اليوم.",
        "2020-05-05",
    );
    assert_count(&doc, EventType::Agree, 0);
    let doc = analyse(
        "وتوقع الحكومة الأردنية اتفاقية للتعاون مع الاتحاد الأوروبي غدا.",
        "2020-05-05",
    );
    assert_count(&doc, EventType::Agree, 1);
}

#[test]
fn a_denied_light_verb_denies_its_noun() {
    let doc = analyse(
        "ولم يصدر مجلس الأمن الدولي بيانا عن الأزمة حتى الآن.",
        "2020-05-05",
    );
    for e in events_of(&doc, EventType::Statement) {
        assert_eq!(e.polarity, Polarity::Negative, "{}", describe(&doc));
    }
    let doc = analyse(
        "ولم تشن القوات الحكومية أي غارة على البلدة منذ أسبوع.",
        "2020-05-05",
    );
    for e in events_of(&doc, EventType::Assault) {
        assert_eq!(e.polarity, Polarity::Negative, "{}", describe(&doc));
    }
}

#[test]
fn a_verb_spelt_like_its_noun_after_a_preposition_is_the_noun() {
    let doc = analyse(
        "وترافقت الاشتباكات مع قصف متبادل بين الطرفين في ريف المدينة أمس.",
        "2020-05-05",
    );
    assert_actors_lack(&doc, EventType::Assault, "متبادل");
}

#[test]
fn the_noun_after_inna_and_a_quotation_mark_is_the_subject() {
    let doc = analyse(
        "وذكر الناطق أن «عصابة مسلحة مجهولة الهوية هاجمت حافلة كان على متنها 12 عاملا».",
        "2020-05-05",
    );
    let attack = events_of(&doc, EventType::Assault);
    let attack = attack
        .first()
        .unwrap_or_else(|| panic!("{}", describe(&doc)));
    assert!(
        names(&doc, &attack.actors).contains("عصابة مسلحة"),
        "{}",
        describe(&doc)
    );
    // `كان على متنها` opens a clause of its own: the bus is the target.
    assert!(
        names(&doc, &attack.targets).contains("حافلة"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn an_expressive_verb_gives_its_subject_to_the_noun_after_an() {
    let doc = analyse(
        "وأعرب وزير الصحة الكويتي الدكتور باسل الصباح في ختام زيارته عن ترحيبه بالمبادرة الجديدة.",
        "2020-05-05",
    );
    let praise = events_of(&doc, EventType::Praise);
    let praise = praise
        .first()
        .unwrap_or_else(|| panic!("{}", describe(&doc)));
    let actors = names(&doc, &praise.actors);
    assert!(actors.contains("وزير الصحة"), "{}", describe(&doc));
}

#[test]
fn a_phrase_opened_by_a_preposition_is_no_actor() {
    let doc = analyse(
        "وأعلنت الشرطة مقتل أربعة حراس إثر تعرضهم لإطلاق نار من مسلحين مجهولين.",
        "2020-05-05",
    );
    for e in &doc.events {
        let actors = names(&doc, &e.actors);
        assert!(!actors.contains("لإطلاق"), "{}", describe(&doc));
    }
    let doc = analyse("وأشاد بجهود المتطوعين في حملة تنظيف الشواطئ.", "2020-05-05");
    assert_actors_lack(&doc, EventType::Praise, "بجهود");
}

#[test]
fn an_attack_noun_with_ala_names_its_attacker_in_construct() {
    let doc = analyse(
        "وأسفر هجوم المتمردين على قافلة الإغاثة قرب الحدود عن مقتل ثلاثة سائقين.",
        "2020-05-05",
    );
    let attack = events_of(&doc, EventType::Assault);
    let attack = attack
        .first()
        .unwrap_or_else(|| panic!("{}", describe(&doc)));
    assert!(
        names(&doc, &attack.actors).contains("المتمردين"),
        "{}",
        describe(&doc)
    );
    assert!(
        names(&doc, &attack.targets).contains("قافلة"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_visited_place_is_no_visitor() {
    let doc = analyse(
        "وتفقد المحافظ أعمال الصيانة في الطريق، كما زار مستشفى المدينة والتقى المرضى.",
        "2020-05-05",
    );
    assert_actors_lack(&doc, EventType::Meet, "مستشفى");
}

#[test]
fn weather_and_rescuers_neither_attack_nor_arrest() {
    let doc = analyse(
        "وحاصرت الثلوج عشرات السيارات على الطريق الجبلي، واحتجزت الأمطار مئات المسافرين في القرى.",
        "2020-05-05",
    );
    assert_count(&doc, EventType::Arrest, 0);
    assert_count(&doc, EventType::Assault, 0);
    let doc = analyse(
        "واقتحم رجال الإطفاء الشقة المحترقة وأخرجوا طفلين.",
        "2020-05-05",
    );
    assert_count(&doc, EventType::Assault, 0);
}

#[test]
fn a_feared_attack_has_not_happened() {
    let doc = analyse(
        "وألغت البلدية الاحتفال خوفا من استهداف المشاركين فيه.",
        "2020-05-05",
    );
    for e in events_of(&doc, EventType::Assault) {
        assert_ne!(e.modality, Modality::Asserted, "{}", describe(&doc));
    }
}

#[test]
fn withdrawing_what_is_not_a_force_is_no_withdrawal() {
    let doc = analyse(
        "وقرر الاتحاد سحب تنظيم البطولة من النادي بعد تأخر الملعب.",
        "2020-05-05",
    );
    assert_count(&doc, EventType::Withdraw, 0);
    let doc = analyse("وسحبت الكويت سفيرها من العاصمة أمس.", "2020-05-05");
    assert_count(&doc, EventType::Withdraw, 1);
}

#[test]
fn a_word_after_every_or_a_possessor_is_a_noun() {
    let doc = analyse(
        "لكل نجاح ثمن، وكل ثمن يدفعه المرء يعلمه شيئا.",
        "2020-05-05",
    );
    assert_count(&doc, EventType::Praise, 0);
}

#[test]
fn contracts_are_no_signatories() {
    let doc = analyse(
        "وينتظر أن يتم توقيع العقود النهائية مع المقاولين الشهر المقبل.",
        "2020-05-05",
    );
    assert_actors_lack(&doc, EventType::Agree, "العقود");
}

#[test]
fn after_a_relative_pronoun_the_object_follows_the_verb() {
    let doc = analyse(
        "واستنكرت الجامعة العربية الهجوم الذي استهدف حافلة للزوار قرب المعبد أمس.",
        "2020-05-05",
    );
    for e in events_of(&doc, EventType::Assault) {
        assert!(
            !names(&doc, &e.actors).contains("حافلة"),
            "{}",
            describe(&doc)
        );
        assert!(
            !names(&doc, &e.actors).contains("الجامعة العربية"),
            "{}",
            describe(&doc)
        );
    }
}

#[test]
fn a_pronoun_on_anna_stands_for_the_reporting_subject() {
    let doc = analyse(
        "وأفادت الشرطة الفرنسية صباح اليوم أنها اعتقلت ثلاثة شبان حاولوا سرقة متجر.",
        "2020-05-05",
    );
    let arrest = events_of(&doc, EventType::Arrest);
    let arrest = arrest
        .first()
        .unwrap_or_else(|| panic!("{}", describe(&doc)));
    let actors = names(&doc, &arrest.actors);
    assert!(actors.contains("الشرطة"), "{}", describe(&doc));
    assert!(!actors.contains("شبان"), "{}", describe(&doc));
}

#[test]
fn counted_students_and_feelings_are_no_events() {
    let doc = analyse(
        "وتضم الجامعة أكثر من 12 ألف طالب وطالبة في كلياتها الخمس.",
        "2020-05-05",
    );
    assert_count(&doc, EventType::Demand, 0);
    let doc = analyse(
        "وأصيب الجمهور بخيبة أمل كبيرة بعد خسارة الفريق.",
        "2020-05-05",
    );
    assert_count(&doc, EventType::Assault, 0);
}

#[test]
fn welcoming_guests_is_no_praise() {
    let doc = analyse(
        "ورحب مدير الجامعة بالحضور في بداية الحفل السنوي.",
        "2020-05-05",
    );
    assert_count(&doc, EventType::Praise, 0);
    let doc = analyse("ورحب وزير الخارجية بقرار مجلس الأمن الأخير.", "2020-05-05");
    assert_count(&doc, EventType::Praise, 1);
}

#[test]
fn a_sound_plural_subject_ends_before_a_word_that_does_not_agree() {
    let doc = analyse(
        "واتهم ناشطون حقوقيون اعتقال الصحفيين بأنه انتقام سياسي، كما اعتقل مسلحون مجهولون سائقا في المدينة.",
        "2020-05-05",
    );
    for e in &doc.events {
        let actors = names(&doc, &e.actors);
        assert!(!actors.contains("اعتقال"), "{}", describe(&doc));
    }
    let arrest = events_of(&doc, EventType::Arrest)
        .into_iter()
        .find(|e| names(&doc, &e.actors).contains("مسلحون"))
        .unwrap_or_else(|| panic!("{}", describe(&doc)));
    // The accusative object after the agreeing adjective is not part of the subject.
    assert_eq!(
        arrest.actors[0].text,
        "مسلحون مجهولون",
        "{}",
        describe(&doc)
    );
    assert!(
        names(&doc, &arrest.targets).contains("سائقا"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn receiving_things_or_condolences_is_no_meeting() {
    let doc = analyse(
        "وأوضح المتحدث أن قسم الطوارئ بالمستشفى استقبل أمس 25 مصابا في الحادث.",
        "2020-05-05",
    );
    assert_count(&doc, EventType::Meet, 0);
    let doc = analyse(
        "واستقبل الرئيس التونسي في قصر قرطاج أمس وزير الخارجية الجزائري.",
        "2020-05-05",
    );
    assert_count(&doc, EventType::Meet, 1);
}

#[test]
fn a_verb_is_no_party_and_a_possessive_noun_takes_no_complement() {
    let doc = analyse(
        "وأكدت النيابة أن المتهمين كانوا يخططون لشن هجمات على مراكز تجارية.",
        "2020-05-05",
    );
    for e in &doc.events {
        assert!(
            !names(&doc, &e.actors).contains("يخططون"),
            "{}",
            describe(&doc)
        );
    }
    let doc = analyse(
        "وعقد مجلس إدارة الغرفة التجارية في مقره بجدة، اجتماعه الدوري لمناقشة الميزانية الجديدة.",
        "2020-05-05",
    );
    assert_actors_lack(&doc, EventType::Meet, "الميزانية");
}

#[test]
fn a_time_before_a_subject_is_no_part_of_it() {
    let doc = analyse(
        "وتبنت الجمعية العامة أول أمس الأحد قرارا بالإجماع يصادق على المعاهدة الجديدة.",
        "2020-05-07",
    );
    for e in &doc.events {
        let actors = names(&doc, &e.actors);
        assert!(!actors.contains("الأحد"), "{}", describe(&doc));
    }
}

#[test]
fn strikes_are_named_after_the_force_that_deals_them() {
    let doc = analyse(
        "وأسفرت غارات الطيران على البلدة عن مقتل 12 مسلحا على الأقل.",
        "2020-05-05",
    );
    let attack = events_of(&doc, EventType::Assault);
    let attack = attack
        .first()
        .unwrap_or_else(|| panic!("{}", describe(&doc)));
    assert!(
        names(&doc, &attack.actors).contains("الطيران"),
        "{}",
        describe(&doc)
    );
    assert!(
        !names(&doc, &attack.targets).contains("الأقل"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn the_verb_opening_a_sentence_is_no_party() {
    let doc = analyse(
        "وأدى انفجار عبوة ناسفة إلى إصابة ثلاثة جنود قرب الحاجز.",
        "2020-05-05",
    );
    for e in &doc.events {
        assert!(
            !names(&doc, &e.actors).contains("وأدى"),
            "{}",
            describe(&doc)
        );
    }
    let doc = analyse("وأدى قصف مواقع الجيش إلى إصابة جنديين.", "2020-05-05");
    for e in &doc.events {
        assert!(
            !names(&doc, &e.actors).contains("وأدى"),
            "{}",
            describe(&doc)
        );
    }
}

#[test]
fn a_name_after_a_verb_of_arrest_is_the_one_arrested() {
    let doc = analyse(
        "واعتقل خالد العمري بعد ساعات من الحادث في منزله.",
        "2020-05-05",
    );
    let arrest = events_of(&doc, EventType::Arrest);
    let arrest = arrest
        .first()
        .unwrap_or_else(|| panic!("{}", describe(&doc)));
    assert!(arrest.actors.is_empty(), "{}", describe(&doc));
    assert!(
        names(&doc, &arrest.targets).contains("خالد العمري"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_summit_named_after_a_city_is_held_there() {
    let doc = analyse("وشارك الوزير في قمة القاهرة أمس.", "2020-05-05");
    assert_actors_lack(&doc, EventType::Meet, "القاهرة");
}

#[test]
fn receiving_in_a_long_clause_and_feelings_further_on() {
    let doc = analyse(
        "وقال مدير الصحة أحمد السالم إن قسم الإسعاف في المستشفى الجامعي استقبل ليلة أمس 18 مصابا.",
        "2020-05-05",
    );
    assert_count(&doc, EventType::Meet, 0);
    // The host named after the verb receives condolences, not a person.
    let doc = analyse(
        "استقبل آل الدوسري مساء أمس العزاء في وفاة فقيدهم سعد بن علي الدوسري بمنزلهم في الخبر.",
        "2020-05-05",
    );
    assert_count(&doc, EventType::Meet, 0);
    let doc = analyse(
        "واستقبل وزير الداخلية أمس وفدا من البرلمان الأوروبي.",
        "2020-05-05",
    );
    assert_count(&doc, EventType::Meet, 1);
    let doc = analyse(
        "وأصيب أقارب اللاعب الشاب سالم الحربي بصدمة كبيرة بعد سماع الخبر.",
        "2020-05-05",
    );
    assert_count(&doc, EventType::Assault, 0);
}

#[test]
fn a_light_verb_behind_a_preposition_gives_no_subject() {
    let doc = analyse(
        "عقدت الهيئة في مقرها بالعاصمة، اجتماعها السنوي بفتح ملفات العقود الجديدة.",
        "2020-05-05",
    );
    assert_actors_lack(&doc, EventType::Meet, "ملفات");
}

#[test]
fn still_is_no_denial_and_a_negation_may_carry_the_conjunction() {
    let doc = analyse(
        "ولا يزال الجيش يقصف الأحياء الشرقية من المدينة.",
        "2020-05-05",
    );
    let attack = events_of(&doc, EventType::Assault);
    let attack = attack
        .first()
        .unwrap_or_else(|| panic!("{}", describe(&doc)));
    assert_eq!(attack.polarity, Polarity::Positive, "{}", describe(&doc));
    assert!(
        names(&doc, &attack.actors).contains("الجيش"),
        "{}",
        describe(&doc)
    );
    let doc = analyse(
        "ولم تعتقل الشرطة أحدا من المشتبه بهم حتى الآن.",
        "2020-05-05",
    );
    for e in events_of(&doc, EventType::Arrest) {
        assert_eq!(e.polarity, Polarity::Negative, "{}", describe(&doc));
    }
}

#[test]
fn visiting_museums_has_no_visitor_named_by_the_museum() {
    let doc = analyse(
        "ويشمل البرنامج زيارة المتاحف والأسواق القديمة في المدينة.",
        "2020-05-05",
    );
    assert_actors_lack(&doc, EventType::Meet, "المتاحف");
}

#[test]
fn who_undergoes_an_attack_is_its_target_and_who_dealt_it_follows_min() {
    let doc = analyse(
        "تعرض صحفي لهجوم من مسلحين مجهولين أمس في وسط المدينة.",
        "2020-05-05",
    );
    let e = only(&doc, EventType::Assault);
    assert!(
        names(&doc, &e.targets).contains("صحفي"),
        "{}",
        describe(&doc)
    );
    // `تعرض` is a past verb, not the imperfect of `عرض`: the attack is reported.
    assert_eq!(
        reported(&doc, EventType::Assault).len(),
        1,
        "{}",
        describe(&doc)
    );
    assert!(
        names(&doc, &e.actors).contains("مسلحين مجهولين"),
        "{}",
        describe(&doc)
    );
    let doc = analyse(
        "وقالت الشرطة إن دورية تعرضت لإطلاق نار من مسلحين في شمال المدينة.",
        "2020-05-05",
    );
    let e = only(&doc, EventType::Assault);
    assert!(
        names(&doc, &e.targets).contains("دورية"),
        "{}",
        describe(&doc)
    );
    assert_actors_lack(&doc, EventType::Assault, "دورية");
}

#[test]
fn a_weapon_is_no_target_and_whose_fire_it_was_is_the_actor() {
    let doc = analyse(
        "وأكدت الشرطة أن الشاب قتل برصاص مجهولين قرب منزله.",
        "2020-05-05",
    );
    let e = only(&doc, EventType::Assault);
    assert!(
        names(&doc, &e.actors).contains("مجهولين"),
        "{}",
        describe(&doc)
    );
    let doc = analyse("وكان الطالب قد قتل بنيران قناص قرب الجامعة.", "2020-05-05");
    let e = only(&doc, EventType::Assault);
    assert!(
        names(&doc, &e.actors).contains("قناص"),
        "{}",
        describe(&doc)
    );
    // The number with `ب` counts the bullets: the soldier was hit, he did not shoot.
    let doc = analyse("أصيب الجندي بثلاث طلقات في ساقه خلال الاشتباك.", "2020-05-05");
    let e = only(&doc, EventType::Assault);
    assert!(
        names(&doc, &e.targets).contains("الجندي"),
        "{}",
        describe(&doc)
    );
    assert!(
        !names(&doc, &e.targets).contains("طلقات"),
        "{}",
        describe(&doc)
    );
    assert_actors_lack(&doc, EventType::Assault, "الجندي");
}

#[test]
fn a_word_of_number_heads_those_it_counts() {
    let doc = analyse(
        "واعتقلت الشرطة العشرات من المحتجين في أحياء المدينة.",
        "2020-05-05",
    );
    let e = only(&doc, EventType::Arrest);
    assert!(
        names(&doc, &e.targets).contains("العشرات من المحتجين"),
        "{}",
        describe(&doc)
    );
    assert_actors_lack(&doc, EventType::Arrest, "العشرات");
}

#[test]
fn a_number_of_several_words_counts_those_after_min() {
    let doc = analyse(
        "وتظاهر عشرات الآلاف من المعلمين في وسط المدينة احتجاجا على خفض الأجور.",
        "2020-05-05",
    );
    let e = only(&doc, EventType::Protest);
    assert!(
        names(&doc, &e.actors).contains("المعلمين"),
        "{}",
        describe(&doc)
    );
    assert_actors_lack(&doc, EventType::Protest, "عشرات");
}

#[test]
fn a_preposition_with_its_pronoun_ends_the_party_before_it() {
    let doc = analyse(
        "قتل سبعة جنود بينهم ضابطان في هجوم على نقطة تفتيش قرب الحدود.",
        "2020-05-05",
    );
    let e = only(&doc, EventType::Assault);
    let targets = names(&doc, &e.targets);
    assert!(targets.contains("جنود"), "{}", describe(&doc));
    assert!(!targets.contains("بينهم"), "{}", describe(&doc));
}

#[test]
fn suspects_and_charges_are_how_an_arrest_is_reported() {
    let doc = analyse(
        "وقالت الشرطة إنها اعتقلت خمسة من المشتبه بهم في الهجوم.",
        "2020-05-05",
    );
    assert_eq!(
        reported(&doc, EventType::Arrest).len(),
        1,
        "{}",
        describe(&doc)
    );
}

#[test]
fn talks_are_held_by_those_between_them_not_by_their_topic() {
    let doc = analyse(
        "وتعثرت محادثات السلام بين الحكومة و«طالبان» منذ أشهر.",
        "2020-05-05",
    );
    let e = only(&doc, EventType::Meet);
    let actors = names(&doc, &e.actors);
    assert!(
        !actors.contains("السلام") && actors.contains("طالبان") && actors.contains("الحكومة"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_plural_subject_fires_and_the_count_word_is_no_target() {
    let doc = analyse("أطلق مسلحون النار على صحفي أمس.", "2020-05-05");
    let e = only(&doc, EventType::Assault);
    assert!(
        names(&doc, &e.actors).contains("مسلحون"),
        "{}",
        describe(&doc)
    );
    let doc = analyse("هجوم انتحاري يوقع 15 قتيلا في المدينة", "2020-05-05");
    let e = only(&doc, EventType::Assault);
    assert!(
        !names(&doc, &e.targets).contains("قتيلا"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_preposition_or_a_particle_with_a_pronoun_names_no_party() {
    let doc = analyse(
        "وقالت الهيئة إن الوفد زار المملكة في يونيو 2015، أشاد خلالها الرئيس وأعضاء الوفد بدور المملكة البارز.",
        "2015-07-01",
    );
    assert_actors_lack(&doc, EventType::Praise, "خلالها");
    assert!(
        names(&doc, &only(&doc, EventType::Praise).actors).contains("الرئيس"),
        "{}",
        describe(&doc)
    );
    let doc = analyse(
        "وقال المتحدث: تلقينا بلاغا عن رجل مشبوه فأقمنا حاجزا، لكنه فجر نفسه قرب العربة.",
        "2015-07-01",
    );
    assert_actors_lack(&doc, EventType::Assault, "لكنه");
}

#[test]
fn a_place_named_like_a_verb_is_no_event() {
    let doc = analyse(
        "وكانت العاصمة التشادية قد شهدت في مايو الماضي هجوما، فيما أعلنت عاصمة تشاد استعدادها لاستقبال اللاجئين.",
        "2015-07-01",
    );
    assert_count(&doc, EventType::Praise, 0);
}

#[test]
fn a_defined_word_after_a_sound_plural_begins_the_object() {
    let doc = analyse("هاجم الحوثيون الحدود السعودية أمس.", "2015-07-01");
    let e = only(&doc, EventType::Assault);
    assert_actors_lack(&doc, EventType::Assault, "الحدود");
    assert!(
        names(&doc, &e.targets).contains("الحدود"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_verb_of_managing_gives_its_subject_to_the_noun_after_its_preposition() {
    let doc = analyse(
        "وقالوا إن الجيش نجح في قتل العشرات من المسلحين في المنطقة.",
        "2015-07-01",
    );
    let e = only(&doc, EventType::Assault);
    assert!(
        names(&doc, &e.actors).contains("الجيش"),
        "{}",
        describe(&doc)
    );
    assert!(
        names(&doc, &e.targets).contains("المسلحين"),
        "{}",
        describe(&doc)
    );
    // Only the noun it governs: the families managed to win suits, they killed no one.
    let doc = analyse(
        "بعض العائلات تمكنت من كسب دعاوى بفضل انعكاسات مقتل الشاب.",
        "2015-07-01",
    );
    assert_actors_lack(&doc, EventType::Assault, "العائلات");
}

#[test]
fn a_defined_feminine_plural_after_a_defined_word_begins_the_next_party() {
    let doc = analyse(
        "وطالب الوزير المنظمات الدولية بتقديم المساعدات للنازحين في اليمن أمس.",
        "2015-07-01",
    );
    let e = only(&doc, EventType::Demand);
    assert!(
        names(&doc, &e.actors).contains("الوزير"),
        "{}",
        describe(&doc)
    );
    assert_actors_lack(&doc, EventType::Demand, "المنظمات");
}

#[test]
fn an_aside_that_opens_the_sentence_is_no_party() {
    for text in [
        "من ناحية ثانية، اعتقلت قوات الأمن خمسة مطلوبين في حي السلام فجر اليوم.",
        "ومن جهة أخرى اعتقلت قوات الأمن خمسة مطلوبين في حي السلام فجر اليوم.",
        "وعلى صعيد آخر اعتقلت قوات الأمن خمسة مطلوبين في حي السلام فجر اليوم.",
    ] {
        let doc = analyse(text, "2016-03-09");
        let e = only(&doc, EventType::Arrest);
        assert!(
            names(&doc, &e.actors).contains("قوات الأمن"),
            "{text}\n{}",
            describe(&doc)
        );
        assert!(
            names(&doc, &e.targets).contains("مطلوبين"),
            "{text}\n{}",
            describe(&doc)
        );
        for word in ["ناحية", "جهة", "صعيد", "ثانية", "أخرى", "آخر"] {
            assert_actors_lack(&doc, EventType::Arrest, word);
        }
    }
    let doc = analyse(
        "من ناحية أخرى قتل مسلحون مجهولون حارسين في مزرعة شرقي البلدة.",
        "2016-03-09",
    );
    let e = only(&doc, EventType::Assault);
    assert!(
        names(&doc, &e.actors).contains("مسلحون"),
        "{}",
        describe(&doc)
    );
    assert!(
        names(&doc, &e.targets).contains("حارسين"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn protesters_can_be_arrested() {
    for (text, target) in [
        (
            "اعتقلت الشرطة أربعة متظاهرين قرب مبنى البلدية مساء الأحد.",
            "متظاهرين",
        ),
        (
            "اعتقلت الشرطة سبعة من المحتجين قرب مبنى البلدية مساء الأحد.",
            "المحتجين",
        ),
    ] {
        let doc = analyse(text, "2019-10-14");
        let e = only(&doc, EventType::Arrest);
        assert!(
            names(&doc, &e.actors).contains("الشرطة"),
            "{}",
            describe(&doc)
        );
        assert!(
            names(&doc, &e.targets).contains(target),
            "{text}\n{}",
            describe(&doc)
        );
    }
}

#[test]
fn a_killing_told_with_its_killers_is_reported() {
    // `مسلحون` (nominative) then `حارسين` (accusative): the verb is active, its subject the
    // killers, and a killing someone dealt is an attack.
    let doc = analyse(
        "قتل مسلحون مجهولون حارسين في مزرعة شرقي البلدة.",
        "2016-03-09",
    );
    let found = reported(&doc, EventType::Assault);
    assert_eq!(found.len(), 1, "{}", describe(&doc));
    assert!(
        names(&doc, &found[0].actors).contains("مسلحون"),
        "{}",
        describe(&doc)
    );
    assert!(
        names(&doc, &found[0].targets).contains("حارسين"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_word_of_the_event_after_a_count_is_no_victim() {
    let doc = analyse(
        "مقتل 5 وإصابة 12 آخرين في انفجار عبوة ناسفة وسط السوق الشعبي",
        "2016-03-09",
    );
    for e in events_of(&doc, EventType::Assault) {
        let targets = names(&doc, &e.targets);
        assert!(!targets.contains("إصابة"), "{}", describe(&doc));
    }
    assert_count(&doc, EventType::Assault, 1);
}

#[test]
fn a_raid_is_an_arrest_by_those_who_raid() {
    let doc = analyse(
        "وداهمت الشرطة شقة في الحي الشرقي من المدينة واعتقلت خمسة مشتبهين بتهريب الأسلحة.",
        "2018-11-02",
    );
    let e = only(&doc, EventType::Arrest);
    assert_eq!(e.mode, Some(EventMode::Raid), "{}", describe(&doc));
    assert!(
        names(&doc, &e.actors).contains("الشرطة"),
        "{}",
        describe(&doc)
    );
    assert_actors_lack(&doc, EventType::Arrest, "مشتبهين");
    assert_eq!(
        count(e, CountKind::Arrested),
        Some(5.0),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_flood_that_sweeps_homes_is_no_raid() {
    let doc = analyse(
        "وداهمت مياه السيول عددا من البيوت في الوادي بعد هطول أمطار غزيرة.",
        "2018-11-02",
    );
    assert_count(&doc, EventType::Arrest, 0);
}

#[test]
fn a_verb_joined_by_wa_shares_the_subject_before_it() {
    // `اعتقلت` and `قتلت` are feminine: the masculine plurals after them are their objects,
    // and their subject is that of the verb before them.
    let doc = analyse(
        "وأوقفت دورية للشرطة شاحنة على الطريق الساحلي واعتقلت ثلاثة مهربين.",
        "2018-11-02",
    );
    let e = only(&doc, EventType::Arrest);
    assert!(
        names(&doc, &e.actors).contains("دورية"),
        "{}",
        describe(&doc)
    );
    assert!(
        names(&doc, &e.targets).contains("مهربين"),
        "{}",
        describe(&doc)
    );
    let doc = analyse("وطوقت قوات الأمن المبنى وقتلت أربعة مسلحين.", "2018-11-02");
    let e = only(&doc, EventType::Assault);
    assert!(
        names(&doc, &e.actors).contains("قوات الأمن"),
        "{}",
        describe(&doc)
    );
    assert!(
        names(&doc, &e.targets).contains("مسلحين"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_modifier_of_the_count_is_no_victim() {
    for text in [
        "وأسفر التفجير عن مقتل أكثر من 20 مدنيا في سوق المدينة.",
        "وأسفر التفجير عن مقتل مالا يقل عن عشرين مدنيا في سوق المدينة.",
    ] {
        let doc = analyse(text, "2018-11-02");
        let e = only(&doc, EventType::Assault);
        assert!(
            names(&doc, &e.targets).contains("مدنيا"),
            "{text}\n{}",
            describe(&doc)
        );
        assert_eq!(
            count(e, CountKind::Killed),
            Some(20.0),
            "{text}\n{}",
            describe(&doc)
        );
    }
}

#[test]
fn a_dual_counts_two() {
    let doc = analyse(
        "قتل شرطيان وأصيب خمسة مدنيين في انفجار عبوة ناسفة قرب مركز للشرطة.",
        "2018-11-02",
    );
    let e = only(&doc, EventType::Assault);
    assert_eq!(count(e, CountKind::Killed), Some(2.0), "{}", describe(&doc));
    assert_eq!(
        count(e, CountKind::Injured),
        Some(5.0),
        "{}",
        describe(&doc)
    );
    // `طفلين` is a dual (general text has no `طفلون`); `مدنيين` may be a plural and counts
    // nothing.
    let doc = analyse(
        "وأسفر القصف عن مقتل طفلين وإصابة مدنيين في حي سكني.",
        "2018-11-02",
    );
    let e = only(&doc, EventType::Assault);
    assert_eq!(count(e, CountKind::Killed), Some(2.0), "{}", describe(&doc));
    assert_eq!(count(e, CountKind::Injured), None, "{}", describe(&doc));
}

#[test]
fn another_matter_is_another_event() {
    // Neighbouring sentences, one bombing each; the second turns to another matter.
    let doc = analyse(
        "انفجرت سيارة مفخخة قرب سوق شعبي في مدينة كركوك صباح الخميس. \
         ومن جهة أخرى، جرح ثلاثة جنود في تفجير عبوة ناسفة استهدف دوريتهم قرب الحدود.",
        "2018-11-02",
    );
    let found = events_of(&doc, EventType::Assault);
    assert_eq!(found.len(), 2, "{}", describe(&doc));
    assert!(
        found.iter().all(|e| e.same_as.is_none()),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_noun_of_the_dead_is_no_verb() {
    // `قتيلا` is a noun: what follows it is no party of a killing.
    let doc = analyse(
        "وخلف الانفجار الذي هز السوق 15 قتيلا وتبنته جماعة متطرفة.",
        "2018-11-02",
    );
    let e = only(&doc, EventType::Assault);
    assert!(
        !names(&doc, &e.targets).contains("جماعة"),
        "{}",
        describe(&doc)
    );
    assert_eq!(
        count(e, CountKind::Killed),
        Some(15.0),
        "{}",
        describe(&doc)
    );
}

#[test]
fn the_force_after_lam_dealt_the_strikes() {
    let doc = analyse(
        "وأسفرت ضربات للطيران الحربي عن مقتل ستة مسلحين في ريف المحافظة.",
        "2018-11-02",
    );
    let e = only(&doc, EventType::Assault);
    assert!(
        names(&doc, &e.actors).contains("للطيران الحربي"),
        "{}",
        describe(&doc)
    );
    // After `قصف`, what follows `ل` was struck.
    let doc = analyse("وأدى قصف لمواقع المسلحين إلى مقتل ستة منهم.", "2018-11-02");
    assert_actors_lack(&doc, EventType::Assault, "مواقع");
}

#[test]
fn a_place_near_the_dead_is_no_target() {
    let doc = analyse(
        "وأسفرت الغارات عن مقتل أربعة مدنيين قرب السوق المركزي.",
        "2018-11-02",
    );
    let e = only(&doc, EventType::Assault);
    let targets = names(&doc, &e.targets);
    assert!(
        targets.contains("مدنيين") && !targets.contains("السوق"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_number_opening_the_clause_heads_the_subject_before_qad() {
    // `كان` opens the clause with the counted crowd; `من` says where they came from, and a
    // phrase behind a preposition (`على الأقل`) is no subject.
    let doc = analyse(
        "وكان 500 طالب من جامعة الخرطوم على الأقل قد تجمعوا أمام البرلمان احتجاجا على رفع الرسوم.",
        "2019-03-10",
    );
    let e = only(&doc, EventType::Protest);
    let actors = names(&doc, &e.actors);
    assert!(actors.contains("طالب"), "{}", describe(&doc));
}

#[test]
fn the_first_of_joined_subjects_is_the_one_the_particle_opened() {
    let doc = analyse(
        "وذكرت الشرطة أن نحو 12 متمردا ونحو 4 حراس قتلوا في الاشتباكات قرب السجن.",
        "2016-05-04",
    );
    let e = only(&doc, EventType::Assault);
    let targets = names(&doc, &e.targets);
    assert!(targets.contains("متمردا"), "{}", describe(&doc));
}

#[test]
fn a_subject_before_a_time_clause_is_not_the_subject_of_its_verb() {
    // `بعدما` opens a clause of its own: the wounded did not carry out the raid.
    let doc = analyse(
        "وقال مسؤول محلي إن سبعة مدنيين أصيبوا بعدما شنت طائرات حربية غارة على القرية.",
        "2017-09-12",
    );
    let e = only(&doc, EventType::Assault);
    let actors = names(&doc, &e.actors);
    assert!(
        actors.contains("طائرات") && !actors.contains("مدنيين"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn what_the_participle_of_aiming_names_is_the_target_not_the_place() {
    let doc = analyse(
        "ونفذت المقاتلات الفرنسية غارات داخل سوريا، مستهدفة معسكرات للمسلحين في الشمال.",
        "2013-02-03",
    );
    let e = only(&doc, EventType::Assault);
    let targets = names(&doc, &e.targets);
    assert!(
        targets.contains("معسكرات") && !targets.contains("سوريا"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn the_deed_of_whoever_follows_min_fil_is_the_actor() {
    let doc = analyse(
        "وقتل أكثر من 30 شخصا خلال الشهر الماضي في تفجيرات يعتقد أنها من فعل مسلحي الحركة.",
        "2015-04-20",
    );
    let e = only(&doc, EventType::Assault);
    let actors = names(&doc, &e.actors);
    assert!(actors.contains("مسلحي"), "{}", describe(&doc));
}

#[test]
fn what_qama_says_its_subject_did_is_told_as_a_verb_tells_it() {
    // `قام ب` + a verbal noun: the subject did it, and the noun's complement is who or what
    // it was done to. The verbal noun `قصف` is spelt like its verb.
    let doc = analyse(
        "وقامت وحدات من الجيش بقصف مخازن السلاح في ضواحي البلدة.",
        "2016-08-14",
    );
    let e = only(&doc, EventType::Assault);
    let actors = names(&doc, &e.actors);
    let targets = names(&doc, &e.targets);
    assert!(
        actors.contains("وحدات") && targets.contains("مخازن") && e.confidence >= 0.6,
        "{}",
        describe(&doc)
    );
    let doc = analyse(
        "وقامت الشرطة بمداهمة مستودع التاجر في المنطقة الصناعية.",
        "2016-08-14",
    );
    let e = only(&doc, EventType::Arrest);
    let targets = names(&doc, &e.targets);
    assert!(
        targets.contains("مستودع") && e.confidence >= 0.6,
        "{}",
        describe(&doc)
    );
}

#[test]
fn an_adjective_after_the_event_is_no_construct_with_its_target() {
    // `جوية نفذها التحالف` is no definite complement of `غارة`: the target stays the positions.
    let doc = analyse(
        "وقال مصدر محلي إن نحو 20 غارة جوية نفذها التحالف على مواقع المتمردين في المحافظة.",
        "2015-08-01",
    );
    let e = only(&doc, EventType::Assault);
    let targets = names(&doc, &e.targets);
    assert!(targets.contains("مواقع"), "{}", describe(&doc));
}

#[test]
fn a_slaughterhouse_that_slaughters_sheep_attacks_no_one() {
    let doc = analyse(
        "وقام مسلخ البلدية بذبح ألفي رأس من الأغنام خلال أيام العيد.",
        "2015-09-30",
    );
    assert!(
        events_of(&doc, EventType::Assault).is_empty(),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_past_verb_with_its_person_suffix_tells_no_habit() {
    // `تعرضت`, `نفذت`, `نظمت` begin with a letter of the imperfect and end in the suffix of
    // the past: what they carry happened, and is reported with full confidence.
    for (text, kind, party) in [
        (
            "وتعرضت دورية للجيش لهجوم مسلح في ريف إدلب أمس.",
            EventType::Assault,
            "دورية",
        ),
        (
            "ونفذت طائرات التحالف غارات على مواقع المسلحين في الرقة.",
            EventType::Assault,
            "مواقع",
        ),
        (
            "ونظمت نقابة المعلمين اعتصاما أمام مقر الوزارة.",
            EventType::Protest,
            "نقابة",
        ),
    ] {
        let doc = analyse(text, "2017-03-02");
        let e = only(&doc, kind);
        let parties = format!("{} {}", names(&doc, &e.actors), names(&doc, &e.targets));
        assert!(
            parties.contains(party) && e.confidence >= 0.6,
            "{}",
            describe(&doc)
        );
    }
}

#[test]
fn an_attack_on_social_media_is_made_of_words() {
    let doc = analyse(
        "وتعرض الوزير لهجوم على مواقع التواصل الاجتماعي بعد تصريحاته عن الأسعار.",
        "2017-03-02",
    );
    assert!(
        events_of(&doc, EventType::Assault).is_empty(),
        "{}",
        describe(&doc)
    );
}

#[test]
fn who_set_the_ambush_is_its_actor() {
    // `كمينا` is the noun with the alef of the accusative, not `ك` + `مينا`; `نصب` carries it.
    let doc = analyse(
        "ونصب مسلحون كمينا لقافلة عسكرية على الطريق الدولي.",
        "2017-03-02",
    );
    let e = only(&doc, EventType::Assault);
    let actors = names(&doc, &e.actors);
    assert!(actors.contains("مسلحون"), "{}", describe(&doc));
}

#[test]
fn an_area_near_which_an_attack_happened_is_its_place() {
    // `قرب` before a town says where, not what was attacked; a weapon's complement is its kind.
    let doc = analyse(
        "وشن مسلحون هجوما بقذائف الهاون قرب مدينة الفلوجة أمس.",
        "2016-05-09",
    );
    let e = only(&doc, EventType::Assault);
    let targets = names(&doc, &e.targets);
    let places = names(&doc, &e.places);
    assert!(
        !targets.contains("الفلوجة") && !targets.contains("الهاون") && places.contains("الفلوجة"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_munition_in_construct_names_its_kind_not_its_target() {
    let doc = analyse(
        "وأطلق المسلحون صواريخ الكاتيوشا على القاعدة الجوية.",
        "2016-05-09",
    );
    let e = only(&doc, EventType::Assault);
    let targets = names(&doc, &e.targets);
    assert!(
        targets.contains("القاعدة") && !targets.contains("الكاتيوشا"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn speeches_attack_only_in_words() {
    let doc = analyse(
        "وألقى أنصار الحزب خطابات هاجموا فيها الحكومة.",
        "2016-05-09",
    );
    assert!(
        events_of(&doc, EventType::Assault).is_empty(),
        "{}",
        describe(&doc)
    );
}

#[test]
fn an_ambush_is_set_for_whom_lam_names() {
    // `كمينا لدورية`: the patrol is the target; `لاستهداف` says what for, and its own
    // complement is the target.
    let doc = analyse(
        "وقال مصدر أمني إن مسلحين نصبوا كمينا لدورية من حرس الحدود جنوب المدينة.",
        "2012-04-04",
    );
    let e = only(&doc, EventType::Assault);
    let targets = names(&doc, &e.targets);
    assert!(targets.starts_with("دورية"), "{}", describe(&doc));
    let doc = analyse("ونصب مسلحون كمينا لاستهداف موكب المحافظ.", "2012-04-04");
    let e = only(&doc, EventType::Assault);
    let targets = names(&doc, &e.targets);
    assert!(targets.starts_with("موكب المحافظ"), "{}", describe(&doc));
}

#[test]
fn marchers_who_went_out_protested() {
    // Going out in a march to protest is a protest, even when the protest word comes last.
    let doc = analyse(
        "وخرج مئات الطلاب أمس في مسيرة جابت شوارع المدينة للاحتجاج على رفع الرسوم.",
        "2012-04-04",
    );
    let e = only(&doc, EventType::Protest);
    assert!(e.confidence >= 0.6, "{}", describe(&doc));
    // A call to march, or a march every year, is no report of one.
    for text in [
        "ودعا الناشطون إلى تنظيم مسيرة للاحتجاج على رفع الرسوم.",
        "ويخرج الطلاب كل عام في مسيرة للاحتجاج على رفع الرسوم.",
    ] {
        let doc = analyse(text, "2012-04-04");
        for e in events_of(&doc, EventType::Protest) {
            assert!(e.confidence < 0.6, "{}", describe(&doc));
        }
    }
}

#[test]
fn a_party_begins_after_its_preposition() {
    // The recipient of aid is `سكان المناطق`, not `لسكان المناطق`; `للاجئين`, whose article
    // lost its alef after `ل`, stays whole.
    let doc = analyse(
        "وقدمت الإمارات مساعدات طبية لسكان المناطق المنكوبة.",
        "2012-04-04",
    );
    let e = only(&doc, EventType::Aid);
    let targets = names(&doc, &e.targets);
    assert!(targets.starts_with("سكان المناطق"), "{}", describe(&doc));
    let doc = analyse("وقدمت قطر دعما ماليا للاجئين السوريين.", "2012-04-04");
    let e = only(&doc, EventType::Aid);
    let targets = names(&doc, &e.targets);
    assert!(targets.starts_with("للاجئين"), "{}", describe(&doc));
}

#[test]
fn victims_named_among_a_count_are_the_target() {
    // `عشرة بينهم ثلاثة من رجال الإطفاء`: the ten wounded are known by those among them.
    let doc = analyse(
        "وفي الموصل، أسفر انفجار عبوة ناسفة في سوق شعبي عن إصابة عشرة بينهم ثلاثة من رجال الإطفاء.",
        "2012-04-04",
    );
    let e = only(&doc, EventType::Assault);
    let targets = names(&doc, &e.targets);
    assert!(targets.contains("رجال الإطفاء"), "{}", describe(&doc));
}

#[test]
fn a_protest_is_addressed_to_whom_its_demand_names() {
    let doc = analyse(
        "وخرج آلاف الطلاب في مظاهرات تطالب الحكومة بإلغاء القرار.",
        "2012-04-04",
    );
    let e = only(&doc, EventType::Protest);
    assert!(
        names(&doc, &e.targets).contains("الحكومة"),
        "{}",
        describe(&doc)
    );
    // What it demands is no target.
    let doc = analyse("ونظم العمال اعتصاما يطالب بزيادة الأجور.", "2012-04-04");
    let e = only(&doc, EventType::Protest);
    assert!(e.targets.is_empty(), "{}", describe(&doc));
}

#[test]
fn shelling_described_by_an_adjective_is_the_noun() {
    // `قصف` before an indefinite adjective is the shelling, not the verb with its subject: the
    // adjective is no attacker. The attacked follows `ضد` inside quotation marks.
    let doc = analyse(
        "قصف مدفعي عنيف ضد «جبهة الإنقاذ» في الجبال الشرقية.",
        "2012-04-04",
    );
    assert_actors_lack(&doc, EventType::Assault, "مدفعي");
    let e = only(&doc, EventType::Assault);
    let targets = names(&doc, &e.targets);
    assert!(targets.starts_with("جبهة الإنقاذ"), "{}", describe(&doc));
    // The verb keeps its subject and object.
    let doc = analyse("قصف الجيش مواقع المتمردين في الجبال.", "2012-04-04");
    let e = only(&doc, EventType::Assault);
    assert!(
        names(&doc, &e.actors).contains("الجيش"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn the_accused_is_the_object_before_the_charge() {
    // The object between the accuser and `ب` is the accused, named or not, and a time may
    // stand before it; the accuser's phrase ends at its relational adjective.
    for text in [
        "واتهمت الحكومة السودانية أمس المتمردين بقصف القرى الحدودية.",
        "واتهمت الحكومة السودانية المتمردين يوم الأحد بقصف القرى الحدودية.",
    ] {
        let doc = analyse(text, "2012-04-04");
        let e = only(&doc, EventType::Accuse);
        let (actors, targets) = (names(&doc, &e.actors), names(&doc, &e.targets));
        assert!(
            actors.starts_with("الحكومة السودانية /"),
            "{}",
            describe(&doc)
        );
        assert!(targets.starts_with("المتمردين /"), "{}", describe(&doc));
    }
}

#[test]
fn a_noun_phrase_opening_the_sentence_is_the_subject_of_its_verb() {
    // Headlines put the subject first: `X يفعل Y`.
    for (text, kind, actor, target) in [
        (
            "الشرطة تعتقل ثلاثة مشتبهين في الرياض",
            EventType::Arrest,
            "الشرطة",
            "مشتبهين",
        ),
        (
            "الجيش السوري يقصف مواقع المعارضة في حلب",
            EventType::Assault,
            "الجيش السوري",
            "مواقع المعارضة",
        ),
    ] {
        let doc = analyse(text, "2012-04-04");
        let e = only(&doc, kind);
        assert!(
            names(&doc, &e.actors).starts_with(actor),
            "{}",
            describe(&doc)
        );
        assert!(
            names(&doc, &e.targets).contains(target),
            "{}",
            describe(&doc)
        );
    }
    // A phrase after a preposition, even one joined by `و`, is no subject.
    let doc = analyse(
        "وفي أغلب الأحيان تعتقل الشرطة مشتبهين قبل وصولهم.",
        "2012-04-04",
    );
    let e = only(&doc, EventType::Arrest);
    assert!(
        names(&doc, &e.actors).starts_with("الشرطة"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_pronoun_on_the_verb_that_resumes_the_antecedent_puts_the_subject_after_it() {
    // `الذي استهدفه القصف`: the pronoun agrees with `الذي` and stands for the hospital, the
    // verb's object; the shelling after it is the subject, the attack itself and no party.
    let doc = analyse(
        "ونقل الجرحى إلى المستشفى الذي استهدفه القصف المدفعي أمس.",
        "2016-03-10",
    );
    let e = only(&doc, EventType::Assault);
    assert!(e.actors.is_empty(), "{}", describe(&doc));
    assert!(
        names(&doc, &e.targets).contains("المستشفى"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_masculine_word_after_a_feminine_defined_noun_begins_the_object() {
    // `الشرطة المتهم`: a feminine noun takes no masculine adjective, so the suspect is the
    // object, not part of the subject; its own adjective stays with it.
    for (text, actor) in [
        ("واعتقلت الشرطة المتهم في منزله بعد ظهر أمس.", "الشرطة"),
        (
            "واعتقلت الشرطة المحلية المتهم في منزله بعد ظهر أمس.",
            "الشرطة المحلية",
        ),
    ] {
        let doc = analyse(text, "2016-03-10");
        let e = only(&doc, EventType::Arrest);
        assert_eq!(
            names(&doc, &e.actors).trim_end_matches(" / "),
            actor,
            "{}",
            describe(&doc)
        );
        assert!(
            names(&doc, &e.targets).contains("المتهم"),
            "{}",
            describe(&doc)
        );
    }
}

#[test]
fn a_part_of_the_day_is_never_a_party() {
    // `ليلا`, `فجرا`: when it happened, not whom it was done to.
    for text in ["وقصفت الطائرات المدينة ليلا.", "واقتحم مسلحون القرية فجرا."]
    {
        let doc = analyse(text, "2016-03-10");
        for e in events_of(&doc, EventType::Assault) {
            let targets = names(&doc, &e.targets);
            assert!(
                !targets.contains("ليلا") && !targets.contains("فجرا"),
                "{}",
                describe(&doc)
            );
        }
    }
}

#[test]
fn aircraft_with_the_article_are_the_force_that_strikes() {
    // Defined aircraft are the subject; shelling from them is an air strike.
    let doc = analyse(
        "وقصفت الطائرات الروسية مواقع للمعارضة في ريف حمص.",
        "2016-03-10",
    );
    let e = events_of(&doc, EventType::Assault);
    assert_eq!(e.len(), 1, "{}", describe(&doc));
    assert!(
        names(&doc, &e[0].actors).contains("الطائرات الروسية"),
        "{}",
        describe(&doc)
    );
    assert_eq!(e[0].mode, Some(EventMode::AirStrike), "{}", describe(&doc));
    // Indefinite and followed by `مسيرة`, the aircraft is a drone, the weapon.
    let doc = analyse(
        "واستهدفت طائرة مسيرة سيارة تقل مسلحين في شبوة.",
        "2016-03-10",
    );
    let e = events_of(&doc, EventType::Assault);
    assert_eq!(e.len(), 1, "{}", describe(&doc));
    assert_eq!(e[0].mode, Some(EventMode::Drone), "{}", describe(&doc));
    assert!(
        !names(&doc, &e[0].actors).contains("طائرة"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn an_indefinite_noun_with_lam_is_completed_by_what_follows() {
    // `مقرات لجماعة الحوثي`: the headquarters belong to the group named after `لجماعة`.
    let doc = analyse("وقصف الجيش مقرات لجماعة الحوثي في صعدة.", "2016-03-10");
    let e = events_of(&doc, EventType::Assault);
    assert_eq!(e.len(), 1, "{}", describe(&doc));
    let targets = names(&doc, &e[0].targets);
    assert!(
        targets.contains("مقرات لجماعة الحوثي"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_defined_attack_after_the_verb_is_its_subject_and_no_party() {
    // `استهدف القصف`: the shelling is the attack itself; what it targeted follows the whole
    // phrase, its adjective included.
    for (text, target) in [
        (
            "واستهدف القصف المدفعي منزلا في أطراف البلدة صباح اليوم.",
            "منزلا",
        ),
        (
            "واستهدفت الغارات الروسية مواقع للمعارضة في ريف حماة.",
            "مواقع للمعارضة",
        ),
    ] {
        let doc = analyse(text, "2016-03-10");
        let e = only(&doc, EventType::Assault);
        assert!(e.actors.is_empty(), "{}", describe(&doc));
        assert!(
            names(&doc, &e.targets).starts_with(target),
            "{}",
            describe(&doc)
        );
    }
}

#[test]
fn the_subject_after_an_before_a_casualty_verb_that_counts_its_victims_is_the_actor() {
    // A number after `قتل` counts the victims of an active verb, whose subject `إن` opened.
    let doc = analyse(
        "وقالت الشرطة إن مسلحين ملثمين قتلوا خمسة مدنيين في هجوم على قرية نائية.",
        "2016-03-10",
    );
    let e = only(&doc, EventType::Assault);
    assert!(
        names(&doc, &e.actors).starts_with("مسلحين ملثمين"),
        "{}",
        describe(&doc)
    );
    assert!(
        names(&doc, &e.targets).contains("مدنيين"),
        "{}",
        describe(&doc)
    );
    // After `و` a casualty verb with a number is as often passive: the soldiers killed before
    // it did not wound the others.
    let doc = analyse(
        "وأكد الجيش أن جنديين قتلا وأصيب 31 آخرون في الهجوم.",
        "2016-03-10",
    );
    let e = only(&doc, EventType::Assault);
    assert!(e.actors.is_empty(), "{}", describe(&doc));
}

#[test]
fn a_word_with_bi_after_a_party_tells_how_and_is_no_part_of_it() {
    // `بطريق الخطأ` (by mistake) and `بالبراميل المتفجرة` (with barrel bombs) say how; the
    // party ends before them, and the object after them is read whole.
    let doc = analyse(
        "وقالت الوزارة إن قوات أجنبية قتلت تسعة جنود أفغان بطريق الخطأ قرب الحدود.",
        "2016-03-10",
    );
    let e = only(&doc, EventType::Assault);
    let targets = names(&doc, &e.targets);
    assert!(
        targets.contains("جنود") && !targets.contains("بطريق"),
        "{}",
        describe(&doc)
    );
    let doc = analyse(
        "وقصف الطيران المروحي بالبراميل المتفجرة مناطق في بلدة تفتناز.",
        "2016-03-10",
    );
    let e = only(&doc, EventType::Assault);
    assert!(
        names(&doc, &e.targets).starts_with("مناطق"),
        "{}",
        describe(&doc)
    );
    assert!(
        !names(&doc, &e.actors).contains("بالبراميل"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn shelling_by_aviation_or_helicopters_is_an_air_strike() {
    for text in [
        "وقصف الطيران الحربي مناطق في بلدة تفتناز.",
        "وقصفت مروحيات الجيش مواقع للمسلحين شمال المدينة.",
    ] {
        let doc = analyse(text, "2016-03-10");
        let e = only(&doc, EventType::Assault);
        assert_eq!(e.mode, Some(EventMode::AirStrike), "{}", describe(&doc));
    }
}

#[test]
fn two_attacks_of_one_sentence_with_subjects_of_their_own_are_two_records() {
    // `فيما`/`بينما` open a clause with its own subject: two attacks, each with its own
    // parties, mode and dead, and neither a copy of the other.
    let doc = analyse(
        "هاجم مسلحون ملثمون نقطة تفتيش قرب الحدود فجر اليوم، فيما استهدفت سيارة مفخخة مقرا للشرطة في وسط المدينة وقتل ستة عناصر.",
        "2019-04-02",
    );
    let attacks: Vec<&Event> = events_of(&doc, EventType::Assault)
        .into_iter()
        .filter(|e| e.same_as.is_none())
        .collect();
    assert_eq!(attacks.len(), 2, "{}", describe(&doc));
    let (gunmen, car_bomb) = (attacks[0], attacks[1]);
    assert!(
        names(&doc, &gunmen.actors).contains("مسلحون"),
        "{}",
        describe(&doc)
    );
    assert!(
        names(&doc, &gunmen.targets).contains("نقطة"),
        "{}",
        describe(&doc)
    );
    assert_eq!(count(gunmen, CountKind::Killed), None, "{}", describe(&doc));
    assert!(
        names(&doc, &car_bomb.actors).contains("سيارة"),
        "{}",
        describe(&doc)
    );
    assert!(
        names(&doc, &car_bomb.targets).contains("مقرا"),
        "{}",
        describe(&doc)
    );
    assert_eq!(
        car_bomb.mode,
        Some(EventMode::Bombing),
        "{}",
        describe(&doc)
    );
    assert_eq!(
        count(car_bomb, CountKind::Killed),
        Some(6.0),
        "{}",
        describe(&doc)
    );
    // After `و` alone a verb shares the subject before it, and the noun after it is its
    // object: one arrest by the police.
    let doc = analyse(
        "اعتقلت الشرطة ثلاثة مشتبهين واعتقلت المتهم الرابع بعد ساعات.",
        "2019-04-02",
    );
    let e = only(&doc, EventType::Arrest);
    assert!(
        names(&doc, &e.actors).contains("الشرطة"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_defined_area_noun_after_the_subject_is_the_object_not_its_adjective() {
    // `المدينة`, `القرية` are nouns, never adjectives: after the defined subject they begin the
    // object.
    for (text, actor, target) in [
        (
            "وقصفت الطائرات المدينة بعد منتصف الليل.",
            "الطائرات",
            "المدينة",
        ),
        (
            "واقتحمت القوات الخاصة القرية فجر اليوم.",
            "القوات الخاصة",
            "القرية",
        ),
    ] {
        let doc = analyse(text, "2019-04-02");
        let e = only(&doc, EventType::Assault);
        assert_eq!(
            names(&doc, &e.actors),
            format!("{actor} / "),
            "{}",
            describe(&doc)
        );
        assert!(
            names(&doc, &e.targets).starts_with(target),
            "{}",
            describe(&doc)
        );
    }
}

#[test]
fn a_casualty_verb_counts_its_number_across_prepositional_phrases() {
    // The passive verb comes first, then where and when, then the number of its victims.
    for (text, kind, value) in [
        (
            "وقتل خلال الاشتباكات في ضواحي مدينة حمص 17 مسلحا بحسب المرصد.",
            CountKind::Killed,
            17.0,
        ),
        (
            "وأصيب جراء انفجار عبوة قرب السوق المركزي صباح الأحد 9 أشخاص.",
            CountKind::Injured,
            9.0,
        ),
    ] {
        let doc = analyse(text, "2016-02-08");
        let e = only(&doc, EventType::Assault);
        assert_eq!(count(e, kind), Some(value), "{}", describe(&doc));
    }
    // The attackers of the relative clause are not the dead of the verb before it.
    let doc = analyse(
        "وقتل في الهجوم الذي نفذه 4 مسلحين على الحاجز جندي واحد.",
        "2016-02-08",
    );
    let e = only(&doc, EventType::Assault);
    assert_ne!(count(e, CountKind::Killed), Some(4.0), "{}", describe(&doc));
}

#[test]
fn a_compass_word_after_a_place_locates_it_and_is_no_target() {
    // `شرق X` after a place says where that place lies; the object follows it.
    let doc = analyse(
        "واقتحمت قوات الأمن مدينة الفلوجة غرب بغداد فجر اليوم.",
        "2016-05-23",
    );
    let e = only(&doc, EventType::Assault);
    assert!(
        !names(&doc, &e.targets).contains("بغداد"),
        "{}",
        describe(&doc)
    );
    let doc = analyse(
        "وداهمت شرطة محافظة القطيف شرق المملكة منزلا يؤوي مطلوبين.",
        "2016-05-23",
    );
    let e = only(&doc, EventType::Arrest);
    assert!(
        names(&doc, &e.targets).starts_with("منزلا"),
        "{}",
        describe(&doc)
    );
    // After anything but a place the compass word begins the area attacked.
    let doc = analyse(
        "وقصفت الطائرات الحربية شرق حلب بعد منتصف الليل.",
        "2016-05-23",
    );
    let e = only(&doc, EventType::Assault);
    assert!(
        names(&doc, &e.targets).contains("حلب"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_name_after_an_area_noun_completes_the_party_and_still_places_the_event() {
    // The governorate's name belongs to the building protested at, and says where it was.
    let doc = analyse(
        "ونظم المئات من الأهالي تظاهرة أمام مبنى محافظة البصرة للمطالبة بتحسين الخدمات.",
        "2018-07-15",
    );
    let e = only(&doc, EventType::Protest);
    let places = names(&doc, &e.places);
    assert!(places.contains("البصرة"), "{}", describe(&doc));
    // In an actor's phrase the place is the actor's office, not where the event was.
    let doc = analyse(
        "وطالب مجلس محافظة نينوى أمس الحكومة بوقف القصف على الأحياء السكنية.",
        "2018-07-15",
    );
    let e = only(&doc, EventType::Demand);
    assert!(
        names(&doc, &e.actors).starts_with("مجلس محافظة نينوى"),
        "{}",
        describe(&doc)
    );
    assert!(
        !names(&doc, &e.places).contains("نينوى"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_casualty_verb_after_its_subject_and_before_an_object_is_active() {
    // With an object after it, the noun before the verb dealt the blow.
    let doc = analyse(
        "وقالت مصادر محلية إن الجيش النظامي قتل شابا في قرية قرب الحدود.",
        "2017-03-02",
    );
    let e = only(&doc, EventType::Assault);
    assert!(
        names(&doc, &e.actors).starts_with("الجيش النظامي"),
        "{}",
        describe(&doc)
    );
    // Without one, the verb is passive and the noun before it was the victim.
    let doc = analyse(
        "وقالت مصادر محلية إن الحارس قتل برصاص مسلحين قرب الحدود.",
        "2017-03-02",
    );
    let e = only(&doc, EventType::Assault);
    assert!(
        !names(&doc, &e.actors).contains("الحارس"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn an_air_force_or_air_base_is_no_air_strike() {
    for text in [
        "واغتال مسلحون ضابطا في القوات الجوية أمام منزله في المدينة.",
        "وهاجم مسلحون حاجزا قرب قاعدة جوية في شمال البلاد.",
    ] {
        let doc = analyse(text, "2017-03-02");
        let e = only(&doc, EventType::Assault);
        assert_ne!(e.mode, Some(EventMode::AirStrike), "{}", describe(&doc));
    }
}

#[test]
fn a_verb_of_managing_gives_its_long_subject_to_the_noun_after_its_preposition() {
    let doc = analyse(
        "وأقدم أحد عناصر الميليشيا المسلحة في المدينة على اغتيال قاض أمام منزله.",
        "2017-03-02",
    );
    let e = only(&doc, EventType::Assault);
    assert!(
        names(&doc, &e.actors).starts_with("أحد عناصر"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_plane_that_falls_and_a_flooded_mine_are_no_attack() {
    for text in [
        "مقتل خمسة أشخاص في سقوط طائرة تدريب قرب مطار المدينة.",
        "وأسفر غمر المياه للمنجم عن مقتل ثلاثة عمال واحتجاز عشرة آخرين في قاعه.",
    ] {
        let doc = analyse(text, "2019-06-10");
        assert_count(&doc, EventType::Assault, 0);
        assert_count(&doc, EventType::Arrest, 0);
    }
    // A plane brought down is an attack.
    let doc = analyse(
        "وأسقط المسلحون طائرة مروحية للجيش بصاروخ وقتلوا طاقمها.",
        "2019-06-10",
    );
    assert_count(&doc, EventType::Assault, 1);
}

#[test]
fn an_imperfect_verb_in_a_headline_reports_what_happened() {
    // Headlines tell news in the present; in the body the same words read as a habit.
    let headline = analyse(
        "مسلحون يقتلون مهندسا في ضواحي المدينة\n\nوقال مصدر أمني إن البحث جار.",
        "2016-10-04",
    );
    let body = analyse(
        "وقال مصدر أمني إن البحث جار. مسلحون يقتلون مهندسا في ضواحي المدينة.",
        "2016-10-04",
    );
    let confidence = |doc: &Document| top_confidence(doc, EventType::Assault);
    assert!(
        confidence(&headline) > confidence(&body),
        "{}\n{}",
        describe(&headline),
        describe(&body)
    );
}

#[test]
fn vehicles_that_collide_or_roll_over_and_a_crush_are_no_attack() {
    for text in [
        "لقي ثلاثة أشخاص مصرعهم وأصيب اثنان آخران إثر حادث تصادم بين شاحنة وسيارة على الطريق السريع.",
        "لقي رجلان مصرعهما إثر انقلاب المركبة التي كانا يستقلانها جنوب المدينة.",
        "قتل تسعة أشخاص في تدافع عند مدخل المعبد خلال احتفال ديني.",
    ] {
        let doc = analyse(text, "2019-06-10");
        assert_count(&doc, EventType::Assault, 0);
    }
    // The coup's militias still kill.
    let doc = analyse(
        "وقتلت ميليشيات الانقلاب خمسة مدنيين في قصف على الحي.",
        "2019-06-10",
    );
    assert_count(&doc, EventType::Assault, 1);
}

#[test]
fn a_trigger_inside_a_quoted_name_of_a_group_reports_nothing() {
    let doc = analyse(
        "ووصلت شحنة الأسلحة إلى ميليشيا «فجر درنة» عبر البحر.",
        "2019-06-10",
    );
    assert_count(&doc, EventType::Assault, 0);
}

#[test]
fn stopping_people_is_an_arrest_and_stopping_work_or_aid_is_not() {
    let doc = analyse(
        "وأوقفت الشرطة 14 شخصا يشتبه في تهريب المخدرات عبر الميناء.",
        "2019-06-10",
    );
    let arrest = only(&doc, EventType::Arrest);
    assert_eq!(count(arrest, CountKind::Arrested), Some(14.0));
    assert!(names(&doc, &arrest.actors).contains("الشرطة"));
    for text in [
        "وأوقفت الحكومة دعمها للمزارعين بعد الأزمة.",
        "وأوقفت الشركة 30 موظفا عن العمل بسبب الخسائر.",
        "وتوقف القطار قبل المحطة بعد عطل مفاجئ.",
    ] {
        let doc = analyse(text, "2019-06-10");
        assert_count(&doc, EventType::Arrest, 0);
    }
}

#[test]
fn a_campaign_of_arrests_aims_at_suspects_and_a_military_one_attacks() {
    let doc = analyse(
        "واعتقلت الشرطة 40 شخصا في إطار حملة استهدفت مهربي السلاح في الجنوب.",
        "2019-06-10",
    );
    assert_count(&doc, EventType::Assault, 0);
    assert_count(&doc, EventType::Arrest, 1);
    let doc = analyse(
        "وقال الجيش إن حملة عسكرية استهدفت مواقع المسلحين في الجبال.",
        "2019-06-10",
    );
    assert_count(&doc, EventType::Assault, 1);
}

#[test]
fn fighter_jets_of_a_model_strike_from_the_air_and_their_number_counts_nothing() {
    let doc = analyse(
        "وشنت طائرات إف-16 غارات على مواقع المسلحين شرق المدينة.",
        "2019-06-10",
    );
    let strike = only(&doc, EventType::Assault);
    assert!(strike.counts.is_empty(), "{}", describe(&doc));
    assert!(!doc.quantities.iter().any(|q| q.value.abs() == 16.0));
    let doc = analyse(
        "وقصفت مقاتلات التحالف مواقع المسلحين شرق المدينة.",
        "2019-06-10",
    );
    assert_eq!(
        only(&doc, EventType::Assault).mode,
        Some(EventMode::AirStrike)
    );
    // Defined aircraft before a number are its subject, not munitions.
    let doc = analyse("وقصفت الطائرات ثلاثة مواقع للمسلحين.", "2019-06-10");
    assert!(
        only(&doc, EventType::Assault).counts.is_empty(),
        "{}",
        describe(&doc)
    );
}

#[test]
fn qama_gives_its_long_subject_to_the_noun_its_ba_joins() {
    let doc = analyse(
        "وقامت أربع طائرات حربية تابعة لسلاح الجو الملكي الأردني بقصف مواقع للتنظيم قرب الحدود.",
        "2019-06-10",
    );
    let strike = only(&doc, EventType::Assault);
    assert!(
        names(&doc, &strike.actors).contains("طائرات"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn the_toll_of_an_attack_is_not_its_target() {
    let doc = analyse(
        "وأوقع الهجوم الانتحاري 25 قتيلا و80 جريحا في سوق المدينة.",
        "2019-06-10",
    );
    let attack = only(&doc, EventType::Assault);
    assert!(
        !names(&doc, &attack.targets).contains("جريح"),
        "{}",
        describe(&doc)
    );
    assert_eq!(count(attack, CountKind::Injured), Some(80.0));
}

#[test]
fn a_leg_of_a_tie_is_no_meeting() {
    let doc = analyse(
        "ويذكر أن لقاء الذهاب الذي أقيم في مدينة بورتو قبل أسبوع انتهى بفوز الضيوف.",
        "2019-06-10",
    );
    assert_count(&doc, EventType::Meet, 0);
}

#[test]
fn warplanes_described_are_the_force_and_an_adverb_stands_before_the_object() {
    let doc = analyse(
        "وقصفت طائرات حربية أيضا مواقع للمسلحين شمال المدينة.",
        "2019-06-10",
    );
    let strike = only(&doc, EventType::Assault);
    assert!(
        names(&doc, &strike.actors).contains("طائرات حربية"),
        "{}",
        describe(&doc)
    );
    assert!(
        !names(&doc, &strike.actors).contains("مواقع"),
        "{}",
        describe(&doc)
    );
    assert!(
        names(&doc, &strike.targets).contains("مواقع"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn idioms_diseases_and_fireworks_are_no_attack() {
    for text in [
        "ويريد الحزب بهذه الخطوة قتل عصفورين بحجر واحد.",
        "وقتل تفشي الكوليرا 12 شخصا في القرية خلال أسبوع.",
        "وأصيب طفلان بحروق بسبب الألعاب النارية في ليلة العيد.",
    ] {
        let doc = analyse(text, "2019-06-10");
        assert_count(&doc, EventType::Assault, 0);
    }
}

#[test]
fn the_person_after_an_abbreviated_title_is_the_party() {
    let doc = analyse(
        "والتقى د. منصور الحربي وزير الصحة أمس وفدا من الأطباء الزائرين.",
        "2019-06-10",
    );
    let meeting = only(&doc, EventType::Meet);
    assert!(
        names(&doc, &meeting.actors).contains("منصور"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_ministry_written_with_ha_is_no_visit() {
    let doc = analyse(
        "ووجه مدير عام فرع وزاره الصحة، سالم الحربي، المستشفيات الخاصة اليوم بالاستعداد لموسم الحج.",
        "2019-06-10",
    );
    assert_count(&doc, EventType::Meet, 0);
    let doc = analyse(
        "وزاره الوزير في منزله أمس بعد عودته من السفر.",
        "2019-06-10",
    );
    assert_count(&doc, EventType::Meet, 1);
}

#[test]
fn what_led_to_something_and_a_prayer_are_no_demand() {
    for text in [
        "وتعرض اللاعب لإصابة خلال المباراة مما دعا المدرب إلى تغييره.",
        "ودعا رئيس البلدية سالم الراشد المولى أن يحفظ البلاد من كل سوء.",
    ] {
        let doc = analyse(text, "2019-06-10");
        assert_count(&doc, EventType::Demand, 0);
    }
    for text in [
        "كما دعا الوزير المواطنين إلى ترشيد استهلاك المياه في الصيف.",
        // God inside a name is no prayer.
        "ودعا حزب الله أنصاره إلى التظاهر أمام السفارة.",
    ] {
        let doc = analyse(text, "2019-06-10");
        assert_count(&doc, EventType::Demand, 1);
    }
}

#[test]
fn a_team_that_meets_its_rival_plays_a_match() {
    let doc = analyse(
        "ويسعى اللاعبون للفوز عندما يلتقي الفريق غدا منافسه التقليدي.",
        "2019-06-10",
    );
    assert_count(&doc, EventType::Meet, 0);
}

#[test]
fn a_verb_joined_after_a_clause_with_via_shares_the_subject_of_the_verb_before() {
    let doc = analyse(
        "وقالت الوزارة إن السلطات أحبطت محاولة لتهريب أسلحة عبر البحر، واعتقلت ثلاثة أشخاص.",
        "2019-06-10",
    );
    let arrest = only(&doc, EventType::Arrest);
    assert!(
        names(&doc, &arrest.actors).contains("السلطات"),
        "{}",
        describe(&doc)
    );
    assert!(
        names(&doc, &arrest.targets).contains("أشخاص"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn an_indefinite_person_after_an_attack_noun_is_its_target_and_its_claimant_its_actor() {
    let doc = analyse(
        "وأعلنت الجماعة مسؤوليتها عن اغتيال ضابط في الجيش أمس.",
        "2019-06-10",
    );
    let attack = only(&doc, EventType::Assault);
    assert!(
        names(&doc, &attack.targets).contains("ضابط"),
        "{}",
        describe(&doc)
    );
    assert!(
        names(&doc, &attack.actors).contains("الجماعة"),
        "{}",
        describe(&doc)
    );
    // Who saw it or condemned it did not do it.
    let doc = analyse("وشهدت المدينة اغتيال قاض بارز الأسبوع الماضي.", "2019-06-10");
    let attack = only(&doc, EventType::Assault);
    assert!(
        names(&doc, &attack.targets).contains("قاض"),
        "{}",
        describe(&doc)
    );
    assert!(attack.actors.is_empty(), "{}", describe(&doc));
    // Who arrests those responsible did not attack.
    let doc = analyse(
        "واعتقلت الشرطة المسؤولين عن الهجوم على الحاجز العسكري.",
        "2019-06-10",
    );
    for e in events_of(&doc, EventType::Assault) {
        assert!(
            !names(&doc, &e.actors).contains("الشرطة"),
            "{}",
            describe(&doc)
        );
    }
    // Nor is anyone the actor of an attack no one claimed.
    let doc = analyse(
        "ولم تعلن أي جهة مسؤوليتها عن الهجوم على الحاجز العسكري.",
        "2019-06-10",
    );
    for e in &doc.events {
        assert!(e.actors.is_empty(), "{}", describe(&doc));
    }
}

#[test]
fn an_animal_that_bites_is_no_attacker() {
    let doc = analyse(
        "يجري المسؤولون تحقيقات بشأن مقتل رجل عضته الأفعى خلال رحلة في الغابة.",
        "2019-06-10",
    );
    assert_count(&doc, EventType::Assault, 0);
}

#[test]
fn the_dead_of_a_crash_told_in_a_later_sentence_are_no_attack() {
    let doc = analyse(
        "تحطم طائرة ركاب صغيرة قرب المطار صباح اليوم.\n\nوقال مسؤول إن اثنين من ركاب الطائرة قتلا وأصيب ثلاثة آخرون.",
        "2019-06-10",
    );
    assert_count(&doc, EventType::Assault, 0);
    // A weapon in the later sentence tells of an attack.
    let doc = analyse(
        "تحطم طائرة ركاب صغيرة قرب المطار صباح اليوم.\n\nوفي حادث آخر قتل ثلاثة جنود برصاص مسلحين في الجنوب.",
        "2019-06-10",
    );
    assert_count(&doc, EventType::Assault, 1);
}

#[test]
fn a_number_after_a_verb_and_its_subject_counts_the_object() {
    let doc = analyse("وقتلت قوات الأمن ستة متشددين في المدينة.", "2019-06-10");
    assert_eq!(
        count(only(&doc, EventType::Assault), CountKind::Killed),
        Some(6.0)
    );
    let doc = analyse(
        "واعتقلت الشرطة الاتحادية 25 شخصا بعد المباراة.",
        "2019-06-10",
    );
    assert_eq!(
        count(only(&doc, EventType::Arrest), CountKind::Arrested),
        Some(25.0)
    );
}

#[test]
fn storms_confirming_news_and_a_strong_condemnation_are_read_for_what_they_are() {
    let doc = analyse(
        "قتل 12 شخصا على الأقل وفقد ثلاثة آخرون جراء إعصار ضرب الساحل الشرقي خلال عطلة نهاية الأسبوع.",
        "2019-06-10",
    );
    assert_count(&doc, EventType::Assault, 0);
    let doc = analyse(
        "صادق رئيس النادي سالم الحربي على صحة الأخبار التي نشرتها الصحيفة الأسبوع الماضي حول اتفاق الإدارة مع المدرب.",
        "2019-06-10",
    );
    assert_count(&doc, EventType::Agree, 0);
    let doc = analyse(
        "واستنكرت الحكومة بشدة الهجوم الذي استهدف اليوم مسجدا في المدينة.",
        "2019-06-10",
    );
    let condemned = only(&doc, EventType::Accuse);
    assert!(
        !names(&doc, &condemned.targets).contains("بشدة"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn withdrawing_recognition_or_recalling_cars_moves_no_forces() {
    for text in [
        "وتواجه كرة اليد مشكلة إذ إن الاتحاد الدولي سحب الاعتراف من الاتحاد المحلي بسبب عدم إجرائه انتخابات.",
        "وقالت الهيئة إن الشركة ستسحب 500 سيارة من السوق بسبب عيب في الفرامل.",
    ] {
        let doc = analyse(text, "2019-06-10");
        assert_count(&doc, EventType::Withdraw, 0);
    }
}

#[test]
fn a_bare_arrest_verb_before_a_number_is_passive() {
    let doc = analyse("ففي المدينة اعتقل سبعة أشخاص أمس.", "2019-06-10");
    let arrest = only(&doc, EventType::Arrest);
    assert!(arrest.actors.is_empty(), "{}", describe(&doc));
    assert!(
        names(&doc, &arrest.targets).contains("أشخاص"),
        "{}",
        describe(&doc)
    );
    // The imperfect with its subject before it is active.
    let doc = analyse(
        "وقال المتحدث إن الجيش يعتقل عشرات المسلحين كل أسبوع.",
        "2019-06-10",
    );
    for e in events_of(&doc, EventType::Arrest) {
        assert!(
            !names(&doc, &e.targets).contains("الجيش"),
            "{}",
            describe(&doc)
        );
    }
}

#[test]
fn a_claim_speaks_about_an_attack_and_officials_are_no_claim() {
    let top = |text: &str| top_confidence(&analyse(text, "2019-06-10"), EventType::Assault);
    let claim = top("وسبق للجماعة أن أعلنت مسؤوليتها عن هجمات صغيرة على مواقع أمنية في العاصمة.");
    let plain = top("وسبق للجماعة أن شنت هجمات صغيرة على مواقع أمنية في العاصمة.");
    assert!(claim < plain, "{claim} {plain}");
    let officials = top("ونجا مسؤولين من هجمات صغيرة على مواقع أمنية في العاصمة.");
    let guards = top("ونجا حراس من هجمات صغيرة على مواقع أمنية في العاصمة.");
    assert!((officials - guards).abs() < 1e-6, "{officials} {guards}");
}

#[test]
fn a_noun_counted_before_at_least_is_a_party_and_one_is_an_adjective() {
    // `على الأقل` after the counted noun takes it into the number's span; the noun is still
    // who was arrested.
    let doc = analyse("واعتقل أربعة مغاربة على الأقل في المداهمة.", "2019-06-10");
    let arrest = only(&doc, EventType::Arrest);
    assert!(arrest.actors.is_empty(), "{}", describe(&doc));
    assert!(
        names(&doc, &arrest.targets).contains("مغاربة"),
        "{}",
        describe(&doc)
    );
    // `واحد` after its noun is no number counting an object: the worker was wounded.
    let doc = analyse(
        "ووقع انفجار في المصنع أصيب خلاله عامل واحد بجروح طفيفة.",
        "2019-06-10",
    );
    for e in events_of(&doc, EventType::Assault) {
        assert!(
            !names(&doc, &e.actors).contains("عامل"),
            "{}",
            describe(&doc)
        );
        assert!(
            !names(&doc, &e.targets).contains("جروح"),
            "{}",
            describe(&doc)
        );
    }
}

#[test]
fn what_a_passive_casualty_verb_names_behind_a_preposition_suffered_nothing() {
    for text in [
        "وكانت الفتاة تلعب في الحديقة عندما أصيبت بالطلقة وقد نقلت إلى المستشفى.",
        "وقال الأب إن ابنه كان يلعب قرب المنزل عندما أصيب بالحجر ونقل إلى المستشفى.",
    ] {
        let doc = analyse(text, "2019-06-10");
        let wounded = only(&doc, EventType::Assault);
        assert!(wounded.targets.is_empty(), "{}", describe(&doc));
    }
    // `على إثرها`: a compound preposition of time names no target.
    let doc = analyse(
        "أطلق مسلحون النار على حارس المبنى وأصيب بطلقة نقل على إثرها إلى المستشفى.",
        "2019-06-10",
    );
    for e in events_of(&doc, EventType::Assault) {
        assert!(
            !names(&doc, &e.targets).contains("إثر"),
            "{}",
            describe(&doc)
        );
    }
}

#[test]
fn snatching_the_spotlight_or_a_win_abducts_nobody() {
    let top = |text: &str| top_confidence(&analyse(text, "2019-06-10"), EventType::Assault);
    let plain = top("وخطف مسلحون الطبيب الشاب من أمام عيادته في المدينة.");
    for figure in [
        "وخطف المهاجم الشاب الأضواء من زملائه في المدينة.",
        "وخطف الفريق الضيف فوزا متأخرا من مضيفه في المدينة.",
        "وشاهد الجمهور عرضا يخطف الأنفاس في المدينة.",
    ] {
        let snatched = top(figure);
        assert!(
            snatched < 0.5 && snatched < plain,
            "{figure}: {snatched} {plain}"
        );
    }
}

#[test]
fn strikes_named_after_a_coalition_against_a_group_are_the_coalition_s() {
    let doc = analyse(
        "وتشارك ألمانيا في ضربات التحالف الدولي ضد تنظيم «داعش» في العراق.",
        "2019-06-10",
    );
    let strikes = only(&doc, EventType::Assault);
    let actors = names(&doc, &strikes.actors);
    assert!(
        actors.contains("ألمانيا") && actors.contains("التحالف"),
        "{}",
        describe(&doc)
    );
    let targets = names(&doc, &strikes.targets);
    assert!(
        targets.contains("داعش") && !targets.contains("التحالف"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_name_in_quotation_marks_completes_the_noun_before_it() {
    let doc = analyse(
        "وشنت الطائرات غارات على جماعة «أنصار الدين» المتشددة قرب الحدود.",
        "2019-06-10",
    );
    let raid = only(&doc, EventType::Assault);
    assert!(
        names(&doc, &raid.targets).contains("أنصار الدين"),
        "{}",
        describe(&doc)
    );
    // The adjective after the closing mark describes the group; the object follows it.
    let doc = analyse(
        "ويحتجز تنظيم «الفجر» الإرهابي صحفيا فرنسيا منذ شهرين.",
        "2019-06-10",
    );
    let held = only(&doc, EventType::Arrest);
    assert!(
        names(&doc, &held.actors).contains("الفجر"),
        "{}",
        describe(&doc)
    );
    assert!(
        names(&doc, &held.targets).contains("صحفيا"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_lone_accusative_is_no_actor_unless_inna_governs_it() {
    let doc = analyse(
        "ولكن الأغرب أن تجد شخصاً يتظاهر بالإصابة بالمرض ليدخل المستشفى.",
        "2019-06-10",
    );
    assert_actors_lack(&doc, EventType::Protest, "شخص");
    let doc = analyse("وقالت الشرطة إن مسلحا أطلق النار على الحارس.", "2019-06-10");
    let shot = only(&doc, EventType::Assault);
    assert!(
        names(&doc, &shot.actors).contains("مسلحا"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_number_joined_by_wa_is_another_subject_not_an_object() {
    let doc = analyse("وقتل شرطي محلي وستة مدنيين في السوق.", "2019-06-10");
    assert_actors_lack(&doc, EventType::Assault, "شرطي");
    let killed = only(&doc, EventType::Assault);
    assert!(
        names(&doc, &killed.targets).contains("شرطي"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn the_first_of_subjects_joined_across_a_name_is_who_was_killed() {
    let doc = analyse(
        "وقال مصدر محلي إن نحو 30 من مسلحي الجماعة وعناصر موالية للقائد السابق خالد الزين قتلوا في المعارك.",
        "2019-06-10",
    );
    let killed = events_of(&doc, EventType::Assault);
    assert!(
        killed
            .iter()
            .any(|e| names(&doc, &e.targets).contains("مسلحي الجماعة")),
        "{}",
        describe(&doc)
    );
    // A verbal noun that opens the clause is no party of the verb after it.
    let doc = analyse(
        "ويذكر أن قتل 12 شخصا الأسبوع الماضي وقع في تفجيرين استهدفا سوقين في المدينة.",
        "2019-06-10",
    );
    assert_actors_lack(&doc, EventType::Assault, "قتل");
}

#[test]
fn a_clash_is_fought_with_the_side_named_after_ma_a() {
    let doc = analyse(
        "واشتبكت الشرطة مع مهربين مسلحين قرب الحدود الشرقية.",
        "2019-06-10",
    );
    let clash = only(&doc, EventType::Assault);
    assert!(
        names(&doc, &clash.targets).contains("مهربين"),
        "{}",
        describe(&doc)
    );
    // Far from the clash, `مع` says amid what.
    let doc = analyse(
        "وسقط قتلى في اشتباكات بين عشيرتين في كبرى مدن الجنوب مع تنامي الفوضى الأمنية.",
        "2019-06-10",
    );
    for e in events_of(&doc, EventType::Assault) {
        assert!(
            !names(&doc, &e.targets).contains("تنامي"),
            "{}",
            describe(&doc)
        );
    }
}

#[test]
fn the_subject_stands_before_kana_and_its_sisters_before_the_verb() {
    let doc = analyse(
        "وأوضح المحامي أن الميليشيا لا تزال تعتقل العشرات من الصحفيين في المدينة.",
        "2019-06-10",
    );
    let held = only(&doc, EventType::Arrest);
    assert!(
        names(&doc, &held.actors).contains("الميليشيا"),
        "{}",
        describe(&doc)
    );
    assert!(
        names(&doc, &held.targets).contains("الصحفيين"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_skill_trained_for_is_no_deed() {
    let top = |text: &str| top_confidence(&analyse(text, "2019-06-10"), EventType::Assault);
    let trained = top(
        "وبين الناطق أن الألوية القادمة إلى أطراف المدينة شملت وحدات من النخبة المدربة على حرب العصابات واقتحام المعاقل والأنفاق وتفكيك العبوات.",
    );
    let done = top("وبين الناطق أن وحدات من النخبة تمكنت من اقتحام المعاقل والأنفاق.");
    assert!(trained < 0.5 && trained < done, "{trained} {done}");
}

#[test]
fn a_threat_in_the_singular_is_made_to_what_its_construct_names() {
    let doc = analyse(
        "وأكد الخطيب في خطبته أمس أن هذه العصابة تسعى للسيطرة على بلاد المسلمين والإخلال بأمنها واستقرارها وتهديد الدول المجاورة لها.",
        "2019-06-10",
    );
    let threat = only(&doc, EventType::Threaten);
    assert!(
        names(&doc, &threat.targets).contains("الدول"),
        "{}",
        describe(&doc)
    );
    for e in events_of(&doc, EventType::Threaten) {
        assert!(
            !names(&doc, &e.actors).contains("الدول"),
            "{}",
            describe(&doc)
        );
    }
    // A person named in construct, a title before, makes the threat.
    let doc = analyse(
        "ولجأت القبائل إلى الملك عبدالعزيز حين أحست بتهديد الإمام يحيى حميدالدين لها.",
        "2019-06-10",
    );
    for e in events_of(&doc, EventType::Threaten) {
        assert!(
            !names(&doc, &e.targets).contains("يحيى"),
            "{}",
            describe(&doc)
        );
    }
    // In the plural the threats are theirs.
    let doc = analyse(
        "ورفعت الشرطة حالة التأهب بعد تهديدات أطلقها تنظيم داعش.",
        "2019-06-10",
    );
    for e in events_of(&doc, EventType::Threaten) {
        assert!(
            !names(&doc, &e.targets).contains("داعش"),
            "{}",
            describe(&doc)
        );
    }
}

#[test]
fn a_person_s_followers_are_not_the_person() {
    let doc = analyse(
        "وقال شهود إن الرئيس السابق سالم العبيدي غادر البلاد. ونظم أنصار العبيدي مظاهرة في وسط العاصمة أمس.",
        "2019-06-10",
    );
    let march = only(&doc, EventType::Protest);
    let actors = names(&doc, &march.actors);
    assert!(
        actors.contains("أنصار") && !actors.contains("/ سالم"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn pretending_and_a_festive_show_are_no_protest() {
    let top = |text: &str| top_confidence(&analyse(text, "2019-06-10"), EventType::Protest);
    assert!(top("وتظاهر مئات العمال أمام مقر الشركة في المدينة أمس.") >= 0.5);
    for text in [
        "وعندما دخل أبي الغرفة تظاهرت بأنني نائمة حتى خرج مسرعا إلى عمله.",
        "وتستمر مهرجانات الصيف التي تقيمها البلدية بعروض متنوعة في تظاهرة اجتماعية واحتفالية يشهدها وسط البلد.",
    ] {
        let doc = analyse(text, "2019-06-10");
        assert_count(&doc, EventType::Protest, 0);
    }
}

#[test]
fn a_host_under_an_honorific_and_the_one_received_are_the_parties() {
    let doc = analyse(
        "استقبل صاحب السمو الملكي الأمير نايف بن فهد أمير المنطقة الشمالية في مكتبه بالإمارة أمس مدير جامعة الحدود الدكتور سالم العنزي.",
        "2019-06-10",
    );
    let meeting = only(&doc, EventType::Meet);
    let parties = names(&doc, &meeting.actors);
    assert!(
        parties.contains("نايف بن فهد") && parties.contains("العنزي"),
        "{}",
        describe(&doc)
    );
    assert!(!parties.contains("| أمير المنطقة"), "{}", describe(&doc));
    // The one received may follow a comma after the time, or a prayer between dashes.
    for text in [
        "استقبل الرئيس خالد المرزوقي في قصر الضيافة في العاصمة البارحة، وزير الخارجية الإيطالي ماريو روسي.",
        "استقبل الملك فهد بن سالم آل ثامر ـ حفظه الله ـ في قصر الضيافة اليوم وزير الخارجية الإيطالي ماريو روسي.",
    ] {
        let doc = analyse(text, "2019-06-10");
        let meeting = only(&doc, EventType::Meet);
        assert!(
            names(&doc, &meeting.actors).contains("روسي"),
            "{}",
            describe(&doc)
        );
    }
}

#[test]
fn condolences_offered_for_a_killing_did_not_kill() {
    let doc = analyse(
        "وتحدثت الوزيرة أمس مع الرئيس عن الهجمات، وقدمت إليه تعازي بلادها في مقتل العشرات وإصابة المئات.",
        "2019-06-10",
    );
    assert_actors_lack(&doc, EventType::Assault, "تعازي");
}

#[test]
fn an_event_its_relative_clause_describes_lends_no_adjective_as_a_party() {
    // The clause after `الذي` tells the attack itself: its adjective acted on nothing, and
    // the one who condemned it did not strike.
    for text in [
        "وأعرب الملك عن إدانته للتفجير الإرهابي الذي استهدف مسجد قوات الأمن بمنطقة الجوف.",
        "أدان الوزير بشدة الهجوم الإرهابي الذي استهدف مسجدا في المدينة أمس.",
    ] {
        let doc = analyse(text, "2019-06-10");
        let attack = only(&doc, EventType::Assault);
        assert!(attack.actors.is_empty(), "{}", describe(&doc));
        assert!(
            names(&doc, &attack.targets).contains("مسجد"),
            "{}",
            describe(&doc)
        );
    }
    // An adverb ends the one who condemned; the attack is no party to the condemnation.
    let doc = analyse(
        "أدان الوزير بشدة الهجوم الإرهابي الذي استهدف مسجدا في المدينة أمس.",
        "2019-06-10",
    );
    let condemned = only(&doc, EventType::Accuse);
    assert!(
        !names(&doc, &condemned.actors).contains("بشدة"),
        "{}",
        describe(&doc)
    );
    assert!(condemned.targets.is_empty(), "{}", describe(&doc));
    // A verb of expressing carries the feeling, not the attack it is about.
    let doc = analyse(
        "أعرب المجلس البلدي عن استنكاره الشديد للهجوم الإرهابي الذي استهدف مركزا للشرطة في المدينة.",
        "2019-06-10",
    );
    assert_actors_lack(&doc, EventType::Assault, "المجلس");
}

#[test]
fn strikes_told_before_their_verb_are_carried_out_by_the_light_verbs_subject() {
    let doc = analyse(
        "وشن طيران التحالف عشرات الغارات الجوية ليل الأربعاء استهدفت خصوصا مقر اللواء 15 التابع للمتمردين.",
        "2019-06-10",
    );
    let strike = only(&doc, EventType::Assault);
    assert!(
        names(&doc, &strike.actors).contains("طيران التحالف"),
        "{}",
        describe(&doc)
    );
    let targets = names(&doc, &strike.targets);
    assert!(
        targets.contains("مقر اللواء") && !targets.contains("خصوصا"),
        "{}",
        describe(&doc)
    );
    // `يشن` is the imperfect of a doubled root; an adverb may stand before the attack.
    let doc = analyse(
        "ويشن المتمردون يوميا هجمات دامية على قوات الامن منذ اسبوع.",
        "2019-06-10",
    );
    let attacks = only(&doc, EventType::Assault);
    assert!(
        names(&doc, &attacks.actors).contains("المتمردون"),
        "{}",
        describe(&doc)
    );
    // After `قبل أن` the imperfect tells what was done: no habit.
    let doc = analyse(
        "وقال مسؤول إن المسلحين جاؤوا من الجنوب قبل أن يشنوا هجوما مباغتا على البوابة.",
        "2019-06-10",
    );
    assert_count(&doc, EventType::Assault, 1);
}

#[test]
fn telecommunications_and_campaigns_aimed_at_people_are_no_calls_and_no_attacks() {
    for text in [
        "وأظهر تقرير هيئة الاتصالات أمس نموا في عدد المشتركين عبر شبكات الاتصالات الثابتة في المملكة.",
        "وأعلنت شركة الاتصالات السعودية أمس نمو أرباحها عبر خدمات الاتصالات المتنقلة.",
    ] {
        let doc = analyse(text, "2019-06-10");
        assert_count(&doc, EventType::Meet, 0);
    }
    let doc = analyse(
        "وأعلنت شركة الاتصالات السعودية أمس نمو أرباحها عبر خدمات الاتصالات المتنقلة.",
        "2019-06-10",
    );
    let statement = only(&doc, EventType::Statement);
    assert!(
        names(&doc, &statement.actors).contains("شركة الاتصالات السعودية"),
        "{}",
        describe(&doc)
    );
    for text in [
        "ونظمت الجمعية حملات توعوية في المنطقة طوال الشهر لاستهداف مختلف فئات المجتمع.",
        "ويقدم الملتقى برامج منوعة يستهدف بها جميع شرائح المجتمع، كما تضم ساحته ألعابا نارية صغيرة تستهدف الأطفال.",
    ] {
        let doc = analyse(text, "2019-06-10");
        assert_count(&doc, EventType::Assault, 0);
    }
}

#[test]
fn more_than_a_number_stands_for_the_people_counted() {
    let doc = analyse(
        "واختتم المهرجان أمس بعد أن زاره أكثر من 300 ألف شخص من مختلف الأعمار.",
        "2019-06-10",
    );
    let visit = only(&doc, EventType::Meet);
    assert!(
        names(&doc, &visit.actors).contains("300 ألف شخص"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_reprisal_is_another_event_than_the_attack_it_answers() {
    let doc = analyse(
        "ووقع هجوم الجمعة في منطقة سياحية غرب البلاد. وردا على مقتل الشرطيين، يشن الجيش يوميا غارات جوية على مواقع المتمردين في الجبال.",
        "2019-06-10",
    );
    let attacks = events_of(&doc, EventType::Assault);
    assert_eq!(attacks.len(), 2, "{}", describe(&doc));
    assert!(
        attacks.iter().all(|e| e.same_as.is_none()),
        "{}",
        describe(&doc)
    );
    assert!(attacks[0].targets.is_empty(), "{}", describe(&doc));
}

#[test]
fn a_nationality_before_a_name_and_a_manner_in_two_words_are_no_parties() {
    // `الإسباني كارلوس مارتينيز` is one person, who criticised.
    let doc = analyse(
        "وانتقد الإسباني كارلوس مارتينيز مدرب الفريق الأول قرار الحكم بعد المباراة أمس.",
        "2019-06-10",
    );
    let criticism = only(&doc, EventType::Accuse);
    assert!(
        names(&doc, &criticism.actors).contains("الإسباني كارلوس مارتينيز"),
        "{}",
        describe(&doc)
    );
    assert!(
        !names(&doc, &criticism.targets).contains("مارتينيز"),
        "{}",
        describe(&doc)
    );
    // `بشكل عام` says how, not whom the call is for.
    let doc = analyse(
        "ودعا الوزير خالد العمري الى الاستثمار في المدينة بشكل عام والموانئ بشكل خاص.",
        "2019-06-10",
    );
    let call = only(&doc, EventType::Demand);
    assert!(
        !names(&doc, &call.targets).contains("شكل"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_meeting_verb_joined_by_wa_keeps_the_subject_before_and_who_was_met() {
    let doc = analyse(
        "ووصل وزير الخارجية خالد العمري إلى الرياض أمس والتقى نظيره السعودي في قصر الضيافة.",
        "2019-06-10",
    );
    let meeting = only(&doc, EventType::Meet);
    let parties = names(&doc, &meeting.actors);
    assert!(
        parties.contains("العمري") && parties.contains("نظيره"),
        "{}",
        describe(&doc)
    );
    // A place visited before is no one who meets.
    let doc = analyse(
        "وقال المستشار سالم الهاشمي إنه زار القاهرة، والتقى الرئيس المصري في قصر الاتحادية.",
        "2019-06-10",
    );
    assert_actors_lack(&doc, EventType::Meet, "القاهرة");
}

#[test]
fn a_number_joined_to_the_first_victim_counts_them_all() {
    let killed = |text: &str| {
        let doc = analyse(text, "2019-06-10");
        let attack = only(&doc, EventType::Assault);
        attack
            .counts
            .iter()
            .find(|c| c.kind == CountKind::Killed)
            .map(|c| c.value)
    };
    assert_eq!(
        killed("وقتل جندي أمريكي وثمانية مقاتلين أفغان في هجوم على قاعدة في ولاية هلمند أمس."),
        Some(9.0)
    );
    assert_eq!(
        killed("وقتل شرطيان وثلاثة مدنيين في انفجار عبوة ناسفة في المدينة أمس."),
        Some(5.0)
    );
    assert_eq!(
        killed("وقتل ثلاثة جنود وأصيب خمسة آخرون في هجوم على قاعدة أمس."),
        Some(3.0)
    );
}

#[test]
fn clouds_draws_and_cash_withdraw_nothing_and_forces_do() {
    for text in [
        "وحذرت الأرصاد اليوم من تكون سحب رعدية على منطقة الجوف بعد الظهر.",
        "وسحبت القرعة أمس في جنيف بحضور ممثلي الأندية الستة عشر.",
        "وأعلنت الوزارة أمس تخفيف القيود على عمليات السحب النقدي من المصارف.",
    ] {
        let doc = analyse(text, "2019-06-10");
        assert_count(&doc, EventType::Withdraw, 0);
    }
    let doc = analyse(
        "وقال المتحدث إن الجماعة تكبدت خسائر كبيرة قبل أن يسحب زعيمها سالم الهلالي مسلحيه من البلدة أمس.",
        "2019-06-10",
    );
    assert_count(&doc, EventType::Withdraw, 1);
}

#[test]
fn a_noun_a_preposition_s_pronoun_resumes_is_where_the_deed_was_done() {
    // `فيها` after the verb points back to the provinces: they arrested no one.
    let doc = analyse(
        "وأوضح أن قوات الأمن نفذت حملة واسعة شملت 13 ولاية اعتقل فيها نحو 300 مشتبه به.",
        "2019-06-10",
    );
    assert_actors_lack(&doc, EventType::Arrest, "ولاية");
}

#[test]
fn a_verbal_noun_of_what_was_said_does_nothing() {
    let doc = analyse(
        "وأعلن اكتمال الاستعدادات لانطلاق المرحلة الأولى من الانتخابات البلدية في السابع من الشهر المقبل.",
        "2019-06-10",
    );
    for kind in [EventType::Elect, EventType::Statement] {
        assert_actors_lack(&doc, kind, "اكتمال");
    }
    // The presence of another at the time of a visit makes them no visitor.
    let doc = analyse(
        "وتتزامن زيارة الوزير خالد العمري إلى طهران مع وجود نائب وزير الخارجية الروسي سيرغي لافروف في العاصمة.",
        "2019-06-10",
    );
    assert_actors_lack(&doc, EventType::Meet, "وجود");
}

#[test]
fn one_election_is_of_whom_its_construct_names() {
    let doc = analyse(
        "وشهد المؤتمر العام للحزب أمس إعادة انتخاب سالم الحربي رئيسا للحزب لولاية ثانية.",
        "2019-06-10",
    );
    let election = only(&doc, EventType::Elect);
    assert!(
        names(&doc, &election.targets).contains("الحربي"),
        "{}",
        describe(&doc)
    );
    assert_actors_lack(&doc, EventType::Elect, "الحربي");
}

#[test]
fn a_feminine_verb_takes_a_man_s_title_for_its_object_and_a_clause_is_no_party() {
    // The club's management demanded of the coach; what it demanded is a clause.
    let doc = analyse(
        "وطالبت إدارة النادي أمس مدرب الفريق بأن يشرك اللاعبين الشباب.",
        "2019-06-10",
    );
    let demand = only(&doc, EventType::Demand);
    assert!(
        names(&doc, &demand.targets).contains("مدرب"),
        "{}",
        describe(&doc)
    );
    // She accused the minister: he is the accused, not the accuser.
    let doc = analyse(
        "واتهمت أمس وزير المالية بإخفاء أرقام العجز عن البرلمان.",
        "2019-06-10",
    );
    assert_actors_lack(&doc, EventType::Accuse, "وزير");
    let doc = analyse(
        "وأشاد الوزير خالد العمري أمس بما حققته القوات من تقدم.",
        "2019-06-10",
    );
    let praise = only(&doc, EventType::Praise);
    assert!(
        !names(&doc, &praise.targets).contains("بما"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_verb_begins_no_party() {
    // After `قد` and with the imperfect's plural ending, a word is a verb.
    for (text, verb) in [
        ("وقال إنه رجل طيب فكيف به وقد حاول قتله أمس.", "حاول"),
        ("وأنصحكم أن تتجنبوا قتل الأبرياء في كل مكان.", "تتجنبوا"),
    ] {
        let doc = analyse(text, "2019-06-10");
        for e in events_of(&doc, EventType::Assault) {
            assert!(
                !names(&doc, &e.targets).contains(verb),
                "{}",
                describe(&doc)
            );
        }
    }
    // The subject of `كان` stands after the particle and the verb it opens.
    let doc = analyse(
        "وكان قد غادر الوزير خالد العمري القاهرة بعد زيارة عمل التقى خلالها بالرئيس المصري.",
        "2019-06-10",
    );
    let meeting = only(&doc, EventType::Meet);
    let parties = names(&doc, &meeting.actors);
    assert!(
        parties.contains("العمري") && !parties.contains("غادر"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn kicks_of_a_match_and_the_sun_s_stroke_are_no_strikes() {
    for text in [
        "وسجل المهاجم الهدف الثاني من ضربة جزاء في الدقيقة 80 أمس.",
        "وحسمت ضربات الترجيح اللقاء لصالح الفريق الضيف أمس.",
        "وأصيب عشرة حجاج بضربات شمس أمس في منى.",
    ] {
        let doc = analyse(text, "2019-06-10");
        assert_count(&doc, EventType::Assault, 0);
    }
    // A place named after the sun is only a place.
    let doc = analyse(
        "وقتل ثلاثة أشخاص في هجوم مسلح على مقهى في حي عين شمس بالقاهرة أمس.",
        "2019-06-10",
    );
    assert_count(&doc, EventType::Assault, 1);
}

#[test]
fn an_accusative_nisba_with_its_adjective_is_the_object() {
    // `قياديا` alone could be an adverb (`سياسيا`); with `بارزا` after it, it is a leader.
    let doc = analyse(
        "وقال الجيش أمس إن غارة جوية أمريكية قتلت قياديا بارزا في التنظيم.",
        "2019-06-10",
    );
    let attack = only(&doc, EventType::Assault);
    let targets = names(&doc, &attack.targets);
    assert!(
        targets.contains("قياديا") && !targets.contains("غارة"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_verb_s_pronoun_resumes_the_topic_before_it_and_its_subject_follows() {
    let doc = analyse(
        "وأوضح أن معظم هذه المستشفيات استهدفتها مباشرة الميليشيات المسلحة.",
        "2019-06-10",
    );
    let attack = only(&doc, EventType::Assault);
    assert!(
        names(&doc, &attack.actors).contains("الميليشيات")
            && names(&doc, &attack.targets).contains("المستشفيات"),
        "{}",
        describe(&doc)
    );
    // The pronoun is the object: the subjects joined after the verb are no targets.
    let doc = analyse(
        "وقال إن الحكومة لن تقف مكتوفة الأيدي بينما يستهدفها المسلحون والمتمردون.",
        "2019-06-10",
    );
    for e in events_of(&doc, EventType::Assault) {
        assert!(
            !names(&doc, &e.targets).contains("المتمردون"),
            "{}",
            describe(&doc)
        );
    }
}

#[test]
fn an_accusation_s_charge_is_no_party_and_its_construct_is_the_accused() {
    let doc = analyse(
        "وأثار اتهام الوزير خالد العمري بالفساد أمس جدلا واسعا.",
        "2019-06-10",
    );
    let accusation = only(&doc, EventType::Accuse);
    assert!(
        names(&doc, &accusation.targets).contains("العمري"),
        "{}",
        describe(&doc)
    );
    assert_actors_lack(&doc, EventType::Accuse, "العمري");
    // With `ل` after it the construct accuses, and the charge is still no party.
    let doc = analyse(
        "وجاء ذلك بعد اتهام واشنطن لموسكو بالتدخل في الانتخابات أمس.",
        "2019-06-10",
    );
    let accusation = only(&doc, EventType::Accuse);
    let targets = names(&doc, &accusation.targets);
    assert!(
        names(&doc, &accusation.actors).contains("واشنطن")
            && targets.contains("موسكو")
            && !targets.contains("التدخل"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn dawn_and_a_name_that_begins_with_it_bomb_nothing() {
    for text in [
        "وقال إن القوات اقتحمت الجامعة فجر (الأحد) بعد معارك عنيفة.",
        "واندلعت أمس اشتباكات بين مليشيات فجر ليبيا وقوات الجيش قرب المدينة.",
    ] {
        let doc = analyse(text, "2019-06-10");
        assert!(
            doc.events
                .iter()
                .all(|e| e.trigger.slice(&doc.text) != "فجر"),
            "{}",
            describe(&doc)
        );
    }
    let doc = analyse("وفجر مسلحون عبوة ناسفة في بغداد أمس.", "2019-06-10");
    assert_count(&doc, EventType::Assault, 1);
}

#[test]
fn a_plural_counted_after_a_defined_subject_is_the_object_and_being_is_no_actor() {
    let doc = analyse(
        "وصباح أمس، قتلت الشرطة مسلحين اثنين خلال الاشتباكات.",
        "2019-06-10",
    );
    let attack = only(&doc, EventType::Assault);
    assert!(
        names(&doc, &attack.actors).contains("الشرطة")
            && names(&doc, &attack.targets).contains("مسلحين"),
        "{}",
        describe(&doc)
    );
    let doc = analyse(
        "وطالب المتظاهرون باعتقال الرجل كونه قتل ضابطا أمس.",
        "2019-06-10",
    );
    assert_actors_lack(&doc, EventType::Assault, "كونه");
    // A verb in the past plural ends the phrase before it.
    let doc = analyse(
        "ويشتبه بأن الموقوفين الثلاثة وبينهم جندي سابق خططوا لشن هجوم على قاعدة عسكرية أمس.",
        "2019-06-10",
    );
    assert_actors_lack(&doc, EventType::Assault, "خططوا");
}

#[test]
fn a_show_that_will_captivate_minds_abducts_nobody() {
    let doc = analyse(
        "ووعد أطفاله أن يصحبهم إلى معرض علمي سيخطف ألبابهم يوم الجمعة المقبل.",
        "2019-06-10",
    );
    assert_count(&doc, EventType::Assault, 0);
}

#[test]
fn one_received_after_a_time_is_a_guest_and_congratulations_name_their_occasion_after_bi() {
    let doc = analyse(
        "واستقبل الأمير أمس الشيخ سالم الحربي الذي قدم للسلام عليه وتهنئته بعيد الفطر المبارك.",
        "2019-06-10",
    );
    let meeting = only(&doc, EventType::Meet);
    assert!(
        names(&doc, &meeting.actors).contains("الحربي"),
        "{}",
        describe(&doc)
    );
    for e in events_of(&doc, EventType::Praise) {
        assert!(
            !names(&doc, &e.targets).contains("عيد"),
            "{}",
            describe(&doc)
        );
    }
    let doc = analyse(
        "وبعث الملك أمس برقية تهنئة للرئيس الفرنسي بمناسبة ذكرى اليوم الوطني لبلاده.",
        "2019-06-10",
    );
    let praise = only(&doc, EventType::Praise);
    assert!(
        names(&doc, &praise.targets).contains("رئيس الفرنسي"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_cable_of_congratulation_is_its_sender_s_and_shots_sent_in_the_air_are_no_attack() {
    let doc = analyse(
        "وبعث رئيس الدولة الشيخ خالد بن سالم آل حمد أمس برقية تهنئة للرئيس الإيطالي بمناسبة العيد الوطني لبلاده.",
        "2019-06-10",
    );
    let praise = only(&doc, EventType::Praise);
    assert!(
        names(&doc, &praise.actors).contains("خالد")
            && names(&doc, &praise.targets).contains("الإيطالي"),
        "{}",
        describe(&doc)
    );
    let doc = analyse(
        "ولما اقتربت القافلة من المدينة أرسلنا طلقات النار في الهواء ابتهاجا بالوصول.",
        "2019-06-10",
    );
    assert_count(&doc, EventType::Assault, 0);
}

#[test]
fn a_share_and_dawn_with_its_tanween_hit_nobody_and_two_bombers_still_do() {
    for text in [
        "وتوقع المسؤول أن يصل نصيب المنطقة منها 2500 طائرة جديدة بحلول عام 2020.",
        "واعتقلت قوات الاحتلال فجراً شاباً فلسطينياً من منطقة باب العامود.",
    ] {
        let doc = analyse(text, "2019-06-10");
        assert_count(&doc, EventType::Assault, 0);
    }
    // Without tanween the dual verb is the same letters.
    let doc = analyse(
        "وأفاد المراسل بأن انتحاريين اثنين دخلا المركز الثقافي وفجرا نفسيهما أمس.",
        "2019-06-10",
    );
    assert!(
        events_of(&doc, EventType::Assault)
            .iter()
            .any(|e| e.trigger.slice(&doc.text) == "وفجرا"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_verbal_noun_with_its_object_after_lam_was_done_by_its_construct() {
    let doc = analyse("وأدان البيان قصف قوات النظام لمدينة حلب أمس.", "2019-06-10");
    let attack = only(&doc, EventType::Assault);
    assert!(
        names(&doc, &attack.actors).contains("قوات النظام")
            && names(&doc, &attack.targets).contains("حلب"),
        "{}",
        describe(&doc)
    );
    let doc = analyse(
        "وأدانت الوزارة اقتحام المستوطنين للمسجد الأقصى في القدس أمس.",
        "2019-06-10",
    );
    let attack = only(&doc, EventType::Assault);
    assert!(
        names(&doc, &attack.actors).contains("المستوطنين")
            && names(&doc, &attack.targets).contains("الأقصى"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_construct_with_a_definite_noun_names_the_party_and_a_threatened_deed_is_no_attack() {
    let doc = analyse(
        "وأحبطت الشرطة أمس محاولة لاغتيال وزير الداخلية الأسبق سالم عبد الله الراشد في العاصمة.",
        "2019-06-10",
    );
    let attack = only(&doc, EventType::Assault);
    assert!(
        names(&doc, &attack.targets).contains("الراشد"),
        "{}",
        describe(&doc)
    );
    let doc = analyse(
        "وتأتي زيارة وزير الخارجية الياباني إلى القاهرة أمس في إطار جولة إقليمية.",
        "2019-06-10",
    );
    let visit = only(&doc, EventType::Meet);
    assert!(
        names(&doc, &visit.actors).contains("وزير الخارجية"),
        "{}",
        describe(&doc)
    );
    let doc = analyse("تم تفجير مقر الحزب في المدينة أمس.", "2019-06-10");
    let attack = only(&doc, EventType::Assault);
    assert!(
        attack.actors.is_empty() && names(&doc, &attack.targets).contains("مقر الحزب"),
        "{}",
        describe(&doc)
    );
    let doc = analyse(
        "وهدد وزير الدفاع الإسرائيلي، موشيه يعلون، أمس باغتيال قادة الحركة.",
        "2019-06-10",
    );
    assert_count(&doc, EventType::Assault, 0);
    assert_count(&doc, EventType::Threaten, 1);
}

#[test]
fn qad_opens_the_clause_of_the_verb_after_it() {
    let doc = analyse(
        "وقد اعتقلت قوات الاحتلال ثلاثة شبان في قرية بيدو أمس.",
        "2019-06-10",
    );
    let arrest = only(&doc, EventType::Arrest);
    assert!(
        names(&doc, &arrest.actors).contains("قوات الاحتلال")
            && names(&doc, &arrest.targets).contains("شبان"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn an_attack_in_words_is_criticism_and_a_regime_shells() {
    for text in [
        "وشن النائب علي الصالح أمس هجوما لاذعا على وزير المالية بسبب تصريحاته عن الرواتب.",
        "هاجم الكاتب سامي الفهد الحكومة الإيرانية أمس واصفا إياها بالعدوانية.",
    ] {
        let doc = analyse(text, "2019-06-10");
        assert_count(&doc, EventType::Assault, 0);
        let blame = only(&doc, EventType::Accuse);
        assert!(!blame.targets.is_empty(), "{}", describe(&doc));
    }
    let doc = analyse(
        "وهاجم مسلحون حاجزا للجيش في مدينة العريش أمس.",
        "2019-06-10",
    );
    assert_count(&doc, EventType::Assault, 1);
    let doc = analyse(
        "وشاهد العالم صور ضحايا قصف نظام بشار في مدينة دوما أمس.",
        "2019-06-10",
    );
    let attack = only(&doc, EventType::Assault);
    assert!(
        names(&doc, &attack.actors).contains("نظام بشار"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_clash_is_fought_between_two_sides_and_growing_old_stabs_nobody() {
    let doc = analyse(
        "واندلعت أمس اشتباكات عنيفة بين قوات الأمن ومسلحي القبائل في مدينة مأرب.",
        "2019-06-10",
    );
    let clash = only(&doc, EventType::Assault);
    assert!(
        names(&doc, &clash.actors).contains("قوات الأمن")
            && names(&doc, &clash.targets).contains("القبائل"),
        "{}",
        describe(&doc)
    );
    let doc = analyse(
        "وظلت الأم تراقب ابنتها تطعن في السن عاما بعد عام.",
        "2019-06-10",
    );
    assert_count(&doc, EventType::Assault, 0);
}

#[test]
fn after_kana_the_noun_before_a_verb_with_its_pronoun_is_the_subject() {
    let doc = analyse(
        "وكانت الجماعة تحتجزهم رهائن منذ شهرين في مدينة درنة.",
        "2019-06-10",
    );
    let arrest = only(&doc, EventType::Arrest);
    assert!(
        names(&doc, &arrest.actors).contains("الجماعة"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn consecutively_is_nobody_protested_against() {
    let doc = analyse(
        "ويواصل 50 معتقلا إضرابهم عن الطعام لليوم الخامس على التوالي في سجن عوفر.",
        "2019-06-10",
    );
    let strike = only(&doc, EventType::Protest);
    assert!(
        !names(&doc, &strike.targets).contains("التوالي"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_sound_plural_in_the_nominative_after_the_verb_is_its_subject() {
    let doc = analyse(
        "ويرى مسؤولون عسكريون أن مصراتة تكرار لما حدث في بنغازي إذ يغتال مسلحون ضباط الجيش.",
        "2019-06-10",
    );
    let attack = only(&doc, EventType::Assault);
    assert!(
        names(&doc, &attack.actors).contains("مسلحون")
            && names(&doc, &attack.targets).contains("ضباط"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_word_that_is_surely_a_verb_has_a_subject_and_supports_its_object() {
    let doc = analyse(
        "وقال مصدر إن ثلاثة من الاتحادات القارية ستدعم المرشح سامي الحربي في الانتخابات المقبلة.",
        "2019-06-10",
    );
    let support = only(&doc, EventType::Aid);
    assert!(
        names(&doc, &support.actors).contains("الاتحادات")
            && names(&doc, &support.targets).contains("الحربي"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn a_relative_adjective_with_the_accusative_alef_tells_how_not_who() {
    // The segmenter leaves `جنسيا` whole; `روسيا`, a name, stays a subject.
    let doc = analyse(
        "وأفادت الشرطة بأن الموقوف كان قد اعتدى، فقد اعتدى جنسيا على طفلة في الحي.",
        "2019-06-10",
    );
    assert_actors_lack(&doc, EventType::Assault, "جنسيا");
    let doc = analyse(
        "وفي الشمال قصفت روسيا مواقع للمعارضة قرب مدينة إدلب.",
        "2019-06-10",
    );
    let strike = only(&doc, EventType::Assault);
    assert!(
        names(&doc, &strike.actors).contains("روسيا"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn the_one_charged_right_before_the_charge_is_the_accused() {
    // `اتهمت النقابات بعرقلة`: one word before the charge behind `ب` is who is accused; the
    // accuser is the subject shared with the verb before.
    let doc = analyse(
        "وأوقفت الإدارة العمل في المصنع أمس واتهمت النقابات بعرقلة الإنتاج في مدينة الدمام.",
        "2019-06-10",
    );
    let blame = only(&doc, EventType::Accuse);
    assert!(
        names(&doc, &blame.targets).contains("النقابات")
            && !names(&doc, &blame.actors).contains("النقابات"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn and_he_accused_is_read_as_the_verb() {
    // `واتهم` is `و+اتهم` as `اتهم` alone is whole: its last letters are no pronoun.
    let doc = analyse(
        "وتحدث رئيس الوزراء عن الأزمة أمس واتهم المعارضة بعرقلة الحوار الوطني في البلاد.",
        "2019-06-10",
    );
    let blame = only(&doc, EventType::Accuse);
    assert_eq!(&doc.text[blame.trigger.start..blame.trigger.end], "واتهم");
    assert!(
        names(&doc, &blame.targets).contains("المعارضة"),
        "{}",
        describe(&doc)
    );
}

#[test]
fn who_reaches_an_agreement_is_its_party() {
    // `توصل ... إلى اتفاق`: the subject of the verb of reaching agreed, with whom `مع` names.
    let doc = analyse(
        "وقال المتحدث إن الحكومة السودانية توصلت إلى اتفاق مع المتمردين أمس.",
        "2019-06-10",
    );
    let deal = only(&doc, EventType::Agree);
    let parties = names(&doc, &deal.actors);
    assert!(
        parties.contains("الحكومة السودانية") && parties.contains("المتمردين"),
        "{}",
        describe(&doc)
    );
    let doc = analyse(
        "وتوصل الطرفان إلى اتفاق على وقف إطلاق النار في المدينة أمس.",
        "2019-06-10",
    );
    assert!(names(&doc, &only(&doc, EventType::Agree).actors).contains("الطرفان"));
    // The verbal noun with a preposition (`بالتوصل`) has no subject: the one who hopes for the
    // agreement is no party to it.
    let doc = analyse(
        "وأبدى الوزير تفاؤله بالتوصل إلى اتفاق مع النقابات في الأسبوع المقبل.",
        "2019-06-10",
    );
    for e in events_of(&doc, EventType::Agree) {
        assert!(
            !names(&doc, &e.actors).contains("الوزير"),
            "{}",
            describe(&doc)
        );
    }
}

#[test]
fn the_accuser_phrase_stops_where_the_accused_begins() {
    // Two defined nouns that do not agree (`الحزب الحكومة`, `الحاكم المعارضة`) are two parties:
    // the accuser, then the accused right before the charge.
    for (text, accuser, accused) in [
        (
            "واتهم الحزب الحكومة أمس بتزوير نتائج الانتخابات البلدية.",
            "الحزب",
            "الحكومة",
        ),
        (
            "واتهم الحزب الحاكم المعارضة أمس بالتحريض على العنف.",
            "الحزب الحاكم",
            "المعارضة",
        ),
    ] {
        let doc = analyse(text, "2019-06-10");
        let blame = only(&doc, EventType::Accuse);
        let actors = names(&doc, &blame.actors);
        assert!(
            actors.starts_with(&format!("{accuser} /")),
            "{}",
            describe(&doc)
        );
        assert!(!actors.contains(accused), "{}", describe(&doc));
        assert!(
            names(&doc, &blame.targets).contains(accused),
            "{}",
            describe(&doc)
        );
    }
}
