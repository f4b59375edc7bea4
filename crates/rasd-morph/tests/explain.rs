//! Prints what the model weighed for a few words, and the seed article's segments, stems and
//! lemma keys, for a reader to check (run with `--nocapture`).
#![allow(clippy::unwrap_used, clippy::print_stdout, missing_docs)]

use rasd_morph::Segmenter;

#[test]
fn explain_words() {
    let seg = Segmenter::embedded().unwrap();
    let words = std::env::var("MORPH_WORDS").unwrap_or_else(|_| "وبقواعدهم والي".to_owned());
    for w in words.split_whitespace() {
        println!("{w}: {:?}", seg.explain(w));
    }
}

#[test]
fn print_seed_article() {
    let seg = Segmenter::embedded().unwrap();
    let text = rasd_testdata::seed_article();
    let norm = rasd_text::normalize::Normalizer::standard();
    let mut tokens = rasd_text::tokenize::tokenize(&text, &norm);
    seg.annotate(&text, &mut tokens);
    let mut seen = std::collections::BTreeSet::new();
    for t in tokens
        .iter()
        .filter(|t| t.kind == rasd_text::TokenKind::Word)
    {
        let word = t.span.slice(&text);
        if !seen.insert(word) || std::env::var_os("MORPH_SEED").is_none() {
            continue;
        }
        let parts: Vec<String> = t
            .segments
            .iter()
            .map(|s| format!("{}/{:?}", s.span.slice(&text), s.kind))
            .collect();
        println!(
            "{word}\t{}\t{}\t{}",
            parts.join("+"),
            t.stem.as_deref().unwrap_or("-"),
            t.lemma.as_deref().unwrap_or("-")
        );
    }
}
