//! Named entities on real data: the held-out ANERcorp figure, the seed article, clitics, and the
//! model's integrity check.
#![allow(clippy::unwrap_used)]

use rasd_extract::entities::Resolver;
use rasd_extract::ner::{NerError, Tagger, conll, evaluate};
use rasd_text::annotations::{EntityType, MentionForm};
use rasd_text::lexicon::Lexicon;
use rasd_text::normalize::Normalizer;
use rasd_text::{Document, Metadata, runon, sentences, structure, tokenize};

/// Tokenizes, splits sentences, tags and resolves, as the engine does.
fn analyse(text: &str, tagger: &Tagger) -> Document {
    let mut doc = Document::new(text.to_owned(), Metadata::default());
    let norm = Normalizer::standard();
    doc.tokens = tokenize::tokenize(text, &norm);
    // Run-together words are split first, as the engine does.
    static LEXICON: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
    let lexicon = LEXICON.get_or_init(|| Lexicon::embedded().unwrap());
    doc.repairs = runon::find_repairs(text, &doc.tokens, lexicon);
    let mut points: Vec<usize> = doc.repairs.iter().map(|r| r.split_at).collect();
    points.sort_unstable();
    points.dedup();
    tokenize::split_tokens_at(text, &mut doc.tokens, &points, &norm);
    let paragraphs = structure::paragraph_spans(text);
    // The dateline names the publisher, as the engine records it.
    if let Some(dateline) = structure::analyze(text, &paragraphs).dateline {
        doc.dateline = Some(dateline.span);
        doc.meta.source = dateline.source;
    }
    doc.sentences = sentences::split(text, &doc.tokens, &paragraphs);
    // Times and quantities come before entities, as in the engine: units and dates are not names.
    rasd_extract::time::annotate(&mut doc, &rasd_extract::time::TimeOptions::default());
    rasd_extract::quantity::annotate(
        &mut doc,
        &rasd_extract::quantity::QuantityOptions::default(),
    );
    doc.mentions = tagger.mentions(&doc);
    Resolver::default().resolve(&mut doc, &tagger.resources().freq);
    doc
}

#[test]
fn held_out_anercorp_f1_floor() {
    let tagger = Tagger::shipped().unwrap();
    let corpus = conll::parse(&rasd_testdata::read_to_string("anercorp/train.conll"));
    let (_, dev) = conll::split_dev(&corpus.sentences, 10);
    let report = evaluate(&conll::to_text(dev), &tagger);
    let f1 = report.metrics["f1"];
    assert!(
        f1 >= 0.68,
        "ANERcorp held-out micro F1 fell to {f1:.4}\n{report}"
    );
}

#[test]
fn mention_spans_leave_clitics_out() {
    let tagger = Tagger::shipped().unwrap();
    let text = "اتفقت بغداد وواشنطن على الانسحاب، وقال وزير الخارجية إن الدعم للعراق مستمر.";
    let doc = analyse(text, &tagger);
    let find = |name: &str| {
        doc.mentions
            .iter()
            .find(|m| m.name == name)
            .unwrap_or_else(|| panic!("no mention {name} in {:?}", doc.mentions))
    };
    assert_eq!(find("واشنطن").span.slice(text), "واشنطن");
    assert_eq!(find("بغداد").span.slice(text), "بغداد");
    let iraq = find("العراق");
    assert!(text[..iraq.span.start].ends_with('ل'));
    assert!(!iraq.span.slice(text).starts_with("لل"));
}

#[test]
fn damaged_model_is_refused() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../models/ner.bin");
    let mut bytes = std::fs::read(path).unwrap();
    assert!(Tagger::from_bytes(&bytes).is_ok());
    let last = bytes.len() - 1;
    bytes[last] ^= 0x40;
    assert!(matches!(
        Tagger::from_bytes(&bytes),
        Err(NerError::Model(_))
    ));
    assert!(Tagger::from_bytes(&bytes[..100]).is_err());
    assert!(Tagger::from_bytes(b"").is_err());
}

#[test]
fn never_panics_on_odd_input() {
    let tagger = Tagger::shipped().unwrap();
    for text in [
        "",
        " ",
        "(",
        "و",
        "ال",
        "١٢٣ ,،",
        "ّ",
        "a\u{0640}\u{064B}b",
        "وَ وَ وَ",
    ] {
        let doc = analyse(text, &tagger);
        for m in &doc.mentions {
            assert!(m.span.end <= text.len());
        }
    }
}

/// The seed article: the entities the specification lists, with their roles and aliases.
#[test]
fn seed_article_entities() {
    let tagger = Tagger::shipped().unwrap();
    let text = rasd_testdata::seed_article();
    let doc = analyse(&text, &tagger);
    let (per, loc, org, misc) = (
        EntityType::Per,
        EntityType::Loc,
        EntityType::Org,
        EntityType::Misc,
    );
    let norm = |s: &str| rasd_extract::ner::norm::normalize(s);
    let entity = |name: &str| {
        doc.entities
            .iter()
            .find(|e| {
                norm(&e.name) == norm(name) || e.aliases.iter().any(|a| norm(a) == norm(name))
            })
            .unwrap_or_else(|| {
                let names: Vec<&str> = doc.entities.iter().map(|e| e.name.as_str()).collect();
                panic!("no entity {name} among {names:?}")
            })
    };
    let has_role = |name: &str, role: &str| {
        let e = entity(name);
        assert!(
            e.roles.iter().any(|r| norm(&r.text) == norm(role)),
            "{name} lacks role {role}: {:?}",
            e.roles
        );
    };
    // People, their roles, and their short names.
    for (full, short, role) in [
        ("مصطفى الكاظمي", Some("الكاظمي"), "رئيس الوزراء العراقي"),
        ("جوزيف بايدن", Some("بايدن"), "الرئيس الأميركي"),
        ("فؤاد حسين", None, "وزير الخارجية العراقي"),
        ("أنطوني بلينكين", None, "وزير الخارجية"),
        ("نوري المالكي", None, "رئيس الوزراء الاسبق"),
    ] {
        let e = entity(full);
        assert_eq!(norm(&e.name), norm(full));
        assert_eq!(e.kind, EntityType::Per, "{full}");
        has_role(full, role);
        if let Some(short) = short {
            assert!(std::ptr::eq(entity(short), e), "{short} is not {full}");
        }
    }
    // Places.
    for name in [
        "العراق",
        "واشنطن",
        "بغداد",
        "غلاسكو",
        "المملكة المتحدة",
        "الأردن",
        "سوريا",
    ] {
        assert_eq!(entity(name).kind, EntityType::Loc, "{name}");
    }
    // العراق = للعراق = بالعراق: every written form links to the one entity.
    let iraq = doc
        .entities
        .iter()
        .position(|e| norm(&e.name) == norm("العراق"))
        .unwrap();
    for form in ["للعراق", "بالعراق"] {
        let at = text.find(form).unwrap();
        let m = doc
            .mentions
            .iter()
            .find(|m| m.span.start > at && m.span.end <= at + form.len())
            .unwrap_or_else(|| panic!("{form} is not a mention"));
        assert_eq!(m.entity, Some(iraq), "{form}");
    }
    // Organisations, and the short name in parentheses.
    for name in ["مجلس الأمن", "الأمم المتحدة", "الاتحاد الأوروبي"]
    {
        assert_eq!(entity(name).kind, EntityType::Org, "{name}");
    }
    assert!(entity("البيت الأبيض").mentions >= 2);
    // Names announced by a kind-of-organisation or kind-of-place noun, the noun left out.
    for (name, kind) in [("داعش", org), ("البيشمركة", org), ("عين الأسد", loc)]
    {
        let e = entity(name);
        assert_eq!(norm(&e.name), norm(name));
        assert_eq!(e.kind, kind, "{name}");
    }
    assert_eq!(entity("داعش").mentions, 3);
    let unami = entity("يونامي");
    assert_eq!(norm(&unami.name), norm("بعثة الأمم المتحدة لمساعدة العراق"));
    assert!(doc.mentions.iter().any(|m| m.form == MentionForm::Acronym));
    // No nonsense: every entity is a name the article does mention, with a fitting type.
    let allowed: &[(&str, &[EntityType])] = &[
        ("مصطفى الكاظمي", &[per]),
        ("جوزيف بايدن", &[per]),
        ("فؤاد حسين", &[per]),
        ("أنطوني بلينكين", &[per]),
        ("نوري المالكي", &[per]),
        ("العراق", &[loc]),
        ("واشنطن", &[loc]),
        ("بغداد", &[loc]),
        ("غلاسكو", &[loc]),
        ("المملكة المتحدة", &[loc]),
        ("الأردن", &[loc]),
        ("سوريا", &[loc]),
        ("عين الأسد", &[loc]),
        ("البيت الأبيض", &[org, loc, misc]),
        ("مجلس الأمن", &[org]),
        ("الأمم المتحدة", &[org]),
        ("بعثة الأمم المتحدة لمساعدة العراق", &[org]),
        ("الاتحاد الأوروبي", &[org]),
        ("داعش", &[org]),
        ("البيشمركة", &[org]),
        ("الحشد", &[org]),
        ("مجلس التعاون الخليجي", &[org]),
        ("التحالف الدولي", &[org]),
        ("لندن", &[loc]),
        ("ايلاف", &[org]),
        ("الشرق الأوسط", &[loc]),
        ("الولايات المتحدة", &[loc]),
        ("الولايات المتحدة الأمريكية", &[loc]),
        ("الولايات المتحدة الأميركية", &[loc]),
        ("إيران", &[loc]),
        ("طهران", &[loc]),
    ];
    for e in &doc.entities {
        let ok = allowed
            .iter()
            .any(|(name, types)| norm(name) == norm(&e.name) && types.contains(&e.kind));
        assert!(ok, "unexpected entity {e:?}");
    }
}

/// Units, dates and very common words are not names, in any article: currencies by a number or
/// alone, a month inside a date, a common word tagged MISC.
#[test]
fn no_nonsense_entities() {
    let tagger = Tagger::shipped().unwrap();
    let text = "ارتفع سعر خام برنت إلى أربعة وثمانين دولارا للبرميل، وتراجع الدولار أمام \
                اليورو والجنيه الاسترليني. وخصص صندوق الاستثمار مئة مليون دولار و250 مليون \
                يورو للشركات الناشئة في عمان. وقال المتحدث إن شاء الله سيبدأ التنفيذ في \
                الأول من نيسان المقبل، وإن الله وحده يعلم متى ينتهي الجفاف. وتبلغ السعة \
                عشرين لترا من الماء وكلفتها ثلاثون درهما.";
    let doc = analyse(text, &tagger);
    let norm = |s: &str| rasd_extract::ner::norm::normalize(s);
    for m in &doc.mentions {
        let key = norm(m.span.slice(text));
        for bad in ["دولار", "يورو", "جنيه", "الله", "نيسان", "لتر", "درهم"]
        {
            assert!(!key.contains(&norm(bad)), "nonsense mention {m:?}");
        }
    }
    for e in &doc.entities {
        assert_ne!(norm(&e.name), norm("الله"), "{e:?}");
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]

    /// Tagging and resolution accept any text: spans stay inside it on character boundaries and
    /// every mention points to an entity.
    #[test]
    fn any_text_gives_valid_mentions(text in "[وفبلكال ا-ي\u{064B}-\u{0652}ـ()،,.:\"a-zA-Z0-9٠-٩ \n]{0,120}") {
        let tagger = shipped();
        let doc = analyse(&text, tagger);
        for m in &doc.mentions {
            proptest::prop_assert!(text.get(m.span.start..m.span.end).is_some());
            proptest::prop_assert!(m.entity.is_some_and(|e| e < doc.entities.len()));
        }
        for e in &doc.entities {
            for r in &e.roles {
                for s in &r.spans {
                    proptest::prop_assert!(text.get(s.start..s.end).is_some());
                }
            }
        }
    }
}

/// The shipped tagger, loaded once for the property test.
fn shipped() -> &'static Tagger {
    static TAGGER: std::sync::OnceLock<Tagger> = std::sync::OnceLock::new();
    TAGGER.get_or_init(|| Tagger::shipped().unwrap())
}

#[test]
fn a_facility_named_after_a_person_is_no_person() {
    let tagger = Tagger::shipped().unwrap();
    let text =
        "وهبطت الطائرة في مطار الملك عبدالعزيز الدولي بجدة، ونقل الجرحى إلى مستشفى الملك فهد.";
    let doc = analyse(text, &tagger);
    let of = |name: &str| {
        doc.mentions
            .iter()
            .find(|m| m.span.slice(text) == name)
            .map(|m| m.kind)
    };
    assert_eq!(
        of("مطار الملك عبدالعزيز الدولي"),
        Some(EntityType::Loc),
        "{:?}",
        doc.mentions
    );
    assert!(
        doc.mentions.iter().all(|m| m.kind != EntityType::Per),
        "{:?}",
        doc.mentions
    );
}
