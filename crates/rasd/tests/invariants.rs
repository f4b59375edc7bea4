//! Invariants of the whole analysis over arbitrary input: it never panics, every span slices
//! its text on character boundaries, tokens are ordered and do not overlap, and normalization is
//! idempotent. Any regression found by the property tests is added to `REGRESSIONS`.

use proptest::prelude::*;
use rasd::{Document, Engine, Metadata, Normalizer};
use std::sync::OnceLock;

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::builder().build().expect("engine builds"))
}

/// Inputs that once broke an invariant, kept as regressions.
const REGRESSIONS: &[&str] = &[
    "",
    " ",
    "\n\n\n",
    "\u{FEFF}",
    "ـ",
    "\u{064E}\u{064E}",
    "#",
    "@",
    "http://",
    "www.",
    "1,",
    "1:2:3",
    "٫٫٫",
    "a@b.",
    "«»\"\"..",
    "ﷺﷲ",
    "\u{200F}\u{200F}ب",
    "ب\u{200C}",
    "...؟!",
];

fn check(text: &str) {
    let doc = engine().analyze(text, Metadata::default());
    check_document(&doc);
}

fn check_document(doc: &Document) {
    let text = doc.text.as_str();
    let mut prev_end = 0;
    for token in &doc.tokens {
        assert!(!token.span.is_empty(), "empty token at {:?}", token.span);
        assert!(
            text.get(token.span.start..token.span.end).is_some(),
            "token span {:?} does not slice the text",
            token.span
        );
        assert!(
            token.span.start >= prev_end,
            "tokens overlap at {:?}",
            token.span
        );
        prev_end = token.span.end;
        for seg in &token.segments {
            assert!(token.span.contains(seg.span), "segment outside its token");
            assert!(text.get(seg.span.start..seg.span.end).is_some());
        }
    }
    for s in &doc.sentences {
        assert!(text.get(s.span.start..s.span.end).is_some());
        assert!(s.first_token < s.end_token && s.end_token <= doc.tokens.len());
        assert!(s.block < doc.blocks.len());
    }
    for b in &doc.blocks {
        assert!(text.get(b.span.start..b.span.end).is_some());
        if let Some(orig) = b.duplicate_of {
            assert!(orig < doc.blocks.len());
        }
    }
    for r in &doc.repairs {
        assert!(r.span.start < r.split_at && r.split_at < r.span.end);
        assert!(text.is_char_boundary(r.split_at));
    }
    // The JSON wire format converts every span; it must not fail either.
    let json = rasd::wire::to_json(doc);
    assert!(json.is_object());
}

fn check_idempotent(text: &str) {
    for n in [
        Normalizer::display(),
        Normalizer::standard(),
        Normalizer::search(),
    ] {
        let once = n.normalize(text).into_owned();
        assert_eq!(
            n.normalize(&once),
            once,
            "normalizing twice changed {text:?}"
        );
    }
}

#[test]
fn regressions() {
    for case in REGRESSIONS {
        check(case);
        check_idempotent(case);
    }
}

#[test]
fn one_megabyte_line() {
    let line = "وحقوقالإنسان ٣٫٥ الأميركية، «قال» 2,500 https://a.b/c ".repeat(18_000);
    assert!(line.len() > 1_000_000);
    check(&line);
}

#[test]
fn seed_article_invariants() {
    check(&rasd_testdata::seed_article());
}

#[test]
fn real_news_invariants() {
    for article in rasd_testdata::saudinewsnet(300) {
        check(&article.text);
        check_idempotent(&article.text);
    }
}

#[test]
fn the_events_stage_alone_gives_what_the_whole_analysis_gives() {
    // What `rasd bench` times as the last stage must be that stage: run on a document analysed
    // through the entities, it finds the events and quotes of a whole analysis.
    let articles = rasd_testdata::saudinewsnet(200);
    let mut found = 0;
    for article in &articles {
        let whole = engine().analyze(&article.text, Metadata::default());
        let mut staged =
            engine().analyze_through(&article.text, Metadata::default(), rasd::Stage::Entities);
        assert!(staged.events.is_empty() && staged.quotes.is_empty());
        engine().extract_events(&mut staged);
        assert_eq!(staged.events, whole.events, "{}", article.id);
        assert_eq!(staged.quotes, whole.quotes, "{}", article.id);
        found += whole.events.len();
    }
    assert!(found > 100, "{found} events in {} articles", articles.len());
}

/// Characters news text is made of, plus the troublemakers: marks, controls, presentation forms.
fn newsy_char() -> impl Strategy<Value = char> {
    prop_oneof![
        4 => prop::char::range('\u{0621}', '\u{064A}'),
        1 => prop::char::range('\u{064B}', '\u{0670}'),
        1 => prop::char::range('\u{0660}', '\u{06FF}'),
        1 => prop::char::range('\u{FB50}', '\u{FEFF}'),
        1 => prop::sample::select(vec![
            ' ', '\n', '.', ',', '،', '؛', '؟', '"', '«', '»', ':', '/', '#', '@', '%', '-',
            '\u{200C}', '\u{200F}', '\u{00A0}', 'ـ', '…',
        ]),
        1 => prop::char::range('0', '9'),
        1 => prop::char::range('a', 'z'),
        1 => any::<char>(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn never_panics_on_any_string(text in any::<String>()) {
        check(&text);
        check_idempotent(&text);
    }

    #[test]
    fn never_panics_on_newsy_strings(chars in prop::collection::vec(newsy_char(), 0..400)) {
        let text: String = chars.into_iter().collect();
        check(&text);
        check_idempotent(&text);
    }
}
