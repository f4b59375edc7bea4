//! The cleaning stage on real text: the seed article and SaudiNewsNet.

use rasd_text::lexicon::Lexicon;
use rasd_text::normalize::Normalizer;
use rasd_text::runon::{Splitter, find_repairs};
use rasd_text::tokenize::tokenize;
use rasd_text::{BlockRole, Document, Metadata};

/// The shipped lexicon, loaded once for all tests.
fn lexicon() -> &'static Lexicon {
    static LEXICON: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
    LEXICON.get_or_init(|| Lexicon::embedded().expect("the shipped lexicon loads"))
}

/// The cleaning stage as the engine runs it.
fn clean(text: &str, lex: &Lexicon) -> Document {
    let mut doc = Document::new(text.to_owned(), Metadata::default());
    rasd_text::stage::clean(&mut doc, &Normalizer::standard(), lex);
    doc
}

#[test]
fn seed_structure() {
    let lex = lexicon();
    let seed = rasd_testdata::seed_article();
    let doc = clean(&seed, lex);
    let count = |role| doc.blocks.iter().filter(|b| b.role == role).count();
    let show: Vec<_> = doc
        .blocks
        .iter()
        .map(|b| {
            (
                b.role,
                b.span.slice(&seed).chars().take(40).collect::<String>(),
            )
        })
        .collect();
    assert_eq!(count(BlockRole::Dateline), 1, "{show:#?}");
    assert_eq!(count(BlockRole::Subheading), 8, "{show:#?}");
    assert_eq!(count(BlockRole::Caption), 1, "{show:#?}");
    assert_eq!(count(BlockRole::Headline), 0, "{show:#?}");
    assert_eq!(doc.blocks[0].role, BlockRole::Dateline);
    assert_eq!(doc.dateline.unwrap().slice(&seed), "ايلاف من لندن:");
    assert_eq!(doc.meta.source.as_deref(), Some("ايلاف"));
    assert_eq!(doc.meta.place.as_deref(), Some("لندن"));
    let caption = doc
        .blocks
        .iter()
        .find(|b| b.role == BlockRole::Caption)
        .unwrap();
    assert!(caption.span.slice(&seed).contains("يوليو 2021"));
}

#[test]
fn seed_duplicate_paragraph() {
    let lex = lexicon();
    let seed = rasd_testdata::seed_article();
    let doc = clean(&seed, lex);
    let dups: Vec<(usize, usize)> = doc
        .blocks
        .iter()
        .enumerate()
        .filter_map(|(i, b)| b.duplicate_of.map(|o| (i, o)))
        .collect();
    assert_eq!(dups.len(), 1, "{dups:?}");
    let (copy, original) = dups[0];
    assert!(original < copy);
    let copy_text = doc.blocks[copy].span.slice(&seed);
    let original_text = doc.blocks[original].span.slice(&seed);
    assert!(
        copy_text.starts_with("كما اكد الوفدان ان القواعد"),
        "{copy_text}"
    );
    assert!(
        original_text.starts_with("وفي ختام مباحثات الوفد العراقي"),
        "{original_text}"
    );
    // Its sentence is marked too, and the clean text leaves it out.
    assert!(
        doc.sentences
            .iter()
            .any(|s| s.block == copy && s.duplicate_of.is_some())
    );
    let clean = rasd_text::clean::clean_text(&doc);
    assert_eq!(
        clean
            .text
            .matches("هي قواعد عراقية تدار وفق القوانين")
            .count(),
        1
    );
    assert!(clean.text.contains("وحقوق الإنسان"));
    // No other sentence is a duplicate.
    let sentence_dups = doc
        .sentences
        .iter()
        .filter(|s| s.duplicate_of.is_some())
        .count();
    assert_eq!(sentence_dups, 1);
}

/// The words of `text` the splitter splits, each with `|` at its split points.
fn split_words(text: &str, lex: &Lexicon) -> Vec<String> {
    let tokens = tokenize(text, &Normalizer::standard());
    let repairs = find_repairs(text, &tokens, lex);
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < repairs.len() {
        let span = repairs[i].span;
        let mut word = String::new();
        let mut from = span.start;
        while i < repairs.len() && repairs[i].span == span {
            word.push_str(&text[from..repairs[i].split_at]);
            word.push('|');
            from = repairs[i].split_at;
            i += 1;
        }
        word.push_str(&text[from..span.end]);
        out.push(word);
    }
    out
}

#[test]
fn seed_run_together_words() {
    let lex = lexicon();
    let seed = rasd_testdata::seed_article();
    let got = split_words(&seed, lex);
    let expected = [
        "الافراد|الدوليين",
        "وحقوق|الإنسان",
        "بمواصلة|دعمها",
        "وقدم|الجانب",
        "مراكز|الاقتراع",
        "والشعب|العراقي",
        "كلا|البلدين",
        "للجهود|المبذولة",
        "القضايا|الثنائية",
        "الإطار|الاستراتيجي",
        "رقم|2576",
    ];
    for word in expected {
        assert!(
            got.iter().any(|g| g == word),
            "{word} not split; got {got:?}"
        );
    }
    assert_eq!(
        got.iter().filter(|g| *g == "الافراد|الدوليين").count(),
        2,
        "{got:?}"
    );
    let splitter = Splitter::new(lex);
    for word in [
        "واكدا",
        "وشددا",
        "بلينكين",
        "كالاستقرار",
        "تتبنها",
        "الاستراتيجي",
        "والتعليمية",
    ] {
        assert!(splitter.split(word).is_empty(), "{word} was split");
    }
    // Nothing else in the seed is split.
    assert_eq!(got.len(), expected.len() + 1, "{got:?}");
}

#[test]
fn news_words_are_rarely_split_and_known_words_never() {
    let lex = lexicon();
    let norm = Normalizer::standard();
    let splitter = Splitter::new(lex);
    let known_max = rasd_text::runon::SplitParams::default().known_max_cost;
    let (mut words, mut repairs) = (0usize, 0usize);
    for article in rasd_testdata::saudinewsnet(300) {
        let text = &article.text;
        let tokens = tokenize(text, &norm);
        words += tokens
            .iter()
            .filter(|t| t.kind == rasd_text::TokenKind::Word)
            .count();
        for repair in find_repairs(text, &tokens, lex) {
            repairs += 1;
            let written = repair.span.slice(text);
            assert!(repair.span.start < repair.split_at && repair.split_at < repair.span.end);
            assert!(text.is_char_boundary(repair.split_at));
            assert!((0.5..=1.0).contains(&repair.confidence));
            // A word the lexicon knows as common is never split.
            if !written.chars().any(|c| c.is_ascii_digit()) {
                let cost = lex.cost(&norm.normalize(written));
                assert!(
                    cost.is_none_or(|c| c > known_max),
                    "{written} is a common word"
                );
            }
        }
        // The splitter agrees with itself word by word.
        assert!(splitter.split("العراق").is_empty());
    }
    assert!(words > 100_000, "read {words} words");
    assert!(
        repairs * 1000 < words,
        "{repairs} repairs in {words} words: more than 1 per 1,000"
    );
}

#[test]
fn news_structure_is_mostly_body() {
    let lex = lexicon();
    let articles = rasd_testdata::saudinewsnet(300);
    let (mut first_body, mut with_subheadings, mut duplicates, mut blocks) = (0, 0, 0, 0);
    for article in &articles {
        let doc = clean(&article.text, lex);
        if doc
            .blocks
            .first()
            .is_some_and(|b| b.role == BlockRole::Body)
        {
            first_body += 1;
        }
        if doc.blocks.iter().any(|b| b.role == BlockRole::Subheading) {
            with_subheadings += 1;
        }
        duplicates += doc
            .blocks
            .iter()
            .filter(|b| b.duplicate_of.is_some())
            .count();
        blocks += doc.blocks.len();
        for (i, b) in doc.blocks.iter().enumerate() {
            assert!(b.duplicate_of.is_none_or(|o| o < i));
        }
    }
    let n = articles.len();
    assert!(
        first_body * 10 >= n * 9,
        "{first_body} of {n} open with body text"
    );
    assert!(
        with_subheadings * 5 <= n,
        "{with_subheadings} of {n} have subheadings"
    );
    assert!(
        duplicates * 50 <= blocks,
        "{duplicates} of {blocks} blocks marked duplicate"
    );
}

proptest::proptest! {
    #[test]
    fn cleaning_never_panics(text in "\\PC{0,300}", arabic in "[ء-ي ًٌٍَُِّْـ\n.:،0-9-]{0,300}") {
        let lex = lexicon();
        for t in [&text, &arabic] {
            let doc = clean(t, lex);
            for r in &doc.repairs {
                proptest::prop_assert!(r.span.start < r.split_at && r.split_at < r.span.end);
                proptest::prop_assert!(t.is_char_boundary(r.split_at));
            }
            for tok in &doc.tokens {
                proptest::prop_assert!(!tok.span.slice(t).is_empty());
            }
            let _ = rasd_text::clean::clean_text(&doc);
        }
    }
}
