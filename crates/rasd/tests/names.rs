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
