//! Quantities + times throughput over real news (saudinewsnet, 1,000 articles).
//!
//! Articles are tokenized outside the timed loop; the loop runs what the engine runs: times
//! (reference date from the article's metadata date) then quantities. Throughput is in words
//! (all tokens that are words or numbers). The benchmark checks its own output: a run that finds
//! too few quantities or times fails, so it cannot get faster by doing less.
#![allow(missing_docs, clippy::unwrap_used, clippy::print_stderr)] // a benchmark binary reports on stderr

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use rasd_extract::quantity::{self, QuantityOptions};
use rasd_extract::time::{self, TimeOptions};
use rasd_text::normalize::Normalizer;
use rasd_text::{Document, Metadata, TokenKind, tokenize};

fn documents() -> Vec<Document> {
    let norm = Normalizer::standard();
    rasd_testdata::saudinewsnet(1000)
        .into_iter()
        .map(|a| {
            let meta = Metadata {
                date: Some(a.date.clone()),
                ..Metadata::default()
            };
            let mut doc = Document::new(a.text.clone(), meta);
            doc.tokens = tokenize::tokenize(&doc.text, &norm);
            doc
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let mut docs = documents();
    let words: usize = docs
        .iter()
        .map(|d| {
            d.tokens
                .iter()
                .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
                .count()
        })
        .sum();
    let mut group = c.benchmark_group("quantities_times");
    group.throughput(Throughput::Elements(words as u64));
    group.sample_size(10);
    group.bench_function("saudinewsnet-1000", |b| {
        b.iter(|| {
            let (mut q, mut t) = (0, 0);
            for doc in &mut docs {
                time::annotate(doc, &TimeOptions::default());
                quantity::annotate(doc, &QuantityOptions::default());
                q += doc.quantities.len();
                t += doc.times.len();
            }
            // about 4 quantities and 3 times per article in this corpus
            assert!(
                q > 2 * docs.len() && t > docs.len(),
                "found {q} quantities, {t} times"
            );
            (q, t)
        });
    });
    group.finish();
    eprintln!("{words} words in {} articles", docs.len());
}

criterion_group!(benches, bench);
criterion_main!(benches);
