//! Segmentation + stems over real news words (SaudiNewsNet), with and without a word cache.
//!
//! Run: `cargo bench -p rasd-morph --bench segment`. The words are the Arabic word tokens of the
//! first 300 articles. Every run goes through the segmenter's precomputed table of frequent
//! words (its hit rate is printed); `per_word` then analyses each token on its own, `batch_cache`
//! also keeps a cache over the batch, as [`Segmenter::annotate`] does per article.
#![allow(missing_docs, clippy::unwrap_used, clippy::print_stderr)]

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use rasd_morph::{Segmenter, WordAnalysis};
use rasd_text::normalize::Normalizer;
use rasd_text::{TokenKind, tokenize};
use rustc_hash::FxHashMap;

fn words() -> Vec<String> {
    let norm = Normalizer::standard();
    let mut out = Vec::new();
    for a in rasd_testdata::saudinewsnet(300) {
        for t in tokenize::tokenize(&a.text, &norm) {
            if t.kind == TokenKind::Word {
                out.push(t.span.slice(&a.text).to_owned());
            }
        }
    }
    out
}

fn bench(c: &mut Criterion) {
    let start = std::time::Instant::now();
    let seg = Segmenter::embedded().unwrap();
    eprintln!(
        "model loaded in {:.0} ms, {} words precomputed",
        start.elapsed().as_secs_f64() * 1000.0,
        seg.hot_words()
    );
    let words = words();
    let hot = words.iter().filter(|w| seg.is_precomputed(w)).count();
    eprintln!(
        "precomputed-table hit rate {:.1}% of {} words",
        100.0 * hot as f64 / words.len() as f64,
        words.len()
    );
    assert!(
        words.len() > 50_000,
        "expected a realistic corpus, got {} words",
        words.len()
    );
    let mut group = c.benchmark_group("segment");
    group.throughput(Throughput::Elements(words.len() as u64));
    group.sample_size(10);

    // The model alone, no precomputed table: the cost of a word never seen before.
    let bare = Segmenter::without_table(seg.model().clone());
    group.bench_function("model_only", |b| {
        b.iter(|| {
            let mut segments = 0usize;
            for w in &words {
                let a = bare.analyze(w);
                segments += a.segments.len() + a.stem.len();
            }
            assert!(segments > words.len());
            black_box(segments)
        });
    });

    group.bench_function("per_word", |b| {
        b.iter(|| {
            let mut segments = 0usize;
            for w in &words {
                let a = seg.analyze(w);
                segments += a.segments.len() + a.stem.len();
            }
            // A run that did less work would not produce as many segments.
            assert!(segments > words.len());
            black_box(segments)
        });
    });

    // One cache over the whole batch: the hit rate is what a long-running analyser sees.
    let mut distinct = FxHashMap::default();
    for w in &words {
        distinct.entry(w.as_str()).or_insert(());
    }
    eprintln!(
        "{} words, {} distinct: batch cache hit rate {:.1}%",
        words.len(),
        distinct.len(),
        100.0 * (1.0 - distinct.len() as f64 / words.len() as f64)
    );
    group.bench_function("batch_cache", |b| {
        b.iter(|| {
            let mut cache: FxHashMap<&str, WordAnalysis> = FxHashMap::default();
            let mut segments = 0usize;
            for w in &words {
                let a = cache.entry(w.as_str()).or_insert_with(|| seg.analyze(w));
                segments += a.segments.len() + a.stem.len();
            }
            assert!(segments > words.len());
            black_box(segments)
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
