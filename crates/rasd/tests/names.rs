//! Names keep their letters: where the tagger reads a name from a word's first letter, the word
//! has no proclitic, whatever the segmenter guessed from word statistics.

use rasd::{Engine, Metadata};

fn segments_of(doc: &rasd::Document, word: &str) -> Vec<String> {
    let token = doc
        .tokens
        .iter()
        .find(|t| t.text(&doc.text) == word)
        .unwrap_or_else(|| panic!("no token {word}"));
    token
        .segments
        .iter()
        .map(|s| s.span.slice(&doc.text).to_owned())
        .collect()
}

#[test]
fn names_in_the_seed_article_are_whole() {
    let engine = Engine::builder().build().unwrap();
    let doc = engine.analyze(&rasd_testdata::seed_article(), Metadata::default());
    assert_eq!(segments_of(&doc, "بلينكين"), ["بلينكين"]);
    assert_eq!(segments_of(&doc, "بغداد"), ["بغداد"]);
    // A real clitic before a name stays: the tagger's name starts after it.
    assert_eq!(segments_of(&doc, "للعراق"), ["ل", "ل", "عراق"]);
}

#[test]
fn names_that_begin_like_clitics_are_whole() {
    let engine = Engine::builder().build().unwrap();
    let text = "والتقى وزير الخارجية الروسي سيرغي لافروف نظيره في جنيف، كما التقت رئيسة مجلس النواب نانسي بيلوسي الرئيس فولوديمير زيلينسكي.";
    let doc = engine.analyze(text, Metadata::default());
    for name in ["لافروف", "بيلوسي", "فولوديمير"] {
        assert_eq!(segments_of(&doc, name), [name]);
    }
}

/// The entity names of an analysed text.
fn entity_names(doc: &rasd::Document) -> Vec<String> {
    doc.entities.iter().map(|e| e.name.clone()).collect()
}

#[test]
fn a_name_after_a_preposition_or_a_place_noun_keeps_its_first_letter() {
    let engine = Engine::builder().build().unwrap();
    // `ك` and `ل` look like prepositions, but none can follow `في` or a construct noun.
    let text = "وصل الموفد الأممي إلى العاصمة كابل مساء الأحد، وعقد اجتماعات في كابل مع مسؤولين من ولاية لوغار، ثم زار لوغار صباح الاثنين.";
    let doc = engine.analyze(text, Metadata::default());
    let names = entity_names(&doc);
    assert!(names.iter().any(|n| n == "كابل"), "{names:?}");
    assert!(names.iter().any(|n| n == "لوغار"), "{names:?}");
    assert!(
        !names.iter().any(|n| n == "ابل" || n == "وغار"),
        "{names:?}"
    );
}

#[test]
fn a_real_preposition_before_a_name_stays_cut() {
    let engine = Engine::builder().build().unwrap();
    let text = "قال الوزير إن بلاده قدمت مساعدات للعراق، وإن وفدا سيتوجه بعد أيام إلى العراق.";
    let doc = engine.analyze(text, Metadata::default());
    let names = entity_names(&doc);
    assert!(names.iter().any(|n| n == "العراق"), "{names:?}");
    assert!(!names.iter().any(|n| n.starts_with("لل")), "{names:?}");
}

#[test]
fn a_persons_name_keeps_a_letter_commoner_words_would_cut() {
    let engine = Engine::builder().build().unwrap();
    // `مال` is a commoner word than `كمال`, but a name after `و` is no comparison with `ك`;
    // `لمحمد` is still `ل` + `محمد`.
    let text = "وأكد بلال الحربي وكمال الدوسري أن المشروع مستمر. وقدم الوزير الشكر لمحمد العتيبي على جهوده.";
    let doc = engine.analyze(text, Metadata::default());
    let names = entity_names(&doc);
    assert!(names.iter().any(|n| n == "كمال الدوسري"), "{names:?}");
    assert!(names.iter().any(|n| n == "محمد العتيبي"), "{names:?}");
    assert!(!names.iter().any(|n| n.starts_with("مال ")), "{names:?}");
}

#[test]
fn a_defined_noun_heads_the_name_its_adjective_completes() {
    let engine = Engine::builder().build().unwrap();
    let text = "وأدى آلاف المصلين صلاة الجمعة في المسجد الحرام وسط إجراءات تنظيمية مشددة.";
    let doc = engine.analyze(text, Metadata::default());
    let names = entity_names(&doc);
    assert!(!names.iter().any(|n| n == "الحرام"), "{names:?}");
    assert!(names.iter().any(|n| n == "المسجد الحرام"), "{names:?}");
}

/// Each entity: canonical name, aliases and role texts.
fn people(doc: &rasd::Document) -> Vec<(String, Vec<String>, Vec<String>)> {
    doc.entities
        .iter()
        .filter(|e| e.kind == rasd::annotations::EntityType::Per)
        .map(|e| {
            let roles = e.roles.iter().map(|r| r.text.clone()).collect();
            (e.name.clone(), e.aliases.clone(), roles)
        })
        .collect()
}

#[test]
fn what_follows_a_known_name_is_not_part_of_it() {
    let engine = Engine::builder().build().unwrap();
    let text = "استقبل الوزير خالد محمد العتيبي وفدا من رجال الأعمال. ويذكر أن خالد العتيبي ولد في مدينة جدة عام 1970.";
    let doc = engine.analyze(text, Metadata::default());
    let found = people(&doc);
    // Born (`ولد`) is the sentence going on; the name with and without the father's name is
    // one person.
    assert!(
        !found.iter().any(|(n, _, _)| n.contains("ولد")),
        "{found:?}"
    );
    let [(name, aliases, _)] = &found[..] else {
        panic!("{found:?}")
    };
    assert_eq!(name, "خالد محمد العتيبي");
    assert!(aliases.iter().any(|a| a == "خالد العتيبي"), "{found:?}");
}

#[test]
fn a_title_after_a_name_is_a_role_not_a_name() {
    let engine = Engine::builder().build().unwrap();
    let text = "وأكد الأمير محمد بن سلمان بن عبد العزيز ولي العهد السعودي أن المملكة ماضية في خططها، \
                وقال سامح شكري وزير الخارجية المصري إن اللقاء تناول الأوضاع في ليبيا.";
    let doc = engine.analyze(text, Metadata::default());
    let found = people(&doc);
    assert!(
        !found.iter().any(|(n, _, _)| n.contains("ولي")),
        "{found:?}"
    );
    let shoukry = found
        .iter()
        .find(|(n, _, _)| n == "سامح شكري")
        .unwrap_or_else(|| panic!("{found:?}"));
    assert!(
        shoukry.2.iter().any(|r| r == "وزير الخارجية المصري"),
        "{found:?}"
    );
}

#[test]
fn a_title_before_the_next_name_is_not_a_role_of_the_first() {
    let engine = Engine::builder().build().unwrap();
    let text = "التقى الرئيس الفرنسي إيمانويل ماكرون رئيس الوزراء الإيطالي ماريو دراغي في روما.";
    let doc = engine.analyze(text, Metadata::default());
    let found = people(&doc);
    let macron = found
        .iter()
        .find(|(n, _, _)| n.ends_with("ماكرون"))
        .unwrap_or_else(|| panic!("{found:?}"));
    assert!(!macron.2.iter().any(|r| r.contains("الوزراء")), "{found:?}");
}

#[test]
fn last_names_join_the_full_name_and_titles_are_not_names() {
    let engine = Engine::builder().build().unwrap();
    let text = "وصل رئيس الوزراء التركي أحمد داود أوغلو إلى أنقرة، وقال داود أوغلو إن حكومته ستواصل الإصلاحات. وأكد اللواء التركي أن الوضع مستقر.";
    let doc = engine.analyze(text, Metadata::default());
    let found = people(&doc);
    let [(name, aliases, _)] = &found[..] else {
        panic!("{found:?}")
    };
    assert_eq!(name, "أحمد داود أوغلو");
    assert!(aliases.iter().any(|a| a == "داود أوغلو"), "{found:?}");
}

// Built once for the tests below; a test binary may panic when the models do not load.
#[allow(clippy::unwrap_used)]
static ENGINE: std::sync::LazyLock<Engine> =
    std::sync::LazyLock::new(|| Engine::builder().build().unwrap());

/// The people of an analysed text: canonical name, aliases and role texts.
fn people_in(text: &str) -> Vec<(String, Vec<String>, Vec<String>)> {
    people(&ENGINE.analyze(text, Metadata::default()))
}

/// The person whose canonical name is `name`.
fn person<'a>(
    found: &'a [(String, Vec<String>, Vec<String>)],
    name: &str,
) -> &'a (String, Vec<String>, Vec<String>) {
    found
        .iter()
        .find(|(n, _, _)| n == name)
        .unwrap_or_else(|| panic!("no {name} in {found:?}"))
}

#[test]
fn a_first_letter_read_as_a_conjunction_is_the_names_own() {
    // `فيصل` and `فهد` begin like ف + a word; after a title no conjunction can stand.
    let found = people_in(
        "استقبل الأمير فهد بن سلطان الوفد في تبوك، ثم التقى الأمير فيصل بن مشعل رجال الأعمال \
         في بريدة.",
    );
    person(&found, "فهد بن سلطان");
    person(&found, "فيصل بن مشعل");
    // A real conjunction before the same name stays outside it, and the title before the
    // conjunction belongs to the name before it.
    let found = people_in(
        "رحب الأمير فيصل بن مشعل بالضيوف، وشكر الأمير سلطان بن سلمان وفيصل بن خالد على دعمهما.",
    );
    let (_, _, roles) = person(&found, "فيصل بن خالد");
    assert!(roles.is_empty(), "{found:?}");
}

#[test]
fn a_first_name_alone_is_the_one_person_who_has_it() {
    let found = people_in(
        "أكد المدرب ماجد العنزي جاهزية الفريق، وقال ماجد إن اللاعبين في حالة جيدة. وأعلن \
         عبدالرحمن بن ناصر بن فهد تبرعه للجمعية، وأوضح عبدالرحمن بن ناصر أن التبرع للأيتام.",
    );
    let (_, aliases, _) = person(&found, "ماجد العنزي");
    assert_eq!(aliases, &["ماجد"]);
    let (_, aliases, _) = person(&found, "عبدالرحمن بن ناصر بن فهد");
    assert_eq!(aliases, &["عبدالرحمن بن ناصر"]);
    // Two people with the same first name: the first name alone is neither.
    let found =
        people_in("أكد سلطان العتيبي وسلطان القحطاني جاهزية الفريق، وقال سلطان إن المباراة صعبة.");
    assert!(
        found.iter().all(|(_, aliases, _)| aliases.is_empty()),
        "{found:?}"
    );
}

#[test]
fn a_family_name_read_as_a_preposition_and_a_word_follows_its_first_name() {
    // `كاميرون` and `بولتون` look like ك or ب + a word to the clitic stripper.
    let found = people_in(
        "التقى رئيس الوزراء البريطاني ديفيد كاميرون نظيره في لندن، وقال كاميرون إن المحادثات \
         مثمرة. واستقبل مستشار الأمن القومي جون بولتون الوفد، وأكد بولتون أن العقوبات مستمرة.",
    );
    let (_, aliases, roles) = person(&found, "ديفيد كاميرون");
    assert_eq!(aliases, &["كاميرون"]);
    assert_eq!(roles, &["رئيس الوزراء البريطاني"]);
    let (_, aliases, _) = person(&found, "جون بولتون");
    assert_eq!(aliases, &["بولتون"]);
}

#[test]
fn a_name_after_a_title_is_a_person() {
    // The tagger leaves both names out; the title announces a person.
    let found = people_in("وأحيا الأمسية الشاعر فهد المطيري بحضور جمهور كبير.");
    let (_, _, roles) = person(&found, "فهد المطيري");
    assert_eq!(roles, &["الشاعر"]);
}

#[test]
fn roles_in_construct_end_where_the_phrase_ends() {
    // An indefinite noun continues a title up to the defined word that completes it.
    let found =
        people_in("قال كارلوس مينديز رئيس قطاع الطاقة المتجددة في الشركة إن الأرباح ارتفعت.");
    let (_, _, roles) = person(&found, "كارلوس مينديز");
    assert_eq!(roles, &["رئيس قطاع الطاقة المتجددة"]);
    // A preposition ends the role; so does a second title after a completed one.
    let found = people_in(
        "أكد خالد الحربي سفير المملكة لدى اليابان أن العلاقات متينة، وقال خالد الشمري مدير عام \
         الجمارك رئيس اللجنة الفنية إن الإجراءات اكتملت.",
    );
    let (_, _, roles) = person(&found, "خالد الحربي");
    assert_eq!(roles, &["سفير المملكة"]);
    let (_, _, roles) = person(&found, "خالد الشمري");
    assert_eq!(roles, &["مدير عام الجمارك"]);
    // One word completing an indefinite title before the name is part of the role.
    let found = people_in("التقى أمير حائل سعود بن عبدالمحسن رجال الأعمال.");
    let (_, _, roles) = person(&found, "سعود بن عبدالمحسن");
    assert_eq!(roles, &["أمير حائل"]);
}

#[test]
fn a_blessing_after_a_name_is_not_part_of_it() {
    let found = people_in("ويستشهد الكاتب بقول عمر بن الخطاب رضي الله عنه في الحكم.");
    person(&found, "عمر بن الخطاب");
}

#[test]
fn a_name_after_a_role_that_a_title_opens_is_a_person() {
    // The role runs on in construct and prepositional phrases; the indefinite word after its
    // last phrase begins the name in apposition.
    let found = people_in(
        "وأشارت مديرة مركز الأسرة بالمحافظة وداد العتيبي إلى أن البرنامج يستهدف الأمهات، \
         وأكدت رئيسة القسم النسائي بالجمعية جواهر المطرفي أن المعرض يستمر أسبوعا.",
    );
    let (_, _, roles) = person(&found, "وداد العتيبي");
    assert!(!roles.is_empty(), "{found:?}");
    person(&found, "جواهر المطرفي");
    // A common word after the role is no name.
    let found = people_in(
        "وقال المتحدث باسم الشرطة الاتحادية الأحد إن الطريق مغلق، وقال قائد شرطة المحافظة \
         كذلك إن الحركة عادت.",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn roles_of_spokespeople_women_and_professions_are_read() {
    // A prepositional phrase may open with an indefinite noun in construct (`باسم`, `لشؤون`);
    // feminine titles and professions open roles as the masculine titles do.
    let found = people_in(
        "وقال المتحدث باسم وزارة النقل طارق الحسيني إن الطريق سيفتح غدا، وأكدت المتحدثة باسم \
         البلدية ريم الخطيب أن العمل مستمر. والتقى المبعوث الخاص لشؤون القرن الأفريقي مارك \
         هولبروك وفدا من الصومال، فيما قال المحلل الاقتصادي خالد الزعبي إن الأسعار سترتفع.",
    );
    let (_, _, roles) = person(&found, "طارق الحسيني");
    assert_eq!(roles, &["المتحدث باسم وزارة النقل"]);
    let (_, _, roles) = person(&found, "ريم الخطيب");
    assert_eq!(roles, &["المتحدثة باسم البلدية"]);
    let (_, _, roles) = person(&found, "مارك هولبروك");
    assert_eq!(roles, &["المبعوث الخاص لشؤون القرن الأفريقي"]);
    let (_, _, roles) = person(&found, "خالد الزعبي");
    assert_eq!(roles, &["المحلل الاقتصادي"]);
    // A noun used as a preposition after `ب` starts a new phrase: the player is beside the
    // Pole, not a player "beside the Pole".
    let found = people_in("ويلعب اللاعب بجانب البولندي ماريك نوفاك في خط الوسط.");
    if let Some((_, _, roles)) = found.iter().find(|(n, _, _)| n == "ماريك نوفاك") {
        assert!(roles.iter().all(|r| !r.contains("بجانب")), "{found:?}");
    }
}

#[test]
fn names_run_on_across_words_of_lineage() {
    // Given names that are also common words (`مساعد`, `ناصر`, `الملك`) follow `بن` and `عبد`.
    let text = "استقبل الأمير سعد بن مساعد بن عبدالعزيز أمير المنطقة وفدا من رجال الأعمال، \
                بحضور المهندس عبد الملك بن ناصر آل حمدان، مدير عام فرع الوزارة.";
    let names: Vec<String> = people_in(text).into_iter().map(|(n, _, _)| n).collect();
    assert!(
        names.iter().any(|n| n == "سعد بن مساعد بن عبدالعزيز"),
        "{names:?}"
    );
    assert!(
        names.iter().any(|n| n == "عبد الملك بن ناصر آل حمدان"),
        "{names:?}"
    );
}

#[test]
fn a_father_named_inside_his_sons_name_is_another_person() {
    let text = "الأمير فيصل بن ثامر يقيم حفل معايدة\n\
                أقام صاحب السمو الملكي الأمير فيصل بن ثامر بن عبدالعزيز مساء الأحد الماضي حفل \
                معايدة في قصره بالرياض، حضره صاحب السمو الملكي الأمير ثامر بن فيصل بن ثامر بن \
                عبدالعزيز وعدد من الأمراء.";
    let found = people_in(text);
    let father = person(&found, "فيصل بن ثامر بن عبدالعزيز");
    assert_eq!(father.1, ["فيصل بن ثامر"]);
    let son = person(&found, "ثامر بن فيصل بن ثامر بن عبدالعزيز");
    assert!(son.1.is_empty(), "{son:?}");
}

#[test]
fn an_office_alone_is_not_a_person() {
    let text = "ولي ولي العهد يبحث مع وزير الدفاع الأمريكي التعاون العسكري\n\
                بحث صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب \
                الثاني لرئيس مجلس الوزراء وزير الدفاع، مع وزير الدفاع الأمريكي في جدة أمس، \
                التعاون العسكري بين البلدين.\n\
                وعبر سمو ولي العهد عن تقديره للجهود المبذولة.";
    let names: Vec<String> = people_in(text).into_iter().map(|(n, _, _)| n).collect();
    assert!(
        names.iter().any(|n| n == "محمد بن سلمان بن عبدالعزيز"),
        "{names:?}"
    );
    for office in [
        "ولي العهد",
        "ولي ولي العهد",
        "وزير الدفاع",
        "وزير الدفاع الأمريكي",
    ] {
        assert!(!names.iter().any(|n| n == office), "{names:?}");
    }
}

#[test]
fn a_role_after_a_name_keeps_its_own_prepositional_phrase() {
    let text = "وقال سعيد الحارثي المتحدث الرسمي باسم وزارة الصحة إن الحالات في تراجع. وأوضح \
                ماجد العتيبي نائب المدير العام لشؤون التعليم أن الدراسة تبدأ الأحد. وقال فهد \
                الدوسري المتحدث الرسمي للصحفيين إن التحقيق مستمر. وتمنى الأمير فيصل بن بندر \
                أمير منطقة الرياض بالشفاء العاجل للمصابين.";
    let found = people_in(text);
    let roles = |name: &str| person(&found, name).2.clone();
    assert!(
        roles("سعيد الحارثي").contains(&"المتحدث الرسمي باسم وزارة الصحة".to_owned()),
        "{found:?}"
    );
    assert!(
        roles("ماجد العتيبي").contains(&"نائب المدير العام لشؤون التعليم".to_owned()),
        "{found:?}"
    );
    // The one spoken to, and what a role closed by a place is followed by, are not the role's.
    assert_eq!(roles("فهد الدوسري"), ["المتحدث الرسمي"], "{found:?}");
    assert!(
        roles("فيصل بن بندر").contains(&"أمير منطقة الرياض".to_owned()),
        "{found:?}"
    );
}

#[test]
fn a_formula_of_blessing_is_no_part_of_a_name() {
    let engine = Engine::builder().build().unwrap();
    let text = "وقال الشيخ عبدالله رحمه الله إن العلم نور. وروى أبو هريرة رضي الله عنه الحديث.";
    let doc = engine.analyze(text, Metadata::default());
    let mentions: Vec<&str> = doc
        .mentions
        .iter()
        .map(|m| m.span.slice(&doc.text))
        .collect();
    assert!(mentions.contains(&"عبدالله"), "{mentions:?}");
    for m in &mentions {
        assert!(
            !m.contains("رحمه") && !m.contains("رضي") && !m.starts_with("الله"),
            "{mentions:?}"
        );
    }
}

#[test]
fn the_given_name_ali_begins_the_name_where_the_preposition_is_written_apart() {
    let engine = Engine::builder().build().unwrap();
    // `علي` and `على` differ in their last letter only; an article that writes `على` with its
    // `ى` writes the name `علي` with `ي`.
    let text = "وكان علي محمد مجور قد وصل إلى عدن، حيث شدد على ضرورة الحوار.";
    let doc = engine.analyze(text, Metadata::default());
    let names = entity_names(&doc);
    assert!(names.iter().any(|n| n == "علي محمد مجور"), "{names:?}");
    // A `علي` before no name is left as it is.
    let text = "وأكد المسؤول على أهمية الحوار، وقال إن الاتفاق علي وشك الانهيار.";
    let doc = engine.analyze(text, Metadata::default());
    let names = entity_names(&doc);
    assert!(!names.iter().any(|n| n.starts_with("علي")), "{names:?}");
}

#[test]
fn a_future_verb_or_a_described_title_is_no_part_of_a_name() {
    let engine = Engine::builder().build().unwrap();
    let text = "وسيحظى ميلان بفرصة التأهل إذا فاز على روما، بينما فاز فريق المدرب الألماني على ضيفه.";
    let doc = engine.analyze(text, Metadata::default());
    let names = entity_names(&doc);
    assert!(names.iter().any(|n| n == "ميلان"), "{names:?}");
    assert!(
        !names
            .iter()
            .any(|n| n.contains("سيحظى") || n.contains("المدرب")),
        "{names:?}"
    );
}

#[test]
fn a_conjunction_before_al_is_no_part_of_the_family_name() {
    let engine = Engine::builder().build().unwrap();
    let text = "وحضر الحفل عدد من أبناء آل الشيخ وآل سعود وآل رشيد.";
    let doc = engine.analyze(text, Metadata::default());
    let spans: Vec<&str> = doc
        .mentions
        .iter()
        .map(|m| m.span.slice(&doc.text))
        .collect();
    assert!(!spans.is_empty(), "{spans:?}");
    assert!(!spans.iter().any(|s| s.starts_with('و')), "{spans:?}");
}

#[test]
fn the_rest_of_a_holiday_is_no_name() {
    let engine = Engine::builder().build().unwrap();
    let text = "وتبادل الموظفون التهاني بعيد الفطر السعيد في مقر الشركة بالرياض، حيث يحرص البنك على هذه اللقاءات.";
    let doc = engine.analyze(text, Metadata::default());
    let names = entity_names(&doc);
    assert!(!names.iter().any(|n| n.contains("الفطر")), "{names:?}");
}

#[test]
fn a_rank_is_a_title_outside_the_name() {
    let engine = Engine::builder().build().unwrap();
    let text = "نعت وزارة الداخلية العريف سالم مطلق سعيد الدوسري الذي استشهد أمس أثناء أداء واجبه.";
    let doc = engine.analyze(text, Metadata::default());
    let person = doc
        .entities
        .iter()
        .find(|e| e.name == "سالم مطلق سعيد الدوسري")
        .unwrap_or_else(|| panic!("{:?}", entity_names(&doc)));
    assert!(
        person.roles.iter().any(|r| r.text == "العريف"),
        "{:?}",
        person.roles
    );
}

#[test]
fn the_countryside_of_a_place_is_no_name_of_its_own() {
    // `ريف` introduces a place as `محافظة` and `ضاحية` do: it is never a place by itself.
    let engine = Engine::builder().build().unwrap();
    let text = "وقالت مصادر محلية إن قصفا استهدف قرى في ريف إدلب، فيما سقطت قذائف على بلدات في ريف حلب الشمالي.";
    let doc = engine.analyze(text, Metadata::default());
    let names = entity_names(&doc);
    assert!(!names.iter().any(|n| n == "ريف"), "{names:?}");
    for place in ["إدلب", "حلب"] {
        assert!(
            names.iter().any(|n| n.contains(place)),
            "{place} in {names:?}"
        );
    }
}

/// The text of each mention of an analysed text.
fn mention_texts(doc: &rasd::Document) -> Vec<&str> {
    doc.mentions
        .iter()
        .map(|m| m.span.slice(&doc.text))
        .collect()
}

#[test]
fn a_name_goes_on_past_a_word_that_never_ends_one() {
    // Annotated data sees `لوس` inside place names and never at their end: the place the
    // tagger reads after it is the rest of the same name.
    let engine = Engine::builder().build().unwrap();
    let text = "وافتتحت الشركة فرعا في لوس أنجليس من أجل توسيع أعمالها في الولايات الغربية.";
    let doc = engine.analyze(text, Metadata::default());
    let mentions = mention_texts(&doc);
    assert!(mentions.contains(&"لوس أنجليس"), "{mentions:?}");
    assert!(!mentions.contains(&"لوس"), "{mentions:?}");
}

#[test]
fn places_in_a_list_stay_apart() {
    // A place written with `و` begins an item of its own, whatever the word before it.
    let engine = Engine::builder().build().unwrap();
    let text = "وشهدت مدن مثل نيويورك وشيكاغو ولوس أنجليس احتجاجات واسعة.";
    let doc = engine.analyze(text, Metadata::default());
    let mentions = mention_texts(&doc);
    for place in ["نيويورك", "شيكاغو", "لوس أنجليس"] {
        assert!(mentions.contains(&place), "{place} in {mentions:?}");
    }
}

#[test]
fn a_mauritanian_name_goes_on_past_walad_and_the_title_of_the_fathers_name() {
    // `ولد` ("son of") never ends a name, and `الشيخ` after it begins the father's name
    // rather than a title: the whole name is one person, in the mention and in the entity.
    let engine = Engine::builder().build().unwrap();
    let text =
        "وقال المبعوث الأممي إسماعيل ولد الشيخ أحمد إن جولة المحادثات الجديدة ستبدأ الأسبوع المقبل.";
    let doc = engine.analyze(text, Metadata::default());
    let mentions = mention_texts(&doc);
    assert!(mentions.contains(&"إسماعيل ولد الشيخ أحمد"), "{mentions:?}");
    assert!(
        doc.entities
            .iter()
            .any(|e| e.name == "إسماعيل ولد الشيخ أحمد"),
        "{:?}",
        doc.entities.iter().map(|e| &e.name).collect::<Vec<_>>()
    );
}

#[test]
fn an_alliance_named_by_a_compass_word_and_its_place_is_one_organisation() {
    // `حلف` announces an organisation, whose name may open with a compass word; the compass
    // word alone, pointing at a place, makes no name.
    let engine = Engine::builder().build().unwrap();
    let text =
        "وقال المتحدث باسم حلف شمال الأطلسي إن الحلف سيرسل طائرات إلى قاعدة تقع شمال المدينة.";
    let doc = engine.analyze(text, Metadata::default());
    let org = doc
        .mentions
        .iter()
        .find(|m| m.span.slice(&doc.text) == "حلف شمال الأطلسي");
    assert!(
        org.is_some_and(|m| m.kind == rasd::annotations::EntityType::Org),
        "{:?}",
        mention_texts(&doc)
    );
    assert!(
        !mention_texts(&doc).iter().any(|t| t.contains("المدينة")),
        "{:?}",
        mention_texts(&doc)
    );
}

#[test]
fn a_title_before_a_name_set_off_by_commas_is_its_role_and_the_object_after_is_not() {
    let engine = Engine::builder().build().unwrap();
    let text = "ودعا وزير الصحة المغربي، خالد العلمي، رئيس منظمة الصحة العالمية إلى زيارة الرباط.";
    let doc = engine.analyze(text, Metadata::default());
    let found = people(&doc);
    let minister = found
        .iter()
        .find(|(n, _, _)| n.ends_with("العلمي"))
        .unwrap_or_else(|| panic!("{found:?}"));
    assert!(
        minister.2.iter().any(|r| r == "وزير الصحة المغربي"),
        "{found:?}"
    );
    assert!(!minister.2.iter().any(|r| r.contains("منظمة")), "{found:?}");
}

#[test]
fn ali_before_a_family_nisba_is_a_person_where_the_article_writes_ala_apart() {
    let engine = Engine::builder().build().unwrap();
    let text = "وسيطرت القوات على المدينة بعد معارك عنيفة. وقال المتحدث باسم القوات علي الشمراني إن المعارك انتهت.";
    let doc = engine.analyze(text, Metadata::default());
    let found = people(&doc);
    assert!(
        found.iter().any(|(n, _, _)| n == "علي الشمراني"),
        "{found:?}"
    );
}

#[test]
fn a_quoted_name_after_a_place_noun_is_a_place_not_a_publication() {
    let engine = Engine::builder().build().unwrap();
    let text = "وقع الانفجار في مصنع للكيماويات بمنطقة \"تيانغشي\" في شمال البلاد، وفق ما نقلت صحيفة «الرياض».";
    let doc = engine.analyze(text, Metadata::default());
    let kinds: Vec<(String, String)> = doc
        .mentions
        .iter()
        .map(|m| (m.name.clone(), format!("{:?}", m.kind)))
        .collect();
    assert!(
        kinds.iter().any(|(n, k)| n == "تيانغشي" && k == "Loc"),
        "{kinds:?}"
    );
}

#[test]
fn a_verb_in_the_future_after_a_name_is_no_part_of_it() {
    let engine = Engine::builder().build().unwrap();
    let text = "وقال إن المبعوث الألماني فرانك شتاينماير سيزور بغداد الأسبوع المقبل.";
    let doc = engine.analyze(text, Metadata::default());
    let names: Vec<&str> = doc.mentions.iter().map(|m| m.name.as_str()).collect();
    assert!(names.contains(&"فرانك شتاينماير"), "{names:?}");
    assert!(!names.iter().any(|n| n.contains("سيزور")), "{names:?}");
    // A last word shaped so from a rare verb is the name's own (`يانج` is rare).
    let text = "وانتقد النائب المعارض تان كوك سيانج من حزب العمل القرار أمس.";
    let doc = engine.analyze(text, Metadata::default());
    let names: Vec<&str> = doc.mentions.iter().map(|m| m.name.as_str()).collect();
    assert!(names.contains(&"تان كوك سيانج"), "{names:?}");
}
