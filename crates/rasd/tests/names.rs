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
