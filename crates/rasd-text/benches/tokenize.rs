//! Throughput of normalization + tokenization and of sentence splitting on real news
//! (2,000 SaudiNewsNet articles). Checks its own output so that doing less cannot look faster.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use rasd_text::normalize::Normalizer;
use rasd_text::{sentences, structure, tokenize};

fn corpus() -> Vec<String> {
    rasd_testdata::saudinewsnet(2_000)
        .into_iter()
        .map(|a| a.text)
        .collect()
}

fn bench(c: &mut Criterion) {
    let texts = corpus();
    let bytes: usize = texts.iter().map(String::len).sum();
    let norm = Normalizer::standard();
    let token_count: usize = texts
        .iter()
        .map(|t| tokenize::tokenize(t, &norm).len())
        .sum();
    assert!(
        token_count > 500_000,
        "corpus unexpectedly small: {token_count} tokens"
    );

    let mut group = c.benchmark_group("text");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.bench_function("normalize+tokenize", |b| {
        b.iter(|| {
            let n: usize = texts
                .iter()
                .map(|t| tokenize::tokenize(t, &norm).len())
                .sum();
            assert_eq!(n, token_count);
        });
    });
    group.bench_function("scan only", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| tokenize::scan(t).count())
                .sum::<usize>()
        });
    });
    group.bench_function("paragraphs+sentences", |b| {
        let tokens: Vec<_> = texts.iter().map(|t| tokenize::tokenize(t, &norm)).collect();
        b.iter(|| {
            texts
                .iter()
                .zip(&tokens)
                .map(|(t, toks)| sentences::split(t, toks, &structure::paragraph_spans(t)).len())
                .sum::<usize>()
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
