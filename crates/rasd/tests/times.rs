//! Times as the engine reports them in a document; sentences written for these tests.

use rasd::{Engine, Metadata};

#[test]
fn a_weekday_in_parentheses_is_the_same_time() {
    #[allow(clippy::unwrap_used)]
    let engine = Engine::builder().build().unwrap();
    let text = "قالت الوزارة اليوم (الاثنين) إن الانفجار وقع أمس (الأحد) وليس يوم الجمعة (الماضي).";
    let meta = Metadata {
        date: Some("2015-07-20".to_owned()),
        ..Metadata::default()
    };
    let doc = engine.analyze(text, meta);
    let times: Vec<(&str, Option<&str>)> = doc
        .times
        .iter()
        .map(|t| (t.span.slice(&doc.text), t.value.as_deref()))
        .collect();
    assert!(
        times.contains(&("اليوم (الاثنين)", Some("2015-07-20"))),
        "{times:?}"
    );
    assert!(
        times.contains(&("أمس (الأحد)", Some("2015-07-19"))),
        "{times:?}"
    );
    // Two different days side by side stay two.
    let doc = engine.analyze(
        "وصل الوفد أمس (الجمعة) وغادر.",
        Metadata {
            date: Some("2015-07-20".to_owned()),
            ..Metadata::default()
        },
    );
    assert_eq!(doc.times.len(), 2, "{:?}", doc.times);
}
