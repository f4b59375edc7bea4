//! The hard cases named in the specification, and the invariants every analysis keeps.
#![allow(clippy::unwrap_used, clippy::print_stdout)]

use rasd_morph::{Scheme, Segmenter};

fn seg() -> &'static Segmenter {
    Segmenter::embedded().unwrap()
}

/// Segments of `text`, written with `+` between them.
fn joined(segments: &[rasd_text::segment::Segment], text: &str) -> String {
    segments
        .iter()
        .map(|s| s.span.slice(text))
        .collect::<Vec<_>>()
        .join("+")
}

/// `word` in `scheme`, written with `+` between segments.
fn plus(word: &str, scheme: Scheme) -> String {
    joined(&seg().segment_scheme(word, scheme), word)
}

#[test]
fn clitic_scheme() {
    assert_eq!(plus("وبقواعدهم", Scheme::Clitics), "و+ب+قواعد+هم");
    assert_eq!(plus("كالاستقرار", Scheme::Clitics), "ك+الاستقرار");
    assert_eq!(plus("لواشنطن", Scheme::Clitics), "ل+واشنطن");
    assert_eq!(plus("واستهدف", Scheme::Clitics), "و+استهدف");
}

#[test]
fn fine_scheme() {
    assert_eq!(plus("والمبذولة", Scheme::Fine), "و+ال+مبذول+ة");
    assert_eq!(plus("كالاستقرار", Scheme::Fine), "ك+ال+استقرار");
    assert_eq!(plus("ترشيحات", Scheme::Fine), "ترشيح+ات");
    assert_eq!(plus("الأكاديمية", Scheme::Fine), "ال+أكاديمي+ة");
    assert_eq!(plus("والتلفزيون", Scheme::Fine), "و+ال+تلفزيون");
}

#[test]
fn a_conjunction_changes_nothing_inside_its_word() {
    // The word after `و` or `ف` is split as it is alone: the last letters of the verb `اتهم`
    // are no pronoun after the conjunction either, and `لدي+ه` keeps its preposition whole.
    for word in ["اتهم", "لديه", "يشبه", "بنوك", "يسهم"] {
        let alone = plus(word, Scheme::Clitics);
        assert_eq!(
            plus(&format!("و{word}"), Scheme::Clitics),
            format!("و+{alone}")
        );
    }
    assert_eq!(plus("واتهم", Scheme::Clitics), "و+اتهم");
    assert_eq!(plus("ولديه", Scheme::Clitics), "و+لدي+ه");
    // A reading without the conjunction is left alone (`فات+هم`, they missed).
    assert_eq!(plus("فاتهم", Scheme::Clitics), "فات+هم");
}

#[test]
fn a_hamza_after_waw_shows_the_conjunction() {
    // No word begins with `و` and an alef under or over its hamza: the key folds the hamza,
    // the written word keeps it.
    assert_eq!(plus("وأحد", Scheme::Clitics), "و+أحد");
    assert_eq!(plus("وأردف", Scheme::Clitics), "و+أردف");
    assert_eq!(plus("وإن", Scheme::Clitics), "و+إن");
}

#[test]
fn a_preposition_takes_no_tanween() {
    // A preposition's noun is in the genitive: a final alef of the indefinite accusative
    // belongs to a word without the preposition (`كمين+ا`, `كبار+ا`), while a host whose alef
    // is its own keeps its preposition (`ب+فرنسا`, `ل+سوريا`).
    assert_eq!(plus("كمينا", Scheme::Clitics), "كمينا");
    assert_eq!(plus("فكبارا", Scheme::Clitics), "ف+كبارا");
    assert_eq!(plus("وكمينا", Scheme::Clitics), "و+كمينا");
    // The pronoun `ها` ends in an alef too.
    assert_eq!(plus("بأنها", Scheme::Clitics), "ب+أن+ها");
    assert_eq!(plus("لأنها", Scheme::Clitics), "ل+أن+ها");
    assert_eq!(plus("كمينا", Scheme::Fine), "كمين+ا");
    assert_eq!(plus("كبارا", Scheme::Fine), "كبار+ا");
    assert_eq!(plus("بفرنسا", Scheme::Clitics), "ب+فرنسا");
    assert_eq!(plus("لسوريا", Scheme::Clitics), "ل+سوريا");
    // Nor does a defined noun take it: the alef of `الكوليرا` is a letter of its stem.
    assert_eq!(plus("كالكوليرا", Scheme::Fine), "ك+ال+كوليرا");
}

#[test]
fn a_word_seen_with_the_article_has_no_preposition() {
    // The article follows a preposition, never precedes it: words common with the article
    // (`اللجان`, `البنود`, `اللسان`) are nouns, not a preposition before `جان`, `نود`, `سان`.
    for w in [
        "لجان",
        "بنود",
        "لسان",
        "بحار",
        "لباس",
        "برود",
        "بليون",
        "بقرة",
        "كمين",
    ] {
        assert_eq!(plus(w, Scheme::Clitics), w, "{w}");
    }
    // Nor with a conjunction before it.
    assert_eq!(plus("وبنود", Scheme::Clitics), "و+بنود");
    assert_eq!(plus("وكمين", Scheme::Clitics), "و+كمين");
    // A real preposition leaves no such trace (`اللحكومة` is no word).
    assert_eq!(plus("لحكومة", Scheme::Clitics), "ل+حكومة");
    assert_eq!(plus("بقرار", Scheme::Clitics), "ب+قرار");
    assert_eq!(plus("كرئيس", Scheme::Clitics), "ك+رئيس");
    assert_eq!(plus("لجنود", Scheme::Clitics), "ل+جنود");
}

#[test]
fn ambiguous_words_stay_whole() {
    for w in [
        "بلد",
        "البانيا",
        "فيلم",
        "بغداد",
        "واشنطن",
        "لندن",
        "التزام",
        "الله",
        "كان",
        "لكن",
    ] {
        assert_eq!(plus(w, Scheme::Clitics), w, "{w} must not be split");
    }
    assert_eq!(plus("البانيا", Scheme::Fine), "البانيا");
}

#[test]
fn stems_guard_names_and_short_words() {
    let s = seg();
    assert_eq!(s.stem("بغداد"), "بغداد");
    assert_eq!(s.stem("واشنطن"), "واشنطن");
    assert_eq!(s.stem("لندن"), "لندن");
    assert_eq!(s.stem("البيت"), "بيت");
    assert_eq!(s.stem("وبالانتخابات"), s.stem("انتخابات"));
}

#[test]
fn lemma_keys_group_inflected_forms() {
    let s = seg();
    let key = s.lemma("القوات");
    assert!(key.is_some());
    assert_eq!(s.lemma("قوات"), key);
    assert_eq!(s.lemma("بالقوة"), key);
}

#[test]
fn diacritics_and_tatweel_stay_inside_segments() {
    let word = "وَالمَبْذُولَةِ";
    let segs = seg().segment(word);
    let joined: String = segs.iter().map(|s| s.span.slice(word)).collect();
    assert_eq!(joined, word);
    assert_eq!(segs.first().unwrap().span.slice(word), "وَ");
    let word = "الـــقوات";
    let joined: String = seg()
        .segment(word)
        .iter()
        .map(|s| s.span.slice(word))
        .collect();
    assert_eq!(joined, word);
}

/// The segments of the first word token `word` of `text`, annotated as one article.
fn in_text(text: &str, word: &str) -> String {
    let norm = rasd_text::normalize::Normalizer::standard();
    let mut tokens = rasd_text::tokenize::tokenize(text, &norm);
    seg().annotate(text, &mut tokens);
    let t = tokens.iter().find(|t| t.span.slice(text) == word).unwrap();
    joined(&t.segments, text)
}

#[test]
fn final_ya_is_read_by_the_texts_own_spelling() {
    // A writer who writes `ى` means the ya of `والي`: the governor.
    let careful = "زار والي المدينة المستشفى ثم عاد إلى مكتبه.";
    assert_eq!(in_text(careful, "والي"), "والي");
    // A writer who writes every final `ى` as `ي` may mean `و+الى`.
    let loose = "ذهب الوفد الي القاهرة والي الخرطوم في جولة واحدة.";
    assert_eq!(in_text(loose, "والي"), "و+الي");
    // A rare word next to its host stays split even in careful text: `و+علي`, and Ali.
    let names = "التقى أحمد وعلي بالوزير في مبنى الوزارة.";
    assert_eq!(in_text(names, "وعلي"), "و+علي");
}

#[test]
fn a_final_hamza_on_its_seat_keeps_the_word_whole() {
    // `وزراء`, `بناء`, `بقاء` write their hamza on a ya before a pronoun.
    assert_eq!(plus("وزرائها", Scheme::Clitics), "وزرائ+ها");
    assert_eq!(plus("بنائه", Scheme::Clitics), "بنائ+ه");
    assert_eq!(plus("بقائها", Scheme::Clitics), "بقائ+ها");
    assert_eq!(plus("بدمائهم", Scheme::Clitics), "ب+دمائ+هم");
}

#[test]
fn lam_before_an_initial_alef_is_a_preposition() {
    // `ل` joined to a verbal noun with an initial hamza-alef is the preposition.
    assert_eq!(plus("لإطلاق", Scheme::Clitics), "ل+إطلاق");
    assert_eq!(plus("لإجراء", Scheme::Clitics), "ل+إجراء");
    assert_eq!(plus("لأكثر", Scheme::Clitics), "ل+أكثر");
    // Words that begin with `لا` themselves stay whole.
    assert_eq!(plus("لاعبي", Scheme::Clitics), "لاعبي");
    assert_eq!(plus("لايزال", Scheme::Clitics), "لايزال");
    assert_eq!(plus("لاجئ", Scheme::Clitics), "لاجئ");
    // A name spelt with `لا` whose rest is about as common as itself.
    assert_eq!(plus("لاري", Scheme::Clitics), "لاري");
}

#[test]
fn a_hamza_seat_stem_keeps_its_first_letters() {
    // The bare-hamza word decides which letters are the stem's: `لقاء`, not `قاء`.
    assert_eq!(plus("لقائهما", Scheme::Clitics), "لقائ+هما");
    assert_eq!(plus("للقائه", Scheme::Clitics), "ل+لقائ+ه");
}

#[test]
fn a_host_with_no_stem_after_its_alef_lam_takes_no_preposition() {
    // `ك+الة` would be "like the" + a one-letter stem: the word is `وكالة` (agency), whole.
    assert_eq!(plus("وكالة", Scheme::Clitics), "وكالة");
    assert_eq!(plus("وكالات", Scheme::Clitics), "وكالات");
    assert_eq!(plus("وكالتها", Scheme::Clitics), "وكالت+ها");
    assert_eq!(plus("لوكالة", Scheme::Clitics), "ل+وكالة");
    // A short host that is the commoner word keeps its preposition (`بألف` written bare), and
    // a two-letter stem after the article is a stem (`باليد`).
    assert_eq!(plus("بالف", Scheme::Clitics), "ب+الف");
    assert_eq!(plus("باليد", Scheme::Clitics), "ب+اليد");
    assert_eq!(plus("بالذات", Scheme::Clitics), "ب+الذات");
}

#[test]
fn a_word_far_commoner_than_its_rest_owns_its_first_letter() {
    // `و` and `ف` add to a word: a word sixteen times as common as what follows its first
    // letter is a word of its own, whatever the letters inside read as.
    for word in [
        "وسط",
        "فقط",
        "ولاية",
        "وجبات",
        "وقائع",
        "فلسفة",
        "وصول",
        "ليست",
    ] {
        assert_eq!(plus(word, Scheme::Clitics), word, "{word}");
    }
    // Real conjunctions and prepositions stay split, fixed pairs (`صلى الله عليه وسلم`,
    // `الصبر والسلوان`) included.
    assert_eq!(plus("وقال", Scheme::Clitics), "و+قال");
    assert_eq!(plus("وسلم", Scheme::Clitics), "و+سلم");
    assert_eq!(plus("والسلوان", Scheme::Clitics), "و+السلوان");
    assert_eq!(plus("بسبب", Scheme::Clitics), "ب+سبب");
    assert_eq!(plus("للكعبة", Scheme::Clitics), "ل+لكعبة");
    assert_eq!(plus("للاعبي", Scheme::Clitics), "ل+لاعبي");
}

#[test]
fn a_ta_marbuta_written_before_a_pronoun_keeps_its_word() {
    // `كتابة` → `كتابته`: the stem is the word with `ة`, not `ك+تابت`.
    assert_eq!(plus("كتابته", Scheme::Clitics), "كتابت+ه");
    assert_eq!(plus("بدايتها", Scheme::Clitics), "بدايت+ها");
    assert_eq!(plus("سيارته", Scheme::Clitics), "سيارت+ه");
    // `لدى` written `لدي` before a pronoun is no `ل+دي`.
    assert_eq!(plus("لديها", Scheme::Clitics), "لدي+ها");
    assert_eq!(plus("لديهم", Scheme::Clitics), "لدي+هم");
}

#[test]
fn an_adjective_in_hamza_ya_is_no_noun_with_my() {
    for word in ["قضائي", "نهائي", "استثنائي", "كيميائي"] {
        assert_eq!(plus(word, Scheme::Clitics), word, "{word}");
    }
    assert_eq!(plus("للقائه", Scheme::Clitics), "ل+لقائ+ه");
}

#[test]
fn a_name_in_an_is_no_dual() {
    // `سلمان` beside the common `سلم`: a dual would be written `سلمين` about as often.
    for word in ["سلمان", "سليمان", "لبنان"] {
        assert_eq!(plus(word, Scheme::Fine), word, "{word}");
    }
    assert_eq!(plus("الطرفان", Scheme::Fine), "ال+طرف+ان");
    assert_eq!(plus("الجانبان", Scheme::Fine), "ال+جانب+ان");
}
