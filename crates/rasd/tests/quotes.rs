//! Quotes: who said what, on sentences written for these tests in the shapes news uses
//! (circumstances after the speaker, relative clauses, `أشار إلى`, `حسبما`, impersonal
//! formulas, a preposition that is no verb).

use std::sync::LazyLock;

use rasd::annotations::{Quote, QuoteKind};
use rasd::{Document, Engine, Metadata};

// Built once for every test here; a test binary may panic when the models do not load.
#[allow(clippy::unwrap_used)]
static ENGINE: LazyLock<Engine> = LazyLock::new(|| Engine::builder().build().unwrap());

fn analyse(text: &str) -> Document {
    let meta = Metadata {
        date: Some("2024-03-12".to_owned()),
        ..Metadata::default()
    };
    ENGINE.analyze(text, meta)
}

/// Each quote as `trigger | speaker | content`.
fn quotes(doc: &Document) -> Vec<String> {
    doc.quotes
        .iter()
        .map(|q: &Quote| {
            format!(
                "{} | {} | {}",
                q.trigger.slice(&doc.text),
                q.speaker.as_ref().map_or("", |s| s.text.as_str()),
                q.span.slice(&doc.text)
            )
        })
        .collect()
}

fn speaker_of<'a>(doc: &'a Document, trigger: &str) -> &'a str {
    doc.quotes
        .iter()
        .find(|q| q.trigger.slice(&doc.text) == trigger)
        .and_then(|q| q.speaker.as_ref())
        .map_or("", |s| s.text.as_str())
}

#[test]
fn the_circumstances_of_a_statement_are_not_its_speaker() {
    let doc = analyse("قالت وزارة الصحة في بيان صدر مساء اليوم إن عدد المصابين ارتفع إلى ثلاثين.");
    assert_eq!(
        speaker_of(&doc, "قالت"),
        "وزارة الصحة",
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn a_relative_clause_speaks_for_the_name_before_it() {
    let doc =
        analyse("ومن بين المعترضين الباحث سمير خوري، الذي قال: «لا أحد يعرف كم سيكلف المشروع».");
    let q = &doc.quotes[0];
    assert_eq!(q.kind, QuoteKind::Direct, "{:?}", quotes(&doc));
    assert!(
        speaker_of(&doc, "قال").contains("سمير خوري"),
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn pointing_to_something_reports_it_and_a_second_verb_reports_its_own() {
    let doc = analyse(
        "وأشار مسؤول محلي إلى تضرر نحو عشرين منزلا في الحي، وأفاد بأن فرق الإنقاذ ما زالت تعمل.",
    );
    let all = quotes(&doc);
    assert_eq!(all.len(), 2, "{all:?}");
    assert_eq!(speaker_of(&doc, "وأشار"), "مسؤول محلي", "{all:?}");
    assert!(all[0].ends_with("تضرر نحو عشرين منزلا في الحي"), "{all:?}");
    assert_eq!(speaker_of(&doc, "وأفاد"), "مسؤول محلي", "{all:?}");
}

#[test]
fn between_is_a_preposition_and_not_a_verb_of_saying() {
    let doc =
        analyse("أصيب ما بين عشرة وخمسة عشر شخصا في الحادث، وأكد الدفاع المدني أن الحريق أخمد.");
    assert!(
        doc.quotes
            .iter()
            .all(|q| q.trigger.slice(&doc.text) != "بين"),
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn as_reported_by_gives_the_sentence_before_to_the_speaker() {
    let doc = analyse("وصلت الشحنة إلى الميناء صباح الأحد، حسبما أفادت به وسائل إعلام محلية.");
    assert_eq!(
        speaker_of(&doc, "أفادت"),
        "وسائل إعلام محلية",
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn the_writers_background_formula_quotes_nobody() {
    let doc = analyse("يذكر أن المدينة شهدت فيضانات مماثلة قبل عشر سنوات.");
    assert!(doc.quotes.is_empty(), "{:?}", quotes(&doc));
}

#[test]
fn a_verbal_noun_after_a_preposition_quotes_nothing() {
    let doc = analyse("تحدث شاهد طلب عدم كشف اسمه عن ساعات من الانتظار على الحدود.");
    assert!(
        doc.quotes
            .iter()
            .all(|q| q.trigger.slice(&doc.text) != "كشف"),
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn a_name_then_an_object_the_speaker_is_the_name() {
    let doc = analyse("وتنفي موسكو إرسال أسلحة إلى المنطقة، وتقول إن المقاتلين هناك متطوعون.");
    // The denial has an object, not a report; the second verb reports, and its speaker is
    // the one named with the first.
    let all = quotes(&doc);
    assert_eq!(all, ["وتقول | موسكو | المقاتلين هناك متطوعون"], "{all:?}");
}

#[test]
fn a_statement_in_which_something_was_said_is_not_its_speaker() {
    let doc = analyse("أصدر الجيش بيانا أكد فيه أن الطريق أعيد فتحه أمام المسافرين.");
    assert_ne!(speaker_of(&doc, "أكد"), "فيه", "{:?}", quotes(&doc));
}

#[test]
fn the_one_spoken_to_is_not_the_speaker() {
    let doc = analyse("وفي حديث لوكالة الأنباء المحلية قال إن المفاوضات ستستأنف الأسبوع المقبل.");
    assert!(
        !speaker_of(&doc, "قال").contains("وكالة"),
        "{:?}",
        quotes(&doc)
    );
    let doc = analyse("وقال الوزير لوكالة الأنباء المحلية إن المفاوضات ستستأنف الأسبوع المقبل.");
    assert_eq!(speaker_of(&doc, "وقال"), "الوزير", "{:?}", quotes(&doc));
}

#[test]
fn stressing_and_announcing_report_what_follows_their_preposition() {
    let doc = analyse("وشدد وزير الصحة أيضا على أهمية تطعيم الأطفال قبل بدء العام الدراسي.");
    assert_eq!(speaker_of(&doc, "وشدد"), "وزير الصحة", "{:?}", quotes(&doc));
    let doc = analyse("وأعلن رئيس البلدية عن إغلاق السوق القديم لمدة أسبوعين.");
    let all = quotes(&doc);
    assert_eq!(
        all,
        ["وأعلن | رئيس البلدية | إغلاق السوق القديم لمدة أسبوعين"],
        "{all:?}"
    );
}

#[test]
fn a_named_paper_before_its_verb_is_the_speaker() {
    let doc = analyse("وكانت صحيفة «الأخبار» ذكرت أن الاتفاق بات قريبا.");
    assert_eq!(
        speaker_of(&doc, "ذكرت"),
        "صحيفة «الأخبار»",
        "{:?}",
        quotes(&doc)
    );
}

#[test]
fn an_opinion_written_with_ya_is_a_noun_where_the_text_writes_maqsura() {
    let doc = analyse("وكان لدينا رأي وهو أن تتشكل حكومة جديدة على الفور.");
    assert!(doc.quotes.is_empty(), "{:?}", quotes(&doc));
}
