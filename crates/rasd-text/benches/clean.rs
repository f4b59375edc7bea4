//! Throughput of the cleaning stage on real news (2,000 SaudiNewsNet articles), in words per
//! second: article structure, run-together word repair, and duplicate marking, each over tokens
//! made beforehand. Checks its own output so that doing less cannot look faster.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use rasd_text::lexicon::Lexicon;
use rasd_text::normalize::Normalizer;
use rasd_text::{Document, Metadata, Token, dedup, runon, sentences, structure, tokenize};

struct Article {
    text: String,
    paragraphs: Vec<rasd_text::Span>,
    tokens: Vec<Token>,
}

fn corpus(norm: &Normalizer) -> Vec<Article> {
    rasd_testdata::saudinewsnet(2_000)
        .into_iter()
        .map(|a| {
            let paragraphs = structure::paragraph_spans(&a.text);
            let tokens = tokenize::tokenize(&a.text, norm);
            Article {
                text: a.text,
                paragraphs,
                tokens,
            }
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let norm = Normalizer::standard();
    let lexicon = Lexicon::embedded().expect("shipped lexicon");
    let articles = corpus(&norm);
    let words: usize = articles.iter().map(|a| a.tokens.len()).sum();
    assert!(words > 500_000, "corpus unexpectedly small: {words} tokens");
    let repairs: usize = articles
        .iter()
        .map(|a| runon::find_repairs(&a.text, &a.tokens, &lexicon).len())
        .sum();
    assert!(
        repairs > 0,
        "no repairs at all: the splitter is not running"
    );

    let mut group = c.benchmark_group("clean");
    group.throughput(Throughput::Elements(words as u64));
    group.sample_size(10);
    group.bench_function("structure", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| structure::analyze(&a.text, &a.paragraphs).roles.len())
                .sum::<usize>()
        });
    });
    group.bench_function("run-together repair", |b| {
        b.iter(|| {
            let n: usize = articles
                .iter()
                .map(|a| runon::find_repairs(&a.text, &a.tokens, &lexicon).len())
                .sum();
            assert_eq!(n, repairs);
        });
    });
    group.bench_function("sentences+duplicates", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| {
                    let mut doc = Document::new(String::new(), Metadata::default());
                    doc.tokens.clone_from(&a.tokens);
                    doc.sentences = sentences::split(&a.text, &doc.tokens, &a.paragraphs);
                    dedup::mark_duplicates(&mut doc);
                    doc.sentences.len()
                })
                .sum::<usize>()
        });
    });
    group.bench_function("tokenize+structure+repair", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| {
                    let layout = structure::analyze(&a.text, &a.paragraphs);
                    let tokens = tokenize::tokenize(&a.text, &norm);
                    runon::find_repairs(&a.text, &tokens, &lexicon).len() + layout.roles.len()
                })
                .sum::<usize>()
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
